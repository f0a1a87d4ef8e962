import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, TestApp } from '../support/app';
import type { Client } from '../support/client';
import { BROWSER_UA, createArticle, doc, htmlProblems, transition } from './public-support';

let t: TestApp;
let author: Client;
let otherReporter: Client;
let editor: Client;

beforeAll(async () => {
  t = await startTestApp();
  author = await t.user('reporter', { displayName: 'Lò Thị Hoa', penName: 'Thu Hoa' });
  otherReporter = await t.user('reporter');
  editor = await t.user('editor');
});
afterAll(() => t?.close());

describe('the article preview (bản xem trước)', () => {
  it("shows a draft to its author and to editors, and is another reporter's 404", async () => {
    const a = await createArticle(
      author,
      editor,
      {
        title: 'Mùa ban nở trên đèo Pha Đin',
        lead: 'ĐBP - Hoa ban trắng <rừng>.',
        dateline: 'ĐBP',
        byline: 'Bài, ảnh: Thu Hoa',
        body: doc('Đoạn thân bài chưa đăng.'),
      },
      false,
    );
    for (const who of [author, editor, t.admin]) {
      const res = await who.get(`/api/articles/${a.id}/preview`);
      expect(res.status, res.text).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/^text\/html/);
      expect(res.headers.get('x-robots-tag')).toMatch(/noindex/);
      expect(res.headers.get('cache-control')).toBe('private, no-store');
      expect(res.text).toContain('Bản xem trước');
      expect(res.text).toContain('Mùa ban nở trên đèo Pha Đin');
      expect(res.text).toContain('Đoạn thân bài chưa đăng.');
      // The public page's own layout: escaped lead, dateline printed once, byline, comment area.
      expect(res.text).toContain('Hoa ban trắng &lt;rừng&gt;.');
      expect(res.text).toContain('<span class="dateline">ĐBP - </span>');
      expect(res.text).toContain('Bài, ảnh: Thu Hoa');
      expect(res.text).toContain('Bình luận');
      expect(res.text).toContain('<meta name="robots" content="noindex, follow"/>');
      // Nothing is posted from a preview; the banner's style is allowed by hash, nothing else.
      expect(res.headers.get('content-security-policy')).toContain("form-action 'none'");
      expect(res.headers.get('content-security-policy')).not.toContain('unsafe-inline');
    }
    expect((await otherReporter.get(`/api/articles/${a.id}/preview`)).status).toBe(404);
    expect((await t.client().get(`/api/articles/${a.id}/preview`)).status).toBe(401);
    expect((await editor.get('/api/articles/not-a-uuid/preview')).status).toBe(400);
    expect(
      (await editor.get('/api/articles/00000000-0000-4000-8000-000000000000/preview')).status,
    ).toBe(404);
    // A draft is not on the public site.
    expect((await t.client().get(`/tin-tuc/${a.slug}-${a.number}.html`)).status).toBe(404);
  });

  it('shows the pending revision of a published article while readers still get the old text', async () => {
    const a = await createArticle(author, editor, {
      title: 'Điện Biên đón 1.000 khách',
      body: doc('Bản đã đăng: một nghìn khách.'),
    });
    const current = (await editor.get(`/api/articles/${a.id}`)).body;
    const edit = await editor.patch(`/api/articles/${a.id}`, {
      version: current.version,
      body: doc('Bản sửa chờ duyệt: một nghìn hai trăm khách.'),
    });
    expect(edit.status, edit.text).toBe(200);
    expect(edit.body.hasPendingRevision).toBe(true);

    const publicUrl = `/tin-tuc/${a.slug}-${a.number}.html`;
    const reader = await t.client().get(publicUrl, { 'user-agent': BROWSER_UA });
    expect(reader.status).toBe(200);
    expect(reader.text).toContain('Bản đã đăng: một nghìn khách.');
    expect(reader.text).not.toContain('Bản sửa chờ duyệt');
    expect(reader.text).not.toContain('Bản xem trước');

    const preview = await editor.get(`/api/articles/${a.id}/preview`);
    expect(preview.status).toBe(200);
    expect(preview.text).toContain('Bản sửa chờ duyệt: một nghìn hai trăm khách.');
    expect(preview.text).not.toContain('Bản đã đăng: một nghìn khách.');
    expect(preview.text).toContain('bản sửa đang chờ duyệt');

    // Published again: the public page catches up with what the preview showed.
    await transition(editor, a.id, 'publish');
    const after = await t.client().get(publicUrl, { 'user-agent': BROWSER_UA });
    expect(after.text).toContain('Bản sửa chờ duyệt: một nghìn hai trăm khách.');
  });

  it('is valid HTML, like the public pages it reuses', async () => {
    const a = await createArticle(author, editor, { title: 'Bản tin <sáng> & "tối"' }, false);
    const res = await author.get(`/api/articles/${a.id}/preview`);
    expect(await htmlProblems(res.text)).toEqual([]);
    expect(res.text).toContain('<h1>Bản tin &lt;sáng&gt; &amp; &quot;tối&quot;</h1>');
  });

  it('is in the OpenAPI document as an HTML answer', async () => {
    const docJson = (await t.client().get('/api/docs/openapi.json')).body;
    const op = docJson.paths['/api/articles/{id}/preview']?.get;
    expect(op).toBeDefined();
    expect(Object.keys(op.responses['200'].content)).toEqual(['text/html']);
  });
});
