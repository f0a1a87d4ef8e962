import { HtmlValidate } from 'html-validate';
import { expect } from 'vitest';
import type { TestApp } from '../support/app';
import type { Client } from '../support/client';

export const para = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] });
export const doc = (...texts: string[]) => ({ type: 'doc', content: texts.map(para) });

export interface Published {
  id: string;
  number: number;
  slug: string;
  version: number;
}

/** Creates an article as `author`, submits it, and (unless told not to) publishes it as `editor`. */
export async function createArticle(
  author: Client,
  editor: Client,
  fields: Record<string, unknown>,
  publish = true,
): Promise<Published> {
  const res = await author.post('/api/articles', {
    title: 'Bài thử nghiệm',
    body: doc('Nội dung bài thử nghiệm.'),
    ...fields,
  });
  expect(res.status, res.text).toBe(201);
  const id: string = res.body.id;
  if (publish) {
    const s = await author.post(`/api/articles/${id}/transitions`, { action: 'submit' });
    expect(s.status, s.text).toBeLessThan(300);
    const p = await editor.post(`/api/articles/${id}/transitions`, { action: 'publish' });
    expect(p.status, p.text).toBeLessThan(300);
  }
  const got = await editor.get(`/api/articles/${id}`);
  expect(got.status, got.text).toBe(200);
  return { id, number: got.body.number, slug: got.body.slug, version: got.body.version };
}

export async function transition(c: Client, id: string, action: string, comment?: string) {
  const res = await c.post(`/api/articles/${id}/transitions`, { action, comment });
  expect(res.status, res.text).toBeLessThan(300);
  return res;
}

/** Sets the publish time (to test the exact date format against a known instant). */
export async function setPublishedAt(t: TestApp, id: string, iso: string): Promise<void> {
  await t.db.query(
    `UPDATE published_articles SET published_at = $2, first_published_at = $2 WHERE article_id = $1`,
    [id, iso],
  );
}

/** A browser-like user agent (views from robots are not counted). */
export const BROWSER_UA =
  'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0 Mobile Safari/537.36';

const validator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  // Style rules, not validity: React serialises `charSet`/`dateTime` in camel case (HTML
  // attribute names are case-insensitive), void elements as `<meta/>` and `required=""` (all valid).
  // long-title: the <title> is the newsroom's headline, whatever its length.
  rules: {
    'attr-case': 'off',
    'void-style': 'off',
    'attribute-boolean-style': 'off',
    'long-title': 'off',
  },
});

/** html-validate's messages for a page (empty when it is valid HTML). */
export async function htmlProblems(html: string): Promise<string[]> {
  const report = await validator.validateString(html);
  return report.results.flatMap((r) =>
    r.messages.map((m) => `${m.ruleId}: ${m.message} (${m.line}:${m.column})`),
  );
}
