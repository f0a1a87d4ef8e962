// Query plans: the exact SQL the app runs (captured from the production build's own classes
// with a recording database), run under EXPLAIN (ANALYZE, BUFFERS). And --million growth.
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';

const require = createRequire(import.meta.url);
const ROOT = resolve(import.meta.dirname, '..');
const DIST = resolve(ROOT, 'dist/api/apps/api/src');

/**
 * The SQL + params the app would send, without sending it. Reads of the planner's statistics
 * (the editorial search chooses its plan from them) are answered by the real database.
 */
async function capture(fn, db) {
  const seen = [];
  const rec = async (sql, params) => {
    if (db && /\bpg_stats\b/.test(sql)) return (await db.query(sql, params)).rows;
    seen.push({ sql, params: params ?? [] });
    return [];
  };
  const fake = {
    query: rec,
    one: async (sql, params) => (await rec(sql, params))[0] ?? null,
    prepared: async (_name, sql, params) => rec(sql, params),
  };
  await fn(fake);
  return seen;
}

async function appQueries(db, s) {
  require('reflect-metadata');
  const { ArticleListing } = require(resolve(DIST, 'articles/listing.service.js'));
  const { PublicRepository, searchWords } = require(resolve(DIST, 'public/public.repository.js'));
  const editor = (
    await db.query(`SELECT id, role FROM users WHERE email = 'editor1@bench.toasoan.test'`)
  ).rows[0];
  const section = s.sections[0].id;
  const list = (q) => capture((fake) => new ArticleListing(fake).list(editor, q), db);
  const pub = (fn) => capture((fake) => fn(new PublicRepository(fake)));
  const slug = s.pub[0].slug;
  return [
    [
      'editorial list: state=published, one section, newest 20',
      await list({ state: 'published', sectionId: section, limit: 20 }),
    ],
    [
      'editorial list: state=draft, one section, newest 20',
      await list({ state: 'draft', sectionId: section, limit: 20 }),
    ],
    ['editorial list: everything not trashed, newest 20', await list({ limit: 20 })],
    ['editorial search: q="da nang" (common place name)', await list({ q: 'da nang', limit: 20 })],
    [
      'editorial search: q="le hoi hoa ban" (phrase)',
      await list({ q: 'le hoi hoa ban', limit: 20 }),
    ],
    [
      'editorial search: q="dien bien phu" + state=published',
      await list({ q: 'dien bien phu', state: 'published', limit: 20 }),
    ],
    ['public home: newest 10 and 4 per section (one query)', await pub((r) => r.home(10, 4))],
    [
      'public section page: newest 20 in a section',
      await pub((r) => r.list({ sectionId: section, limit: 20 })),
    ],
    [
      'public search /tim-kiem?q=da nang',
      await pub((r) => r.list({ words: searchWords('da nang'), limit: 21, offset: 0 })),
    ],
    [
      'public article JSON: by slug with corrections and approved comments (one query)',
      await pub((r) => r.fullBySlug(slug)),
    ],
    [
      'public article page: by number with corrections and approved comments (one query)',
      await pub((r) => r.fullByNumber(String(s.pub[0].number))),
    ],
    [
      'public article page: related articles (Tin khác)',
      await pub(async (r) => {
        const rows = await db.query(
          `SELECT article_id, tags, section_id FROM published_articles WHERE slug = $1`,
          [slug],
        );
        return r.related(rows.rows[0]);
      }),
    ],
  ].map(([name, qs]) => ({ name, ...qs[0] }));
}

export async function explainAll(db, _dbUrl, articles, s, outDir) {
  const queries = await appQueries(db, s);
  const results = [];
  let text = `# Query plans at ${articles} articles\n\n`;
  for (const q of queries) {
    let plan;
    let timedOut = false;
    await db.query(`SET statement_timeout = '120s'`);
    try {
      const { rows } = await db.query(`EXPLAIN (ANALYZE, BUFFERS) ${q.sql}`, q.params);
      plan = rows.map((r) => r['QUERY PLAN']).join('\n');
    } catch (e) {
      if (e.code !== '57014') throw e;
      timedOut = true;
      const { rows } = await db.query(`EXPLAIN ${q.sql}`, q.params);
      plan = `-- EXPLAIN ANALYZE cancelled after 120 s; plan without ANALYZE:\n${rows.map((r) => r['QUERY PLAN']).join('\n')}`;
    } finally {
      await db.query(`SET statement_timeout = 0`);
    }
    const exec = timedOut ? Infinity : Number(/Execution Time: ([\d.]+) ms/.exec(plan)?.[1] ?? NaN);
    const planning = Number(/Planning Time: ([\d.]+) ms/.exec(plan)?.[1] ?? NaN);
    const indexes = [
      ...new Set(
        [
          ...plan.matchAll(
            /(?:Index|Index Only|Bitmap Index) Scan (?:Backward )?(?:using|on) (\w+)/g,
          ),
        ].map((m) => m[1]),
      ),
    ];
    const seq = [...new Set([...plan.matchAll(/Seq Scan on (\w+)/g)].map((m) => m[1]))];
    results.push({
      name: q.name,
      timedOut,
      executionMs: exec,
      planningMs: planning,
      indexes,
      seqScans: seq,
    });
    text += `## ${q.name}\n\n\`\`\`sql\n${q.sql.trim()}\n\`\`\`\nparams: ${JSON.stringify(q.params)}\n\n\`\`\`\n${plan}\n\`\`\`\n\n`;
  }
  const file = `plans-${articles}.md`;
  writeFileSync(resolve(outDir, file), text);
  return { articles, file: `bench/out/${file}`, queries: results };
}

