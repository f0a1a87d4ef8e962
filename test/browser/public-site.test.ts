import { chromium, type Browser } from 'playwright-core';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/app';
import type { Client } from '../support/client';

// The reader's site in Chromium: every page has a title, a meta description, and alt text on
// every image; the article page shows its elements and loads nothing the CSP blocks.
let t: TestApp;
let browser: Browser;
let articleUrl = '';

const para = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] });

async function upload(c: Client, shade: number, alt: string) {
  const jpeg = await sharp({
    create: { width: 1200, height: 800, channels: 3, background: { r: shade, g: 90, b: 40 } },
  })
    .jpeg()
    .toBuffer();
  const f = new FormData();
  f.append('file', new Blob([new Uint8Array(jpeg)], { type: 'image/jpeg' }), 'anh.jpg');
  const res = await c.post('/api/media', f);
  expect(res.status, res.text).toBeLessThan(300);
  await c.patch(`/api/media/${res.body.id}`, {
    alt,
    caption: `Trong ảnh: ${alt}.`,
    credit: 'Ảnh: Sầm Phúc',
  });
  return res.body.id as string;
}

beforeAll(async () => {
  [t, browser] = await Promise.all([
    startTestApp(),
    chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] }),
  ]);
  const reporter = await t.user('reporter');
  const editor = await t.user('editor');
  const s = await editor.post('/api/sections', { name: 'Xã hội', slug: 'xa-hoi' });
  const featured = await upload(reporter, 10, 'Bà con làm đường');
  const inline = await upload(reporter, 200, 'Cán bộ xã cùng bà con');
  for (const [i, title] of ['Dân vận khéo ở Mường Phăng', 'Mùa hoa ban'].entries()) {
    const res = await reporter.post('/api/articles', {
      title,
      lead: 'ĐBP - Cán bộ xã cùng bà con góp công làm đường.',
      dateline: 'ĐBP',
      byline: 'Bài, ảnh: Sầm Phúc',
      tags: ['Điện Biên'],
      sectionId: s.body.id,
      featuredMediaId: i === 0 ? featured : null,
      body: {
        type: 'doc',
        content: [
          para('Đoạn một.'),
          {
            type: 'figure',
            attrs: {
              mediaId: inline,
              caption: 'Trong ảnh: Cán bộ xã.',
              credit: 'Ảnh: Sầm Phúc',
              alt: 'Cán bộ xã cùng bà con',
            },
          },
          para('Đoạn hai.'),
        ],
      },
    });
    await reporter.post(`/api/articles/${res.body.id}/transitions`, { action: 'submit' });
    await editor.post(`/api/articles/${res.body.id}/transitions`, { action: 'publish' });
    const got = await editor.get(`/api/articles/${res.body.id}`);
    if (i === 0) articleUrl = `/xa-hoi/${got.body.slug}-${got.body.number}.html`;
  }
});
afterAll(async () => {
  await browser?.close();
  await t?.close();
});

describe('the public site in Chromium', () => {
  it('every page has a title, a meta description and alt text on every image', async () => {
    const pages = [
      '/',
      '/xa-hoi',
      '/tag/dien-bien',
      '/tim-kiem?q=dan%20van',
      articleUrl,
      `${articleUrl}?print=1`,
      '/khong-co-trang-nay',
    ];
    const context = await browser.newContext({
      viewport: { width: 390, height: 844 },
      locale: 'vi-VN',
    });
    const page = await context.newPage();
    const violations: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') violations.push(m.text());
    });
    for (const p of pages) {
      await page.goto(t.url + p);
      expect((await page.title()).length, p).toBeGreaterThan(3);
      const description = await page.locator('meta[name="description"]').getAttribute('content');
      expect(description?.length ?? 0, p).toBeGreaterThan(10);
      expect(await page.locator('html').getAttribute('lang')).toBe('vi');
      const imgs = await page.locator('img').evaluateAll((els) =>
        els.map((e) => ({
          alt: (e as HTMLImageElement).alt,
          src: (e as HTMLImageElement).currentSrc,
        })),
      );
      for (const img of imgs) expect(img.alt.trim().length, `${p} ${img.src}`).toBeGreaterThan(0);
      if (p === articleUrl) expect(imgs.length).toBeGreaterThanOrEqual(2);
    }
    // Nothing on the pages was blocked by the Content-Security-Policy.
    expect(violations.filter((v) => /Content Security Policy/i.test(v))).toEqual([]);
    await context.close();
  });

  it('the article reads like a newspaper page on a phone, and images do not shift', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.goto(t.url + articleUrl);
    const body = await page.locator('article').innerText();
    expect(body).toMatch(/\d\d:\d\d - (Chủ Nhật|Thứ (Hai|Ba|Tư|Năm|Sáu|Bảy)), \d\d\/\d\d\/\d{4}/);
    expect(body).toContain('Lượt xem:');
    expect(body).toContain('In bài viết');
    expect(body).toContain('ĐBP - Cán bộ xã cùng bà con góp công làm đường.');
    expect(body).toContain('Bài, ảnh: Sầm Phúc');
    const first = page.locator('article img').first();
    const box = await first.boundingBox();
    expect(box!.width).toBeLessThanOrEqual(390);
    expect(
      await first.evaluate(
        (e) => (e as HTMLImageElement).complete && (e as HTMLImageElement).naturalWidth > 0,
      ),
    ).toBe(true);
    // No horizontal scrolling on a phone.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      390,
    );
    await page.getByText('In bài viết').click();
    await page.waitForURL(/print=1/);
    expect(await page.locator('h1').innerText()).toBe('Dân vận khéo ở Mường Phăng');
    await context.close();
  });
});
