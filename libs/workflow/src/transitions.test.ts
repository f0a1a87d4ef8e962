import { describe, it, expect } from 'vitest';
import {
  ARTICLE_STATES,
  ROLES,
  TRANSITIONS,
  WORKFLOW_ACTIONS,
  actionsFrom,
  allowedActions,
  checkTransition,
  missingTransitionFields,
  type ArticleState,
  type Role,
  type WorkflowAction,
} from './index.js';

/**
 * The documented graph, written independently of TRANSITIONS.
 * who: 'all' = everyone (reporters only their own), 'editors' = editor + admin.
 */
const EXPECTED: Record<
  string,
  { to: ArticleState; who: 'all' | 'editors' | 'own-reporter-draft' }
> = {
  'draft:submit': { to: 'in_review', who: 'all' },
  'changes_requested:submit': { to: 'in_review', who: 'all' },
  'in_review:withdraw': { to: 'draft', who: 'all' },
  'in_review:request_changes': { to: 'changes_requested', who: 'editors' },
  'in_review:publish': { to: 'published', who: 'editors' },
  'in_review:schedule': { to: 'scheduled', who: 'editors' },
  'scheduled:cancel_schedule': { to: 'in_review', who: 'editors' },
  'published:publish': { to: 'published', who: 'editors' },
  'published:unpublish': { to: 'unpublished', who: 'editors' },
  'unpublished:republish': { to: 'published', who: 'editors' },
  'draft:trash': { to: 'trashed', who: 'all' },
  'changes_requested:trash': { to: 'trashed', who: 'editors' },
  'unpublished:trash': { to: 'trashed', who: 'editors' },
  'trashed:restore': { to: 'draft', who: 'all' },
};

function expectedAnswer(
  state: ArticleState,
  action: WorkflowAction,
  role: Role,
  isAuthor: boolean,
) {
  const row = EXPECTED[`${state}:${action}`];
  if (!row) return { ok: false, reason: 'invalid_action' };
  const allowed = role === 'reporter' ? row.who === 'all' && isAuthor : true;
  return allowed ? { ok: true, to: row.to } : { ok: false, reason: 'not_allowed' };
}

describe('checkTransition walks the whole table', () => {
  for (const state of ARTICLE_STATES) {
    for (const action of WORKFLOW_ACTIONS) {
      for (const role of ROLES) {
        for (const isAuthor of [true, false]) {
          it(`${state} --${action}--> as ${role}${isAuthor ? ' (author)' : ''}`, () => {
            const got = checkTransition({ state, action, role, isAuthor });
            const want = expectedAnswer(state, action, role, isAuthor);
            if (got.ok) {
              expect({ ok: true, to: got.to }).toEqual(want);
              expect(got.rule.from).toBe(state);
              expect(got.rule.action).toBe(action);
            } else {
              expect(got).toEqual(want);
            }
            expect(allowedActions(state, role, isAuthor).includes(action)).toBe(want.ok);
          });
        }
      }
    }
  }
});

describe('transition rules', () => {
  it('request_changes and unpublish need a comment, and only they do', () => {
    const withComment = TRANSITIONS.filter((t) => t.needsComment).map((t) => t.action);
    expect(new Set(withComment)).toEqual(new Set(['request_changes', 'unpublish']));
    for (const [state, action] of [
      ['in_review', 'request_changes'],
      ['published', 'unpublish'],
    ] as const) {
      const r = checkTransition({ state, action, role: 'editor', isAuthor: false });
      expect(r.ok && r.rule.needsComment).toBe(true);
      if (r.ok) {
        expect(missingTransitionFields(r.rule, {})).toEqual(['comment']);
        expect(missingTransitionFields(r.rule, { comment: '   ' })).toEqual(['comment']);
        expect(missingTransitionFields(r.rule, { comment: 'Sai số liệu ở đoạn 2' })).toEqual([]);
      }
    }
  });
  it('schedule needs publishAt', () => {
    const r = checkTransition({
      state: 'in_review',
      action: 'schedule',
      role: 'admin',
      isAuthor: true,
    });
    expect(r.ok && r.rule.needsPublishAt).toBe(true);
    if (r.ok) {
      expect(missingTransitionFields(r.rule, { comment: 'x' })).toEqual(['publishAt']);
      expect(missingTransitionFields(r.rule, { publishAt: '2020-10-11T01:23:00Z' })).toEqual([]);
    }
  });
  it('reporters never get publish, schedule, unpublish, republish or request_changes', () => {
    for (const state of ARTICLE_STATES) {
      for (const isAuthor of [true, false]) {
        const actions = allowedActions(state, 'reporter', isAuthor);
        for (const a of [
          'publish',
          'schedule',
          'unpublish',
          'republish',
          'request_changes',
        ] as const) {
          expect(actions).not.toContain(a);
        }
      }
    }
    expect(
      TRANSITIONS.filter((t) => t.to === 'published' || t.to === 'scheduled').every(
        (t) => !t.roles.includes('reporter'),
      ),
    ).toBe(true);
  });
  it('every reporter row is own-only', () => {
    for (const t of TRANSITIONS.filter((r) => r.roles.includes('reporter')))
      expect(t.ownOnly).toBe(true);
  });
  it('restore goes back to draft', () => {
    for (const t of TRANSITIONS.filter((r) => r.action === 'restore')) expect(t.to).toBe('draft');
  });
  it('rows agree on the target state for a (from, action) pair', () => {
    for (const t of TRANSITIONS) {
      for (const u of TRANSITIONS)
        if (t.from === u.from && t.action === u.action) expect(u.to).toBe(t.to);
    }
  });
  it('actionsFrom lists what exists from a state', () => {
    expect(actionsFrom('in_review')).toEqual([
      'withdraw',
      'request_changes',
      'publish',
      'schedule',
    ]);
    expect(actionsFrom('trashed')).toEqual(['restore']);
    expect(actionsFrom('published')).toEqual(['publish', 'unpublish']);
  });
});
