import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import type { Permission, Role } from '@toasoan/workflow';
import type { Request } from 'express';
import type { Actor } from '../database/database.service';

/** The caller, re-read from the database on every request (role and active flag included). */
export interface AuthUser {
  id: string;
  email: string;
  displayName: string;
  penName: string | null;
  role: Role;
  via: 'session' | 'token';
  sessionId: string | null;
  csrfToken: string | null;
}

export const IS_PUBLIC = 'toasoan:public';
export const REQUIRED_PERMISSION = 'toasoan:permission';

/** The route needs no login. */
export const Public = () => SetMetadata(IS_PUBLIC, true);

/** The route needs this permission from the table in libs/workflow. */
export const RequirePermission = (permission: Permission) =>
  SetMetadata(REQUIRED_PERMISSION, permission);

export const CurrentUser = createParamDecorator((_: unknown, ctx: ExecutionContext): AuthUser => {
  return ctx.switchToHttp().getRequest<Request>().user as AuthUser;
});

export function clientIp(req: Request): string {
  return req.ip ?? req.socket.remoteAddress ?? 'unknown';
}

/** The actor for audit events of this request. */
export const CurrentActor = createParamDecorator((_: unknown, ctx: ExecutionContext): Actor => {
  const req = ctx.switchToHttp().getRequest<Request>();
  const user = req.user as AuthUser | undefined;
  return { userId: user?.id ?? null, name: user?.displayName ?? null, ip: clientIp(req) };
});
