import {
  ExecutionContext,
  ForbiddenException,
  Injectable,
  UnauthorizedException,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuthGuard } from '@nestjs/passport';
import { can, Permission } from '@toasoan/workflow';
import type { Request } from 'express';
import { timingSafeEqual } from 'node:crypto';
import { AuthUser, IS_PUBLIC, REQUIRED_PERMISSION } from './auth-user';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
export const CSRF_HEADER = 'x-csrf-token';

/**
 * Global guard: who is calling (session or token, re-read every request), CSRF for
 * cookie-authenticated writes, and the permission the route names. Tokens pass the same checks.
 */
@Injectable()
export class AppAuthGuard extends AuthGuard('session-or-token') {
  constructor(private readonly reflector: Reflector) {
    super();
  }

  override async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return true;
    await super.canActivate(context);
    const req = context.switchToHttp().getRequest<Request>();
    const user = req.user as AuthUser;
    if (user.via === 'session' && !SAFE_METHODS.has(req.method)) {
      const sent = req.get(CSRF_HEADER) ?? '';
      const expected = user.csrfToken ?? '';
      const a = Buffer.from(sent);
      const b = Buffer.from(expected);
      if (a.length !== b.length || !timingSafeEqual(a, b)) {
        throw new ForbiddenException(
          `Missing or wrong ${CSRF_HEADER.toUpperCase()} header (see GET /api/auth/me)`,
        );
      }
    }
    const permission = this.reflector.getAllAndOverride<Permission | undefined>(
      REQUIRED_PERMISSION,
      targets,
    );
    if (permission && !can(user.role, permission)) {
      throw new ForbiddenException(`Your role (${user.role}) may not do this`);
    }
    return true;
  }

  override handleRequest<TUser>(err: unknown, user: TUser | false): TUser {
    if (err) throw err;
    if (!user) throw new UnauthorizedException('Login required');
    return user;
  }
}
