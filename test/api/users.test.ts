import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PASSWORD, startTestApp, TestApp } from '../support/app';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t?.close());

const count = async (table: string) =>
  (await t.db.one<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`))!.n;

describe('users and roles (admin only)', () => {
  it('creates a user with a normalised Vietnamese name and never returns the hash', async () => {
    const res = await t.admin.post('/api/users', {
      email: 'Phong.Vien@Test.local',
      password: PASSWORD,
      displayName: '  Lo\u0300 Va\u0306n  Ðức ',
      penName: 'Ðức\u200b Lò',
      role: 'reporter',
    });
    expect(res.status).toBe(201);
    expect(res.body.email).toBe('phong.vien@test.local');
    expect(res.body.displayName).toBe('Lò Văn Đức');
    expect(res.body.penName).toBe('Đức Lò');
    expect(JSON.stringify(res.body)).not.toMatch(/argon|hash/i);
    const list = await t.admin.get('/api/users');
    expect(JSON.stringify(list.body)).not.toMatch(/argon|password/i);
  });

  it('refuses bad input with 400 naming the field, and writes nothing', async () => {
    const before = await count('users');
    const cases: [Record<string, unknown>, RegExp][] = [
      [{ email: 'not-an-email', password: PASSWORD, displayName: 'A', role: 'reporter' }, /email/],
      [{ email: 'x@test.local', password: PASSWORD, displayName: 'A', role: 'chief' }, /role/],
      [
        { email: 'x@test.local', password: 'short', displayName: 'A', role: 'reporter' },
        /password/,
      ],
      [
        {
          email: 'x@test.local',
          password: PASSWORD,
          displayName: 'A',
          role: 'reporter',
          active: false,
          id: 'x',
        },
        /active|id/,
      ],
      [{ email: 'x@test.local', password: PASSWORD, role: 'reporter' }, /displayName/],
    ];
    for (const [body, re] of cases) {
      const res = await t.admin.post('/api/users', body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.body.message).toMatch(re);
    }
    const proto = await t.admin.post(
      '/api/users',
      '{"email":"p@test.local","password":"mat-khau-dai-1","displayName":"A","role":"reporter","__proto__":{"role":"admin"}}',
    );
    expect(proto.status).toBe(400);
    expect(await count('users')).toBe(before);
  });

  it('refuses a duplicate email with 409', async () => {
    const body = {
      email: 'trung@test.local',
      password: PASSWORD,
      displayName: 'Trùng',
      role: 'reporter',
    };
    expect((await t.admin.post('/api/users', body)).status).toBe(201);
    expect((await t.admin.post('/api/users', { ...body, email: 'TRUNG@test.local' })).status).toBe(
      409,
    );
  });

  it('reporters and editors cannot list, create or change users', async () => {
    for (const role of ['reporter', 'editor'] as const) {
      const c = await t.user(role);
      expect((await c.get('/api/users')).status).toBe(403);
      expect(
        (
          await c.post('/api/users', {
            email: 'y@test.local',
            password: PASSWORD,
            displayName: 'Y',
            role: 'admin',
          })
        ).status,
      ).toBe(403);
      expect((await c.patch(`/api/users/${c.user!.id}`, { role: 'admin' })).status).toBe(403);
      expect((await c.patch('/api/auth/me', { role: 'admin' })).status).toBe(400);
      expect((await c.get('/api/auth/me')).body.user.role).toBe(role);
    }
  });

  it('an admin cannot change their own role or deactivate themselves', async () => {
    const id = t.admin.user!.id;
    expect((await t.admin.patch(`/api/users/${id}`, { role: 'editor' })).status).toBe(403);
    expect((await t.admin.patch(`/api/users/${id}`, { active: false })).status).toBe(403);
    expect((await t.admin.get('/api/auth/me')).body.user.role).toBe('admin');
  });

  it('the last active admin cannot be demoted or deactivated by another admin', async () => {
    const second = await t.user('admin');
    const editor = await t.user('editor');
    // With two admins, one may demote the other.
    expect((await second.patch(`/api/users/${t.admin.user!.id}`, { role: 'editor' })).status).toBe(
      200,
    );
    expect((await t.admin.get('/api/users')).status).toBe(401);
    // Promote the editor, who then deactivates `second`: one admin is left.
    expect((await second.patch(`/api/users/${editor.user!.id}`, { role: 'admin' })).status).toBe(
      200,
    );
    const third = t.client();
    await third.login(editor.user!.email, PASSWORD);
    expect((await third.patch(`/api/users/${second.user!.id}`, { active: false })).status).toBe(
      200,
    );
    const admins = await t.db.one<{ n: number }>(
      `SELECT count(*)::int AS n FROM users WHERE role = 'admin' AND active`,
    );
    expect(admins!.n).toBe(1);
    // The last admin cannot leave the role: not by themselves, and no other admin exists to do it.
    expect((await third.patch(`/api/users/${third.user!.id}`, { role: 'reporter' })).status).toBe(
      403,
    );
    // Put the original admin back for the other tests.
    expect((await third.patch(`/api/users/${t.admin.user!.id}`, { role: 'admin' })).status).toBe(
      200,
    );
    expect((await t.admin.login('admin@test.local', 'mat-khau-quan-tri-1')).status).toBe(200);
    // Two admins again: demoting the third is fine; then the original is the last and stays.
    expect((await t.admin.patch(`/api/users/${third.user!.id}`, { active: false })).status).toBe(
      200,
    );
    const last = await t.db.one<{ n: number }>(
      `SELECT count(*)::int AS n FROM users WHERE role = 'admin' AND active`,
    );
    expect(last!.n).toBe(1);
  });

  it('two admins demoting each other at once: exactly one succeeds', async () => {
    const a = await t.user('admin');
    // Only t.admin and `a` are active admins now (earlier tests left one).
    const [r1, r2] = await Promise.all([
      a.patch(`/api/users/${t.admin.user!.id}`, { role: 'editor' }),
      t.admin.patch(`/api/users/${a.user!.id}`, { role: 'editor' }),
    ]);
    // The loser gets 409 (last admin), or 401 when the winner's demotion already ended its session.
    expect([r1.status, r2.status].filter((s) => s === 200)).toHaveLength(1);
    expect([r1.status, r2.status].filter((s) => s !== 200)[0]).toBeOneOf([401, 409]);
    const admins = await t.db.one<{ n: number }>(
      `SELECT count(*)::int AS n FROM users WHERE role = 'admin' AND active`,
    );
    expect(admins!.n).toBe(1);
    if (r1.status === 200) {
      expect((await a.patch(`/api/users/${t.admin.user!.id}`, { role: 'admin' })).status).toBe(200);
      expect((await t.admin.login('admin@test.local', 'mat-khau-quan-tri-1')).status).toBe(200);
    }
  });

  it('deactivation stops sessions and tokens at once; a role change stops sessions', async () => {
    const c = await t.user('reporter');
    const token = (await c.post('/api/tokens', { name: 'script' })).body.token as string;
    const bearer = c.withToken(token);
    expect((await t.admin.patch(`/api/users/${c.user!.id}`, { role: 'editor' })).status).toBe(200);
    expect((await c.get('/api/auth/me')).status).toBe(401);
    expect((await bearer.get('/api/auth/me')).body.user.role).toBe('editor');
    expect((await t.admin.patch(`/api/users/${c.user!.id}`, { active: false })).status).toBe(200);
    expect((await bearer.get('/api/auth/me')).status).toBe(401);
    expect((await t.client().login(c.user!.email, PASSWORD)).status).toBe(401);
    expect((await t.admin.patch(`/api/users/${c.user!.id}`, { active: true })).status).toBe(200);
    expect((await bearer.get('/api/auth/me')).status).toBe(200);
  });

  it('a password reset by an admin ends the user’s sessions', async () => {
    const c = await t.user('reporter');
    expect(
      (await t.admin.patch(`/api/users/${c.user!.id}`, { password: 'mat-khau-dat-lai-1' })).status,
    ).toBe(200);
    expect((await c.get('/api/auth/me')).status).toBe(401);
    expect((await t.client().login(c.user!.email, 'mat-khau-dat-lai-1')).status).toBe(200);
  });

  it('parses ids strictly', async () => {
    expect((await t.admin.patch('/api/users/123', { active: true })).status).toBe(400);
    expect(
      (await t.admin.patch('/api/users/00000000-0000-4000-8000-000000000000', { active: true }))
        .status,
    ).toBe(404);
  });
});
