import {
  BadRequestException,
  ConflictException,
  ForbiddenException,
  Injectable,
  Logger,
  UnprocessableEntityException,
} from '@nestjs/common';
import {
  actionsFrom,
  allowedActions,
  checkTransition,
  missingTransitionFields,
  TRANSITIONS,
  type Transition,
  type WorkflowAction,
} from '@toasoan/workflow';
import { normalizeText } from '@toasoan/vi-text';
import { Actor, Database, SYSTEM_ACTOR, Tx } from '../database/database.service';
import type { ResolvedMedia } from '../media/media-resolver';
import { loadReadable } from './access';
import type { TransitionDto } from './article.dto';
import { ArticleRow, Caller, toArticleView } from './article.row';
import type { ArticleView } from './article.view';
import { loadRow } from './articles.service';
import { Publisher } from './publisher';
import { recordRevision } from './revisions';

/** Publishing at the scheduled time is the scheduler's act, not a row of the user table. */
const SCHEDULED_PUBLISH: Transition = {
  from: 'scheduled',
  action: 'publish',
  to: 'published',
  roles: [],
};

class ChangedMeanwhile extends Error {}

/** ArticleWorkflow: moves an article along DESIGN.md §3, with its record and reader snapshot. */
@Injectable()
export class ArticleWorkflow {
  private readonly logger = new Logger('Scheduler');

  constructor(
    private readonly db: Database,
    private readonly publisher: Publisher,
  ) {}

  async transition(
    user: Caller,
    actor: Actor,
    id: string,
    dto: TransitionDto,
  ): Promise<ArticleView> {
    const comment = dto.comment !== undefined ? normalizeText(dto.comment).trim() : '';
    // Photo URLs are resolved before the transaction, so a concurrent edit means: read again.
    for (let attempt = 0; attempt < 3; attempt++) {
      const seen = await loadReadable(this.db, id, user);
      const rule = this.rule(seen, user, dto);
      const missing = missingTransitionFields(rule, { comment, publishAt: dto.publishAt });
      if (missing.length) {
        throw new BadRequestException(
          missing.map((f) => `${f} is required to ${dto.action}`).join('; '),
        );
      }
      let publishAt: Date | null = null;
      if (rule.needsPublishAt) {
        publishAt = new Date(dto.publishAt!);
        if (!(publishAt.getTime() > Date.now())) {
          throw new BadRequestException('publishAt must be in the future');
        }
      }
      const media = rule.to === 'published' ? await this.publisher.resolveMedia(seen) : new Map();
      try {
        return await this.db.write(actor, async (tx) => {
          const row = await loadReadable(tx, id, user, { lock: true });
          if (row.version !== seen.version || row.state !== seen.state)
            throw new ChangedMeanwhile();
          const saved = await this.apply(tx, row, rule, user.id, { comment, publishAt, media });
          return toArticleView(saved, user);
        });
      } catch (e) {
        if (!(e instanceof ChangedMeanwhile)) throw e;
      }
    }
    throw new ConflictException('The article keeps changing; reload it and try again');
  }

  /** 422 when the state has no such action, 403 when this person may not take it. */
  private rule(row: ArticleRow, user: Caller, dto: TransitionDto): Transition {
    const isAuthor = row.author_id === user.id;
    const check = checkTransition({
      state: row.state,
      action: dto.action,
      role: user.role,
      isAuthor,
    });
    if (check.ok) return check.rule;
    if (check.reason === 'invalid_action') {
      const allowed = allowedActions(row.state, user.role, isAuthor);
      const hint =
        row.state === 'published' && dto.action === 'trash' ? ' (unpublish it first)' : '';
      throw new UnprocessableEntityException({
        message: `Cannot ${dto.action} an article that is ${row.state}${hint}; allowed now: ${allowed.join(', ') || 'nothing'}`,
        state: row.state,
        allowedActions: allowed,
        actionsFromState: actionsFrom(row.state),
      });
    }
    throw new ForbiddenException(`Your role may not ${dto.action} this article`);
  }

