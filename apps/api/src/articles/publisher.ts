import { Inject, Injectable, Optional } from '@nestjs/common';
import { collectMediaIds } from '@toasoan/editor';
import { renderHtml } from '@toasoan/editor/server';
import type { Tx } from '../database/database.service';
import { MEDIA_RESOLVER, MediaResolver, ResolvedMedia } from '../media/media-resolver';
import type { ArticleRow } from './article.row';

/** Writes and removes the reader-visible snapshot (published_articles). */
@Injectable()
export class Publisher {
  constructor(@Optional() @Inject(MEDIA_RESOLVER) private readonly media?: MediaResolver) {}

  /**
   * Photo URLs for the article's figures. Called BEFORE the transaction opens: the resolver
   * reads through the pool, which on the embedded database has one connection.
   */
  async resolveMedia(row: Pick<ArticleRow, 'body'>): Promise<Map<string, ResolvedMedia>> {
    const ids = collectMediaIds(row.body);
    if (!this.media || ids.length === 0) return new Map();
    return this.media.resolve(ids);
  }

  render(row: Pick<ArticleRow, 'body'>, media: Map<string, ResolvedMedia>): string {
    return renderHtml(row.body, {
      lazyAfter: 1,
      resolveMedia: (id) => {
        const m = media.get(id);
        return m
          ? {
              src: m.src,
              srcset: m.srcset,
              sizes: '(max-width: 720px) 100vw, 720px',
              width: m.width,
              height: m.height,
              placeholder: m.placeholder ?? undefined,
            }
          : null;
      },
    });
  }

  /** Copies the article's current content (already updated in this transaction) for readers. */
  async writeSnapshot(
    tx: Tx,
    row: ArticleRow,
    media: Map<string, ResolvedMedia>,
    updatedAt: 'now' | 'published_at',
  ): Promise<void> {
    const html = this.render(row, media);
    await tx.execute(
      `INSERT INTO published_articles (article_id, number, section_id, slug, title, lead, dateline,
         body, body_html, featured_media_id, byline, tags, seo_title, seo_description, word_count,
         reading_minutes, published_at, first_published_at, updated_at, version)
       SELECT a.id, a.number, a.section_id, a.slug, a.title, a.lead, a.dateline, a.body, $2,
         a.featured_media_id, a.byline, a.tags, a.seo_title, a.seo_description, a.word_count,
         a.reading_minutes, a.published_at, coalesce(a.first_published_at, a.published_at),
         CASE WHEN $3 THEN now() ELSE a.published_at END, a.version
       FROM articles a WHERE a.id = $1
       ON CONFLICT (article_id) DO UPDATE SET number = EXCLUDED.number,
         section_id = EXCLUDED.section_id, slug = EXCLUDED.slug, title = EXCLUDED.title,
         lead = EXCLUDED.lead, dateline = EXCLUDED.dateline, body = EXCLUDED.body,
         body_html = EXCLUDED.body_html, featured_media_id = EXCLUDED.featured_media_id,
         byline = EXCLUDED.byline, tags = EXCLUDED.tags, seo_title = EXCLUDED.seo_title,
         seo_description = EXCLUDED.seo_description, word_count = EXCLUDED.word_count,
         reading_minutes = EXCLUDED.reading_minutes, published_at = EXCLUDED.published_at,
         first_published_at = EXCLUDED.first_published_at, updated_at = EXCLUDED.updated_at,
         version = EXCLUDED.version`,
      [row.id, html, updatedAt === 'now'],
    );
  }

  async removeSnapshot(tx: Tx, articleId: string): Promise<void> {
    await tx.execute(`DELETE FROM published_articles WHERE article_id = $1`, [articleId]);
  }
}
