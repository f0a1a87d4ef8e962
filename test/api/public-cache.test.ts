import { documentTokens } from '@toasoan/vi-text';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  GENERATION_CHECK_MS,
  PublicCache,
  VIEWS_MARK,
} from '../../apps/api/src/public/public-cache';
import { ViewCounter } from '../../apps/api/src/public/view-counter.service';
import { startTestApp, TestApp } from '../support/app';
import type { Client } from '../support/client';
import { BROWSER_UA, createArticle, doc, Published, transition } from './public-support';

let t: TestApp;
let reporter: Client;
let editor: Client;
let sectionId: string;

beforeAll(async () => {
  t = await startTestApp();
  reporter = await t.user('reporter');
  editor = await t.user('editor');
  const s = await editor.post('/api/sections', { name: 'Xã hội', slug: 'xa-hoi' });
  expect(s.status, s.text).toBe(201);
  sectionId = s.body.id;
});
afterAll(() => t?.close());

const pageOf = (a: Published, slug = a.slug) => `/xa-hoi/${slug}-${a.number}.html`;

/** Publishes the article's pending edit (publish directly, else submit then publish). */
async function publishEdit(id: string, fields: Record<string, unknown>): Promise<void> {
  const cur = await editor.get(`/api/articles/${id}`);
  const patch = await editor.patch(`/api/articles/${id}`, { ...fields, version: cur.body.version });
  expect(patch.status, patch.text).toBe(200);
  const again = await editor.post(`/api/articles/${id}/transitions`, { action: 'publish' });
  if (again.status >= 300) {
    await transition(editor, id, 'submit');
    await transition(editor, id, 'publish');
  }
}

/** Reads until `ok` holds or `ms` pass; returns the last response. */
async function until(
  get: () => Promise<{ status: number; text: string }>,
  ok: (r: { status: number; text: string }) => boolean,
  ms: number,
) {
  const deadline = Date.now() + ms;
  let r = await get();
  while (!ok(r) && Date.now() < deadline) {
    await new Promise((res) => setTimeout(res, 50));
    r = await get();
  }
  return r;
}

