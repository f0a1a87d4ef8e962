import { MigrationInterface, QueryRunner } from 'typeorm';
import { documentTokens } from '@toasoan/vi-text';

/**
 * Editorial search by words instead of trigrams, the list index for state + section, and a
 * cheaper audit chain.
 *
 * - `articles.search_vector`: the tokens of the folded title + lead + body + captions (every
 *   syllable and every pair of adjacent syllables, `da_nang`; computed by the API with
 *   `documentTokens` of libs/vi-text), GIN-indexed; `search_title`: the same for the title alone, to rank title
 *   matches first. They replace `search_text` and its trigram index, which matched most of the
 *   table for any common syllable and made every save insert thousands of trigrams.
 * - `articles_state_section_idx`: `state = … AND section_id = …` newest first without filtering.
 * - lz4 (where available) for the large values every save writes: body, search_vector, snapshot.
 * - `audit_chain()`: the digest is computed in PL/pgSQL (no SQL function call per row) and the
 *   head row is updated once per event instead of twice. `audit_digest` (used to verify) is
 *   unchanged and gives the same hash.
 */
export class EditorialPerformance1764374900000 implements MigrationInterface {
  name = 'EditorialPerformance1764374900000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE articles
        ADD COLUMN search_vector tsvector NOT NULL DEFAULT ''::tsvector,
        ADD COLUMN search_title tsvector NOT NULL DEFAULT ''::tsvector;
    `);
    // Backfill with the API's own tokeniser, in batches (search_text = fold(title, lead, text)).
    let last = '00000000-0000-0000-0000-000000000000';
    for (;;) {
      const rows = (await q.query(
        `SELECT id, title, search_text FROM articles WHERE id > $1 ORDER BY id LIMIT 500`,
        [last],
      )) as { id: string; title: string; search_text: string }[];
      if (rows.length === 0) break;
      const batch = rows.map((r) => ({
        id: r.id,
        v: documentTokens(r.search_text),
        t: documentTokens(r.title),
      }));
      await q.query(
        `UPDATE articles a
            SET search_vector = array_to_tsvector(ARRAY(SELECT jsonb_array_elements_text(x.e->'v'))),
                search_title = array_to_tsvector(ARRAY(SELECT jsonb_array_elements_text(x.e->'t')))
           FROM jsonb_array_elements($1::jsonb) AS x(e)
          WHERE a.id = (x.e->>'id')::uuid`,
        [JSON.stringify(batch)],
      );
      last = rows[rows.length - 1].id;
    }
    await q.query(`
      DROP INDEX articles_search_idx;
      ALTER TABLE articles DROP COLUMN search_text;
      CREATE INDEX articles_search_vector_idx ON articles USING gin (search_vector);
      CREATE INDEX articles_search_title_idx ON articles USING gin (search_title);
      -- Rare and common lexemes must be told apart for the planner to choose between the GIN
      -- index (rare) and walking the newest-first index (common).
      ALTER TABLE articles ALTER COLUMN search_vector SET STATISTICS 1000;
      ALTER TABLE articles ALTER COLUMN search_title SET STATISTICS 1000;
      CREATE INDEX articles_state_section_idx ON articles (state, section_id, updated_at DESC, id DESC);

      -- Every save compresses the body, its search tokens and the revision's snapshot: lz4 costs
      -- a fraction of the default pglz. Only where the server is built with lz4.
      DO $$ BEGIN
        ALTER TABLE articles ALTER COLUMN body SET COMPRESSION lz4,
          ALTER COLUMN search_vector SET COMPRESSION lz4;
        ALTER TABLE revisions ALTER COLUMN snapshot SET COMPRESSION lz4;
      EXCEPTION WHEN feature_not_supported THEN NULL;
      END $$;

      CREATE OR REPLACE FUNCTION audit_chain() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        s bigint;
        h text;
      BEGIN
        SELECT seq + 1, hash INTO s, h FROM audit_head WHERE id = 1 FOR UPDATE;
        NEW.id := s;
        NEW.at := now();
        NEW.prev_hash := h;
        -- The same text as audit_digest(prev, e), which verification uses.
        NEW.hash := encode(sha256(convert_to(concat_ws('|', h, s::text,
          to_char(NEW.at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US'), coalesce(NEW.actor_id::text, ''),
          coalesce(NEW.actor_name, ''), coalesce(NEW.ip, ''), NEW.action, NEW.entity_type, coalesce(NEW.entity_id, ''),
          NEW.data::text), 'UTF8')), 'hex');
        UPDATE audit_head SET seq = s, hash = NEW.hash WHERE id = 1;
        RETURN NEW;
      END $$;

      -- The search reads the token statistics to choose its plan: have them from the start.
      ANALYZE articles;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE articles ALTER COLUMN body SET COMPRESSION default;
      ALTER TABLE revisions ALTER COLUMN snapshot SET COMPRESSION default;
      CREATE OR REPLACE FUNCTION audit_chain() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE head audit_head%ROWTYPE;
      BEGIN
        UPDATE audit_head SET seq = seq + 1 WHERE id = 1 RETURNING * INTO head;
        NEW.id := head.seq;
        NEW.at := now();
        NEW.prev_hash := head.hash;
        NEW.hash := audit_digest(head.hash, NEW);
        UPDATE audit_head SET hash = NEW.hash WHERE id = 1;
        RETURN NEW;
      END $$;
      DROP INDEX articles_state_section_idx;
      DROP INDEX articles_search_title_idx;
      DROP INDEX articles_search_vector_idx;
      ALTER TABLE articles ADD COLUMN search_text text NOT NULL DEFAULT '';
      UPDATE articles SET search_text = f_fold(title || ' ' || lead);
      CREATE INDEX articles_search_idx ON articles USING gin (search_text gin_trgm_ops);
      ALTER TABLE articles DROP COLUMN search_title, DROP COLUMN search_vector;
    `);
  }
}
