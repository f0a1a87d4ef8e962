import type { ReactNode } from 'react';
import type { Card, Img, PageMeta, Pager, SiteInfo } from './model';
import { STYLE } from './style';

/** JSON for a <script type="application/ld+json"> block: nothing in it can close the element. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

export function Layout(props: {
  site: SiteInfo;
  meta: PageMeta;
  children: ReactNode;
  query?: string;
  bare?: boolean;
}) {
  const { site, meta } = props;
  return (
    <html lang="vi">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{meta.title}</title>
        <meta name="description" content={meta.description} />
        {meta.noindex ? <meta name="robots" content="noindex, follow" /> : null}
        <link rel="canonical" href={meta.canonical} />
        {meta.rss ? (
          <link rel="alternate" type="application/rss+xml" title={site.name} href={meta.rss} />
        ) : null}
        <meta property="og:site_name" content={site.name} />
        <meta property="og:locale" content="vi_VN" />
        <meta property="og:type" content={meta.ogType} />
        <meta property="og:title" content={meta.title} />
        <meta property="og:description" content={meta.description} />
        <meta property="og:url" content={meta.canonical} />
        {meta.image ? <meta property="og:image" content={meta.image.url} /> : null}
        {meta.image ? <meta property="og:image:width" content={String(meta.image.width)} /> : null}
        {meta.image ? (
          <meta property="og:image:height" content={String(meta.image.height)} />
        ) : null}
        {meta.image ? <meta property="og:image:alt" content={meta.image.alt} /> : null}
        {meta.article ? (
          <meta property="article:published_time" content={meta.article.publishedTime} />
        ) : null}
        {meta.article ? (
          <meta property="article:modified_time" content={meta.article.modifiedTime} />
        ) : null}
        {meta.article?.section ? (
          <meta property="article:section" content={meta.article.section} />
        ) : null}
        {meta.article?.tags.map((t) => (
          <meta key={t} property="article:tag" content={t} />
        ))}
        <meta name="twitter:card" content={meta.image ? 'summary_large_image' : 'summary'} />
        <meta name="twitter:title" content={meta.title} />
        <meta name="twitter:description" content={meta.description} />
        {meta.image ? <meta name="twitter:image" content={meta.image.url} /> : null}
        {meta.image ? <meta name="twitter:image:alt" content={meta.image.alt} /> : null}
        <style dangerouslySetInnerHTML={{ __html: STYLE }} />
        {meta.jsonLd ? (
          <script
            type="application/ld+json"
            dangerouslySetInnerHTML={{ __html: jsonForScript(meta.jsonLd) }}
          />
        ) : null}
      </head>
      <body>
        {props.bare ? (
          <header className="wrap print-head">
            <p className="brand">{site.name}</p>
          </header>
        ) : (
          <header className="site-head">
            <div className="wrap">
              <a className="brand" href="/">
                {site.name}
              </a>
              <nav aria-label="Chuyên mục">
                <ul className="nav">
                  <li>
                    <a href="/">Trang chủ</a>
                  </li>
                  {site.sections.map((s) => (
                    <li key={s.url}>
                      <a href={s.url}>{s.name}</a>
                    </li>
                  ))}
                </ul>
              </nav>
              <form className="search" action="/tim-kiem" method="get" role="search">
                <label htmlFor="q" className="sr-only">
                  Tìm kiếm
                </label>
                <input
                  id="q"
                  type="search"
                  name="q"
                  defaultValue={props.query ?? ''}
                  placeholder="Tìm kiếm"
                />
                <button type="submit">Tìm</button>
              </form>
            </div>
          </header>
        )}
        <main className="wrap">{props.children}</main>
        <footer className="site-foot">
          <div className="wrap">
            © {site.name} · <a href="/rss.xml">RSS</a>
          </div>
        </footer>
      </body>
    </html>
  );
}

/** A responsive photo: WebP and JPEG variants by width, fixed aspect so nothing shifts. */
export function Picture(props: { img: Img; lazy: boolean; sizes: string; priority?: boolean }) {
  const { img } = props;
  return (
    <picture>
      {img.srcset ? <source type="image/webp" srcSet={img.srcset} sizes={props.sizes} /> : null}
      <img
        src={img.src}
        srcSet={img.jpegSrcset || undefined}
        sizes={img.jpegSrcset ? props.sizes : undefined}
        width={img.width}
        height={img.height}
        alt={img.alt}
        loading={props.lazy ? 'lazy' : undefined}
        decoding="async"
        fetchPriority={props.priority ? 'high' : undefined}
      />
    </picture>
  );
}

export function Figure(props: { img: Img; lazy: boolean; priority?: boolean }) {
  const { img } = props;
  return (
    <figure>
      <Picture
        img={img}
        lazy={props.lazy}
        priority={props.priority}
        sizes="(max-width: 980px) 100vw, 948px"
      />
      {img.caption || img.credit ? (
        <figcaption>
          {img.caption}
          {img.caption && img.credit ? ' ' : null}
          {img.credit ? <span className="credit">{img.credit}</span> : null}
        </figcaption>
      ) : null}
    </figure>
  );
}

export function Cards(props: { cards: Card[] }) {
  return (
    <ul className="cards">
      {props.cards.map((c) => (
        <li key={c.url} className={c.image ? 'card with-photo' : 'card'}>
          {c.image ? (
            <a href={c.url} tabIndex={-1}>
              <Picture img={c.image} lazy={c.lazy} sizes="(min-width: 640px) 200px, 100vw" />
            </a>
          ) : null}
          <div>
            <h3>
              <a href={c.url}>{c.title}</a>
            </h3>
            <div className="meta">
              {c.section ? <a href={c.section.url}>{c.section.name}</a> : null}
              <time dateTime={c.iso}>{c.time}</time>
            </div>
            {c.lead ? <p>{c.lead}</p> : null}
          </div>
        </li>
      ))}
    </ul>
  );
}

export function PagerNav(props: { pager: Pager }) {
  const { pager } = props;
  if (pager.pages <= 1) return null;
  return (
    <nav className="pager" aria-label="Trang">
      {pager.prev ? (
        <a href={pager.prev} rel="prev">
          « Trang trước
        </a>
      ) : null}
      <span>
        Trang {pager.page}/{pager.pages}
      </span>
      {pager.next ? (
        <a href={pager.next} rel="next">
          Trang sau »
        </a>
      ) : null}
    </nav>
  );
}
