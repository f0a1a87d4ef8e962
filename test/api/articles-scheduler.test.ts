import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, RunningApp } from '../../apps/api/src/app';
import { ArticleWorkflow } from '../../apps/api/src/articles/workflow.service';
import { startTestApp, TestApp } from '../support/app';
import { testEngine } from '../support/database';

let t: TestApp;
let second: RunningApp | null = null;

beforeAll(async () => {
  t = await startTestApp({ SEED_DEMO: 'true', SCHEDULER_INTERVAL_SECONDS: '1' });
});
afterAll(async () => {
  await second?.close();
  await t?.close();
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('the demo newsroom', () => {
  it('has sections and articles in every state, a note and a pending revision', async () => {
    const states = await t.db.query<{ state: string }>(`SELECT DISTINCT state FROM articles`);
    expect(states.map((s) => s.state).sort()).toEqual(
      ['changes_requested', 'draft', 'in_review', 'published', 'scheduled'].sort(),
    );
    expect((await t.admin.get('/api/sections')).body.length).toBeGreaterThanOrEqual(4);
    const pending = await t.db.one<{ n: number }>(
      `SELECT count(*)::int AS n FROM articles WHERE has_pending_revision`,
    );
    expect(pending!.n).toBe(1);
    const published = await t.db.one<{ n: number }>(
      `SELECT count(*)::int AS n FROM published_articles`,
    );
    expect(published!.n).toBe(2);
    const note = await t.db.one<{ kind: string }>(`SELECT kind FROM article_notes`);
    expect(note!.kind).toBe('request_changes');
    const list = await t.admin.get('/api/articles?q=ca%20phe');
    expect(list.body.items[0].title).toBe('Nông dân Mường Ảng thu hoạch cà phê sớm');
  });
});

describe('scheduled publishing', () => {
  it('publishes a scheduled article exactly once, even with two instances', async () => {
    const editor = await t.user('editor');
    const created = await editor.post('/api/articles', {
      title: 'Khai mạc tuần văn hóa Thái',
      body: {
        type: 'doc',
        content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Đêm xòe.' }] }],
      },
    });
    const id: string = created.body.id;
    await editor.post(`/api/articles/${id}/transitions`, { action: 'submit' });
    const r = await editor.post(`/api/articles/${id}/transitions`, {
      action: 'schedule',
      publishAt: new Date(Date.now() + 1500).toISOString(),
    });
    expect(r.status, r.text).toBe(200);

    const workflows = [t.running.app.get(ArticleWorkflow)];
    if (testEngine() === 'pg') {
      // A second API instance on the same database: it only runs its scheduler (no HTTP calls
      // go through it, since passport strategies are process-global).
      second = await createApp(t.config, { logger: ['error'], listen: false });
      workflows.push(second.app.get(ArticleWorkflow));
    }
    await sleep(1600);
    // Both instances' timers run every second; hammer them directly as well.
    const results = await Promise.all(
      Array.from({ length: 6 }, (_, i) => workflows[i % workflows.length].publishDue()),
    );
    await sleep(1200);
    expect(results.flat().filter((x) => x === id).length).toBeLessThanOrEqual(1);
    const a = await editor.get(`/api/articles/${id}`);
    expect(a.body.state).toBe('published');
    const audit = await t.db.one<{ n: number }>(
      `SELECT count(*)::int AS n FROM audit_events WHERE entity_id = $1 AND action = 'article.publish'`,
      [id],
    );
    expect(audit!.n).toBe(1);
    const tr = await t.db.one<{ n: number }>(
      `SELECT count(*)::int AS n FROM article_transitions WHERE article_id = $1 AND to_state = 'published'`,
      [id],
    );
    expect(tr!.n).toBe(1);
    const revs = await t.db.one<{ n: number }>(
      `SELECT count(*)::int AS n FROM revisions WHERE article_id = $1 AND kind = 'publish'`,
      [id],
    );
    expect(revs!.n).toBe(1);
    const snap = await t.db.one<{ published_at: Date }>(
      `SELECT published_at FROM published_articles WHERE article_id = $1`,
      [id],
    );
    expect(snap).not.toBeNull();
  });
});
