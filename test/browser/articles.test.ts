import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import sharp from 'sharp';
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
let photo: string;

beforeAll(async () => {
  ({ app, browser } = await startBrowserApp());
  const dir = mkdtempSync(join(tmpdir(), 'toasoan-photo-'));
  photo = join(dir, 'cho-phien-muong-phang.jpg');
  writeFileSync(
    photo,
    await sharp({ create: { width: 900, height: 600, channels: 3, background: '#3a7d44' } })
      .jpeg()
      .toBuffer(),
  );
});
afterAll(async () => {
  await browser?.close();
  await app?.close();
});

const status = (page: Page) => page.getByTestId('save-status');

async function waitSaved(page: Page) {
  await expect.poll(() => status(page).textContent(), { timeout: 15_000 }).toBe('Đã lưu');
}

/** Types at the end of the article body. */
async function typeInBody(page: Page, text: string) {
  const body = page.locator('.ProseMirror');
  const empty = ((await body.textContent()) ?? '').trim() === '';
  await body.click();
  await page.keyboard.press('Control+End');
  if (!empty) await page.keyboard.press('Enter');
  await page.keyboard.type(text);
}

describe('the newsroom walk', () => {
  it('reporter writes with a photo, editor returns it with a note, reporter fixes, editor publishes, readers see it', async () => {
    const section = await app.admin.post('/api/sections', { name: 'Thời sự' });
    expect(section.status).toBe(201);
    const reporter = await createUser(app, 'reporter', 'Sầm Phúc');
    const editor = await createUser(app, 'editor', 'Minh Hằng');

    // The reporter writes.
    const r = await newPage(browser);
    await loginUI(r.page, app, reporter.email, PASSWORD);
    await screenshot(r.page, 'home-reporter-empty');
    await r.page.getByTestId('new-article').first().click();
    await r.page.getByLabel('Tiêu đề').fill('Chợ phiên Mường Phăng đông vui ngày cuối tuần');
    await r.page.getByRole('button', { name: 'Tạo bản nháp' }).click();
    await r.page.waitForURL(/\/admin\/articles\/[0-9a-f-]{36}$/);
    const id = r.page.url().split('/').pop()!;

    await r.page.getByLabel('Nơi đưa tin').fill('ĐBP');
    await r.page
      .getByTestId('lead-input')
      .fill('Mỗi sáng Chủ nhật, bà con các bản kéo về chợ phiên Mường Phăng mua bán nông sản.');
    await r.page.getByTestId('section-select').click();
    await r.page.getByRole('option', { name: 'Thời sự' }).click();
    await typeInBody(r.page, 'Từ 6 giờ sáng, chợ đã đông người. Có 31.676 lượt khách năm qua.');

    // A photo, uploaded in place, with its caption, credit and alt text.
    await r.page.getByTestId('insert-photo').click();
    await r.page.getByTestId('file-input').setInputFiles(photo);
    const figure = r.page.getByTestId('figure');
    await figure.waitFor();
    await figure
      .locator('input[data-figure-field=caption]')
      .fill('Trong ảnh: Bà con người Thái mua bán tại chợ phiên.');
    await figure.locator('input[data-figure-field=credit]').fill('Sầm Phúc');
    await figure.locator('input[data-figure-field=alt]').fill('Người dân mua bán rau ở chợ phiên');
    await waitSaved(r.page);
    await screenshot(r.page, 'editor-reporter-saved');

    // What the browser typed is what the server has.
    const saved = (await app.admin.get(`/api/articles/${id}`)).body;
    expect(saved.lead).toContain('chợ phiên Mường Phăng');
    expect(JSON.stringify(saved.body)).toContain('Trong ảnh: Bà con người Thái');
    expect(saved.sectionId).toBe(section.body.id);

    // No publish button for a reporter; submit is there.
    expect(await r.page.locator('[data-action=publish]').count()).toBe(0);
    await r.page.locator('[data-action=submit]').click();
    await expect
      .poll(() => r.page.locator('[data-state]').first().getAttribute('data-state'))
      .toBe('in_review');

    // The editor finds it in the queue, reads the diff, returns it with a note.
    const e = await newPage(browser);
    await loginUI(e.page, app, editor.email, PASSWORD);
    const queue = e.page.getByTestId('home-queue');
    await queue.getByText('Chợ phiên Mường Phăng đông vui ngày cuối tuần').waitFor();
    await expect.poll(() => queue.textContent()).toMatch(/chờ \d+ phút/);
    await screenshot(e.page, 'home-editor-queue');
    await queue.getByText('Chợ phiên Mường Phăng đông vui ngày cuối tuần').click();
    await e.page.waitForURL(new RegExp(`/admin/articles/${id}$`));
    await e.page.getByTestId('checklist').waitFor();
    await screenshot(e.page, 'editor-editor-checklist');
    await e.page.getByTestId('tab-review').click();
    const diff = e.page.getByTestId('diff');
    await diff.locator('ins', { hasText: 'Từ 6 giờ sáng' }).first().waitFor();
    // A changed section reads as its name, not as an id.
    await diff.locator('ins', { hasText: 'Thời sự' }).first().waitFor();
    expect(await diff.textContent()).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-/);
    await screenshot(e.page, 'review-diff');
    await e.page.locator('[data-action=request_changes]').click();
    // The reason is required.
    await e.page.getByTestId('transition-confirm').click();
    await e.page.getByText('Hãy ghi lý do.').waitFor();
    await e.page.getByTestId('transition-comment').fill('Bổ sung ý kiến của ban quản lý chợ.');
    await e.page.getByTestId('transition-confirm').click();
    await expect
      .poll(() => e.page.locator('[data-state]').first().getAttribute('data-state'))
      .toBe('changes_requested');

    // The reporter sees the note at home and in the editor, fixes, resubmits.
    await r.page.goto(`${app.url}/admin/`);
    await r.page
      .getByTestId('home-return-note')
      .getByText('Bổ sung ý kiến của ban quản lý chợ.')
      .waitFor();
    await screenshot(r.page, 'home-reporter-returned');
    await r.page.getByTestId('home-returned').getByText('Chợ phiên Mường Phăng').click();
    await r.page.getByTestId('return-note').getByText('Bổ sung ý kiến').waitFor();
    await typeInBody(
      r.page,
      'Ông Lò Văn Ơn, trưởng ban quản lý chợ, cho biết chợ có 120 gian hàng.',
    );
    await waitSaved(r.page);
    await r.page.locator('[data-action=submit]').click();
    await expect
      .poll(() => r.page.locator('[data-state]').first().getAttribute('data-state'))
      .toBe('in_review');

    // The editor sees the fix in the diff and publishes.
    await e.page.reload();
    await e.page.getByTestId('tab-review').click();
    await e.page.getByTestId('diff').locator('ins', { hasText: 'Lò Văn Ơn' }).first().waitFor();
    await e.page.getByTestId('tab-preview').click();
    const frame = e.page.frameLocator('[data-testid=preview-frame]');
    await frame
      .getByRole('heading', { name: 'Chợ phiên Mường Phăng đông vui ngày cuối tuần' })
      .waitFor();
    // The frame is the server's preview: the public page's own layout, with the banner.
    await frame.getByText(/^Bản xem trước/).waitFor();
    await screenshot(e.page, 'preview');
    // "Xem trước" opens the same page in a new tab.
    const [tab] = await Promise.all([
      e.context.waitForEvent('page'),
      e.page.getByTestId('preview-open').click(),
    ]);
    await tab.waitForURL(/\/api\/articles\/[0-9a-f-]{36}\/preview/);
    await tab.getByText(/^Bản xem trước/).waitFor();
    await tab
      .getByRole('heading', { name: 'Chợ phiên Mường Phăng đông vui ngày cuối tuần' })
      .waitFor();
    expect(await tab.locator('meta[name=robots]').getAttribute('content')).toMatch(/noindex/);
    await screenshot(tab, 'preview-tab');
    await tab.close();
    await e.page.locator('[data-action=publish]').click();
    await expect
      .poll(() => e.page.locator('[data-state]').first().getAttribute('data-state'))
      .toBe('published');
    await screenshot(e.page, 'editor-published');

    // Readers see it on the public site.
    const published = (await app.admin.get(`/api/articles/${id}`)).body;
    const pub = await newPage(browser);
    await pub.page.goto(`${app.url}/thoi-su/${published.slug}-${published.number}.html`);
    await pub.page
      .getByRole('heading', { name: 'Chợ phiên Mường Phăng đông vui ngày cuối tuần' })
      .waitFor();
    expect(await pub.page.textContent('body')).toContain(
      'Trong ảnh: Bà con người Thái mua bán tại chợ phiên.',
    );
    expect(await pub.page.textContent('body')).toContain('Lò Văn Ơn');
    await screenshot(pub.page, 'public-article');
    await Promise.all([r.context.close(), e.context.close(), pub.context.close()]);
  });

  it('the article list filters by state and finds text typed without diacritics; "Xem thêm" loads more', async () => {
    const reporter = await app.user('reporter', { displayName: 'Lò Thị Mai', penName: 'Lò Mai' });
    for (let i = 1; i <= 23; i++) {
      const res = await reporter.post('/api/articles', {
        title: `Tin vắn số ${i}: Điện Biên đón khách`,
      });
      expect(res.status).toBe(201);
    }
    await reporter.post('/api/articles', { title: 'Dân vận khéo ở vùng cao' });
    const editor = await createUser(app, 'editor', 'Biên tập Hà');
    const { page, context } = await newPage(browser, { width: 1024, height: 768 });
    await loginUI(page, app, editor.email, PASSWORD);
    await page.locator('[data-nav=articles]').click();
    await page.getByTestId('article-table').waitFor();
    await page.getByTestId('article-search').fill('dan van kheo');
    await expect.poll(() => page.locator('[data-article-id]').count()).toBe(1);
    await page.getByRole('link', { name: 'Dân vận khéo ở vùng cao' }).waitFor();
    await page.getByTestId('article-search').fill('tin van so');
    await expect.poll(() => page.locator('[data-article-id]').count()).toBe(20);
    await page.getByRole('button', { name: 'Xem thêm' }).click();
    await expect.poll(() => page.locator('[data-article-id]').count()).toBe(23);
    await screenshot(page, 'articles-list-tablet');
    await context.close();
  });
  it('an editor adds a section; a reporter has no Sections menu', async () => {
    const editor = await createUser(app, 'editor', 'Nguyễn Thu Trang');
    const { page, context } = await newPage(browser);
    await loginUI(page, app, editor.email, PASSWORD);
    await page.locator('[data-nav=sections]').click();
    await page.getByRole('button', { name: 'Thêm chuyên mục' }).click();
    const dialog = page.getByRole('dialog', { name: 'Thêm chuyên mục' });
    await dialog.getByLabel('Tên chuyên mục').fill('Kinh tế');
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    await page.getByTestId('sections-table').getByText('/kinh-te').waitFor();
    await screenshot(page, 'sections');
    await context.close();

    const reporter = await createUser(app, 'reporter', 'Lường Văn Sáng');
    const r = await newPage(browser);
    await loginUI(r.page, app, reporter.email, PASSWORD);
    expect(await r.page.locator('[data-nav=sections]').count()).toBe(0);
    expect(await r.page.locator('[data-nav=articles]').count()).toBe(1);
    await r.context.close();
  });
});
