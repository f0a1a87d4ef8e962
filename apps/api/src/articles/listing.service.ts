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

/** The article columns SUMMARY_SELECT reads, for a search through the GIN index (see below). */
const SUMMARY_ARTICLE_COLUMNS = `a.id, a.number, a.title, a.slug, a.section_id, a.state,
  a.publish_at, a.published_at, a.author_id, a.version, a.word_count, a.view_count,
  a.has_pending_revision, a.created_at, a.updated_at`;

/** How often the token frequencies are read again from the planner's statistics. */
const STATS_TTL_MS = 10 * 60_000;

/**
 * Reading a row while walking a recency index costs about this many times a row fetched
 * through the GIN index: `search_vector` is large (out of line), `search_title` is small.
 */
const WALK_COST = { search_vector: 2, search_title: 0.2 } as const;
type SearchColumn = keyof typeof WALK_COST;

interface TokenStats {
  at: number;
  rows: number;
  freq: Record<SearchColumn, Map<string, number>>;
}

@Injectable()
export class ArticleListing {
  private tokenFreq: TokenStats | null = null;
  private loading: Promise<void> | null = null;

  constructor(private readonly db: Database) {}

  /**
   * Newest first (title matches first when searching), keyset-paginated on
   * (rank, updated_at, id). Filters come from the allow-listed query DTO only.
   *
   * A search is word-level: the query's syllable pairs (or its one syllable) must all be tokens
   * of `search_vector`. The title matches (rank 1, `search_title`) come first, then the other
   * matches (rank 0), each as its own newest-first query with a LIMIT. For each, a common phrase
   * walks the recency index and stops after LIMIT matches; a rare one reads its matches from the
   * GIN index and sorts them. Which is which comes from the planner's own statistics of the
   * tokens (most_common_elems), taking the rarest token of the phrase: PostgreSQL itself would
   * multiply the tokens' frequencies, but the pairs of one phrase occur together.
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
    if (state) {
      // A range, not `=`: an equality would make state a constant of the sort, and PostgreSQL
      // may then walk the newest-first index past every recently edited article of another
      // state (the drafts being worked on sit on top). Sorted by state first, only the
      // (state, …, updated_at) indexes give the order.
      const ps = p(state);
      where.push(`a.state >= ${ps} AND a.state <= ${ps}`);
    } else {
      where.push(`a.state <> 'trashed'`);
    }
    if (q.authorId) where.push(`a.author_id = ${p(q.authorId)}`);
    if (q.sectionId) where.push(`a.section_id = ${p(q.sectionId)}`);
    if (q.from) where.push(`a.updated_at >= ${p(q.from)}::timestamptz`);
    if (q.to) where.push(`a.updated_at < ${p(q.to)}::timestamptz`);
    const cursor = q.cursor ? decodeCursor(q.cursor) : null;
    const limit = q.limit ?? 20;
    const after = (c: Cursor) => `(a.updated_at, a.id) < (${p(c.t)}::timestamptz, ${p(c.i)}::uuid)`;
    const head = (rank: 0 | 1) =>
      SUMMARY_SELECT.replace('SELECT ', `SELECT ${rank} AS title_rank, ${CURSOR_AT}, `);
    const order = `${state ? 'a.state, ' : ''}a.updated_at DESC, a.id DESC`;
    const tail = () => `ORDER BY ${order} LIMIT ${p(limit + 1)}`;
    const select = (rank: 0 | 1, conditions: string[]) =>
      `${head(rank)} WHERE ${conditions.join(' AND ')} ${tail()}`;

    let sql: string;
    const text = q.q?.trim() ?? '';
    if (text) {
      const tokens = queryTokens(text);
      // Nothing searchable (only punctuation): nothing matches.
      if (tokens.length === 0) return { items: [], nextCursor: null };
      const stats = await this.tokenStats();
      const query = `${p(tsqueryOf(tokens))}::tsquery`;
      /** One rank: `match` on `column`, plus `conditions`, newest first. */
      const branch = (rank: 0 | 1, column: SearchColumn, conditions: string[]) => {
        if (this.common(stats, column, tokens, limit + 1)) {
          // ts_match_vq is @@ as a function, which no index serves: walk the recency index.
          return select(rank, [...conditions, `ts_match_vq(a.${column}, ${query})`]);
        }
        // OFFSET 0 keeps the ORDER BY/LIMIT out of the inner query: the GIN index finds all.
        return `${head(rank).replace(
          'FROM articles a',
          `FROM (SELECT ${SUMMARY_ARTICLE_COLUMNS} FROM articles a
             WHERE ${[...conditions, `a.${column} @@ ${query}`].join(' AND ')} OFFSET 0) a`,
        )} ${tail()}`;
      };
      const notTitled = `NOT ts_match_vq(a.search_title, ${query})`;
      const rest = branch(0, 'search_vector', [
        ...where,
        notTitled,
        ...(cursor?.r === 0 ? [after(cursor)] : []),
      ]);
      sql =
        cursor?.r === 0
          ? rest
          : `(${branch(1, 'search_title', [...where, ...(cursor ? [after(cursor)] : [])])})
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

  /**
   * Is the phrase common enough that walking newest-first finds `wanted` matches sooner than
   * reading every match from the GIN index? Expected walk: wanted / f rows; GIN: f * rows.
   */
  private common(stats: TokenStats, column: SearchColumn, tokens: string[], wanted: number) {
    const freqs = stats.freq[column];
    let f = 1;
    for (const t of tokens) f = Math.min(f, freqs.get(t) ?? 0);
    if (f === 0 || stats.rows <= 0) return false;
    return f >= Math.sqrt((WALK_COST[column] * wanted) / stats.rows);
  }

  /** The planner's statistics of the search tokens, read at most every STATS_TTL_MS. */
  private async tokenStats(): Promise<TokenStats> {
    if (!this.tokenFreq || Date.now() - this.tokenFreq.at > STATS_TTL_MS) {
      this.loading ??= this.loadStats().finally(() => (this.loading = null));
      if (!this.tokenFreq) await this.loading;
    }
    return this.tokenFreq!;
  }

  private async loadStats(): Promise<void> {
    const freq = {
      search_vector: new Map<string, number>(),
      search_title: new Map<string, number>(),
    };
    let rows = 0;
    try {
      const found = await this.db.query<{
        attname: SearchColumn;
        elems: string[] | null;
        freqs: number[] | null;
        rows: number;
      }>(
        `SELECT s.attname::text AS attname, s.most_common_elems::text::text[] AS elems,
           s.most_common_elem_freqs AS freqs,
           (SELECT c.reltuples FROM pg_class c WHERE c.oid = 'articles'::regclass) AS rows
         FROM pg_stats s
         WHERE s.schemaname = current_schema() AND s.tablename = 'articles'
           AND s.attname IN ('search_vector', 'search_title')`,
      );
      for (const r of found) {
        rows = Number(r.rows);
        const map = freq[r.attname];
        if (!map || !r.elems || !r.freqs) continue;
        r.elems.forEach((e, i) => map.set(e, Number(r.freqs![i])));
      }
    } catch {
      // No statistics (yet): every phrase counts as rare, which is right for a small table.
    }
    this.tokenFreq = { at: Date.now(), rows, freq };
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
