import {
  ConflictException,
  ForbiddenException,
  Inject,
  Injectable,
  Logger,
  NotFoundException,
  OnModuleInit,
} from '@nestjs/common';
import { can, canRead } from '@toasoan/workflow';
import { normalizeLine } from '@toasoan/vi-text';
import type { Request } from 'express';
import { randomUUID } from 'node:crypto';
import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import type { AuthUser } from '../auth/auth-user';
import { APP_CONFIG, AppConfig } from '../config/config';
import { Actor, Database, Tx } from '../database/database.service';
import {
  MediaPage,
  MediaQuery,
  MediaUsageView,
  MediaVariantView,
  MediaView,
  UpdateMediaDto,
} from './media.dto';
import type { MediaResolver, ResolvedMedia } from './media-resolver';
import {
  configureSharp,
  EXTENSION,
  ImageType,
  processImage,
  Semaphore,
  VariantFormat,
} from './pipeline';
import { MEDIA_STORAGE, MediaStorage } from './storage';
import { receiveUpload } from './upload';

export const VARIANT_CONTENT_TYPE: Record<VariantFormat, string> = {
  webp: 'image/webp',
  jpg: 'image/jpeg',
};

interface StoredVariant {
  width: number;
  height: number;
  format: VariantFormat;
  bytes: number;
  key: string;
}

interface MediaRow {
  id: string;
  seq: string;
  sha256: string;
  file_name: string;
  mime_type: string;
  width: number;
  height: number;
  bytes: string;
  caption: string;
  alt: string;
  credit: string;
  source: string;
  taken_at: Date | null;
  placeholder: string | null;
  variants: StoredVariant[];
  original_key: string | null;
  uploader_id: string;
  uploader_name: string;
  uploader_pen_name: string | null;
  created_at: Date;
}

const SELECT = `
  SELECT m.id, m.seq, m.sha256, m.file_name, m.mime_type, m.width, m.height, m.bytes, m.caption,
         m.alt, m.credit, m.source, m.taken_at, m.placeholder, m.variants, m.original_key,
         m.uploader_id, u.display_name AS uploader_name, u.pen_name AS uploader_pen_name,
         m.created_at
    FROM media m JOIN users u ON u.id = m.uploader_id`;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The JPEG shown by default: the widest one up to 1024 px, else the narrowest. */
function mainVariant(variants: StoredVariant[], format: VariantFormat = 'jpg'): StoredVariant {
  const of = variants.filter((v) => v.format === format).sort((a, b) => a.width - b.width);
  const fit = of.filter((v) => v.width <= 1024);
  return fit[fit.length - 1] ?? of[0] ?? variants[0];
}

@Injectable()
export class MediaService implements MediaResolver, OnModuleInit {
  private readonly logger = new Logger('Media');
  private readonly semaphore: Semaphore;
  readonly tmpDir: string;
  private articlesExist = false;

  constructor(
    private readonly db: Database,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(MEDIA_STORAGE) readonly storage: MediaStorage,
  ) {
    this.semaphore = new Semaphore(config.media.concurrency);
    this.tmpDir = join(config.dataDir, 'tmp');
    configureSharp(config.media.concurrency);
  }

  async onModuleInit(): Promise<void> {
    await fs.mkdir(this.tmpDir, { recursive: true, mode: 0o700 });
    // Temporary files left by a crash: nothing refers to them.
    for (const name of await fs.readdir(this.tmpDir)) {
      if (name.startsWith('upload-')) await fs.rm(join(this.tmpDir, name), { force: true });
    }
  }

  url(key: string): string {
    return `${this.config.media.baseUrl ?? ''}/media/${key.replace(/^public\//, '')}`;
  }

