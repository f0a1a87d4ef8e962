import { Injectable } from '@nestjs/common';
import { queryTokens, slugify, tsqueryOf } from '@toasoan/vi-text';
import { Database } from '../database/database.service';

/**
 * Every read of the public site and content API. Readers only ever see `published_articles`
 * (the published snapshot: a pending revision or a draft is not in it), `sections`, the view
 * count, approved comments and corrections. Nothing here selects a user id or an email.
 */

/** Section slug used in the URL of an article without a section. */
export const NO_SECTION_SLUG = 'tin-tuc';
export const NO_SECTION_NAME = 'Tin tức';

export interface SectionRow {
  id: string;
  name: string;
  slug: string;
  description: string | null;
}

export interface CardRow {
  article_id: string;
  number: string;
  slug: string;
  title: string;
  lead: string | null;
  dateline: string | null;
  featured_media_id: string | null;
  byline: string | null;
  tags: string[];
  published_at: Date;
  first_published_at: Date | null;
  updated_at: Date;
  section_slug: string | null;
  section_name: string | null;
  view_count: string;
}

export interface ArticleRow extends CardRow {
  section_id: string | null;
  body_html: string;
  seo_title: string | null;
  seo_description: string | null;
  word_count: number | null;
  reading_minutes: number | null;
  version: number;
}

/** The article with what its page and JSON show besides the snapshot: one query. */
export interface FullArticleRow extends ArticleRow {
  corrections: CorrectionRow[];
  comments: CommentRow[];
}

export interface CommentRow {
  id: string;
  name: string;
  body: string;
  created_at: Date;
}

export interface CorrectionRow {
  id: string;
  text: string;
  created_at: Date;
}

export interface ListFilter {
  sectionId?: string;
  tagSlug?: string;
  /** Search tokens of a reader's query (see searchWords): all must match. */
  words?: string[];
  /** Keyset: strictly older than this (published_at, article_id). */
  before?: { publishedAt: Date; articleId: string };
  excludeId?: string;
  limit: number;
  offset?: number;
}

const CARD_COLUMNS = `p.article_id, p.number, p.slug, p.title, p.lead, p.dateline, p.featured_media_id,
  p.byline, coalesce(p.tags, '{}') AS tags, p.published_at, p.first_published_at, p.updated_at,
  s.slug AS section_slug, s.name AS section_name, coalesce(a.view_count, 0)::text AS view_count`;

/** The published_articles columns CARD_COLUMNS reads (for a page chosen in a subquery). */
const PAGE_COLUMNS = `p.article_id, p.number, p.slug, p.title, p.lead, p.dateline, p.featured_media_id,
  p.byline, p.tags, p.published_at, p.first_published_at, p.updated_at, p.section_id`;

const FROM = `FROM published_articles p
  JOIN articles a ON a.id = p.article_id
  LEFT JOIN sections s ON s.id = p.section_id`;

const ARTICLE_COLUMNS = `p.section_id, p.body_html, p.seo_title, p.seo_description, p.word_count,
  p.reading_minutes, p.version`;

/** Corrections (newest first) and approved comments (oldest first, at most 500) as JSON. */
const EXTRA_COLUMNS = `
  (SELECT coalesce(json_agg(json_build_object('id', c.id, 'text', c.text,
       'at', floor(extract(epoch FROM c.created_at) * 1000)) ORDER BY c.created_at DESC, c.id), '[]'::json)
     FROM article_corrections c WHERE c.article_id = p.article_id) AS corrections_json,
  (SELECT coalesce(json_agg(json_build_object('id', m.id, 'name', m.name, 'body', m.body,
       'at', floor(extract(epoch FROM m.created_at) * 1000)) ORDER BY m.created_at, m.id), '[]'::json)
     FROM (SELECT id, name, body, created_at FROM comments
           WHERE article_id = p.article_id AND status = 'approved'
           ORDER BY created_at, id LIMIT 500) m) AS comments_json`;