describe('the public caches never serve a change late', () => {
  it('a published edit shows at once in the JSON and the page (same instance)', async () => {
    const a = await createArticle(reporter, editor, {
      title: 'Bản tin sáng nay',
      body: doc('Nội dung cũ aaoldbody.'),
      sectionId,
    });
    const c = t.client();
    // Warm every cache.
    for (let i = 0; i < 3; i++) {
      expect((await c.get(`/api/public/articles/${a.slug}`)).text).toContain('aaoldbody');
      expect((await c.get(pageOf(a), { 'user-agent': BROWSER_UA })).text).toContain('aaoldbody');
      expect((await c.get(`${pageOf(a)}?print=1`)).text).toContain('aaoldbody');
    }
    // A pending revision is not published: still the old text.
    const cur = await editor.get(`/api/articles/${a.id}`);
    const pending = await editor.patch(`/api/articles/${a.id}`, {
      body: doc('Bản sửa chưa duyệt bbpending.'),
      version: cur.body.version,
    });
    expect(pending.status, pending.text).toBe(200);
    expect((await c.get(`/api/public/articles/${a.slug}`)).text).not.toContain('bbpending');
    expect((await c.get(pageOf(a))).text).not.toContain('bbpending');

    const recheck = vi.spyOn(t.running.app.get(PublicCache), 'recheck');
    await publishEdit(a.id, { body: doc('Nội dung mới ccnewbody.') });
    // Every write request handled here makes the next read re-check the generation at once.
    expect(recheck).toHaveBeenCalled();
    recheck.mockRestore();
    const json = await c.get(`/api/public/articles/${a.slug}`);
    expect(json.text).toContain('ccnewbody');
    expect(json.text).not.toContain('aaoldbody');
    const page = await c.get(pageOf(a));
    expect(page.text).toContain('ccnewbody');
    expect((await c.get(`${pageOf(a)}?print=1`)).text).toContain('ccnewbody');
  });

  it('unpublish answers 410 at once (JSON and page), and the article leaves other pages', async () => {
    const a = await createArticle(reporter, editor, { title: 'Tin sắp gỡ ddgone', sectionId });
    const other = await createArticle(reporter, editor, { title: 'Tin còn lại', sectionId });
    const c = t.client();
    for (let i = 0; i < 2; i++) {
      expect((await c.get(`/api/public/articles/${a.slug}`)).status).toBe(200);
      expect((await c.get(pageOf(a))).status).toBe(200);
      expect((await c.get('/')).text).toContain('ddgone');
      expect((await c.get(pageOf(other))).text).toContain('ddgone'); // in "Tin khác"
      expect((await c.get('/tim-kiem?q=ddgone')).text).toContain(pageOf(a));
    }
    await transition(editor, a.id, 'unpublish', 'Gỡ');
    expect((await c.get(`/api/public/articles/${a.slug}`)).status).toBe(410);
    expect((await c.get(pageOf(a))).status).toBe(410);
    expect((await c.get('/')).text).not.toContain('ddgone');
    expect((await c.get(pageOf(other))).text).not.toContain('ddgone');
    expect((await c.get('/tim-kiem?q=ddgone')).text).not.toContain(pageOf(a));
  });

  it('a change made by another instance (straight in the database) shows within the check interval', async () => {
    const a = await createArticle(reporter, editor, { title: 'Tin từ máy khác', sectionId });
    const c = t.client();
    for (let i = 0; i < 2; i++) {
      await c.get(`/api/public/articles/${a.slug}`);
      await c.get(pageOf(a));
    }
    await t.db.query(
      `UPDATE published_articles SET title = 'Tiêu đề eeother' WHERE article_id = $1`,
      [a.id],
    );
    const started = Date.now();
    const json = await until(
      () => c.get(`/api/public/articles/${a.slug}`),
      (r) => r.text.includes('eeother'),
      5000,
    );
    expect(json.text).toContain('eeother');
    const page = await until(
      () => c.get(pageOf(a)),
      (r) => r.text.includes('eeother'),
      5000,
    );
    expect(page.text).toContain('eeother');
    expect(Date.now() - started).toBeLessThan(GENERATION_CHECK_MS + 2000);
    // Taken down by another instance: gone within the interval too.
    await t.db.query(`UPDATE articles SET state = 'unpublished' WHERE id = $1`, [a.id]);
    await t.db.query(`DELETE FROM published_articles WHERE article_id = $1`, [a.id]);
    const gone = await until(
      () => c.get(`/api/public/articles/${a.slug}`),
      (r) => r.status === 410,
      5000,
    );
    expect(gone.status).toBe(410);
    expect(
      (
        await until(
          () => c.get(pageOf(a)),
          (r) => r.status === 410,
          5000,
        )
      ).status,
    ).toBe(410);
  });

  it('cached responses keep a correct ETag: If-None-Match gives 304, a change gives 200', async () => {
    const a = await createArticle(reporter, editor, { title: 'Tin có ETag', sectionId });
    const c = t.client();
    for (const path of [`/api/public/articles/${a.slug}`, pageOf(a), '/', '/tim-kiem?q=etag']) {
      const first = await c.get(path);
      const etag = first.headers.get('etag')!;
      expect(etag, path).toMatch(/^W\/".+"$/);
      const again = await c.get(path, { 'if-none-match': etag });
      expect(again.status, path).toBe(304);
      expect(again.headers.get('cache-control'), path).toMatch(/public, max-age=60/);
    }
    const json = await c.get(`/api/public/articles/${a.slug}`);
    await publishEdit(a.id, { lead: 'Lời dẫn mới.' });
    const after = await c.get(`/api/public/articles/${a.slug}`, {
      'if-none-match': json.headers.get('etag')!,
    });
    expect(after.status).toBe(200);
    expect(after.body.lead).toBe('Lời dẫn mới.');
  });

  it('an approved comment and a correction show at once', async () => {
    const a = await createArticle(reporter, editor, { title: 'Tin có bình luận', sectionId });
    const c = t.client();
    await c.get(pageOf(a));
    await c.get(`/api/public/articles/${a.slug}`);
    const posted = await c.post(`/api/public/articles/${a.number}/comments`, {
      name: 'Bạn đọc',
      body: 'Bình luận ffcomment',
    });
    expect(posted.status, posted.text).toBe(201);
    expect((await c.get(pageOf(a))).text).not.toContain('ffcomment');
    const queue = await editor.get('/api/comments?status=pending');
    const item = queue.body.items.find((i: { body: string }) => i.body === 'Bình luận ffcomment');
    expect((await editor.post(`/api/comments/${item.id}/approve`)).status).toBe(200);
    expect((await c.get(pageOf(a))).text).toContain('ffcomment');
    expect((await c.get(`/api/public/articles/${a.slug}`)).body.comments[0].body).toBe(
      'Bình luận ffcomment',
    );
    const corr = await editor.post(`/api/articles/${a.id}/corrections`, { text: 'ggcorrection' });
    expect(corr.status, corr.text).toBe(201);
    expect((await c.get(pageOf(a))).text).toContain('ggcorrection');
    expect((await c.get(`/api/public/articles/${a.slug}`)).body.corrections[0].text).toBe(
      'ggcorrection',
    );
  });
});

