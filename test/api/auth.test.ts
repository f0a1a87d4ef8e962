import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN, PASSWORD, startTestApp, TestApp } from '../support/app';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ LOGIN_MAX_FAILURES: '3' });
});
afterAll(() => t?.close());

describe('login, sessions and CSRF', () => {
  it('logs in with an httpOnly SameSite cookie and returns the user, CSRF token and permissions', async () => {
    const res = await t.client().request('POST', '/api/auth/login', ADMIN);
    expect(res.status).toBe(200);
    expect(res.body.user.email).toBe(ADMIN.email);
    expect(res.body.user.passwordHash).toBeUndefined();
    expect(res.body.csrfToken).toMatch(/^[\w-]{20,}$/);
    expect(res.body.permissions).toContain('users.manage');
    const cookie = res.headers.getSetCookie().join('\n');
    expect(cookie).toMatch(/tsn_session=/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
  });

  it('answers a wrong password and an unknown email with the same 401', async () => {
    const reporter = await t.user('reporter');
    const wrong = await t.client().login(reporter.user!.email, 'sai-mat-khau-123');
    const unknown = await t.client().login('khong-co@test.local', 'sai-mat-khau-123');
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.body.message).toBe(unknown.body.message);
  });

  it('refuses a malformed login body with 400 naming the field', async () => {
    const res = await t
      .client()
      .request('POST', '/api/auth/login', { email: { $gt: '' }, password: 'x' });
    expect(res.status).toBe(400);
    expect(res.body.message).toMatch(/email/);
    const res2 = await t.client().request('POST', '/api/auth/login', { email: 'a@b.c' });
    expect(res2.status).toBe(400);
    expect(res2.body.message).toMatch(/password/);
  });

  it('throttles an account after repeated failures, even with the right password', async () => {
    const reporter = await t.user('reporter');
    const email = reporter.user!.email;
    for (let i = 0; i < 3; i++)
      expect((await t.client().login(email, 'sai-mat-khau-123')).status).toBe(401);
    expect((await t.client().login(email, 'sai-mat-khau-123')).status).toBe(429);
    expect((await t.client().login(email, PASSWORD)).status).toBe(429);
    expect((await t.client().login(email.toUpperCase(), PASSWORD)).status).toBe(429);
  });

  it('throttles per IP', async () => {
    const other = await startTestApp({ LOGIN_MAX_FAILURES_PER_IP: '4' });
    try {
      for (let i = 0; i < 4; i++)
        await other.client().login(`nobody${i}@test.local`, 'sai-mat-khau-123');
      expect(
        (await other.client().login('nobody-else@test.local', 'sai-mat-khau-123')).status,
      ).toBe(429);
    } finally {
      await other.close();
    }
  }, 180_000);

  it('needs a login for the API', async () => {
    const res = await t.client().get('/api/auth/me');
    expect(res.status).toBe(401);
    expect(res.body).toMatchObject({ statusCode: 401, error: 'Unauthorized' });
  });

  it('refuses a cookie write without the CSRF header, and accepts it with the header', async () => {
    const c = await t.user('reporter');
    const csrf = c.csrf;
    c.csrf = null;
    const refused = await c.patch('/api/auth/me', { displayName: 'Tên mới' });
    expect(refused.status).toBe(403);
    expect(refused.body.message).toMatch(/X-CSRF-TOKEN/);
    expect((await c.get('/api/auth/me')).body.user.displayName).not.toBe('Tên mới');
    c.csrf = csrf;
    const ok = await c.patch('/api/auth/me', { displayName: '  Tên   mới ' });
    expect(ok.status).toBe(200);
    expect(ok.body.user.displayName).toBe('Tên mới');
  });

  it('logs out: the cookie stops working', async () => {
    const c = await t.user('editor');
    expect((await c.post('/api/auth/logout')).status).toBe(204);
    expect((await c.get('/api/auth/me')).status).toBe(401);
  });

  it('changing the own password needs the current one and ends other sessions', async () => {
    const a = await t.user('reporter');
    const b = t.client();
    await b.login(a.user!.email, PASSWORD);
    const wrong = await a.patch('/api/auth/me', {
      currentPassword: 'khong-dung-1',
      newPassword: 'mat-khau-moi-dai',
    });
    expect(wrong.status).toBe(400);
    const ok = await a.patch('/api/auth/me', {
      currentPassword: PASSWORD,
      newPassword: 'mat-khau-moi-dai',
    });
    expect(ok.status).toBe(200);
    expect((await a.get('/api/auth/me')).status).toBe(200);
    expect((await b.get('/api/auth/me')).status).toBe(401);
    expect((await t.client().login(a.user!.email, 'mat-khau-moi-dai')).status).toBe(200);
  });
});

describe('personal API tokens', () => {
  it('creates a token shown once, stored hashed, usable as Bearer without CSRF, revocable', async () => {
    const c = await t.user('reporter');
    const created = await c.post('/api/tokens', { name: 'Kịch bản nhập bài' });
    expect(created.status).toBe(201);
    expect(created.body.token).toMatch(/^tsn_/);
    const rows = await t.db.query<{ token_hash: string }>(
      `SELECT token_hash FROM api_tokens WHERE id = $1`,
      [created.body.id],
    );
    expect(rows[0].token_hash).not.toContain(created.body.token);
    const listed = await c.get('/api/tokens');
    expect(listed.body).toHaveLength(1);
    expect(JSON.stringify(listed.body)).not.toContain(created.body.token);
    const bearer = c.withToken(created.body.token);
    expect((await bearer.get('/api/auth/me')).body.user.email).toBe(c.user!.email);
    expect((await bearer.patch('/api/auth/me', { penName: 'Bút danh mới' })).status).toBe(200);
    // A token passes the same permission checks as a session.
    expect((await bearer.get('/api/users')).status).toBe(403);
    expect((await c.delete(`/api/tokens/${created.body.id}`)).status).toBe(204);
    expect((await bearer.get('/api/auth/me')).status).toBe(401);
  });

  it('a user cannot revoke another user’s token', async () => {
    const a = await t.user('reporter');
    const b = await t.user('reporter');
    const created = await a.post('/api/tokens', { name: 'a' });
    expect((await b.delete(`/api/tokens/${created.body.id}`)).status).toBe(404);
    expect((await a.withToken(created.body.token).get('/api/auth/me')).status).toBe(200);
  });

  it('refuses unknown fields and bad ids', async () => {
    const c = await t.user('reporter');
    const res = await c.post('/api/tokens', { name: 'x', userId: t.admin.user!.id });
    expect(res.status).toBe(400);
    expect(res.body.message).toMatch(/userId/);
    expect((await c.delete('/api/tokens/1')).status).toBe(400);
  });
});
