/**
 * Every screen of the admin in one table: its path, who may open it, how it is loaded (each is
 * its own chunk) and its entry in the side menu. To add a screen: make
 * `routes/<name>/<Name>Page.tsx` with a default export and add a line here.
 */
import type { ComponentType } from 'react';
import type { Permission } from './api/types';

type PageModule = { default: ComponentType };

export type NavGroup = 'newsroom' | 'admin' | 'account';

export interface Screen {
  /** Relative to /admin/. */
  path: string;
  /** Who may open it; without one, every logged-in user. Checked again by the API. */
  permission?: Permission;
  load: () => Promise<PageModule>;
  /** Shown in the side menu under this i18n key. */
  nav?: { labelKey: string; group: NavGroup; order: number };
}

export const SCREENS: Screen[] = [
  {
    path: '',
    load: () => import('./routes/home/HomePage'),
    nav: { labelKey: 'nav.home', group: 'newsroom', order: 0 },
  },
  {
    path: 'articles',
    load: () => import('./routes/articles/ArticlesPage'),
    nav: { labelKey: 'nav.articles', group: 'newsroom', order: 1 },
  },
  {
    path: 'articles/:id',
    load: () => import('./routes/editor/EditorPage'),
  },
  {
    path: 'media',
    load: () => import('./routes/media/MediaPage'),
    nav: { labelKey: 'nav.media', group: 'newsroom', order: 2 },
  },
  {
    path: 'comments',
    permission: 'comments.moderate',
    load: () => import('./routes/comments/CommentsPage'),
    nav: { labelKey: 'nav.comments', group: 'newsroom', order: 3 },
  },
  {
    path: 'sections',
    permission: 'sections.manage',
    load: () => import('./routes/sections/SectionsPage'),
    nav: { labelKey: 'nav.sections', group: 'newsroom', order: 4 },
  },
  {
    path: 'users',
    permission: 'users.manage',
    load: () => import('./routes/users/UsersPage'),
    nav: { labelKey: 'nav.users', group: 'admin', order: 0 },
  },
  {
    path: 'audit',
    permission: 'audit.read',
    load: () => import('./routes/audit/AuditPage'),
    nav: { labelKey: 'nav.audit', group: 'admin', order: 1 },
  },
  {
    path: 'tokens',
    permission: 'tokens.manage',
    load: () => import('./routes/tokens/TokensPage'),
    nav: { labelKey: 'nav.tokens', group: 'account', order: 0 },
  },
  {
    path: 'sessions',
    load: () => import('./routes/sessions/SessionsPage'),
    nav: { labelKey: 'nav.sessions', group: 'account', order: 1 },
  },
  {
    path: 'profile',
    load: () => import('./routes/profile/ProfilePage'),
    nav: { labelKey: 'nav.profile', group: 'account', order: 2 },
  },
];

export const NAV_GROUPS: NavGroup[] = ['newsroom', 'admin', 'account'];
