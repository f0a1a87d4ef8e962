import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { LIMITS, validateDocument, type DocNode } from '@toasoan/editor';
import { DocumentValidationError, renderHtml } from '@toasoan/editor/server';

const MEDIA = '6f1c1a2e-3b4d-4c5e-8f60-7a8b9c0d1e2f';
const resolveMedia = (id: string) => ({ src: `/media/${id}/1200.webp`, width: 1200, height: 800 });

const doc = (...content: DocNode[]): DocNode => ({ type: 'doc', content });
const p = (...content: DocNode[]): DocNode => ({ type: 'paragraph', content });
const t = (text: string, marks?: DocNode['marks']): DocNode =>
  marks ? { type: 'text', text, marks } : { type: 'text', text };
const link = (href: unknown, extra: Record<string, unknown> = {}) =>
  doc(p(t('bấm vào đây', [{ type: 'link', attrs: { href, ...extra } }])));
const HREF_PATH = 'body.content[0].content[0].marks[0].attrs.href';
const figure = (attrs: Record<string, unknown>) =>
  doc({ type: 'figure', attrs: { mediaId: MEDIA, caption: '', credit: '', alt: '', ...attrs } });

function nested(depth: number): DocNode {
  let node: DocNode = p(t('sâu'));
  for (let i = 0; i < depth; i++) node = { type: 'blockquote', content: [node] };
  return doc(node);
}

