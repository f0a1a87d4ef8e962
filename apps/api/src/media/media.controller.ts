import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  HttpException,
  Param,
  ParseUUIDPipe,
  Patch,
  Post,
  Query,
  Req,
  Res,
} from '@nestjs/common';
import {
  ApiBody,
  ApiConsumes,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { AuthUser, CurrentActor, CurrentUser, RequirePermission } from '../auth/auth-user';
import type { Actor } from '../database/database.service';
import { MediaPage, MediaQuery, MediaView, UpdateMediaDto } from './media.dto';
import { MediaService } from './media.service';
import { MediaRefusal } from './pipeline';

const uuid = () => new ParseUUIDPipe({ version: undefined });

/** A refusal leaves as the usual JSON error with its status (413, 415, 422, 400). */
function refusal(e: MediaRefusal): HttpException {
  return new HttpException(e.message, e.status);
}

@ApiTags('media')
@Controller('api/media')
export class MediaController {
  constructor(private readonly media: MediaService) {}

  @Post()
  @RequirePermission('media.upload')
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: {
      type: 'object',
      required: ['file'],
      properties: { file: { type: 'string', format: 'binary' } },
    },
  })
  @ApiCreatedResponse({ type: MediaView, description: 'A new photo' })
  @ApiOkResponse({ type: MediaView, description: 'The same bytes were uploaded before' })
  async upload(
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
    @CurrentUser() user: AuthUser,
    @CurrentActor() actor: Actor,
  ): Promise<MediaView> {
    try {
      const { view, created } = await this.media.upload(req, user, actor);
      res.status(created ? 201 : 200);
      return view;
    } catch (e) {
      if (e instanceof MediaRefusal) {
        if (e.status === 413 && !req.complete) res.setHeader('Connection', 'close');
        throw refusal(e);
      }
      throw e;
    }
  }

  @Get()
  @ApiOkResponse({ type: MediaPage })
  list(@Query() query: MediaQuery): Promise<MediaPage> {
    return this.media.list(query);
  }

  @Get(':id')
  @ApiOkResponse({ type: MediaView })
  get(@Param('id', uuid()) id: string, @CurrentUser() user: AuthUser): Promise<MediaView> {
    return this.media.get(id, user);
  }

  @Get(':id/original')
  @RequirePermission('media.downloadOriginal')
  @ApiProduces('image/jpeg', 'image/png', 'image/gif', 'image/webp', 'image/avif')
  async original(@Param('id', uuid()) id: string, @Res() res: Response): Promise<void> {
    const file = await this.media.original(id);
    res.setHeader('Content-Type', file.mimeType);
    if (file.size !== null) res.setHeader('Content-Length', String(file.size));
    res.setHeader('Cache-Control', 'private, no-store');
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Content-Security-Policy', "default-src 'none'; sandbox");
    const ascii = file.fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
    res.setHeader(
      'Content-Disposition',
      `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
    );
    file.body.on('error', () => res.destroy());
    file.body.pipe(res);
  }

  @Patch(':id')
  @RequirePermission('media.upload')
  @ApiOkResponse({ type: MediaView })
  update(
    @Param('id', uuid()) id: string,
    @Body() dto: UpdateMediaDto,
    @CurrentUser() user: AuthUser,
    @CurrentActor() actor: Actor,
  ): Promise<MediaView> {
    return this.media.update(id, dto, user, actor);
  }

  @Delete(':id')
  @HttpCode(204)
  @RequirePermission('media.upload')
  @ApiNoContentResponse()
  async remove(
    @Param('id', uuid()) id: string,
    @CurrentUser() user: AuthUser,
    @CurrentActor() actor: Actor,
  ): Promise<void> {
    await this.media.remove(id, user, actor);
  }
}
