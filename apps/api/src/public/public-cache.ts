import { Injectable } from '@nestjs/common';
import { Database } from '../database/database.service';

/**
 * Short in-process caches of the reader side (rendered pages, article JSON, related lists).
 *
 * Never stale beyond a fraction of a second after a change, on every instance:
 * `public_generation` (migration 1764375000000) is bumped by triggers in the same transaction as
 * any change readers could see (published snapshot written or removed, comment approved or
 * removed, correction, section, photo). Each instance re-reads it at most every
 * `GENERATION_CHECK_MS` (lazily, one query shared by the requests that need it) and drops every
 * cached entry when it moved; entries are also tagged with the generation they were built under.
 * After a write request handled by this instance (publish, unpublish, correction, moderation…)
 * the next read re-checks at once, so the instance that made a change never serves the old page.
 * The TTLs bound only what no trigger sees: the view count. A cached article keeps its body
 * around the count (see Counted) and this instance's flushes add to it; counts flushed by other
 * instances show when the entry expires (30 s, within the pages' own max-age of 60 s).
 */
export const GENERATION_CHECK_MS = 250;

/** Stands for the view count while an article page or JSON is built for the cache. */
export const VIEWS_MARK = 'TSN-VIEWS-7f3a9c';

/**
 * A response body with its view count cut out: `head + format(views) + tail`. The ETag is
 * `tag` (a hash of head and tail) plus the count, so it changes whenever the body does.
 */
export interface Counted {
  /** UTF-8 bytes (Buffers live outside the JS heap: a big cache does not slow the GC). */
  head: Buffer;
  tail: Buffer;
  /** False when the body does not show the count (head is the whole body). */
  shown: boolean;
  views: number;
  tag: string;
  articleId: string;
  /** The last body and ETag built (for `memo.views`), reused until the count changes. */
  memo?: { views: number; body: Buffer; etag: string };
}

const EMPTY = Buffer.alloc(0);

/** A string's UTF-8 bytes in a Buffer of its own (not a slice of Node's shared pool). */
function utf8(s: string): Buffer {
  const b = Buffer.allocUnsafeSlow(Buffer.byteLength(s, 'utf8'));
  b.write(s, 0, 'utf8');
  return b;
}

/** Cuts `mark` out of `body`; null when it is there more than once (then do not cache). */
export function cutViews(
  body: string,
  mark: string,
  views: number,
  articleId: string,
  tag: (s: string) => string,
): Counted | null {
  const at = body.indexOf(mark);
  if (at < 0) {
    return { head: utf8(body), tail: EMPTY, shown: false, views, tag: tag(body), articleId };
  }
  if (body.indexOf(mark, at + mark.length) >= 0) return null;
  const head = body.slice(0, at);
  const tail = body.slice(at + mark.length);
  return {
    head: utf8(head),
    tail: utf8(tail),
    shown: true,
    views,
    tag: tag(head + '\u0000' + tail),
    articleId,
  };
}

/**
 * The body of a Counted with its current count (`format` turns the count into text) and its
 * ETag (the hash of the body around the count, and the count); built once per count.
 */
export function countedResponse(
  c: Counted,
  format: (n: number) => string,
): { body: Buffer; etag: string } {
  if (c.memo?.views === c.views) return c.memo;
  const body = c.shown ? Buffer.concat([c.head, utf8(format(c.views)), c.tail]) : c.head;
  const etag = c.shown ? `${c.tag.slice(0, -1)}.${c.views}"` : c.tag;
  c.memo = { views: c.views, body, etag };
  return c.memo;
}

export interface CacheLimits {
  ttlMs: number;
  maxEntries: number;
  /** Approximate bytes kept at most (the sizes given by the loaders). */
  maxBytes: number;
}

interface Entry<T> {
  value: T;
  gen: string;
  expires: number;
  size: number;
  articleId: string | null;
}

/** A bounded map with expiry; oldest-inserted entries are evicted first. */
export class CacheStore<T> {
  private readonly map = new Map<string, Entry<T>>();
  private bytes = 0;

  constructor(readonly limits: CacheLimits) {}

  get size(): number {
    return this.map.size;
  }

  get(key: string, gen: string, now = Date.now()): T | undefined {
    const e = this.map.get(key);
    if (!e) return undefined;
    if (e.gen !== gen || e.expires <= now) {
      this.delete(key, e);
      return undefined;
    }
    return e.value;
  }

  set(key: string, value: T, gen: string, size: number, articleId: string | null): void {
    if (size > this.limits.maxBytes / 4) return; // one huge page must not flush everything else
    const old = this.map.get(key);
    if (old) this.delete(key, old);
    this.map.set(key, { value, gen, expires: Date.now() + this.limits.ttlMs, size, articleId });
    this.bytes += size;
    while (this.map.size > this.limits.maxEntries || this.bytes > this.limits.maxBytes) {
      const first = this.map.entries().next();
      if (first.done) break;
      this.delete(first.value[0], first.value[1]);
    }
  }

