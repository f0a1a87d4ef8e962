// The ceiling: a bare node:http + pg server answering the same single-row read as
// GET /api/public/articles/:slug (the published article by slug, as JSON) from the same database.
// Usage: DATABASE_URL=… PORT=… node bench/ceiling.mjs
import http from 'node:http';
import pg from 'pg';

const pool = new pg.Pool({
  connectionString: process.env.DATABASE_URL,
  max: Number(process.env.POOL_SIZE ?? 10),
});
const SQL = `SELECT p.number, p.slug, p.title, p.lead, p.dateline, p.byline, p.tags, p.body_html,
  p.seo_title, p.seo_description, p.word_count, p.reading_minutes, p.published_at,
  p.first_published_at, p.updated_at, s.slug AS section_slug, s.name AS section_name,
  a.view_count::text AS view_count
  FROM published_articles p JOIN articles a ON a.id = p.article_id
  LEFT JOIN sections s ON s.id = p.section_id
  WHERE p.slug = $1`;

const server = http.createServer(async (req, res) => {
  const m = /^\/articles\/([a-z0-9-]{1,200})$/.exec(req.url ?? '');
  if (!m) {
    res.writeHead(404).end();
    return;
  }
  try {
    const { rows } = await pool.query({ name: 'by_slug', text: SQL, values: [m[1]] });
    if (!rows[0]) {
      res.writeHead(404, { 'content-type': 'application/json' }).end('{"statusCode":404}');
      return;
    }
    const body = JSON.stringify(rows[0]);
    res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' }).end(body);
  } catch (e) {
    res.writeHead(500).end(String(e));
  }
});
server.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => {
  console.log(`ceiling listening on ${server.address().port}`);
});
const stop = () => server.close(() => pool.end().then(() => process.exit(0)));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
