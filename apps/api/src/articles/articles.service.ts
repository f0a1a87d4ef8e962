import {
  BadRequestException,
  ConflictException,
  ForbiddenException,
  Injectable,
} from '@nestjs/common';
import { collectMediaIds } from '@toasoan/editor';
import { canEditArticle } from '@toasoan/workflow';
import { normalizeLine, slugify } from '@toasoan/vi-text';
import type { AuthUser } from '../auth/auth-user';
import { Actor, Database, Tx } from '../database/database.service';
import { loadReadable, requestedVersion, staleVersion } from './access';
import { CreateArticleDto, UpdateArticleDto } from './article.dto';
import {
  ARTICLE_SELECT,
  ArticleRow,
  ArticleSnapshot,
  Caller,
  Queryable,
  snapshotOf,
  toArticleView,
} from './article.row';
import type { ArticleView } from './article.view';
import {
  cleanBody,
  cleanParagraph,
  cleanTags,
  cleanTitle,
  derive,
  emptyBody,
  mediaUsed,
} from './content';
import { recordRevision } from './revisions';

/** snapshotOf(row) in SQL, over the row `u` (see revisions and article.row). */
const SNAPSHOT_SQL = `jsonb_build_object('title', u.title, 'slug', u.slug, 'sectionId', u.section_id,
  'lead', u.lead, 'dateline', u.dateline, 'body', u.body, 'featuredMediaId', u.featured_media_id,
  'byline', u.byline, 'tags', to_jsonb(u.tags), 'seoTitle', u.seo_title,
  'seoDescription', u.seo_description, 'state', u.state)`;

/** The content fields a save may change (never state, author or version). */
export type ContentFields = Omit<ArticleSnapshot, 'state'>;
type ContentChanges = Partial<ContentFields>;

const COLUMN: Record<keyof ContentFields, string> = {
  title: 'title',
  slug: 'slug',
  sectionId: 'section_id',
  lead: 'lead',
  dateline: 'dateline',
  body: 'body',
  featuredMediaId: 'featured_media_id',
  byline: 'byline',
  tags: 'tags',
  seoTitle: 'seo_title',
  seoDescription: 'seo_description',
};

function isUniqueViolation(e: unknown): boolean {
  return typeof e === 'object' && e !== null && (e as { code?: string }).code === '23505';
}

/** Normalises whatever the request carries; fields it leaves out stay undefined. */
function cleanChanges(dto: CreateArticleDto | UpdateArticleDto): ContentChanges {
  const c: ContentChanges = {};
  if (dto.title !== undefined) c.title = cleanTitle(dto.title);
  if (dto.slug !== undefined) c.slug = dto.slug;
  if (dto.sectionId !== undefined) c.sectionId = dto.sectionId;
  if (dto.lead !== undefined) c.lead = cleanParagraph(dto.lead);
  if (dto.dateline !== undefined) c.dateline = normalizeLine(dto.dateline);
  if (dto.body !== undefined) c.body = cleanBody(dto.body);
  if (dto.featuredMediaId !== undefined) c.featuredMediaId = dto.featuredMediaId;
  if (dto.byline !== undefined) c.byline = normalizeLine(dto.byline);
  if (dto.tags !== undefined) c.tags = cleanTags(dto.tags);
  if (dto.seoTitle !== undefined) c.seoTitle = normalizeLine(dto.seoTitle);
  if (dto.seoDescription !== undefined) c.seoDescription = normalizeLine(dto.seoDescription);
  return c;
}

function isAutomaticSlug(slug: string, title: string): boolean {
  const base = slugify(title) || 'bai-viet';
  return slug === base || new RegExp(`^${base}-\\d+$`).test(slug);
}

export async function loadRow(q: Queryable, id: string): Promise<ArticleRow> {
  return (await q.one<ArticleRow>(`${ARTICLE_SELECT} WHERE a.id = $1`, [id]))!;
}

@Injectable()
export class ArticlesService {
  constructor(private readonly db: Database) {}

  async get(user: Caller, id: string): Promise<ArticleView> {
    return toArticleView(await loadReadable(this.db, id, user), user);
  }

