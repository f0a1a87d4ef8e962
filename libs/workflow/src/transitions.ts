import type { ArticleState, Role, WorkflowAction } from './roles.js';

/**
 * One row of the workflow table. A (from, action) pair may have several rows, e.g. reporters may
 * submit only their own article while editors may submit any: the action is allowed when any row
 * allows it. `ownOnly` means the user must be the article's author.
 */
export interface Transition {
  readonly from: ArticleState;
  readonly action: WorkflowAction;
  readonly to: ArticleState;
  readonly roles: readonly Role[];
  readonly ownOnly?: boolean;
  /** The transition must carry a comment (kept in the record). */
  readonly needsComment?: boolean;
  /** The transition must carry a publishAt time. */
  readonly needsPublishAt?: boolean;
}

const EDITORS: readonly Role[] = ['editor', 'admin'];
const REPORTER: readonly Role[] = ['reporter'];

/** DESIGN.md §3 / §4. Publishing a scheduled article at its time is done by the scheduler, not a user action. */
export const TRANSITIONS: readonly Transition[] = [
  // submit own (reporters) / any they can edit (editors, admins)
  { from: 'draft', action: 'submit', to: 'in_review', roles: REPORTER, ownOnly: true },
  { from: 'draft', action: 'submit', to: 'in_review', roles: EDITORS },
  { from: 'changes_requested', action: 'submit', to: 'in_review', roles: REPORTER, ownOnly: true },
  { from: 'changes_requested', action: 'submit', to: 'in_review', roles: EDITORS },
  // withdraw: the author, or an editor
  { from: 'in_review', action: 'withdraw', to: 'draft', roles: REPORTER, ownOnly: true },
  { from: 'in_review', action: 'withdraw', to: 'draft', roles: EDITORS },
  // review
  {
    from: 'in_review',
    action: 'request_changes',
    to: 'changes_requested',
    roles: EDITORS,
    needsComment: true,
  },
  { from: 'in_review', action: 'publish', to: 'published', roles: EDITORS },
  { from: 'in_review', action: 'schedule', to: 'scheduled', roles: EDITORS, needsPublishAt: true },
  { from: 'scheduled', action: 'cancel_schedule', to: 'in_review', roles: EDITORS },
  // published life cycle; publish on a published article publishes its pending revision
  { from: 'published', action: 'publish', to: 'published', roles: EDITORS },
  { from: 'published', action: 'unpublish', to: 'unpublished', roles: EDITORS, needsComment: true },
  { from: 'unpublished', action: 'republish', to: 'published', roles: EDITORS },
  // trash (soft delete) and restore
  { from: 'draft', action: 'trash', to: 'trashed', roles: REPORTER, ownOnly: true },
  { from: 'draft', action: 'trash', to: 'trashed', roles: EDITORS },
  { from: 'changes_requested', action: 'trash', to: 'trashed', roles: EDITORS },
  { from: 'unpublished', action: 'trash', to: 'trashed', roles: EDITORS },
  { from: 'trashed', action: 'restore', to: 'draft', roles: REPORTER, ownOnly: true },
  { from: 'trashed', action: 'restore', to: 'draft', roles: EDITORS },
];

export interface TransitionInput {
  state: ArticleState;
  action: WorkflowAction;
  role: Role;
  isAuthor: boolean;
}

export type TransitionCheck =
  | { ok: true; to: ArticleState; rule: Transition }
  | { ok: false; reason: 'invalid_action' | 'not_allowed' };

function permits(rule: Transition, role: Role, isAuthor: boolean): boolean {
  return rule.roles.includes(role) && (!rule.ownOnly || isAuthor);
}

/**
 * `invalid_action` (API: 422) when the action does not exist from this state;
 * `not_allowed` (API: 403) when it exists but this role/ownership may not take it.
 */
export function checkTransition(input: TransitionInput): TransitionCheck {
  const rows = TRANSITIONS.filter((t) => t.from === input.state && t.action === input.action);
  if (rows.length === 0) return { ok: false, reason: 'invalid_action' };
  const rule = rows.find((t) => permits(t, input.role, input.isAuthor));
  if (!rule) return { ok: false, reason: 'not_allowed' };
  return { ok: true, to: rule.to, rule };
}

/** Actions this user may take on an article in this state, in WORKFLOW_ACTIONS order of the table. */
export function allowedActions(
  state: ArticleState,
  role: Role,
  isAuthor: boolean,
): WorkflowAction[] {
  const out: WorkflowAction[] = [];
  for (const t of TRANSITIONS) {
    if (t.from === state && permits(t, role, isAuthor) && !out.includes(t.action))
      out.push(t.action);
  }
  return out;
}

/** Every action that exists from this state for someone (for the 422 message). */
export function actionsFrom(state: ArticleState): WorkflowAction[] {
  const out: WorkflowAction[] = [];
  for (const t of TRANSITIONS) if (t.from === state && !out.includes(t.action)) out.push(t.action);
  return out;
}

/** Which required fields a transition request is missing (API: 400 naming the field). */
export function missingTransitionFields(
  rule: Pick<Transition, 'needsComment' | 'needsPublishAt'>,
  input: { comment?: string | null; publishAt?: Date | string | null },
): ('comment' | 'publishAt')[] {
  const missing: ('comment' | 'publishAt')[] = [];
  if (rule.needsComment && !(input.comment ?? '').trim()) missing.push('comment');
  if (
    rule.needsPublishAt &&
    (input.publishAt === undefined || input.publishAt === null || input.publishAt === '')
  )
    missing.push('publishAt');
  return missing;
}
