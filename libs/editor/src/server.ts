// @toasoan/editor/server: render stored tiptap JSON to HTML on the API server (node only).
import { getSchema } from '@tiptap/core';
import { generateHTML } from '@tiptap/html/server';
import type { DOMOutputSpec } from '@tiptap/pm/model';
import { createExtensions, figcaptionSpec, type FigureAttrs } from './schema';
import type { DocNode } from './types';
import { validateDocument } from './validate';

export interface ResolvedMedia {
  src: string;
  srcset?: string;
  sizes?: string;
  width?: number;
  height?: number;
  /** emitted as `data-placeholder` (a colour or blurhash-like token; URLs are dropped) */
  placeholder?: string;
}

export interface RenderOptions {
  /** Image URLs for a media id; `null` (or no resolver) omits the figure. */
  resolveMedia?: (id: string) => ResolvedMedia | null | undefined;
  /** The first `lazyAfter` figures load eagerly; the rest get `loading="lazy"`. Default 0. */
  lazyAfter?: number;
}

export class DocumentValidationError extends Error {
  constructor(
    readonly path: string,
    readonly reason: string,
  ) {
    super(`${path}: ${reason}`);
    this.name = 'DocumentValidationError';
  }
}

// Media URLs come from our own storage layer, but are checked anyway: absolute http(s),
// protocol-relative or root-relative paths only.
const SAFE_SRC = /^(?:https?:\/\/[^\s/?#\\@]+|\/\/[^\s/?#\\@]+|\/(?![/\\]))[^\s"'<>\\]*$/i;
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\ufeff]/;

function safeSrc(v: unknown): v is string {
  return typeof v === 'string' && v.length <= 4096 && !UNSAFE.test(v) && SAFE_SRC.test(v);
}

function safeSrcset(v: unknown): v is string {
  if (typeof v !== 'string' || v.length > 8192 || UNSAFE.test(v)) return false;
  return v.split(',').every((part) => {
    const [url, descriptor, ...rest] = part.trim().split(/\s+/);
    return (
      safeSrc(url) && rest.length === 0 && (!descriptor || /^\d+(\.\d+)?[wx]$/.test(descriptor))
    );
  });
}

const SAFE_SIZES = /^[\w\s(),.:%+-]{1,1000}$/;
const SAFE_PLACEHOLDER = /^[#0-9A-Za-z$%*+,.:;=?@[\]^_{|}~-]{1,200}$/;

function positiveInt(v: unknown): number | undefined {
  return typeof v === 'number' && Number.isInteger(v) && v > 0 && v < 100_000 ? v : undefined;
}

function pruneFigures(node: DocNode, keep: (id: string) => boolean): DocNode {
  if (!node.content) return node;
  const content = node.content
    .filter((c) => c.type !== 'figure' || keep(String(c.attrs?.mediaId)))
    .map((c) => pruneFigures(c, keep));
  return { ...node, content };
}

let cachedSchema: ReturnType<typeof getSchema> | null = null;

/**
 * Render a stored document to HTML with the shared schema. Validates first and throws
 * `DocumentValidationError` on an invalid document. Figures get their image URLs from
 * `resolveMedia`; unresolvable figures are omitted.
 */
export function renderHtml(doc: DocNode, options: RenderOptions = {}): string {
  const result = validateDocument(doc);
  if (!result.ok) throw new DocumentValidationError(result.path, result.message);

  // Defence in depth: ProseMirror's own content/mark/attribute check on the same schema.
  cachedSchema ??= getSchema(createExtensions());
  try {
    cachedSchema.nodeFromJSON(result.doc).check();
  } catch (e) {
    throw new DocumentValidationError('body', e instanceof Error ? e.message : String(e));
  }

  const resolved = new Map<string, ResolvedMedia | null>();
  const resolve = (id: string): ResolvedMedia | null => {
    if (!resolved.has(id)) {
      const media = options.resolveMedia?.(id) ?? null;
      resolved.set(id, media && safeSrc(media.src) ? media : null);
    }
    return resolved.get(id) ?? null;
  };
  const pruned = pruneFigures(result.doc, (id) => resolve(id) !== null);

  const lazyAfter = Math.max(0, options.lazyAfter ?? 0);
  let index = 0;
  const renderFigure = (attrs: FigureAttrs): DOMOutputSpec => {
    const media = resolve(attrs.mediaId);
    const i = index++;
    const img: Record<string, string | undefined> = {
      src: media?.src,
      srcset: safeSrcset(media?.srcset) ? media?.srcset : undefined,
      sizes: media?.sizes && SAFE_SIZES.test(media.sizes) ? media.sizes : undefined,
      width: positiveInt(media?.width)?.toString(),
      height: positiveInt(media?.height)?.toString(),
      alt: attrs.alt ?? '',
      loading: i >= lazyAfter ? 'lazy' : undefined,
      decoding: 'async',
      'data-placeholder':
        media?.placeholder &&
        SAFE_PLACEHOLDER.test(media.placeholder) &&
        !/(?:data|javascript|vbscript):/i.test(media.placeholder)
          ? media.placeholder
          : undefined,
    };
    const caption = figcaptionSpec(attrs);
    const spec: unknown[] = ['figure', { 'data-media-id': attrs.mediaId }, ['img', img]];
    if (caption) spec.push(caption);
    return spec as unknown as DOMOutputSpec;
  };

  return escapeAttributeBrackets(generateHTML(pruned, createExtensions({ renderFigure })));
}

/**
 * happy-dom serialises attribute values escaping only `&` and `"` (the old HTML rule).
 * Escape `<` and `>` inside them too, so no `<script` or `<img` text survives anywhere,
 * even inert inside a quoted attribute. Text nodes already have `<`/`>` escaped, so this
 * replacement changes nothing outside attribute values.
 */
function escapeAttributeBrackets(html: string): string {
  return html.replace(
    /="([^"]*)"/g,
    (_m, value: string) => `="${value.replace(/</g, '&lt;').replace(/>/g, '&gt;')}"`,
  );
}
