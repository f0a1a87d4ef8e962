import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, TestApp } from '../support/app';
import type { Client } from '../support/client';
import { BROWSER_UA, createArticle, doc, Published, setPublishedAt } from './public-support';

let t: TestApp;
let reporter: Client;
let editor: Client;
let sectionId: string;
let main: Published;
let mainUrl: string;

beforeAll(async () => {
  t = await startTestApp();
  reporter = await t.user('reporter', { displayName: 'Sầm Văn Phúc', penName: 'Sầm Phúc' });
  editor = await t.user('editor', { displayName: 'Phạm Minh Đức', penName: 'Minh Đức' });
  const s = await editor.post('/api/sections', { name: 'Thời sự', slug: 'thoi-su' });
  expect(s.status, s.text).toBe(201);
  sectionId = s.body.id;
  main = await createArticle(reporter, editor, {
    title: 'Dân vận khéo ở Mường Phăng',
    lead: 'Cán bộ xã cùng bà con góp công làm đường vào bản.',
    dateline: 'ĐBP',
    body: doc('Sáng nay, bà con bản Che Căn góp công làm 31.676 mét đường.'),
    byline: 'Bài, ảnh: Sầm Phúc',
    tags: ['Điện Biên', 'Dân vận'],
    sectionId,
  });
  await setPublishedAt(t, main.id, '2020-10-11T01:23:00Z');
  await t.db.query(`UPDATE articles SET view_count = 6548 WHERE id = $1`, [main.id]);
  mainUrl = `/thoi-su/${main.slug}-${main.number}.html`;
});
afterAll(() => t?.close());

const text = (html: string) =>
  html
    .replace(/<style[\s\S]*?<\/style>|<script[\s\S]*?<\/script>/g, '')
    .replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'");

describe('the article page', () => {
  it('shows every element as a Vietnamese newspaper does', async () => {
    const other = await createArticle(reporter, editor, {
      title: 'Mùa hoa ban ở Điện Biên',
      lead: 'Hoa ban nở trắng núi rừng.',
      tags: ['Điện Biên'],
      sectionId,
    });
    const res = await t.client().get(mainUrl, { 'user-agent': BROWSER_UA });
    expect(res.status, res.text).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/text\/html/);
    const html = res.text;
    const plain = text(html);
    expect(html).toMatch(/^<!DOCTYPE html><html lang="vi">/);
    expect(html).toContain('<h1>Dân vận khéo ở Mường Phăng</h1>');
    expect(html).toContain(
      '<time dateTime="2020-10-11T01:23:00.000Z">08:23 - Chủ Nhật, 11/10/2020</time>',
    );
    expect(plain).toContain('Lượt xem: 6.548');
    expect(html).toMatch(
      new RegExp(`<a[^>]*href="${mainUrl.replace(/\./g, '\\.')}\\?print=1"[^>]*>In bài viết</a>`),
    );
    expect(plain).toContain('ĐBP - Cán bộ xã cùng bà con góp công làm đường vào bản.');
    expect(plain).toContain('Sáng nay, bà con bản Che Căn góp công làm 31.676 mét đường.');
    expect(html).toContain('<p class="byline">Bài, ảnh: Sầm Phúc</p>');
    expect(html).toContain('<a href="/tag/dien-bien" rel="tag">Điện Biên</a>');
    expect(html).toContain('<a href="/tag/dan-van" rel="tag">Dân vận</a>');
    expect(html).toContain('>Bình luận</h2>');
    expect(html).toContain('>Tin khác</h2>');
    expect(html).toContain(`href="/thoi-su/${other.slug}-${other.number}.html"`);
    // Canonical, Open Graph, Twitter and JSON-LD NewsArticle.
    expect(html).toContain(`<link rel="canonical" href="${t.config.publicUrl}${mainUrl}"/>`);
    expect(html).toContain('<meta property="og:type" content="article"/>');
    expect(html).toContain(
      '<meta property="og:title" content="Dân vận khéo ở Mường Phăng - Tòa Soạn"/>',
    );
    expect(html).toContain('<meta name="twitter:card" content="summary"/>');
    const ld = JSON.parse(
      /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html)![1],
    );
    expect(ld['@type']).toBe('NewsArticle');
    expect(ld.headline).toBe('Dân vận khéo ở Mường Phăng');
    expect(ld.datePublished).toBe('2020-10-11T01:23:00.000Z');
    expect(ld.author[0].name).toBe('Sầm Phúc');
    // Caching and the content security policy.
    expect(res.headers.get('etag')).toMatch(/^W\/".+"$/);
    expect(res.headers.get('cache-control')).toMatch(/public, max-age=\d+/);
    expect(res.headers.get('content-security-policy')).toMatch(/default-src 'none'/);
    expect(res.headers.get('content-security-policy')).not.toMatch(/script-src/);
  });

  it('answers 304 to If-None-Match', async () => {
    const c = t.client();
    const first = await c.get('/robots.txt');
    const again = await c.get('/robots.txt', { 'if-none-match': first.headers.get('etag')! });
    expect(again.status).toBe(304);
    const json = await c.get('/api/public/articles');
    const json2 = await c.get('/api/public/articles', {
      'if-none-match': json.headers.get('etag')!,
    });
    expect(json2.status).toBe(304);
    expect(json2.headers.get('cache-control')).toMatch(/public/);
  });

  it('has a print layout', async () => {
    const res = await t.client().get(`${mainUrl}?print=1`);
    expect(res.status).toBe(200);
    expect(res.text).toContain('<h1>Dân vận khéo ở Mường Phăng</h1>');
    expect(res.text).toContain('<meta name="robots" content="noindex, follow"/>');
    expect(res.text).not.toContain('>In bài viết</a>');
    expect(res.text).not.toContain('Tin khác');
  });

  it('redirects a wrong section or slug for a known number with 301', async () => {
    for (const wrong of [
      `/the-thao/${main.slug}-${main.number}.html`,
      `/thoi-su/khac-${main.number}.html`,
    ]) {
      const res = await t.client().get(wrong);
      expect(res.status, wrong).toBe(301);
      expect(res.headers.get('location')).toBe(mainUrl);
    }
  });

  it('answers 404 with an HTML page for unknown pages', async () => {
    for (const path of [
      '/thoi-su/khong-co-999999.html',
      '/khong-co-chuyen-muc',
      '/tag/khong-co-tag',
    ]) {
      const res = await t.client().get(path);
      expect(res.status, path).toBe(404);
      expect(res.headers.get('content-type')).toMatch(/text\/html/);
      expect(res.text).toContain('Không tìm thấy trang');
    }
  });

  it('does not shadow /api, /health or /admin', async () => {
    expect((await t.client().get('/api/auth/me')).status).toBe(401);
    expect((await t.client().get('/health/live')).status).toBe(200);
    expect((await t.client().get('/api/nothing-here')).headers.get('content-type')).toMatch(/json/);
  });
});

