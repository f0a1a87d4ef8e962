export interface DocMark {
  type: string;
  attrs?: Record<string, unknown>;
}

export interface DocNode {
  type: string;
  attrs?: Record<string, unknown>;
  content?: DocNode[];
  marks?: DocMark[];
  text?: string;
}

/** A new document: one empty paragraph. Frozen; copy before changing. */
export const EMPTY_DOC: DocNode = Object.freeze({
  type: 'doc',
  content: Object.freeze([Object.freeze({ type: 'paragraph' })]) as DocNode[],
});

export type ValidationResult =
  { ok: true; doc: DocNode } | { ok: false; path: string; message: string };
