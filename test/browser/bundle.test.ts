import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { projectRoot } from '../../apps/api/src/app';
import { newPage, startBrowserApp, type TestApp } from './support';

let app: TestApp;
let browser: Browser;

beforeAll(async () => {
  ({ app, browser } = await startBrowserApp());
});
afterAll(async () => {
  await browser?.close();
  await app?.close();
});

const ASSETS = join(projectRoot(), 'dist', 'admin', 'assets');
const gzipKb = (file: string) =>
  gzipSync(readFileSync(join(ASSETS, file)), { level: 9 }).length / 1024;

// What a newsroom on a slow provincial connection downloads before it can log in.
const LOGIN_JS_BUDGET_KB = 250;

it(`the login page loads under ${LOGIN_JS_BUDGET_KB} KB of gzipped JavaScript`, async () => {
  const { page, context } = await newPage(browser);
  const scripts = new Set<string>();
  page.on('response', (res) => {
    const path = new URL(res.url()).pathname;
    if (path.startsWith('/admin/assets/') && path.endsWith('.js'))
      scripts.add(path.slice('/admin/assets/'.length));
  });
  await page.goto(`${app.url}/admin/login`);
  await page.getByRole('button', { name: 'Đăng nhập' }).waitFor();
  await page.waitForLoadState('networkidle');
  await context.close();

  const sizes = [...scripts].map((f) => ({ file: f, kb: gzipKb(f) })).sort((a, b) => b.kb - a.kb);
  const total = sizes.reduce((s, x) => s + x.kb, 0);
  const all = readdirSync(ASSETS).filter((f) => f.endsWith('.js'));
  const editor = all.filter((f) => /^(editor|Editor)/.test(f));
  console.log(
    `login page JS: ${total.toFixed(1)} KB gzip in ${sizes.length} files\n` +
      sizes.map((s) => `  ${s.file}: ${s.kb.toFixed(1)} KB`).join('\n') +
      (editor.length
        ? `\neditor chunks (not loaded by the login page): ` +
          editor.map((f) => `${f} ${gzipKb(f).toFixed(1)} KB`).join(', ')
        : ''),
  );
  expect(total).toBeLessThan(LOGIN_JS_BUDGET_KB);
  // The editor's libraries never load on the login page.
  for (const f of scripts) expect(f).not.toMatch(/^editor/i);
});
