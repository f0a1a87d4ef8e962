import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ArticleWorkflow } from '../../apps/api/src/articles/workflow.service';
import type { Client } from '../support/client';
import { startTestApp, TestApp } from '../support/app';

let t: TestApp;
let reporter: Client;
let reporter2: Client;
let editor: Client;
let sectionId: string;

beforeAll(async () => {
  t = await startTestApp();
  reporter = await t.user('reporter', { displayName: 'Lường Thị Ngọc', penName: 'Ngọc Lường' });
  reporter2 = await t.user('reporter', { displayName: 'Vũ Đình Khôi', penName: 'Đình Khôi' });
  editor = await t.user('editor', { displayName: 'Phạm Minh Đức', penName: 'Minh Đức' });
  const s = await editor.post('/api/sections', { name: 'Thời sự' });
  expect(s.status).toBe(201);
  sectionId = s.body.id;
});
afterAll(() => t?.close());

const count = async (table: string) =>
  (await t.db.one<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`))!.n;

const ROW_TABLES = [
  'articles',
  'revisions',
  'article_transitions',
  'article_notes',
  'published_articles',
  'audit_events',
];
const counts = async () =>
  Object.fromEntries(await Promise.all(ROW_TABLES.map(async (x) => [x, await count(x)])));

const para = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] });
const doc = (...texts: string[]) => ({ type: 'doc', content: texts.map(para) });

async function draft(c: Client, fields: Record<string, unknown> = {}) {
  const res = await c.post('/api/articles', {
    title: 'Dân vận khéo ở Mường Phăng',
    lead: 'Cán bộ xã cùng bà con làm đường.',
    body: doc('Sáng nay, bà con bản Che Căn góp công làm đường.'),
    sectionId,
    ...fields,
  });
  expect(res.status, res.text).toBe(201);
  return res.body;
}

const act = (c: Client, id: string, action: string, extra: Record<string, unknown> = {}) =>
  c.post(`/api/articles/${id}/transitions`, { action, ...extra });

describe('creating and reading articles', () => {
  it('a reporter creates a draft: normalised Vietnamese, slug, byline from the pen name', async () => {
    const res = await reporter.post('/api/articles', {
      title: '  Ðiện   Bie\u0302\u0301n\u200b Phủ vào mùa hoa ban ',
      lead: 'ĐBP - Hoa ban nở trắng\u00a0núi rừng.',
      dateline: 'ĐBP',
      body: doc('Hoa ban nở trắng các bản Thái ở Ðiện Biên.'),
      tags: ['hoa ban', 'Hoa Ban', ' du lịch '],
      sectionId,
    });
    expect(res.status, res.text).toBe(201);
    const a = res.body;
    expect(a.title).toBe('Điện Biến Phủ vào mùa hoa ban');
    expect(a.slug).toBe('dien-bien-phu-vao-mua-hoa-ban');
    expect(a.lead).toBe('ĐBP - Hoa ban nở trắng núi rừng.');
    expect(a.body.content[0].content[0].text).toBe('Hoa ban nở trắng các bản Thái ở Điện Biên.');
    expect(a.tags).toEqual(['hoa ban', 'du lịch']);
    expect(a.byline).toBe('Ngọc Lường');
    expect(a.state).toBe('draft');
    expect(a.version).toBe(1);
    expect(a.number).toBeGreaterThan(0);
    expect(a.wordCount).toBeGreaterThan(10);
    expect(a.readingMinutes).toBe(1);
    expect(a.author).toEqual({
      id: reporter.user!.id,
      displayName: 'Lường Thị Ngọc',
      penName: 'Ngọc Lường',
    });
    expect(a.section).toMatchObject({ id: sectionId, name: 'Thời sự', slug: 'thoi-su' });
    expect(a.allowedActions).toEqual(['submit', 'trash']);
    expect(a.canEdit).toBe(true);
    expect(JSON.stringify(a)).not.toMatch(/@test\.local/);
    const again = await reporter.get(`/api/articles/${a.id}`);
    expect(again.status).toBe(200);
    expect(again.body.title).toBe(a.title);
    expect(again.headers.get('etag')).toBe('"1"');
    // the same title again gets a free slug
    const twin = await draft(reporter, { title: 'Điện Biên Phủ vào mùa hoa ban' });
    expect(twin.slug).toBe('dien-bien-phu-vao-mua-hoa-ban-2');
  });

  it('refuses bad input with 400 naming the field or path, and writes nothing', async () => {
    const before = await counts();
    const cases: [Record<string, unknown>, RegExp][] = [
      [{}, /title/],
      [{ title: '   ' }, /title/],
      [{ title: 'A', state: 'published' }, /state/],
      [{ title: 'A', authorId: reporter2.user!.id }, /authorId/],
      [{ title: 'A', version: 7 }, /version/],
      [{ title: 'A', sectionId: 'abc' }, /sectionId/],
      [{ title: 'A', sectionId: '00000000-0000-4000-8000-000000000000' }, /sectionId/],
      [
        { title: 'A', body: { type: 'doc', content: [{ type: 'script', text: 'x' }] } },
        /body\.content\[0\]/,
      ],
      [
        {
          title: 'A',
          body: {
            type: 'doc',
            content: [
              {
                type: 'paragraph',
                content: [
                  {
                    type: 'text',
                    text: 'bấm vào',
                    marks: [{ type: 'link', attrs: { href: ' JavaScript:alert(1)' } }],
                  },
                ],
              },
            ],
          },
        },
        /body\.content\[0\]\.content\[0\]\.marks\[0\]\.attrs\.href/,
      ],
      [
        {
          title: 'A',
          body: { type: 'doc', content: [{ type: 'paragraph', attrs: { onclick: 'x' } }] },
        },
        /body\.content\[0\]\.attrs\.onclick/,
      ],
      [{ title: 'A', slug: 'Không Dấu' }, /slug/],
      [{ title: 'A', tags: 'một' }, /tags/],
    ];
    for (const [body, re] of cases) {
      const res = await reporter.post('/api/articles', body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.body.message).toMatch(re);
    }
    expect(await counts()).toEqual(before);
  });

  it("another reporter's draft is 404 for read, edit and transitions; counts unchanged", async () => {
    const a = await draft(reporter);
    const before = await counts();
    expect((await reporter2.get(`/api/articles/${a.id}`)).status).toBe(404);
    expect(
      (await reporter2.patch(`/api/articles/${a.id}`, { title: 'X', version: 1 })).status,
    ).toBe(404);
    for (const action of ['submit', 'trash', 'publish'])
      expect((await act(reporter2, a.id, action)).status).toBe(404);
    expect((await reporter2.get(`/api/articles/not-a-uuid`)).status).toBe(400);
    expect((await editor.get(`/api/articles/${a.id}`)).status).toBe(200);
    expect(await counts()).toEqual(before);
  });
});

describe('no lost updates', () => {
  it('PATCH needs the version; stale → 409 with the current version and who saved it', async () => {
    const a = await draft(reporter);
    const before = await counts();
    const none = await reporter.patch(`/api/articles/${a.id}`, { title: 'Không có phiên bản' });
    expect(none.status).toBe(400);
    expect(none.body.message).toMatch(/version/);
    for (const bad of [
      { state: 'published' },
      { authorId: reporter2.user!.id },
      { viewCount: 9 },
    ]) {
      const res = await reporter.patch(`/api/articles/${a.id}`, { ...bad, version: 1 });
      expect(res.status, JSON.stringify(bad)).toBe(400);
    }
    expect(await counts()).toEqual(before);

    const ok = await reporter.patch(
      `/api/articles/${a.id}`,
      { title: 'Dân vận khéo ở bản Che Căn' },
      { 'if-match': '"1"' },
    );
    expect(ok.status, ok.text).toBe(200);
    expect(ok.body.version).toBe(2);
    expect(ok.headers.get('etag')).toBe('"2"');
    expect(ok.body.slug).toBe('dan-van-kheo-o-ban-che-can');

    const mid = await counts();
    const stale = await editor.patch(`/api/articles/${a.id}`, { lead: 'Ghi đè', version: 1 });
    expect(stale.status).toBe(409);
    expect(stale.body.currentVersion).toBe(2);
    expect(stale.body.updatedBy).toEqual({ id: reporter.user!.id, displayName: 'Lường Thị Ngọc' });
    expect(await counts()).toEqual(mid);
    const now = await reporter.get(`/api/articles/${a.id}`);
    expect(now.body.title).toBe('Dân vận khéo ở bản Che Căn');
    expect(now.body.lead).toBe('Cán bộ xã cùng bà con làm đường.');
  });

  it('N concurrent PATCHes with the same version: exactly one 200, the rest 409', async () => {
    const a = await draft(reporter);
    const n = 8;
    const results = await Promise.all(
      Array.from({ length: n }, (_, i) =>
        reporter.patch(`/api/articles/${a.id}`, { lead: `Phiên bản số ${i}`, version: 1 }),
      ),
    );
    const statuses = results.map((r) => r.status).sort();
    expect(statuses.filter((s) => s === 200)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(n - 1);
    const winner = results.find((r) => r.status === 200)!;
    const now = await reporter.get(`/api/articles/${a.id}`);
    expect(now.body.version).toBe(2);
    expect(now.body.lead).toBe(winner.body.lead);
    const revs = await t.db.one<{ n: number }>(
      `SELECT count(*)::int AS n FROM revisions WHERE article_id = $1`,
      [a.id],
    );
    expect(revs!.n).toBe(2);
  });
});

describe('the whole life of an article', () => {
  it('draft → review → changes → review → scheduled → published → edited → published → unpublished → republished', async () => {
    const a = await draft(reporter, { title: 'Mùa vàng trên ruộng bậc thang' });
    const id = a.id;
    let r = await act(reporter, id, 'submit');
    expect(r.status, r.text).toBe(200);
    expect(r.body.state).toBe('in_review');
    expect(r.body.allowedActions).toEqual(['withdraw']);

    // the reporter may not publish (403), nor edit while in review (403)
    const before = await counts();
    expect((await act(reporter, id, 'publish')).status).toBe(403);
    expect(
      (await reporter.patch(`/api/articles/${id}`, { lead: 'x', version: r.body.version })).status,
    ).toBe(403);
    // request_changes needs a reason
    const noReason = await act(editor, id, 'request_changes');
    expect(noReason.status).toBe(400);
    expect(noReason.body.message).toMatch(/comment/);
    // an action the state does not allow → 422 naming the state and the allowed actions
    const wrong = await act(editor, id, 'unpublish', { comment: 'x' });
    expect(wrong.status).toBe(422);
    expect(wrong.body.message).toMatch(/in_review/);
    expect(wrong.body.message).toMatch(/publish/);
    expect(wrong.body.allowedActions).toEqual([
      'withdraw',
      'request_changes',
      'publish',
      'schedule',
    ]);
    expect(await counts()).toEqual(before);

    r = await act(editor, id, 'request_changes', { comment: 'Bổ sung số liệu diện tích lúa.' });
    expect(r.body.state).toBe('changes_requested');
    const notes = await reporter.get(`/api/articles/${id}/notes`);
    expect(notes.status).toBe(200);
    expect(notes.body[0]).toMatchObject({
      kind: 'request_changes',
      body: 'Bổ sung số liệu diện tích lúa.',
    });

    r = await reporter.patch(`/api/articles/${id}`, {
      body: doc('Năm nay cả xã có 120 héc-ta lúa chín.'),
      version: r.body.version,
    });
    expect(r.status, r.text).toBe(200);
    r = await act(reporter, id, 'submit');
    expect(r.body.state).toBe('in_review');

    const past = await act(editor, id, 'schedule', {
      publishAt: new Date(Date.now() - 60_000).toISOString(),
    });
    expect(past.status).toBe(400);
    const noTime = await act(editor, id, 'schedule');
    expect(noTime.status).toBe(400);
    expect(noTime.body.message).toMatch(/publishAt/);
    const publishAt = new Date(Date.now() + 3600_000).toISOString();
    r = await act(editor, id, 'schedule', { publishAt });
    expect(r.status, r.text).toBe(200);
    expect(r.body.state).toBe('scheduled');
    expect(r.body.publishAt).toBe(publishAt);
    r = await act(editor, id, 'cancel_schedule');
    expect(r.body.state).toBe('in_review');
    expect(r.body.publishAt).toBeNull();
    r = await act(editor, id, 'schedule', {
      publishAt: new Date(Date.now() + 3600_000).toISOString(),
    });
    expect(r.body.state).toBe('scheduled');
    // the time comes: the scheduler publishes it
    await t.db.query(`UPDATE articles SET publish_at = now() - interval '1 second' WHERE id = $1`, [
      id,
    ]);
    expect(await t.running.app.get(ArticleWorkflow).publishDue()).toEqual([id]);
    r = await editor.get(`/api/articles/${id}`);
    expect(r.body.state).toBe('published');
    expect(r.body.publishedAt).not.toBeNull();
    let pub = await t.db.one<{ title: string; body_html: string; version: number }>(
      `SELECT title, body_html, version FROM published_articles WHERE article_id = $1`,
      [id],
    );
    expect(pub!.body_html).toContain('120 héc-ta lúa chín');

    // other reporters see a published article, without editing rights
    const other = await reporter2.get(`/api/articles/${id}`);
    expect(other.status).toBe(200);
    expect(other.body.allowedActions).toEqual([]);
    expect(other.body.canEdit).toBe(false);
    // the author may no longer edit it; an editor's edit is a pending revision
    expect(
      (await reporter.patch(`/api/articles/${id}`, { lead: 'x', version: r.body.version })).status,
    ).toBe(403);
    expect((await act(editor, id, 'trash')).status).toBe(422);
    r = await editor.patch(`/api/articles/${id}`, {
      title: 'Mùa vàng trên ruộng bậc thang Mù Cang Chải',
      body: doc('Năm nay cả xã có 125 héc-ta lúa chín.'),
      version: r.body.version,
    });
    expect(r.status, r.text).toBe(200);
    expect(r.body.hasPendingRevision).toBe(true);
    expect(r.body.state).toBe('published');
    pub = await t.db.one(
      `SELECT title, body_html, version FROM published_articles WHERE article_id = $1`,
      [id],
    );
    expect(pub!.title).toBe('Mùa vàng trên ruộng bậc thang');
    expect(pub!.body_html).toContain('120 héc-ta');

    r = await act(editor, id, 'publish');
    expect(r.status, r.text).toBe(200);
    expect(r.body.hasPendingRevision).toBe(false);
    pub = await t.db.one(
      `SELECT title, body_html, version FROM published_articles WHERE article_id = $1`,
      [id],
    );
    expect(pub!.title).toBe('Mùa vàng trên ruộng bậc thang Mù Cang Chải');
    expect(pub!.body_html).toContain('125 héc-ta');

    const noReasonUnpub = await act(editor, id, 'unpublish');
    expect(noReasonUnpub.status).toBe(400);
    r = await act(editor, id, 'unpublish', { comment: 'Sai số liệu, chờ đính chính.' });
    expect(r.body.state).toBe('unpublished');
    expect(
      await t.db.one(`SELECT 1 FROM published_articles WHERE article_id = $1`, [id]),
    ).toBeNull();
    expect((await reporter2.get(`/api/articles/${id}`)).status).toBe(404);
    r = await act(editor, id, 'republish');
    expect(r.body.state).toBe('published');
    expect(
      await t.db.one(`SELECT 1 FROM published_articles WHERE article_id = $1`, [id]),
    ).not.toBeNull();

    const audit = await t.db.query<{ action: string }>(
      `SELECT action FROM audit_events WHERE entity_type = 'article' AND entity_id = $1 ORDER BY id`,
      [id],
    );
    expect(audit.map((x) => x.action)).toEqual([
      'article.create',
      'article.submit',
      'article.request_changes',
      'article.update',
      'article.submit',
      'article.schedule',
      'article.cancel_schedule',
      'article.schedule',
      'article.publish',
      'article.update',
      'article.publish',
      'article.unpublish',
      'article.republish',
    ]);
    const transitions = await t.db.query<{ action: string; from_state: string; to_state: string }>(
      `SELECT action, from_state, to_state FROM article_transitions WHERE article_id = $1 ORDER BY id`,
      [id],
    );
    expect(transitions.map((x) => `${x.from_state}-${x.action}->${x.to_state}`)).toEqual([
      'draft-submit->in_review',
      'in_review-request_changes->changes_requested',
      'changes_requested-submit->in_review',
      'in_review-schedule->scheduled',
      'scheduled-cancel_schedule->in_review',
      'in_review-schedule->scheduled',
      'scheduled-publish->published',
      'published-publish->published',
      'published-unpublish->unpublished',
      'unpublished-republish->published',
    ]);
  });

  it('trash and restore: authors trash their drafts; a reporter cannot trash changes_requested', async () => {
    const a = await draft(reporter);
    let r = await act(reporter, a.id, 'trash');
    expect(r.body.state).toBe('trashed');
    const list = await reporter.get('/api/articles');
    expect(list.body.items.map((x: { id: string }) => x.id)).not.toContain(a.id);
    const trashed = await reporter.get('/api/articles?state=trashed');
    expect(trashed.body.items.map((x: { id: string }) => x.id)).toContain(a.id);
    expect(
      (await reporter.patch(`/api/articles/${a.id}`, { lead: 'x', version: r.body.version }))
        .status,
    ).toBe(403);
    r = await act(reporter, a.id, 'restore');
    expect(r.body.state).toBe('draft');
  });
});
