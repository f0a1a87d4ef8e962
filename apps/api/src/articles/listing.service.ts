import { BadRequestException, Injectable } from '@nestjs/common';
import { ARTICLE_STATES, can, type ArticleState } from '@toasoan/workflow';
import { queryTokens, tsqueryOf } from '@toasoan/vi-text';
import { Database } from '../database/database.service';
import type { ListArticlesQuery } from './article.dto';
import { ArticleRow, Caller, SUMMARY_SELECT, toSummaryView } from './article.row';
import type { ArticlePageView, ArticleStatsView } from './article.view';

interface Cursor {
  r: number;
  t: string;
  i: string;
}

function encodeCursor(c: Cursor): string {
  return Buffer.from(JSON.stringify([c.r, c.t, c.i])).toString('base64url');
}

function decodeCursor(raw: string): Cursor {
  try {
    const [r, t, i] = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8')) as unknown[];
    if (
      (r === 0 || r === 1) &&
      typeof t === 'string' &&
      !Number.isNaN(Date.parse(t)) &&
      typeof i === 'string' &&
      /^[0-9a-f-]{36}$/i.test(i)
    ) {
      return { r, t, i };
    }
  } catch {
    // fall through
  }
  throw new BadRequestException('cursor is not valid; use nextCursor from the previous page');
}

const CURSOR_AT = `to_char(a.updated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS cursor_at`;

@Injectable()
export class ArticleListing {
  constructor(private readonly db: Database) {}

  /**
   * Newest first (title matches first when searching), keyset-paginated on
   * (rank, updated_at, id). Filters come from the allow-listed query DTO only.
   *
   * A search is word-level: the query's syllable pairs (or its one syllable) must all be tokens
   * of `search_vector` (GIN). Each rank is its own newest-first query with a LIMIT, so PostgreSQL
   * can walk the recency indexes for common words and use the GIN indexes for rare ones; the
   * title matches (rank 1, `search_title`) come first, then the other matches (rank 0).
   */
  async list(user: Caller, q: ListArticlesQuery): Promise<ArticlePageView> {
    if (q.state && q.status && q.state !== q.status) {
      throw new BadRequestException('state and status disagree; send one of them');
    }
    const state = q.state ?? q.status;
    const params: unknown[] = [];
    const p = (v: unknown) => {
      params.push(v);
      return `$${params.length}`;
    };
    const where: string[] = [];
    if (!can(user.role, 'article.readAny')) {
      where.push(`(a.author_id = ${p(user.id)} OR a.state = 'published')`);
    }
    where.push(state ? `a.state = ${p(state)}` : `a.state <> 'trashed'`);
    if (q.authorId) where.push(`a.author_id = ${p(q.authorId)}`);
    if (q.sectionId) where.push(`a.section_id = ${p(q.sectionId)}`);
    if (q.from) where.push(`a.updated_at >= ${p(q.from)}::timestamptz`);
    if (q.to) where.push(`a.updated_at < ${p(q.to)}::timestamptz`);
    const cursor = q.cursor ? decodeCursor(q.cursor) : null;
    const limit = q.limit ?? 20;
    const after = (c: Cursor) => `(a.updated_at, a.id) < (${p(c.t)}::timestamptz, ${p(c.i)}::uuid)`;
    const select = (rank: 0 | 1, conditions: string[]) =>
      `${SUMMARY_SELECT.replace('SELECT ', `SELECT ${rank} AS title_rank, ${CURSOR_AT}, `)}
       WHERE ${conditions.join(' AND ')}
       ORDER BY a.updated_at DESC, a.id DESC
       LIMIT ${p(limit + 1)}`;

    let sql: string;
    const text = q.q?.trim() ?? '';
    if (text) {
      const tokens = queryTokens(text);
      // Nothing searchable (only punctuation): nothing matches.
      if (tokens.length === 0) return { items: [], nextCursor: null };
      const query = `${p(tsqueryOf(tokens))}::tsquery`;
      const titled = `a.search_title @@ ${query}`;
      const rest = select(0, [
        ...where,
        `a.search_vector @@ ${query}`,
        `NOT (${titled})`,
        ...(cursor?.r === 0 ? [after(cursor)] : []),
      ]);
      sql =
        cursor?.r === 0
          ? rest
          : `(${select(1, [...where, titled, ...(cursor ? [after(cursor)] : [])])})
             UNION ALL (${rest}) LIMIT ${p(limit + 1)}`;
    } else {
      sql = select(0, [...where, ...(cursor ? [after(cursor)] : [])]);
    }
    const rows = await this.db.query<ArticleRow & { title_rank: number; cursor_at: string }>(
      sql,
      params,
    );
    const page = rows.slice(0, limit);
    const last = page[page.length - 1];
    return {
      items: page.map(toSummaryView),
      nextCursor:
        rows.length > limit && last
          ? encodeCursor({ r: Number(last.title_rank), t: last.cursor_at, i: last.id })
          : null,
    };
  }

  /** Counts for the home screens, over what the caller may see. */
  async stats(user: Caller): Promise<ArticleStatsView> {
    const readAll = can(user.role, 'article.readAny');
    const visible = readAll ? 'true' : `(a.author_id = $1 OR a.state = 'published')`;
    const rows = await this.db.query<{
      state: ArticleState;
      section_id: string | null;
      name: string | null;
      count: number;
      mine: number;
      pending: number;
    }>(
      `SELECT a.state, a.section_id, s.name, count(*)::int AS count,
         count(*) FILTER (WHERE a.author_id = $1)::int AS mine,
         count(*) FILTER (WHERE a.has_pending_revision)::int AS pending
       FROM articles a LEFT JOIN sections s ON s.id = a.section_id
       WHERE ${visible}
       GROUP BY a.state, a.section_id, s.name
       ORDER BY s.name NULLS LAST, a.state`,
      [user.id],
    );
    const total = (pick: (r: (typeof rows)[number]) => number) =>
      ARTICLE_STATES.map((state) => ({
        state,
        count: rows.filter((r) => r.state === state).reduce((n, r) => n + pick(r), 0),
      }));
    return {
      byState: total((r) => r.count),
      bySection: rows.map((r) => ({
        sectionId: r.section_id,
        name: r.name,
        state: r.state,
        count: r.count,
      })),
      mine: total((r) => r.mine),
      pendingRevisions: rows.reduce((n, r) => n + r.pending, 0),
    };
  }
}