  /** Runs inside the transaction, with the article row locked. */
  private async apply(
    tx: Tx,
    row: ArticleRow,
    rule: Transition,
    userId: string | null,
    input: { comment: string; publishAt: Date | null; media: Map<string, ResolvedMedia> },
  ): Promise<ArticleRow> {
    const sets = [`state = $2`, `version = version + 1`, `updated_at = now()`];
    const params: unknown[] = [row.id, rule.to];
    if (userId) {
      params.push(userId);
      sets.push(`updated_by = $${params.length}`);
    }
    const goesLive = rule.to === 'published';
    if (rule.action === 'schedule') {
      params.push(input.publishAt);
      sets.push(`publish_at = $${params.length}`);
    }
    if (rule.action === 'cancel_schedule') sets.push(`publish_at = NULL`);
    if (goesLive) {
      sets.push(`has_pending_revision = false`);
      if (row.state !== 'published') {
        // A scheduled article goes live at its scheduled time; anything else now.
        const at = row.state === 'scheduled' && row.publish_at ? row.publish_at : null;
        params.push(at);
        sets.push(
          `published_at = coalesce($${params.length}::timestamptz, now())`,
          `first_published_at = coalesce(first_published_at, $${params.length}::timestamptz, now())`,
          `publish_at = NULL`,
        );
      }
    }
    if (rule.action === 'unpublish') sets.push(`has_pending_revision = false`);
    await tx.execute(`UPDATE articles SET ${sets.join(', ')} WHERE id = $1`, params);
    await tx.execute(
      `INSERT INTO article_transitions (article_id, action, from_state, to_state, comment, publish_at, actor_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [row.id, rule.action, row.state, rule.to, input.comment || null, input.publishAt, userId],
    );
    if (input.comment && userId) {
      // The reason travels with the article: request_changes and unpublish comments are notes.
      await tx.execute(
        `INSERT INTO article_notes (article_id, author_id, kind, body) VALUES ($1, $2, $3, $4)`,
        [
          row.id,
          userId,
          rule.action === 'unpublish' || rule.action === 'request_changes' ? rule.action : 'note',
          input.comment,
        ],
      );
    }
    const saved = await loadRow(tx, row.id);
    if (goesLive) {
      await this.publisher.writeSnapshot(
        tx,
        saved,
        input.media,
        row.state === 'published' ? 'now' : 'published_at',
      );
    } else if (row.state === 'published' || rule.to === 'trashed') {
      await this.publisher.removeSnapshot(tx, row.id);
    }
    const n = await recordRevision(tx, saved, rule.action, userId);
    tx.audit({
      action: `article.${rule.action}`,
      entityType: 'article',
      entityId: row.id,
      data: {
        from: row.state,
        to: rule.to,
        ...(input.comment ? { comment: input.comment } : {}),
        ...(input.publishAt ? { publishAt: input.publishAt.toISOString() } : {}),
        ...(rule === SCHEDULED_PUBLISH ? { scheduled: true } : {}),
        version: saved.version,
        revision: n,
      },
    });
    return saved;
  }

  /** A transition inside an existing transaction (the demo seed); no photo URLs are resolved. */
  async applyInTx(
    tx: Tx,
    id: string,
    action: WorkflowAction,
    userId: string,
    input: { comment?: string; publishAt?: Date } = {},
  ): Promise<ArticleRow> {
    const row = await loadRow(tx, id);
    const rule = TRANSITIONS.find((t) => t.from === row.state && t.action === action);
    if (!rule) throw new Error(`no transition ${row.state} --${action}-->`);
    return this.apply(tx, row, rule, userId, {
      comment: input.comment ?? '',
      publishAt: input.publishAt ?? null,
      media: new Map(),
    });
  }

  /**
   * Publishes scheduled articles whose time has come. Each is claimed with
   * FOR UPDATE SKIP LOCKED, so with several instances every article is published exactly once.
   */
  async publishDue(limit = 20): Promise<string[]> {
    const due = await this.db.query<ArticleRow>(
      `SELECT id, version, body FROM articles
       WHERE state = 'scheduled' AND publish_at <= now() ORDER BY publish_at LIMIT $1`,
      [limit],
    );
    const published: string[] = [];
    for (const seen of due) {
      const media = await this.publisher.resolveMedia(seen);
      const done = await this.db.write(SYSTEM_ACTOR, async (tx) => {
        const claimed = await tx.one<{ version: number }>(
          `SELECT version FROM articles WHERE id = $1 AND state = 'scheduled' AND publish_at <= now()
           FOR UPDATE SKIP LOCKED`,
          [seen.id],
        );
        // Taken by another instance, published already, or edited since we resolved its photos.
        if (!claimed || claimed.version !== seen.version) return false;
        const row = await loadRow(tx, seen.id);
        await this.apply(tx, row, SCHEDULED_PUBLISH, null, {
          comment: '',
          publishAt: null,
          media,
        });
        return true;
      });
      if (done) {
        published.push(seen.id);
        this.logger.log(`Published scheduled article ${seen.id}`);
      }
    }
    return published;
  }
}
