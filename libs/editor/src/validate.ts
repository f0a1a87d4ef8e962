// Structural validation of tiptap JSON against our schema. Pure: no DOM, no tiptap runtime.
// Returns a fresh, clean copy of the document (only known keys), never the input object.
import { HEADING_LEVELS, LIMITS, LINK_REL, isSafeHref } from './schema';
import type { DocMark, DocNode, ValidationResult } from './types';

type AttrCheck = (value: unknown) => string | null; // error message or null

interface AttrRule {
  check: AttrCheck;
  required?: boolean;
}

interface NodeRule {
  group?: 'block' | 'inline';
  /** child group or node type; undefined = leaf */
  content?: 'block' | 'inline' | 'listItem';
  /** minimum number of children */
  min?: number;
  /** the first child must be this type */
  first?: string;
  attrs?: Record<string, AttrRule>;
  /** may carry marks (inline nodes only) */
  marks?: boolean;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;

const isString: AttrCheck = (v) =>
  typeof v !== 'string'
    ? 'must be a string'
    : v.length > LIMITS.maxAttrLength
      ? `must be at most ${LIMITS.maxAttrLength} characters`
      : null;
const nullOr =
  (check: AttrCheck): AttrCheck =>
  (v) =>
    v === null ? null : check(v);
const intBetween =
  (min: number, max: number): AttrCheck =>
  (v) =>
    typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max
      ? null
      : `must be an integer from ${min} to ${max}`;
const oneOf =
  (...values: unknown[]): AttrCheck =>
  (v) =>
    values.includes(v) ? null : `must be one of ${values.map((x) => JSON.stringify(x)).join(', ')}`;

const figureText: AttrRule = { check: nullOr(isString) };

export const NODE_RULES: Record<string, NodeRule> = {
  doc: { content: 'block', min: 1 },
  paragraph: { group: 'block', content: 'inline' },
  heading: {
    group: 'block',
    content: 'inline',
    attrs: { level: { check: oneOf(...HEADING_LEVELS), required: true } },
  },
  blockquote: { group: 'block', content: 'block', min: 1 },
  bulletList: { group: 'block', content: 'listItem', min: 1 },
  orderedList: {
    group: 'block',
    content: 'listItem',
    min: 1,
    attrs: {
      start: { check: nullOr(intBetween(0, 1_000_000)) },
      type: { check: oneOf(null, '1', 'a', 'A', 'i', 'I') },
    },
  },
  listItem: { content: 'block', min: 1, first: 'paragraph' },
  horizontalRule: { group: 'block' },
  figure: {
    group: 'block',
    attrs: {
      mediaId: {
        required: true,
        check: (v) => (typeof v === 'string' && UUID.test(v) ? null : 'must be a uuid'),
      },
      caption: figureText,
      credit: figureText,
      alt: figureText,
    },
  },
  hardBreak: { group: 'inline', marks: true },
  text: { group: 'inline', marks: true },
};

export const MARK_RULES: Record<string, Record<string, AttrRule>> = {
  bold: {},
  italic: {},
  underline: {},
  strike: {},
  link: {
    href: {
      required: true,
      check: (v) =>
        isSafeHref(v)
          ? null
          : 'must be an absolute http, https or mailto URL without control characters',
    },
    target: { check: oneOf(null) },
    rel: { check: oneOf(null, LINK_REL) },
    class: { check: oneOf(null) },
    title: { check: nullOr(isString) },
  },
};

const NODE_KEYS = new Set(['type', 'attrs', 'content', 'marks', 'text']);
const MARK_KEYS = new Set(['type', 'attrs']);

class Invalid extends Error {
  constructor(
    readonly path: string,
    message: string,
  ) {
    super(message);
  }
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const proto: unknown = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}

function checkAttrs(
  raw: unknown,
  rules: Record<string, AttrRule> | undefined,
  path: string,
): Record<string, unknown> | undefined {
  if (raw === undefined) {
    const missing = Object.entries(rules ?? {}).find(([, r]) => r.required);
    if (missing) throw new Invalid(`${path}.attrs.${missing[0]}`, 'is required');
    return undefined;
  }
  if (!isPlainObject(raw)) throw new Invalid(`${path}.attrs`, 'must be an object');
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(raw)) {
    const rule = rules && Object.prototype.hasOwnProperty.call(rules, key) ? rules[key] : null;
    if (!rule) throw new Invalid(`${path}.attrs.${key}`, 'unknown attribute');
    const err = rule.check(raw[key]);
    if (err) throw new Invalid(`${path}.attrs.${key}`, err);
    out[key] = raw[key];
  }
  for (const [key, rule] of Object.entries(rules ?? {})) {
    if (rule.required && !(key in out)) throw new Invalid(`${path}.attrs.${key}`, 'is required');
  }
  return Object.keys(out).length ? out : undefined;
}

