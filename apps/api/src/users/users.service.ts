import {
  BadRequestException,
  ConflictException,
  ForbiddenException,
  Injectable,
  NotFoundException,
} from '@nestjs/common';
import { normalizeLine } from '@toasoan/vi-text';
import { Actor, Database, Tx } from '../database/database.service';
import { hashPassword } from '../auth/passwords';
import {
  CreateUserDto,
  toUserView,
  UpdateUserDto,
  USER_COLUMNS,
  UserRow,
  UserView,
} from './user.dto';

function cleanName(value: string, field: string): string {
  const v = normalizeLine(value);
  if (v === '') throw new BadRequestException(`${field} must not be empty`);
  return v;
}

function isUniqueViolation(e: unknown): boolean {
  return typeof e === 'object' && e !== null && (e as { code?: string }).code === '23505';
}

@Injectable()
export class UsersService {
  constructor(private readonly db: Database) {}

  async list(): Promise<UserView[]> {
    const rows = await this.db.query<UserRow>(
      `SELECT ${USER_COLUMNS} FROM users ORDER BY role, display_name`,
    );
    return rows.map(toUserView);
  }

  async create(dto: CreateUserDto, actor: Actor): Promise<UserView> {
    const hash = await hashPassword(dto.password);
    try {
      return await this.db.write(actor, (tx) => this.insert(tx, dto, hash));
    } catch (e) {
      if (isUniqueViolation(e))
        throw new ConflictException('email is already used by another user');
      throw e;
    }
  }

  /** Also used by the first-start seeding, inside its own transaction. */
  async insert(tx: Tx, dto: CreateUserDto, passwordHash: string): Promise<UserView> {
    const row = await tx.one<UserRow>(
      `INSERT INTO users (email, password_hash, display_name, pen_name, role)
       VALUES ($1, $2, $3, $4, $5) RETURNING ${USER_COLUMNS}`,
      [
        dto.email.trim().toLowerCase(),
        passwordHash,
        cleanName(dto.displayName, 'displayName'),
        dto.penName ? normalizeLine(dto.penName) || null : null,
        dto.role,
      ],
    );
    const view = toUserView(row!);
    tx.audit({
      action: 'user.create',
      entityType: 'user',
      entityId: view.id,
      data: { email: view.email, role: view.role, displayName: view.displayName },
    });
    return view;
  }

  async update(id: string, dto: UpdateUserDto, actor: Actor): Promise<UserView> {
    if (Object.keys(dto).length === 0) throw new BadRequestException('Nothing to change');
    const passwordHash = dto.password !== undefined ? await hashPassword(dto.password) : null;
    return this.db.write(actor, async (tx) => {
      // Lock the admins so two concurrent demotions cannot both pass the last-admin check.
      await tx.query(`SELECT id FROM users WHERE role = 'admin' AND active ORDER BY id FOR UPDATE`);
      const current = await tx.one<UserRow>(
        `SELECT ${USER_COLUMNS} FROM users WHERE id = $1 FOR UPDATE`,
        [id],
      );
      if (!current) throw new NotFoundException('User not found');
      const self = current.id === actor.userId;
      if (self && dto.role !== undefined && dto.role !== current.role) {
        throw new ForbiddenException('You cannot change your own role');
      }
      if (self && dto.active === false)
        throw new ForbiddenException('You cannot deactivate yourself');
      const losesAdmin =
        current.role === 'admin' &&
        current.active &&
        ((dto.role !== undefined && dto.role !== 'admin') || dto.active === false);
      if (losesAdmin) {
        const admins = await tx.one<{ n: number }>(
          `SELECT count(*)::int AS n FROM users WHERE role = 'admin' AND active`,
        );
        if ((admins?.n ?? 0) <= 1)
          throw new ConflictException('The last active admin cannot be demoted or deactivated');
      }
      const next = {
        role: dto.role ?? current.role,
        active: dto.active ?? current.active,
        displayName:
          dto.displayName !== undefined
            ? cleanName(dto.displayName, 'displayName')
            : current.display_name,
        penName:
          dto.penName !== undefined
            ? dto.penName
              ? normalizeLine(dto.penName) || null
              : null
            : current.pen_name,
      };
      const bumpEpoch = next.role !== current.role || passwordHash !== null;
      const row = await tx.one<UserRow>(
        `UPDATE users SET role = $2, active = $3, display_name = $4, pen_name = $5,
                password_hash = coalesce($6, password_hash),
                auth_epoch = auth_epoch + $7::int, updated_at = now()
          WHERE id = $1 RETURNING ${USER_COLUMNS}`,
        [
          id,
          next.role,
          next.active,
          next.displayName,
          next.penName,
          passwordHash,
          bumpEpoch ? 1 : 0,
        ],
      );
      if (bumpEpoch || !next.active)
        await tx.execute(`DELETE FROM sessions WHERE user_id = $1`, [id]);
      const changed: Record<string, unknown> = {};
      if (next.role !== current.role) changed.role = { from: current.role, to: next.role };
      if (next.active !== current.active)
        changed.active = { from: current.active, to: next.active };
      if (next.displayName !== current.display_name) changed.displayName = next.displayName;
      if (next.penName !== current.pen_name) changed.penName = next.penName;
      if (passwordHash) changed.password = 'reset';
      tx.audit({ action: 'user.update', entityType: 'user', entityId: id, data: changed });
      return toUserView(row!);
    });
  }
}
