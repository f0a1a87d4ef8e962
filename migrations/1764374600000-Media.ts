import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The photo library. Files live in the media storage (local disk or S3) under keys derived from
 * the id; `variants` lists them. Articles' references to photos get foreign keys here
 * (ON DELETE RESTRICT), so a photo in use can never be deleted, whatever the code does.
 */
export class Media1764374600000 implements MigrationInterface {
  name = 'Media1764374600000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE media (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        -- Upload order: the library's keyset cursor.
        seq bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
        sha256 text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
        file_name text NOT NULL,
        mime_type text NOT NULL
          CHECK (mime_type IN ('image/jpeg', 'image/png', 'image/gif', 'image/webp', 'image/avif')),
        width integer NOT NULL CHECK (width > 0),
        height integer NOT NULL CHECK (height > 0),
        bytes bigint NOT NULL CHECK (bytes > 0),
        caption text NOT NULL DEFAULT '',
        alt text NOT NULL DEFAULT '',
        credit text NOT NULL DEFAULT '',
        source text NOT NULL DEFAULT '',
        taken_at timestamptz,
        placeholder text,
        -- [{width, height, format, bytes, key}]
        variants jsonb NOT NULL,
        -- The private original's storage key, when MEDIA_KEEP_ORIGINAL kept it.
        original_key text,
        uploader_id uuid NOT NULL REFERENCES users(id),
        search_text text GENERATED ALWAYS AS (f_fold(caption || ' ' || credit || ' ' || file_name)) STORED,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE UNIQUE INDEX media_sha256_key ON media (sha256);
      CREATE INDEX media_uploader_idx ON media (uploader_id, seq DESC);
      CREATE INDEX media_search_idx ON media USING gin (search_text gin_trgm_ops);

      DO $$
      BEGIN
        IF to_regclass('article_media') IS NOT NULL THEN
          ALTER TABLE article_media ADD CONSTRAINT article_media_media_fk
            FOREIGN KEY (media_id) REFERENCES media(id) ON DELETE RESTRICT;
        END IF;
        IF to_regclass('articles') IS NOT NULL THEN
          ALTER TABLE articles ADD CONSTRAINT articles_featured_media_fk
            FOREIGN KEY (featured_media_id) REFERENCES media(id) ON DELETE RESTRICT;
        END IF;
        IF to_regclass('published_articles') IS NOT NULL THEN
          ALTER TABLE published_articles ADD CONSTRAINT published_articles_featured_media_fk
            FOREIGN KEY (featured_media_id) REFERENCES media(id) ON DELETE RESTRICT;
        END IF;
      END $$;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE IF EXISTS published_articles DROP CONSTRAINT IF EXISTS published_articles_featured_media_fk;
      ALTER TABLE IF EXISTS articles DROP CONSTRAINT IF EXISTS articles_featured_media_fk;
      ALTER TABLE IF EXISTS article_media DROP CONSTRAINT IF EXISTS article_media_media_fk;
      DROP TABLE media;
    `);
  }
}
