import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import openapiTS, { astToString } from 'openapi-typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, TestApp } from '../support/app';

// The admin app's API types are generated from the OpenAPI document (npm run api:generate);
// this test fails when the checked-in file is stale.
const TARGET = join(__dirname, '../../apps/admin/src/api/schema.d.ts');
const HEADER =
  "// Generated from the API's OpenAPI document by `npm run api:generate`. Do not edit.\n";

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t?.close());

describe('OpenAPI document', () => {
  it('is served at /api/docs and lists the contract routes', async () => {
    const res = await t.client().get('/api/docs/openapi.json');
    expect(res.status).toBe(200);
    const paths = Object.keys(res.body.paths);
    for (const p of [
      '/api/auth/login',
      '/api/auth/me',
      '/api/tokens',
      '/api/users',
      '/api/users/{id}',
      '/api/audit',
    ]) {
      expect(paths).toContain(p);
    }
    const html = await t.client().get('/api/docs');
    expect(html.status).toBe(200);
    expect(html.text).toMatch(/swagger/i);
  });

  it('matches the generated admin types', async () => {
    const doc = (await t.client().get('/api/docs/openapi.json')).body;
    const generated = HEADER + astToString(await openapiTS(doc));
    if (process.env.UPDATE_OPENAPI === '1') {
      mkdirSync(dirname(TARGET), { recursive: true });
      writeFileSync(TARGET, generated);
    }
    expect(existsSync(TARGET), 'run npm run api:generate').toBe(true);
    expect(
      readFileSync(TARGET, 'utf8'),
      'apps/admin/src/api/schema.d.ts is stale: run npm run api:generate',
    ).toBe(generated);
  });
});
