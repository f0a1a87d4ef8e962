import { describe, expect, it } from 'vitest';
import { EMPTY_DOC, validateDocument } from '@toasoan/editor';
import { renderHtml } from '@toasoan/editor/server';

describe('smoke', () => {
  it('validates and renders the empty document', () => {
    expect(validateDocument(EMPTY_DOC)).toEqual({ ok: true, doc: EMPTY_DOC });
    expect(renderHtml(EMPTY_DOC)).toBe('<p></p>');
  });
});
