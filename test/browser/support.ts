import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterEach, expect } from 'vitest';
import { projectRoot } from '../../apps/api/src/app';
import { PASSWORD, startTestApp, type TestApp } from '../support/app';

export { ADMIN, PASSWORD } from '../support/app';
export type { TestApp };

export const ARTIFACTS = join(projectRoot(), 'test-artifacts', 'screenshots');

/** The admin must be built first (`npm run build:admin`; `npm test` does it). */
export function assertAdminBuilt(): void {
  const index = join(projectRoot(), 'dist', 'admin', 'index.html');
  if (!existsSync(index)) throw new Error('dist/admin is missing: run `npm run build:admin` first');
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** The running app and a browser, for one test file. */
export async function startBrowserApp(): Promise<{ app: TestApp; browser: Browser }> {
  assertAdminBuilt();
  const [app, browser] = await Promise.all([startTestApp(), launchBrowser()]);
  return { app, browser };
}

const openPages = new Set<Page>();

/** A fresh context (own cookies and storage) at 1280×800 unless told otherwise; Vietnamese UI. */
export async function newPage(
  browser: Browser,
  options: { width?: number; height?: number } = {},
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    viewport: { width: options.width ?? 1280, height: options.height ?? 800 },
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
  });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  openPages.add(page);
  page.on('close', () => openPages.delete(page));
  page.on('pageerror', (e) => console.error('[browser error]', e.message));
  return { context, page };
}

// A failing test leaves a picture of every page still open.
afterEach(async (ctx) => {
  if (ctx.task.result?.state !== 'fail') return;
  let i = 0;
  for (const page of openPages) {
    if (page.isClosed()) continue;
    await screenshot(page, `FAILED-${ctx.task.name}-${i++}`).catch(() => undefined);
  }
});

/** Saves test-artifacts/screenshots/<name>.png and returns its path. */
export async function screenshot(page: Page, name: string, fullPage = true): Promise<string> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const file = join(ARTIFACTS, `${name.replace(/[^\p{L}\p{N}._-]+/gu, '-').slice(0, 120)}.png`);
  await page.screenshot({ path: file, fullPage });
  return file;
}

/** Logs in through the login form and waits for the home screen. */
export async function loginUI(
  page: Page,
  app: TestApp,
  email: string,
  password: string,
  options: { expectHome?: boolean } = {},
): Promise<void> {
  await page.goto(`${app.url}/admin/login`);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel(/^(Mật khẩu|Password)/).fill(password);
  await page.getByRole('button', { name: /^(Đăng nhập|Log in)$/ }).click();
  if (options.expectHome !== false) {
    await page.getByTestId('home-welcome').waitFor();
    expect(new URL(page.url()).pathname).toMatch(/^\/admin\/?$/);
  }
}

/** Creates a user through the API; returns its email (password: PASSWORD). */
export async function createUser(
  app: TestApp,
  role: 'reporter' | 'editor' | 'admin',
  displayName: string,
): Promise<{ id: string; email: string }> {
  const email = `${role}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 6)}@test.local`;
  const res = await app.admin.post('/api/users', {
    email,
    password: PASSWORD,
    displayName,
    penName: displayName,
    role,
  });
  if (res.status !== 201) throw new Error(`create user: ${res.status} ${res.text}`);
  return { id: res.body.id, email };
}
