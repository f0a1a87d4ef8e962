/**
 * The articles, sections and media endpoints as the newsroom screens use them. Shapes come from
 * the generated OpenAPI types; the query keys live here so every screen invalidates the same ones.
 */
import type { DocNode } from '@toasoan/editor';
import type { ArticleState, WorkflowAction } from '@toasoan/workflow';
import { api, withQuery, type Query } from '../../api/client';
import type { Schemas } from '../../api/types';

export type ArticleSummary = Schemas['ArticleSummaryView'];
export type Article = Schemas['ArticleView'];
export type ArticlePage = Schemas['ArticlePageView'];
export type ArticleStats = Schemas['ArticleStatsView'];
export type Section = Schemas['SectionView'];
export type Note = Schemas['NoteView'];
export type Revision = Schemas['RevisionSummaryView'];
export type RevisionDetail = Schemas['RevisionView'];
export type Diff = Schemas['DiffView'];
export type Presence = Schemas['PresenceView'];
export type StaleVersion = Schemas['StaleVersionView'];
export type Media = Schemas['MediaView'];
export type MediaPage = Schemas['MediaPage'];
/** The PATCH body; `body` is a tiptap document (the OpenAPI document only says object). */
export type UpdateArticle = Omit<Schemas['UpdateArticleDto'], 'body'> & { body?: DocNode };

export interface ArticleFilters {
  state?: ArticleState | '';
  sectionId?: string;
  authorId?: string;
  q?: string;
  from?: string;
  to?: string;
  limit?: number;
}

export const keys = {
  articles: ['articles'] as const,
  list: (f: ArticleFilters) => ['articles', 'list', f] as const,
  stats: ['articles', 'stats'] as const,
  article: (id: string) => ['articles', 'one', id] as const,
  notes: (id: string) => ['articles', 'one', id, 'notes'] as const,
  revisions: (id: string) => ['articles', 'one', id, 'revisions'] as const,
  diff: (id: string, from?: number, to?: number) =>
    ['articles', 'one', id, 'diff', from ?? null, to ?? null] as const,
  sections: ['sections'] as const,
  media: (q: string) => ['media', 'list', q] as const,
  mediaOne: (id: string) => ['media', 'one', id] as const,
};

export const articleApi = {
  list: (f: ArticleFilters, cursor?: string | null) =>
    api.get<ArticlePage>(withQuery('/api/articles', { ...(f as Query), cursor })),
  stats: () => api.get<ArticleStats>('/api/articles/stats'),
  get: (id: string) => api.get<Article>(`/api/articles/${id}`),
  create: (title: string) => api.post<Article>('/api/articles', { title }),
  update: (id: string, version: number, fields: UpdateArticle) =>
    api.patch<Article>(
      `/api/articles/${id}`,
      { ...fields, version },
      { headers: { 'if-match': `"${version}"` } },
    ),
  transition: (id: string, action: WorkflowAction, comment?: string, publishAt?: string) =>
    api.post<Article>(`/api/articles/${id}/transitions`, { action, comment, publishAt }),
  notes: (id: string) => api.get<Note[]>(`/api/articles/${id}/notes`),
  addNote: (id: string, body: string) => api.post<Note>(`/api/articles/${id}/notes`, { body }),
  revisions: (id: string) => api.get<Revision[]>(`/api/articles/${id}/revisions`),
  revision: (id: string, n: number) =>
    api.get<RevisionDetail>(`/api/articles/${id}/revisions/${n}`),
  restore: (id: string, n: number, version: number) =>
    api.post<Article>(`/api/articles/${id}/revisions/${n}/restore`, { version }),
  diff: (id: string, from?: number, to?: number) =>
    api.get<Diff>(withQuery(`/api/articles/${id}/diff`, { from, to })),
  presence: (id: string) => api.post<Presence>(`/api/articles/${id}/presence`),
  leave: (id: string) => api.del(`/api/articles/${id}/presence`),
  sections: () => api.get<Section[]>('/api/sections'),
  media: (q: string, cursor?: string | null) =>
    api.get<MediaPage>(withQuery('/api/media', { q, cursor })),
  mediaOne: (id: string) => api.get<Media>(`/api/media/${id}`),
  updateMedia: (id: string, fields: Schemas['UpdateMediaDto']) =>
    api.patch<Media>(`/api/media/${id}`, fields),
};

/** A 409's body, read back from the error the client threw (it keeps only the message). */
export function isConflict(e: unknown): boolean {
  return typeof e === 'object' && e !== null && (e as { status?: number }).status === 409;
}
