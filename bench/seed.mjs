// Seeds a migrated database fast: users, sections, articles (tiptap bodies, search tokens through
// the app's own fold and tokeniser), published snapshots (body_html), revisions, transitions (COPY), and
// audit events through normal batched INSERTs so the hash-chain trigger links every row.
import { randomUUID } from 'node:crypto';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import pg from 'pg';
import { copyIn, line, textArray } from './copy.mjs';
import {
  DATELINES,
  FAMILY,
  LAST,
  MIDDLE,
  OBJECTS,
  PLACES,
  SECTIONS,
  SUBJECTS,
  TAGS,
  VERBS,
  WORDS,
} from './words.mjs';

const require = createRequire(import.meta.url);
const ROOT = resolve(import.meta.dirname, '..');

/** The app's own text helpers, from the production build. */
export function appLibs() {
  const vi = require(resolve(ROOT, 'dist/api/libs/vi-text/src/index.js'));
  const editor = require(resolve(ROOT, 'dist/api/libs/editor/src/index.js'));
  const server = require(resolve(ROOT, 'dist/api/libs/editor/src/server.js'));
  return { ...vi, documentText: editor.documentText, renderHtml: server.renderHtml };
}

export const BENCH_PASSWORD = 'bench-password-123';

/** Deterministic PRNG (mulberry32). */
export function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const STATE_MIX = [
  ['published', 0.62],
  ['draft', 0.12],
  ['in_review', 0.08],
  ['changes_requested', 0.04],
  ['scheduled', 0.02],
  ['unpublished', 0.04],
  ['trashed', 0.08],
];

const PATHS = {
  draft: [],
  in_review: [['submit', 'draft', 'in_review']],
  changes_requested: [
    ['submit', 'draft', 'in_review'],
    ['request_changes', 'in_review', 'changes_requested'],
  ],
  scheduled: [
    ['submit', 'draft', 'in_review'],
    ['schedule', 'in_review', 'scheduled'],
  ],
  published: [
    ['submit', 'draft', 'in_review'],
    ['publish', 'in_review', 'published'],
  ],
  unpublished: [
    ['submit', 'draft', 'in_review'],
    ['publish', 'in_review', 'published'],
    ['unpublish', 'published', 'unpublished'],
  ],
  trashed: [['trash', 'draft', 'trashed']],
};

const esc = (s) => s.replace(/[&<>]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : '&gt;'));

/** Text generator: every token carries its folded form, so the search tokens cost no second fold. */
export class Writer {
  constructor(libs, seed = 7) {
    this.libs = libs;
    this.r = rng(seed);
    this.cache = new Map();
  }
  pick(list) {
    return list[Math.floor(this.r() * list.length)];
  }
  int(lo, hi) {
    return lo + Math.floor(this.r() * (hi - lo + 1));
  }
  f(token) {
    let v = this.cache.get(token);
    if (v === undefined) {
      v = this.libs.fold(token);
      this.cache.set(token, v);
    }
    return v;
  }
  /** A sentence: [text, folded, syllables]. */
  sentence(place) {
    const toks = [];
    const r = this.r();
    // Mostly the article's own place; now and then another one.
    const where = () => place ?? (this.r() < 0.9 ? this.place : this.pick(PLACES));
    if (r < 0.35) toks.push(this.pick(SUBJECTS), where(), this.pick(VERBS));
    else if (r < 0.6) toks.push('Theo', this.pick(SUBJECTS), where());
    const n = this.int(9, 18);
    for (let i = 0; i < n; i++) {
      toks.push(this.pick(WORDS));
      if (i === 4 && this.r() < 0.5) toks.push(this.pick(OBJECTS));
    }
    const comma = this.int(3, toks.length - 3);
    let text = '';
    let folded = '';
    let syl = 0;
    for (let i = 0; i < toks.length; i++) {
      let t = toks[i];
      if (i === 0) t = t[0].toUpperCase() + t.slice(1);
      const end = i === toks.length - 1 ? '.' : i === comma ? ',' : '';
      text += (i ? ' ' : '') + t + end;
      folded += (i ? ' ' : '') + this.f(t) + end;
      syl += t.split(' ').length;
    }
    return [text, folded, syl];
  }
  paragraph(place, sentences) {
    let text = '';
    let folded = '';
    let syl = 0;
    for (let i = 0; i < sentences; i++) {
      const [t, f, s] = this.sentence(i === 0 ? place : undefined);
      text += (i ? ' ' : '') + t;
      folded += (i ? ' ' : '') + f;
      syl += s;
    }
    return [text, folded, syl];
  }
  person() {
    return `${this.pick(FAMILY)} ${this.pick(MIDDLE)} ${this.pick(LAST)}`;
  }

