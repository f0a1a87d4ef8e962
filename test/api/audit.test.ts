import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, TestApp } from '../support/app';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t?.close());

describe('audit log', () => {
  it('records user changes with the actor, newest first, filterable', async () => {
    const c = await t.user('reporter', { displayName: 'Điêu Thị Hoa' });
    await t.admin.patch(`/api/users/${c.user!.id}`, { penName: 'Hoa Điêu' });
    const res = await t.admin.get(`/api/audit?entity=user&entityId=${c.user!.id}`);
    expect(res.status).toBe(200);
    const actions = res.body.items.map((e: { action: string }) => e.action);
    expect(actions.slice(0, 3)).toEqual(['user.update', 'auth.login', 'user.create']);
    expect(res.body.items[0].actorId).toBe(t.admin.user!.id);
    expect(res.body.items[0].data.penName).toBe('Hoa Điêu');
    const byAction = await t.admin.get('/api/audit?action=user.');
    expect(byAction.body.items.every((e: { action: string }) => e.action.startsWith('user.'))).toBe(
      true,
    );
  });

  it('pages with a cursor', async () => {
    for (let i = 0; i < 3; i++) await t.user('reporter');
    const first = await t.admin.get('/api/audit?limit=2');
    expect(first.body.items).toHaveLength(2);
    const second = await t.admin.get(`/api/audit?limit=2&cursor=${first.body.nextCursor}`);
    expect(Number(second.body.items[0].id)).toBeLessThan(Number(first.body.items[1].id));
  });

  it('is admin only and refuses unknown filters', async () => {
    const editor = await t.user('editor');
    expect((await editor.get('/api/audit')).status).toBe(403);
    expect((await t.admin.get('/api/audit?password_hash=x')).status).toBe(400);
    expect((await t.admin.get('/api/audit?from=yesterday')).status).toBe(400);
  });

  it('is append-only in the database and the chain verifies', async () => {
    const ok = await t.admin.get('/api/audit/verify');
    expect(ok.body).toMatchObject({ ok: true, firstBrokenId: null });
    expect(ok.body.checked).toBeGreaterThan(3);
    await expect(t.db.query(`UPDATE audit_events SET action = 'x' WHERE id = 1`)).rejects.toThrow(
      /append-only/,
    );
    await expect(t.db.query(`DELETE FROM audit_events WHERE id = 1`)).rejects.toThrow(
      /append-only/,
    );
    await expect(t.db.query(`TRUNCATE audit_events`)).rejects.toThrow(/append-only/);
  });

  it('shows tampering: an edited row breaks the chain at that row', async () => {
    await t.db.query(`ALTER TABLE audit_events DISABLE TRIGGER audit_events_no_change`);
    await t.db.query(`UPDATE audit_events SET data = '{"forged":true}' WHERE id = 2`);
    await t.db.query(`ALTER TABLE audit_events ENABLE TRIGGER audit_events_no_change`);
    const res = await t.admin.get('/api/audit/verify');
    expect(res.body).toMatchObject({ ok: false, firstBrokenId: '2' });
  });

  it('a write that fails leaves no audit event', async () => {
    const before = (await t.db.one<{ n: number }>(`SELECT count(*)::int AS n FROM audit_events`))!
      .n;
    const res = await t.admin.patch(`/api/users/${t.admin.user!.id}`, { role: 'editor' });
    expect(res.status).toBe(403);
    const after = (await t.db.one<{ n: number }>(`SELECT count(*)::int AS n FROM audit_events`))!.n;
    expect(after).toBe(before);
  });
});
