import { ApiProperty } from '@nestjs/swagger';
import { ARTICLE_STATES, WORKFLOW_ACTIONS } from '@toasoan/workflow';
import type { ArticleState, WorkflowAction } from '@toasoan/workflow';
import type { DocNode } from '@toasoan/editor';

/** Another person as embedded in responses: never their email. */
export class PersonView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() displayName: string;
  @ApiProperty({ type: String, nullable: true }) penName: string | null;
}

export class SectionRefView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty() slug: string;
}

export class ArticleSummaryView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ description: 'Public numeric id used in URLs' }) number: number;
  @ApiProperty() title: string;
  @ApiProperty() slug: string;
  @ApiProperty({ enum: ARTICLE_STATES }) state: ArticleState;
  @ApiProperty({ type: SectionRefView, nullable: true }) section: SectionRefView | null;
  @ApiProperty({ type: PersonView }) author: PersonView;
  @ApiProperty() version: number;
  @ApiProperty() wordCount: number;
  @ApiProperty() viewCount: number;
  @ApiProperty() hasPendingRevision: boolean;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) publishAt: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) publishedAt: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
}

export class ArticleView extends ArticleSummaryView {
  @ApiProperty({ type: String, nullable: true, format: 'uuid' }) sectionId: string | null;
  @ApiProperty() lead: string;
  @ApiProperty() dateline: string;
  @ApiProperty({ type: 'object', additionalProperties: true }) body: DocNode;
  @ApiProperty({ type: String, nullable: true, format: 'uuid' }) featuredMediaId: string | null;
  @ApiProperty() byline: string;
  @ApiProperty({ type: [String] }) tags: string[];
  @ApiProperty() seoTitle: string;
  @ApiProperty() seoDescription: string;
  @ApiProperty() readingMinutes: number;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' })
  firstPublishedAt: string | null;
  @ApiProperty({ type: PersonView, nullable: true }) updatedBy: PersonView | null;
  @ApiProperty({ enum: WORKFLOW_ACTIONS, isArray: true, description: 'What the caller may do now' })
  allowedActions: WorkflowAction[];
  @ApiProperty({ description: 'Whether the caller may PATCH the article now' }) canEdit: boolean;
}

export class ArticlePageView {
  @ApiProperty({ type: [ArticleSummaryView] }) items: ArticleSummaryView[];
  @ApiProperty({ type: String, nullable: true, description: 'Pass as cursor for the next page' })
  nextCursor: string | null;
}

export class UpdatedByView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() displayName: string;
}

/** The body of a 409 on a stale version. */
export class StaleVersionView {
  @ApiProperty({ example: 409 }) statusCode: number;
  @ApiProperty() error: string;
  @ApiProperty() message: string;
  @ApiProperty() currentVersion: number;
  @ApiProperty({ type: UpdatedByView, nullable: true }) updatedBy: UpdatedByView | null;
}

export class StateCountView {
  @ApiProperty({ enum: ARTICLE_STATES }) state: ArticleState;
  @ApiProperty() count: number;
}

export class SectionCountView {
  @ApiProperty({ type: String, nullable: true, format: 'uuid' }) sectionId: string | null;
  @ApiProperty({ type: String, nullable: true }) name: string | null;
  @ApiProperty({ enum: ARTICLE_STATES }) state: ArticleState;
  @ApiProperty() count: number;
}

export class ArticleStatsView {
  @ApiProperty({ type: [StateCountView], description: 'Articles the caller may see, per state' })
  byState: StateCountView[];
  @ApiProperty({ type: [SectionCountView] }) bySection: SectionCountView[];
  @ApiProperty({ type: [StateCountView], description: "The caller's own articles, per state" })
  mine: StateCountView[];
  @ApiProperty({ description: 'Published articles with an edit waiting for review' })
  pendingRevisions: number;
}

export class RevisionSummaryView {
  @ApiProperty() n: number;
  @ApiProperty({
    example: 'save',
    description: 'save, autosave, restore, create or a workflow action',
  })
  kind: string;
  @ApiProperty() version: number;
  @ApiProperty({ type: PersonView, nullable: true }) createdBy: PersonView | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

export class RevisionSnapshotView {
  @ApiProperty() title: string;
  @ApiProperty() slug: string;
  @ApiProperty({ type: String, nullable: true }) sectionId: string | null;
  @ApiProperty() lead: string;
  @ApiProperty() dateline: string;
  @ApiProperty({ type: 'object', additionalProperties: true }) body: DocNode;
  @ApiProperty({ type: String, nullable: true }) featuredMediaId: string | null;
  @ApiProperty() byline: string;
  @ApiProperty({ type: [String] }) tags: string[];
  @ApiProperty() seoTitle: string;
  @ApiProperty() seoDescription: string;
  @ApiProperty({ enum: ARTICLE_STATES }) state: ArticleState;
}

export class RevisionView extends RevisionSummaryView {
  @ApiProperty({ type: RevisionSnapshotView }) snapshot: RevisionSnapshotView;
}

export class DiffPartView {
  @ApiProperty({ enum: ['equal', 'insert', 'delete'] }) op: 'equal' | 'insert' | 'delete';
  @ApiProperty() text: string;
}

export class FieldDiffView {
  @ApiProperty({ example: 'body' }) field: string;
  @ApiProperty({ type: [DiffPartView] }) parts: DiffPartView[];
}

export class DiffView {
  @ApiProperty() from: number;
  @ApiProperty() to: number;
  @ApiProperty({ type: [FieldDiffView], description: 'Only the fields that changed' })
  fields: FieldDiffView[];
}

export class NoteView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: ['note', 'request_changes', 'unpublish'] }) kind: string;
  @ApiProperty() body: string;
  @ApiProperty({ type: PersonView }) author: PersonView;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

export class PresenceEntryView {
  @ApiProperty({ type: PersonView }) user: PersonView;
  @ApiProperty({ format: 'date-time' }) openedAt: string;
  @ApiProperty({ format: 'date-time' }) seenAt: string;
}

export class PresenceView {
  @ApiProperty({ type: [PresenceEntryView], description: 'Others with the article open' })
  others: PresenceEntryView[];
  @ApiProperty({ description: 'Send a heartbeat more often than this' }) ttlSeconds: number;
}

export class HistoryEntryView {
  @ApiProperty({ enum: ['transition', 'note', 'revision'] }) type: string;
  @ApiProperty({ format: 'date-time' }) at: string;
  @ApiProperty({ type: PersonView, nullable: true }) actor: PersonView | null;
  @ApiProperty({ required: false, enum: WORKFLOW_ACTIONS }) action?: string;
  @ApiProperty({ required: false, enum: ARTICLE_STATES }) from?: string;
  @ApiProperty({ required: false, enum: ARTICLE_STATES }) to?: string;
  @ApiProperty({ required: false, type: String, nullable: true }) comment?: string | null;
  @ApiProperty({ required: false, type: String, nullable: true, format: 'date-time' })
  publishAt?: string | null;
  @ApiProperty({ required: false }) n?: number;
  @ApiProperty({ required: false }) kind?: string;
  @ApiProperty({ required: false }) body?: string;
}