/** [name, document, path of the expected rejection or null when it must render escaped] */
const corpus: [string, unknown, string | null][] = [
  ['script tag as text', doc(p(t('<script>alert(1)</script>'))), null],
  ['img onerror as text', doc(p(t('<img src=x onerror=alert(1)>'))), null],
  ['svg onload as text', doc(p(t('<svg/onload=alert(1)>'))), null],
  [
    'closing tag breakout in heading',
    doc({ type: 'heading', attrs: { level: 2 }, content: [t('</h2><script>alert(1)</script>')] }),
    null,
  ],
  ['javascript href', link('javascript:alert(1)'), HREF_PATH],
  ['mixed case javascript', link('JaVaScRiPt:alert(1)'), HREF_PATH],
  ['leading space javascript', link(' javascript:alert(1)'), HREF_PATH],
  ['tab inside scheme', link('java\tscript:alert(1)'), HREF_PATH],
  ['newline inside scheme', link('java\nscript:alert(1)'), HREF_PATH],
  ['NUL inside scheme', link('java\u0000script:alert(1)'), HREF_PATH],
  ['zero-width space inside scheme', link('java\u200bscript:alert(1)'), HREF_PATH],
  ['entity-encoded javascript as literal text', link('&#106;avascript:alert(1)'), HREF_PATH],
  ['hex entity javascript', link('&#x6A;avascript:alert(1)'), HREF_PATH],
  ['percent-encoded scheme', link('javascript%3Aalert(1)'), HREF_PATH],
  ['data: html', link('data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=='), HREF_PATH],
  ['DATA: uppercase', link('DATA:text/html,<script>alert(1)</script>'), HREF_PATH],
  ['vbscript', link('vbscript:msgbox(1)'), HREF_PATH],
  ['file scheme', link('file:///etc/passwd'), HREF_PATH],
  ['relative href', link('/admin/users'), HREF_PATH],
  ['protocol-relative href', link('//evil.example/x'), HREF_PATH],
  ['http without host', link('http:javascript:alert(1)'), HREF_PATH],
  ['href with quote breakout', link('https://a.vn/"><script>alert(1)</script>'), HREF_PATH],
  ['href not a string', link({ toString: 'javascript:alert(1)' }), HREF_PATH],
  [
    'link target from input',
    link('https://a.vn', { target: '_blank' }),
    'body.content[0].content[0].marks[0].attrs.target',
  ],
  [
    'link rel from input',
    link('https://a.vn', { rel: 'opener' }),
    'body.content[0].content[0].marks[0].attrs.rel',
  ],
  [
    'onclick on link mark',
    link('https://a.vn', { onclick: 'alert(1)' }),
    'body.content[0].content[0].marks[0].attrs.onclick',
  ],
  [
    'style on link mark',
    link('https://a.vn', { style: 'color:red' }),
    'body.content[0].content[0].marks[0].attrs.style',
  ],
  [
    'class on link mark',
    link('https://a.vn', { class: 'x' }),
    'body.content[0].content[0].marks[0].attrs.class',
  ],
  [
    'unknown node iframe',
    doc({ type: 'iframe', attrs: { src: 'https://evil.example' } }),
    'body.content[0].type',
  ],
  [
    'unknown node script',
    doc({ type: 'script', content: [t('alert(1)')] }),
    'body.content[0].type',
  ],
  [
    'unknown node image',
    doc({ type: 'image', attrs: { src: 'javascript:alert(1)' } }),
    'body.content[0].type',
  ],
  ['codeBlock disabled', doc({ type: 'codeBlock', content: [t('x')] }), 'body.content[0].type'],
  [
    'unknown mark',
    doc(p(t('x', [{ type: 'textStyle', attrs: { color: 'red' } }]))),
    'body.content[0].content[0].marks[0].type',
  ],
  [
    'code mark disabled',
    doc(p(t('x', [{ type: 'code' }]))),
    'body.content[0].content[0].marks[0].type',
  ],
  [
    'style on paragraph',
    doc({
      type: 'paragraph',
      attrs: { style: 'background:url(javascript:alert(1))' },
      content: [t('x')],
    }),
    'body.content[0].attrs.style',
  ],
  [
    'class on heading',
    doc({ type: 'heading', attrs: { level: 2, class: 'x' }, content: [t('x')] }),
    'body.content[0].attrs.class',
  ],
  [
    'onclick on list item',
    doc({
      type: 'bulletList',
      content: [{ type: 'listItem', attrs: { onclick: 'alert(1)' }, content: [p(t('x'))] }],
    }),
    'body.content[0].content[0].attrs.onclick',
  ],
  [
    'onmouseover on root',
    { type: 'doc', attrs: { onmouseover: 'alert(1)' }, content: [p(t('x'))] },
    'body.attrs.onmouseover',
  ],
  [
    'attrs on text node',
    doc(p({ type: 'text', text: 'x', attrs: { onclick: 'x' } })),
    'body.content[0].content[0].attrs.onclick',
  ],
  ['figure src attr', figure({ src: 'javascript:alert(1)' }), 'body.content[0].attrs.src'],
  ['figure onerror attr', figure({ onerror: 'alert(1)' }), 'body.content[0].attrs.onerror'],
  [
    'figure mediaId not uuid',
    figure({ mediaId: '"><script>alert(1)</script>' }),
    'body.content[0].attrs.mediaId',
  ],
  [
    'figure alt breakout',
    figure({ alt: '"><script>alert(1)</script>', caption: 'x', credit: 'y' }),
    null,
  ],
  [
    'figure caption breakout',
    figure({ caption: '</figcaption><script>alert(1)</script>', credit: "' onerror='alert(1)" }),
    null,
  ],
  [
    'figure credit with quotes',
    figure({ credit: '" onmouseover="alert(1)', alt: "' onload='x" }),
    null,
  ],
  [
    'figure alt too long',
    figure({ alt: 'a'.repeat(LIMITS.maxAttrLength + 1) }),
    'body.content[0].attrs.alt',
  ],
  [
    'heading level 1',
    doc({ type: 'heading', attrs: { level: 1 }, content: [t('x')] }),
    'body.content[0].attrs.level',
  ],
  [
    'heading level as string',
    doc({ type: 'heading', attrs: { level: '2' }, content: [t('x')] }),
    'body.content[0].attrs.level',
  ],
  [
    'html node smuggled as text type',
    doc(p({ type: 'text', text: '' })),
    'body.content[0].content[0].text',
  ],
  ['text node without text', doc(p({ type: 'text' })), 'body.content[0].content[0].text'],
  [
    'text with html key',
    doc(p({ type: 'text', text: 'x', html: '<script>' } as DocNode)),
    'body.content[0].content[0].html',
  ],
  ['root is not doc', { type: 'paragraph', content: [t('x')] }, 'body.type'],
  ['nested doc', doc({ type: 'doc', content: [p(t('x'))] }), 'body.content[0].type'],
  ['paragraph inside paragraph', doc(p(p(t('x')))), 'body.content[0].content[0].type'],
  ['text directly in doc', doc(t('x')), 'body.content[0].type'],
  [
    'list item not starting with paragraph',
    doc({
      type: 'bulletList',
      content: [{ type: 'listItem', content: [{ type: 'horizontalRule' }] }],
    }),
    'body.content[0].content[0].content[0].type',
  ],
  [
    '__proto__ key',
    JSON.parse('{"type":"doc","content":[{"type":"paragraph","__proto__":{"x":1}}]}'),
    'body.content[0].__proto__',
  ],
  ['not an object', 'javascript:alert(1)', 'body'],
  ['huge nesting', nested(5000), `body${'.content[0]'.repeat(LIMITS.maxDepth + 1)}`],
  [
    'too many nodes',
    doc(...Array.from({ length: 25_001 }, () => p(t('x')))),
    'body.content[24999].content[0]',
  ],
];