  private view(r: MediaRow): MediaView {
    const variants: MediaVariantView[] = r.variants.map((v) => ({
      width: v.width,
      height: v.height,
      format: v.format,
      url: this.url(v.key),
      bytes: v.bytes,
    }));
    return {
      id: r.id,
      fileName: r.file_name,
      mimeType: r.mime_type,
      width: r.width,
      height: r.height,
      bytes: Number(r.bytes),
      sha256: r.sha256,
      caption: r.caption,
      alt: r.alt,
      credit: r.credit,
      source: r.source,
      takenAt: r.taken_at ? r.taken_at.toISOString() : null,
      placeholder: r.placeholder,
      uploader: { id: r.uploader_id, displayName: r.uploader_name, penName: r.uploader_pen_name },
      createdAt: r.created_at.toISOString(),
      url: this.url(mainVariant(r.variants).key),
      variants,
      hasOriginal: r.original_key !== null,
    };
  }

  private async row(id: string, tx?: Tx, lock = false): Promise<MediaRow | null> {
    if (!UUID.test(id)) return null;
    const sql = `${SELECT} WHERE m.id = $1${lock ? ' FOR UPDATE OF m' : ''}`;
    return tx ? tx.one<MediaRow>(sql, [id]) : this.db.one<MediaRow>(sql, [id]);
  }

  /** POST /api/media: receive, refuse or process, store, record. `created` false = dedup. */
  async upload(
    req: Request,
    user: AuthUser,
    actor: Actor,
  ): Promise<{ view: MediaView; created: boolean }> {
    const file = await receiveUpload(req, this.tmpDir, this.config.media.maxBytes);
    try {
      const existing = await this.db.one<MediaRow>(`${SELECT} WHERE m.sha256 = $1`, [file.sha256]);
      if (existing) return { view: this.view(existing), created: false };

      const processed = await this.semaphore.run(() =>
        processImage(file.path, this.config.media.maxPixels),
      );
      const id = randomUUID();
      const stored: string[] = [];
      try {
        const variants: StoredVariant[] = [];
        for (const v of processed.variants) {
          const key = `public/${id}/${v.width}.${v.format}`;
          await this.storage.put(key, v.data, VARIANT_CONTENT_TYPE[v.format]);
          stored.push(key);
          variants.push({
            width: v.width,
            height: v.height,
            format: v.format,
            bytes: v.bytes,
            key,
          });
        }
        let originalKey: string | null = null;
        if (this.config.media.keepOriginal) {
          originalKey = `private/${id}/original.${EXTENSION[file.mimeType]}`;
          await this.storage.put(originalKey, { file: file.path }, file.mimeType);
          stored.push(originalKey);
        }
        const inserted = await this.db.write(actor, async (tx) => {
          const row = await tx.one<{ id: string }>(
            `INSERT INTO media (id, sha256, file_name, mime_type, width, height, bytes, placeholder,
                                variants, original_key, uploader_id)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9::jsonb, $10, $11)
             ON CONFLICT (sha256) DO NOTHING RETURNING id`,
            [
              id,
              file.sha256,
              file.fileName,
              file.mimeType,
              processed.width,
              processed.height,
              file.bytes,
              processed.placeholder,
              JSON.stringify(variants),
              originalKey,
              user.id,
            ],
          );
          if (!row) return false;
          tx.audit({
            action: 'media.upload',
            entityType: 'media',
            entityId: id,
            data: {
              fileName: file.fileName,
              mimeType: file.mimeType,
              bytes: file.bytes,
              sha256: file.sha256,
              width: processed.width,
              height: processed.height,
              originalKept: originalKey !== null,
            },
          });
          return true;
        });
        if (!inserted) {
          // The same bytes were stored by a concurrent upload: keep theirs.
          await this.storage.delete(stored).catch(() => undefined);
          const winner = await this.db.one<MediaRow>(`${SELECT} WHERE m.sha256 = $1`, [
            file.sha256,
          ]);
          return { view: this.view(winner!), created: false };
        }
      } catch (e) {
        await this.storage
          .delete(stored)
          .catch((err: unknown) =>
            this.logger.warn(`could not remove files of ${id}: ${String(err)}`),
          );
        throw e;
      }
      return { view: await this.get(id, user), created: true };
    } finally {
      await file.remove();
    }
  }

