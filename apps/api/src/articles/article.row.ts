import type { ArticleState, Role } from '@toasoan/workflow';
import { allowedActions, canEditArticle } from '@toasoan/workflow';
import type { DocNode } from '@toasoan/editor';
import type { QueryResultRow } from 'pg';
import type { ArticleSummaryView, ArticleView, PersonView } from './article.view';

/** Database or transaction: anything that can run a read. */
export interface Queryable {
  query<T extends QueryResultRow>(sql: string, params?: unknown[]): Promise<T[]>;
  one<T extends QueryResultRow>(sql: string, params?: unknown[]): Promise<T | null>;
}

export interface Caller {
  id: string;
  role: Role;
}

export interface ArticleRow {
  id: string;
  number: string;
  title: string;
  slug: string;
  section_id: string | null;
  lead: string;
  dateline: string;
  body: DocNode;
  featured_media_id: string | null;
  byline: string;
  tags: string[];
  seo_title: string;
  seo_description: string;
  state: ArticleState;
  publish_at: Date | null;
  published_at: Date | null;
  first_published_at: Date | null;
  author_id: string;
  version: number;
  word_count: number;
  reading_minutes: number;
  view_count: string;
  has_pending_revision: boolean;
  created_at: Date;
  updated_at: Date;
  updated_by: string | null;
  author_name: string;
  author_pen_name: string | null;
  section_name: string | null;
  section_slug: string | null;
  updated_by_name: string | null;
  updated_by_pen_name: string | null;
}

const SUMMARY_COLUMNS = `a.id, a.number, a.title, a.slug, a.section_id, a.state, a.publish_at,
  a.published_at, a.author_id, a.version, a.word_count, a.view_count, a.has_pending_revision,
  a.created_at, a.updated_at, au.display_name AS author_name, au.pen_name AS author_pen_name,
  s.name AS section_name, s.slug AS section_slug`;

/** Columns and joins for one article; used as `${ARTICLE_SELECT} WHERE a.id = $1`. */
export const ARTICLE_SELECT = `SELECT ${SUMMARY_COLUMNS}, a.lead, a.dateline, a.body,
  a.featured_media_id, a.byline, a.tags, a.seo_title, a.seo_description, a.first_published_at,
  a.reading_minutes, a.updated_by, ub.display_name AS updated_by_name, ub.pen_name AS updated_by_pen_name
  FROM articles a
  JOIN users au ON au.id = a.author_id
  LEFT JOIN sections s ON s.id = a.section_id
  LEFT JOIN users ub ON ub.id = a.updated_by`;

export const SUMMARY_SELECT = `SELECT ${SUMMARY_COLUMNS}
  FROM articles a
  JOIN users au ON au.id = a.author_id
  LEFT JOIN sections s ON s.id = a.section_id`;

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export function toSummaryView(r: ArticleRow): ArticleSummaryView {
  return {
    id: r.id,
    number: Number(r.number),
    title: r.title,
    slug: r.slug,
    state: r.state,
    section:
      r.section_id && r.section_name !== null
        ? { id: r.section_id, name: r.section_name, slug: r.section_slug ?? '' }
        : null,
    author: { id: r.author_id, displayName: r.author_name, penName: r.author_pen_name },
    version: r.version,
    wordCount: r.word_count,
    viewCount: Number(r.view_count),
    hasPendingRevision: r.has_pending_revision,
    publishAt: iso(r.publish_at),
    publishedAt: iso(r.published_at),
    createdAt: r.created_at.toISOString(),
    updatedAt: r.updated_at.toISOString(),
  };
}

export function toArticleView(r: ArticleRow, caller: Caller): ArticleView {
  const ref = { state: r.state, authorId: r.author_id };
  const updatedBy: PersonView | null =
    r.updated_by && r.updated_by_name !== null
      ? { id: r.updated_by, displayName: r.updated_by_name, penName: r.updated_by_pen_name }
      : null;
  return {
    ...toSummaryView(r),
    sectionId: r.section_id,
    lead: r.lead,
    dateline: r.dateline,
    body: r.body,
    featuredMediaId: r.featured_media_id,
    byline: r.byline,
    tags: r.tags,
    seoTitle: r.seo_title,
    seoDescription: r.seo_description,
    readingMinutes: r.reading_minutes,
    firstPublishedAt: iso(r.first_published_at),
    updatedBy,
    allowedActions: allowedActions(r.state, caller.role, r.author_id === caller.id),
    canEdit: canEditArticle(ref, caller),
  };
}

/** The editable content of an article, as kept in revisions. */
export interface ArticleSnapshot {
  title: string;
  slug: string;
  sectionId: string | null;
  lead: string;
  dateline: string;
  body: DocNode;
  featuredMediaId: string | null;
  byline: string;
  tags: string[];
  seoTitle: string;
  seoDescription: string;
  state: ArticleState;
}

export function snapshotOf(r: ArticleRow): ArticleSnapshot {
  return {
    title: r.title,
    slug: r.slug,
    sectionId: r.section_id,
    lead: r.lead,
    dateline: r.dateline,
    body: r.body,
    featuredMediaId: r.featured_media_id,
    byline: r.byline,
    tags: r.tags,
    seoTitle: r.seo_title,
    seoDescription: r.seo_description,
    state: r.state,
  };
}