  /** One article's content. */
  article() {
    const place = this.pick(PLACES);
    this.place = place;
    const titleText = `${this.pick(SUBJECTS)} ${place} ${this.pick(VERBS)} ${this.pick(OBJECTS)}`;
    const dateline = this.pick(DATELINES);
    const [leadBody, leadFold, leadSyl] = this.paragraph(place, 2);
    const lead = `${dateline} - ${leadBody}`;
    const content = [];
    const foldedLines = [];
    const html = [];
    let words = leadSyl + 1;
    let p = 0;
    while (words < 800) {
      if (p === 4 || p === 9) {
        const [h, hf, hs] = this.sentence();
        const ht = h.slice(0, -1);
        content.push({
          type: 'heading',
          attrs: { level: 2 },
          content: [{ type: 'text', text: ht }],
        });
        foldedLines.push(hf.slice(0, -1));
        html.push(`<h2>${esc(ht)}</h2>`);
        words += hs;
      }
      const [t, f, s] = this.paragraph(p === 0 ? place : undefined, this.int(3, 5));
      content.push({ type: 'paragraph', content: [{ type: 'text', text: t }] });
      foldedLines.push(f);
      html.push(`<p>${esc(t)}</p>`);
      words += s;
      p++;
    }
    const tags = [];
    for (let i = this.int(1, 3); i > 0; i--) {
      const t = this.pick(TAGS);
      if (!tags.includes(t)) tags.push(t);
    }
    const searchText = `${this.f(titleText)} ${this.f(dateline)} - ${leadFold} ${foldedLines.join(' ')}`;
    return {
      title: titleText,
      lead,
      dateline,
      body: { type: 'doc', content },
      bodyHtml: html.join(''),
      searchText,
      searchTokens: this.tokens(searchText),
      titleTokens: this.libs.documentTokens(titleText),
      words,
      tags,
    };
  }
  /** documentTokens of already folded text (fold is idempotent), without folding it again. */
  tokens(folded) {
    const { SEARCH_TOKEN_SEPARATOR, SEARCH_TOKEN_MAX } = this.libs;
    const words = folded
      .split(SEARCH_TOKEN_SEPARATOR)
      .filter((x) => x.length > 0 && x.length <= SEARCH_TOKEN_MAX);
    const set = new Set(words);
    for (let i = 0; i + 1 < words.length; i++) set.add(`${words[i]}_${words[i + 1]}`);
    return [...set];
  }
}

/** Checks our shortcuts against the app's own functions on a sample; returns the mismatches. */
export function verifySample(libs, n = 20) {
  const w = new Writer(libs, 99);
  const problems = [];
  for (let i = 0; i < n; i++) {
    const a = w.article();
    const fold = libs.fold(
      `${a.title}\n${a.lead}\n${libs.documentText(a.body, { includeCaptions: true })}`,
    );
    if (fold !== a.searchText) problems.push(`search text differs on sample ${i}`);
    const tokens = libs.documentTokens(
      `${a.title}\n${a.lead}\n${libs.documentText(a.body, { includeCaptions: true })}`,
    );
    if (tokens.join(' ') !== [...a.searchTokens].sort().join(' ')) {
      problems.push(`search tokens differ on sample ${i}`);
    }
    if (i < 3) {
      const html = libs.renderHtml(a.body, { lazyAfter: 1, resolveMedia: () => null });
      if (html !== a.bodyHtml) problems.push(`body_html differs on sample ${i}`);
    }
    const wc = libs.countWords(`${a.lead}\n${libs.documentText(a.body)}`);
    if (Math.abs(wc - a.words) > 3) problems.push(`word count ${a.words} vs ${wc} on sample ${i}`);
  }
  return problems;
}

