import { describe, it, expect } from 'vitest';
import {
  ARTICLE_STATES,
  PERMISSIONS,
  PERMISSION_NAMES,
  ROLES,
  can,
  canEditArticle,
  canRead,
  permissionsOf,
  type ArticleState,
  type Permission,
  type Role,
} from './index.js';

const TABLE: Record<Permission, Role[]> = {
  'article.create': ['reporter', 'editor', 'admin'],
  'article.readAny': ['editor', 'admin'],
  'article.editAny': ['editor', 'admin'],
  'article.review': ['editor', 'admin'],
  'media.upload': ['reporter', 'editor', 'admin'],
  'media.editAny': ['editor', 'admin'],
  'media.downloadOriginal': ['admin'],
  'sections.manage': ['editor', 'admin'],
  'comments.moderate': ['editor', 'admin'],
  'users.manage': ['admin'],
  'tokens.manage': ['reporter', 'editor', 'admin'],
  'audit.read': ['admin'],
};

describe('PERMISSIONS', () => {
  it('matches DESIGN.md §4', () => {
    expect(new Set(PERMISSION_NAMES)).toEqual(new Set(Object.keys(TABLE)));
    for (const p of PERMISSION_NAMES) {
      expect([...PERMISSIONS[p]].sort()).toEqual([...TABLE[p]].sort());
      for (const role of ROLES) expect(can(role, p)).toBe(TABLE[p].includes(role));
    }
  });
  it('permissionsOf', () => {
    expect(permissionsOf('reporter').sort()).toEqual([
      'article.create',
      'media.upload',
      'tokens.manage',
    ]);
    expect(permissionsOf('admin')).toHaveLength(PERMISSION_NAMES.length);
    expect(permissionsOf('editor')).not.toContain('users.manage');
    expect(permissionsOf('editor')).not.toContain('audit.read');
  });
});

describe('canRead / canEditArticle', () => {
  const reporter = { id: 'u1', role: 'reporter' as const };
  const editor = { id: 'u2', role: 'editor' as const };
  const admin = { id: 'u3', role: 'admin' as const };

  for (const state of ARTICLE_STATES) {
    it(`read in ${state}`, () => {
      expect(canRead({ state, authorId: 'u1' }, reporter)).toBe(true);
      expect(canRead({ state, authorId: 'u9' }, reporter)).toBe(state === 'published');
      expect(canRead({ state, authorId: 'u9' }, editor)).toBe(true);
      expect(canRead({ state, authorId: 'u9' }, admin)).toBe(true);
    });
    it(`edit in ${state}`, () => {
      const own: ArticleState[] = ['draft', 'changes_requested'];
      expect(canEditArticle({ state, authorId: 'u1' }, reporter)).toBe(own.includes(state));
      expect(canEditArticle({ state, authorId: 'u9' }, reporter)).toBe(false);
      for (const u of [editor, admin]) {
        expect(canEditArticle({ state, authorId: 'u9' }, u)).toBe(state !== 'trashed');
        expect(canEditArticle({ state, authorId: u.id }, u)).toBe(state !== 'trashed');
      }
    });
  }
  it('compares ids of different types', () => {
    expect(canRead({ state: 'draft', authorId: 7 }, { id: '7', role: 'reporter' })).toBe(true);
  });
});