describe('cached articles and their view counts', () => {
  it('a flushed view count shows at once in the cached page and JSON, with a new ETag', async () => {
    const a = await createArticle(reporter, editor, { title: 'Tin được đọc nhiều', sectionId });
    await t.db.query(`UPDATE articles SET view_count = 1998 WHERE id = $1`, [a.id]);
    const c = t.client();
    const json0 = await c.get(`/api/public/articles/${a.slug}`);
    expect(json0.body.viewCount).toBe(1998);
    const page0 = await c.get(pageOf(a), { 'user-agent': BROWSER_UA });
    expect(page0.text).toContain('Lượt xem: 1.998');
    await c.get(pageOf(a), { 'user-agent': BROWSER_UA });
    await c.get(`${pageOf(a)}?print=1`, { 'user-agent': BROWSER_UA }); // not a view
    await t.running.app.get(ViewCounter).flush();
    const json1 = await c.get(`/api/public/articles/${a.slug}`, {
      'if-none-match': json0.headers.get('etag')!,
    });
    expect(json1.status).toBe(200);
    expect(json1.body.viewCount).toBe(2000);
    const page1 = await c.get(pageOf(a), { 'user-agent': BROWSER_UA });
    expect(page1.text).toContain('Lượt xem: 2.000');
    expect(page1.headers.get('etag')).not.toBe(page0.headers.get('etag'));
    expect((await c.get(pageOf(a), { 'if-none-match': page1.headers.get('etag')! })).status).toBe(
      304,
    );
  });

  it('an article whose text contains the cache marker still shows right', async () => {
    const a = await createArticle(reporter, editor, {
      title: `Tin lạ ${VIEWS_MARK}`,
      body: doc(`Chuỗi ${VIEWS_MARK} trong bài.`),
      sectionId,
    });
    const c = t.client();
    for (let i = 0; i < 2; i++) {
      const page = await c.get(pageOf(a));
      expect(page.status).toBe(200);
      expect(page.text).toContain(`Chuỗi ${VIEWS_MARK} trong bài.`);
      expect(page.text).toContain('Lượt xem: 0');
      const json = await c.get(`/api/public/articles/${a.slug}`);
      expect(json.body.title).toBe(`Tin lạ ${VIEWS_MARK}`);
      expect(json.body.viewCount).toBe(0);
    }
  });
});