function assertSafe(html: string) {
  expect(html).not.toMatch(/<script/i);
  // attribute names only: every value is double-quoted in the output, blank them first
  const tags = html.replace(/="[^"]*"/g, '=""');
  expect(tags).not.toMatch(/<[^>]*\son[a-z]+\s*=/i); // an event handler attribute in a tag
  expect(tags).not.toMatch(/<[^>]*\sstyle\s*=/i);
  expect(html).not.toMatch(/<[^>]*\sstyle\s*=/i);
  expect(html).not.toMatch(/(href|src|srcset)\s*=\s*"\s*(javascript|data|vbscript):/i);
  const window = new Window();
  try {
    const root = window.document.createElement('div');
    root.innerHTML = html;
    for (const el of root.querySelectorAll('*')) {
      expect(['script', 'iframe', 'object', 'embed', 'style']).not.toContain(el.localName);
      for (const attr of Array.from(el.attributes)) {
        expect(attr.name).not.toMatch(/^on|^style$/i);
        if (['href', 'src'].includes(attr.name))
          expect(attr.value).toMatch(/^(https?:\/\/|mailto:|\/[^/])/);
      }
    }
  } finally {
    window.happyDOM.close();
  }
}

describe('XSS corpus', () => {
  it('has at least 30 payloads', () => expect(corpus.length).toBeGreaterThanOrEqual(30));

  it.each(corpus)('%s', (_name, input, path) => {
    const result = validateDocument(input);
    if (path === null) {
      expect(result).toMatchObject({ ok: true });
      const html = renderHtml(input as DocNode, { resolveMedia });
      assertSafe(html);
      expect(html).not.toMatch(/javascript:|vbscript:|data:/i);
    } else {
      expect(result).toMatchObject({ ok: false, path });
      expect(() => renderHtml(input as DocNode, { resolveMedia })).toThrow(DocumentValidationError);
    }
  });

  it('escapes text payloads instead of interpreting them', () => {
    const html = renderHtml(doc(p(t('<script>alert(1)</script> & <img src=x onerror=alert(1)>'))));
    expect(html).toBe(
      '<p>&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;img src=x onerror=alert(1)&gt;</p>',
    );
    assertSafe(html);
  });

  it('escapes quotes and brackets in figure attributes', () => {
    const html = renderHtml(
      figure({ alt: '"><script>alert(1)</script>', caption: 'a', credit: 'b' }),
      {
        resolveMedia,
      },
    );
    expect(html).toContain('alt="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"');
  });

  it('drops media with unsafe URLs from the resolver', () => {
    const html = renderHtml(figure({ alt: 'x' }), {
      resolveMedia: () => ({ src: 'javascript:alert(1)' }),
    });
    expect(html).toBe('');
    const html2 = renderHtml(figure({ alt: 'x' }), {
      resolveMedia: () => ({
        src: '/media/a.webp',
        srcset: 'data:image/png;base64,AAAA 1x',
        sizes: '100vw" onload="x',
        placeholder: 'data:image/png;base64,AAAA',
      }),
    });
    assertSafe(html2);
    expect(html2).not.toMatch(/srcset|sizes|placeholder|data:/);
  });

  it('accepts the safe link forms', () => {
    for (const href of [
      'https://baodienbienphu.info.vn/tin-tuc',
      'http://a.vn/?q=d%C3%A2n&x=1#top',
      'mailto:toasoan@example.vn',
      'HTTPS://A.VN',
    ]) {
      expect(validateDocument(link(href))).toMatchObject({ ok: true });
    }
  });
});
