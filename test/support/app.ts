import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp, RunningApp } from '../../apps/api/src/app';
import { AppConfig, loadConfig } from '../../apps/api/src/config/config';
import { Database } from '../../apps/api/src/database/database.service';
import { Client } from './client';
import { createTestDatabase } from './database';

export const ADMIN = { email: 'admin@test.local', password: 'mat-khau-quan-tri-1' };
export const PASSWORD = 'mat-khau-thu-nghiem-1';

export interface TestApp {
  url: string;
  config: AppConfig;
  running: RunningApp;
  db: Database;
  dataDir: string;
  /** A logged-in admin client. */
  admin: Client;
  client(): Client;
  /** Creates a user with this role (through the API) and returns a logged-in client. */
  user(
    role: 'reporter' | 'editor' | 'admin',
    fields?: { displayName?: string; penName?: string },
  ): Promise<Client>;
  close(): Promise<void>;
}

let counter = 0;

/** Starts the real app on a fresh database (local PostgreSQL, or PGlite with TEST_DB=embedded). */
export async function startTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  const database = await createTestDatabase();
  const dataDir = mkdtempSync(join(tmpdir(), 'toasoan-test-'));
  const config = loadConfig({
    PORT: '0',
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    SEED_DEMO: 'false',
    ADMIN_EMAIL: ADMIN.email,
    ADMIN_PASSWORD: ADMIN.password,
    LOGIN_MAX_FAILURES_PER_IP: '100000',
    ...(database.url ? { DATABASE_URL: database.url } : {}),
    ...env,
  });
  const running = await createApp(config, { logger: ['error'] });
  const url = running.url.replace('localhost', '127.0.0.1');
  const admin = new Client(url);
  const login = await admin.login(ADMIN.email, ADMIN.password);
  if (login.status !== 200) throw new Error(`admin login failed: ${login.status} ${login.text}`);
  return {
    url,
    config,
    running,
    db: running.app.get(Database),
    dataDir,
    admin,
    client: () => new Client(url),
    async user(role, fields = {}) {
      const n = ++counter;
      const email = `${role}${n}-${Date.now().toString(36)}@test.local`;
      const created = await admin.post('/api/users', {
        email,
        password: PASSWORD,
        displayName: fields.displayName ?? `Người dùng ${n}`,
        penName: fields.penName ?? `Bút danh ${n}`,
        role,
      });
      if (created.status !== 201)
        throw new Error(`create user failed: ${created.status} ${created.text}`);
      const c = new Client(url);
      const res = await c.login(email, PASSWORD);
      if (res.status !== 200) throw new Error(`login failed: ${res.status} ${res.text}`);
      return c;
    },
    async close() {
      await running.close();
      await database.drop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
