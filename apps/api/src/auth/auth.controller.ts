import {
  BadRequestException,
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Inject,
  Patch,
  Post,
  Req,
  Res,
  UseGuards,
} from '@nestjs/common';
import { AuthGuard } from '@nestjs/passport';
import { ApiBody, ApiOkResponse, ApiProperty, ApiTags } from '@nestjs/swagger';
import { IsOptional, IsString, Length, MaxLength, ValidateIf } from 'class-validator';
import { permissionsOf } from '@toasoan/workflow';
import type { Permission } from '@toasoan/workflow';
import { normalizeLine } from '@toasoan/vi-text';
import type { Request, Response } from 'express';
import { APP_CONFIG, AppConfig } from '../config/config';
import { Actor, Database } from '../database/database.service';
import { AuthUser, CurrentActor, CurrentUser, Public } from './auth-user';
import type { NewSession } from './auth.service';
import { AuthService } from './auth.service';
import { hashPassword, verifyPassword } from './passwords';

class MeUser {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() email: string;
  @ApiProperty() displayName: string;
  @ApiProperty({ type: String, nullable: true }) penName: string | null;
  @ApiProperty({ enum: ['reporter', 'editor', 'admin'] }) role: 'reporter' | 'editor' | 'admin';
}

class SiteInfo {
  @ApiProperty() name: string;
  @ApiProperty() publicUrl: string;
  @ApiProperty() mediaMaxBytes: number;
}

export class MeView {
  @ApiProperty({ type: MeUser }) user: MeUser;
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Send as X-CSRF-Token on cookie-authenticated writes',
  })
  csrfToken: string | null;
  @ApiProperty({ type: [String] }) permissions: Permission[];
  @ApiProperty({ type: SiteInfo }) site: SiteInfo;
}

class LoginDto {
  @ApiProperty() email: string;
  @ApiProperty() password: string;
}

class UpdateMeDto {
  @ApiProperty({ required: false }) @IsOptional() @IsString() @Length(1, 120) displayName?: string;
  @ApiProperty({ required: false, nullable: true, type: String })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsString()
  @MaxLength(120)
  penName?: string | null;
  @ApiProperty({ required: false })
  @IsOptional()
  @IsString()
  @MaxLength(1024)
  currentPassword?: string;
  @ApiProperty({ required: false, minLength: 10 })
  @IsOptional()
  @IsString()
  @Length(10, 1024)
  newPassword?: string;
}

class SessionView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() current: boolean;
  @ApiProperty({ type: String, nullable: true }) userAgent: string | null;
  @ApiProperty({ type: String, nullable: true }) ip: string | null;
  @ApiProperty() createdAt: string;
  @ApiProperty() lastSeenAt: string;
}