  clear(): void {
    this.map.clear();
    this.bytes = 0;
  }

  /** Every live value built from one of these articles. */
  *ofArticles(ids: ReadonlyMap<string, unknown>): Generator<[string, T]> {
    for (const e of this.map.values()) {
      if (e.articleId && ids.has(e.articleId)) yield [e.articleId, e.value];
    }
  }

  private delete(key: string, e: Entry<T>): void {
    this.map.delete(key);
    this.bytes -= e.size;
  }
}

export interface Loaded<T> {
  value: T;
  /** Approximate size in bytes. */
  size: number;
  /** The article this value shows (for dropping it when its view count is flushed). */
  articleId?: string | null;
}

@Injectable()
export class PublicCache {
  /** Article JSON bodies by slug. */
  readonly articleJson = new CacheStore<Counted>({
    ttlMs: 30_000,
    maxEntries: 5_000,
    maxBytes: 48 << 20,
  });
  /** Rendered article pages by number (+ print), with the article's current path. */
  readonly articlePage = new CacheStore<Counted & { path: string }>({
    ttlMs: 30_000,
    maxEntries: 3_000,
    maxBytes: 64 << 20,
  });
  /** "Tin khác": related cards per article (their own view counts are not shown). */
  readonly related = new CacheStore<unknown>({
    ttlMs: 60_000,
    maxEntries: 10_000,
    maxBytes: 32 << 20,
  });
  /** Small pages and lists: home, search pages, the section list. */
  readonly pages = new CacheStore<{ body: string; etag: string } | unknown>({
    ttlMs: 10_000,
    maxEntries: 1_000,
    maxBytes: 32 << 20,
  });

  private gen: string | null = null;
  private checkedAt = 0;
  private checking: Promise<string> | null = null;
  /** Bumped by recheck(): a generation read that started before it does not count as fresh. */
  private dirty = 0;
  /** Bumped whenever entries are dropped locally: a load that started before must not store. */
  private epoch = 0;
  private readonly inflight = new Map<string, Promise<unknown>>();

  constructor(private readonly db: Database) {}

  private stores(): CacheStore<unknown>[] {
    return [this.articleJson, this.articlePage, this.related, this.pages];
  }

  /** The current generation (re-read from the database at most every GENERATION_CHECK_MS). */
  async generation(): Promise<string> {
    if (this.gen !== null && Date.now() - this.checkedAt < GENERATION_CHECK_MS) return this.gen;
    if (!this.checking) {
      this.checking = this.readGeneration().finally(() => (this.checking = null));
    }
    return this.checking;
  }

  private async readGeneration(): Promise<string> {
    const started = Date.now();
    const dirty = this.dirty;
    const row = await this.db.one<{ gen: string }>(
      `SELECT gen::text AS gen FROM public_generation`,
    );
    const gen = row?.gen ?? '0';
    if (gen !== this.gen) {
      for (const s of this.stores()) s.clear();
      this.epoch++;
      this.gen = gen;
    }
    this.checkedAt = dirty === this.dirty ? started : 0;
    return gen;
  }

  /** Something was written through this instance: the next read re-checks the generation. */
  recheck(): void {
    this.dirty++;
    this.checkedAt = 0;
  }

  /** This instance flushed these view counts: the cached articles show them from now on. */
  addViews(batch: ReadonlyMap<string, number>): void {
    if (batch.size === 0) return;
    this.epoch++; // a page being built now may have read the count before the flush
    for (const store of [this.articleJson, this.articlePage] as CacheStore<Counted>[]) {
      for (const [id, c] of store.ofArticles(batch)) c.views += batch.get(id) ?? 0;
    }
  }

  /**
   * The cached value, else `load()` (once for concurrent requests of the same key), stored when
   * nothing changed meanwhile. `null` from load is returned and not cached.
   */
  async through<T>(
    store: CacheStore<T>,
    key: string,
    load: () => Promise<Loaded<T> | null>,
  ): Promise<T | null> {
    const gen = await this.generation();
    const hit = store.get(key, gen);
    if (hit !== undefined) return hit;
    const flightKey = `${this.stores().indexOf(store as CacheStore<unknown>)}|${gen}|${this.epoch}|${key}`;
    const running = this.inflight.get(flightKey) as Promise<T | null> | undefined;
    if (running) return running;
    const epoch = this.epoch;
    const p = load()
      .then((r) => {
        if (!r) return null;
        if (this.gen === gen && this.epoch === epoch) {
          store.set(key, r.value, gen, r.size, r.articleId ?? null);
        }
        return r.value;
      })
      .finally(() => this.inflight.delete(flightKey));
    this.inflight.set(flightKey, p);
    return p;
  }
}