const ARTICLE_COLS = [
  'id',
  'number',
  'title',
  'slug',
  'section_id',
  'lead',
  'dateline',
  'body',
  'byline',
  'tags',
  'state',
  'publish_at',
  'published_at',
  'first_published_at',
  'author_id',
  'version',
  'word_count',
  'reading_minutes',
  'view_count',
  'search_vector',
  'search_title',
  'created_at',
  'updated_at',
  'updated_by',
];
const PUBLISHED_COLS = [
  'article_id',
  'number',
  'section_id',
  'slug',
  'title',
  'lead',
  'dateline',
  'body',
  'body_html',
  'byline',
  'tags',
  'seo_title',
  'seo_description',
  'word_count',
  'reading_minutes',
  'published_at',
  'first_published_at',
  'updated_at',
  'version',
];
const REVISION_COLS = [
  'article_id',
  'n',
  'kind',
  'version',
  'snapshot',
  'created_by',
  'created_at',
];
const TRANSITION_COLS = [
  'article_id',
  'action',
  'from_state',
  'to_state',
  'comment',
  'publish_at',
  'actor_id',
  'created_at',
];

/** Plain (non-constraint) indexes of a table, to drop before a bulk load and rebuild after. */
async function plainIndexes(c, table) {
  const { rows } = await c.query(
    `SELECT i.indexrelid::regclass::text AS name, pg_get_indexdef(i.indexrelid) AS def
     FROM pg_index i WHERE i.indrelid = $1::regclass
       AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = i.indexrelid)`,
    [table],
  );
  return rows;
}

/**
 * Seeds `articles` articles. Returns timings and counts.
 * opts: { url, articles, log, batch }
 */
