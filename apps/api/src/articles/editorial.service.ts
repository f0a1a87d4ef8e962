import {
  BadRequestException,
  ForbiddenException,
  Injectable,
  NotFoundException,
} from '@nestjs/common';
import { canEditArticle } from '@toasoan/workflow';
import { normalizeText } from '@toasoan/vi-text';
import { Actor, Database } from '../database/database.service';
import { assertEditorial, loadReadable, requestedVersion, staleVersion } from './access';
import type { ArticleSnapshot, Caller } from './article.row';
import { toArticleView } from './article.row';
import type {
  ArticleView,
  DiffView,
  HistoryEntryView,
  NoteView,
  PersonView,
  PresenceView,
  RevisionSummaryView,
  RevisionView,
} from './article.view';
import { ArticlesService } from './articles.service';
import { diffSnapshots } from './diff';

/** A heartbeat older than this means the person has left. */
export const PRESENCE_TTL_SECONDS = 60;

interface RevisionRow {
  n: number;
  kind: string;
  version: number;
  snapshot?: ArticleSnapshot;
  created_by: string | null;
  created_by_name: string | null;
  created_by_pen_name: string | null;
  created_at: Date;
}

const person = (id: string | null, name: string | null, pen: string | null): PersonView | null =>
  id && name !== null ? { id, displayName: name, penName: pen } : null;

function toRevision(r: RevisionRow): RevisionSummaryView {
  return {
    n: r.n,
    kind: r.kind,
    version: r.version,
    createdBy: person(r.created_by, r.created_by_name, r.created_by_pen_name),
    createdAt: r.created_at.toISOString(),
  };
}

const REVISION_SELECT = `SELECT r.n, r.kind, r.version, r.created_by, r.created_at,
  u.display_name AS created_by_name, u.pen_name AS created_by_pen_name
  FROM revisions r LEFT JOIN users u ON u.id = r.created_by`;

/** Revisions, diffs, notes, presence and the timeline: the record around an article. */
@Injectable()
export class EditorialService {
  constructor(
    private readonly db: Database,
    private readonly articles: ArticlesService,
  ) {}

  async revisions(user: Caller, id: string): Promise<RevisionSummaryView[]> {
    assertEditorial(await loadReadable(this.db, id, user), user);
    const rows = await this.db.query<RevisionRow>(
      `${REVISION_SELECT} WHERE r.article_id = $1 ORDER BY r.n DESC`,
      [id],
    );
    return rows.map(toRevision);
  }

  async revision(user: Caller, id: string, n: number): Promise<RevisionView> {
    assertEditorial(await loadReadable(this.db, id, user), user);
    const row = await this.db.one<RevisionRow>(
      `${REVISION_SELECT.replace('SELECT ', 'SELECT r.snapshot, ')} WHERE r.article_id = $1 AND r.n = $2`,
      [id, n],
    );
    if (!row) throw new NotFoundException(`Revision ${n} not found`);
    return { ...toRevision(row), snapshot: row.snapshot! };
  }

  /** Word-level diff; by default from the last submitted or published revision to the latest. */
  async diff(user: Caller, id: string, from?: number, to?: number): Promise<DiffView> {
    assertEditorial(await loadReadable(this.db, id, user), user);
    const latest = await this.db.one<{ n: number }>(
      `SELECT max(n) AS n FROM revisions WHERE article_id = $1`,
      [id],
    );
    const toN = to ?? latest?.n ?? 1;
    let fromN = from;
    if (fromN === undefined) {
      const base = await this.db.one<{ n: number }>(
        `SELECT max(n) AS n FROM revisions
         WHERE article_id = $1 AND n < $2 AND kind IN ('submit', 'publish', 'republish')`,
        [id, toN],
      );
      fromN = base?.n ?? 1;
    }
    const rows = await this.db.query<{ n: number; snapshot: ArticleSnapshot }>(
      `SELECT n, snapshot FROM revisions WHERE article_id = $1 AND n = ANY($2::int[])`,
      [id, [fromN, toN]],
    );
    const a = rows.find((r) => r.n === fromN);
    const b = rows.find((r) => r.n === toN);
    if (!a) throw new NotFoundException(`Revision ${fromN} not found`);
    if (!b) throw new NotFoundException(`Revision ${toN} not found`);
    return { from: fromN, to: toN, fields: diffSnapshots(a.snapshot, b.snapshot) };
  }

