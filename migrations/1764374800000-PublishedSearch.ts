import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Reader search over the published version only, through a trigram index: a folded copy of the
 * published text kept by PostgreSQL itself (a generated column), so it can never drift.
 */
export class PublishedSearch1764374800000 implements MigrationInterface {
  name = 'PublishedSearch1764374800000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      -- IMMUTABLE wrapper: array_to_string is only STABLE in general, but immutable on text[].
      CREATE FUNCTION published_search_text(title text, lead text, dateline text, byline text, tags text[], body_html text)
        RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE
        AS $$ SELECT f_fold(coalesce(title, '') || ' ' || coalesce(lead, '') || ' ' || coalesce(dateline, '') || ' ' ||
             coalesce(byline, '') || ' ' || coalesce(array_to_string(tags, ' '), '') || ' ' ||
             regexp_replace(coalesce(body_html, ''), '<[^>]*>', ' ', 'g')) $$;
      ALTER TABLE published_articles ADD COLUMN search_text text
        GENERATED ALWAYS AS (published_search_text(title, lead, dateline, byline, tags, body_html)) STORED;
      CREATE INDEX published_articles_search_idx ON published_articles USING gin (search_text gin_trgm_ops);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE published_articles DROP COLUMN search_text;
      DROP FUNCTION published_search_text(text, text, text, text, text[], text);
    `);
  }
}