function checkMarks(raw: unknown, path: string): DocMark[] | undefined {
  if (raw === undefined) return undefined;
  if (!Array.isArray(raw)) throw new Invalid(`${path}.marks`, 'must be an array');
  const seen = new Set<string>();
  return raw.map((m, i): DocMark => {
    const mp = `${path}.marks[${i}]`;
    if (!isPlainObject(m)) throw new Invalid(mp, 'must be an object');
    for (const k of Object.keys(m)) {
      if (!MARK_KEYS.has(k)) throw new Invalid(`${mp}.${k}`, 'unknown key');
    }
    const type = m.type;
    if (typeof type !== 'string' || !Object.prototype.hasOwnProperty.call(MARK_RULES, type)) {
      throw new Invalid(`${mp}.type`, `unknown mark ${JSON.stringify(String(type)).slice(0, 60)}`);
    }
    if (seen.has(type)) throw new Invalid(`${mp}.type`, `duplicate mark ${type}`);
    seen.add(type);
    const attrs = checkAttrs(m.attrs, MARK_RULES[type], mp);
    return attrs ? { type, attrs } : { type };
  });
}

function groupOf(type: string): string | undefined {
  return NODE_RULES[type]?.group;
}

/**
 * Validate a tiptap JSON document against our schema. `root` names the document in error
 * paths (default `body`, e.g. `body.content[3].content[0].marks[0].attrs.href`).
 */
export function validateDocument(doc: unknown, root = 'body'): ValidationResult {
  let count = 0;

  const visit = (raw: unknown, path: string, depth: number, parent: string | null): DocNode => {
    if (depth > LIMITS.maxDepth) {
      throw new Invalid(path, `nesting deeper than ${LIMITS.maxDepth} levels`);
    }
    if (++count > LIMITS.maxNodes) {
      throw new Invalid(path, `more than ${LIMITS.maxNodes} nodes`);
    }
    if (!isPlainObject(raw)) throw new Invalid(path, 'must be an object');
    for (const k of Object.keys(raw)) {
      if (!NODE_KEYS.has(k)) throw new Invalid(`${path}.${k}`, 'unknown key');
    }
    const type = raw.type;
    if (typeof type !== 'string' || !Object.prototype.hasOwnProperty.call(NODE_RULES, type)) {
      throw new Invalid(
        `${path}.type`,
        `unknown node ${JSON.stringify(String(type)).slice(0, 60)}`,
      );
    }
    if (parent === null && type !== 'doc') throw new Invalid(`${path}.type`, 'must be "doc"');
    if (parent !== null && type === 'doc')
      throw new Invalid(`${path}.type`, '"doc" only at the root');
    const rule = NODE_RULES[type];
    const out: DocNode = { type };

    if (type === 'text') {
      if (typeof raw.text !== 'string' || raw.text.length === 0) {
        throw new Invalid(`${path}.text`, 'must be a non-empty string');
      }
      out.text = raw.text;
    } else if (raw.text !== undefined) {
      throw new Invalid(`${path}.text`, `not allowed on ${type}`);
    }

    const attrs = checkAttrs(raw.attrs, rule.attrs, path);
    if (attrs) out.attrs = attrs;

    if (raw.marks !== undefined) {
      if (!rule.marks) throw new Invalid(`${path}.marks`, `not allowed on ${type}`);
      const marks = checkMarks(raw.marks, path);
      if (marks && marks.length) out.marks = marks;
    }

    if (raw.content !== undefined) {
      if (!Array.isArray(raw.content)) throw new Invalid(`${path}.content`, 'must be an array');
      if (!rule.content && raw.content.length > 0) {
        throw new Invalid(`${path}.content`, `${type} has no content`);
      }
    }
    if (rule.content) {
      const children: unknown[] = Array.isArray(raw.content) ? raw.content : [];
      if (children.length < (rule.min ?? 0)) {
        throw new Invalid(`${path}.content`, `${type} needs at least ${rule.min} child node`);
      }
      const content = children.map((child, i) => {
        const cp = `${path}.content[${i}]`;
        const node = visit(child, cp, depth + 1, type);
        const ok =
          rule.content === 'listItem'
            ? node.type === 'listItem'
            : groupOf(node.type) === rule.content;
        if (!ok) throw new Invalid(`${cp}.type`, `${node.type} not allowed in ${type}`);
        if (i === 0 && rule.first && node.type !== rule.first) {
          throw new Invalid(`${cp}.type`, `${type} must start with ${rule.first}`);
        }
        return node;
      });
      if (content.length) out.content = content;
    }
    return out;
  };

  try {
    return { ok: true, doc: visit(doc, root, 0, null) };
  } catch (e) {
    if (e instanceof Invalid) return { ok: false, path: e.path, message: e.message };
    throw e;
  }
}