  async get(id: string, user: AuthUser): Promise<MediaView> {
    const r = await this.row(id);
    if (!r) throw new NotFoundException('Photo not found');
    const view = this.view(r);
    const usage = await this.usage(id);
    view.usageCount = usage.length;
    view.usage = usage
      .filter((a) => canRead({ state: a.state as never, authorId: a.author_id }, user))
      .map(({ id: aid, number, title, state }) => ({
        id: aid,
        number: Number(number),
        title,
        state,
      }));
    return view;
  }

  /** Articles using the photo (as a figure or as the featured photo), trashed ones included. */
  private async usage(id: string, tx?: Tx): Promise<(MediaUsageView & { author_id: string })[]> {
    if (!this.articlesExist) {
      const q = `SELECT to_regclass('article_media') IS NOT NULL AS ok`;
      const r = tx ? await tx.one<{ ok: boolean }>(q) : await this.db.one<{ ok: boolean }>(q);
      if (!r?.ok) return [];
      this.articlesExist = true;
    }
    const sql = `
      SELECT a.id, a.number, a.title, a.state, a.author_id FROM articles a
       WHERE a.id IN (SELECT article_id FROM article_media WHERE media_id = $1)
          OR a.featured_media_id = $1
       ORDER BY a.number`;
    return tx ? tx.query(sql, [id]) : this.db.query(sql, [id]);
  }

  private mayEdit(r: MediaRow, user: AuthUser): boolean {
    return r.uploader_id === user.id || can(user.role, 'media.editAny');
  }

  async list(query: MediaQuery): Promise<MediaPage> {
    const where: string[] = [];
    const params: unknown[] = [];
    const q = query.q ? normalizeLine(query.q) : '';
    if (q) {
      params.push(q.replace(/[\\%_]/g, (c) => '\\' + c));
      where.push(`m.search_text LIKE '%' || f_fold($${params.length}) || '%'`);
    }
    if (query.uploaderId) {
      params.push(query.uploaderId);
      where.push(`m.uploader_id = $${params.length}`);
    }
    if (query.cursor) {
      params.push(query.cursor);
      where.push(`m.seq < $${params.length}::bigint`);
    }
    const limit = query.limit ?? 30;
    params.push(limit + 1);
    const rows = await this.db.query<MediaRow>(
      `${SELECT} ${where.length ? 'WHERE ' + where.join(' AND ') : ''}
       ORDER BY m.seq DESC LIMIT $${params.length}`,
      params,
    );
    const more = rows.length > limit;
    const page = rows.slice(0, limit);
    return {
      items: page.map((r) => this.view(r)),
      nextCursor: more ? String(page[page.length - 1].seq) : null,
    };
  }

  async update(id: string, dto: UpdateMediaDto, user: AuthUser, actor: Actor): Promise<MediaView> {
    await this.db.write(actor, async (tx) => {
      const r = await this.row(id, tx, true);
      if (!r) throw new NotFoundException('Photo not found');
      if (!this.mayEdit(r, user))
        throw new ForbiddenException('Only the uploader or an editor may change this photo');
      const changed: Record<string, unknown> = {};
      const sets: string[] = [];
      const params: unknown[] = [id];
      const text = { caption: 'caption', alt: 'alt', credit: 'credit', source: 'source' } as const;
      for (const [field, column] of Object.entries(text) as [keyof typeof text, string][]) {
        const v = dto[field];
        if (v === undefined) continue;
        const value = normalizeLine(v);
        if (value === r[field]) continue;
        params.push(value);
        sets.push(`${column} = $${params.length}`);
        changed[field] = { from: r[field], to: value };
      }
      if (dto.takenAt !== undefined) {
        const value = dto.takenAt === null ? null : new Date(dto.takenAt);
        if ((value?.getTime() ?? null) !== (r.taken_at?.getTime() ?? null)) {
          params.push(value);
          sets.push(`taken_at = $${params.length}`);
          changed.takenAt = {
            from: r.taken_at?.toISOString() ?? null,
            to: value?.toISOString() ?? null,
          };
        }
      }
      if (sets.length === 0) return;
      const n = await tx.execute(
        `UPDATE media SET ${sets.join(', ')}, updated_at = now() WHERE id = $1`,
        params,
      );
      if (n !== 1) throw new NotFoundException('Photo not found');
      tx.audit({ action: 'media.update', entityType: 'media', entityId: id, data: changed });
    });
    return this.get(id, user);
  }

