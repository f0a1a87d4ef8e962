import type { ArticleState, Role } from './roles.js';

export type Permission =
  | 'article.create'
  | 'article.readAny'
  | 'article.editAny'
  | 'article.review'
  | 'media.upload'
  | 'media.editAny'
  | 'media.downloadOriginal'
  | 'sections.manage'
  | 'comments.moderate'
  | 'users.manage'
  | 'tokens.manage'
  | 'audit.read';

const ALL: readonly Role[] = ['reporter', 'editor', 'admin'];
const EDITORS: readonly Role[] = ['editor', 'admin'];
const ADMIN: readonly Role[] = ['admin'];

/** DESIGN.md §4. `tokens.manage` means managing one's OWN API tokens. */
export const PERMISSIONS: Readonly<Record<Permission, readonly Role[]>> = {
  'article.create': ALL,
  'article.readAny': EDITORS,
  'article.editAny': EDITORS,
  'article.review': EDITORS,
  'media.upload': ALL,
  'media.editAny': EDITORS,
  'media.downloadOriginal': ADMIN,
  'sections.manage': EDITORS,
  'comments.moderate': EDITORS,
  'users.manage': ADMIN,
  'tokens.manage': ALL,
  'audit.read': ADMIN,
};

export const PERMISSION_NAMES = Object.keys(PERMISSIONS) as Permission[];

export function can(role: Role, permission: Permission): boolean {
  return PERMISSIONS[permission]?.includes(role) ?? false;
}

export function permissionsOf(role: Role): Permission[] {
  return PERMISSION_NAMES.filter((p) => PERMISSIONS[p].includes(role));
}

export interface ArticleRef {
  state: ArticleState;
  authorId: string | number;
}
export interface UserRef {
  id: string | number;
  role: Role;
}

const isAuthor = (article: ArticleRef, user: UserRef) =>
  String(article.authorId) === String(user.id);

/** Reporters read their own articles in any state and others' only when published; editors/admins read all. */
export function canRead(article: ArticleRef, user: UserRef): boolean {
  if (can(user.role, 'article.readAny')) return true;
  return isAuthor(article, user) || article.state === 'published';
}

const OWN_EDITABLE: readonly ArticleState[] = ['draft', 'changes_requested'];
const ANY_EDITABLE: readonly ArticleState[] = [
  'draft',
  'in_review',
  'changes_requested',
  'scheduled',
  'published',
  'unpublished',
];

/**
 * Authors edit their own article in draft / changes_requested; editors and admins edit any article
 * except trashed ones (edits to a published article are a pending revision). Nobody edits trashed.
 */
export function canEditArticle(article: ArticleRef, user: UserRef): boolean {
  if (can(user.role, 'article.editAny') && ANY_EDITABLE.includes(article.state)) return true;
  return isAuthor(article, user) && OWN_EDITABLE.includes(article.state);
}
