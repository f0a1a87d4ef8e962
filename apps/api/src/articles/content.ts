import { BadRequestException } from '@nestjs/common';
import {
  documentParts,
  EMPTY_DOC,
  normalizeDocumentText,
  validateDocument,
  type DocNode,
} from '@toasoan/editor';
import {
  countWords,
  fold,
  foldedTokens,
  foldNormalized,
  normalizeLine,
  normalizeText,
  readingMinutes,
} from '@toasoan/vi-text';

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
  /** Search tokens of title + lead + body + captions (syllables and pairs), for `search_vector`. */
  searchTokens: string[];
  /** Search tokens of the title alone, for `search_title` (title matches rank first). */
  titleTokens: string[];
  mediaIds: string[];
}

/** PostgreSQL refuses a tsvector of 1 MB or more; an absurdly long body keeps its first tokens. */
const MAX_TOKEN_BYTES = 900_000;

function capTokens(tokens: string[]): string[] {
  let bytes = 0;
  for (let i = 0; i < tokens.length; i++) {
    bytes += Buffer.byteLength(tokens[i]) + 8;
    if (bytes > MAX_TOKEN_BYTES) return tokens.slice(0, i);
  }
  return tokens;
}

/** The photos an article uses: its figures' and its featured photo (once). */
export function mediaUsed(figureIds: readonly string[], featuredMediaId: string | null): string[] {
  const ids = [...figureIds];
  if (featuredMediaId && !ids.includes(featuredMediaId)) ids.push(featuredMediaId);
  return ids;
}

/** Word count, reading time, search tokens and photos used: recomputed on every save. */
export function derive(c: {
  title: string;
  lead: string;
  body: DocNode;
  featuredMediaId: string | null;
}): Derived {
  const parts = documentParts(c.body);
  // Counted block by block: a word never spans two blocks.
  let words = countWords(c.lead);
  for (const block of parts.blocks) words += countWords(block);
  const mediaIds = mediaUsed(parts.mediaIds, c.featuredMediaId);
  return {
    wordCount: words,
    readingMinutes: readingMinutes(words),
    // documentTokens, faster: the stored text is normalised already (cleanBody, cleanTitle…).
    searchTokens: capTokens(
      foldedTokens(foldNormalized(`${c.title}\n${c.lead}\n${parts.lines.join('\n')}`)),
    ),
    titleTokens: foldedTokens(foldNormalized(c.title)),
    mediaIds,
  };
}