describe('slug changes and unpublishing', () => {
  it('301 after a slug change, 410 after unpublish (page and JSON)', async () => {
    const a = await createArticle(reporter, editor, { title: 'Tên cũ của bài', sectionId });
    const oldUrl = `/thoi-su/${a.slug}-${a.number}.html`;
    expect((await t.client().get(oldUrl)).status).toBe(200);
    // Change the slug through a revision and publish it again.
    const cur = await editor.get(`/api/articles/${a.id}`);
    const patch = await editor.patch(`/api/articles/${a.id}`, {
      slug: 'ten-moi-cua-bai',
      version: cur.body.version,
    });
    expect(patch.status, patch.text).toBe(200);
    const again = await editor.post(`/api/articles/${a.id}/transitions`, { action: 'publish' });
    if (again.status >= 300) {
      await editor.post(`/api/articles/${a.id}/transitions`, { action: 'submit' });
      const p = await editor.post(`/api/articles/${a.id}/transitions`, { action: 'publish' });
      expect(p.status, p.text).toBeLessThan(300);
    }
    const newUrl = `/thoi-su/ten-moi-cua-bai-${a.number}.html`;
    const moved = await t.client().get(oldUrl);
    expect(moved.status).toBe(301);
    expect(moved.headers.get('location')).toBe(newUrl);
    expect((await t.client().get(newUrl)).status).toBe(200);
    const oldJson = await t.client().get(`/api/public/articles/${a.slug}`);
    expect(oldJson.status).toBe(301);
    expect(oldJson.headers.get('location')).toBe('/api/public/articles/ten-moi-cua-bai');

    const un = await editor.post(`/api/articles/${a.id}/transitions`, {
      action: 'unpublish',
      comment: 'Sai thông tin',
    });
    expect(un.status, un.text).toBeLessThan(300);
    const gone = await t.client().get(newUrl);
    expect(gone.status).toBe(410);
    expect(gone.text).toContain('Bài viết đã được gỡ');
    expect(gone.text).not.toContain('Sai thông tin');
    const goneJson = await t.client().get('/api/public/articles/ten-moi-cua-bai');
    expect(goneJson.status).toBe(410);
  });
});