describe('public search by words', () => {
  let dn: Published;
  beforeAll(async () => {
    dn = await createArticle(reporter, editor, {
      title: 'Lễ hội pháo hoa quốc tế Đà Nẵng',
      lead: 'Thành phố bên sông Hàn đón khách.',
      body: doc('Đêm khai mạc có năm đội trình diễn, hàng vạn người xem ở Đà Nẵng.'),
      tags: ['Du lịch'],
      sectionId,
    });
    await createArticle(reporter, editor, {
      title: 'Nắng nóng ở miền Trung',
      body: doc('Trời nắng đà giảm, người dân ra đồng.'),
      sectionId,
    });
  });

  const numbers = async (q: string): Promise<number[]> => {
    const r = await t.client().get(`/api/public/articles?q=${encodeURIComponent(q)}`);
    expect(r.status, q).toBe(200);
    return r.body.items.map((i: { number: number }) => i.number);
  };

  it('is diacritic-, case- and form-insensitive (Đà Nẵng, DA NANG, da nang, NFD, Ð)', async () => {
    for (const q of ['Đà Nẵng', 'DA NANG', 'da nang', 'Đà Nẵng'.normalize('NFD'), 'Ðà Nẵng']) {
      expect(await numbers(q), q).toEqual([dn.number]);
      const page = await t.client().get(`/tim-kiem?q=${encodeURIComponent(q)}`);
      expect(page.text, q).toContain(pageOf(dn));
    }
  });

  it('matches adjacent syllables as a phrase, single syllables as words', async () => {
    // "nang da" is not a phrase of either article ("nắng đà" is: the second one).
    const nangDa = await numbers('nắng đà');
    expect(nangDa).not.toContain(dn.number);
    expect(nangDa).toHaveLength(1);
    expect(await numbers('phao hoa quoc te')).toEqual([dn.number]);
    expect(await numbers('hoa phao')).toEqual([]);
    expect(await numbers('sông hàn')).toEqual([dn.number]); // from the lead
    expect(await numbers('du lich')).toEqual([dn.number]); // from the tags
    expect((await numbers('nang')).length).toBe(2);
    expect(await numbers('ng')).toEqual([]); // words, not substrings
    expect((await t.client().get('/api/public/articles?q=%3F%21')).status).toBe(400);
    const empty = await t.client().get('/tim-kiem?q=%3F%21');
    expect(empty.status).toBe(200);
    expect(empty.text).toContain('Không tìm thấy bài viết nào.');
  });

  it('finds a published edit, never a pending one', async () => {
    const a = await createArticle(reporter, editor, { title: 'Bài về hhfirst', sectionId });
    expect(await numbers('hhfirst')).toEqual([a.number]);
    const cur = await editor.get(`/api/articles/${a.id}`);
    await editor.patch(`/api/articles/${a.id}`, {
      title: 'Bài về iisecond',
      version: cur.body.version,
    });
    expect(await numbers('iisecond')).toEqual([]);
    expect((await t.client().get('/tim-kiem?q=iisecond')).text).not.toContain(pageOf(a));
    await transition(editor, a.id, 'submit').catch(() => undefined);
    const p = await editor.post(`/api/articles/${a.id}/transitions`, { action: 'publish' });
    if (p.status >= 300) await transition(editor, a.id, 'publish');
    expect(await numbers('iisecond')).toEqual([a.number]);
    expect(await numbers('hhfirst')).toEqual([]);
    expect((await t.client().get('/tim-kiem?q=iisecond')).text).toContain(pageOf(a));
  });

  it('indexes exactly the tokens the query side computes (SQL twin of search-tokens.ts)', async () => {
    const sample =
      'Lễ hội “Hoa Ban” 2024: ĐIỆN BIÊN PHỦ — 31.676 mét; e-mail a_b@x.vn, Ελλάδα 東京 ' +
      'x'.repeat(70);
    const row = await t.db.one<{ tokens: string[] }>(`SELECT search_tokens(f_fold($1)) AS tokens`, [
      sample,
    ]);
    expect([...new Set(row!.tokens)].sort()).toEqual(documentTokens(sample));
    // The stored column of a published article holds its pairs.
    const has = await t.db.one<{ ok: boolean }>(
      `SELECT search_tokens @@ 'da_nang & phao_hoa'::tsquery AS ok FROM published_articles
       WHERE article_id = $1`,
      [dn.id],
    );
    expect(has!.ok).toBe(true);
  });
});
