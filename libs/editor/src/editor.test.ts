// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Editor } from '@tiptap/core';
import { describe, expect, it } from 'vitest';
import { cleanPastedHtml, createExtensions, validateDocument } from '@toasoan/editor';

const A = '6f1c1a2e-3b4d-4c5e-8f60-7a8b9c0d1e2f';

describe('in the browser editor', () => {
  it('editor JSON passes the server validator (links, headings, lists, figure)', () => {
    const editor = new Editor({ extensions: createExtensions() });
    editor.commands.setContent(
      cleanPastedHtml(
        `<h2>Tin <b>mới</b></h2><h1>Cấp 1 thành 2</h1><p><a href="https://a.vn" target="_blank">liên kết</a> <a href="javascript:alert(1)">xấu</a></p>` +
          `<ol start="3"><li><p>ba</p></li></ol><blockquote><p>trích</p></blockquote><hr>` +
          `<figure data-media-id="${A}"><img alt="Ảnh"><figcaption>Chú thích <span class="credit">Ảnh: TTXVN</span></figcaption></figure>` +
          `<pre><code>code</code></pre><table><tr><td>ô</td></tr></table>`,
      ),
    );
    const json = editor.getJSON();
    const result = validateDocument(json);
    expect(result).toMatchObject({ ok: true });
    expect(JSON.stringify(json)).not.toContain('javascript:');
    expect(json.content?.find((n) => n.type === 'figure')?.attrs).toEqual({
      mediaId: A,
      caption: 'Chú thích',
      credit: 'Ảnh: TTXVN',
      alt: 'Ảnh',
    });
    editor.commands.setLink({ href: 'javascript:alert(1)' });
    expect(validateDocument(editor.getJSON())).toMatchObject({ ok: true });
    editor.destroy();
  });

  it('accepts a figureView node view', () => {
    let created = 0;
    const editor = new Editor({
      extensions: createExtensions({
        figureView: () => {
          created++;
          return { dom: document.createElement('figure') };
        },
      }),
      content: { type: 'doc', content: [{ type: 'figure', attrs: { mediaId: A } }] },
    });
    expect(created).toBe(1);
    editor.destroy();
  });

  it('the browser entry imports no node-only modules', () => {
    const files = ['index.ts', 'schema.ts', 'types.ts', 'validate.ts', 'text.ts', 'paste.ts'];
    for (const file of files) {
      const source = readFileSync(join(__dirname, file), 'utf8');
      const imports = [...source.matchAll(/from\s+'([^']+)'/g)].map((m) => m[1]);
      for (const spec of imports) {
        expect(spec, `${file} imports ${spec}`).toMatch(
          /^(\.\/(schema|types|validate|text|paste)|@tiptap\/(core|starter-kit|pm\/model))$/,
        );
      }
    }
  });
});
