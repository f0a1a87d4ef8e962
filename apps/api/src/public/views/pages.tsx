import type { Card, Img, PageMeta, Pager, SiteInfo } from './model';
import { Cards, Figure, Layout, PagerNav } from './layout';

export function HomePage(props: {
  site: SiteInfo;
  meta: PageMeta;
  latest: Card[];
  sections: { name: string; url: string; cards: Card[] }[];
}) {
  return (
    <Layout site={props.site} meta={props.meta}>
      <h1>{props.site.name}</h1>
      <section aria-labelledby="moi-nhat">
        <h2 id="moi-nhat">Tin mới nhất</h2>
        {props.latest.length ? <Cards cards={props.latest} /> : <p>Chưa có bài viết.</p>}
      </section>
      {props.sections.map((s, i) => (
        <section key={s.url} aria-labelledby={`cm-${i}`}>
          <h2 id={`cm-${i}`}>
            <a href={s.url}>{s.name}</a>
          </h2>
          <Cards cards={s.cards} />
        </section>
      ))}
    </Layout>
  );
}

export function ListPage(props: {
  site: SiteInfo;
  meta: PageMeta;
  heading: string;
  intro?: string;
  cards: Card[];
  pager: Pager;
  empty: string;
  query?: string;
  searchForm?: boolean;
}) {
  return (
    <Layout site={props.site} meta={props.meta} query={props.query}>
      <h1>{props.heading}</h1>
      {props.intro ? <p>{props.intro}</p> : null}
      {props.cards.length ? <Cards cards={props.cards} /> : <p>{props.empty}</p>}
      <PagerNav pager={props.pager} />
    </Layout>
  );
}

export interface ArticleView {
  number: string;
  url: string;
  printUrl: string;
  title: string;
  section: { name: string; url: string } | null;
  time: string;
  iso: string;
  views: string;
  dateline: string;
  lead: string;
  image: Img | null;
  bodyHtml: string;
  byline: string;
  tags: { name: string; url: string }[];
  corrections: { time: string; iso: string; text: string }[];
  comments: { name: string; body: string; time: string; iso: string }[];
  related: Card[];
  commentMaxLength: number;
  commentNotice: string | null;
}

function ArticleBody(props: { a: ArticleView; print: boolean }) {
  const { a } = props;
  return (
    <article>
      {a.corrections.map((c, i) => (
        <aside key={i} className="correction">
          <b>Đính chính</b> (<time dateTime={c.iso}>{c.time}</time>): {c.text}
        </aside>
      ))}
      {a.section && !props.print ? (
        <p className="meta">
          <a href={a.section.url}>{a.section.name}</a>
        </p>
      ) : null}
      <h1>{a.title}</h1>
      <div className="meta">
        <time dateTime={a.iso}>{a.time}</time>
        <span>Lượt xem: {a.views}</span>
        {props.print ? null : (
          <a className="no-print" href={a.printUrl} rel="nofollow">
            In bài viết
          </a>
        )}
      </div>
      {a.lead || a.dateline ? (
        <p className="lead">
          {a.dateline ? <span className="dateline">{a.dateline} - </span> : null}
          {a.lead}
        </p>
      ) : null}
      {a.image ? <Figure img={a.image} lazy={false} priority /> : null}
      <div className="body" dangerouslySetInnerHTML={{ __html: a.bodyHtml }} />
      {a.byline ? <p className="byline">{a.byline}</p> : null}
      {a.tags.length ? (
        <ul className="tags">
          {a.tags.map((t) => (
            <li key={t.url}>
              <a href={t.url} rel="tag">
                {t.name}
              </a>
            </li>
          ))}
        </ul>
      ) : null}
      {props.print ? <p className="print-only">{a.url}</p> : null}
    </article>
  );
}

export function ArticlePage(props: { site: SiteInfo; meta: PageMeta; a: ArticleView }) {
  const { a } = props;
  return (
    <Layout site={props.site} meta={props.meta}>
      <ArticleBody a={a} print={false} />
      <section id="binh-luan" className="comments" aria-labelledby="binh-luan-h">
        <h2 id="binh-luan-h">Bình luận</h2>
        {a.commentNotice ? <p className="notice">{a.commentNotice}</p> : null}
        {a.comments.length ? (
          a.comments.map((c, i) => (
            <div key={i} className="comment">
              <b>{c.name}</b>
              <time dateTime={c.iso}>{c.time}</time>
              <p>{c.body}</p>
            </div>
          ))
        ) : (
          <p>Chưa có bình luận.</p>
        )}
        <form
          className="comment-form"
          method="post"
          action={`/api/public/articles/${a.number}/comments`}
        >
          <label htmlFor="cm-name">Họ tên</label>
          <input
            id="cm-name"
            type="text"
            name="name"
            required
            maxLength={100}
            autoComplete="name"
          />
          <label htmlFor="cm-body">Bình luận của bạn</label>
          <textarea id="cm-body" name="body" required rows={4} maxLength={a.commentMaxLength} />
          <button type="submit">Gửi bình luận</button>
          <small>Bình luận được hiển thị sau khi ban biên tập duyệt.</small>
        </form>
      </section>
      {a.related.length ? (
        <section className="related" aria-labelledby="tin-khac">
          <h2 id="tin-khac">Tin khác</h2>
          <Cards cards={a.related} />
        </section>
      ) : null}
    </Layout>
  );
}

export function PrintPage(props: { site: SiteInfo; meta: PageMeta; a: ArticleView }) {
  return (
    <Layout site={props.site} meta={props.meta} bare>
      <ArticleBody a={props.a} print />
    </Layout>
  );
}

export function ErrorPage(props: {
  site: SiteInfo;
  meta: PageMeta;
  heading: string;
  text: string;
}) {
  return (
    <Layout site={props.site} meta={props.meta}>
      <h1>{props.heading}</h1>
      <p>{props.text}</p>
      <p>
        <a href="/">Về trang chủ</a>
      </p>
    </Layout>
  );
}
