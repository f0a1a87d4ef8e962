import type { Browser } from 'playwright-core';
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

const doc = (text: string) => ({
  type: 'doc',
  content: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
});

/** A published article, written by a reporter and published by an editor through the API. */
async function published(title: string) {
  const reporter = await app.user('reporter', { displayName: 'Lường Văn Thắm' });
  const editor = await app.user('editor');
  const created = await reporter.post('/api/articles', { title, body: doc('Nội dung bài.') });
  const id = created.body.id as string;
  await reporter.post(`/api/articles/${id}/transitions`, { action: 'submit' });
  const p = await editor.post(`/api/articles/${id}/transitions`, { action: 'publish' });
  expect(p.status, p.text).toBe(200);
  return { id, number: p.body.number as number, slug: p.body.slug as string };
}

describe('comment moderation', () => {
  it('an editor approves and rejects readers’ comments, shown as text with Vietnamese times', async () => {
    const a = await published('Tuyến đường Tuần Giáo - Điện Biên được nâng cấp');
    const reader = app.client();
    const XSS = '<img src=x onerror="document.title=1">Tuyệt vời!';
    for (const c of [
      { name: 'Bạc Cầm Thu', body: 'Mong đường sớm xong trước mùa mưa.' },
      { name: '<b>Ẩn danh</b>', body: XSS },
    ]) {
      const r = await reader.post(`/api/public/articles/${a.number}/comments`, c);
      expect(r.status, r.text).toBe(201);
    }

    const editor = await createUser(app, 'editor', 'Nguyễn Thị Duyên');
    const { page, context } = await newPage(browser);
    await loginUI(page, app, editor.email, PASSWORD);
    await page.locator('[data-nav=comments]').click();
    await page.getByRole('heading', { name: 'Duyệt bình luận của bạn đọc' }).waitFor();
    await expect.poll(() => page.getByTestId('comments-count-pending').textContent()).toBe('2');
    const cards = page.getByTestId('comment');
    await expect.poll(() => cards.count()).toBe(2);
    // Oldest first, with the article's title and a dd/mm/yyyy HH:mm time.
    await cards.nth(0).getByText('Tuyến đường Tuần Giáo - Điện Biên được nâng cấp').waitFor();
    expect(await cards.nth(0).getByTestId('comment-time').textContent()).toMatch(
      /^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/,
    );
    // A reader's markup is shown as text, never run.
    expect(await cards.nth(1).getByTestId('comment-body').textContent()).toBe(XSS);
    expect(await cards.nth(1).getByTestId('comment-name').textContent()).toBe('<b>Ẩn danh</b>');
    expect(await page.locator('[data-testid=comment] img, [data-testid=comment] b').count()).toBe(
      0,
    );
    await screenshot(page, 'comments');

    await cards.nth(0).getByTestId('comment-approve').click();
    await expect.poll(() => page.getByTestId('comments-count-pending').textContent()).toBe('1');
    await expect.poll(() => page.getByTestId('comments-count-approved').textContent()).toBe('1');
    await page.getByTestId('comment').first().getByTestId('comment-reject').click();
    await page.getByTestId('comments-empty').waitFor();
    await expect.poll(() => page.getByTestId('comments-count-rejected').textContent()).toBe('1');

    // Readers see the approved comment only.
    const pub = await app.client().get(`/tin-tuc/${a.slug}-${a.number}.html`);
    expect(pub.text).toContain('Mong đường sớm xong trước mùa mưa.');
    expect(pub.text).not.toContain('Tuyệt vời!');
    await context.close();
  });

  it('a reporter has no comments menu and cannot open the screen', async () => {
    const reporter = await createUser(app, 'reporter', 'Quàng Thị Mai');
    const { page, context } = await newPage(browser);
    await loginUI(page, app, reporter.email, PASSWORD);
    expect(await page.locator('[data-nav=comments]').count()).toBe(0);
    await page.goto(`${app.url}/admin/comments`);
    await page.getByRole('alert').getByText('Không có quyền').first().waitFor();
    await context.close();
  });
});

describe('corrections (đính chính)', () => {
  it('an editor adds a dated correction to a published article from the editor', async () => {
    const a = await published('Lễ hội Hoa Ban 2026 khai mạc tại thành phố Điện Biên Phủ');
    const editor = await createUser(app, 'editor', 'Trần Văn Bình');
    const { page, context } = await newPage(browser);
    await loginUI(page, app, editor.email, PASSWORD);
    await page.goto(`${app.url}/admin/articles/${a.id}`);
    await page.getByTestId('tab-review').click();
    await page.getByTestId('corrections').getByText('Bài chưa có đính chính.').waitFor();
    await page.getByTestId('correction-text').fill('Bài viết đã sửa tên xã Mường Phăng.');
    await page.getByTestId('correction-add').click();
    await page.getByTestId('correction').getByText('Bài viết đã sửa tên xã Mường Phăng.').waitFor();
    await screenshot(page, 'editor-corrections');
    const pub = await app.client().get(`/tin-tuc/${a.slug}-${a.number}.html`);
    expect(pub.text).toContain('Đính chính');
    expect(pub.text).toContain('Bài viết đã sửa tên xã Mường Phăng.');

    // The same screens in English: nothing left in Vietnamese but the newsroom's own text.
    await page.evaluate(() => localStorage.setItem('toasoan.language', 'en'));
    await page.reload();
    await page.getByRole('tab', { name: 'Review and history' }).click();
    await page.getByTestId('corrections').getByRole('heading', { name: 'Corrections' }).waitFor();
    await screenshot(page, 'editor-corrections-english');
    await page.locator('[data-nav=comments]').click();
    await page.getByRole('heading', { name: "Readers' comments" }).waitFor();
    await screenshot(page, 'comments-english');
    await context.close();
  });
});
