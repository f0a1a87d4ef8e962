import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
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

const status = (page: Page) => page.getByTestId('save-status');
const waitStatus = (page: Page, text: string) =>
  expect.poll(() => status(page).textContent(), { timeout: 20_000 }).toBe(text);

async function typeInBody(page: Page, text: string) {
  const body = page.locator('.ProseMirror');
  const empty = ((await body.textContent()) ?? '').trim() === '';
  await body.click();
  await page.keyboard.press('Control+End');
  if (!empty) await page.keyboard.press('Enter');
  await page.keyboard.type(text);
}

const doc = (...paragraphs: string[]) => ({
  type: 'doc',
  content: paragraphs.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })),
});

describe('the editor', () => {
  it('a reporter sees neither a publish button nor the Users menu', async () => {
    const reporter = await createUser(app, 'reporter', 'Quàng Văn Dũng');
    const { page, context } = await newPage(browser);
    await loginUI(page, app, reporter.email, PASSWORD);
    await page.getByTestId('new-article').first().click();
    await page.getByLabel('Tiêu đề').fill('Mùa hoa ban nở trắng núi rừng Tây Bắc');
    await page.getByRole('button', { name: 'Tạo bản nháp' }).click();
    await page.locator('[data-action=submit]').waitFor();
    expect(await page.locator('[data-action=publish]').count()).toBe(0);
    expect(await page.locator('[data-action=schedule]').count()).toBe(0);
    expect(await page.locator('[data-action=request_changes]').count()).toBe(0);
    expect(await page.locator('[data-nav=users]').count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Đăng bài' }).count()).toBe(0);
    // Ctrl+S saves at once.
    await page.getByTestId('title-input').fill('Mùa hoa ban nở trắng núi rừng Tây Bắc năm nay');
    await page.keyboard.press('Control+s');
    await waitStatus(page, 'Đã lưu');
    await screenshot(page, 'editor-reporter-draft');
    await context.close();
  });

  it('two people editing the same article get the conflict dialog and lose nothing', async () => {
    const reporter = await app.user('reporter', { displayName: 'Lò Văn Tâm', penName: 'Văn Tâm' });
    const created = await reporter.post('/api/articles', {
      title: 'Mường Lay chuẩn bị lễ hội đua thuyền',
      body: doc('Đoạn mở đầu.'),
    });
    expect(created.status).toBe(201);
    const id = created.body.id as string;
    expect(
      (await reporter.post(`/api/articles/${id}/transitions`, { action: 'submit' })).status,
    ).toBe(200);
    const hang = await createUser(app, 'editor', 'Minh Hằng');
    const son = await createUser(app, 'editor', 'Trần Sơn');

    const a = await newPage(browser);
    await loginUI(a.page, app, hang.email, PASSWORD);
    await a.page.goto(`${app.url}/admin/articles/${id}`);
    await a.page.locator('.ProseMirror').waitFor();

    const b = await newPage(browser);
    await loginUI(b.page, app, son.email, PASSWORD);
    await b.page.goto(`${app.url}/admin/articles/${id}`);
    await b.page.locator('.ProseMirror').waitFor();
    // Son opened it second: he is told Hằng has it open.
    await b.page.getByTestId('presence').getByText('Minh Hằng đang chỉnh sửa bài này.').waitFor();

    await typeInBody(a.page, 'Đoạn của chị Hằng: 12 đội thuyền tham gia.');
    await waitStatus(a.page, 'Đã lưu');

    await typeInBody(b.page, 'Đoạn của anh Sơn: lễ hội kéo dài 3 ngày.');
    const dialog = b.page.getByRole('dialog', { name: 'Bài đã được người khác lưu' });
    await dialog.waitFor();
    await expect
      .poll(() => dialog.getByTestId('conflict-mine').textContent())
      .toContain('Đoạn của anh Sơn');
    await expect
      .poll(() => dialog.getByTestId('conflict-theirs').textContent())
      .toContain('Đoạn của chị Hằng');
    await screenshot(b.page, 'editor-conflict');
    // The text stays on this device while the dialog is open.
    const kept = await b.page.evaluate((k) => localStorage.getItem(k), `toasoan.draft.${id}`);
    expect(kept).toContain('Đoạn của anh Sơn');

    await dialog.getByRole('button', { name: 'Giữ bản của tôi' }).click();
    await waitStatus(b.page, 'Đã lưu');
    const after = (await app.admin.get(`/api/articles/${id}`)).body;
    expect(JSON.stringify(after.body)).toContain('Đoạn của anh Sơn');
    // Hằng's text is not lost: it is a revision she can restore.
    const revisions = (await app.admin.get(`/api/articles/${id}/revisions`)).body as {
      n: number;
    }[];
    const texts = await Promise.all(
      revisions.map(async (r) =>
        JSON.stringify(
          (await app.admin.get(`/api/articles/${id}/revisions/${r.n}`)).body.snapshot.body,
        ),
      ),
    );
    expect(texts.some((t) => t.includes('Đoạn của chị Hằng'))).toBe(true);

    // Hằng types again on her old version: she gets the dialog too, and takes Sơn's version.
    await typeInBody(a.page, 'Thêm một câu.');
    const dialogA = a.page.getByRole('dialog', { name: 'Bài đã được người khác lưu' });
    await dialogA.waitFor();
    await dialogA.getByRole('button', { name: 'Dùng bản mới' }).click();
    await waitStatus(a.page, 'Đã lưu');
    await expect
      .poll(() => a.page.locator('.ProseMirror').textContent())
      .toContain('Đoạn của anh Sơn');
    await Promise.all([a.context.close(), b.context.close()]);
  });

  it('text typed while offline survives a reload while still offline, and is saved once back online', async () => {
    // The worker that lets the shell open offline is served fresh on every check.
    const sw = await app.client().get('/admin/sw.js');
    expect(sw.status).toBe(200);
    expect(sw.headers.get('content-type')).toMatch(/javascript/);
    expect(sw.headers.get('cache-control')).toBe('no-cache');
    expect(sw.text).toContain('/admin/assets/');

    const reporter = await createUser(app, 'reporter', 'Điêu Thị Lan');
    const { page, context } = await newPage(browser);
    await loginUI(page, app, reporter.email, PASSWORD);
    await page.getByTestId('new-article').first().click();
    await page.getByLabel('Tiêu đề').fill('Đường lên bản Huổi Só');
    await page.getByRole('button', { name: 'Tạo bản nháp' }).click();
    await page.waitForURL(/\/admin\/articles\/[0-9a-f-]{36}$/);
    const id = page.url().split('/').pop()!;
    await page.locator('.ProseMirror').waitFor();
    await waitStatus(page, 'Đã lưu');
    // The service worker has installed (every built file cached) and controls this page.
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    const worker = await page.evaluate(async () => {
      const reg = await navigator.serviceWorker.getRegistration();
      const cached: string[] = [];
      for (const name of await caches.keys())
        for (const req of await (await caches.open(name)).keys()) cached.push(req.url);
      return { scope: reg?.scope, cached };
    });
    expect(worker.scope).toBe(`${app.url}/admin/`);
    expect(worker.cached.some((u) => u.includes('/admin/assets/EditorPage-'))).toBe(true);
    expect(worker.cached.some((u) => u.endsWith('/admin/index.html'))).toBe(true);

    // Playwright (Chromium) applies setOffline to the service worker's own fetches as well
    // (its network is inspected unless PLAYWRIGHT_DISABLE_SERVICE_WORKER_NETWORK is set), so
    // this is a real "no network" for the page and the worker alike.
    await context.setOffline(true);
    await typeInBody(page, 'Viết trong lúc mất sóng ở bản Huổi Só.');
    await waitStatus(page, 'Lỗi lưu');
    await page.getByTestId('save-error').waitFor();
    await page.getByTestId('offline-badge').waitFor();
    await screenshot(page, 'editor-offline');
    // The server does not have it: only this browser does.
    expect(JSON.stringify((await app.admin.get(`/api/articles/${id}`)).body.body)).not.toContain(
      'mất sóng',
    );

    // Reload while STILL offline: the worker serves the shell, the editor opens the copy kept
    // in localStorage with the typed text.
    const reloaded = await page.reload();
    expect(reloaded?.fromServiceWorker()).toBe(true);
    await page.getByTestId('offline-copy').waitFor();
    await expect
      .poll(() => page.locator('.ProseMirror').textContent())
      .toContain('Viết trong lúc mất sóng ở bản Huổi Só.');
    expect(await page.getByTestId('title-input').inputValue()).toBe('Đường lên bản Huổi Só');
    await screenshot(page, 'editor-offline-reloaded');
    // Nothing from the API was ever kept by the worker.
    const cachedNow = await page.evaluate(async () => {
      const urls: string[] = [];
      for (const name of await caches.keys())
        for (const req of await (await caches.open(name)).keys()) urls.push(req.url);
      return urls;
    });
    expect(cachedNow.filter((u) => !new URL(u).pathname.startsWith('/admin/'))).toEqual([]);

    // Back online, the first save already carries a CSRF token (fetched before the write, as
    // the user remembered for offline use is kept without it): no refused write on the way.
    const refused: string[] = [];
    page.on('response', (r) => {
      if (r.request().method() !== 'GET' && r.status() === 403) refused.push(r.url());
    });
    await context.setOffline(false);
    await waitStatus(page, 'Đã lưu');
    expect(refused).toEqual([]);
    expect(JSON.stringify((await app.admin.get(`/api/articles/${id}`)).body.body)).toContain(
      'mất sóng',
    );
    expect(await page.evaluate((k) => localStorage.getItem(k), `toasoan.draft.${id}`)).toBeNull();
    await expect.poll(() => page.getByTestId('offline-copy').count()).toBe(0);
    await context.close();
  });

  it('an editor schedules with a reason-free picker and unpublish asks for a reason', async () => {
    const reporter = await app.user('reporter', { displayName: 'Cà Văn Hùng' });
    const created = await reporter.post('/api/articles', {
      title: 'Điện Biên đón 1.000 khách dịp lễ',
      lead: 'Du lịch khởi sắc.',
      body: doc('Khách đến tham quan di tích.'),
    });
    const id = created.body.id as string;
    await reporter.post(`/api/articles/${id}/transitions`, { action: 'submit' });
    const editor = await createUser(app, 'editor', 'Phạm Thu');
    const { page, context } = await newPage(browser, { width: 820, height: 1180 });
    await loginUI(page, app, editor.email, PASSWORD);
    await page.goto(`${app.url}/admin/articles/${id}`);
    await page.locator('[data-action=schedule]').click();
    const dialog = page.getByRole('dialog', { name: 'Hẹn giờ đăng' });
    await dialog.getByText('Giờ Việt Nam (GMT+7)').waitFor();
    await screenshot(page, 'editor-schedule-tablet');
    await dialog.getByRole('button', { name: 'Hủy' }).click();

    await page.locator('[data-action=publish]').click();
    await expect
      .poll(() => page.locator('[data-state]').first().getAttribute('data-state'))
      .toBe('published');
    await page.locator('[data-action=unpublish]').click();
    await page.getByTestId('transition-confirm').click();
    await page.getByText('Hãy ghi lý do.').waitFor();
    await page.getByTestId('transition-comment').fill('Sai số liệu, chờ đính chính.');
    await page.getByTestId('transition-confirm').click();
    await expect
      .poll(() => page.locator('[data-state]').first().getAttribute('data-state'))
      .toBe('unpublished');
    await context.close();
  });
});
