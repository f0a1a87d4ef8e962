import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM_ACTOR } from '../../apps/api/src/database/database.service';
import type { Client, Res } from '../support/client';
import { startTestApp, TestApp } from '../support/app';

let t: TestApp;
let reporter: Client;
let reporter2: Client;
let editor: Client;
let sectionId: string;

beforeAll(async () => {
  t = await startTestApp();
  reporter = await t.user('reporter', { displayName: 'Quàng Văn Thắng', penName: 'Quàng Thắng' });
  reporter2 = await t.user('reporter', { displayName: 'Vũ Đình Khôi', penName: 'Đình Khôi' });
  editor = await t.user('editor', { displayName: 'Trần Thu Hà', penName: 'Thu Hà' });
  sectionId = (await editor.post('/api/sections', { name: 'Văn hóa - Xã hội' })).body.id;
});
afterAll(() => t?.close());

const count = async (table: string) =>
  (await t.db.one<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`))!.n;
const TABLES = ['articles', 'revisions', 'article_transitions', 'article_notes', 'audit_events'];
const counts = async () =>
  Object.fromEntries(await Promise.all(TABLES.map(async (x) => [x, await count(x)])));

const p = (text: string, marks?: unknown[]) => ({
  type: 'paragraph',
  content: [marks ? { type: 'text', text, marks } : { type: 'text', text }],
});
const doc = (...content: unknown[]) => ({ type: 'doc', content });
const act = (c: Client, id: string, action: string, extra: Record<string, unknown> = {}) =>
  c.post(`/api/articles/${id}/transitions`, { action, ...extra });

async function create(c: Client, title: string, body = doc(p('Nội dung bài viết.'))) {
  const res = await c.post('/api/articles', { title, body, sectionId });
  expect(res.status, res.text).toBe(201);
  return res.body;
}

describe('revisions, diff and restore', () => {
  it('every save and transition is a revision; autosaves coalesce; diff is word-level; restore adds one', async () => {
    const a = await create(reporter, 'Mùa nước nổi', doc(p('Nước sông Đà lên nhanh trong đêm.')));
    let v = a.version;
    let r = await reporter.patch(`/api/articles/${a.id}`, {
      body: doc(p('Nước sông Đà lên rất nhanh trong đêm qua.')),
      version: v,
    });
    v = r.body.version;
    r = await act(reporter, a.id, 'submit');
    v = r.body.version;
    r = await act(reporter, a.id, 'withdraw');
    v = r.body.version;
    for (const text of ['Bản nháp một.', 'Bản nháp hai.', 'Bản nháp ba.']) {
      r = await reporter.patch(`/api/articles/${a.id}`, { lead: text, version: v, autosave: true });
      expect(r.status, r.text).toBe(200);
      v = r.body.version;
    }
    const list = await reporter.get(`/api/articles/${a.id}/revisions`);
    expect(list.status).toBe(200);
    expect(list.body.map((x: { kind: string }) => x.kind)).toEqual([
      'autosave',
      'withdraw',
      'submit',
      'save',
      'create',
    ]);
    expect(list.body[0].createdBy).toMatchObject({ displayName: 'Quàng Văn Thắng' });
    const autosave = await reporter.get(`/api/articles/${a.id}/revisions/${list.body[0].n}`);
    expect(autosave.body.snapshot.lead).toBe('Bản nháp ba.');

    const diff = await reporter.get(`/api/articles/${a.id}/diff?from=1&to=2`);
    expect(diff.status, diff.text).toBe(200);
    expect(diff.body.fields).toHaveLength(1);
    expect(diff.body.fields[0].field).toBe('body');
    expect(diff.body.fields[0].parts).toEqual([
      { op: 'equal', text: 'Nước sông Đà lên ' },
      { op: 'insert', text: 'rất ' },
      { op: 'equal', text: 'nhanh trong ' },
      { op: 'delete', text: 'đêm.' },
      { op: 'insert', text: 'đêm qua.' },
    ]);
    // default: since the last submitted revision
    const since = await reporter.get(`/api/articles/${a.id}/diff`);
    expect(since.body.from).toBe(3);
    expect(since.body.to).toBe(5);
    expect(since.body.fields.map((f: { field: string }) => f.field)).toEqual(['lead']);

    // reporters outside and bad revision numbers
    expect((await reporter2.get(`/api/articles/${a.id}/revisions`)).status).toBe(404);
    expect((await reporter.get(`/api/articles/${a.id}/revisions/99`)).status).toBe(404);
    expect((await reporter.get(`/api/articles/${a.id}/revisions/abc`)).status).toBe(400);

    const before = await counts();
    const stale = await reporter.post(`/api/articles/${a.id}/revisions/1/restore`, { version: 1 });
    expect(stale.status).toBe(409);
    expect(await counts()).toEqual(before);
    const restored = await reporter.post(`/api/articles/${a.id}/revisions/1/restore`, {
      version: v,
    });
    expect(restored.status, restored.text).toBe(200);
    expect(restored.body.body.content[0].content[0].text).toBe('Nước sông Đà lên nhanh trong đêm.');
    expect(restored.body.lead).toBe('');
    expect(restored.body.version).toBe(v + 1);
    const after = await reporter.get(`/api/articles/${a.id}/revisions`);
    expect(after.body[0]).toMatchObject({ n: 6, kind: 'restore' });
    const audit = await t.db.one<{ data: { restoredFrom: number } }>(
      `SELECT data FROM audit_events WHERE entity_id = $1 AND action = 'article.restore_revision'`,
      [a.id],
    );
    expect(audit!.data.restoredFrom).toBe(1);
  });
});

describe('notes, presence and history', () => {
  it('notes are seen by the author and editors only', async () => {
    const a = await create(reporter, 'Chợ phiên Sín Chéng');
    const n = await editor.post(`/api/articles/${a.id}/notes`, {
      body: 'Nhớ ghi rõ ngày họp chợ.',
    });
    expect(n.status, n.text).toBe(201);
    expect(n.body.author).toEqual({
      id: editor.user!.id,
      displayName: 'Trần Thu Hà',
      penName: 'Thu Hà',
    });
    const seen = await reporter.get(`/api/articles/${a.id}/notes`);
    expect(seen.body.map((x: { body: string }) => x.body)).toEqual(['Nhớ ghi rõ ngày họp chợ.']);
    expect((await reporter2.get(`/api/articles/${a.id}/notes`)).status).toBe(404);
    expect((await reporter2.post(`/api/articles/${a.id}/notes`, { body: 'x' })).status).toBe(404);
    expect((await reporter.post(`/api/articles/${a.id}/notes`, { body: '   ' })).status).toBe(400);
  });

  it('presence: who else has the article open', async () => {
    const a = await create(reporter, 'Đêm hội xòe');
    await act(reporter, a.id, 'submit');
    const mine = await reporter.post(`/api/articles/${a.id}/lock`);
    expect(mine.status).toBe(200);
    expect(mine.body.others).toEqual([]);
    const theirs = await editor.post(`/api/articles/${a.id}/presence`);
    expect(theirs.body.others.map((o: { user: { id: string } }) => o.user.id)).toEqual([
      reporter.user!.id,
    ]);
    const seen = await reporter.get(`/api/articles/${a.id}/lock`);
    expect(seen.body.others[0].user).toEqual({
      id: editor.user!.id,
      displayName: 'Trần Thu Hà',
      penName: 'Thu Hà',
    });
    expect((await editor.delete(`/api/articles/${a.id}/lock`)).status).toBe(204);
    expect((await reporter.get(`/api/articles/${a.id}/presence`)).body.others).toEqual([]);
    // a heartbeat older than a minute is gone
    await reporter.post(`/api/articles/${a.id}/lock`);
    await t.db.query(`UPDATE article_presence SET seen_at = now() - interval '2 minutes'`);
    expect((await editor.get(`/api/articles/${a.id}/lock`)).body.others).toEqual([]);
    expect((await reporter2.post(`/api/articles/${a.id}/lock`)).status).toBe(404);
  });

  it('history: transitions, notes and revisions in order; others see the public part only', async () => {
    const a = await create(reporter, 'Tết của người Mông');
    await act(reporter, a.id, 'submit');
    await act(editor, a.id, 'request_changes', { comment: 'Thêm ảnh và phỏng vấn già làng.' });
    const h = await reporter.get(`/api/articles/${a.id}/history`);
    expect(h.status).toBe(200);
    const kinds = h.body.map((e: { type: string; action?: string; kind?: string }) =>
      e.type === 'transition' ? `t:${e.action}` : `${e.type}:${e.kind}`,
    );
    expect(kinds).toEqual([
      'revision:create',
      't:submit',
      'revision:submit',
      't:request_changes',
      'note:request_changes',
      'revision:request_changes',
    ]);
    const tr = h.body.find((e: { action?: string }) => e.action === 'request_changes');
    expect(tr).toMatchObject({
      from: 'in_review',
      to: 'changes_requested',
      comment: 'Thêm ảnh và phỏng vấn già làng.',
    });
    expect(tr.actor.displayName).toBe('Trần Thu Hà');
    expect((await reporter2.get(`/api/articles/${a.id}/history`)).status).toBe(404);
  });
});

describe('roles × actions (DESIGN.md §4)', () => {
  // [state to reach, action, who, expected status]
  const cases: [string, string, 'author' | 'other' | 'editor' | 'admin', number][] = [];
  const reach: Record<string, string[]> = {
    draft: [],
    in_review: ['submit'],
    changes_requested: ['submit', 'request_changes'],
    scheduled: ['submit', 'schedule'],
    published: ['submit', 'publish'],
    unpublished: ['submit', 'publish', 'unpublish'],
    trashed: ['trash'],
  };
  const legal: Record<string, string[]> = {
    draft: ['submit', 'trash'],
    in_review: ['withdraw', 'request_changes', 'publish', 'schedule'],
    changes_requested: ['submit', 'trash'],
    scheduled: ['cancel_schedule'],
    published: ['publish', 'unpublish'],
    unpublished: ['republish', 'trash'],
    trashed: ['restore'],
  };
  const reporterMay = new Set([
    'draft:submit',
    'draft:trash',
    'changes_requested:submit',
    'in_review:withdraw',
    'trashed:restore',
  ]);
  const actions = [
    'submit',
    'withdraw',
    'request_changes',
    'publish',
    'schedule',
    'cancel_schedule',
    'unpublish',
    'republish',
    'trash',
    'restore',
  ];
  for (const state of Object.keys(reach)) {
    for (const action of actions) {
      for (const who of ['author', 'other', 'editor', 'admin'] as const) {
        let status: number;
        const readable = who !== 'other' || state === 'published';
        if (!readable) status = 404;
        else if (!legal[state].includes(action)) status = 422;
        else if (who === 'editor' || who === 'admin') status = 200;
        else status = who === 'author' && reporterMay.has(`${state}:${action}`) ? 200 : 403;
        cases.push([state, action, who, status]);
      }
    }
  }

  it(`${cases.length} combinations answer as the table says, and refusals change nothing`, async () => {
    const clients = { author: reporter, other: reporter2, editor, admin: t.admin };
    const extra = (action: string) =>
      action === 'schedule'
        ? { publishAt: new Date(Date.now() + 86_400_000).toISOString() }
        : action === 'request_changes' || action === 'unpublish'
          ? { comment: 'Lý do biên tập' }
          : {};
    const fresh = async (state: string) => {
      const a = await create(reporter, `Bài thử ${state}`);
      for (const step of reach[state]) {
        const who = step === 'submit' || step === 'trash' ? reporter : editor;
        const r = await act(who, a.id, step, extra(step));
        expect(r.status, `${state} ${step} ${r.text}`).toBe(200);
      }
      return a.id as string;
    };
    const ids: Record<string, string> = {};
    for (const state of Object.keys(reach)) ids[state] = await fresh(state);
    for (const [state, action, who, want] of cases) {
      const id = want === 200 ? await fresh(state) : ids[state];
      const before = want === 200 ? null : await counts();
      const res = await act(clients[who], id, action, extra(action));
      expect(res.status, `${who} ${action} on ${state}: ${res.text}`).toBe(want);
      if (before) expect(await counts()).toEqual(before);
    }
    // reporters edit their own draft / changes_requested only; editors anything not trashed
    const edit = async (c: Client, id: string) => {
      const cur = await editor.get(`/api/articles/${id}`);
      return (await c.patch(`/api/articles/${id}`, { dateline: 'ĐBP', version: cur.body.version }))
        .status;
    };
    for (const state of Object.keys(reach)) {
      const id = await fresh(state);
      const mayReporter = state === 'draft' || state === 'changes_requested';
      expect(await edit(reporter, id), `author edits ${state}`).toBe(mayReporter ? 200 : 403);
      expect(await edit(reporter2, id), `other edits ${state}`).toBe(
        state === 'published' ? 403 : 404,
      );
      expect(await edit(editor, id), `editor edits ${state}`).toBe(state === 'trashed' ? 403 : 200);
    }
  }, 300_000);
});

describe('listing and search', () => {
  it('diacritic-insensitive search ranks title matches first; reporters see own + published', async () => {
    const inBody = await create(
      editor,
      'Tin vắn trong tỉnh',
      doc(p('Hội nghị tổng kết công tác dân vận khéo năm nay.')),
    );
    const inTitle = await create(reporter, 'Dân vận khéo ở Tủa Chùa');
    const eth = await create(reporter2, 'Ðiện Biên đón mùa mưa');
    const found = await editor.get('/api/articles?q=dan%20van%20kheo');
    expect(found.status).toBe(200);
    expect(found.body.items.map((x: { id: string }) => x.id)).toEqual([inTitle.id, inBody.id]);
    for (const q of ['DAN VAN KHEO', 'Dân vận khéo', 'Da\u0302n va\u0323\u0302n kheo']) {
      const r = await editor.get(`/api/articles?q=${encodeURIComponent(q)}`);
      expect(r.body.items.map((x: { id: string }) => x.id)).toEqual([inTitle.id, inBody.id]);
    }
    const dien = await editor.get('/api/articles?q=dien%20bien%20don');
    expect(dien.body.items.map((x: { id: string }) => x.id)).toEqual([eth.id]);
    expect(dien.body.items[0].title).toBe('Điện Biên đón mùa mưa');
    // a reporter sees their own drafts and published articles, nothing else
    const mine = await reporter.get('/api/articles?q=dan%20van%20kheo');
    expect(mine.body.items.map((x: { id: string }) => x.id)).toEqual([inTitle.id]);
    const sneaky = await reporter.get(`/api/articles?authorId=${reporter2.user!.id}&state=draft`);
    expect(sneaky.body.items).toEqual([]);
    // allow-listed filters only
    for (const bad of [
      'sort=password_hash',
      'state=deleted',
      'authorId=1',
      'limit=1000',
      'cursor=abc',
    ]) {
      expect((await editor.get(`/api/articles?${bad}`)).status, bad).toBe(400);
    }
  });

  it('searches words, not substrings: quoted or punctuated phrases, NFD, Ð; pages keep the title matches first', async () => {
    const body = doc(p('Chiều 5/12, đoàn công tác đến thăm “Đà Nẵng”, rồi về Hà Nội.'));
    const a = await create(editor, 'Du lịch biển miền Trung', body);
    const b = await create(editor, 'Đà Nẵng đón khách quốc tế');
    const c = await create(editor, 'Bản tin sáng', doc(p('Khách đến Đà Nẵng tăng mạnh.')));
    const ids = async (q: string, extra = '') => {
      const r = await editor.get(`/api/articles?q=${encodeURIComponent(q)}${extra}`);
      expect(r.status, r.text).toBe(200);
      return r.body.items.map((x: { id: string }) => x.id);
    };
    for (const q of [
      'Đà Nẵng',
      'DA NANG',
      'da nang',
      '"đà nẵng"',
      'Ðà Nẵng',
      'Đà Nẵng'.normalize('NFD'),
    ]) {
      expect(await ids(q), q).toEqual([b.id, c.id, a.id]);
    }
    // a phrase across punctuation in the text; the old substring search found none of these
    expect(await ids('“Đà Nẵng”, rồi về Hà Nội')).toEqual([a.id]);
    expect(await ids('đà nẵng rồi về hà nội')).toEqual([a.id]);
    // a syllable is a word: "nan" is not "nẵng"
    expect(await ids('nan')).toEqual([]);
    expect(await ids('!!')).toEqual([]);
    // one per page: the title match first, then the rest newest first, each once
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const res: Res = await editor.get(
        `/api/articles?q=da%20nang&limit=1${cursor ? `&cursor=${cursor}` : ''}`,
      );
      seen.push(...res.body.items.map((x: { id: string }) => x.id));
      cursor = res.body.nextCursor;
    } while (cursor);
    expect(seen).toEqual([b.id, c.id, a.id]);
  });

  it('the search and the lists use their indexes', async () => {
    const plan = async (sql: string) =>
      (
        await t.db.write(SYSTEM_ACTOR, async (tx) => {
          await tx.query(`SET LOCAL enable_seqscan = off`);
          return tx.query<{ 'QUERY PLAN': string }>(`EXPLAIN ${sql}`);
        })
      )
        .map((r) => r['QUERY PLAN'])
        .join('\n');
    expect(
      await plan(`SELECT id FROM articles WHERE search_vector @@ 'dan_van & van_kheo'::tsquery`),
    ).toMatch(/articles_search_vector_idx/);
    expect(await plan(`SELECT id FROM articles WHERE search_title @@ 'dan_van'::tsquery`)).toMatch(
      /articles_search_title_idx/,
    );
    expect(
      await plan(
        `SELECT id FROM articles WHERE state = 'published' AND section_id = '${sectionId}'
         ORDER BY updated_at DESC, id DESC LIMIT 21`,
      ),
    ).toMatch(/articles_state_section_idx/);
    const cols = await t.db.query<{ column_name: string }>(
      `SELECT column_name FROM information_schema.columns WHERE table_name = 'articles'`,
    );
    expect(cols.map((c) => c.column_name)).not.toContain('search_text');
  });

  it('keyset pagination walks every visible article once', async () => {
    for (let i = 0; i < 5; i++) await create(editor, `Bản tin số ${i + 1}`);
    const all = await editor.get('/api/articles?limit=100');
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const res: Res = await editor.get(
        `/api/articles?limit=3${cursor ? `&cursor=${cursor}` : ''}`,
      );
      expect(res.status).toBe(200);
      seen.push(...res.body.items.map((x: { id: string }) => x.id));
      cursor = res.body.nextCursor;
    } while (cursor);
    expect(seen).toEqual(all.body.items.map((x: { id: string }) => x.id));
    expect(new Set(seen).size).toBe(seen.length);
    const searched: string[] = [];
    cursor = null;
    do {
      const res: Res = await editor.get(
        `/api/articles?q=ban&limit=2${cursor ? `&cursor=${cursor}` : ''}`,
      );
      searched.push(...res.body.items.map((x: { id: string }) => x.id));
      cursor = res.body.nextCursor;
    } while (cursor);
    const allSearched = await editor.get('/api/articles?q=ban&limit=100');
    expect(searched).toEqual(allSearched.body.items.map((x: { id: string }) => x.id));
  });

  it('stats count per state and section over what the caller may see', async () => {
    const s = await editor.get('/api/articles/stats');
    expect(s.status).toBe(200);
    const drafts = s.body.byState.find((x: { state: string }) => x.state === 'draft').count;
    expect(drafts).toBe(await count(`articles WHERE state = 'draft'`));
    const r = await reporter2.get('/api/articles/stats');
    const total = r.body.byState.reduce((n: number, x: { count: number }) => n + x.count, 0);
    const visible = (await reporter2.get('/api/articles?limit=100')).body.items.length;
    const trashedOwn = await count(
      `articles WHERE state = 'trashed' AND author_id = '${reporter2.user!.id}'`,
    );
    expect(total).toBe(visible + trashedOwn);
    expect(r.body.mine.find((x: { state: string }) => x.state === 'draft').count).toBeGreaterThan(
      0,
    );
  });
});

describe('XSS corpus over HTTP', () => {
  const link = (href: string) => doc(p('bấm vào', [{ type: 'link', attrs: { href } }]));
  const rejected: [string, unknown, RegExp][] = [
    ...[
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      ' javascript:alert(1)',
      'java\tscript:alert(1)',
      'java\nscript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
      'javascript&colon;alert(1)',
      '//evil.example/x',
      'file:///etc/passwd',
      '\u0000javascript:alert(1)',
      'jav&#x09;ascript:alert(1)',
    ].map((h): [string, unknown, RegExp] => [h, link(h), /marks\[0\]\.attrs\.href/]),
    ['script node', doc({ type: 'script', content: [] }), /body\.content\[0\]\.type/],
    ['iframe node', doc({ type: 'iframe', attrs: { src: 'https://x' } }), /body\.content\[0\]/],
    ['onclick attr', doc({ type: 'paragraph', attrs: { onclick: 'alert(1)' } }), /onclick/],
    [
      'style attr',
      doc({ type: 'paragraph', attrs: { style: 'background:url(javascript:x)' } }),
      /style/,
    ],
    [
      'class on link',
      doc(p('x', [{ type: 'link', attrs: { href: 'https://a.vn', class: 'x' } }])),
      /class/,
    ],
    [
      'target on link',
      doc(p('x', [{ type: 'link', attrs: { href: 'https://a.vn', target: '_blank' } }])),
      /target/,
    ],
    ['unknown mark', doc(p('x', [{ type: 'textStyle', attrs: { color: 'red' } }])), /marks\[0\]/],
    ['html key', doc({ type: 'paragraph', html: '<b>x</b>' }), /html/],
    ['figure with bad id', doc({ type: 'figure', attrs: { mediaId: 'javascript:x' } }), /mediaId/],
    [
      'figure src',
      doc({ type: 'figure', attrs: { mediaId: '6f1c1a2e-3b4d-4c5e-8f60-7a8b9c0d1e2f', src: 'x' } }),
      /src/,
    ],
    ['heading level 1', doc({ type: 'heading', attrs: { level: 1 }, content: [] }), /level/],
    [
      'text with attrs',
      doc({
        type: 'paragraph',
        content: [{ type: 'text', text: 'x', attrs: { onmouseover: 'x' } }],
      }),
      /onmouseover|attrs/,
    ],
  ];
  const escaped = [
    '<script>alert(1)</script>',
    '<img src=x onerror=alert(1)>',
    '<svg/onload=alert(1)>',
    '"><script>alert(1)</script>',
    "'><iframe src=javascript:alert(1)>",
    '<a href="javascript:alert(1)">x</a>',
  ];

  it(`${rejected.length} payloads are refused with 400 naming the path; nothing written`, async () => {
    expect(rejected.length + escaped.length).toBeGreaterThanOrEqual(30);
    const before = await counts();
    for (const [name, body, path] of rejected) {
      const res = await reporter.post('/api/articles', { title: 'Thử XSS', body });
      expect(res.status, name).toBe(400);
      expect(res.body.message, name).toMatch(path);
    }
    expect(await counts()).toEqual(before);
  });

  it(`${escaped.length} payloads typed as text are published escaped`, async () => {
    const a = await create(editor, 'Thử XSS văn bản', doc(...escaped.map((s) => p(s))));
    await act(editor, a.id, 'submit');
    expect((await act(editor, a.id, 'publish')).status).toBe(200);
    const row = await t.db.one<{ body_html: string }>(
      `SELECT body_html FROM published_articles WHERE article_id = $1`,
      [a.id],
    );
    const html = row!.body_html;
    expect(html).not.toMatch(/<script|<img|<svg|<iframe|<a /i);
    expect(html).not.toMatch(/<[^>]*\son\w+=/i);
    expect(html).toContain('&lt;script&gt;');
  });
});

describe('sections', () => {
  it('editors create and edit sections; reporters read them; reserved slugs refused', async () => {
    const created = await editor.post('/api/sections', {
      name: ' Kinh  tế ',
      description: 'Nông nghiệp',
    });
    expect(created.status, created.text).toBe(201);
    expect(created.body).toMatchObject({ name: 'Kinh tế', slug: 'kinh-te', active: true });
    const before = await count('sections');
    expect((await reporter.post('/api/sections', { name: 'Pháp luật' })).status).toBe(403);
    for (const slug of ['api', 'admin', 'media', 'tim-kiem', 'tag', 'preview']) {
      const res = await editor.post('/api/sections', { name: 'Xấu', slug });
      expect(res.status, slug).toBe(400);
      expect(res.body.message).toMatch(/reserved/);
    }
    expect((await editor.post('/api/sections', { name: 'Kinh tế' })).status).toBe(409);
    expect((await editor.post('/api/sections', { name: 'X', slug: 'Có Dấu' })).status).toBe(400);
    expect(await count('sections')).toBe(before);
    const upd = await editor.patch(`/api/sections/${created.body.id}`, {
      active: false,
      position: 9,
    });
    expect(upd.status).toBe(200);
    expect(upd.body).toMatchObject({ active: false, position: 9 });
    expect(
      (await reporter.patch(`/api/sections/${created.body.id}`, { active: true })).status,
    ).toBe(403);
    const list = await reporter.get('/api/sections');
    expect(list.status).toBe(200);
    expect(list.body.map((s: { slug: string }) => s.slug)).toContain('kinh-te');
    // an inactive section takes no new articles
    const res = await reporter.post('/api/articles', {
      title: 'Giá lúa',
      sectionId: created.body.id,
    });
    expect(res.status).toBe(400);
    expect(res.body.message).toMatch(/sectionId/);
  });
});

describe('OpenAPI', () => {
  it('documents every article endpoint with request and response schemas', async () => {
    const res = await t.admin.get('/api/docs/openapi.json');
    expect(res.status).toBe(200);
    const paths = res.body.paths;
    for (const [path, methods] of Object.entries({
      '/api/articles': ['get', 'post'],
      '/api/articles/stats': ['get'],
      '/api/articles/{id}': ['get', 'patch'],
      '/api/articles/{id}/transitions': ['post'],
      '/api/articles/{id}/revisions': ['get'],
      '/api/articles/{id}/revisions/{n}': ['get'],
      '/api/articles/{id}/revisions/{n}/restore': ['post'],
      '/api/articles/{id}/diff': ['get'],
      '/api/articles/{id}/notes': ['get', 'post'],
      '/api/articles/{id}/presence': ['get', 'post', 'delete'],
      '/api/articles/{id}/lock': ['get', 'post', 'delete'],
      '/api/articles/{id}/history': ['get'],
      '/api/sections': ['get', 'post'],
      '/api/sections/{id}': ['patch'],
    })) {
      for (const m of methods) {
        const op = paths[path]?.[m];
        expect(op, `${m} ${path}`).toBeDefined();
        const ok = op.responses['200'] ?? op.responses['201'] ?? op.responses['204'];
        expect(ok, `${m} ${path} response`).toBeDefined();
        if (m === 'post' || m === 'patch') {
          if (!path.endsWith('presence') && !path.endsWith('lock'))
            expect(op.requestBody, `${m} ${path} body`).toBeDefined();
        }
      }
    }
    const schemas = res.body.components.schemas;
    expect(Object.keys(schemas.ArticleView.properties)).toEqual(
      expect.arrayContaining(['allowedActions', 'version', 'author', 'body']),
    );
    expect(Object.keys(schemas.UpdateArticleDto.properties)).not.toContain('state');
    expect(Object.keys(schemas.UpdateArticleDto.properties)).not.toContain('authorId');
  });
});
