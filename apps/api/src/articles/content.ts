import { BadRequestException } from '@nestjs/common';
import {
  collectMediaIds,
  documentText,
  EMPTY_DOC,
  normalizeDocumentText,
  validateDocument,
  type DocNode,
} from '@toasoan/editor';
import { countWords, fold, normalizeLine, normalizeText, readingMinutes } from '@toasoan/vi-text';

/** Validates a tiptap body against the shared schema (400 naming the path) and normalises its text. */
export function cleanBody(raw: unknown): DocNode {
  const checked = validateDocument(raw, 'body');
  if (!checked.ok) throw new BadRequestException(`${checked.path}: ${checked.message}`);
  const normalized = normalizeDocumentText(checked.doc, normalizeText);
  // Normalising can empty a text node; validate again so what is stored always passes.
  const again = validateDocument(normalized, 'body');
  if (!again.ok) throw new BadRequestException(`${again.path}: ${again.message}`);
  return again.doc;
}

export function emptyBody(): DocNode {
  return JSON.parse(JSON.stringify(EMPTY_DOC)) as DocNode;
}

export function cleanTitle(raw: string): string {
  const title = normalizeLine(raw);
  if (!title) throw new BadRequestException('title must not be empty');
  return title;
}

/** Multi-line text (the sapo): normalised, trimmed, runs of blank lines collapsed. */
export function cleanParagraph(raw: string): string {
  return normalizeText(raw)
    .split('\n')
    .map((l) => l.replace(/[ \t]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

export function cleanTags(raw: string[]): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const t of raw) {
    const tag = normalizeLine(t);
    const key = fold(tag);
    if (tag && !seen.has(key)) {
      seen.add(key);
      out.push(tag);
    }
  }
  return out;
}

export interface Derived {
  wordCount: number;
  readingMinutes: number;
  searchText: string;
  mediaIds: string[];
}

/** Word count, reading time, search text and photos used: recomputed on every save. */
export function derive(c: {
  title: string;
  lead: string;
  body: DocNode;
  featuredMediaId: string | null;
}): Derived {
  const text = documentText(c.body);
  const words = countWords(`${c.lead}\n${text}`);
  const mediaIds = collectMediaIds(c.body);
  if (c.featuredMediaId && !mediaIds.includes(c.featuredMediaId)) mediaIds.push(c.featuredMediaId);
  return {
    wordCount: words,
    readingMinutes: readingMinutes(words),
    searchText: fold(`${c.title}\n${c.lead}\n${documentText(c.body, { includeCaptions: true })}`),
    mediaIds,
  };
}