interface RawFullRow extends ArticleRow {
  corrections_json: { id: string; text: string; at: number }[];
  comments_json: { id: string; name: string; body: string; at: number }[];
}

function fullRow(r: RawFullRow): FullArticleRow {
  const { corrections_json, comments_json, ...a } = r;
  return {
    ...a,
    corrections: corrections_json.map((c) => ({
      id: c.id,
      text: c.text,
      created_at: new Date(c.at),
    })),
    comments: comments_json.map((c) => ({
      id: c.id,
      name: c.name,
      body: c.body,
      created_at: new Date(c.at),
    })),
  };
}

/** The tag's URL form: the same rule as slugify (fold, non-alphanumerics → '-'). */
const TAG_SLUG_SQL = `trim(both '-' from regexp_replace(f_fold(t), '[^a-z0-9]+', '-', 'g'))`;

/**
 * The search tokens of a reader's query over `published_articles.search_tokens` (word-level,
 * folded: `Đà Nẵng`, `DA NANG` and `da nang` alike): the adjacent-syllable pairs of its first 8
 * syllables, or its one syllable; [] when it has no searchable syllable.
 */
export function searchWords(q: string): string[] {
  return queryTokens(q, 8);
}

export function tagSlug(tag: string): string {
  return slugify(tag, 200);
}

@Injectable()
export class PublicRepository {
  constructor(private readonly db: Database) {}

  async sections(): Promise<SectionRow[]> {
    return this.db.prepared<SectionRow>(
      'public_sections',
      `SELECT id, name, slug, description FROM sections WHERE active ORDER BY position, name`,
      [],
    );
  }

  async sectionBySlug(slug: string): Promise<SectionRow | null> {
    const rows = await this.db.prepared<SectionRow>(
      'public_section_by_slug',
      `SELECT id, name, slug, description FROM sections WHERE slug = $1 AND active`,
      [slug],
    );
    return rows[0] ?? null;
  }

  /** Published articles, newest first, filtered by section/tag/search words. */
  async list(f: ListFilter): Promise<CardRow[]> {
    const where: string[] = [];
    const params: unknown[] = [];
    const p = (v: unknown) => {
      params.push(v);
      return `$${params.length}`;
    };
    if (f.sectionId) where.push(`p.section_id = ${p(f.sectionId)}`);
    if (f.tagSlug) {
      where.push(`EXISTS (SELECT 1 FROM unnest(p.tags) t WHERE ${TAG_SLUG_SQL} = ${p(f.tagSlug)})`);
    }
    if (f.words?.length) {
      // The tokens of the PUBLISHED version only (never a pending revision's text), GIN-indexed
      // (migration PublicPerformance). Newest first, so for a common phrase the planner walks the
      // recency index and stops at the page; for a rare one it reads the few index matches.
      where.push(`p.search_tokens @@ ${p(tsqueryOf(f.words))}::tsquery`);
    }
    if (f.before) {
      where.push(
        `(p.published_at, p.article_id) < (${p(f.before.publishedAt)}::timestamptz, ${p(f.before.articleId)}::uuid)`,
      );
    }
    if (f.excludeId) where.push(`p.article_id <> ${p(f.excludeId)}`);
    // The page is chosen from published_articles alone (index-backed), then joined: the view
    // count and section are read for the page's rows only, not for every match.
    const sql = `SELECT ${CARD_COLUMNS}
      FROM (SELECT ${PAGE_COLUMNS} FROM published_articles p
            ${where.length ? 'WHERE ' + where.join(' AND ') : ''}
            ORDER BY p.published_at DESC, p.article_id DESC
            LIMIT ${p(f.limit)} OFFSET ${p(f.offset ?? 0)}) p
      JOIN articles a ON a.id = p.article_id
      LEFT JOIN sections s ON s.id = p.section_id
      ORDER BY p.published_at DESC, p.article_id DESC`;
    return this.db.query<CardRow>(sql, params);
  }

