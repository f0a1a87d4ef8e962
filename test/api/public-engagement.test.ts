import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ViewCounter } from '../../apps/api/src/public/view-counter.service';
import { startTestApp, TestApp } from '../support/app';
import type { Client } from '../support/client';
import { BROWSER_UA, createArticle, Published } from './public-support';

let t: TestApp;
let reporter: Client;
let editor: Client;
let a: Published;
let url: string;

beforeAll(async () => {
  t = await startTestApp({ VIEW_FLUSH_SECONDS: '1', COMMENT_MAX_PER_IP: '4' });
  reporter = await t.user('reporter');
  editor = await t.user('editor');
  a = await createArticle(reporter, editor, { title: 'Lễ hội hoa ban', lead: 'Sắc trắng.' });
  url = `/tin-tuc/${a.slug}-${a.number}.html`;
});
afterAll(() => t?.close());

const views = async () =>
  Number(
    (await t.db.one<{ v: string }>(`SELECT view_count::text AS v FROM articles WHERE id = $1`, [
      a.id,
    ]))!.v,
  );

describe('the view counter', () => {
  it('buffers reads, flushes them in a batch, and does not count robots', async () => {
    const before = await views();
    const c = t.client();
    for (let i = 0; i < 5; i++)
      expect((await c.get(url, { 'user-agent': BROWSER_UA })).status).toBe(200);
    for (const ua of [
      'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)',
      'facebookexternalhit/1.1',
      'curl/8.5.0',
      '',
    ]) {
      expect((await c.get(url, { 'user-agent': ua })).status).toBe(200);
    }
    // The print layout and the JSON are not page views.
    await c.get(`${url}?print=1`, { 'user-agent': BROWSER_UA });
    // Nothing written per request: the rows change only when the buffer is flushed.
    await t.running.app.get(ViewCounter).flush();
    expect(await views()).toBe(before + 5);
    const json = await c.get(`/api/public/articles/${a.slug}`);
    expect(json.body.viewCount).toBe(before + 5);
    const page = await c.get(url, { 'user-agent': BROWSER_UA });
    expect(page.text).toContain(`Lượt xem: ${before + 5}`);
  });

  it('flushes on its own every VIEW_FLUSH_SECONDS', async () => {
    await t.running.app.get(ViewCounter).flush();
    const before = await views();
    await t.client().get(url, { 'user-agent': BROWSER_UA });
    await t.client().get(url, { 'user-agent': BROWSER_UA });
    const deadline = Date.now() + 5000;
    while ((await views()) < before + 2 && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 200));
    }
    expect(await views()).toBe(before + 2);
  });
});

