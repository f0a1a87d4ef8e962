import { BadRequestException, Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiProperty, ApiTags } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsDateString,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { RequirePermission } from '../auth/auth-user';
import { Database } from '../database/database.service';

class AuditQuery {
  @ApiProperty({ required: false, format: 'uuid' }) @IsOptional() @IsUUID() actorId?: string;
  @ApiProperty({ required: false, description: 'Entity type, e.g. article, user, media' })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  entity?: string;
  @ApiProperty({ required: false }) @IsOptional() @IsString() @MaxLength(100) entityId?: string;
  @ApiProperty({ required: false, description: 'Action, or a prefix ending in "." (article.)' })
  @IsOptional()
  @IsString()
  @MaxLength(60)
  action?: string;
  @ApiProperty({ required: false }) @IsOptional() @IsDateString() from?: string;
  @ApiProperty({ required: false }) @IsOptional() @IsDateString() to?: string;
  @ApiProperty({ required: false, description: 'nextCursor of the previous page' })
  @IsOptional()
  @IsString()
  @MaxLength(20)
  cursor?: string;
  @ApiProperty({ required: false, minimum: 1, maximum: 200 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  limit?: number;
}

class AuditEventView {
  @ApiProperty() id: string;
  @ApiProperty() at: string;
  @ApiProperty({ type: String, nullable: true }) actorId: string | null;
  @ApiProperty({ type: String, nullable: true }) actorName: string | null;
  @ApiProperty({ type: String, nullable: true }) ip: string | null;
  @ApiProperty() action: string;
  @ApiProperty() entityType: string;
  @ApiProperty({ type: String, nullable: true }) entityId: string | null;
  @ApiProperty({ type: 'object', additionalProperties: true }) data: Record<string, unknown>;
  @ApiProperty() hash: string;
}

class AuditPage {
  @ApiProperty({ type: [AuditEventView] }) items: AuditEventView[];
  @ApiProperty({ type: String, nullable: true }) nextCursor: string | null;
}

class AuditVerifyView {
  @ApiProperty() ok: boolean;
  @ApiProperty() checked: number;
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'The first event whose hash does not match',
  })
  firstBrokenId: string | null;
  @ApiProperty({ type: String, nullable: true }) headHash: string | null;
}

interface AuditRow {
  id: string;
  at: Date;
  actor_id: string | null;
  actor_name: string | null;
  ip: string | null;
  action: string;
  entity_type: string;
  entity_id: string | null;
  data: Record<string, unknown>;
  hash: string;
}

/** The audit log (admin): newest first, filtered by an allow-list of fields. */
@ApiTags('audit')
@Controller('api/audit')
@RequirePermission('audit.read')
export class AuditController {
  constructor(private readonly db: Database) {}

  @Get()
  @ApiOkResponse({ type: AuditPage })
  async list(@Query() q: AuditQuery): Promise<AuditPage> {
    const where: string[] = [];
    const params: unknown[] = [];
    const add = (sql: string, value: unknown) => {
      params.push(value);
      where.push(sql.replace('?', `$${params.length}`));
    };
    if (q.actorId) add('actor_id = ?', q.actorId);
    if (q.entity) add('entity_type = ?', q.entity);
    if (q.entityId) add('entity_id = ?', q.entityId);
    if (q.action) {
      if (q.action.endsWith('.')) add(`starts_with(action, ?)`, q.action);
      else add('action = ?', q.action);
    }
    if (q.from) add('at >= ?::timestamptz', q.from);
    if (q.to) add('at < ?::timestamptz', q.to);
    if (q.cursor) {
      if (!/^\d+$/.test(q.cursor)) throw new BadRequestException('cursor is not valid');
      add('id < ?::bigint', q.cursor);
    }
    const limit = q.limit ?? 50;
    const rows = await this.db.query<AuditRow>(
      `SELECT id::text, at, actor_id, actor_name, ip, action, entity_type, entity_id, data, hash
         FROM audit_events ${where.length ? 'WHERE ' + where.join(' AND ') : ''}
        ORDER BY id DESC LIMIT ${limit + 1}`,
      params,
    );
    const page = rows.slice(0, limit);
    return {
      items: page.map((r) => ({
        id: r.id,
        at: r.at.toISOString(),
        actorId: r.actor_id,
        actorName: r.actor_name,
        ip: r.ip,
        action: r.action,
        entityType: r.entity_type,
        entityId: r.entity_id,
        data: r.data,
        hash: r.hash,
      })),
      nextCursor: rows.length > limit ? page[page.length - 1].id : null,
    };
  }

  /** Recomputes every hash of the chain in the database and reports the first break. */
  @Get('verify')
  @ApiOkResponse({ type: AuditVerifyView })
  async verify(): Promise<AuditVerifyView> {
    const r = await this.db.one<{
      checked: number;
      first_bad: string | null;
      last_hash: string | null;
      head: string;
    }>(
      `SELECT count(*)::int AS checked,
              min(id) FILTER (WHERE hash <> expected OR prev_hash <> coalesce(prev_actual, repeat('0', 64)) OR id <> rn)::text AS first_bad,
              (array_agg(hash ORDER BY id DESC))[1] AS last_hash,
              (SELECT hash FROM audit_head WHERE id = 1) AS head
         FROM (SELECT e.id, e.hash, e.prev_hash, audit_digest(e.prev_hash, e) AS expected,
                      lag(e.hash) OVER (ORDER BY e.id) AS prev_actual, row_number() OVER (ORDER BY e.id) AS rn
                 FROM audit_events e) c`,
    );
    const headMatches = r!.checked === 0 || r!.last_hash === r!.head;
    return {
      ok: r!.first_bad === null && headMatches,
      checked: r!.checked,
      firstBrokenId: r!.first_bad ?? (headMatches ? null : 'head'),
      headHash: r!.last_hash,
    };
  }
}
