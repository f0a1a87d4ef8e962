import {
  Body,
  Controller,
  Get,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Post,
  Query,
  Req,
  Res,
  NotFoundException,
} from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { clientIp, CurrentActor, Public, RequirePermission } from '../auth/auth-user';
import type { Actor } from '../database/database.service';
import {
  CommentCreated,
  CommentListQuery,
  CorrectionView,
  CreateCommentDto,
  CreateCorrectionDto,
  ModerationComment,
  ModerationList,
} from './comments.dto';
import { CommentsService } from './comments.service';

const PENDING_MESSAGE = 'Bình luận sẽ hiển thị sau khi được duyệt.';

@ApiTags('comments')
@Controller()
export class CommentsController {
  constructor(private readonly comments: CommentsService) {}

  /**
   * A reader's comment. JSON clients get 201; the page's plain HTML form (urlencoded) is sent
   * back to the article with a notice (303), so no script is needed.
   */
  @Public()
  @Post('api/public/articles/:number/comments')
  @ApiCreatedResponse({ type: CommentCreated })
  async create(
    @Param('number') number: string,
    @Body() dto: CreateCommentDto,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    if (!/^\d{1,15}$/.test(number)) throw new NotFoundException('Article not found');
    const { articlePath } = await this.comments.create(String(Number(number)), dto, clientIp(req));
    res.setHeader('Cache-Control', 'no-store');
    if (req.is('application/x-www-form-urlencoded')) {
      res.redirect(303, `${articlePath}?binh-luan=cho-duyet#binh-luan`);
      return;
    }
    const body: CommentCreated = { status: 'pending', message: PENDING_MESSAGE };
    res.status(201).json(body);
  }

  @Get('api/comments')
  @RequirePermission('comments.moderate')
  @ApiOkResponse({ type: ModerationList })
  list(@Query() q: CommentListQuery): Promise<ModerationList> {
    return this.comments.list(q.status ?? 'pending', q.cursor);
  }

  @Post('api/comments/:id/approve')
  @HttpCode(200)
  @RequirePermission('comments.moderate')
  @ApiOkResponse({ type: ModerationComment })
  approve(
    @Param('id', new ParseUUIDPipe()) id: string,
    @CurrentActor() actor: Actor,
  ): Promise<ModerationComment> {
    return this.comments.moderate(id, 'approved', actor);
  }

  @Post('api/comments/:id/reject')
  @HttpCode(200)
  @RequirePermission('comments.moderate')
  @ApiOkResponse({ type: ModerationComment })
  reject(
    @Param('id', new ParseUUIDPipe()) id: string,
    @CurrentActor() actor: Actor,
  ): Promise<ModerationComment> {
    return this.comments.moderate(id, 'rejected', actor);
  }

  /** Đính chính: editors attach a dated correction to a published article. */
  @Post('api/articles/:id/corrections')
  @RequirePermission('article.review')
  @ApiCreatedResponse({ type: CorrectionView })
  addCorrection(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() dto: CreateCorrectionDto,
    @CurrentActor() actor: Actor,
  ): Promise<CorrectionView> {
    return this.comments.addCorrection(id, dto.text, actor);
  }

  @Get('api/articles/:id/corrections')
  @RequirePermission('article.readAny')
  @ApiOkResponse({ type: [CorrectionView] })
  corrections(@Param('id', new ParseUUIDPipe()) id: string): Promise<CorrectionView[]> {
    return this.comments.corrections(id);
  }
}
