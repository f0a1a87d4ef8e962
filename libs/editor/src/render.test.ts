import { describe, expect, it } from 'vitest';
import { validateDocument, type DocNode } from '@toasoan/editor';
import { renderHtml } from '@toasoan/editor/server';

const A = '6f1c1a2e-3b4d-4c5e-8f60-7a8b9c0d1e2f';
const B = '0b7f4f1e-9d2a-4e33-a1c4-52d0c3e8f9aa';
const C = 'c2d3e4f5-a6b7-4c8d-9e0f-112233445566';
const LINK = {
  href: 'https://baodienbienphu.info.vn/',
  target: null,
  rel: 'noopener noreferrer nofollow',
  class: null,
  title: null,
};

const article: DocNode = {
  type: 'doc',
  content: [
    {
      type: 'heading',
      attrs: { level: 2 },
      content: [{ type: 'text', text: 'Dân vận khéo ở Điện Biên' }],
    },
    {
      type: 'paragraph',
      content: [
        { type: 'text', text: 'ĐBP - ' },
        { type: 'text', text: 'Sáng 11/10', marks: [{ type: 'bold' }] },
        { type: 'text', text: ', đoàn công tác ' },
        {
          type: 'text',
          text: 'Báo Điện Biên Phủ',
          marks: [{ type: 'link', attrs: LINK }, { type: 'italic' }],
        },
        { type: 'hardBreak' },
        {
          type: 'text',
          text: 'đã đến bản Mường Phăng.',
          marks: [{ type: 'underline' }, { type: 'strike' }],
        },
      ],
    },
    {
      type: 'figure',
      attrs: {
        mediaId: A,
        caption: 'Trong ảnh: Bà con dân tộc Thái',
        credit: 'Ảnh: Sầm Phúc',
        alt: 'Bà con bản Mường Phăng',
      },
    },
    {
      type: 'bulletList',
      content: [
        {
          type: 'listItem',
          content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Làm đường' }] }],
        },
        {
          type: 'listItem',
          content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Dựng nhà văn hóa' }] }],
        },
      ],
    },
    {
      type: 'orderedList',
      attrs: { start: 1, type: null },
      content: [
        {
          type: 'listItem',
          content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Một' }] }],
        },
      ],
    },
    {
      type: 'blockquote',
      content: [{ type: 'paragraph', content: [{ type: 'text', text: '“Dân biết, dân bàn”' }] }],
    },
    { type: 'horizontalRule' },
    { type: 'figure', attrs: { mediaId: B, caption: '', credit: '', alt: '' } },
    { type: 'figure', attrs: { mediaId: C, caption: 'Không có ảnh', credit: '', alt: '' } },
    {
      type: 'paragraph',
      content: [
        { type: 'text', text: 'Liên hệ: ' },
        {
          type: 'text',
          text: 'tòa soạn',
          marks: [{ type: 'link', attrs: { href: 'mailto:toasoan@example.vn' } }],
        },
      ],
    },
  ],
};

const resolveMedia = (id: string) =>
  id === C
    ? null
    : {
        src: `/media/${id}/1200.webp`,
        srcset: `/media/${id}/600.webp 600w, /media/${id}/1200.webp 1200w`,
        sizes: '(max-width: 720px) 100vw, 720px',
        width: 1200,
        height: 800,
      };

describe('renderHtml', () => {
  it('renders a Vietnamese article', () => {
    expect(validateDocument(article)).toMatchObject({ ok: true });
    const html = renderHtml(article, { resolveMedia, lazyAfter: 1 });
    expect(html).toBe(
      [
        '<h2>Dân vận khéo ở Điện Biên</h2>',
        '<p>ĐBP - <strong>Sáng 11/10</strong>, đoàn công tác <a rel="noopener noreferrer nofollow" href="https://baodienbienphu.info.vn/"><em>Báo Điện Biên Phủ</em></a><br><s><u>đã đến bản Mường Phăng.</u></s></p>',
        `<figure data-media-id="${A}"><img src="/media/${A}/1200.webp" srcset="/media/${A}/600.webp 600w, /media/${A}/1200.webp 1200w" sizes="(max-width: 720px) 100vw, 720px" width="1200" height="800" alt="Bà con bản Mường Phăng" decoding="async"><figcaption>Trong ảnh: Bà con dân tộc Thái <span class="credit">Ảnh: Sầm Phúc</span></figcaption></figure>`,
        '<ul><li><p>Làm đường</p></li><li><p>Dựng nhà văn hóa</p></li></ul>',
        '<ol><li><p>Một</p></li></ol>',
        '<blockquote><p>“Dân biết, dân bàn”</p></blockquote>',
        '<hr>',
        `<figure data-media-id="${B}"><img src="/media/${B}/1200.webp" srcset="/media/${B}/600.webp 600w, /media/${B}/1200.webp 1200w" sizes="(max-width: 720px) 100vw, 720px" width="1200" height="800" alt="" loading="lazy" decoding="async"></figure>`,
        '<p>Liên hệ: <a rel="noopener noreferrer nofollow" href="mailto:toasoan@example.vn">tòa soạn</a></p>',
      ].join(''),
    );
  });

  it('makes every figure lazy by default and omits unresolved figures', () => {
    const html = renderHtml(article, { resolveMedia });
    expect(html.match(/loading="lazy"/g)).toHaveLength(2);
    expect(html).not.toContain(C);
    expect(renderHtml(article)).not.toContain('<figure');
  });

  it('calls the resolver once per media id', () => {
    const seen: string[] = [];
    renderHtml(article, { resolveMedia: (id) => (seen.push(id), resolveMedia(id)) });
    expect(seen.sort()).toEqual([A, B, C].sort());
  });

  it('throws on invalid documents', () => {
    expect(() => renderHtml({ type: 'doc', content: [{ type: 'iframe' }] })).toThrow(
      'body.content[0].type',
    );
  });
});
