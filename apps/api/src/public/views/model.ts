/** What the page components render: plain, already formatted values (no rows, no user ids). */

export interface SiteInfo {
  name: string;
  /** Absolute base URL without a trailing slash. */
  publicUrl: string;
  sections: { name: string; url: string }[];
}

export interface Img {
  src: string;
  srcset: string;
  jpegSrcset: string;
  width: number;
  height: number;
  alt: string;
  caption: string;
  credit: string;
}

export interface PageMeta {
  title: string;
  description: string;
  /** Absolute canonical URL. */
  canonical: string;
  ogType: 'website' | 'article';
  image?: { url: string; width: number; height: number; alt: string };
  jsonLd?: Record<string, unknown>;
  noindex?: boolean;
  article?: { publishedTime: string; modifiedTime: string; section: string; tags: string[] };
  /** Absolute URL of an RSS feed for this page. */
  rss?: string;
}

export interface Card {
  url: string;
  title: string;
  lead: string;
  time: string;
  iso: string;
  section: { name: string; url: string } | null;
  image: Img | null;
  lazy: boolean;
}

export interface Pager {
  prev: string | null;
  next: string | null;
  page: number;
  pages: number;
}
