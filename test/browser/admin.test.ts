import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN, loginUI, newPage, screenshot, startBrowserApp, type TestApp } from './support';

let app: TestApp;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  ({ app, browser } = await startBrowserApp());
  ({ page } = await newPage(browser));
  await loginUI(page, app, ADMIN.email, ADMIN.password);
});
afterAll(async () => {
  await browser?.close();
  await app?.close();
});

const nav = (name: string) => page.locator(`[data-nav="${name}"]`).click();

describe('the admin screens', () => {
  it('an admin creates a user, then changes their role and deactivates them', async () => {
    await nav('users');
    await page.getByRole('heading', { name: 'Người dùng' }).waitFor();
    await page.getByRole('button', { name: 'Thêm người dùng' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Họ tên').fill('Lò Văn Pọm');
    await dialog.getByLabel('Bút danh').fill('Văn Pọm');
    await dialog.getByLabel('Email').fill('not-an-email');
    await dialog.getByLabel(/^Mật khẩu ban đầu/).fill('mat-khau-moi-12345');
    await dialog.getByRole('button', { name: 'Tạo tài khoản' }).click();
    // The API's validation message shows under the field it names.
    await dialog.getByText('email must be an email address').waitFor();
    await screenshot(page, 'users-create-error');
    await dialog.getByLabel('Email').fill('lo.van.pom@baodienbienphu.vn');
    await dialog.getByRole('button', { name: 'Tạo tài khoản' }).click();
    await dialog.waitFor({ state: 'detached' });
    const row = page.locator('tr[data-user="lo.van.pom@baodienbienphu.vn"]');
    await row.waitFor();
    expect(await row.getByLabel('Vai trò của Lò Văn Pọm').inputValue()).toBe('Phóng viên');

    await row.getByLabel('Vai trò của Lò Văn Pọm').click();
    await page.getByRole('option', { name: 'Biên tập viên' }).click();
    await page.getByText('Lò Văn Pọm giờ là Biên tập viên.').waitFor();
    const users = await app.admin.get('/api/users');
    const created = users.body.find(
      (u: { email: string }) => u.email === 'lo.van.pom@baodienbienphu.vn',
    );
    expect(created.role).toBe('editor');

    await row.getByRole('button', { name: 'Khóa tài khoản Lò Văn Pọm' }).click();
    await row.getByText('Đã khóa').waitFor();
    // The admin's own row: no role change, no deactivation.
    const own = page.locator(`tr[data-user="${ADMIN.email}"]`);
    expect(await own.getByRole('button', { name: /^Khóa tài khoản/ }).isDisabled()).toBe(true);
    await screenshot(page, 'users');
  });

  it('a new API token shows its secret once, with a copy button, and can be revoked', async () => {
    await nav('tokens');
    await page.getByRole('button', { name: 'Tạo khóa mới' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Tên khóa').fill('Script nhập tin');
    await dialog.getByRole('button', { name: 'Tạo' }).click();
    const secret = page.getByTestId('token-secret-value');
    await secret.waitFor();
    const token = (await secret.textContent())!;
    expect(token).toMatch(/^tsn_/);
    expect(
      await page.getByTestId('token-secret').getByRole('button', { name: 'Sao chép' }).count(),
    ).toBe(1);
    // The dialog has closed (its fade-out would otherwise veil the picture).
    await dialog.waitFor({ state: 'hidden' });
    await screenshot(page, 'tokens-created');
    // The secret works for scripts.
    const me = await app.client().withToken(token).get('/api/auth/me');
    expect(me.status).toBe(200);
    // Shown once: after leaving the screen it is gone for good, only the prefix is listed.
    await nav('home');
    await nav('tokens');
    const listed = page.locator('tr[data-token="Script nhập tin"]');
    await listed.waitFor();
    expect(await page.getByTestId('token-secret').count()).toBe(0);
    expect(await page.content()).not.toContain(token);
    expect(await listed.textContent()).toContain(token.slice(0, 10));

    await listed.getByRole('button', { name: 'Thu hồi khóa Script nhập tin' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Thu hồi' }).click();
    await listed.waitFor({ state: 'detached' });
    expect((await app.client().withToken(token).get('/api/auth/me')).status).toBe(401);
  });

  it('the audit log lists events, filters them, and "Kiểm tra chuỗi" says the chain is intact', async () => {
    await nav('audit');
    await page.getByTestId('audit-table').waitFor();
    expect(await page.locator('tr[data-audit-action="user.create"]').count()).toBeGreaterThan(0);
    await page.getByLabel('Hành động').fill('token.');
    await page.getByRole('button', { name: 'Lọc', exact: true }).click();
    await expect.poll(() => page.locator('tr[data-audit-action="user.create"]').count()).toBe(0);
    expect(await page.locator('tr[data-audit-action="token.create"]').count()).toBe(1);
    await page.getByRole('button', { name: 'Kiểm tra chuỗi' }).click();
    const result = page.getByTestId('audit-verify-result');
    await result.waitFor();
    expect(await result.textContent()).toContain('Chuỗi nhật ký nguyên vẹn');
    await screenshot(page, 'audit');
    await page.getByText('Dòng thời gian').click();
    await page.getByTestId('audit-timeline').waitFor();
    await screenshot(page, 'audit-timeline');
  });

  it('the sessions and profile screens show', async () => {
    await nav('sessions');
    await page.getByText('Phiên này').waitFor();
    await screenshot(page, 'sessions');
    await nav('profile');
    await page.getByRole('heading', { name: 'Đổi mật khẩu' }).waitFor();
    await screenshot(page, 'profile');
  });

  it('switches the language to English and back, remembered across a reload', async () => {
    await nav('home');
    await page.getByTestId('user-menu').click();
    await page.getByRole('menuitem', { name: 'English' }).click();
    await page.getByRole('heading', { name: 'Home' }).waitFor();
    expect(await page.locator('[data-nav="users"]').textContent()).toBe('Users');
    await page.reload();
    await page.getByRole('heading', { name: 'Home' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await screenshot(page, 'home-english');
    await page.getByTestId('user-menu').click();
    await page.getByRole('menuitem', { name: 'Tiếng Việt' }).click();
    await page.getByRole('heading', { name: 'Trang chủ' }).waitFor();
    expect(await page.locator('[data-nav="users"]').textContent()).toBe('Người dùng');
  });

  it('at tablet width the menu hides behind a burger that opens it', async () => {
    const { page: tablet, context } = await newPage(browser, { width: 768, height: 1024 });
    await loginUI(tablet, app, ADMIN.email, ADMIN.password);
    // Closed: off screen and out of the tab order.
    const navbar = tablet.locator('#tsn-navbar');
    expect(await navbar.evaluate((el) => (el as HTMLElement).inert)).toBe(true);
    const box = await navbar.boundingBox();
    expect(box!.x + box!.width).toBeLessThanOrEqual(0);
    await screenshot(tablet, 'tablet-home');
    await tablet.getByRole('button', { name: 'Mở menu' }).click();
    await tablet.locator('[data-nav="users"]').click();
    await tablet.getByRole('heading', { name: 'Người dùng' }).waitFor();
    // Choosing a screen closes the menu again (wait for its slide to end before the picture).
    await expect
      .poll(async () => {
        const b = await navbar.boundingBox();
        return b!.x + b!.width;
      })
      .toBeLessThanOrEqual(0);
    await screenshot(tablet, 'tablet-users');
    await context.close();
  });
});
