import {
  BadRequestException,
  ConflictException,
  Injectable,
  NotFoundException,
} from '@nestjs/common';
import { normalizeLine, normalizeText, slugify } from '@toasoan/vi-text';
import { Actor, Database, Tx } from '../database/database.service';
import {
  CreateSectionDto,
  SECTION_COLUMNS,
  SectionRow,
  SectionView,
  toSectionView,
  UpdateSectionDto,
} from './section.dto';

/** First path segments the public site and the API own: a section may not take them. */
export const RESERVED_SLUGS: ReadonlySet<string> = new Set([
  'api',
  'admin',
  'media',
  'health',
  'rss.xml',
  'sitemap.xml',
  'robots.txt',
  'favicon.ico',
  'tim-kiem',
  'tag',
  'tags',
  'preview',
  'print',
  'in',
  'static',
  'assets',
  'public',
  'login',
  'tac-gia',
  'feed',
]);

function isUniqueViolation(e: unknown): boolean {
  return typeof e === 'object' && e !== null && (e as { code?: string }).code === '23505';
}

function cleanName(name: string): string {
  const v = normalizeLine(name);
  if (!v) throw new BadRequestException('name must not be empty');
  return v;
}

function checkSlug(slug: string): string {
  if (!slug) throw new BadRequestException('slug must not be empty');
  if (RESERVED_SLUGS.has(slug)) throw new BadRequestException(`slug "${slug}" is reserved`);
  return slug;
}

@Injectable()
export class SectionsService {
  constructor(private readonly db: Database) {}

  async list(): Promise<SectionView[]> {
    const rows = await this.db.query<SectionRow>(
      `SELECT ${SECTION_COLUMNS} FROM sections ORDER BY position, name`,
    );
    return rows.map(toSectionView);
  }

  async create(dto: CreateSectionDto, actor: Actor): Promise<SectionView> {
    const name = cleanName(dto.name);
    const slug = checkSlug(dto.slug ?? slugify(name, 60));
    try {
      return await this.db.write(actor, (tx) => this.insert(tx, { ...dto, name, slug }));
    } catch (e) {
      if (isUniqueViolation(e)) throw new ConflictException(`slug "${slug}" is already used`);
      throw e;
    }
  }

  /** Also used by the demo seed inside its own transaction. */
  async insert(tx: Tx, dto: CreateSectionDto & { slug: string }): Promise<SectionView> {
    const { name, slug } = dto;
    const row = await tx.one<SectionRow>(
      `INSERT INTO sections (name, slug, description, position, active)
           VALUES ($1, $2, $3, coalesce($4, (SELECT coalesce(max(position) + 1, 0) FROM sections)), $5)
           RETURNING ${SECTION_COLUMNS}`,
      [
        name,
        slug,
        normalizeText(dto.description ?? '').trim(),
        dto.position ?? null,
        dto.active ?? true,
      ],
    );
    const view = toSectionView(row!);
    tx.audit({
      action: 'section.create',
      entityType: 'section',
      entityId: view.id,
      data: { name, slug },
    });
    return view;
  }

  async update(id: string, dto: UpdateSectionDto, actor: Actor): Promise<SectionView> {
    const changes: Record<string, unknown> = {};
    if (dto.name !== undefined) changes.name = cleanName(dto.name);
    if (dto.slug !== undefined) changes.slug = checkSlug(dto.slug);
    if (dto.description !== undefined) changes.description = normalizeText(dto.description).trim();
    if (dto.position !== undefined) changes.position = dto.position;
    if (dto.active !== undefined) changes.active = dto.active;
    if (Object.keys(changes).length === 0) throw new BadRequestException('Nothing to change');
    try {
      return await this.db.write(actor, async (tx) => {
        const cols = Object.keys(changes);
        const row = await tx.one<SectionRow>(
          `UPDATE sections SET ${cols.map((c, i) => `${c} = $${i + 2}`).join(', ')}, updated_at = now()
           WHERE id = $1 RETURNING ${SECTION_COLUMNS}`,
          [id, ...cols.map((c) => changes[c])],
        );
        if (!row) throw new NotFoundException('Section not found');
        tx.audit({ action: 'section.update', entityType: 'section', entityId: id, data: changes });
        return toSectionView(row);
      });
    } catch (e) {
      if (isUniqueViolation(e))
        throw new ConflictException(`slug "${String(changes.slug)}" is already used`);
      throw e;
    }
  }
}
