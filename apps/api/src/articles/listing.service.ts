import { BadRequestException, Injectable } from '@nestjs/common';
import { ARTICLE_STATES, can, type ArticleState } from '@toasoan/workflow';
import { fold } from '@toasoan/vi-text';
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

/** LIKE pattern for a literal substring. */
function contains(s: string): string {
  return `%${s.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

@Injectable()
export class ArticleListing {
  constructor(private readonly db: Database) {}

  /**
   * Newest first (title matches first when searching), keyset-paginated on
   * (rank, updated_at, id). Filters come from the allow-listed query DTO only.
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
    let rank = '0';
    const needle = q.q !== undefined ? fold(q.q) : '';
    if (needle) {
      const pattern = p(contains(needle));
      where.push(`a.search_text LIKE ${pattern}`);
      rank = `(CASE WHEN f_fold(a.title) LIKE ${pattern} THEN 1 ELSE 0 END)`;
    }
    if (q.cursor) {
      const c = decodeCursor(q.cursor);
      where.push(
        `(${rank}, a.updated_at, a.id) < (${p(c.r)}::int, ${p(c.t)}::timestamptz, ${p(c.i)}::uuid)`,
      );
    }
    const limit = q.limit ?? 20;
    const rows = await this.db.query<ArticleRow & { title_rank: number; cursor_at: string }>(
      `${SUMMARY_SELECT.replace(
        'SELECT ',
        `SELECT ${rank} AS title_rank, to_char(a.updated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS cursor_at, `,
      )}
       WHERE ${where.join(' AND ')}
       ORDER BY title_rank DESC, a.updated_at DESC, a.id DESC
       LIMIT ${p(limit + 1)}`,
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
