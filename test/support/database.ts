import { randomBytes } from 'node:crypto';
import { Client } from 'pg';

export const SERVER_URL = process.env.TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

/** Which engine the tests run on: `pg` (a fresh database on the local server) or `embedded` (PGlite). */
export function testEngine(): 'pg' | 'embedded' {
  return process.env.TEST_DB === 'embedded' ? 'embedded' : 'pg';
}

export interface TestDatabase {
  url: string | null;
  drop(): Promise<void>;
}

/** A fresh database for one test file, dropped afterwards; null url means embedded. */
export async function createTestDatabase(): Promise<TestDatabase> {
  if (testEngine() === 'embedded') return { url: null, drop: async () => undefined };
  const name = `toasoan_test_${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`;
  const admin = new Client({ connectionString: SERVER_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = SERVER_URL.replace(/\/[^/]*$/, `/${name}`);
  return {
    url,
    async drop() {
      const c = new Client({ connectionString: SERVER_URL });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}
