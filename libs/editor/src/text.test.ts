import { describe, expect, it } from 'vitest';
import {
  collectMediaIds,
  documentText,
  findIssues,
  mapTextNodes,
  normalizeDocumentText,
  validateDocument,
  type DocNode,
} from '@toasoan/editor';

const A = '6f1c1a2e-3b4d-4c5e-8f60-7a8b9c0d1e2f';
const B = '0b7f4f1e-9d2a-4e33-a1c4-52d0c3e8f9aa';

const doc: DocNode = {
  type: 'doc',
  content: [
    { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Ðiện Biên' }] },
    {
      type: 'paragraph',
      content: [
        { type: 'text', text: 'Hoa ban nở' },
        { type: 'hardBreak' },
        { type: 'text', text: 'ở ' },
        { type: 'text', text: ' ', marks: [{ type: 'link', attrs: { href: 'https://a.vn' } }] },
      ],
    },
    { type: 'paragraph' },
    { type: 'figure', attrs: { mediaId: A, caption: 'Trong ảnh: ðồi', credit: '', alt: '' } },
    {
      type: 'bulletList',
      content: [
        {
          type: 'listItem',
          content: [
            {
              type: 'paragraph',
              content: [{ type: 'text', text: 'Tie\u0302\u0301ng Vie\u0323\u0302t' }],
            },
          ],
        },
      ],
    },
    {
      type: 'blockquote',
      content: [
        { type: 'figure', attrs: { mediaId: B, caption: 'x', credit: 'y', alt: 'z' } },
        { type: 'figure', attrs: { mediaId: A } },
      ],
    },
  ],
};

// A stand-in for normalizeText from @toasoan/vi-text: NFC and Ð/ð → Đ/đ.
const normalise = (s: string) =>
  s
    .normalize('NFC')
    .replace(/\u00d0/g, '\u0110')
    .replace(/\u00f0/g, '\u0111');

describe('text helpers', () => {
  it('the fixture is a valid document', () => {
    expect(validateDocument(doc)).toMatchObject({ ok: true });
  });

  it('findIssues lists the pre-publish checklist', () => {
    expect(findIssues(doc)).toEqual([
      { code: 'text.legacy_eth', path: 'body.content[0].content[0]' },
      { code: 'link.empty_text', path: 'body.content[1].content[3]' },
      { code: 'paragraph.empty', path: 'body.content[2]' },
      { code: 'figure.missing_alt', path: 'body.content[3].attrs.alt' },
      { code: 'figure.missing_credit', path: 'body.content[3].attrs.credit' },
      { code: 'text.legacy_eth', path: 'body.content[3].attrs.caption' },
      { code: 'text.not_nfc', path: 'body.content[4].content[0].content[0].content[0]' },
      { code: 'figure.missing_alt', path: 'body.content[5].content[1].attrs.alt' },
      { code: 'figure.missing_caption', path: 'body.content[5].content[1].attrs.caption' },
      { code: 'figure.missing_credit', path: 'body.content[5].content[1].attrs.credit' },
    ]);
  });

  it('findIssues is empty after normalisation of a clean document', () => {
    const clean: DocNode = {
      type: 'doc',
      content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Ðã xong' }] }],
    };
    expect(findIssues(normalizeDocumentText(clean, normalise))).toEqual([]);
  });

  it('normalizeDocumentText applies the normaliser to text and figure texts', () => {
    const out = normalizeDocumentText(doc, normalise);
    expect(out.content?.[0].content?.[0].text).toBe('Điện Biên');
    expect(out.content?.[3].attrs?.caption).toBe('Trong ảnh: đồi');
    expect(out.content?.[4].content?.[0].content?.[0].content?.[0].text).toBe('Tiếng Việt');
    expect(findIssues(out).map((i) => i.code)).not.toContain('text.legacy_eth');
    expect(findIssues(out).map((i) => i.code)).not.toContain('text.not_nfc');
    expect(doc.content?.[0].content?.[0].text).toBe('Ðiện Biên'); // input untouched
    expect(validateDocument(out)).toMatchObject({ ok: true });
  });

  it('mapTextNodes passes paths and drops text nodes that become empty', () => {
    const paths: string[] = [];
    const out = mapTextNodes(doc, (s, ctx) => {
      paths.push(ctx.path);
      return s.trim();
    });
    expect(paths).toContain('body.content[3].attrs.caption');
    expect(paths).toContain('body.content[1].content[3]');
    expect(out.content?.[1].content).toHaveLength(3); // the blank link text is gone
    expect(validateDocument(out)).toMatchObject({ ok: true });
  });

  it('documentText gives one line per block', () => {
    expect(documentText(doc)).toBe(
      'Ðiện Biên\nHoa ban nở\nở  \n\nTie\u0302\u0301ng Vie\u0323\u0302t',
    );
    expect(documentText(doc, { includeCaptions: true })).toContain('Trong ảnh: ðồi');
  });

  it('collectMediaIds lists each media once, in order', () => {
    expect(collectMediaIds(doc)).toEqual([A, B]);
  });
});
