import { MigrationInterface, QueryRunner } from 'typeorm';

/** The public site: corrections (đính chính), reader comments and their per-IP rate limit. */
export class Public1764374700000 implements MigrationInterface {
  name = 'Public1764374700000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      -- A dated correction notice on a published article. Never edited or deleted: it is on the record.
      CREATE TABLE article_corrections (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        article_id uuid NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        text text NOT NULL CHECK (length(text) BETWEEN 1 AND 2000),
        created_by uuid REFERENCES users(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX article_corrections_article_idx ON article_corrections (article_id, created_at);

      -- Reader comments: plain text, shown only once approved.
      CREATE TABLE comments (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        article_id uuid NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
        body text NOT NULL CHECK (length(body) BETWEEN 1 AND 100000),
        status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'approved', 'rejected')),
        created_at timestamptz NOT NULL DEFAULT now(),
        moderated_by uuid REFERENCES users(id) ON DELETE SET NULL,
        moderated_at timestamptz
      );
      CREATE INDEX comments_article_idx ON comments (article_id, status, created_at);
      CREATE INDEX comments_status_idx ON comments (status, created_at, id);

      -- One row per accepted comment, per client IP: the limiter works across API instances.
      CREATE TABLE comment_rate_limits (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        ip text NOT NULL,
        at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX comment_rate_limits_ip_idx ON comment_rate_limits (ip, at);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TABLE comment_rate_limits; DROP TABLE comments; DROP TABLE article_corrections;
    `);
  }
}
