import { Controller, Get, Param, ParseUUIDPipe, Res } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { createHash } from 'node:crypto';
import { createElement } from 'react';
import { loadReadable } from '../articles/access';
import { Publisher } from '../articles/publisher';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/auth-user';
import { Database } from '../database/database.service';
import { PUBLIC_CSP } from './http-cache';
import type { ArticleRow as PublicArticleRow } from './public.repository';
import { PublicService } from './public.service';
import { ArticlePage } from './views/pages';

const BANNER_STYLE =
  '.preview-banner{position:sticky;top:0;z-index:10;margin:0;padding:.6rem 1rem;' +
  'background:#fff3bf;color:#5c3c00;border-bottom:2px solid #f08c00;font:600 1rem/1.4 system-ui,sans-serif;text-align:center}';
const BANNER_STYLE_HASH = `sha256-${createHash('sha256').update(BANNER_STYLE).digest('base64')}`;

/**
 * The public page's policy with one more stylesheet (the banner's) and no form posts: the comment
 * form of a draft has nowhere to go, and a preview must not post anything anyway.
 */
const PREVIEW_CSP = PUBLIC_CSP.split('; ')
  .map((d) =>
    d.startsWith('style-src ')
      ? `${d} '${BANNER_STYLE_HASH}'`
      : d.startsWith('form-action ')
        ? "form-action 'none'"
        : d,
  )
  .join('; ');

const esc = (s: string) =>
  s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/**
 * Bản xem trước: an article's CURRENT working copy (a draft, or the pending revision of a
 * published article) rendered by the public site's own article page, for the newsroom only. The
 * body goes through the same renderer as publishing, so what is shown is what readers will get.
 */
@ApiTags('articles')
@Controller('api/articles')
export class PreviewController {
  constructor(
    private readonly db: Database,
    private readonly pub: PublicService,
    private readonly publisher: Publisher,
  ) {}

  @Get(':id/preview')
  @ApiProduces('text/html')
  @ApiOkResponse({
    description:
      'The working copy as the public site will render it (noindex, private, not cached)',
    content: { 'text/html': { schema: { type: 'string' } } },
  })
  @ApiNotFoundResponse({ description: 'No such article, or the caller may not read it' })
  async preview(
    @CurrentUser() user: AuthUser,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Res() res: Response,
  ): Promise<void> {
    // The same rule as GET /api/articles/:id: someone else's draft is a 404.
    const a = await loadReadable(this.db, id, user);
    const media = await this.publisher.resolveMedia(a);
    // Not yet published: the page shows when it is scheduled for, else now.
    const shownAt = a.published_at ?? a.publish_at ?? new Date();
    const row: PublicArticleRow = {
      article_id: a.id,
      number: a.number,
      slug: a.slug,
      title: a.title,
      lead: a.lead,
      dateline: a.dateline,
      featured_media_id: a.featured_media_id,
      byline: a.byline,
      tags: a.tags ?? [],
      published_at: shownAt,
      first_published_at: a.first_published_at ?? shownAt,
      updated_at: a.updated_at,
      section_slug: a.section_slug,
      section_name: a.section_name,
      section_id: a.section_id,
      view_count: a.view_count,
      body_html: this.publisher.render(a, media),
      seo_title: a.seo_title,
      seo_description: a.seo_description,
      word_count: a.word_count,
      reading_minutes: a.reading_minutes,
      version: a.version,
    };
    const { view, meta } = await this.pub.articleView(row, {
      withRelated: true,
      commentNotice: null,
    });
    const site = await this.pub.site();
    const html = this.pub.render(
      createElement(ArticlePage, {
        site,
        meta: { ...meta, title: `[Xem trước] ${meta.title}`, noindex: true },
        a: view,
      }),
    );
    const pending = a.state === 'published' && a.has_pending_revision;
    const note =
      a.state === 'published'
        ? pending
          ? 'bản sửa đang chờ duyệt; bạn đọc vẫn thấy bản đã đăng'
          : 'đúng như bạn đọc đang thấy'
        : 'bài chưa đăng, bạn đọc chưa thấy';
    const banner =
      `<p class="preview-banner" role="note" data-preview-version="${a.version}">` +
      `Bản xem trước: ${esc(note)}</p>`;
    const page = html
      .replace('</head>', `<style>${BANNER_STYLE}</style></head>`)
      .replace(/<body[^>]*>/, (m) => m + banner);

    res.setHeader('Content-Security-Policy', PREVIEW_CSP);
    res.setHeader('X-Frame-Options', 'SAMEORIGIN');
    res.setHeader('X-Robots-Tag', 'noindex, nofollow');
    res.setHeader('Cache-Control', 'private, no-store');
    res.status(200).type('text/html; charset=utf-8').send(page);
  }
}
