import { BadRequestException } from '@nestjs/common';
import {
  EMPTY_DOC,
  figureCaptionText,
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

const TEXTBLOCKS = new Set(['paragraph', 'heading']);

/**
 * One walk of the document: the words of its text blocks (what `documentText` gives, counted line
 * by line: a word never spans lines), the text to search (blocks and figure captions, in order,
 * as `documentText(body, { includeCaptions: true })`) and the photos used.
 */
function walk(body: DocNode): { words: number; text: string[]; mediaIds: string[] } {
  let words = 0;
  const text: string[] = [];
  const mediaIds: string[] = [];
  const visit = (node: DocNode) => {
    if (TEXTBLOCKS.has(node.type)) {
      let s = '';
      for (const child of node.content ?? []) {
        if (child.type === 'text') s += child.text ?? '';
        else if (child.type === 'hardBreak') s += '\n';
      }
      words += countWords(s);
      text.push(s);
      return;
    }
    if (node.type === 'figure') {
      const a = node.attrs;
      if (typeof a?.mediaId === 'string' && !mediaIds.includes(a.mediaId)) mediaIds.push(a.mediaId);
      const caption = figureCaptionText(a);
      if (caption) text.push(caption);
      return;
    }
    for (const child of node.content ?? []) visit(child);
  };
  visit(body);
  return { words, text, mediaIds };
}

/** Word count, reading time, search tokens and photos used: recomputed on every save. */
export function derive(c: {
  title: string;
  lead: string;
  body: DocNode;
  featuredMediaId: string | null;
}): Derived {
  const w = walk(c.body);
  const words = countWords(c.lead) + w.words;
  const mediaIds = w.mediaIds;
  if (c.featuredMediaId && !mediaIds.includes(c.featuredMediaId)) mediaIds.push(c.featuredMediaId);
  return {
    wordCount: words,
    readingMinutes: readingMinutes(words),
    // documentTokens, faster: the stored text is normalised already (cleanBody, cleanTitle…).
    searchTokens: capTokens(
      foldedTokens(foldNormalized(`${c.title}\n${c.lead}\n${w.text.join('\n')}`)),
    ),
    titleTokens: foldedTokens(foldNormalized(c.title)),
    mediaIds,
  };
}
