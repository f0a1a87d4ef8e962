import {
  HttpException,
  HttpStatus,
  Inject,
  Injectable,
  UnauthorizedException,
} from '@nestjs/common';
import { createHash, createHmac, randomBytes } from 'node:crypto';
import type { Role } from '@toasoan/workflow';
import { APP_CONFIG, AppConfig } from '../config/config';
import { Actor, Database } from '../database/database.service';
import type { AuthUser } from './auth-user';
import { dummyHash, verifyPassword } from './passwords';

export const TOKEN_PREFIX = 'tsn_';
const INVALID_LOGIN = 'Invalid email or password';

interface UserRow {
  id: string;
  email: string;
  display_name: string;
  pen_name: string | null;
  role: Role;
}

export interface NewSession {
  cookieValue: string;
  csrfToken: string;
  user: AuthUser;
}

@Injectable()
export class AuthService {
  constructor(
    private readonly db: Database,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  get cookieName(): string {
    // The __Host- prefix pins the cookie to this origin, but browsers accept it only over HTTPS.
    return this.config.cookieSecure ? '__Host-tsn_session' : 'tsn_session';
  }

  private sessionHash(value: string): string {
    return createHmac('sha256', this.config.sessionSecret).update(value).digest('hex');
  }

  static tokenHash(token: string): string {
    return createHash('sha256').update(token).digest('hex');
  }

  /** Verifies credentials with throttling per account and per IP; opens a session. */
  async login(
    emailInput: string,
    password: string,
    ip: string,
    userAgent: string | null,
  ): Promise<NewSession> {
    const email = emailInput.trim().toLowerCase();
    const windowMin = this.config.loginWindowMinutes;
    const counts = await this.db.one<{ account: string; ip: string }>(
      `SELECT count(*) FILTER (WHERE account = $1)::text AS account, count(*) FILTER (WHERE ip = $2)::text AS ip
         FROM login_failures
        WHERE (account = $1 OR ip = $2) AND at > now() - make_interval(mins => $3)`,
      [email, ip, windowMin],
    );
    if (
      Number(counts?.account ?? 0) >= this.config.loginMaxFailuresPerAccount ||
      Number(counts?.ip ?? 0) >= this.config.loginMaxFailuresPerIp
    ) {
      throw new HttpException(
        { message: `Too many failed logins; try again in ${windowMin} minutes` },
        HttpStatus.TOO_MANY_REQUESTS,
      );
    }
    const row = await this.db.one<UserRow & { password_hash: string; active: boolean }>(
      `SELECT id, email, display_name, pen_name, role, password_hash, active FROM users WHERE lower(email) = $1`,
      [email],
    );
    const ok = row
      ? (await verifyPassword(row.password_hash, password)) && row.active
      : await verifyPassword(await dummyHash(), password).then(() => false);
    if (!row || !ok) {
      await this.db.query(`INSERT INTO login_failures (account, ip) VALUES ($1, $2)`, [email, ip]);
      throw new UnauthorizedException(INVALID_LOGIN);
    }
    const cookieValue = randomBytes(32).toString('base64url');
    const csrfToken = randomBytes(24).toString('base64url');
    const actor: Actor = { userId: row.id, name: row.display_name, ip };
    const session = await this.db.write(actor, async (tx) => {
      await tx.execute(`DELETE FROM login_failures WHERE account = $1`, [email]);
      const s = await tx.one<{ id: string }>(
        `INSERT INTO sessions (token_hash, user_id, auth_epoch, csrf_token, user_agent, ip, expires_at)
         SELECT $1, id, auth_epoch, $2, $3, $4, now() + make_interval(hours => $5) FROM users WHERE id = $6
         RETURNING id`,
        [
          this.sessionHash(cookieValue),
          csrfToken,
          userAgent?.slice(0, 300) ?? null,
          ip,
          this.config.sessionTtlHours,
          row.id,
        ],
      );
      tx.audit({
        action: 'auth.login',
        entityType: 'user',
        entityId: row.id,
        data: { sessionId: s!.id },
      });
      return s!;
    });
    return {
      cookieValue,
      csrfToken,
      user: toAuthUser(row, 'session', session.id, csrfToken),
    };
  }

  /** The user behind a session cookie, or null when it is unknown, expired or outdated. */
  async userForSession(cookieValue: string): Promise<AuthUser | null> {
    const row = await this.db.prepared<
      UserRow & { session_id: string; csrf_token: string; stale: boolean }
    >(
      'auth-session',
      `SELECT u.id, u.email, u.display_name, u.pen_name, u.role, s.id AS session_id, s.csrf_token,
              s.last_seen_at < now() - interval '1 minute' AS stale
         FROM sessions s JOIN users u ON u.id = s.user_id
        WHERE s.token_hash = $1 AND s.expires_at > now() AND u.active AND s.auth_epoch = u.auth_epoch`,
      [this.sessionHash(cookieValue)],
    );
    const r = row[0];
    if (!r) return null;
    if (r.stale) {
      await this.db.query(`UPDATE sessions SET last_seen_at = now() WHERE id = $1`, [r.session_id]);
    }
    return toAuthUser(r, 'session', r.session_id, r.csrf_token);
  }

  async userForToken(token: string): Promise<AuthUser | null> {
    if (!token.startsWith(TOKEN_PREFIX)) return null;
    const rows = await this.db.prepared<UserRow & { token_id: string; stale: boolean }>(
      'auth-token',
      `SELECT u.id, u.email, u.display_name, u.pen_name, u.role, t.id AS token_id,
              (t.last_used_at IS NULL OR t.last_used_at < now() - interval '1 minute') AS stale
         FROM api_tokens t JOIN users u ON u.id = t.user_id
        WHERE t.token_hash = $1 AND u.active AND (t.expires_at IS NULL OR t.expires_at > now())`,
      [AuthService.tokenHash(token)],
    );
    const r = rows[0];
    if (!r) return null;
    if (r.stale)
      await this.db.query(`UPDATE api_tokens SET last_used_at = now() WHERE id = $1`, [r.token_id]);
    return toAuthUser(r, 'token', null, null);
  }

  async logout(user: AuthUser, actor: Actor): Promise<void> {
    if (!user.sessionId) return;
    await this.db.write(actor, async (tx) => {
      await tx.execute(`DELETE FROM sessions WHERE id = $1`, [user.sessionId]);
      tx.audit({ action: 'auth.logout', entityType: 'user', entityId: user.id });
    });
  }
}

export function toAuthUser(
  r: UserRow,
  via: 'session' | 'token',
  sessionId: string | null,
  csrfToken: string | null,
): AuthUser {
  return {
    id: r.id,
    email: r.email,
    displayName: r.display_name,
    penName: r.pen_name,
    role: r.role,
    via,
    sessionId,
    csrfToken,
  };
}
