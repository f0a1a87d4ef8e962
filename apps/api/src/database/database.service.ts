import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { APP_CONFIG, AppConfig } from '../config/config';
import type { Pool, PoolClient, QueryResultRow } from 'pg';
import { DataSource } from 'typeorm';

/** Who is doing a write: recorded on every audit event of its transaction. */
export interface Actor {
  userId: string | null;
  name: string | null;
  ip: string | null;
}

export const SYSTEM_ACTOR: Actor = { userId: null, name: 'system', ip: null };

export interface AuditEntry {
  action: string;
  entityType: string;
  entityId?: string | null;
  data?: Record<string, unknown>;
}

/** A transaction. Every query of a request that writes goes through it, the audit event too. */
export class Tx {
  private readonly audits: AuditEntry[] = [];

  constructor(
    private readonly client: PoolClient,
    readonly actor: Actor,
  ) {}

  async query<T extends QueryResultRow>(sql: string, params: unknown[] = []): Promise<T[]> {
    return (await this.client.query<T>(sql, params)).rows;
  }

  async one<T extends QueryResultRow>(sql: string, params: unknown[] = []): Promise<T | null> {
    return (await this.client.query<T>(sql, params)).rows[0] ?? null;
  }

  /** Runs a statement and returns how many rows it changed. */
  async execute(sql: string, params: unknown[] = []): Promise<number> {
    return (await this.client.query(sql, params)).rowCount ?? 0;
  }

  /** Queues an audit event; all are inserted just before COMMIT to keep the chain lock short. */
  audit(entry: AuditEntry): void {
    this.audits.push(entry);
  }

  /**
   * Inserts the queued audit events and commits, in one message to the server: the audit
   * trigger locks the chain head until COMMIT, so no client round trip (nor a busy event loop)
   * may sit inside that window. A simple query cannot carry parameters, so the values are
   * escaped literals (escapeLiteral of the driver).
   */
  async flushAuditAndCommit(): Promise<void> {
    if (this.audits.length === 0) {
      await this.client.query('COMMIT');
      return;
    }
    const lit = (v: string | null) => (v === null ? 'NULL' : this.client.escapeLiteral(v));
    const actor = `${lit(this.actor.userId)}::uuid, ${lit(this.actor.name)}, ${lit(this.actor.ip)}`;
    const rows = this.audits.map(
      (a) =>
        `(${actor}, ${lit(a.action)}, ${lit(a.entityType)}, ${lit(a.entityId ?? null)}, ${lit(
          JSON.stringify(a.data ?? {}),
        )}::jsonb)`,
    );
    this.audits.length = 0;
    await this.client.query(
      `INSERT INTO audit_events (actor_id, actor_name, ip, action, entity_type, entity_id, data)
       VALUES ${rows.join(', ')}; COMMIT`,
    );
  }
}

@Injectable()
export class Database {
  readonly pool: Pool;
  /** PGlite has one session for every connection, so names of prepared statements would collide. */
  private readonly namedStatements: boolean;

  constructor(
    @InjectDataSource() readonly dataSource: DataSource,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    // TypeORM owns the pg pool (and the migrations); queries go straight to it.
    this.pool = (dataSource.driver as unknown as { master: Pool }).master;
    this.namedStatements = config.databaseUrl !== null;
  }

  async query<T extends QueryResultRow>(sql: string, params: unknown[] = []): Promise<T[]> {
    return (await this.pool.query<T>(sql, params)).rows;
  }

  async one<T extends QueryResultRow>(sql: string, params: unknown[] = []): Promise<T | null> {
    return (await this.pool.query<T>(sql, params)).rows[0] ?? null;
  }

  /** A named prepared statement: parsed once per connection, for hot read paths. */
  async prepared<T extends QueryResultRow>(
    name: string,
    sql: string,
    params: unknown[],
  ): Promise<T[]> {
    if (!this.namedStatements) return (await this.pool.query<T>(sql, params)).rows;
    return (await this.pool.query<T>({ name, text: sql, values: params })).rows;
  }

  /** Runs fn in one transaction; its audit events commit with it or not at all. */
  async write<T>(actor: Actor, fn: (tx: Tx) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      const tx = new Tx(client, actor);
      const result = await fn(tx);
      await tx.flushAuditAndCommit();
      return result;
    } catch (err) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw err;
    } finally {
      client.release();
    }
  }
}
