// @toasoan/editor: the tiptap document schema shared by the admin editor and the API.
// Browser-safe: no node imports, no @tiptap/html/server (that lives in ./server.ts).
export {
  ALLOWED_LINK_PROTOCOLS,
  EMPTY_FIGURE,
  Figure,
  HEADING_LEVELS,
  LIMITS,
  LINK_REL,
  createExtensions,
  defaultFigureSpec,
  figcaptionSpec,
  isSafeHref,
} from './schema';
export type { CreateExtensionsOptions, FigureAttrs, FigureOptions } from './schema';
export { EMPTY_DOC } from './types';
export type { DocMark, DocNode, ValidationResult } from './types';
export { MARK_RULES, NODE_RULES, validateDocument } from './validate';
export {
  ISSUE_CODES,
  TEXT_ATTRS,
  collectMediaIds,
  documentParts,
  documentText,
  figureCaptionText,
  findIssues,
  mapTextNodes,
  normalizeDocumentText,
} from './text';
export type { DocumentParts, Issue, IssueCode, TextContext } from './text';
export { cleanPastedHtml } from './paste';
