// Clean HTML pasted from Word / Google Docs before tiptap parses it (editor
// `transformPastedHTML`). String based, so it behaves the same in the browser and in tests.
// This is tidying, not a security boundary: the schema parser keeps only what it knows,
// and the server validates the JSON.

/** Elements dropped together with everything inside them. */
const DROP_WITH_CONTENT = new Set([
  'head',
  'style',
  'script',
  'title',
  'xml',
  'template',
  'noscript',
  'iframe',
  'object',
  'svg',
  'math',
]);
/** Elements dropped, content kept. */
const UNWRAP = new Set(['html', 'body', 'font', 'span', 'div', 'section', 'article']);
/** Void elements dropped. */
const DROP_VOID = new Set(['meta', 'link', 'base', 'col', 'colgroup', 'input', 'img', 'wbr']);

/** Attributes kept, per element (`*` = any element). Everything else goes. */
const KEEP_ATTRS: Record<string, Set<string>> = {
  '*': new Set(['data-pm-slice']),
  a: new Set(['href', 'title']),
  ol: new Set(['start', 'type']),
  figure: new Set(['data-media-id']),
};

const TOKEN =
  /<!--[\s\S]*?(?:-->|$)|<!\[if[^\]]*\]>[\s\S]*?<!\[endif\]>|<![^>]*>|<\?[^>]*>|<\/?[a-zA-Z][\w:.-]*(?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]+))?|\s*\/)*\s*>|[^<]+|</g;
const TAG = /^<(\/?)([a-zA-Z][\w:.-]*)([\s\S]*?)(\/?)>$/;
const ATTR = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g;

interface Tag {
  close: boolean;
  name: string;
  attrs: [string, string][];
  selfClosing: boolean;
}

function parseTag(token: string): Tag | null {
  const m = TAG.exec(token);
  if (!m) return null;
  const attrs: [string, string][] = [];
  for (const a of m[3].matchAll(ATTR)) {
    attrs.push([a[1].toLowerCase(), a[2] ?? a[3] ?? a[4] ?? '']);
  }
  return { close: m[1] === '/', name: m[2].toLowerCase(), attrs, selfClosing: m[4] === '/' };
}

function escapeAttr(v: string): string {
  return v.replace(/&(?![a-zA-Z]+;|#\d+;|#x[0-9a-fA-F]+;)/g, '&amp;').replace(/"/g, '&quot;');
}

/** Semantic tags equivalent to a `style` attribute (Google Docs formats with spans). */
function styleMarks(style: string): string[] {
  const s = style.toLowerCase().replace(/\s+/g, '');
  const marks: string[] = [];
  const weight = /(?:^|;)font-weight:([^;]+)/.exec(s)?.[1];
  if (weight && (/^bold(er)?$/.test(weight) || (/^\d+$/.test(weight) && Number(weight) >= 600))) {
    marks.push('strong');
  }
  if (/(?:^|;)font-style:(italic|oblique)/.test(s)) marks.push('em');
  const deco = /(?:^|;)text-decoration(?:-line)?:([^;]+)/.exec(s)?.[1] ?? '';
  if (deco.includes('underline')) marks.push('u');
  if (deco.includes('line-through')) marks.push('s');
  return marks;
}

/**
 * Remove Word / Google Docs noise from pasted HTML: `<style>`, `<meta>`, comments and
 * conditional comments, `mso-` classes and styles (all classes and styles, in fact), Office
 * namespaced tags (`<o:p>`), the Google Docs `<b id="docs-internal-guid-…">` wrapper and
 * `<span style>` wrappers. Bold/italic/underline/strike expressed as styles become tags.
 */
export function cleanPastedHtml(html: string): string {
  if (typeof html !== 'string' || html === '') return '';
  const out: string[] = [];
  // for each open element we kept or unwrapped: what to emit at its end tag
  const stack: { name: string; closing: string }[] = [];
  let dropDepth = 0;
  let dropName = '';

  for (const [token] of html.matchAll(TOKEN)) {
    if (token.startsWith('<!') || token.startsWith('<?')) continue; // comments, doctype, <![if]>
    if (token === '<') {
      if (!dropDepth) out.push('&lt;');
      continue;
    }
    if (!token.startsWith('<')) {
      if (!dropDepth) out.push(token);
      continue;
    }
    const tag = parseTag(token);
    if (!tag) continue;

    if (dropDepth) {
      if (tag.name === dropName) dropDepth += tag.close ? -1 : tag.selfClosing ? 0 : 1;
      continue;
    }
    if (DROP_WITH_CONTENT.has(tag.name)) {
      if (!tag.close && !tag.selfClosing) {
        dropDepth = 1;
        dropName = tag.name;
      }
      continue;
    }
    if (tag.name === 'img' && !tag.close && stack.some((s) => s.name === 'figure')) {
      const alt = tag.attrs.find(([n]) => n === 'alt')?.[1] ?? '';
      out.push(`<img alt="${escapeAttr(alt)}">`); // our own figures, copied inside the editor
      continue;
    }
    if (tag.name.includes(':') || DROP_VOID.has(tag.name)) continue; // <o:p>, <v:shape>, <meta>

    if (tag.close) {
      // close the innermost matching open element (tolerates sloppy nesting)
      for (let i = stack.length - 1; i >= 0; i--) {
        if (stack[i].name === tag.name) {
          out.push(stack[i].closing);
          stack.splice(i, 1);
          break;
        }
      }
      continue;
    }

    const attrs = new Map(tag.attrs);
    const style = attrs.get('style') ?? '';
    let unwrap = UNWRAP.has(tag.name);
    // Google Docs: <b style="font-weight:normal;" id="docs-internal-guid-…"> wraps everything.
    if (tag.name === 'b' && (attrs.get('id') ?? '').startsWith('docs-internal-guid')) unwrap = true;
    if (
      (tag.name === 'b' || tag.name === 'strong') &&
      /font-weight:\s*(normal|[1-5]00)\b/i.test(style)
    ) {
      unwrap = true;
    }

    const keep = KEEP_ATTRS[tag.name];
    let kept = '';
    for (const [name, value] of tag.attrs) {
      if (KEEP_ATTRS['*'].has(name) || keep?.has(name)) kept += ` ${name}="${escapeAttr(value)}"`;
      else if (name === 'class' && tag.name === 'span' && value.trim() === 'credit') {
        kept += ' class="credit"';
        unwrap = false;
      }
    }

    const marks = unwrap || tag.name === 'p' || /^h[1-6]$/.test(tag.name) ? styleMarks(style) : [];
    const open = marks.map((m) => `<${m}>`).join('');
    const close = marks
      .slice()
      .reverse()
      .map((m) => `</${m}>`)
      .join('');

    if (tag.name === 'br' || tag.name === 'hr') {
      out.push(`<${tag.name}${kept}>`);
      continue;
    }
    if (unwrap) {
      out.push(open);
      if (!tag.selfClosing) stack.push({ name: tag.name, closing: close });
      else out.push(close);
      continue;
    }
    out.push(`<${tag.name}${kept}>${open}`);
    if (tag.selfClosing) out.push(`${close}</${tag.name}>`);
    else stack.push({ name: tag.name, closing: `${close}</${tag.name}>` });
  }
  for (let i = stack.length - 1; i >= 0; i--) out.push(stack[i].closing);
  return out
    .join('')
    .replace(/^\s+|\s+$/g, '')
    .replace(/(&nbsp;|\u00a0)(?=<\/p>)/g, '');
}