  /** Puts an old revision's content back as a new save (state and author stay as they are). */
  async restore(
    user: Caller,
    actor: Actor,
    id: string,
    n: number,
    bodyVersion: number | undefined,
    ifMatch: string | undefined,
  ): Promise<ArticleView> {
    const version = requestedVersion(bodyVersion, ifMatch);
    return this.db.write(actor, async (tx) => {
      const row = await loadReadable(tx, id, user);
      if (!canEditArticle({ state: row.state, authorId: row.author_id }, user)) {
        throw new ForbiddenException(`You may not edit this article while it is ${row.state}`);
      }
      if (version !== undefined && version !== row.version) throw staleVersion(row);
      const rev = await tx.one<{ snapshot: ArticleSnapshot }>(
        `SELECT snapshot FROM revisions WHERE article_id = $1 AND n = $2`,
        [id, n],
      );
      if (!rev) throw new NotFoundException(`Revision ${n} not found`);
      const s = rev.snapshot;
      const saved = await this.articles.writeContent(
        tx,
        row,
        row.version,
        {
          title: s.title,
          sectionId: s.sectionId,
          lead: s.lead,
          dateline: s.dateline,
          body: s.body,
          featuredMediaId: s.featuredMediaId,
          byline: s.byline,
          tags: s.tags,
          seoTitle: s.seoTitle,
          seoDescription: s.seoDescription,
        },
        user.id,
        {
          kind: 'restore',
          auditAction: 'article.restore_revision',
          auditData: { restoredFrom: n },
        },
      );
      return toArticleView(saved, user);
    });
  }

  async notes(user: Caller, id: string): Promise<NoteView[]> {
    assertEditorial(await loadReadable(this.db, id, user), user);
    const rows = await this.db.query<{
      id: string;
      kind: string;
      body: string;
      author_id: string;
      display_name: string;
      pen_name: string | null;
      created_at: Date;
    }>(
      `SELECT n.id, n.kind, n.body, n.author_id, u.display_name, u.pen_name, n.created_at
       FROM article_notes n JOIN users u ON u.id = n.author_id
       WHERE n.article_id = $1 ORDER BY n.created_at, n.id`,
      [id],
    );
    return rows.map((r) => ({
      id: r.id,
      kind: r.kind,
      body: r.body,
      author: { id: r.author_id, displayName: r.display_name, penName: r.pen_name },
      createdAt: r.created_at.toISOString(),
    }));
  }

  async addNote(
    user: Caller & { displayName: string; penName: string | null },
    actor: Actor,
    id: string,
    text: string,
  ): Promise<NoteView> {
    const body = normalizeText(text).trim();
    if (!body) throw new BadRequestException('body must not be empty');
    return this.db.write(actor, async (tx) => {
      assertEditorial(await loadReadable(tx, id, user), user);
      const row = await tx.one<{ id: string; created_at: Date }>(
        `INSERT INTO article_notes (article_id, author_id, kind, body) VALUES ($1, $2, 'note', $3)
         RETURNING id, created_at`,
        [id, user.id, body],
      );
      tx.audit({
        action: 'article.note',
        entityType: 'article',
        entityId: id,
        data: { noteId: row!.id },
      });
      return {
        id: row!.id,
        kind: 'note',
        body,
        author: { id: user.id, displayName: user.displayName, penName: user.penName },
        createdAt: row!.created_at.toISOString(),
      };
    });
  }

  /** Who else has the article open (a warning for the editor, never a lock). */
  async presence(user: Caller, id: string): Promise<PresenceView> {
    assertEditorial(await loadReadable(this.db, id, user), user);
    return this.others(id, user.id);
  }