describe('the public JSON API', () => {
  it('lists published articles with url and viewCount, and nothing private', async () => {
    const res = await t.client().get('/api/public/articles?section=thoi-su&limit=50');
    expect(res.status).toBe(200);
    const item = res.body.items.find((i: { number: number }) => i.number === main.number);
    expect(item.url).toBe(`${t.config.publicUrl}${mainUrl}`);
    expect(item.viewCount).toBeGreaterThanOrEqual(6548);
    expect(item.byline).toBe('Bài, ảnh: Sầm Phúc');
    const json = res.text;
    expect(json).not.toMatch(/@test\.local|authorId|author_id|email|password/i);
    expect(json).not.toContain(reporter.user!.id);
    const one = await t.client().get(`/api/public/articles/${main.slug}`);
    expect(one.status).toBe(200);
    expect(one.body.title).toBe('Dân vận khéo ở Mường Phăng');
    expect(one.body.url).toBe(`${t.config.publicUrl}${mainUrl}`);
    expect(one.body.bodyHtml).toContain('31.676');
    expect(one.text).not.toMatch(/@test\.local|authorId|email/i);
    expect(one.text).not.toContain(reporter.user!.id);
    expect(one.headers.get('etag')).toBeTruthy();
  });

  it('filters by tag and by search without diacritics, and paginates with a cursor', async () => {
    const tag = await t.client().get('/api/public/articles?tag=' + encodeURIComponent('điện biên'));
    expect(tag.body.items.map((i: { number: number }) => i.number)).toContain(main.number);
    const q = await t.client().get('/api/public/articles?q=dan%20van%20kheo');
    expect(q.body.items.map((i: { number: number }) => i.number)).toEqual([main.number]);
    const p1 = await t.client().get('/api/public/articles?limit=1');
    expect(p1.body.items).toHaveLength(1);
    expect(p1.body.nextCursor).toBeTruthy();
    const p2 = await t.client().get(`/api/public/articles?limit=1&cursor=${p1.body.nextCursor}`);
    expect(p2.body.items).toHaveLength(1);
    expect(p2.body.items[0].number).not.toBe(p1.body.items[0].number);
    expect((await t.client().get('/api/public/articles?cursor=abc')).status).toBe(400);
    expect((await t.client().get('/api/public/articles?section=khong-co')).status).toBe(404);
  });
});

describe('drafts, pending revisions and unpublished articles never leak', () => {
  it('stays out of HTML, JSON, RSS, sitemaps and search', async () => {
    const draft = await createArticle(
      reporter,
      editor,
      { title: 'Bản nháp bí mật xyzdraft', lead: 'Chưa duyệt.', sectionId },
      false,
    );
    const pub = await createArticle(reporter, editor, {
      title: 'Bài đã đăng abcpublished',
      body: doc('Nội dung đã đăng.'),
      sectionId,
      tags: ['Công khai'],
    });
    // A pending revision of a published article.
    const cur = await editor.get(`/api/articles/${pub.id}`);
    const edit = await editor.patch(`/api/articles/${pub.id}`, {
      title: 'Tiêu đề sửa chưa duyệt qqrevision',
      body: doc('Đoạn sửa chưa duyệt qqrevision.'),
      tags: ['Công khai', 'Thẻ chưa duyệt'],
      version: cur.body.version,
    });
    expect(edit.status, edit.text).toBe(200);
    const gone = await createArticle(reporter, editor, {
      title: 'Bài bị gỡ zzunpublished',
      sectionId,
    });
    await editor.post(`/api/articles/${gone.id}/transitions`, {
      action: 'unpublish',
      comment: 'Gỡ',
    });

    const c = t.client();
    const pages = [
      '/',
      '/thoi-su',
      '/tag/cong-khai',
      `/thoi-su/${pub.slug}-${pub.number}.html`,
      '/rss.xml',
      '/thoi-su/rss.xml',
      '/sitemap.xml',
      '/sitemap-news.xml',
      '/api/public/articles?limit=50',
      `/api/public/articles/${pub.slug}`,
    ];
    let all = '';
    for (const p of pages) {
      const res = await c.get(p);
      expect(res.status, p).toBe(200);
      all += res.text;
    }
    expect(all).toContain('abcpublished');
    for (const secret of [
      'xyzdraft',
      'qqrevision',
      'zzunpublished',
      'Thẻ chưa duyệt',
      `-${draft.number}.html`,
    ]) {
      expect(all, secret).not.toContain(secret);
    }
    // Search (the page echoes the query, so look for results, not the word).
    for (const q of ['xyzdraft', 'qqrevision', 'zzunpublished', 'the chua duyet']) {
      const page = await c.get(`/tim-kiem?q=${encodeURIComponent(q)}`);
      expect(page.status).toBe(200);
      expect(page.text, q).toContain('Không tìm thấy bài viết nào.');
      expect(page.text, q).not.toMatch(/class="card/);
      expect(
        (await c.get(`/api/public/articles?q=${encodeURIComponent(q)}`)).body.items,
        q,
      ).toEqual([]);
    }
    const found = await c.get('/tim-kiem?q=ABCPUBLISHED');
    expect(found.text).toContain(`/thoi-su/${pub.slug}-${pub.number}.html`);
    expect((await c.get(`/thoi-su/${draft.slug}-${draft.number}.html`)).status).toBe(404);
    expect((await c.get(`/api/public/articles/${draft.slug}`)).status).toBe(404);
  });
});
