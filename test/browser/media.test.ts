import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp } from '../support/app';
import {
  assertAdminBuilt,
  createUser,
  launchBrowser,
  loginUI,
  newPage,
  PASSWORD,
  screenshot,
  type TestApp,
} from './support';

let app: TestApp;
let browser: Browser;
let dir: string;

beforeAll(async () => {
  assertAdminBuilt();
  // A small upload limit so "too big" needs no large file.
  [app, browser] = await Promise.all([
    startTestApp({ MEDIA_MAX_BYTES: String(400 * 1024) }),
    launchBrowser(),
  ]);
  dir = mkdtempSync(join(tmpdir(), 'toasoan-media-'));
});
afterAll(async () => {
  await browser?.close();
  await app?.close();
});

const jpeg = (w: number, h: number, color: string) =>
  sharp({ create: { width: w, height: h, channels: 3, background: color } })
    .jpeg()
    .toBuffer();

describe('the photo library', () => {
  it('uploads many files at once with a progress bar each and says why each refusal happened', async () => {
    const good1 = join(dir, 'hoa-ban.jpg');
    const good2 = join(dir, 'ruong-bac-thang.jpg');
    const notImage = join(dir, 'ghi-chu.jpg');
    const broken = join(dir, 'anh-hong.jpg');
    const big = join(dir, 'anh-qua-lon.png');
    writeFileSync(good1, await jpeg(1200, 800, '#e8e8f0'));
    writeFileSync(good2, await jpeg(800, 600, '#6a8f3a'));
    writeFileSync(notImage, 'Đây là một tệp văn bản, không phải ảnh.\n'.repeat(20));
    writeFileSync(broken, (await jpeg(800, 600, '#aa3333')).subarray(0, 600));
    // Random pixels do not compress: well over the 400 KB limit.
    const noise = Buffer.from(
      Array.from({ length: 700 * 700 * 3 }, () => (Math.random() * 256) | 0),
    );
    writeFileSync(
      big,
      await sharp(noise, { raw: { width: 700, height: 700, channels: 3 } })
        .png()
        .toBuffer(),
    );

    const reporter = await createUser(app, 'reporter', 'Sầm Phúc');
    const { page, context } = await newPage(browser);
    await loginUI(page, app, reporter.email, PASSWORD);
    await page.locator('[data-nav=media]').click();
    await page.getByRole('heading', { name: 'Thư viện ảnh' }).waitFor();
    await page.getByTestId('file-input').setInputFiles([good1, good2, notImage, broken, big]);

    const list = page.getByTestId('upload-list');
    await expect
      .poll(() => list.locator('[data-upload-state=uploading]').count(), { timeout: 30_000 })
      .toBe(0);
    expect(await list.locator('[data-upload-state=done]').count()).toBe(2);
    expect(await list.locator('[data-upload-state=refused]').count()).toBe(3);
    expect(await list.getByRole('progressbar').count()).toBe(5);
    const text = (await list.textContent()) ?? '';
    expect(text).toContain('ghi-chu.jpg: Không phải tệp ảnh');
    expect(text).toContain('anh-hong.jpg: Ảnh bị hỏng hoặc không đọc được.');
    expect(text).toContain('anh-qua-lon.png: Ảnh quá lớn (tối đa 400 KB).');
    await expect
      .poll(() => page.getByTestId('media-grid').locator('[data-media-id]').count())
      .toBe(2);
    await screenshot(page, 'media-library-uploads');

    // Describe a photo, then find it by its caption typed without diacritics.
    await page.getByTestId('media-grid').locator('[data-media-id]').first().click();
    const dialog = page.getByRole('dialog', { name: 'Thông tin ảnh' });
    await dialog.getByLabel('Chú thích ảnh').fill('Trong ảnh: Hoa ban nở trắng đồi Him Lam.');
    await dialog.getByLabel('Mô tả ảnh (cho người khiếm thị)').fill('Cây hoa ban trắng trên đồi');
    await dialog.getByLabel('Tác giả ảnh').fill('Sầm Phúc');
    await dialog.getByTestId('media-usage').getByText('Dùng trong 0 bài').waitFor();
    await screenshot(page, 'media-edit');
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    await page.getByText('Đã lưu thông tin ảnh.').waitFor();
    await page.getByLabel('Tìm ảnh').fill('hoa ban no trang');
    await expect
      .poll(() => page.getByTestId('media-grid').locator('[data-media-id]').count())
      .toBe(1);
    await context.close();
  });

  it('where-used lists the articles that show the photo', async () => {
    const reporter = await app.user('reporter', { displayName: 'Lò Văn Ơn' });
    const form = new FormData();
    form.append(
      'file',
      new Blob([await jpeg(640, 480, '#336699')], { type: 'image/jpeg' }),
      'cau.jpg',
    );
    const up = await reporter.post('/api/media', form);
    expect([200, 201]).toContain(up.status);
    const mediaId = up.body.id as string;
    const created = await reporter.post('/api/articles', {
      title: 'Cây cầu mới nối hai bản',
      body: {
        type: 'doc',
        content: [
          { type: 'paragraph', content: [{ type: 'text', text: 'Cầu dài 120 m.' }] },
          {
            type: 'figure',
            attrs: { mediaId, caption: 'Cầu mới', credit: 'Lò Văn Ơn', alt: 'Cây cầu' },
          },
        ],
      },
    });
    expect(created.status).toBe(201);
    const me = await reporter.get('/api/auth/me');
    const { page, context } = await newPage(browser, { width: 820, height: 1180 });
    await loginUI(page, app, me.body.user.email, PASSWORD);
    await page.goto(`${app.url}/admin/media`);
    await page.locator(`[data-media-id="${mediaId}"]`).click();
    const usage = page.getByRole('dialog').getByTestId('media-usage');
    await usage.getByText('Dùng trong 1 bài').waitFor();
    await usage.getByRole('link', { name: 'Cây cầu mới nối hai bản' }).click();
    await page.waitForURL(new RegExp(`/admin/articles/${created.body.id}$`));
    await page.getByTestId('figure').waitFor();
    await screenshot(page, 'editor-with-figure-tablet');
    await context.close();
  });
});
