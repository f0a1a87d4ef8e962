/**
 * Names for the API's shapes, all from the generated OpenAPI types (./schema.d.ts, written by
 * `npm run api:generate`; never edit it). Nothing here restates a field by hand.
 */
import type { Permission, Role } from '@toasoan/workflow';
import type { components, paths } from './schema';

export type { Permission, Role, paths };
export type Schemas = components['schemas'];

/** `permissions` narrowed to the workflow library's names (the document says string[]). */
export type MeView = Omit<Schemas['MeView'], 'permissions'> & { permissions: Permission[] };
export type UserView = Schemas['UserView'];
export type CreateUserDto = Schemas['CreateUserDto'];
export type UpdateUserDto = Schemas['UpdateUserDto'];
export type UpdateMeDto = Schemas['UpdateMeDto'];
export type TokenView = Schemas['TokenView'];
export type CreateTokenDto = Schemas['CreateTokenDto'];
/** POST /api/tokens answers the token view plus the secret (not yet described in the document). */
export type CreatedTokenView = TokenView & { token: string };
export type SessionView = Schemas['SessionView'];
export type AuditEventView = Schemas['AuditEventView'];
export type AuditPage = Schemas['AuditPage'];
export type AuditVerifyView = Schemas['AuditVerifyView'];