  async create(user: AuthUser, actor: Actor, dto: CreateArticleDto): Promise<ArticleView> {
    const c = cleanChanges(dto);
    try {
      return await this.db.write(actor, async (tx) => {
        const row = await this.insert(tx, user, c);
        return toArticleView(row, user);
      });
    } catch (e) {
      if (isUniqueViolation(e)) throw new ConflictException('slug is already used; try again');
      throw e;
    }
  }

  /** Also used by the demo seed inside its own transaction. */
  async insert(
    tx: Tx,
    author: Caller & Pick<AuthUser, 'displayName' | 'penName'>,
    c: ContentChanges,
  ) {
    const title = c.title!;
    if (c.sectionId) await this.checkSection(tx, c.sectionId, null);
    const slug = c.slug
      ? await this.claimSlug(tx, c.slug, null)
      : await this.freeSlug(tx, slugify(title) || 'bai-viet', null);
    const content: ContentFields = {
      title,
      slug,
      sectionId: c.sectionId ?? null,
      lead: c.lead ?? '',
      dateline: c.dateline ?? '',
      body: c.body ?? emptyBody(),
      featuredMediaId: c.featuredMediaId ?? null,
      // bút danh: the pen name is the default byline
      byline: c.byline || author.penName || author.displayName,
      tags: c.tags ?? [],
      seoTitle: c.seoTitle ?? '',
      seoDescription: c.seoDescription ?? '',
    };
    const d = derive(content);
    const inserted = await tx.one<{ id: string }>(
      `INSERT INTO articles (title, slug, section_id, lead, dateline, body, featured_media_id, byline,
         tags, seo_title, seo_description, author_id, updated_by, word_count, reading_minutes,
         search_vector, search_title)
       VALUES ($1, $2, $3, $4, $5, $6::jsonb, $7, $8, $9, $10, $11, $12, $12, $13, $14,
         array_to_tsvector(string_to_array($15, ' ')), array_to_tsvector(string_to_array($16, ' ')))
       RETURNING id`,
      [
        content.title,
        content.slug,
        content.sectionId,
        content.lead,
        content.dateline,
        JSON.stringify(content.body),
        content.featuredMediaId,
        content.byline,
        content.tags,
        content.seoTitle,
        content.seoDescription,
        author.id,
        d.wordCount,
        d.readingMinutes,
        d.searchTokens.join(' '),
        d.titleTokens.join(' '),
      ],
    );
    const id = inserted!.id;
    await this.syncMedia(tx, id, d.mediaIds);
    const row = await loadRow(tx, id);
    const n = await recordRevision(tx, row, 'create', author.id);
    tx.audit({
      action: 'article.create',
      entityType: 'article',
      entityId: id,
      data: { title, slug, sectionId: content.sectionId, revision: n },
    });
    return row;
  }

  async update(
    user: AuthUser,
    actor: Actor,
    id: string,
    dto: UpdateArticleDto,
    ifMatch: string | undefined,
  ): Promise<ArticleView> {
    const version = requestedVersion(dto.version, ifMatch);
    const changes = cleanChanges(dto);
    if (Object.keys(changes).length === 0) throw new BadRequestException('Nothing to change');
    if (version === undefined) {
      throw new BadRequestException(
        'version is required: send If-Match or version with the version you edited',
      );
    }
    try {
      return await this.db.write(actor, async (tx) => {
        const row = await loadReadable(tx, id, user);
        if (!canEditArticle({ state: row.state, authorId: row.author_id }, user)) {
          throw new ForbiddenException(`You may not edit this article while it is ${row.state}`);
        }
        if (row.version !== version) throw staleVersion(row);
        const saved = await this.writeContent(tx, row, version, changes, user.id, {
          kind: dto.autosave ? 'autosave' : 'save',
        });
        return toArticleView(saved, user);
      });
    } catch (e) {
      if (isUniqueViolation(e)) throw new ConflictException('slug is already used');
      throw e;
    }
  }