export async function seed({ url, articles: total, log = console.log, batch = 1000 }) {
  const libs = appLibs();
  const problems = verifySample(libs);
  if (problems.length)
    throw new Error(`seed shortcuts disagree with the app: ${problems.join('; ')}`);
  const argon2 = require(resolve(ROOT, 'node_modules/argon2'));
  const t0 = performance.now();
  const timings = {};
  const mark = (k, since) => (timings[k] = Math.round(performance.now() - since));

  const main = new pg.Client({ connectionString: url });
  const side = [new pg.Client({ connectionString: url }), new pg.Client({ connectionString: url })];
  await Promise.all([main.connect(), ...side.map((c) => c.connect())]);
  for (const c of [main, ...side]) await c.query(`SET synchronous_commit = off`);

  // Users: 5 per role (the admin the app created from ADMIN_EMAIL counts as one admin).
  let t = performance.now();
  const hash = await argon2.hash(BENCH_PASSWORD, { type: argon2.argon2id });
  const existing = (await main.query(`SELECT id, role, email FROM users`)).rows;
  const users = [];
  const w = new Writer(libs, 7);
  for (const role of ['reporter', 'editor', 'admin']) {
    const have = existing.filter((u) => u.role === role);
    users.push(...have.map((u) => ({ ...u, displayName: u.email, pen: null })));
    for (let i = have.length; i < 5; i++) {
      const name = w.person();
      users.push({
        id: randomUUID(),
        role,
        email: `${role}${i + 1}@bench.toasoan.test`,
        displayName: name,
        pen: name.split(' ').slice(-2).join(' '),
        fresh: true,
      });
    }
  }
  await copyIn(
    main,
    'users',
    ['id', 'email', 'password_hash', 'display_name', 'pen_name', 'role'],
    [
      users
        .filter((u) => u.fresh)
        .map((u) => line([u.id, u.email, hash, u.displayName, u.pen, u.role]))
        .join(''),
    ],
  );
  const sections = SECTIONS.map(([name, slug], i) => ({ id: randomUUID(), name, slug, i }));
  await copyIn(
    main,
    'sections',
    ['id', 'name', 'slug', 'description', 'position'],
    [sections.map((s) => line([s.id, s.name, s.slug, `Tin ${s.name} mới nhất`, s.i])).join('')],
  );
  mark('users_sections_ms', t);

  // Drop plain indexes for the load; rebuilt afterwards from their exact definitions.
  const dropped = [];
  for (const table of ['articles', 'published_articles', 'revisions']) {
    for (const ix of await plainIndexes(main, table)) {
      dropped.push(ix);
      await main.query(`DROP INDEX ${ix.name}`);
    }
  }

  t = performance.now();
  const writers = users.filter((u) => u.role !== 'admin');
  const editors = users.filter((u) => u.role !== 'reporter');
  const slugCount = new Map();
  const audits = [];
  const now = Date.now();
  const span = 3 * 365 * 24 * 3600 * 1000;
  const counts = { articles: 0, published: 0, revisions: 0, transitions: 0 };
  let pending = Promise.resolve();
  for (let start = 0; start < total; start += batch) {
    const A = [];
    const P = [];
    const R = [];
    const T = [];
    for (let i = start; i < Math.min(total, start + batch); i++) {
      const a = w.article();
      const id = randomUUID();
      const number = i + 1;
      const base = libs.slugify(a.title) || 'bai-viet';
      const seen = slugCount.get(base) ?? 0;
      slugCount.set(base, seen + 1);
      const slug = seen ? `${base}-${seen + 1}` : base;
      const section = sections[Math.floor(w.r() * sections.length)];
      const author = writers[Math.floor(w.r() * writers.length)];
      const editor = editors[Math.floor(w.r() * editors.length)];
      let x = w.r();
      let state = 'draft';
      for (const [s, p] of STATE_MIX) {
        if (x < p) {
          state = s;
          break;
        }
        x -= p;
      }
      // Older numbers are older articles; a little jitter.
      const created = now - span + (span * i) / total + Math.floor(w.r() * 3600_000);
      const revs = w.int(2, 5);
      const path = PATHS[state];
      const stepMs = 20 * 60_000;
      const updated = created + (revs + path.length) * stepMs;
      const published =
        state === 'published' || state === 'unpublished' ? created + revs * stepMs + stepMs : null;
      const publishAt = state === 'scheduled' ? now + 86_400_000 + i * 1000 : null;
      const byline = `Bài, ảnh: ${author.pen ?? author.displayName}`;
      const minutes = Math.max(1, Math.round(a.words / 200));
      const iso = (ms) => (ms === null ? null : new Date(ms).toISOString());
      const body = JSON.stringify(a.body);
      A.push(
        line([
          id,
          number,
          a.title,
          slug,
          section.id,
          a.lead,
          a.dateline,
          body,
          byline,
          textArray(a.tags),
          state,
          iso(publishAt),
          iso(published),
          iso(published),
          author.id,
          revs,
          a.words,
          minutes,
          state === 'published' ? Math.floor(w.r() * 20000) : 0,
          // tsvector input: lexemes separated by spaces (tokens have no quotes, colons or spaces)
          a.searchTokens.join(' '),
          a.titleTokens.join(' '),
          iso(created),
          iso(updated),
          author.id,
        ]),
      );
      if (state === 'published') {
        P.push(
          line([
            id,
            number,
            section.id,
            slug,
            a.title,
            a.lead,
            a.dateline,
            body,
            a.bodyHtml,
            byline,
            textArray(a.tags),
            '',
            '',
            a.words,
            minutes,
            iso(published),
            iso(published),
            iso(published),
            revs,
          ]),
        );
        counts.published++;
      }
      for (let n = 1; n <= revs; n++) {
        const content = a.body.content.slice(0, a.body.content.length - (revs - n));
        const snap = {
          title: a.title,
          slug,
          sectionId: section.id,
          lead: a.lead,
          dateline: a.dateline,
          body: n === revs ? a.body : { type: 'doc', content },
          featuredMediaId: null,
          byline,
          tags: a.tags,
          seoTitle: '',
          seoDescription: '',
          state: 'draft',
        };
        const kind = n === 1 ? 'create' : 'save';
        R.push(
          line([id, n, kind, n, JSON.stringify(snap), author.id, iso(created + (n - 1) * stepMs)]),
        );
        audits.push([
          author.id,
          author.displayName,
          n === 1 ? 'article.create' : 'article.update',
          id,
          JSON.stringify(
            n === 1
              ? { title: a.title, slug, sectionId: section.id, revision: 1 }
              : { fields: ['body'], version: n, revision: n },
          ),
        ]);
        counts.revisions++;
      }
      path.forEach(([action, from, to], k) => {
        const actor = action === 'submit' || action === 'trash' ? author : editor;
        const comment =
          action === 'request_changes'
            ? 'Đề nghị bổ sung số liệu và ý kiến người dân.'
            : action === 'unpublish'
              ? 'Gỡ theo yêu cầu đính chính.'
              : null;
        T.push(
          line([
            id,
            action,
            from,
            to,
            comment,
            action === 'schedule' ? iso(publishAt) : null,
            actor.id,
            iso(created + (revs + k) * stepMs),
          ]),
        );
        audits.push([
          actor.id,
          actor.displayName,
          `article.${action}`,
          id,
          JSON.stringify({ from, to, ...(comment ? { comment } : {}) }),
        ]);
        counts.transitions++;
      });
      counts.articles++;
    }
    // Articles first (FKs), then the rest on two more connections, overlapped with generating
    // the next batch.
    await pending;
    pending = (async () => {
      await copyIn(main, 'articles', ARTICLE_COLS, A);
      await Promise.all([
        copyIn(side[0], 'published_articles', PUBLISHED_COLS, P),
        copyIn(side[1], 'revisions', REVISION_COLS, R).then(() =>
          copyIn(side[1], 'article_transitions', TRANSITION_COLS, T),
        ),
      ]);
    })();
    if ((start / batch) % 10 === 9) log(`  seeded ${start + batch} articles`);
  }
  await pending;
  await main.query(
    `SELECT setval(pg_get_serial_sequence('articles', 'number'), (SELECT max(number) FROM articles))`,
  );
  mark('copy_ms', t);

  // Audit events: plain INSERTs (the trigger numbers and chains each row), 500 per statement,
  // one statement per transaction so the head row's update chain stays short.
  t = performance.now();
  const AUDIT_BATCH = 500;
  for (let i = 0; i < audits.length; i += AUDIT_BATCH) {
    const rows = audits.slice(i, i + AUDIT_BATCH);
    const params = [];
    const values = rows.map((r, k) => {
      params.push(r[0], r[1], r[2], r[3], r[4]);
      const b = k * 5;
      return `($${b + 1}, $${b + 2}, NULL, $${b + 3}, 'article', $${b + 4}, $${b + 5}::jsonb)`;
    });
    await main.query(
      `INSERT INTO audit_events (actor_id, actor_name, ip, action, entity_type, entity_id, data)
       VALUES ${values.join(', ')}`,
      params,
    );
    if ((i / AUDIT_BATCH) % 200 === 199) log(`  audit events: ${i + AUDIT_BATCH}`);
  }
  counts.audit_events = audits.length;
  mark('audit_ms', t);

  t = performance.now();
  await main.query(`SET maintenance_work_mem = '512MB'`);
  for (const c of side) await c.query(`SET maintenance_work_mem = '256MB'`);
  // Two index builds at a time (two cores).
  const queue = [...dropped];
  await Promise.all(
    [main, side[0]].map(async (c) => {
      for (let ix = queue.shift(); ix; ix = queue.shift()) await c.query(ix.def);
    }),
  );
  mark('indexes_ms', t);
  t = performance.now();
  await main.query(
    `VACUUM (ANALYZE) articles, published_articles, revisions, audit_events, audit_head, users, sections`,
  );
  mark('vacuum_analyze_ms', t);
  timings.total_ms = Math.round(performance.now() - t0);

  await Promise.all([main.end(), ...side.map((c) => c.end())]);
  return { timings, counts, users, sections };
}
