import { MigrationInterface, QueryRunner } from 'typeorm';

/** Users, sessions, API tokens, login throttling and the hash-chained, append-only audit log. */
export class Foundation1764374400000 implements MigrationInterface {
  name = 'Foundation1764374400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE EXTENSION IF NOT EXISTS unaccent;
      CREATE EXTENSION IF NOT EXISTS pg_trgm;

      -- Search fold: lower-case, no diacritics, Đ/Ð -> d. IMMUTABLE so indexes can use it.
      CREATE FUNCTION f_fold(input text) RETURNS text
        LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
        AS $$ SELECT lower(public.unaccent('public.unaccent'::regdictionary, input)) $$;

      CREATE TABLE users (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email text NOT NULL,
        password_hash text NOT NULL,
        display_name text NOT NULL,
        pen_name text,
        role text NOT NULL CHECK (role IN ('reporter', 'editor', 'admin')),
        active boolean NOT NULL DEFAULT true,
        -- Bumped when the role or password changes: sessions carrying an older epoch stop working.
        auth_epoch integer NOT NULL DEFAULT 0,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE UNIQUE INDEX users_email_key ON users (lower(email));

      CREATE TABLE sessions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        token_hash text NOT NULL UNIQUE,
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        auth_epoch integer NOT NULL,
        csrf_token text NOT NULL,
        user_agent text,
        ip text,
        created_at timestamptz NOT NULL DEFAULT now(),
        last_seen_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL
      );
      CREATE INDEX sessions_user_idx ON sessions (user_id);
      CREATE INDEX sessions_expires_idx ON sessions (expires_at);

      CREATE TABLE api_tokens (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        name text NOT NULL,
        token_hash text NOT NULL UNIQUE,
        prefix text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        last_used_at timestamptz,
        expires_at timestamptz
      );
      CREATE INDEX api_tokens_user_idx ON api_tokens (user_id);

      CREATE TABLE login_failures (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        account text NOT NULL,
        ip text NOT NULL,
        at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX login_failures_account_idx ON login_failures (account, at);
      CREATE INDEX login_failures_ip_idx ON login_failures (ip, at);

      CREATE TABLE audit_head (
        id integer PRIMARY KEY CHECK (id = 1),
        seq bigint NOT NULL,
        hash text NOT NULL
      );
      INSERT INTO audit_head VALUES (1, 0, repeat('0', 64));

      CREATE TABLE audit_events (
        id bigint PRIMARY KEY,
        at timestamptz NOT NULL DEFAULT now(),
        actor_id uuid,
        actor_name text,
        ip text,
        action text NOT NULL,
        entity_type text NOT NULL,
        entity_id text,
        data jsonb NOT NULL DEFAULT '{}'::jsonb,
        prev_hash text NOT NULL,
        hash text NOT NULL
      );
      CREATE INDEX audit_events_actor_idx ON audit_events (actor_id, id);
      CREATE INDEX audit_events_entity_idx ON audit_events (entity_type, entity_id, id);
      CREATE INDEX audit_events_at_idx ON audit_events (at);

      -- One digest definition, used when writing and when verifying.
      CREATE FUNCTION audit_digest(prev text, e audit_events) RETURNS text
        LANGUAGE sql IMMUTABLE
        AS $$ SELECT encode(sha256(convert_to(concat_ws('|', prev, e.id::text,
          to_char(e.at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US'), coalesce(e.actor_id::text, ''),
          coalesce(e.actor_name, ''), coalesce(e.ip, ''), e.action, e.entity_type, coalesce(e.entity_id, ''),
          e.data::text), 'UTF8')), 'hex') $$;

      -- The head row lock serialises writers until commit, so ids and the chain agree.
      CREATE FUNCTION audit_chain() RETURNS trigger LANGUAGE plpgsql AS $$
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
      CREATE TRIGGER audit_events_chain BEFORE INSERT ON audit_events
        FOR EACH ROW EXECUTE FUNCTION audit_chain();

      CREATE FUNCTION audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_events is append-only';
      END $$;
      CREATE TRIGGER audit_events_no_change BEFORE UPDATE OR DELETE ON audit_events
        FOR EACH ROW EXECUTE FUNCTION audit_append_only();
      CREATE TRIGGER audit_events_no_truncate BEFORE TRUNCATE ON audit_events
        FOR EACH STATEMENT EXECUTE FUNCTION audit_append_only();
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TABLE audit_events; DROP TABLE audit_head;
      DROP FUNCTION audit_chain(); DROP FUNCTION audit_append_only(); DROP FUNCTION audit_digest(text, audit_events);
      DROP TABLE login_failures; DROP TABLE api_tokens; DROP TABLE sessions; DROP TABLE users;
      DROP FUNCTION f_fold(text);
    `);
  }
}
