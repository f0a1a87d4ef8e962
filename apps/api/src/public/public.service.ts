import { Inject, Injectable, Optional } from '@nestjs/common';
import { formatViDateTime, formatViNumber } from '@toasoan/vi-text';
import type { ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { APP_CONFIG, AppConfig } from '../config/config';
import { MEDIA_RESOLVER, MediaResolver, ResolvedMedia } from '../media/media-resolver';
import { PublicCache } from './public-cache';
import {
  ArticleRow,
  CardRow,
  CommentRow,
  CorrectionRow,
  NO_SECTION_NAME,
  NO_SECTION_SLUG,
  PublicRepository,
  SectionRow,
  tagSlug,
} from './public.repository';
import type { Card, Img, PageMeta, SiteInfo } from './views/model';
import type { ArticleView } from './views/pages';

/** `ĐBP - ` style: the dateline as stored, without a trailing dash. */
export function cleanDateline(d: string | null): string {
  return (d ?? '').replace(/[\s\-–—:]+$/u, '').trim();
}

/** The lead without a dateline it may already open with (`ĐBP - …`): the page prints it once. */
export function leadWithoutDateline(lead: string, dateline: string): string {
  if (!dateline) return lead;
  const escaped = dateline.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return lead.replace(new RegExp(`^\\s*${escaped}\\s*[-–—:]\\s*`, 'u'), '');
}

/** The name in a byline with credit roles: `Bài, ảnh: Sầm Phúc` → `Sầm Phúc`. */
export function bylineName(byline: string): string {
  const i = byline.lastIndexOf(':');
  return (i >= 0 ? byline.slice(i + 1) : byline).trim();
}

function truncate(s: string, max: number): string {
  const t = s.replace(/\s+/g, ' ').trim();
  if (t.length <= max) return t;
  const cut = t.slice(0, max - 1);
  const sp = cut.lastIndexOf(' ');
  return (sp > max / 2 ? cut.slice(0, sp) : cut) + '…';
}

/** Everything the public site and the public API share: URLs, images, formatting, rendering. */
@Injectable()
export class PublicService {
  constructor(
    readonly repo: PublicRepository,
    readonly cache: PublicCache,
    @Inject(APP_CONFIG) readonly config: AppConfig,
    @Optional() @Inject(MEDIA_RESOLVER) private readonly media: MediaResolver | null,
  ) {}

  abs(path: string): string {
    return this.config.publicUrl + path;
  }

  sectionPath(slug: string | null): string {
    return `/${slug ?? NO_SECTION_SLUG}`;
  }

  /** `/{section}/{slug}-{number}.html`; articles without a section live under `/tin-tuc/`. */
  articlePath(r: { section_slug: string | null; slug: string; number: string | number }): string {
    return `/${r.section_slug ?? NO_SECTION_SLUG}/${r.slug}-${r.number}.html`;
  }

  tagPath(tag: string): string {
    return `/tag/${tagSlug(tag)}`;
  }

  /** Active sections in menu order (cached; a change to sections drops the cache). */
  async sections(): Promise<SectionRow[]> {
    const rows = await this.cache.through(this.cache.pages, 'sections', async () => {
      const value = await this.repo.sections();
      return { value, size: 200 * value.length };
    });
    return (rows as SectionRow[] | null) ?? [];
  }

  /** "Tin khác" for an article (cached per article, tags and section). */
  async related(a: Pick<ArticleRow, 'article_id' | 'tags' | 'section_id'>): Promise<CardRow[]> {
    const key = `${a.article_id}|${a.section_id ?? ''}|${(a.tags ?? []).join('\u0001')}`;
    const rows = await this.cache.through(this.cache.related, key, async () => {
      const value = await this.repo.related(a);
      return { value, size: 1000 * value.length };
    });
    return (rows as CardRow[] | null) ?? [];
  }

  async site(): Promise<SiteInfo> {
    const sections = await this.sections();
    return {
      name: this.config.siteName,
      publicUrl: this.config.publicUrl,
      sections: sections.map((s) => ({ name: s.name, url: this.sectionPath(s.slug) })),
    };
  }

  async images(ids: (string | null)[]): Promise<Map<string, ResolvedMedia>> {
    const wanted = [...new Set(ids.filter((x): x is string => !!x))];
    if (!this.media || wanted.length === 0) return new Map();
    try {
      return await this.media.resolve(wanted);
    } catch {
      return new Map();
    }
  }

  img(m: ResolvedMedia | undefined, fallbackAlt: string): Img | null {
    if (!m) return null;
    return {
      src: m.src,
      srcset: m.srcset,
      jpegSrcset: m.jpegSrcset,
      width: m.width,
      height: m.height,
      alt: m.alt || m.caption || fallbackAlt,
      caption: m.caption,
      credit: m.credit,
    };
  }

  /** Cards for a list; the first `eager` photos load at once, the rest lazily (below the fold). */
  async cards(rows: CardRow[], eager = 2): Promise<Card[]> {
    const media = await this.images(rows.map((r) => r.featured_media_id));
    return rows.map((r, i) => ({
      url: this.articlePath(r),
      title: r.title,
      lead: truncate(r.lead ?? '', 240),
      time: formatViDateTime(r.published_at),
      iso: r.published_at.toISOString(),
      section: r.section_slug
        ? { name: r.section_name ?? '', url: this.sectionPath(r.section_slug) }
        : null,
      image: this.img(media.get(r.featured_media_id ?? ''), r.title),
      lazy: i >= eager,
    }));
  }

  describe(r: { seo_description: string | null; lead: string | null; title: string }): string {
    return truncate(r.seo_description || r.lead || r.title, 200);
  }

  render(element: ReactElement): string {
    return '<!DOCTYPE html>' + renderToStaticMarkup(element);
  }

  /**
   * The article page's data, formatted the way a Vietnamese newspaper shows it. When `a` already
   * carries its corrections and approved comments (PublicRepository.fullByNumber), they are not
   * read again.
   */
  async articleView(
    a: ArticleRow & { corrections?: CorrectionRow[]; comments?: CommentRow[] },
    opts: {
      withRelated: boolean;
      commentNotice: string | null;
      /** Shown instead of the formatted view count (the cache's VIEWS_MARK). */
      viewsText?: string;
    },
  ): Promise<{ view: ArticleView; meta: PageMeta }> {
    const [corrections, comments, related, media] = await Promise.all([
      a.corrections ?? this.repo.corrections(a.article_id),
      !opts.withRelated ? [] : (a.comments ?? this.repo.approvedComments(a.article_id)),
      opts.withRelated ? this.related(a) : Promise.resolve([]),
      this.images([a.featured_media_id]),
    ]);
    const path = this.articlePath(a);
    const image = this.img(media.get(a.featured_media_id ?? ''), a.title);
    const resolved = media.get(a.featured_media_id ?? '');
    const sectionName = a.section_slug ? (a.section_name ?? '') : NO_SECTION_NAME;
    const view: ArticleView = {
      number: String(a.number),
      url: this.abs(path),
      printUrl: `${path}?print=1`,
      title: a.title,
      section: a.section_slug ? { name: sectionName, url: this.sectionPath(a.section_slug) } : null,
      time: formatViDateTime(a.published_at),
      iso: a.published_at.toISOString(),
      views: opts.viewsText ?? formatViNumber(Number(a.view_count)),
      dateline: cleanDateline(a.dateline),
      lead: leadWithoutDateline(a.lead ?? '', cleanDateline(a.dateline)),
      image,
      bodyHtml: a.body_html,
      byline: a.byline ?? '',
      tags: (a.tags ?? []).map((t) => ({ name: t, url: this.tagPath(t) })),
      corrections: corrections.map((c) => ({
        time: formatViDateTime(c.created_at),
        iso: c.created_at.toISOString(),
        text: c.text,
      })),
      comments: comments.map((c) => ({
        name: c.name,
        body: c.body,
        time: formatViDateTime(c.created_at),
        iso: c.created_at.toISOString(),
      })),
      related: await this.cards(related, 0),
      commentMaxLength: this.config.comments.maxLength,
      commentNotice: opts.commentNotice,
    };
    const description = this.describe(a);
    const published = (a.first_published_at ?? a.published_at).toISOString();
    const modified = a.updated_at.toISOString();
    const largest = resolved?.largest;
    const meta: PageMeta = {
      title: `${a.seo_title || a.title} - ${this.config.siteName}`,
      description,
      canonical: this.abs(path),
      ogType: 'article',
      image: largest
        ? {
            url: this.absUrl(largest.url),
            width: largest.width,
            height: largest.height,
            alt: image?.alt ?? a.title,
          }
        : undefined,
      article: {
        publishedTime: published,
        modifiedTime: modified,
        section: sectionName,
        tags: a.tags ?? [],
      },
      rss: this.abs('/rss.xml'),
      jsonLd: {
        '@context': 'https://schema.org',
        '@type': 'NewsArticle',
        mainEntityOfPage: { '@type': 'WebPage', '@id': this.abs(path) },
        url: this.abs(path),
        headline: truncate(a.title, 110),
        description,
        datePublished: published,
        dateModified: modified,
        inLanguage: 'vi',
        articleSection: sectionName,
        keywords: (a.tags ?? []).join(', ') || undefined,
        wordCount: a.word_count ?? undefined,
        image: largest ? [this.absUrl(largest.url)] : undefined,
        author: a.byline ? [{ '@type': 'Person', name: bylineName(a.byline) }] : undefined,
        publisher: {
          '@type': 'NewsMediaOrganization',
          name: this.config.siteName,
          url: this.abs('/'),
        },
      },
    };
    return { view, meta };
  }

  /** Media URLs may be root-relative; feeds and Open Graph need absolute ones. */
  absUrl(u: string): string {
    return /^https?:\/\//i.test(u) ? u : u.startsWith('//') ? 'https:' + u : this.abs(u);
  }
}
