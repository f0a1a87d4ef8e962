import { Controller, Get, Next, Param, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { NextFunction, Request, Response } from 'express';
import { createElement } from 'react';
import { Public } from '../auth/auth-user';
import { formatViNumber } from '@toasoan/vi-text';
import { etagOf, sendPublic, sendRedirect } from './http-cache';
import { countedResponse, cutViews, VIEWS_MARK } from './public-cache';
import {
  CardRow,
  FullArticleRow,
  NO_SECTION_NAME,
  NO_SECTION_SLUG,
  searchWords,
  tagSlug,
} from './public.repository';
import { bylineName, PublicService } from './public.service';
import { ViewCounter } from './view-counter.service';
import type { PageMeta, Pager } from './views/model';
import { ArticlePage, ErrorPage, HomePage, ListPage, PrintPage } from './views/pages';
import { FeedItem, newsSitemap, rss, sitemap } from './xml';

/** First path segments that belong to other parts of the product: never answered here. */
const RESERVED = new Set(['api', 'admin', 'media', 'health', 'assets', 'static']);
const PAGE_SIZE = 20;
const ARTICLE_FILE = /^([a-z0-9]+(?:-[a-z0-9]+)*)-(\d{1,15})\.html$/;
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function queryString(req: Request, name: string): string {
  const v = req.query[name];
  return typeof v === 'string' ? v : '';
}

function pageNumber(req: Request): number | null {
  const raw = queryString(req, 'trang');
  if (raw === '') return 1;
  if (!/^\d{1,4}$/.test(raw) || Number(raw) < 1) return null;
  return Number(raw);
}

/**
 * The reader's site, server-rendered: home, sections, tags, search, articles (and their print
 * layout), feeds and sitemaps. Registered last; every route lets /api, /admin, /media and
 * /health through to their own handlers.
 */
@ApiExcludeController()
@Public()
@Controller()
export class PublicSiteController {
  constructor(
    private readonly pub: PublicService,
    private readonly views: ViewCounter,
  ) {}

  private get repo() {
    return this.pub.repo;
  }

  private html(
    req: Request,
    res: Response,
    body: string | Buffer,
    status = 200,
    maxAge = 60,
    etag?: string,
  ): void {
    sendPublic(req, res, {
      status,
      type: 'text/html; charset=utf-8',
      body,
      maxAge,
      html: true,
      etag,
    });
  }

  /** A rendered page kept a few seconds in process (PublicCache.pages). */
  private async cachedPage(
    key: string,
    render: () => Promise<string>,
  ): Promise<{ body: Buffer; etag: string }> {
    const page = await this.pub.cache.through(this.pub.cache.pages, key, async () => {
      const body = Buffer.from(await render(), 'utf8');
      return { value: { body, etag: etagOf(body) }, size: body.length };
    });
    return page as { body: Buffer; etag: string };
  }

  private async error(req: Request, res: Response, status: 404 | 410): Promise<void> {
    const site = await this.pub.site();
    const gone = status === 410;
    const heading = gone ? 'Bài viết đã được gỡ' : 'Không tìm thấy trang';
    const text = gone
      ? 'Bài viết này đã được gỡ khỏi trang và không còn được đăng.'
      : 'Trang bạn tìm không có hoặc đã chuyển đi.';
    const meta: PageMeta = {
      title: `${heading} - ${site.name}`,
      description: text,
      canonical: this.pub.abs(req.path),
      ogType: 'website',
      noindex: true,
    };
    this.html(
      req,
      res,
      this.pub.render(createElement(ErrorPage, { site, meta, heading, text })),
      status,
      gone ? 300 : 60,
    );
  }

  private pager(base: string, page: number, total: number, extra = ''): Pager {
    const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
    const link = (n: number) =>
      n === 1 ? base + (extra ? `?${extra}` : '') : `${base}?${extra ? extra + '&' : ''}trang=${n}`;
    return {
      page,
      pages,
      prev: page > 1 ? link(page - 1) : null,
      next: page < pages ? link(page + 1) : null,
    };
  }

  /** One query for every card on the page; the page is kept a few seconds (PublicCache). */
  @Get()
  async home(@Req() req: Request, @Res() res: Response): Promise<void> {
    const page = await this.cachedPage('home', () => this.renderHome());
    this.html(req, res, page.body, 200, 60, page.etag);
  }

  private async renderHome(): Promise<string> {
    const [site, sections, rows] = await Promise.all([
      this.pub.site(),
      this.pub.sections(),
      this.repo.home(10, 4),
    ]);
    const latest = rows.filter((r) => r.grp === null);
    const bySection = new Map<string, CardRow[]>();
    for (const r of rows) {
      if (r.grp === null) continue;
      const list = bySection.get(r.grp) ?? [];
      list.push(r);
      bySection.set(r.grp, list);
    }
    const meta: PageMeta = {
      title: `${site.name} - Tin tức mới nhất`,
      description: `${site.name}: tin tức, thời sự, bài viết mới nhất.`,
      canonical: this.pub.abs('/'),
      ogType: 'website',
      rss: this.pub.abs('/rss.xml'),
    };
    return this.pub.render(
      createElement(HomePage, {
        site,
        meta,
        latest: await this.pub.cards(latest, 2),
        sections: await Promise.all(
          sections
            .filter((s) => bySection.has(s.id))
            .map(async (s) => ({
              name: s.name,
              url: this.pub.sectionPath(s.slug),
              cards: await this.pub.cards(bySection.get(s.id)!, 0),
            })),
        ),
      }),
    );
  }

  @Get('robots.txt')
  robots(@Req() req: Request, @Res() res: Response): void {
    const body = [
      'User-agent: *',
      'Disallow: /api/',
      'Disallow: /admin/',
      'Disallow: /tim-kiem',
      'Allow: /',
      '',
      `Sitemap: ${this.pub.abs('/sitemap.xml')}`,
      `Sitemap: ${this.pub.abs('/sitemap-news.xml')}`,
      '',
    ].join('\n');
    sendPublic(req, res, { type: 'text/plain; charset=utf-8', body, maxAge: 3600 });
  }

  private async feedItems(sectionId?: string): Promise<FeedItem[]> {
    const rows = await this.repo.recent(50, undefined, sectionId);
    const media = await this.pub.images(rows.map((r) => r.featured_media_id));
    return rows.map((r) => {
      const m = media.get(r.featured_media_id ?? '');
      return {
        url: this.pub.abs(this.pub.articlePath(r)),
        title: r.title,
        description: r.lead ?? '',
        publishedAt: r.published_at,
        updatedAt: r.updated_at,
        category: r.section_name ?? NO_SECTION_NAME,
        author: r.byline ? bylineName(r.byline) : '',
        image: m
          ? {
              url: this.pub.absUrl(m.largest.url),
              width: m.largest.width,
              height: m.largest.height,
            }
          : null,
      };
    });
  }

  @Get('rss.xml')
  async rss(@Req() req: Request, @Res() res: Response): Promise<void> {
    const body = rss({
      title: this.pub.config.siteName,
      link: this.pub.abs('/'),
      self: this.pub.abs('/rss.xml'),
      description: `Tin mới nhất - ${this.pub.config.siteName}`,
      items: await this.feedItems(),
    });
    sendPublic(req, res, { type: 'application/rss+xml; charset=utf-8', body, maxAge: 300 });
  }

  @Get('sitemap.xml')
  async sitemap(@Req() req: Request, @Res() res: Response): Promise<void> {
    const sections = await this.repo.sections();
    const rows = await this.repo.recent(45_000);
    const body = sitemap([
      { loc: this.pub.abs('/'), lastmod: rows[0]?.published_at },
      ...sections.map((s) => ({ loc: this.pub.abs(this.pub.sectionPath(s.slug)) })),
      ...rows.map((r) => ({ loc: this.pub.abs(this.pub.articlePath(r)), lastmod: r.updated_at })),
    ]);
    sendPublic(req, res, { type: 'application/xml; charset=utf-8', body, maxAge: 600 });
  }

  @Get('sitemap-news.xml')
  async newsSitemap(@Req() req: Request, @Res() res: Response): Promise<void> {
    const since = new Date(Date.now() - 2 * 24 * 3600 * 1000);
    const rows = await this.repo.recent(1000, since);
    const body = newsSitemap(
      this.pub.config.siteName,
      rows.map((r) => ({
        loc: this.pub.abs(this.pub.articlePath(r)),
        title: r.title,
        publishedAt: r.first_published_at ?? r.published_at,
        keywords: r.tags ?? [],
      })),
    );
    sendPublic(req, res, { type: 'application/xml; charset=utf-8', body, maxAge: 300 });
  }

  /** Word-level, diacritic-insensitive search (PublicRepository.list); pages kept a few seconds. */
  @Get('tim-kiem')
  async search(@Req() req: Request, @Res() res: Response): Promise<void> {
    const q = queryString(req, 'q').slice(0, 200).trim();
    const page = pageNumber(req);
    if (page === null) return this.error(req, res, 404);
    const out = await this.cachedPage(`tim-kiem|${page}|${q}`, () => this.renderSearch(q, page));
    this.html(req, res, out.body, 200, 60, out.etag);
  }

  private async renderSearch(q: string, page: number): Promise<string> {
    const words = searchWords(q);
    const rows = words.length
      ? await this.repo.list({ words, limit: PAGE_SIZE + 1, offset: (page - 1) * PAGE_SIZE })
      : [];
    const more = rows.length > PAGE_SIZE;
    const site = await this.pub.site();
    const extra = `q=${encodeURIComponent(q)}`;
    const heading = q ? `Kết quả tìm kiếm: ${q}` : 'Tìm kiếm';
    const meta: PageMeta = {
      title: `${heading} - ${site.name}`,
      description: q
        ? `Các bài viết về “${q}” trên ${site.name}.`
        : `Tìm bài viết trên ${site.name}.`,
      canonical: this.pub.abs('/tim-kiem' + (q ? `?${extra}` : '')),
      ogType: 'website',
      noindex: true,
    };
    const pager: Pager = {
      page,
      pages: more ? page + 1 : page,
      prev: page > 1 ? `/tim-kiem?${extra}&trang=${page - 1}` : null,
      next: more ? `/tim-kiem?${extra}&trang=${page + 1}` : null,
    };
    return this.pub.render(
      createElement(ListPage, {
        site,
        meta,
        heading,
        query: q,
        cards: await this.pub.cards(rows.slice(0, PAGE_SIZE), 2),
        pager,
        empty: q
          ? 'Không tìm thấy bài viết nào.'
          : 'Nhập từ khóa để tìm bài viết (có dấu hay không dấu đều được).',
      }),
    );
  }

  @Get('tag/:tag')
  async tag(@Param('tag') raw: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    const slug = tagSlug(raw);
    if (!slug) return this.error(req, res, 404);
    if (slug !== raw) return sendRedirect(res, `/tag/${slug}`);
    const page = pageNumber(req);
    const name = await this.repo.tagName(slug);
    if (!name || page === null) return this.error(req, res, 404);
    const total = await this.repo.count({ tagSlug: slug });
    if (page > 1 && (page - 1) * PAGE_SIZE >= total) return this.error(req, res, 404);
    const rows = await this.repo.list({
      tagSlug: slug,
      limit: PAGE_SIZE,
      offset: (page - 1) * PAGE_SIZE,
    });
    const site = await this.pub.site();
    const path = `/tag/${slug}`;
    const meta: PageMeta = {
      title: `${name}${page > 1 ? ` - Trang ${page}` : ''} - ${site.name}`,
      description: `Tin tức, bài viết về ${name} trên ${site.name}.`,
      canonical: this.pub.abs(page > 1 ? `${path}?trang=${page}` : path),
      ogType: 'website',
    };
    const body = this.pub.render(
      createElement(ListPage, {
        site,
        meta,
        heading: name,
        cards: await this.pub.cards(rows, 2),
        pager: this.pager(path, page, total),
        empty: 'Chưa có bài viết.',
      }),
    );
    this.html(req, res, body);
  }

  @Get(':section')
  async section(
    @Param('section') slug: string,
    @Req() req: Request,
    @Res() res: Response,
    @Next() next: NextFunction,
  ): Promise<void> {
    if (RESERVED.has(slug)) return next();
    const page = pageNumber(req);
    const section = SLUG.test(slug) ? await this.repo.sectionBySlug(slug) : null;
    if (!section || page === null) return this.error(req, res, 404);
    const total = await this.repo.count({ sectionId: section.id });
    if (page > 1 && (page - 1) * PAGE_SIZE >= total) return this.error(req, res, 404);
    const rows = await this.repo.list({
      sectionId: section.id,
      limit: PAGE_SIZE,
      offset: (page - 1) * PAGE_SIZE,
    });
    const site = await this.pub.site();
    const path = this.pub.sectionPath(section.slug);
    const meta: PageMeta = {
      title: `${section.name}${page > 1 ? ` - Trang ${page}` : ''} - ${site.name}`,
      description: section.description || `Tin tức ${section.name} mới nhất trên ${site.name}.`,
      canonical: this.pub.abs(page > 1 ? `${path}?trang=${page}` : path),
      ogType: 'website',
      rss: this.pub.abs(`${path}/rss.xml`),
    };
    const body = this.pub.render(
      createElement(ListPage, {
        site,
        meta,
        heading: section.name,
        intro: section.description || undefined,
        cards: await this.pub.cards(rows, 2),
        pager: this.pager(path, page, total),
        empty: 'Chưa có bài viết trong chuyên mục này.',
      }),
    );
    this.html(req, res, body);
  }

  @Get(':section/:file')
  async article(
    @Param('section') sectionSlug: string,
    @Param('file') file: string,
    @Req() req: Request,
    @Res() res: Response,
    @Next() next: NextFunction,
  ): Promise<void> {
    if (RESERVED.has(sectionSlug)) return next();
    if (file === 'rss.xml') return this.sectionRss(sectionSlug, req, res);
    const m = ARTICLE_FILE.exec(file);
    if (!m) return this.error(req, res, 404);
    const number = String(Number(m[2]));
    const print = queryString(req, 'print') === '1';
    const notice = queryString(req, 'binh-luan') === 'cho-duyet';
    const path = `/${sectionSlug}/${file}`;
    // The row this request read (when it was the one to load the page): not read again below.
    let loaded: FullArticleRow | null | undefined;
    if (!notice) {
      // The common case: the rendered page, kept a few seconds (PublicCache.articlePage).
      const page = await this.pub.cache.through(
        this.pub.cache.articlePage,
        `${number}|${print ? 'p' : ''}`,
        async () => {
          const a = (loaded = await this.repo.fullByNumber(number));
          if (!a) return null;
          const body = await this.renderArticle(a, print, null, VIEWS_MARK);
          const counted = cutViews(body, VIEWS_MARK, Number(a.view_count), a.article_id, etagOf);
          if (!counted) return null;
          return {
            value: { ...counted, path: this.pub.articlePath(a) },
            size: 2 * Buffer.byteLength(body), // UTF-8 head/tail plus the built body
            articleId: a.article_id,
          };
        },
      );
      if (page) {
        // An old slug, a wrong section or a moved article: one permanent address per article.
        if (path !== page.path) return sendRedirect(res, page.path + (print ? '?print=1' : ''));
        if (!print) this.views.hit(page.articleId, req.get('user-agent'));
        const out = countedResponse(page, formatViNumber);
        return this.html(req, res, out.body, 200, 60, out.etag);
      }
    }
    const a = loaded !== undefined ? loaded : await this.repo.fullByNumber(number);
    if (!a) return this.absent(req, res, number);
    if (path !== this.pub.articlePath(a)) {
      return sendRedirect(res, this.pub.articlePath(a) + (print ? '?print=1' : ''));
    }
    if (!print) this.views.hit(a.article_id, req.get('user-agent'));
    this.html(
      req,
      res,
      await this.renderArticle(
        a,
        print,
        notice ? 'Cảm ơn bạn. Bình luận sẽ hiển thị sau khi được ban biên tập duyệt.' : null,
      ),
    );
  }

  private async absent(req: Request, res: Response, number: string): Promise<void> {
    return this.error(req, res, (await this.repo.absence(number)) === 'gone' ? 410 : 404);
  }

  /** The article page (or its print layout) as HTML: what the cache keeps. */
  private async renderArticle(
    a: FullArticleRow,
    print: boolean,
    commentNotice: string | null,
    viewsText?: string,
  ): Promise<string> {
    const { view, meta } = await this.pub.articleView(a, {
      withRelated: !print,
      commentNotice,
      viewsText,
    });
    const site = await this.pub.site();
    if (print) {
      const printMeta: PageMeta = { ...meta, title: `In bài viết: ${meta.title}`, noindex: true };
      delete printMeta.jsonLd;
      return this.pub.render(createElement(PrintPage, { site, meta: printMeta, a: view }));
    }
    return this.pub.render(createElement(ArticlePage, { site, meta, a: view }));
  }

  private async sectionRss(slug: string, req: Request, res: Response): Promise<void> {
    const section = SLUG.test(slug) ? await this.repo.sectionBySlug(slug) : null;
    if (!section && slug !== NO_SECTION_SLUG) return this.error(req, res, 404);
    if (!section) return this.error(req, res, 404);
    const path = this.pub.sectionPath(section.slug);
    const body = rss({
      title: `${section.name} - ${this.pub.config.siteName}`,
      link: this.pub.abs(path),
      self: this.pub.abs(`${path}/rss.xml`),
      description: section.description || `Tin ${section.name} mới nhất`,
      items: await this.feedItems(section.id),
    });
    sendPublic(req, res, { type: 'application/rss+xml; charset=utf-8', body, maxAge: 300 });
  }
}
