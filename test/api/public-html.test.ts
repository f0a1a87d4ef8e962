import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, TestApp } from '../support/app';
import type { Client } from '../support/client';
import { createArticle, htmlProblems, para, Published } from './public-support';

let t: TestApp;
let reporter: Client;
let editor: Client;
let a: Published;
let url: string;

let shade = 0;
async function upload(c: Client, fields: { caption: string; alt: string; credit: string }) {
  shade += 40;
  const jpeg = await sharp({
    create: { width: 1600, height: 1000, channels: 3, background: { r: shade, g: 120, b: 60 } },
  })
    .jpeg()
    .toBuffer();
  const f = new FormData();
  f.append('file', new Blob([new Uint8Array(jpeg)], { type: 'image/jpeg' }), 'hoa-ban.jpg');
  const res = await c.post('/api/media', f);
  expect(res.status, res.text).toBe(201);
  const patched = await c.patch(`/api/media/${res.body.id}`, fields);
  expect(patched.status, patched.text).toBe(200);
  return res.body.id as string;
}

beforeAll(async () => {
  t = await startTestApp();
  reporter = await t.user('reporter');
  editor = await t.user('editor');
  const s = await editor.post('/api/sections', {
    name: 'Văn hóa',
    slug: 'van-hoa',
    description: 'Tin văn hóa',
  });
  const featured = await upload(reporter, {
    caption: 'Trong ảnh: Hoa ban nở trắng bản Che Căn.',
    alt: 'Hoa ban trắng trên sườn núi',
    credit: 'Ảnh: Sầm Phúc',
  });
  const inline = [];
  for (let i = 0; i < 3; i++) {
    inline.push(
      await upload(reporter, {
        caption: `Trong ảnh: Bà con bản ${i + 1}.`,
        alt: `Bà con bản ${i + 1}`,
        credit: 'Ảnh: Sầm Phúc',
      }),
    );
  }
  a = await createArticle(reporter, editor, {
    title: 'Mùa hoa ban <Điện Biên> & "lễ hội"',
    lead: 'Hoa ban nở khắp núi rừng Tây Bắc.',
    dateline: 'ĐBP',
    byline: 'Bài, ảnh: Sầm Phúc',
    tags: ['Hoa ban', 'Lễ hội'],
    sectionId: s.body.id,
    featuredMediaId: featured,
    body: {
      type: 'doc',
      content: [
        para('Đoạn mở đầu.'),
        ...inline.flatMap((mediaId, i) => [
          {
            type: 'figure',
            attrs: {
              mediaId,
              caption: `Trong ảnh: Bà con bản ${i + 1}.`,
              credit: 'Ảnh: Sầm Phúc',
              alt: `Bà con bản ${i + 1}`,
            },
          },
          para(`Đoạn ${i + 1}.`),
        ]),
      ],
    },
  });
  url = `/van-hoa/${a.slug}-${a.number}.html`;
  await createArticle(reporter, editor, {
    title: 'Tin khác cùng chuyên mục',
    sectionId: s.body.id,
    tags: ['Hoa ban'],
  });
  await t.client().post(`/api/public/articles/${a.number}/comments`, {
    name: 'Độc giả',
    body: 'Đẹp quá!\nCảm ơn.',
  });
  const q = await editor.get('/api/comments');
  for (const c of q.body.items) await editor.post(`/api/comments/${c.id}/approve`);
  await editor.post(`/api/articles/${a.id}/corrections`, { text: 'Sửa chú thích ảnh.' });
});
afterAll(() => t?.close());

describe('photos', () => {
  it('featured photo and figures: srcset, width/height, captions and credits, lazy below the fold', async () => {
    const html = (await t.client().get(url)).text;
    const imgs = [...html.matchAll(/<img [^>]*>/g)].map((m) => m[0]);
    expect(imgs.length).toBeGreaterThanOrEqual(4);
    for (const img of imgs) {
      expect(img).toMatch(/ width="\d+"/);
      expect(img).toMatch(/ height="\d+"/);
      expect(img).toMatch(/ alt="[^"]+"/);
      expect(img).toMatch(/ srcset="[^"]+ \d+w/i);
    }
    // The featured photo is above the fold: eager and high priority.
    expect(imgs[0]).toContain('alt="Hoa ban trắng trên sườn núi"');
    expect(imgs[0]).not.toContain('loading="lazy"');
    expect(imgs[imgs.length - 1]).toContain('loading="lazy"');
    expect(html).toContain('<source type="image/webp" srcSet="');
    expect(html).toContain(
      'Trong ảnh: Hoa ban nở trắng bản Che Căn. <span class="credit">Ảnh: Sầm Phúc</span>',
    );
    expect(html).toContain('Trong ảnh: Bà con bản 2.');
    expect(html).toMatch(/<meta property="og:image" content="http[^"]+"\/>/);
    expect(html).toContain('<meta name="twitter:card" content="summary_large_image"/>');
    // Metadata is escaped wherever it is rendered.
    expect(html).toContain('<h1>Mùa hoa ban &lt;Điện Biên&gt; &amp; &quot;lễ hội&quot;</h1>');
  });
});

describe('HTML validity', () => {
  it('every page passes html-validate', async () => {
    const pages = [
      '/',
      '/van-hoa',
      '/tag/hoa-ban',
      '/tim-kiem',
      '/tim-kiem?q=hoa%20ban',
      '/tim-kiem?q=khongcogi',
      url,
      `${url}?print=1`,
      `${url}?binh-luan=cho-duyet`,
      '/khong-co',
    ];
    for (const p of pages) {
      const res = await t.client().get(p);
      expect(res.headers.get('content-type'), p).toMatch(/text\/html/);
      expect(await htmlProblems(res.text), p).toEqual([]);
    }
  });

  it('feeds and sitemaps are well-formed XML with absolute URLs', async () => {
    for (const p of ['/rss.xml', '/van-hoa/rss.xml', '/sitemap.xml', '/sitemap-news.xml']) {
      const res = await t.client().get(p);
      expect(res.status, p).toBe(200);
      expect(res.headers.get('content-type'), p).toMatch(/xml/);
      expect(res.headers.get('etag'), p).toBeTruthy();
      expect(res.text).toContain(`${t.config.publicUrl}${url}`);
      if (!p.startsWith('/sitemap.')) {
        expect(res.text).toContain('&lt;Điện Biên&gt; &amp; &quot;lễ hội&quot;');
      }
    }
    const news = (await t.client().get('/sitemap-news.xml')).text;
    expect(news).toContain('<news:language>vi</news:language>');
    const robots = (await t.client().get('/robots.txt')).text;
    expect(robots).toContain(`Sitemap: ${t.config.publicUrl}/sitemap.xml`);
  });
});
