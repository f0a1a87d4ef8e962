import { Anchor, Group, Loader, Text } from '@mantine/core';
import { useQueries, useQuery } from '@tanstack/react-query';
import {
  collectMediaIds,
  createExtensions,
  figcaptionSpec,
  type FigureAttrs,
} from '@toasoan/editor';
import { formatViDateTime } from '@toasoan/vi-text';
import { getHTMLFromFragment, getSchema } from '@tiptap/core';
import { Node as PMNode } from '@tiptap/pm/model';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { articleApi, keys, type Article, type Media } from '../articles/articleApi';
import type { DraftFields } from './draftStore';

const esc = (s: string) =>
  s.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );

function bodyHtml(f: DraftFields, media: Map<string, Media>): string {
  const schema = getSchema(
    createExtensions({
      renderFigure: (attrs: FigureAttrs) => {
        const m = media.get(attrs.mediaId);
        const img = [
          'img',
          { src: m?.url ?? '', alt: attrs.alt, width: m?.width, height: m?.height },
        ];
        const cap = figcaptionSpec(attrs);
        return cap ? ['figure', {}, img, cap] : ['figure', {}, img];
      },
    }),
  );
  return getHTMLFromFragment(PMNode.fromJSON(schema, f.body).content, schema);
}

/** The site's own page shell (header, menu, stylesheet) with the article in its <main>. */
function composePage(shell: string, f: DraftFields, article: Article, media: Map<string, Media>) {
  const featured = f.featuredMediaId ? media.get(f.featuredMediaId) : undefined;
  const time = formatViDateTime(article.publishedAt ?? article.publishAt ?? new Date());
  const article_ = `<article>
${article.section ? `<p class="meta"><a>${esc(article.section.name)}</a></p>` : ''}
<h1>${esc(f.title)}</h1>
<div class="meta"><time>${esc(time)}</time><span>Lượt xem: ${article.viewCount}</span></div>
${f.lead || f.dateline ? `<p class="lead">${f.dateline ? `<span class="dateline">${esc(f.dateline)} - </span>` : ''}${esc(f.lead)}</p>` : ''}
${featured ? `<figure><img src="${esc(featured.url)}" alt="${esc(featured.alt)}" width="${featured.width}" height="${featured.height}">${featured.caption || featured.credit ? `<figcaption>${esc(featured.caption)}${featured.caption && featured.credit ? ' ' : ''}${featured.credit ? `<span class="credit">${esc(featured.credit)}</span>` : ''}</figcaption>` : ''}</figure>` : ''}
<div class="body">${bodyHtml(f, media)}</div>
${f.byline ? `<p class="byline">${esc(f.byline)}</p>` : ''}
${f.tags.length ? `<ul class="tags">${f.tags.map((t) => `<li><a>${esc(t)}</a></li>`).join('')}</ul>` : ''}
</article>`;
  const m = /<main\b[^>]*>[\s\S]*<\/main>/.exec(shell);
  const page = m
    ? shell.replace(m[0], `<main class="wrap">${article_}</main>`)
    : `<!doctype html><html lang="vi"><body><main class="wrap">${article_}</main></body></html>`;
  // Links in the preview go nowhere: it is a picture of the page, not a second site.
  return page.replace('<head>', '<head><base target="_blank">');
}

/** The article as readers will see it: the public site's shell and stylesheet around this text. */
export function Preview({ fields, article }: { fields: DraftFields; article: Article }) {
  const { t } = useTranslation();
  const shell = useQuery({
    queryKey: ['public-shell'],
    queryFn: () =>
      fetch('/', { credentials: 'omit' }).then((r) => (r.ok ? r.text() : Promise.reject(r.status))),
    staleTime: 10 * 60_000,
    retry: false,
  });
  const ids = useMemo(() => {
    const s = new Set(collectMediaIds(fields.body));
    if (fields.featuredMediaId) s.add(fields.featuredMediaId);
    return [...s];
  }, [fields.body, fields.featuredMediaId]);
  const media = useQueries({
    queries: ids.map((id) => ({
      queryKey: keys.mediaOne(id),
      queryFn: () => articleApi.mediaOne(id),
      staleTime: 5 * 60_000,
    })),
  });
  const loading = shell.isPending || media.some((m) => m.isPending);
  const html = useMemo(() => {
    if (loading) return '';
    const map = new Map<string, Media>();
    media.forEach((m) => m.data && map.set(m.data.id, m.data));
    return composePage(shell.data ?? '', fields, article, map);
    // media results are a new array each render; their data is what matters.
  }, [loading, shell.data, fields, article, media.map((m) => m.dataUpdatedAt).join()]);
  const publicUrl =
    article.state === 'published'
      ? `/${article.section?.slug ?? 'tin-tuc'}/${article.slug}-${article.number}.html`
      : null;
  return (
    <>
      <Group justify="space-between" mb="xs">
        <Text size="sm" c="dimmed">
          {t('preview.hint')}
        </Text>
        {publicUrl && (
          <Anchor href={publicUrl} target="_blank" size="sm">
            {t('preview.open')}
          </Anchor>
        )}
      </Group>
      {loading ? (
        <Loader />
      ) : (
        <iframe
          title={t('preview.title')}
          srcDoc={html}
          sandbox="allow-same-origin allow-popups"
          style={{ width: '100%', height: '75vh', border: '1px solid var(--mantine-color-gray-4)' }}
          data-testid="preview-frame"
        />
      )}
    </>
  );
}
