/**
 * The API's shapes as the admin uses them. These mirror the OpenAPI document; once
 * `npm run api:generate` has written ./schema.d.ts, each becomes an alias of
 * `components['schemas'][…]` and nothing here is written by hand.
 */
import type { Permission, Role } from '@toasoan/workflow';

export type { Permission, Role };

export interface MeView {
  user: { id: string; email: string; displayName: string; penName: string | null; role: Role };
  csrfToken: string | null;
  permissions: Permission[];
  site: { name: string; publicUrl: string; mediaMaxBytes: number };
}

export interface UserView {
  id: string;
  email: string;
  displayName: string;
  penName: string | null;
  role: Role;
  active: boolean;
  createdAt: string;
  updatedAt: string;
}

export interface TokenView {
  id: string;
  name: string;
  prefix: string;
  createdAt: string;
  lastUsedAt: string | null;
  expiresAt: string | null;
}
export interface CreatedTokenView extends TokenView {
  token: string;
}

export interface SessionView {
  id: string;
  current: boolean;
  userAgent: string | null;
  ip: string | null;
  createdAt: string;
  lastSeenAt: string;
}

export interface AuditEventView {
  id: string;
  at: string;
  actorId: string | null;
  actorName: string | null;
  ip: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  data: Record<string, unknown>;
  hash: string;
}
export interface AuditPage {
  items: AuditEventView[];
  nextCursor: string | null;
}
export interface AuditVerifyView {
  ok: boolean;
  checked: number;
  firstBrokenId: string | null;
  headHash: string | null;
}