@ApiTags('auth')
@Controller('api/auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly db: Database,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  private view(user: AuthUser, csrfToken: string | null): MeView {
    return {
      user: {
        id: user.id,
        email: user.email,
        displayName: user.displayName,
        penName: user.penName,
        role: user.role,
      },
      csrfToken,
      permissions: permissionsOf(user.role),
      site: {
        name: this.config.siteName,
        publicUrl: this.config.publicUrl,
        mediaMaxBytes: this.config.media.maxBytes,
      },
    };
  }

  @Public()
  @Post('login')
  @HttpCode(200)
  @UseGuards(AuthGuard('login'))
  @ApiBody({ type: LoginDto })
  @ApiOkResponse({ type: MeView })
  login(@Req() req: Request, @Res({ passthrough: true }) res: Response): MeView {
    const session = req.user as NewSession;
    res.cookie(this.auth.cookieName, session.cookieValue, {
      httpOnly: true,
      sameSite: 'lax',
      secure: this.config.cookieSecure,
      path: '/',
      maxAge: this.config.sessionTtlHours * 3600_000,
    });
    req.user = session.user;
    return this.view(session.user, session.csrfToken);
  }

  @Post('logout')
  @HttpCode(204)
  async logout(
    @CurrentUser() user: AuthUser,
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) res: Response,
  ): Promise<void> {
    await this.auth.logout(user, actor);
    res.clearCookie(this.auth.cookieName, { path: '/' });
  }

  @Get('me')
  @ApiOkResponse({ type: MeView })
  me(@CurrentUser() user: AuthUser): MeView {
    return this.view(user, user.csrfToken);
  }

  /** Own profile: names, and the password (needs the current one; other sessions end). */
  @Patch('me')
  @ApiOkResponse({ type: MeView })
  async updateMe(
    @Body() dto: UpdateMeDto,
    @CurrentUser() user: AuthUser,
    @CurrentActor() actor: Actor,
  ): Promise<MeView> {
    if (Object.keys(dto).length === 0) throw new BadRequestException('Nothing to change');
    let passwordHash: string | null = null;
    if (dto.newPassword !== undefined) {
      const row = await this.db.one<{ password_hash: string }>(
        `SELECT password_hash FROM users WHERE id = $1`,
        [user.id],
      );
      if (
        !dto.currentPassword ||
        !(await verifyPassword(row!.password_hash, dto.currentPassword))
      ) {
        throw new BadRequestException('currentPassword is wrong');
      }
      passwordHash = await hashPassword(dto.newPassword);
    }
    const displayName =
      dto.displayName !== undefined ? normalizeLine(dto.displayName) : user.displayName;
    if (displayName === '') throw new BadRequestException('displayName must not be empty');
    const penName =
      dto.penName !== undefined
        ? dto.penName
          ? normalizeLine(dto.penName) || null
          : null
        : user.penName;
    await this.db.write(actor, async (tx) => {
      await tx.execute(
        `UPDATE users SET display_name = $2, pen_name = $3, password_hash = coalesce($4, password_hash),
                auth_epoch = auth_epoch + $5::int, updated_at = now() WHERE id = $1`,
        [user.id, displayName, penName, passwordHash, passwordHash ? 1 : 0],
      );
      if (passwordHash) {
        // The password changed: every other session ends, this one carries on.
        await tx.execute(`DELETE FROM sessions WHERE user_id = $1 AND id IS DISTINCT FROM $2`, [
          user.id,
          user.sessionId,
        ]);
        await tx.execute(
          `UPDATE sessions SET auth_epoch = (SELECT auth_epoch FROM users WHERE id = $1) WHERE id = $2`,
          [user.id, user.sessionId],
        );
      }
      tx.audit({
        action: 'user.update_self',
        entityType: 'user',
        entityId: user.id,
        data: { displayName, penName, ...(passwordHash ? { password: 'changed' } : {}) },
      });
    });
    return this.view({ ...user, displayName, penName }, user.csrfToken);
  }

  @Get('sessions')
  @ApiOkResponse({ type: [SessionView] })
  async sessions(@CurrentUser() user: AuthUser): Promise<SessionView[]> {
    const rows = await this.db.query<{
      id: string;
      user_agent: string | null;
      ip: string | null;
      created_at: Date;
      last_seen_at: Date;
    }>(
      `SELECT s.id, s.user_agent, s.ip, s.created_at, s.last_seen_at FROM sessions s JOIN users u ON u.id = s.user_id
        WHERE s.user_id = $1 AND s.expires_at > now() AND s.auth_epoch = u.auth_epoch ORDER BY s.last_seen_at DESC`,
      [user.id],
    );
    return rows.map((r) => ({
      id: r.id,
      current: r.id === user.sessionId,
      userAgent: r.user_agent,
      ip: r.ip,
      createdAt: r.created_at.toISOString(),
      lastSeenAt: r.last_seen_at.toISOString(),
    }));
  }

  /** Ends every session of the caller except the current one. */
  @Delete('sessions')
  @HttpCode(204)
  async endOtherSessions(
    @CurrentUser() user: AuthUser,
    @CurrentActor() actor: Actor,
  ): Promise<void> {
    await this.db.write(actor, async (tx) => {
      const n = await tx.execute(
        `DELETE FROM sessions WHERE user_id = $1 AND id IS DISTINCT FROM $2`,
        [user.id, user.sessionId],
      );
      tx.audit({
        action: 'auth.end_sessions',
        entityType: 'user',
        entityId: user.id,
        data: { ended: n },
      });
    });
  }
}
