import {
  BadRequestException,
  Controller,
  Get,
  GoneException,
  NotFoundException,
  Param,
  Query,
  Req,
  Res,
} from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { Public } from '../auth/auth-user';
import { cacheHeaders, etagOf, sendPublic, sendRedirect } from './http-cache';
import {
  PublicArticle,
  PublicArticleList,
  PublicArticleSummary,
  PublicListQuery,
} from './public.dto';
import { CardRow, FullArticleRow, searchWords, tagSlug } from './public.repository';
import { PublicService } from './public.service';
import { countedResponse, cutViews } from './public-cache';
import { ResolvedMedia } from '../media/media-resolver';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** Stands for the view count in a cached article JSON (see PublicCache / Counted). */
const JSON_VIEWS_MARK = -7_777_777_771;

function encodeCursor(r: CardRow): string {
  return Buffer.from(`${r.published_at.toISOString()}|${r.article_id}`).toString('base64url');
}

function decodeCursor(c: string): { publishedAt: Date; articleId: string } {
  const [iso, id] = Buffer.from(c, 'base64url').toString('utf8').split('|');
  const publishedAt = new Date(iso ?? '');
  if (
    Number.isNaN(publishedAt.getTime()) ||
    !/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id ?? '')
  ) {
    throw new BadRequestException('cursor is not valid');
  }
  return { publishedAt, articleId: id };
}

/** The public content API: published content only, explicit shapes, cacheable. */
@ApiTags('public')
@Public()
@Controller('api/public')
export class PublicApiController {
  constructor(private readonly pub: PublicService) {}

  private summary(r: CardRow, media: Map<string, ResolvedMedia>): PublicArticleSummary {
    const m = media.get(r.featured_media_id ?? '');
    return {
      number: Number(r.number),
      slug: r.slug,
      url: this.pub.abs(this.pub.articlePath(r)),
      title: r.title,
      lead: r.lead ?? '',
      dateline: r.dateline ?? '',
      section: r.section_slug
        ? {
            name: r.section_name ?? '',
            slug: r.section_slug,
            url: this.pub.abs(this.pub.sectionPath(r.section_slug)),
          }
        : null,
      tags: r.tags ?? [],
      byline: r.byline ?? '',
      publishedAt: r.published_at.toISOString(),
      updatedAt: r.updated_at.toISOString(),
      viewCount: Number(r.view_count),
      image: this.pub.img(m, r.title),
    };
  }

  @Get('articles')
  @ApiOkResponse({ type: PublicArticleList })
  async list(
    @Query() query: PublicListQuery,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    cacheHeaders(res, 60);
    const limit = query.limit ?? 20;
    let sectionId: string | undefined;
    if (query.section !== undefined) {
      const section = SLUG.test(query.section)
        ? await this.pub.repo.sectionBySlug(query.section)
        : null;
      if (!section) throw new NotFoundException(`section "${query.section}" not found`);
      sectionId = section.id;
    }
    const words = query.q !== undefined ? searchWords(query.q) : [];
    if (query.q !== undefined && words.length === 0) throw new BadRequestException('q: no words');
    const tag = query.tag !== undefined ? tagSlug(query.tag) : undefined;
    if (query.tag !== undefined && !tag) throw new BadRequestException('tag: no words');
    const rows = await this.pub.repo.list({
      sectionId,
      tagSlug: tag,
      words,
      before: query.cursor ? decodeCursor(query.cursor) : undefined,
      limit: limit + 1,
    });
    const page = rows.slice(0, limit);
    const media = await this.pub.images(page.map((r) => r.featured_media_id));
    const body: PublicArticleList = {
      items: page.map((r) => this.summary(r, media)),
      nextCursor: rows.length > limit ? encodeCursor(page[page.length - 1]) : null,
    };
    sendPublic(req, res, { type: 'application/json; charset=utf-8', body: JSON.stringify(body) });
  }

  /**
   * By current slug (an old slug answers 301 to the current one; a taken-down article 410).
   * One query (the snapshot with its corrections and approved comments), and the JSON is kept a
   * few seconds in process (see PublicCache: never served after a change readers could see).
   */
  @Get('articles/:slug')
  @ApiOkResponse({ type: PublicArticle })
  async one(@Param('slug') slug: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    cacheHeaders(res, 60);
    if (!SLUG.test(slug) || slug.length > 200) throw new NotFoundException('Article not found');
    const cached = await this.pub.cache.through(this.pub.cache.articleJson, slug, async () => {
      const a = await this.pub.repo.fullBySlug(slug);
      if (!a) return null;
      const body = JSON.stringify({ ...(await this.full(a)), viewCount: JSON_VIEWS_MARK });
      const value = cutViews(
        body,
        `"viewCount":${JSON_VIEWS_MARK}`,
        Number(a.view_count),
        a.article_id,
        etagOf,
      );
      // Kept as UTF-8 head/tail plus the built body: about 2 × its UTF-8 length.
      return value && { value, size: 2 * Buffer.byteLength(body), articleId: a.article_id };
    });
    if (cached) {
      const out = countedResponse(cached, (n) => `"viewCount":${n}`);
      return sendPublic(req, res, {
        type: 'application/json; charset=utf-8',
        body: out.body,
        etag: out.etag,
      });
    }
    const current = await this.pub.repo.currentSlugOf(slug);
    if (current && current !== slug) return sendRedirect(res, `/api/public/articles/${current}`);
    if ((await this.pub.repo.absenceBySlug(slug)) === 'gone') {
      throw new GoneException('This article has been taken down');
    }
    throw new NotFoundException('Article not found');
  }

  private async full(a: FullArticleRow): Promise<PublicArticle> {
    const media = await this.pub.images([a.featured_media_id]);
    return {
      ...this.summary(a, media),
      bodyHtml: a.body_html,
      seoTitle: a.seo_title ?? '',
      seoDescription: a.seo_description ?? '',
      wordCount: a.word_count ?? 0,
      readingMinutes: a.reading_minutes ?? 0,
      firstPublishedAt: (a.first_published_at ?? a.published_at).toISOString(),
      corrections: a.corrections.map((c) => ({
        text: c.text,
        createdAt: c.created_at.toISOString(),
      })),
      comments: a.comments.map((c) => ({
        name: c.name,
        body: c.body,
        createdAt: c.created_at.toISOString(),
      })),
    };
  }
}
