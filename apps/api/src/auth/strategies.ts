import { BadRequestException, Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import type { Request } from 'express';
import { Strategy } from 'passport-custom';
import { clientIp } from './auth-user';
import type { AuthUser } from './auth-user';
import { AuthService, NewSession } from './auth.service';

/**
 * passport keeps strategies in one process-wide registry, so with several apps in a process
 * (tests, the two-instance scheduler test) the last app's strategy would serve all of them.
 * Each app puts its own AuthService on its express instance; strategies use that one.
 */
export const AUTH_SERVICE_LOCAL = 'toasoanAuthService';
function authFor(req: Request, fallback: AuthService): AuthService {
  return (req.app?.locals?.[AUTH_SERVICE_LOCAL] as AuthService | undefined) ?? fallback;
}

/** POST /api/auth/login: email + password from the JSON body. */
@Injectable()
export class LoginStrategy extends PassportStrategy(Strategy, 'login') {
  constructor(private readonly auth: AuthService) {
    super();
  }

  async validate(req: Request): Promise<NewSession> {
    const body: unknown = req.body;
    const b = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
    for (const key of Object.keys(b)) {
      if (key !== 'email' && key !== 'password')
        throw new BadRequestException(`property ${key} should not exist`);
    }
    if (typeof b.email !== 'string' || b.email.trim() === '' || b.email.length > 320) {
      throw new BadRequestException('email must be a non-empty string');
    }
    if (typeof b.password !== 'string' || b.password === '' || b.password.length > 1024) {
      throw new BadRequestException('password must be a non-empty string');
    }
    return authFor(req, this.auth).login(
      b.email,
      b.password,
      clientIp(req),
      req.get('user-agent') ?? null,
    );
  }
}

/** Every other route: the session cookie, or a personal API token as `Authorization: Bearer`. */
@Injectable()
export class SessionOrTokenStrategy extends PassportStrategy(Strategy, 'session-or-token') {
  constructor(private readonly auth: AuthService) {
    super();
  }

  async validate(req: Request): Promise<AuthUser | false> {
    const auth = authFor(req, this.auth);
    const header = req.get('authorization');
    if (header) {
      const m = /^Bearer\s+(\S+)$/i.exec(header);
      return (m && (await auth.userForToken(m[1]))) || false;
    }
    const cookies = req.cookies as Record<string, string> | undefined;
    const cookie = cookies?.[auth.cookieName];
    return (cookie && (await auth.userForSession(cookie))) || false;
  }
}
