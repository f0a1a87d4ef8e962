/**
 * Typed text is kept in this browser's localStorage, per article, from the keystroke until the
 * server has confirmed it. It survives a reload, a crash, a lost connection or an ended session.
 */
import type { DocNode } from '@toasoan/editor';
import type { Article } from '../articles/articleApi';

export interface DraftFields {
  title: string;
  lead: string;
  dateline: string;
  body: DocNode;
  sectionId: string | null;
  byline: string;
  tags: string[];
  seoTitle: string;
  seoDescription: string;
  featuredMediaId: string | null;
}

export const FIELD_NAMES: (keyof DraftFields)[] = [
  'title',
  'lead',
  'dateline',
  'body',
  'sectionId',
  'byline',
  'tags',
  'seoTitle',
  'seoDescription',
  'featuredMediaId',
];

export interface LocalDraft {
  /** The server version these edits were made on. */
  baseVersion: number;
  fields: DraftFields;
  savedAt: string;
  /** The server's article at baseVersion: lets the editor open from this browser when offline. */
  base?: Article;
}

const key = (articleId: string) => `toasoan.draft.${articleId}`;

export function fieldsOf(a: Article): DraftFields {
  return {
    title: a.title,
    lead: a.lead,
    dateline: a.dateline,
    body: a.body as unknown as DocNode,
    sectionId: a.sectionId,
    byline: a.byline,
    tags: a.tags,
    seoTitle: a.seoTitle,
    seoDescription: a.seoDescription,
    featuredMediaId: a.featuredMediaId,
  };
}

/** JSON with sorted keys: the editor and the server may order a node's keys differently. */
function canonical(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
  if (v && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    return `{${Object.keys(o)
      .filter((k) => o[k] !== undefined)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical(o[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(v ?? null);
}

const same = (a: unknown, b: unknown) => canonical(a) === canonical(b);

/** The fields of `next` that differ from `base`. */
export function changedFields(base: DraftFields, next: DraftFields): Partial<DraftFields> {
  const out: Partial<DraftFields> = {};
  for (const name of FIELD_NAMES) {
    if (!same(base[name], next[name])) (out as Record<string, unknown>)[name] = next[name];
  }
  return out;
}

export function sameFields(a: DraftFields, b: DraftFields): boolean {
  return FIELD_NAMES.every((n) => same(a[n], b[n]));
}

export function readDraft(articleId: string): LocalDraft | null {
  try {
    const raw = localStorage.getItem(key(articleId));
    if (!raw) return null;
    const d = JSON.parse(raw) as LocalDraft;
    return d && typeof d.baseVersion === 'number' && d.fields ? d : null;
  } catch {
    return null;
  }
}

/** False when the browser refused (storage full or blocked): the UI says so. */
export function writeDraft(articleId: string, draft: LocalDraft): boolean {
  try {
    localStorage.setItem(key(articleId), JSON.stringify(draft));
    return true;
  } catch {
    return false;
  }
}

export function clearDraft(articleId: string): void {
  try {
    localStorage.removeItem(key(articleId));
  } catch {
    // Nothing kept, nothing to clear.
  }
}