describe('reader comments', () => {
  const XSS = [
    '<script>alert(1)</script>',
    '<img src=x onerror=alert(1)>',
    '"><svg onload=alert(1)>',
    "javascript:alert('x')",
  ];

  it('are held for moderation, then shown escaped once approved', async () => {
    const anon = t.client();
    const posted = await anon.post(`/api/public/articles/${a.number}/comments`, {
      name: '<b>Kẻ xấu</b>',
      body: XSS.join('\n'),
    });
    expect(posted.status, posted.text).toBe(201);
    expect(posted.body.status).toBe('pending');
    // Not shown before approval.
    let page = await anon.get(url);
    expect(page.text).not.toContain('Kẻ xấu');
    expect((await anon.get(`/api/public/articles/${a.slug}`)).body.comments).toEqual([]);

    // Readers and reporters cannot moderate.
    expect((await anon.get('/api/comments?status=pending')).status).toBe(401);
    expect((await reporter.get('/api/comments?status=pending')).status).toBe(403);
    const queue = await editor.get('/api/comments?status=pending');
    expect(queue.status).toBe(200);
    const item = queue.body.items.find((i: { name: string }) => i.name === '<b>Kẻ xấu</b>');
    expect(item).toMatchObject({
      articleId: a.id,
      articleTitle: 'Lễ hội hoa ban',
      status: 'pending',
    });
    expect(item.body).toBe(XSS.join('\n'));
    expect((await reporter.post(`/api/comments/${item.id}/approve`)).status).toBe(403);
    const ok = await editor.post(`/api/comments/${item.id}/approve`);
    expect(ok.status, ok.text).toBe(200);
    expect(ok.body.status).toBe('approved');

    page = await anon.get(url);
    expect(page.text).toContain('&lt;b&gt;Kẻ xấu&lt;/b&gt;');
    expect(page.text).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(page.text).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(page.text).not.toMatch(/<script>alert|<img src=x|<svg onload/);
    const json = await anon.get(`/api/public/articles/${a.slug}`);
    expect(json.body.comments).toEqual([
      { name: '<b>Kẻ xấu</b>', body: XSS.join('\n'), createdAt: expect.any(String) },
    ]);
    const audit = await t.db.one<{ n: number }>(
      `SELECT count(*)::int AS n FROM audit_events WHERE action = 'comment.approve' AND entity_id = $1`,
      [item.id],
    );
    expect(audit!.n).toBe(1);
  });

  it('rejected comments never appear', async () => {
    const anon = t.client();
    await anon.post(`/api/public/articles/${a.number}/comments`, {
      name: 'Spam',
      body: 'mua ngay spamlink',
    });
    const queue = await editor.get('/api/comments?status=pending');
    const item = queue.body.items.find((i: { name: string }) => i.name === 'Spam');
    expect((await editor.post(`/api/comments/${item.id}/reject`)).body.status).toBe('rejected');
    expect((await anon.get(url)).text).not.toContain('spamlink');
  });

  it('validates length and fields, and accepts the page form (303 back to the article)', async () => {
    const anon = t.client();
    const long = await anon.post(`/api/public/articles/${a.number}/comments`, {
      name: 'A',
      body: 'x'.repeat(t.config.comments.maxLength + 1),
    });
    expect(long.status).toBe(400);
    expect(long.body.message).toMatch(/body/);
    expect(
      (await anon.post(`/api/public/articles/${a.number}/comments`, { name: 'A' })).status,
    ).toBe(400);
    expect(
      (
        await anon.post(`/api/public/articles/${a.number}/comments`, {
          name: 'A',
          body: 'b',
          status: 'approved',
        })
      ).status,
    ).toBe(400);
    expect(
      (await anon.post('/api/public/articles/999999/comments', { name: 'A', body: 'b' })).status,
    ).toBe(404);
    const form = await anon.post(
      `/api/public/articles/${a.number}/comments`,
      'name=Ng%C6%B0%E1%BB%9Di+%C4%91%E1%BB%8Dc&body=Hay+l%E1%BA%AFm',
      { 'content-type': 'application/x-www-form-urlencoded' },
    );
    expect(form.status).toBe(303);
    expect(form.headers.get('location')).toBe(`${url}?binh-luan=cho-duyet#binh-luan`);
    const notice = await anon.get(`${url}?binh-luan=cho-duyet`);
    expect(notice.text).toContain('Bình luận sẽ hiển thị sau khi được ban biên tập duyệt.');
  });

  it('are rate limited per IP in the database', async () => {
    // 4 per window: three were accepted above (JSON, spam, form); one more is allowed.
    const anon = t.client();
    const used = await t.db.one<{ n: number }>(
      `SELECT count(*)::int AS n FROM comment_rate_limits`,
    );
    const left = 4 - used!.n;
    for (let i = 0; i < left; i++) {
      expect(
        (await anon.post(`/api/public/articles/${a.number}/comments`, { name: 'B', body: `c${i}` }))
          .status,
      ).toBe(201);
    }
    const before = await t.db.one<{ n: number }>(`SELECT count(*)::int AS n FROM comments`);
    const limited = await anon.post(`/api/public/articles/${a.number}/comments`, {
      name: 'B',
      body: 'again',
    });
    expect(limited.status).toBe(429);
    const after = await t.db.one<{ n: number }>(`SELECT count(*)::int AS n FROM comments`);
    expect(after!.n).toBe(before!.n);
  });
});

describe('corrections (đính chính)', () => {
  it('an editor attaches a dated correction: top of the page, in the JSON, on the record', async () => {
    expect((await reporter.post(`/api/articles/${a.id}/corrections`, { text: 'Sửa' })).status).toBe(
      403,
    );
    expect(
      (await t.client().post(`/api/articles/${a.id}/corrections`, { text: 'Sửa' })).status,
    ).toBe(401);
    const res = await editor.post(`/api/articles/${a.id}/corrections`, {
      text: 'Bài viết đã sửa tên bản <Che Căn>.',
    });
    expect(res.status, res.text).toBe(201);
    const page = (await t.client().get(url)).text;
    const at = page.indexOf('Đính chính');
    expect(at).toBeGreaterThan(0);
    expect(at).toBeLessThan(page.indexOf('<h1>'));
    expect(page).toMatch(
      /<b>Đính chính<\/b> \(<time dateTime="[^"]+">\d\d:\d\d - [^,]+, \d\d\/\d\d\/\d{4}<\/time>\): Bài viết đã sửa tên bản &lt;Che Căn&gt;\./,
    );
    const json = await t.client().get(`/api/public/articles/${a.slug}`);
    expect(json.body.corrections[0].text).toBe('Bài viết đã sửa tên bản <Che Căn>.');
    const audit = await t.db.one<{ data: { text: string } }>(
      `SELECT data FROM audit_events WHERE action = 'article.correction' AND entity_id = $1`,
      [a.id],
    );
    expect(audit!.data.text).toBe('Bài viết đã sửa tên bản <Che Căn>.');
    const draft = await createArticle(reporter, editor, { title: 'Nháp' }, false);
    expect((await editor.post(`/api/articles/${draft.id}/corrections`, { text: 'x' })).status).toBe(
      422,
    );
    expect((await editor.post('/api/articles/not-a-uuid/corrections', { text: 'x' })).status).toBe(
      400,
    );
  });
});
