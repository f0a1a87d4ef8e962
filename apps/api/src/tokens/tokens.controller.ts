import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  NotFoundException,
  Param,
  ParseUUIDPipe,
  Post,
} from '@nestjs/common';
import { ApiOkResponse, ApiProperty, ApiTags } from '@nestjs/swagger';
import { IsInt, IsOptional, IsString, Length, Max, Min } from 'class-validator';
import { normalizeLine } from '@toasoan/vi-text';
import { randomBytes } from 'node:crypto';
import { AuthUser, CurrentActor, CurrentUser, RequirePermission } from '../auth/auth-user';
import { AuthService, TOKEN_PREFIX } from '../auth/auth.service';
import { Actor, Database } from '../database/database.service';

class CreateTokenDto {
  @ApiProperty() @IsString() @Length(1, 100) name: string;
  @ApiProperty({ required: false, description: 'Days until the token expires; never when omitted' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(3650)
  expiresInDays?: number;
}

class TokenView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ description: 'The first characters of the secret, to recognise it' })
  prefix: string;
  @ApiProperty() createdAt: string;
  @ApiProperty({ type: String, nullable: true }) lastUsedAt: string | null;
  @ApiProperty({ type: String, nullable: true }) expiresAt: string | null;
}

class CreatedTokenView extends TokenView {
  @ApiProperty({ description: 'The secret, shown only in this response' }) token: string;
}

interface TokenRow {
  id: string;
  name: string;
  prefix: string;
  created_at: Date;
  last_used_at: Date | null;
  expires_at: Date | null;
}

const COLUMNS = 'id, name, prefix, created_at, last_used_at, expires_at';

function toView(r: TokenRow): TokenView {
  return {
    id: r.id,
    name: r.name,
    prefix: r.prefix,
    createdAt: r.created_at.toISOString(),
    lastUsedAt: r.last_used_at?.toISOString() ?? null,
    expiresAt: r.expires_at?.toISOString() ?? null,
  };
}

/** Personal API tokens: each user manages their own; the secret is stored hashed. */
@ApiTags('tokens')
@Controller('api/tokens')
@RequirePermission('tokens.manage')
export class TokensController {
  constructor(private readonly db: Database) {}

  @Get()
  @ApiOkResponse({ type: [TokenView] })
  async list(@CurrentUser() user: AuthUser): Promise<TokenView[]> {
    const rows = await this.db.query<TokenRow>(
      `SELECT ${COLUMNS} FROM api_tokens WHERE user_id = $1 ORDER BY created_at DESC`,
      [user.id],
    );
    return rows.map(toView);
  }

  @Post()
  async create(
    @Body() dto: CreateTokenDto,
    @CurrentUser() user: AuthUser,
    @CurrentActor() actor: Actor,
  ): Promise<CreatedTokenView> {
    const token = TOKEN_PREFIX + randomBytes(32).toString('base64url');
    const name = normalizeLine(dto.name) || 'token';
    return this.db.write(actor, async (tx) => {
      const row = await tx.one<TokenRow>(
        `INSERT INTO api_tokens (user_id, name, token_hash, prefix, expires_at)
         VALUES ($1, $2, $3, $4, CASE WHEN $5::int IS NULL THEN NULL ELSE now() + make_interval(days => $5::int) END)
         RETURNING ${COLUMNS}`,
        [
          user.id,
          name,
          AuthService.tokenHash(token),
          token.slice(0, 10),
          dto.expiresInDays ?? null,
        ],
      );
      tx.audit({
        action: 'token.create',
        entityType: 'api_token',
        entityId: row!.id,
        data: { name },
      });
      return { ...toView(row!), token };
    });
  }

  @Delete(':id')
  @HttpCode(204)
  async revoke(
    @Param('id', new ParseUUIDPipe()) id: string,
    @CurrentUser() user: AuthUser,
    @CurrentActor() actor: Actor,
  ): Promise<void> {
    await this.db.write(actor, async (tx) => {
      const n = await tx.execute(`DELETE FROM api_tokens WHERE id = $1 AND user_id = $2`, [
        id,
        user.id,
      ]);
      if (n !== 1) throw new NotFoundException('Token not found');
      tx.audit({ action: 'token.revoke', entityType: 'api_token', entityId: id });
    });
  }
}