  /**
   * The one guarded write of an article's content: `WHERE id = $1 AND version = $2`, exactly one
   * row or 409. Keeps old slugs, the photos used, a revision and the audit event.
   */
  async writeContent(
    tx: Tx,
    row: ArticleRow,
    version: number,
    changes: ContentChanges,
    userId: string,
    options: { kind: string; auditAction?: string; auditData?: Record<string, unknown> },
  ): Promise<ArticleRow> {
    const before = snapshotOf(row);
    const next: ContentFields = { ...before, ...changes };
    if (changes.slug !== undefined && changes.slug !== row.slug) {
      next.slug = await this.claimSlug(tx, changes.slug, row.id);
    } else if (
      changes.title !== undefined &&
      changes.slug === undefined &&
      row.first_published_at === null &&
      isAutomaticSlug(row.slug, row.title)
    ) {
      // Until first publication an automatic slug follows the title.
      next.slug = await this.freeSlug(tx, slugify(next.title) || 'bai-viet', row.id);
    }
    if (next.sectionId && next.sectionId !== row.section_id) {
      await this.checkSection(tx, next.sectionId, row.section_id);
    }
    const fields = (Object.keys(COLUMN) as (keyof ContentFields)[]).filter(
      (k) => JSON.stringify(next[k]) !== JSON.stringify(before[k]),
    );
    if (fields.length === 0) return row;

    const d = derive(next);
    const params: unknown[] = [row.id, version, userId, d.wordCount, d.readingMinutes];
    const sets = fields.map((f) => {
      const v = next[f];
      params.push(f === 'body' ? JSON.stringify(v) : v);
      return `${COLUMN[f]} = $${params.length}${f === 'body' ? '::jsonb' : ''}`;
    });
    // The search columns only when the searched text changed: an unchanged value is not rewritten.
    // Tokens never contain spaces: one text parameter is cheaper to send than a text[].
    if (fields.some((f) => f === 'title' || f === 'lead' || f === 'body')) {
      params.push(d.searchTokens.join(' '));
      sets.push(`search_vector = array_to_tsvector(string_to_array($${params.length}, ' '))`);
    }
    if (fields.includes('title')) {
      params.push(d.titleTokens.join(' '));
      sets.push(`search_title = array_to_tsvector(string_to_array($${params.length}, ' '))`);
    }
    // A save (not an autosave, which may refresh the last revision instead) writes its revision
    // in the same statement, the snapshot built from the updated row: the body is sent once.
    const withRevision = options.kind !== 'autosave';
    if (withRevision) params.push(options.kind);
    const update = `UPDATE articles a SET ${sets.join(', ')}, word_count = $4, reading_minutes = $5,
         version = version + 1, updated_at = now(), updated_by = $3,
         has_pending_revision = has_pending_revision OR state = 'published'
       WHERE id = $1 AND version = $2
       RETURNING a.*`;
    // What changed besides the content, so the saved row needs no second read.
    const returned = `u.version, u.updated_at, u.has_pending_revision,
         s.name AS section_name, s.slug AS section_slug,
         x.display_name AS updated_by_name, x.pen_name AS updated_by_pen_name`;
    const from = `FROM u LEFT JOIN sections s ON s.id = u.section_id
         LEFT JOIN users x ON x.id = u.updated_by`;
    const updated = await tx.one<
      Pick<
        ArticleRow,
        | 'version'
        | 'updated_at'
        | 'has_pending_revision'
        | 'section_name'
        | 'section_slug'
        | 'updated_by_name'
        | 'updated_by_pen_name'
      > & { revision: number | null }
    >(
      withRevision
        ? `WITH u AS (${update}),
           r AS (
             INSERT INTO revisions (article_id, n, kind, version, snapshot, created_by)
             SELECT u.id, (SELECT coalesce(max(n), 0) + 1 FROM revisions WHERE article_id = u.id),
               $${params.length}, u.version, ${SNAPSHOT_SQL}, $3
             FROM u RETURNING n)
           SELECT ${returned}, (SELECT n FROM r) AS revision ${from}`
        : `WITH u AS (${update}) SELECT ${returned}, NULL::int AS revision ${from}`,
      params,
    );
    if (!updated) {
      const current = await loadRow(tx, row.id);
      throw staleVersion(current);
    }
    if (next.slug !== row.slug) {
      await tx.execute(
        `INSERT INTO article_slugs (slug, article_id) VALUES ($1, $2)
         ON CONFLICT (slug) DO UPDATE SET article_id = EXCLUDED.article_id, created_at = now()`,
        [row.slug, row.id],
      );
      await tx.execute(`DELETE FROM article_slugs WHERE slug = $1`, [next.slug]);
    }
    if (fields.includes('body') || fields.includes('featuredMediaId')) {
      const old = mediaUsed(collectMediaIds(row.body), row.featured_media_id);
      if (old.length !== d.mediaIds.length || old.some((m) => !d.mediaIds.includes(m))) {
        await this.syncMedia(tx, row.id, d.mediaIds);
      }
    }
    const { revision, ...changed } = updated;
    const saved: ArticleRow = {
      ...row,
      ...changed,
      title: next.title,
      slug: next.slug,
      section_id: next.sectionId,
      lead: next.lead,
      dateline: next.dateline,
      body: next.body,
      featured_media_id: next.featuredMediaId,
      byline: next.byline,
      tags: next.tags,
      seo_title: next.seoTitle,
      seo_description: next.seoDescription,
      word_count: d.wordCount,
      reading_minutes: d.readingMinutes,
      updated_by: userId,
    };
    const n = revision ?? (await recordRevision(tx, saved, options.kind, userId));
    const data: Record<string, unknown> = {
      fields,
      version: saved.version,
      revision: n,
      ...options.auditData,
    };
    for (const f of fields) {
      // The body is in the revision; small fields go in the record as they now are.
      if (f !== 'body') data[f] = next[f];
    }
    tx.audit({
      action: options.auditAction ?? 'article.update',
      entityType: 'article',
      entityId: row.id,
      data,
    });
    return saved;
  }

