import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ADMIN,
  createUser,
  loginUI,
  newPage,
  PASSWORD,
  screenshot,
  startBrowserApp,
  type TestApp,
} from './support';

let app: TestApp;
let browser: Browser;

beforeAll(async () => {
  ({ app, browser } = await startBrowserApp());
});
afterAll(async () => {
  await browser?.close();
  await app?.close();
});

describe('logging in', () => {
  it('a wrong password shows the error and stays on the login page', async () => {
    const { page, context } = await newPage(browser);
    await page.goto(`${app.url}/admin/`);
    // Not logged in: the login page, with where to come back to.
    await page.getByRole('button', { name: 'Đăng nhập' }).waitFor();
    await screenshot(page, 'login');
    await loginUI(page, app, ADMIN.email, 'sai-mat-khau-roi', { expectHome: false });
    await expect
      .poll(() => page.getByTestId('login-error').textContent())
      .toBe('Email hoặc mật khẩu không đúng.');
    expect(new URL(page.url()).pathname).toBe('/admin/login');
    await screenshot(page, 'login-wrong-password');
    await context.close();
  });

  it('the admin logs in and lands on the home screen with their name', async () => {
    const { page, context } = await newPage(browser);
    await loginUI(page, app, ADMIN.email, ADMIN.password);
    await expect.poll(() => page.getByTestId('home-welcome').textContent()).toContain('Quản trị');
    await expect.poll(() => page.locator('[data-nav="users"]').count()).toBe(1);
    await screenshot(page, 'home-admin');
    await context.close();
  });

  it('a deep link survives the login: the user comes back to the page they asked for', async () => {
    const { page, context } = await newPage(browser);
    await page.goto(`${app.url}/admin/tokens`);
    await page.waitForURL(/\/admin\/login\?next=%2Ftokens/);
    await page.getByLabel('Email').fill(ADMIN.email);
    await page.getByLabel(/^Mật khẩu/).fill(ADMIN.password);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.waitForURL(`${app.url}/admin/tokens`);
    await context.close();
  });

  it('an ended session sends the user to the login page without wiping localStorage', async () => {
    const { page, context } = await newPage(browser);
    await loginUI(page, app, ADMIN.email, ADMIN.password);
    await page.evaluate(() => localStorage.setItem('toasoan.draft.test', 'bản nháp chưa lưu'));
    await page.goto(`${app.url}/admin/sessions`);
    await page.getByRole('heading', { name: 'Phiên đăng nhập' }).waitFor();
    // The session ends on the server (expiry, logout elsewhere): the next request gets 401.
    await context.clearCookies();
    await page.getByRole('link', { name: 'Khóa API của tôi' }).click();
    await page.waitForURL(/\/admin\/login\?next=/);
    await page.getByText('Phiên làm việc đã hết').waitFor();
    expect(await page.evaluate(() => localStorage.getItem('toasoan.draft.test'))).toBe(
      'bản nháp chưa lưu',
    );
    await context.close();
  });

  it('a reporter sees no Users menu and gets no Users page by URL', async () => {
    const reporter = await createUser(app, 'reporter', 'Sầm Phúc');
    const { page, context } = await newPage(browser);
    await loginUI(page, app, reporter.email, PASSWORD);
    await expect.poll(() => page.getByTestId('home-welcome').textContent()).toContain('Sầm Phúc');
    expect(await page.locator('[data-nav="users"]').count()).toBe(0);
    expect(await page.locator('[data-nav="audit"]').count()).toBe(0);
    expect(await page.getByRole('link', { name: 'Người dùng' }).count()).toBe(0);
    await screenshot(page, 'home-reporter');
    await page.goto(`${app.url}/admin/users`);
    await page.getByText('Không có quyền').waitFor();
    expect(await page.getByRole('table').count()).toBe(0);
    await screenshot(page, 'users-forbidden-reporter');
    await context.close();
  });
});
