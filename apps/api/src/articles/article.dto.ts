import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsBoolean,
  IsDateString,
  IsIn,
  IsInt,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateIf,
} from 'class-validator';
import { ARTICLE_STATES, WORKFLOW_ACTIONS } from '@toasoan/workflow';
import type { ArticleState, WorkflowAction } from '@toasoan/workflow';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const SLUG_MESSAGE = 'slug must be lower-case letters a-z, digits and single hyphens';

/** Fields a writer sets; shared by create and PATCH. `null` clears an optional field. */
class ArticleFields {
  @ApiProperty({ required: false, nullable: true, type: String, format: 'uuid' })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsUUID('all', { message: 'sectionId must be a uuid' })
  sectionId?: string | null;

  @ApiProperty({ required: false, description: 'Sapo' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  lead?: string;

  @ApiProperty({ required: false, example: 'ĐBP' })
  @IsOptional()
  @IsString()
  @MaxLength(60)
  dateline?: string;

  @ApiProperty({
    required: false,
    type: Object,
    description: 'tiptap JSON document (see libs/editor)',
  })
  @IsOptional()
  @IsObject()
  body?: Record<string, unknown>;

  @ApiProperty({ required: false, nullable: true, type: String, format: 'uuid' })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsUUID('all', { message: 'featuredMediaId must be a uuid' })
  featuredMediaId?: string | null;

  @ApiProperty({ required: false, example: 'Bài, ảnh: Sầm Phúc' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  byline?: string;

  @ApiProperty({ required: false, type: [String] })
  @IsOptional()
  @IsString({ each: true })
  @ArrayMaxSize(30)
  @MaxLength(60, { each: true })
  tags?: string[];

  @ApiProperty({ required: false })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  seoTitle?: string;

  @ApiProperty({ required: false })
  @IsOptional()
  @IsString()
  @MaxLength(400)
  seoDescription?: string;
}

export class CreateArticleDto extends ArticleFields {
  @ApiProperty({ example: 'Dân vận khéo ở vùng cao' })
  @IsString()
  @Length(1, 300)
  title: string;

  @ApiProperty({ required: false, description: 'Generated from the title when left out' })
  @IsOptional()
  @IsString()
  @Length(1, 120)
  @Matches(SLUG, { message: SLUG_MESSAGE })
  slug?: string;
}

export class UpdateArticleDto extends ArticleFields {
  @ApiProperty({ required: false }) @IsOptional() @IsString() @Length(1, 300) title?: string;

  @ApiProperty({ required: false })
  @IsOptional()
  @IsString()
  @Length(1, 120)
  @Matches(SLUG, { message: SLUG_MESSAGE })
  slug?: string;

  @ApiProperty({
    required: false,
    description: 'The version being edited (or send it as If-Match)',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  version?: number;

  @ApiProperty({
    required: false,
    description: 'An autosave: coalesced into one revision per user every few minutes',
  })
  @IsOptional()
  @IsBoolean()
  autosave?: boolean;
}

export class TransitionDto {
  @ApiProperty({ enum: WORKFLOW_ACTIONS })
  @IsIn(WORKFLOW_ACTIONS, { message: `action must be one of: ${WORKFLOW_ACTIONS.join(', ')}` })
  action: WorkflowAction;

  @ApiProperty({ required: false }) @IsOptional() @IsString() @MaxLength(2000) comment?: string;

  @ApiProperty({ required: false, format: 'date-time' })
  @IsOptional()
  @IsDateString({ strict: true }, { message: 'publishAt must be an ISO 8601 date-time' })
  publishAt?: string;
}

export class ListArticlesQuery {
  @ApiProperty({ required: false, enum: ARTICLE_STATES })
  @IsOptional()
  @IsIn(ARTICLE_STATES, { message: `state must be one of: ${ARTICLE_STATES.join(', ')}` })
  state?: ArticleState;

  @ApiProperty({ required: false, enum: ARTICLE_STATES, description: 'Same as state' })
  @IsOptional()
  @IsIn(ARTICLE_STATES, { message: `status must be one of: ${ARTICLE_STATES.join(', ')}` })
  status?: ArticleState;

  @ApiProperty({ required: false, format: 'uuid' }) @IsOptional() @IsUUID() authorId?: string;
  @ApiProperty({ required: false, format: 'uuid' }) @IsOptional() @IsUUID() sectionId?: string;

  @ApiProperty({ required: false, description: 'Diacritic-insensitive search' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;

  @ApiProperty({ required: false, format: 'date-time', description: 'updated at or after' })
  @IsOptional()
  @IsDateString({}, { message: 'from must be an ISO 8601 date' })
  from?: string;

  @ApiProperty({ required: false, format: 'date-time', description: 'updated before' })
  @IsOptional()
  @IsDateString({}, { message: 'to must be an ISO 8601 date' })
  to?: string;

  @ApiProperty({ required: false }) @IsOptional() @IsString() @MaxLength(400) cursor?: string;

  @ApiProperty({ required: false, minimum: 1, maximum: 100, default: 20 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  limit?: number;
}

export class DiffQuery {
  @ApiProperty({ required: false })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  from?: number;
  @ApiProperty({ required: false }) @IsOptional() @Type(() => Number) @IsInt() @Min(1) to?: number;
}

export class RestoreRevisionDto {
  @ApiProperty({ required: false, description: 'The version being replaced (or If-Match)' })
  @IsOptional()
  @IsInt()
  @Min(1)
  version?: number;
}

export class CreateNoteDto {
  @ApiProperty({ example: 'Kiểm tra lại số liệu ở đoạn 2' })
  @IsString()
  @Length(1, 5000)
  body: string;
}
