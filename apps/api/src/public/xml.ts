/** RSS 2.0, sitemaps and the Google News sitemap, as strings (every value escaped). */

export function xmlEscape(s: string): string {
  return s
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

export interface FeedItem {
  url: string;
  title: string;
  description: string;
  publishedAt: Date;
  updatedAt: Date;
  category: string | null;
  author: string;
  image: { url: string; width: number; height: number } | null;
}

export function rss(channel: {
  title: string;
  link: string;
  self: string;
  description: string;
  items: FeedItem[];
}): string {
  const last = channel.items[0]?.publishedAt ?? new Date(0);
  const items = channel.items
    .map(
      (i) => `<item>
<title>${xmlEscape(i.title)}</title>
<link>${xmlEscape(i.url)}</link>
<guid isPermaLink="true">${xmlEscape(i.url)}</guid>
<pubDate>${i.publishedAt.toUTCString()}</pubDate>
<description>${xmlEscape(i.description)}</description>${i.category ? `\n<category>${xmlEscape(i.category)}</category>` : ''}${i.author ? `\n<dc:creator>${xmlEscape(i.author)}</dc:creator>` : ''}${i.image ? `\n<media:content url="${xmlEscape(i.image.url)}" medium="image" width="${i.image.width}" height="${i.image.height}"/>` : ''}
</item>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/">
<channel>
<title>${xmlEscape(channel.title)}</title>
<link>${xmlEscape(channel.link)}</link>
<atom:link href="${xmlEscape(channel.self)}" rel="self" type="application/rss+xml"/>
<description>${xmlEscape(channel.description)}</description>
<language>vi</language>
<lastBuildDate>${last.toUTCString()}</lastBuildDate>
${items}
</channel>
</rss>
`;
}

export function sitemap(urls: { loc: string; lastmod?: Date }[]): string {
  const body = urls
    .map(
      (u) =>
        `<url><loc>${xmlEscape(u.loc)}</loc>${u.lastmod ? `<lastmod>${u.lastmod.toISOString()}</lastmod>` : ''}</url>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
${body}
</urlset>
`;
}

export function newsSitemap(
  publication: string,
  items: { loc: string; title: string; publishedAt: Date; keywords: string[] }[],
): string {
  const body = items
    .map(
      (i) =>
        `<url><loc>${xmlEscape(i.loc)}</loc><news:news><news:publication><news:name>${xmlEscape(publication)}</news:name><news:language>vi</news:language></news:publication><news:publication_date>${i.publishedAt.toISOString()}</news:publication_date><news:title>${xmlEscape(i.title)}</news:title>${i.keywords.length ? `<news:keywords>${xmlEscape(i.keywords.join(', '))}</news:keywords>` : ''}</news:news></url>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
${body}
</urlset>
`;
}