/**
 * Grows articles (and the published snapshots) to 1,000,000 with server-side copies of the
 * seeded rows: new ids, numbers and slugs, dates interleaved a few minutes apart.
 */
export async function growToMillion(db, seeded, log) {
  const t0 = performance.now();
  await db.query(`SET synchronous_commit = off`);
  await db.query(`SET maintenance_work_mem = '512MB'`);
  const copies = Math.ceil(1_000_000 / seeded) - 1;
  const ixs = (
    await db.query(
      `SELECT i.indexrelid::regclass::text AS name, pg_get_indexdef(i.indexrelid) AS def
       FROM pg_index i WHERE i.indrelid IN ('articles'::regclass, 'published_articles'::regclass)
         AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = i.indexrelid)`,
    )
  ).rows;
  for (const ix of ixs) await db.query(`DROP INDEX ${ix.name}`);
  for (let g = 1; g <= copies; g++) {
    const limit = Math.min(seeded, 1_000_000 - seeded * g);
    await db.query(
      `INSERT INTO articles (id, number, title, slug, section_id, lead, dateline, body, byline, tags,
         state, publish_at, published_at, first_published_at, author_id, version, word_count,
         reading_minutes, view_count, search_vector, search_title, created_at, updated_at, updated_by)
       OVERRIDING SYSTEM VALUE
       SELECT md5(a.id::text || $1::text)::uuid, a.number + $1::bigint * $2::bigint, a.title,
         a.slug || '-b' || $1::text, a.section_id, a.lead, a.dateline, a.body, a.byline, a.tags,
         a.state, a.publish_at, a.published_at - $1::int * interval '7 minutes',
         a.first_published_at - $1::int * interval '7 minutes', a.author_id, a.version, a.word_count,
         a.reading_minutes, a.view_count, a.search_vector, a.search_title, a.created_at - $1::int * interval '7 minutes',
         a.updated_at - $1::int * interval '7 minutes', a.updated_by
       FROM articles a WHERE a.number <= $3 ORDER BY a.number`,
      [g, seeded, limit],
    );
    await db.query(
      `INSERT INTO published_articles (article_id, number, section_id, slug, title, lead, dateline,
         body, body_html, featured_media_id, byline, tags, seo_title, seo_description, word_count,
         reading_minutes, published_at, first_published_at, updated_at, version)
       SELECT md5(p.article_id::text || $1::text)::uuid, p.number + $1::bigint * $2::bigint,
         p.section_id, p.slug || '-b' || $1::text, p.title, p.lead, p.dateline, p.body, p.body_html,
         p.featured_media_id, p.byline, p.tags, p.seo_title, p.seo_description, p.word_count,
         p.reading_minutes, p.published_at - $1::int * interval '7 minutes',
         p.first_published_at - $1::int * interval '7 minutes',
         p.updated_at - $1::int * interval '7 minutes', p.version
       FROM published_articles p WHERE p.number <= $3`,
      [g, seeded, limit],
    );
    log(`  copy ${g}/${copies}: ${seeded * (g + 1)} articles`);
  }
  await db.query(
    `SELECT setval(pg_get_serial_sequence('articles', 'number'), (SELECT max(number) FROM articles))`,
  );
  const tIx = performance.now();
  for (const ix of ixs) await db.query(ix.def);
  const indexMs = Math.round(performance.now() - tIx);
  await db.query(`VACUUM (ANALYZE) articles, published_articles`);
  const counts = (
    await db.query(
      `SELECT (SELECT count(*) FROM articles)::int AS articles,
              (SELECT count(*) FROM published_articles)::int AS published`,
    )
  ).rows[0];
  return { ms: Math.round(performance.now() - t0), indexMs, ...counts };
}
