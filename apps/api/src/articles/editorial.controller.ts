import {
  Body,
  Controller,
  Delete,
  Get,
  Headers,
  HttpCode,
  Param,
  ParseIntPipe,
  ParseUUIDPipe,
  Post,
  Query,
} from '@nestjs/common';
import {
  ApiCreatedResponse,
  ApiHeader,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import { AuthUser, CurrentActor, CurrentUser } from '../auth/auth-user';
import type { Actor } from '../database/database.service';
import { CreateNoteDto, DiffQuery, RestoreRevisionDto } from './article.dto';
import {
  ArticleView,
  DiffView,
  HistoryEntryView,
  NoteView,
  PresenceView,
  RevisionSummaryView,
  RevisionView,
} from './article.view';
import { EditorialService } from './editorial.service';

const uuid = () => new ParseUUIDPipe();

@ApiTags('articles')
@Controller('api/articles/:id')
export class EditorialController {
  constructor(private readonly editorial: EditorialService) {}

  @Get('revisions')
  @ApiOkResponse({ type: [RevisionSummaryView] })
  revisions(@CurrentUser() user: AuthUser, @Param('id', uuid()) id: string) {
    return this.editorial.revisions(user, id);
  }

  @Get('revisions/:n')
  @ApiOkResponse({ type: RevisionView })
  revision(
    @CurrentUser() user: AuthUser,
    @Param('id', uuid()) id: string,
    @Param('n', ParseIntPipe) n: number,
  ) {
    return this.editorial.revision(user, id, n);
  }

  @Post('revisions/:n/restore')
  @HttpCode(200)
  @ApiHeader({ name: 'If-Match', required: false, description: 'The version being replaced' })
  @ApiOkResponse({ type: ArticleView })
  restore(
    @CurrentUser() user: AuthUser,
    @CurrentActor() actor: Actor,
    @Param('id', uuid()) id: string,
    @Param('n', ParseIntPipe) n: number,
    @Body() dto: RestoreRevisionDto,
    @Headers('if-match') ifMatch: string | undefined,
  ): Promise<ArticleView> {
    return this.editorial.restore(user, actor, id, n, dto.version, ifMatch);
  }

  @Get('diff')
  @ApiOkResponse({ type: DiffView })
  diff(
    @CurrentUser() user: AuthUser,
    @Param('id', uuid()) id: string,
    @Query() q: DiffQuery,
  ): Promise<DiffView> {
    return this.editorial.diff(user, id, q.from, q.to);
  }

  @Get('notes')
  @ApiOkResponse({ type: [NoteView] })
  notes(@CurrentUser() user: AuthUser, @Param('id', uuid()) id: string) {
    return this.editorial.notes(user, id);
  }

  @Post('notes')
  @ApiCreatedResponse({ type: NoteView })
  addNote(
    @CurrentUser() user: AuthUser,
    @CurrentActor() actor: Actor,
    @Param('id', uuid()) id: string,
    @Body() dto: CreateNoteDto,
  ): Promise<NoteView> {
    return this.editorial.addNote(user, actor, id, dto.body);
  }

  @Get(['presence', 'lock'])
  @ApiOkResponse({ type: PresenceView })
  presence(@CurrentUser() user: AuthUser, @Param('id', uuid()) id: string) {
    return this.editorial.presence(user, id);
  }

  @Post(['presence', 'lock'])
  @HttpCode(200)
  @ApiOkResponse({ type: PresenceView, description: 'Heartbeat: I have the article open' })
  heartbeat(
    @CurrentUser() user: AuthUser,
    @CurrentActor() actor: Actor,
    @Param('id', uuid()) id: string,
  ) {
    return this.editorial.heartbeat(user, actor, id);
  }

  @Delete(['presence', 'lock'])
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'I closed the article' })
  async leave(
    @CurrentUser() user: AuthUser,
    @CurrentActor() actor: Actor,
    @Param('id', uuid()) id: string,
  ): Promise<void> {
    await this.editorial.leave(user, actor, id);
  }

  @Get('history')
  @ApiOkResponse({ type: [HistoryEntryView] })
  history(@CurrentUser() user: AuthUser, @Param('id', uuid()) id: string) {
    return this.editorial.history(user, id);
  }
}