  private async checkSection(tx: Tx, sectionId: string, current: string | null): Promise<void> {
    const s = await tx.one<{ active: boolean }>(`SELECT active FROM sections WHERE id = $1`, [
      sectionId,
    ]);
    if (!s || (!s.active && sectionId !== current)) {
      throw new BadRequestException('sectionId: no such active section');
    }
  }

  /** An explicit slug: 409 when another article uses it now or used it before. */
  private async claimSlug(tx: Tx, slug: string, articleId: string | null): Promise<string> {
    const taken = await tx.one(
      `SELECT 1 FROM articles WHERE slug = $1 AND id IS DISTINCT FROM $2::uuid
       UNION ALL SELECT 1 FROM article_slugs WHERE slug = $1 AND article_id IS DISTINCT FROM $2::uuid`,
      [slug, articleId],
    );
    if (taken) throw new ConflictException(`slug "${slug}" is already used by another article`);
    return slug;
  }

  /** A generated slug: the base, or base-2, base-3… whichever nobody has. */
  private async freeSlug(tx: Tx, base: string, articleId: string | null): Promise<string> {
    const rows = await tx.query<{ slug: string }>(
      `SELECT slug FROM articles WHERE (slug = $1 OR slug LIKE $1 || '-%') AND id IS DISTINCT FROM $2::uuid
       UNION SELECT slug FROM article_slugs WHERE (slug = $1 OR slug LIKE $1 || '-%')
         AND article_id IS DISTINCT FROM $2::uuid`,
      [base, articleId],
    );
    const taken = new Set(rows.map((r) => r.slug));
    if (!taken.has(base)) return base;
    for (let i = 2; ; i++) if (!taken.has(`${base}-${i}`)) return `${base}-${i}`;
  }

  private async syncMedia(tx: Tx, articleId: string, mediaIds: string[]): Promise<void> {
    await tx.execute(
      `DELETE FROM article_media WHERE article_id = $1 AND NOT (media_id = ANY($2::uuid[]))`,
      [articleId, mediaIds],
    );
    if (mediaIds.length) {
      await tx.execute(
        `INSERT INTO article_media (article_id, media_id)
         SELECT $1, m FROM unnest($2::uuid[]) AS m ON CONFLICT DO NOTHING`,
        [articleId, mediaIds],
      );
    }
  }
}
