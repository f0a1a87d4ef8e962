export type Role = 'reporter' | 'editor' | 'admin';
export const ROLES: readonly Role[] = ['reporter', 'editor', 'admin'];

export type ArticleState =
  | 'draft'
  | 'in_review'
  | 'changes_requested'
  | 'scheduled'
  | 'published'
  | 'unpublished'
  | 'trashed';
export const ARTICLE_STATES: readonly ArticleState[] = [
  'draft',
  'in_review',
  'changes_requested',
  'scheduled',
  'published',
  'unpublished',
  'trashed',
];

export type WorkflowAction =
  | 'submit'
  | 'withdraw'
  | 'request_changes'
  | 'publish'
  | 'schedule'
  | 'cancel_schedule'
  | 'unpublish'
  | 'republish'
  | 'trash'
  | 'restore';
export const WORKFLOW_ACTIONS: readonly WorkflowAction[] = [
  'submit',
  'withdraw',
  'request_changes',
  'publish',
  'schedule',
  'cancel_schedule',
  'unpublish',
  'republish',
  'trash',
  'restore',
];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}
export function isArticleState(value: unknown): value is ArticleState {
  return typeof value === 'string' && (ARTICLE_STATES as readonly string[]).includes(value);
}
export function isWorkflowAction(value: unknown): value is WorkflowAction {
  return typeof value === 'string' && (WORKFLOW_ACTIONS as readonly string[]).includes(value);
}