  async heartbeat(user: Caller, actor: Actor, id: string): Promise<PresenceView> {
    await this.db.write(actor, async (tx) => {
      assertEditorial(await loadReadable(tx, id, user), user);
      await tx.execute(
        `INSERT INTO article_presence (article_id, user_id) VALUES ($1, $2)
         ON CONFLICT (article_id, user_id) DO UPDATE SET seen_at = now(),
           opened_at = CASE WHEN article_presence.seen_at < now() - make_interval(secs => $3)
                            THEN now() ELSE article_presence.opened_at END`,
        [id, user.id, PRESENCE_TTL_SECONDS],
      );
      await tx.execute(
        `DELETE FROM article_presence WHERE seen_at < now() - make_interval(secs => $1 * 10)`,
        [PRESENCE_TTL_SECONDS],
      );
    });
    return this.others(id, user.id);
  }

  async leave(user: Caller, actor: Actor, id: string): Promise<void> {
    await this.db.write(actor, async (tx) => {
      await loadReadable(tx, id, user);
      await tx.execute(`DELETE FROM article_presence WHERE article_id = $1 AND user_id = $2`, [
        id,
        user.id,
      ]);
    });
  }

  private async others(id: string, me: string): Promise<PresenceView> {
    const rows = await this.db.query<{
      user_id: string;
      display_name: string;
      pen_name: string | null;
      opened_at: Date;
      seen_at: Date;
    }>(
      `SELECT p.user_id, u.display_name, u.pen_name, p.opened_at, p.seen_at
       FROM article_presence p JOIN users u ON u.id = p.user_id
       WHERE p.article_id = $1 AND p.user_id <> $2 AND p.seen_at > now() - make_interval(secs => $3)
       ORDER BY p.opened_at`,
      [id, me, PRESENCE_TTL_SECONDS],
    );
    return {
      others: rows.map((r) => ({
        user: { id: r.user_id, displayName: r.display_name, penName: r.pen_name },
        openedAt: r.opened_at.toISOString(),
        seenAt: r.seen_at.toISOString(),
      })),
      ttlSeconds: PRESENCE_TTL_SECONDS,
    };
  }

  /** The article's timeline, oldest first. Notes only for the author and editors. */
  async history(user: Caller, id: string): Promise<HistoryEntryView[]> {
    const article = await loadReadable(this.db, id, user);
    let editorial = true;
    try {
      assertEditorial(article, user);
    } catch {
      editorial = false;
    }
    const rows = await this.db.query<{
      type: string;
      at: Date;
      actor_id: string | null;
      display_name: string | null;
      pen_name: string | null;
      action: string | null;
      from_state: string | null;
      to_state: string | null;
      comment: string | null;
      publish_at: Date | null;
      n: number | null;
      kind: string | null;
      body: string | null;
    }>(
      `SELECT h.*, u.display_name, u.pen_name FROM (
         SELECT 'transition' AS type, t.created_at AS at, t.actor_id, t.action, t.from_state,
           t.to_state, t.comment, t.publish_at, NULL::int AS n, NULL AS kind, NULL AS body, t.id AS seq
         FROM article_transitions t WHERE t.article_id = $1
         UNION ALL
         SELECT 'revision', r.created_at, r.created_by, NULL, NULL, NULL, NULL, NULL, r.n, r.kind, NULL, r.n
         FROM revisions r WHERE r.article_id = $1 AND $2
         UNION ALL
         SELECT 'note', n.created_at, n.author_id, NULL, NULL, NULL, NULL, NULL, NULL, n.kind, n.body, 0
         FROM article_notes n WHERE n.article_id = $1 AND $2
       ) h LEFT JOIN users u ON u.id = h.actor_id
       ORDER BY h.at, array_position(ARRAY['transition', 'note', 'revision'], h.type), h.seq`,
      [id, editorial],
    );
    return rows.map((r) => {
      const e: HistoryEntryView = {
        type: r.type,
        at: r.at.toISOString(),
        actor: person(r.actor_id, r.display_name, r.pen_name),
      };
      if (r.type === 'transition') {
        Object.assign(e, {
          action: r.action!,
          from: r.from_state!,
          to: r.to_state!,
          comment: editorial ? r.comment : null,
          publishAt: r.publish_at ? r.publish_at.toISOString() : null,
        });
      } else if (r.type === 'revision') {
        Object.assign(e, { n: r.n!, kind: r.kind! });
      } else {
        Object.assign(e, { kind: r.kind!, body: r.body! });
      }
      return e;
    });
  }
}
