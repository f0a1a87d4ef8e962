// The one tiptap schema shared by the admin editor (browser) and the API (validate + render).
// Browser-safe: imports only @tiptap/core, @tiptap/starter-kit and @tiptap/pm types.
import { Node, type AnyExtension, type NodeViewRenderer } from '@tiptap/core';
import type { DOMOutputSpec } from '@tiptap/pm/model';
import { StarterKit } from '@tiptap/starter-kit';

export const HEADING_LEVELS = [2, 3, 4] as const;
export const ALLOWED_LINK_PROTOCOLS = ['http', 'https', 'mailto'] as const;
/** The only `rel` a link may carry (and the one the renderer always emits). */
export const LINK_REL = 'noopener noreferrer nofollow';

export const LIMITS = {
  maxDepth: 20,
  maxNodes: 50_000,
  maxAttrLength: 2_000,
} as const;

export interface FigureAttrs {
  mediaId: string;
  caption: string;
  credit: string;
  alt: string;
}

// C0/C1 controls, zero-width and bidi marks, line/paragraph separators, BOM.
const UNSAFE_URL_CHARS =
  /[\u0000-\u001f\u007f-\u009f\u00ad\u200b-\u200f\u2028-\u202e\u2060-\u2064\ufeff]/;
const SCHEME = /^([a-zA-Z][a-zA-Z0-9+.-]*):/;

/**
 * Link href allow-list: absolute http(s) URLs with a host, or mailto:. Relative URLs,
 * every other scheme (javascript:, data:, vbscript:, file:, …), and anything with
 * control/invisible characters or surrounding whitespace are refused.
 */
export function isSafeHref(href: unknown): href is string {
  if (typeof href !== 'string' || href.length === 0 || href.length > LIMITS.maxAttrLength) {
    return false;
  }
  // No whitespace, quotes or angle brackets anywhere: real URLs have them percent-encoded.
  if (UNSAFE_URL_CHARS.test(href) || /[\s"<>`\\]/.test(href)) return false;
  const m = SCHEME.exec(href);
  if (!m) return false; // relative, protocol-relative, entity-encoded (`&#106;avascript:`) …
  const scheme = m[1].toLowerCase();
  if (scheme === 'mailto') return href.length > 'mailto:'.length;
  if (scheme === 'http' || scheme === 'https') return /^https?:\/\/[^\s/?#\\@]+/i.test(href);
  return false;
}

export const EMPTY_FIGURE: Omit<FigureAttrs, 'mediaId'> = { caption: '', credit: '', alt: '' };

/** The figure as the editor serialises it (copy/paste, getHTML); no `src`, it is not stored. */
export function defaultFigureSpec(attrs: FigureAttrs): DOMOutputSpec {
  const children: DOMOutputSpec[] = [['img', { alt: attrs.alt ?? '' }]];
  const caption = figcaptionSpec(attrs);
  if (caption) children.push(caption);
  return ['figure', { 'data-media-id': attrs.mediaId }, ...children];
}

export function figcaptionSpec(attrs: FigureAttrs): DOMOutputSpec | null {
  const caption = attrs.caption ?? '';
  const credit = attrs.credit ?? '';
  if (!caption && !credit) return null;
  const parts: (string | DOMOutputSpec)[] = [];
  if (caption) parts.push(caption);
  if (caption && credit) parts.push(' ');
  if (credit) parts.push(['span', { class: 'credit' }, credit]);
  return ['figcaption', {}, ...parts] as DOMOutputSpec;
}

function captionParts(el: HTMLElement): { caption: string; credit: string } {
  const fc = el.querySelector('figcaption');
  if (!fc) return { caption: '', credit: '' };
  let caption = '';
  let credit = '';
  fc.childNodes.forEach((child) => {
    const asEl = child as HTMLElement;
    if (asEl.nodeType === 1 && asEl.classList?.contains('credit')) credit += asEl.textContent ?? '';
    else caption += child.textContent ?? '';
  });
  return { caption: caption.trim(), credit: credit.trim() };
}

export interface FigureOptions {
  /** Server-side: how to render a figure (the API fills image URLs here). */
  render: ((attrs: FigureAttrs) => DOMOutputSpec) | null;
}

export const Figure = Node.create<FigureOptions>({
  name: 'figure',
  group: 'block',
  atom: true,
  selectable: true,
  draggable: true,

  addOptions() {
    return { render: null };
  },

  addAttributes() {
    const noRender = () => ({});
    return {
      mediaId: {
        default: null,
        parseHTML: (el: HTMLElement) => el.getAttribute('data-media-id'),
        renderHTML: noRender,
      },
      caption: {
        default: '',
        parseHTML: (el: HTMLElement) => captionParts(el).caption,
        renderHTML: noRender,
      },
      credit: {
        default: '',
        parseHTML: (el: HTMLElement) => captionParts(el).credit,
        renderHTML: noRender,
      },
      alt: {
        default: '',
        parseHTML: (el: HTMLElement) => el.querySelector('img')?.getAttribute('alt') ?? '',
        renderHTML: noRender,
      },
    };
  },

  parseHTML() {
    return [{ tag: 'figure[data-media-id]' }];
  },

  renderHTML({ node }) {
    const attrs = node.attrs as FigureAttrs;
    return this.options.render ? this.options.render(attrs) : defaultFigureSpec(attrs);
  },
});

export interface CreateExtensionsOptions {
  /** Admin: a node view for figures (e.g. `ReactNodeViewRenderer(FigureView)`). */
  figureView?: NodeViewRenderer;
  /** Server: custom figure rendering (used by `renderHtml` in `@toasoan/editor/server`). */
  renderFigure?: (attrs: FigureAttrs) => DOMOutputSpec;
}

/** The extension list. The editor edits with it; the server validates and renders with it. */
export function createExtensions(options: CreateExtensionsOptions = {}): AnyExtension[] {
  const starterKit = StarterKit.configure({
    heading: { levels: [...HEADING_LEVELS] },
    link: {
      openOnClick: false,
      autolink: true,
      linkOnPaste: true,
      defaultProtocol: 'https',
      protocols: [],
      HTMLAttributes: { target: null, rel: LINK_REL, class: null },
      isAllowedUri: (url) => isSafeHref(url),
      shouldAutoLink: (url) => isSafeHref(url),
    },
    code: false,
    codeBlock: false,
    trailingNode: false,
  });

  let figure = Figure.configure({ render: options.renderFigure ?? null });
  if (options.figureView) {
    const view = options.figureView;
    figure = figure.extend({ addNodeView: () => view });
  }
  return [starterKit, figure];
}
