import {
  BadRequestException,
  HttpException,
  Inject,
  Injectable,
  NotFoundException,
  UnprocessableEntityException,
} from '@nestjs/common';
import { normalizeLine, normalizeText } from '@toasoan/vi-text';
import { APP_CONFIG, AppConfig } from '../config/config';
import { Actor, Database } from '../database/database.service';
import { NO_SECTION_SLUG } from '../public/public.repository';
import type {
  CorrectionView,
  CreateCommentDto,
  ModerationComment,
  ModerationList,
} from './comments.dto';

interface ModerationRow {
  id: string;
  article_id: string;
  number: string;
  title: string;
  published_slug: string | null;
  section_slug: string | null;
  name: string;
  body: string;
  status: string;
  created_at: Date;
  moderated_at: Date | null;
}

/** Reader comments (stored as plain text, shown only once approved) and corrections. */
@Injectable()
export class CommentsService {
  constructor(
    private readonly db: Database,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** A reader's comment on a published article, rate limited per client IP across instances. */
  async create(
    number: string,
    dto: CreateCommentDto,
    ip: string,
  ): Promise<{ articlePath: string }> {
    const name = normalizeLine(dto.name).trim();
    const body = normalizeText(dto.body)
      .replace(/\n{3,}/g, '\n\n')
      .trim();
    if (!name) throw new BadRequestException('name: must not be empty');
    if (!body) throw new BadRequestException('body: must not be empty');
    if (body.length > this.config.comments.maxLength) {
      throw new BadRequestException(
        `body: must be at most ${this.config.comments.maxLength} characters`,
      );
    }
    const { maxPerIp, windowMinutes } = this.config.comments;
    return this.db.write(
      { userId: null, name: `độc giả: ${name.slice(0, 60)}`, ip },
      async (tx) => {
        const article = await tx.one<{
          article_id: string;
          slug: string;
          section_slug: string | null;
          number: string;
        }>(
          `SELECT p.article_id, p.slug, p.number, s.slug AS section_slug
         FROM published_articles p LEFT JOIN sections s ON s.id = p.section_id WHERE p.number = $1`,
          [number],
        );
        if (!article) throw new NotFoundException('Article not found');
        // Serialise this IP's posts (any instance), then count its recent ones.
        await tx.query(`SELECT pg_advisory_xact_lock(hashtext('comment-rate:' || $1))`, [ip]);
        const recent = await tx.one<{ n: number }>(
          `SELECT count(*)::int AS n FROM comment_rate_limits
         WHERE ip = $1 AND at > now() - make_interval(mins => $2)`,
          [ip, windowMinutes],
        );
        if ((recent?.n ?? 0) >= maxPerIp) {
          throw new HttpException(
            {
              statusCode: 429,
              message: `Too many comments from this address; try again in ${windowMinutes} minutes`,
            },
            429,
          );
        }
        await tx.execute(`INSERT INTO comment_rate_limits (ip) VALUES ($1)`, [ip]);
        if (Math.random() < 0.01) {
          await tx.execute(`DELETE FROM comment_rate_limits WHERE at < now() - interval '1 day'`);
        }
        const row = await tx.one<{ id: string }>(
          `INSERT INTO comments (article_id, name, body) VALUES ($1, $2, $3) RETURNING id`,
          [article.article_id, name, body],
        );
        tx.audit({
          action: 'comment.create',
          entityType: 'comment',
          entityId: row!.id,
          data: { articleId: article.article_id, name, length: body.length },
        });
        return {
          articlePath: `/${article.section_slug ?? NO_SECTION_SLUG}/${article.slug}-${article.number}.html`,
        };
      },
    );
  }

  async list(status: string, cursor: string | undefined): Promise<ModerationList> {
    const params: unknown[] = [status];
    let after = '';
    if (cursor) {
      const [iso, id] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
      const at = new Date(iso ?? '');
      if (Number.isNaN(at.getTime()) || !/^[0-9a-f-]{36}$/i.test(id ?? '')) {
        throw new BadRequestException('cursor is not valid');
      }
      params.push(at, id);
      after = `AND (c.created_at, c.id) > ($2::timestamptz, $3::uuid)`;
    }
    const limit = 50;
    const rows = await this.db.query<ModerationRow>(
      `SELECT c.id, c.article_id, a.number, coalesce(p.title, a.title) AS title, p.slug AS published_slug,
         s.slug AS section_slug, c.name, c.body, c.status, c.created_at, c.moderated_at
       FROM comments c JOIN articles a ON a.id = c.article_id
       LEFT JOIN published_articles p ON p.article_id = c.article_id
       LEFT JOIN sections s ON s.id = p.section_id
       WHERE c.status = $1 ${after}
       ORDER BY c.created_at, c.id LIMIT ${limit + 1}`,
      params,
    );
    const page = rows.slice(0, limit);
    const last = page[page.length - 1];
    return {
      items: page.map((r) => this.view(r)),
      nextCursor:
        rows.length > limit && last
          ? Buffer.from(`${last.created_at.toISOString()}|${last.id}`).toString('base64url')
          : null,
    };
  }

  private view(r: ModerationRow): ModerationComment {
    return {
      id: r.id,
      articleId: r.article_id,
      articleNumber: Number(r.number),
      articleTitle: r.title,
      articleUrl: r.published_slug
        ? `${this.config.publicUrl}/${r.section_slug ?? NO_SECTION_SLUG}/${r.published_slug}-${r.number}.html`
        : null,
      name: r.name,
      body: r.body,
      status: r.status,
      createdAt: r.created_at.toISOString(),
      moderatedAt: r.moderated_at?.toISOString() ?? null,
    };
  }

  async moderate(
    id: string,
    decision: 'approved' | 'rejected',
    actor: Actor,
  ): Promise<ModerationComment> {
    return this.db.write(actor, async (tx) => {
      const before = await tx.one<{ status: string }>(
        `SELECT status FROM comments WHERE id = $1 FOR UPDATE`,
        [id],
      );
      if (!before) throw new NotFoundException('Comment not found');
      await tx.execute(
        `UPDATE comments SET status = $2, moderated_by = $3, moderated_at = now() WHERE id = $1`,
        [id, decision, actor.userId],
      );
      tx.audit({
        action: decision === 'approved' ? 'comment.approve' : 'comment.reject',
        entityType: 'comment',
        entityId: id,
        data: { from: before.status, to: decision },
      });
      const row = await tx.one<ModerationRow>(
        `SELECT c.id, c.article_id, a.number, coalesce(p.title, a.title) AS title, p.slug AS published_slug,
           s.slug AS section_slug, c.name, c.body, c.status, c.created_at, c.moderated_at
         FROM comments c JOIN articles a ON a.id = c.article_id
         LEFT JOIN published_articles p ON p.article_id = c.article_id
         LEFT JOIN sections s ON s.id = p.section_id WHERE c.id = $1`,
        [id],
      );
      return this.view(row!);
    });
  }

  /** A dated correction notice on a published article; it stays on the page and on the record. */
  async addCorrection(articleId: string, text: string, actor: Actor): Promise<CorrectionView> {
    const clean = normalizeText(text).trim();
    if (!clean) throw new BadRequestException('text: must not be empty');
    return this.db.write(actor, async (tx) => {
      const article = await tx.one<{ state: string; published: boolean }>(
        `SELECT a.state, EXISTS (SELECT 1 FROM published_articles p WHERE p.article_id = a.id) AS published
         FROM articles a WHERE a.id = $1`,
        [articleId],
      );
      if (!article) throw new NotFoundException('Article not found');
      if (!article.published) {
        throw new UnprocessableEntityException('Corrections go on published articles only');
      }
      const row = await tx.one<{ id: string; created_at: Date }>(
        `INSERT INTO article_corrections (article_id, text, created_by) VALUES ($1, $2, $3)
         RETURNING id, created_at`,
        [articleId, clean, actor.userId],
      );
      // The public page changed: its modified time (sitemaps, JSON-LD) moves too.
      await tx.execute(`UPDATE published_articles SET updated_at = now() WHERE article_id = $1`, [
        articleId,
      ]);
      tx.audit({
        action: 'article.correction',
        entityType: 'article',
        entityId: articleId,
        data: { correctionId: row!.id, text: clean },
      });
      return { id: row!.id, articleId, text: clean, createdAt: row!.created_at.toISOString() };
    });
  }

  async corrections(articleId: string): Promise<CorrectionView[]> {
    const exists = await this.db.one(`SELECT 1 FROM articles WHERE id = $1`, [articleId]);
    if (!exists) throw new NotFoundException('Article not found');
    const rows = await this.db.query<{ id: string; text: string; created_at: Date }>(
      `SELECT id, text, created_at FROM article_corrections WHERE article_id = $1 ORDER BY created_at, id`,
      [articleId],
    );
    return rows.map((r) => ({
      id: r.id,
      articleId,
      text: r.text,
      createdAt: r.created_at.toISOString(),
    }));
  }
}
