import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Sections, articles and everything around them: the reader-visible snapshot, old slugs,
 * photos used, revisions, workflow history, editorial notes and edit presence.
 */
export class Articles1764374500000 implements MigrationInterface {
  name = 'Articles1764374500000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE sections (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL,
        slug text NOT NULL UNIQUE,
        description text NOT NULL DEFAULT '',
        position integer NOT NULL DEFAULT 0,
        active boolean NOT NULL DEFAULT true,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      );

      CREATE TABLE articles (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        number bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
        title text NOT NULL,
        slug text NOT NULL UNIQUE,
        section_id uuid REFERENCES sections(id),
        lead text NOT NULL DEFAULT '',
        dateline text NOT NULL DEFAULT '',
        body jsonb NOT NULL,
        featured_media_id uuid,
        byline text NOT NULL DEFAULT '',
        tags text[] NOT NULL DEFAULT '{}',
        seo_title text NOT NULL DEFAULT '',
        seo_description text NOT NULL DEFAULT '',
        state text NOT NULL DEFAULT 'draft' CHECK (state IN
          ('draft', 'in_review', 'changes_requested', 'scheduled', 'published', 'unpublished', 'trashed')),
        publish_at timestamptz,
        published_at timestamptz,
        first_published_at timestamptz,
        author_id uuid NOT NULL REFERENCES users(id),
        version integer NOT NULL DEFAULT 1,
        word_count integer NOT NULL DEFAULT 0,
        reading_minutes integer NOT NULL DEFAULT 0,
        view_count bigint NOT NULL DEFAULT 0,
        has_pending_revision boolean NOT NULL DEFAULT false,
        -- fold(title + lead + body text): diacritic-insensitive search through a trigram index.
        search_text text NOT NULL DEFAULT '',
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        updated_by uuid REFERENCES users(id)
      );
      CREATE INDEX articles_updated_idx ON articles (updated_at DESC, id DESC);
      CREATE INDEX articles_author_idx ON articles (author_id, updated_at DESC, id DESC);
      CREATE INDEX articles_state_idx ON articles (state, updated_at DESC, id DESC);
      CREATE INDEX articles_section_idx ON articles (section_id, updated_at DESC, id DESC);
      CREATE INDEX articles_due_idx ON articles (publish_at) WHERE state = 'scheduled';
      CREATE INDEX articles_search_idx ON articles USING gin (search_text gin_trgm_ops);

      CREATE TABLE published_articles (
        article_id uuid PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
        number bigint NOT NULL UNIQUE,
        section_id uuid REFERENCES sections(id),
        slug text NOT NULL UNIQUE,
        title text NOT NULL,
        lead text NOT NULL,
        dateline text NOT NULL,
        body jsonb NOT NULL,
        body_html text NOT NULL,
        featured_media_id uuid,
        byline text NOT NULL,
        tags text[] NOT NULL,
        seo_title text NOT NULL,
        seo_description text NOT NULL,
        word_count integer NOT NULL,
        reading_minutes integer NOT NULL,
        published_at timestamptz NOT NULL,
        first_published_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        version integer NOT NULL
      );
      CREATE INDEX published_articles_recent_idx ON published_articles (published_at DESC, article_id DESC);
      CREATE INDEX published_articles_section_idx
        ON published_articles (section_id, published_at DESC, article_id DESC);
      CREATE INDEX published_articles_tags_idx ON published_articles USING gin (tags);

      -- Slugs an article had before: the public site answers them with a 301.
      CREATE TABLE article_slugs (
        slug text PRIMARY KEY,
        article_id uuid NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX article_slugs_article_idx ON article_slugs (article_id);

      -- Every photo an article uses (figures and the featured photo); the media migration adds the FK.
      CREATE TABLE article_media (
        article_id uuid NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        media_id uuid NOT NULL,
        PRIMARY KEY (article_id, media_id)
      );
      CREATE INDEX article_media_media_idx ON article_media (media_id);

      CREATE TABLE revisions (
        article_id uuid NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        n integer NOT NULL,
        kind text NOT NULL,
        version integer NOT NULL,
        snapshot jsonb NOT NULL,
        created_by uuid REFERENCES users(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (article_id, n)
      );

      CREATE TABLE article_transitions (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        article_id uuid NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        action text NOT NULL,
        from_state text NOT NULL,
        to_state text NOT NULL,
        comment text,
        publish_at timestamptz,
        actor_id uuid REFERENCES users(id),
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX article_transitions_article_idx ON article_transitions (article_id, id);

      CREATE TABLE article_notes (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        article_id uuid NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        author_id uuid NOT NULL REFERENCES users(id),
        kind text NOT NULL DEFAULT 'note',
        body text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX article_notes_article_idx ON article_notes (article_id, created_at);

      -- Who has the article open; rows older than a minute are ignored.
      CREATE TABLE article_presence (
        article_id uuid NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        opened_at timestamptz NOT NULL DEFAULT now(),
        seen_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (article_id, user_id)
      );
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TABLE article_presence; DROP TABLE article_notes; DROP TABLE article_transitions;
      DROP TABLE revisions; DROP TABLE article_media; DROP TABLE article_slugs;
      DROP TABLE published_articles; DROP TABLE articles; DROP TABLE sections;
    `);
  }
}