  async count(f: Pick<ListFilter, 'sectionId' | 'tagSlug'>): Promise<number> {
    const params: unknown[] = [];
    const where: string[] = [];
    if (f.sectionId) {
      params.push(f.sectionId);
      where.push(`p.section_id = $${params.length}`);
    }
    if (f.tagSlug) {
      params.push(f.tagSlug);
      where.push(
        `EXISTS (SELECT 1 FROM unnest(p.tags) t WHERE ${TAG_SLUG_SQL} = $${params.length})`,
      );
    }
    const row = await this.db.one<{ n: number }>(
      `SELECT count(*)::int AS n FROM published_articles p ${where.length ? 'WHERE ' + where.join(' AND ') : ''}`,
      params,
    );
    return row?.n ?? 0;
  }

  /** The tag's display text for a tag slug (as written on the newest article carrying it). */
  async tagName(slug: string): Promise<string | null> {
    const row = await this.db.one<{ t: string }>(
      `SELECT t FROM published_articles p, unnest(p.tags) t WHERE ${TAG_SLUG_SQL} = $1
       ORDER BY p.published_at DESC LIMIT 1`,
      [slug],
    );
    return row?.t ?? null;
  }

  /** The published article by number, with its corrections and approved comments: one query. */
  async fullByNumber(number: string): Promise<FullArticleRow | null> {
    const rows = await this.db.prepared<RawFullRow>(
      'public_full_by_number',
      `SELECT ${CARD_COLUMNS}, ${ARTICLE_COLUMNS}, ${EXTRA_COLUMNS} ${FROM} WHERE p.number = $1`,
      [number],
    );
    return rows[0] ? fullRow(rows[0]) : null;
  }

  /** The published article whose CURRENT slug this is (newest first), in full: one query. */
  async fullBySlug(slug: string): Promise<FullArticleRow | null> {
    const rows = await this.db.prepared<RawFullRow>(
      'public_full_by_slug',
      `SELECT ${CARD_COLUMNS}, ${ARTICLE_COLUMNS}, ${EXTRA_COLUMNS} ${FROM} WHERE p.slug = $1
       ORDER BY p.published_at DESC LIMIT 1`,
      [slug],
    );
    return rows[0] ? fullRow(rows[0]) : null;
  }

  /** The current slug of the article an old slug belonged to (most recent article first). */
  async currentSlugOf(oldSlug: string): Promise<string | null> {
    const row = await this.db.one<{ slug: string }>(
      `SELECT p.slug FROM article_slugs o JOIN articles a ON a.id = o.article_id
         JOIN published_articles p ON p.article_id = a.id
       WHERE o.slug = $1 ORDER BY a.number DESC LIMIT 1`,
      [oldSlug],
    );
    return row?.slug ?? null;
  }

  /** Why a number is not published: 'gone' (it was, and was taken down) or 'missing'. */
  async absence(number: string): Promise<'gone' | 'missing'> {
    const row = await this.db.one<{ state: string }>(
      `SELECT state FROM articles WHERE number = $1`,
      [number],
    );
    return row?.state === 'unpublished' ? 'gone' : 'missing';
  }

  async absenceBySlug(slug: string): Promise<'gone' | 'missing'> {
    const row = await this.db.one<{ state: string }>(
      `SELECT a.state FROM articles a WHERE a.state = 'unpublished'
         AND (a.slug = $1 OR EXISTS (SELECT 1 FROM article_slugs o WHERE o.article_id = a.id AND o.slug = $1))
       LIMIT 1`,
      [slug],
    );
    return row ? 'gone' : 'missing';
  }

  async approvedComments(articleId: string): Promise<CommentRow[]> {
    return this.db.prepared<CommentRow>(
      'public_comments',
      `SELECT id, name, body, created_at FROM comments
       WHERE article_id = $1 AND status = 'approved' ORDER BY created_at, id LIMIT 500`,
      [articleId],
    );
  }