  async remove(id: string, user: AuthUser, actor: Actor): Promise<void> {
    const keys = await this.db.write(actor, async (tx) => {
      const r = await this.row(id, tx, true);
      if (!r) throw new NotFoundException('Photo not found');
      if (!this.mayEdit(r, user))
        throw new ForbiddenException('Only the uploader or an editor may delete this photo');
      const usage = await this.usage(id, tx);
      if (usage.length > 0) {
        throw new ConflictException({
          message: `The photo is used by ${usage.length} article(s); remove it from them first`,
          usageCount: usage.length,
        });
      }
      try {
        await tx.execute('DELETE FROM media WHERE id = $1', [id]);
      } catch (e) {
        // The foreign keys from articles are the last word (ON DELETE RESTRICT).
        if ((e as { code?: string }).code === '23503')
          throw new ConflictException('The photo is used by an article');
        throw e;
      }
      tx.audit({
        action: 'media.delete',
        entityType: 'media',
        entityId: id,
        data: { fileName: r.file_name, sha256: r.sha256, uploaderId: r.uploader_id },
      });
      return [...r.variants.map((v) => v.key), ...(r.original_key ? [r.original_key] : [])];
    });
    // After COMMIT: the row is gone, so nothing links to these files any more.
    await this.storage
      .delete(keys)
      .catch((e: unknown) => this.logger.warn(`could not remove files of ${id}: ${String(e)}`));
  }

  /** The private original, for GET /api/media/:id/original (admins). */
  async original(id: string) {
    const r = await this.row(id);
    if (!r) throw new NotFoundException('Photo not found');
    if (!r.original_key) throw new NotFoundException('The original of this photo was not kept');
    const obj = await this.storage.get(r.original_key);
    if (!obj) throw new NotFoundException('The original of this photo is missing from storage');
    return { ...obj, mimeType: r.mime_type as ImageType, fileName: r.file_name };
  }

  /** MEDIA_RESOLVER: one query for any number of ids; unknown ids are left out. */
  async resolve(ids: readonly string[]): Promise<Map<string, ResolvedMedia>> {
    const out = new Map<string, ResolvedMedia>();
    const wanted = [...new Set(ids.filter((id) => UUID.test(id)))];
    if (wanted.length === 0) return out;
    const rows = await this.db.query<MediaRow>(`${SELECT} WHERE m.id = ANY($1::uuid[])`, [wanted]);
    for (const r of rows) {
      const byWidth = (f: VariantFormat) =>
        r.variants.filter((v) => v.format === f).sort((a, b) => a.width - b.width);
      const srcset = (f: VariantFormat) =>
        byWidth(f)
          .map((v) => `${this.url(v.key)} ${v.width}w`)
          .join(', ');
      const jpegs = byWidth('jpg');
      const largest = jpegs[jpegs.length - 1] ?? r.variants[0];
      out.set(r.id, {
        id: r.id,
        src: this.url(mainVariant(r.variants).key),
        srcset: srcset('webp'),
        jpegSrcset: srcset('jpg'),
        width: r.width,
        height: r.height,
        placeholder: r.placeholder,
        alt: r.alt,
        caption: r.caption,
        credit: r.credit,
        largest: { url: this.url(largest.key), width: largest.width, height: largest.height },
      });
    }
    return out;
  }
}
