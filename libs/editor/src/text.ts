// Text helpers over tiptap JSON: mapping, plain text, media ids, the pre-publish checklist.
import type { DocNode } from './types';

/** Node attributes that hold human-readable text (normalised like text nodes). */
export const TEXT_ATTRS: Readonly<Record<string, readonly string[]>> = {
  figure: ['caption', 'credit', 'alt'],
};

export interface TextContext {
  /** path of the text node, or of the attribute (`….attrs.caption`) */
  path: string;
  /** `text` for text nodes, else the attribute name */
  field: string;
  node: DocNode;
}

/**
 * Returns a copy of `doc` with `fn` applied to every text node and every textual attribute
 * (figure caption/credit/alt). Text nodes that become empty are dropped.
 */
export function mapTextNodes(
  doc: DocNode,
  fn: (text: string, ctx: TextContext) => string,
  root = 'body',
): DocNode {
  const visit = (node: DocNode, path: string): DocNode | null => {
    const out: DocNode = { ...node };
    if (typeof node.text === 'string') {
      const text = fn(node.text, { path, field: 'text', node });
      if (node.type === 'text' && text.length === 0) return null;
      out.text = text;
    }
    const textAttrs = TEXT_ATTRS[node.type];
    if (textAttrs && node.attrs) {
      const attrs = { ...node.attrs };
      for (const name of textAttrs) {
        const value = attrs[name];
        if (typeof value === 'string') {
          attrs[name] = fn(value, { path: `${path}.attrs.${name}`, field: name, node });
        }
      }
      out.attrs = attrs;
    }
    if (node.content) {
      out.content = node.content
        .map((child, i) => visit(child, `${path}.content[${i}]`))
        .filter((c): c is DocNode => c !== null);
    }
    return out;
  };
  return visit(doc, root) ?? { type: 'doc', content: [{ type: 'paragraph' }] };
}

/** Apply a text normaliser (e.g. `normalizeText` from @toasoan/vi-text) to all text. */
export function normalizeDocumentText(doc: DocNode, fn: (s: string) => string): DocNode {
  return mapTextNodes(doc, (s) => fn(s));
}

const TEXTBLOCKS = new Set(['paragraph', 'heading']);

function inlineText(node: DocNode): string {
  let s = '';
  for (const child of node.content ?? []) {
    if (child.type === 'text') s += child.text ?? '';
    else if (child.type === 'hardBreak') s += '\n';
  }
  return s;
}

/** A figure's caption and credit as one line of text ('' when it has neither). */
export function figureCaptionText(attrs: DocNode['attrs']): string {
  return [attrs?.caption, attrs?.credit]
    .filter((x): x is string => typeof x === 'string' && x.length > 0)
    .join(' ');
}

/** What one walk of a document gives (see documentParts). */
export interface DocumentParts {
  /** The text of every paragraph/heading (list items and quotes included), one per block. */
  blocks: string[];
  /** The blocks and the figure captions (caption and credit), in document order. */
  lines: string[];
  /** Media ids of the figures, in document order, without duplicates. */
  mediaIds: string[];
}

/** The text blocks, the searchable lines and the photos of a document, in one walk. */
export function documentParts(doc: DocNode): DocumentParts {
  const parts: DocumentParts = { blocks: [], lines: [], mediaIds: [] };
  const visit = (node: DocNode) => {
    if (TEXTBLOCKS.has(node.type)) {
      const text = inlineText(node);
      parts.blocks.push(text);
      parts.lines.push(text);
      return;
    }
    if (node.type === 'figure') {
      const id = node.attrs?.mediaId;
      if (typeof id === 'string' && !parts.mediaIds.includes(id)) parts.mediaIds.push(id);
      const caption = figureCaptionText(node.attrs);
      if (caption) parts.lines.push(caption);
      return;
    }
    for (const child of node.content ?? []) visit(child);
  };
  visit(doc);
  return parts;
}

/**
 * Plain text, one line per paragraph/heading (list items and quotes included), for word
 * counts and search. Figures are left out unless `includeCaptions` is set.
 */
export function documentText(doc: DocNode, options: { includeCaptions?: boolean } = {}): string {
  const parts = documentParts(doc);
  return (options.includeCaptions ? parts.lines : parts.blocks).join('\n');
}

/** Media ids referenced by figures, in document order, without duplicates. */
export function collectMediaIds(doc: DocNode): string[] {
  const ids: string[] = [];
  const visit = (node: DocNode) => {
    if (node.type === 'figure' && typeof node.attrs?.mediaId === 'string') {
      if (!ids.includes(node.attrs.mediaId)) ids.push(node.attrs.mediaId);
    }
    for (const child of node.content ?? []) visit(child);
  };
  visit(doc);
  return ids;
}

export const ISSUE_CODES = [
  'figure.missing_alt',
  'figure.missing_caption',
  'figure.missing_credit',
  'link.empty_text',
  'paragraph.empty',
  'heading.empty',
  'text.legacy_eth',
  'text.not_nfc',
] as const;
export type IssueCode = (typeof ISSUE_CODES)[number];

export interface Issue {
  code: IssueCode;
  /** where: `body.content[2]` (a node) or `body.content[2].attrs.alt` (an attribute) */
  path: string;
}

const LEGACY_ETH = /[\u00d0\u00f0]/;

/** The editors' pre-publish checklist. Codes are stable; the admin maps them to i18n strings. */
export function findIssues(doc: DocNode, root = 'body'): Issue[] {
  const issues: Issue[] = [];
  const checkText = (s: string, path: string) => {
    if (LEGACY_ETH.test(s)) issues.push({ code: 'text.legacy_eth', path });
    if (s !== s.normalize('NFC')) issues.push({ code: 'text.not_nfc', path });
  };
  const visit = (node: DocNode, path: string) => {
    switch (node.type) {
      case 'figure': {
        const a = node.attrs ?? {};
        const blank = (v: unknown) => typeof v !== 'string' || v.trim() === '';
        if (blank(a.alt)) issues.push({ code: 'figure.missing_alt', path: `${path}.attrs.alt` });
        if (blank(a.caption)) {
          issues.push({ code: 'figure.missing_caption', path: `${path}.attrs.caption` });
        }
        if (blank(a.credit)) {
          issues.push({ code: 'figure.missing_credit', path: `${path}.attrs.credit` });
        }
        for (const name of TEXT_ATTRS.figure) {
          if (typeof a[name] === 'string') checkText(a[name], `${path}.attrs.${name}`);
        }
        break;
      }
      case 'paragraph':
      case 'heading':
        if (inlineText(node).trim() === '') issues.push({ code: `${node.type}.empty`, path });
        break;
      case 'text': {
        const text = node.text ?? '';
        if (node.marks?.some((m) => m.type === 'link') && text.trim() === '') {
          issues.push({ code: 'link.empty_text', path });
        }
        checkText(text, path);
        break;
      }
    }
    node.content?.forEach((child, i) => visit(child, `${path}.content[${i}]`));
  };
  visit(doc, root);
  return issues;
}
