import {
  Body,
  Controller,
  Get,
  Headers,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Patch,
  Post,
  Query,
  Res,
} from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiHeader,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import type { Response } from 'express';
import { AuthUser, CurrentActor, CurrentUser } from '../auth/auth-user';
import type { Actor } from '../database/database.service';
import {
  CreateArticleDto,
  ListArticlesQuery,
  TransitionDto,
  UpdateArticleDto,
} from './article.dto';
import { ArticlePageView, ArticleStatsView, ArticleView, StaleVersionView } from './article.view';
import { ArticlesService } from './articles.service';
import { ArticleListing } from './listing.service';
import { ArticleWorkflow } from './workflow.service';

const etag = (res: Response, a: ArticleView) => {
  res.setHeader('ETag', `"${a.version}"`);
  return a;
};

@ApiTags('articles')
@Controller('api/articles')
export class ArticlesController {
  constructor(
    private readonly articles: ArticlesService,
    private readonly listing: ArticleListing,
    private readonly workflow: ArticleWorkflow,
  ) {}

  @Get()
  @ApiOkResponse({ type: ArticlePageView })
  list(@CurrentUser() user: AuthUser, @Query() query: ListArticlesQuery): Promise<ArticlePageView> {
    return this.listing.list(user, query);
  }

  @Get('stats')
  @ApiOkResponse({ type: ArticleStatsView })
  stats(@CurrentUser() user: AuthUser): Promise<ArticleStatsView> {
    return this.listing.stats(user);
  }

  @Post()
  @ApiCreatedResponse({ type: ArticleView })
  async create(
    @CurrentUser() user: AuthUser,
    @CurrentActor() actor: Actor,
    @Body() dto: CreateArticleDto,
    @Res({ passthrough: true }) res: Response,
  ): Promise<ArticleView> {
    return etag(res, await this.articles.create(user, actor, dto));
  }

  @Get(':id')
  @ApiOkResponse({ type: ArticleView })
  async get(
    @CurrentUser() user: AuthUser,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Res({ passthrough: true }) res: Response,
  ): Promise<ArticleView> {
    return etag(res, await this.articles.get(user, id));
  }

  @Patch(':id')
  @ApiHeader({
    name: 'If-Match',
    required: false,
    description: 'The version being edited, e.g. "3"',
  })
  @ApiOkResponse({ type: ArticleView })
  @ApiConflictResponse({ type: StaleVersionView, description: 'Someone saved a newer version' })
  async update(
    @CurrentUser() user: AuthUser,
    @CurrentActor() actor: Actor,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() dto: UpdateArticleDto,
    @Headers('if-match') ifMatch: string | undefined,
    @Res({ passthrough: true }) res: Response,
  ): Promise<ArticleView> {
    return etag(res, await this.articles.update(user, actor, id, dto, ifMatch));
  }

  @Post(':id/transitions')
  @HttpCode(200)
  @ApiOkResponse({ type: ArticleView })
  async transition(
    @CurrentUser() user: AuthUser,
    @CurrentActor() actor: Actor,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() dto: TransitionDto,
    @Res({ passthrough: true }) res: Response,
  ): Promise<ArticleView> {
    return etag(res, await this.workflow.transition(user, actor, id, dto));
  }
}