  async corrections(articleId: string): Promise<CorrectionRow[]> {
    return this.db.prepared<CorrectionRow>(
      'public_corrections',
      `SELECT id, text, created_at FROM article_corrections
       WHERE article_id = $1 ORDER BY created_at DESC, id`,
      [articleId],
    );
  }

  /**
   * Related articles: sharing a tag first, then the same section; newest first. Two index-backed
   * queries (tags: GIN or the recency index; section: the section index), each newest-first with
   * its own LIMIT, de-duplicated here.
   */
  async related(
    a: Pick<ArticleRow, 'article_id' | 'tags' | 'section_id'>,
    limit = 5,
  ): Promise<CardRow[]> {
    const tags = a.tags ?? [];
    const params: unknown[] = [a.article_id, limit];
    const parts: string[] = [];
    if (tags.length) {
      params.push(tags);
      parts.push(`(SELECT ${CARD_COLUMNS}, 1 AS grp ${FROM}
        WHERE p.tags && $${params.length}::text[] AND p.article_id <> $1
        ORDER BY p.published_at DESC, p.article_id DESC LIMIT $2)`);
    }
    if (a.section_id) params.push(a.section_id);
    parts.push(`(SELECT ${CARD_COLUMNS}, 2 AS grp ${FROM}
      WHERE ${a.section_id ? `p.section_id = $${params.length}::uuid` : 'p.section_id IS NULL'}
        AND p.article_id <> $1
      ORDER BY p.published_at DESC, p.article_id DESC LIMIT $2)`);
    const name = `public_related_${tags.length ? 't' : ''}${a.section_id ? 's' : 'n'}`;
    const rows = await this.db.prepared<CardRow & { grp: number }>(
      name,
      `SELECT * FROM (${parts.join(' UNION ALL ')}) r
       ORDER BY grp, published_at DESC, article_id DESC`,
      params,
    );
    const seen = new Set<string>();
    const out: CardRow[] = [];
    for (const { grp: _grp, ...r } of rows) {
      if (seen.has(r.article_id)) continue;
      seen.add(r.article_id);
      out.push(r);
      if (out.length >= limit) break;
    }
    return out;
  }

  /**
   * The home page in one query: the newest `latest` articles (grp null), and the newest
   * `perSection` of every active section (grp = section id), each an index-backed LIMIT.
   */
  async home(latest: number, perSection: number): Promise<(CardRow & { grp: string | null })[]> {
    return this.db.prepared<CardRow & { grp: string | null }>(
      'public_home',
      `(SELECT NULL::uuid AS grp, ${CARD_COLUMNS} ${FROM}
         ORDER BY p.published_at DESC, p.article_id DESC LIMIT $1)
       UNION ALL
       (SELECT sec.id AS grp, x.* FROM sections sec CROSS JOIN LATERAL (
          SELECT ${CARD_COLUMNS} ${FROM} WHERE p.section_id = sec.id
          ORDER BY p.published_at DESC, p.article_id DESC LIMIT $2) x
        WHERE sec.active)`,
      [latest, perSection],
    );
  }

  /** For sitemaps and feeds: newest first, optionally since a time. */
  async recent(limit: number, since?: Date, sectionId?: string): Promise<CardRow[]> {
    const params: unknown[] = [limit];
    const where: string[] = [];
    if (since) {
      params.push(since);
      where.push(`p.published_at >= $${params.length}`);
    }
    if (sectionId) {
      params.push(sectionId);
      where.push(`p.section_id = $${params.length}`);
    }
    return this.db.query<CardRow>(
      `SELECT ${CARD_COLUMNS} ${FROM} ${where.length ? 'WHERE ' + where.join(' AND ') : ''}
       ORDER BY p.published_at DESC, p.article_id DESC LIMIT $1`,
      params,
    );
  }
}
