import { Module } from '@nestjs/common';
import { CommentsController } from '../comments/comments.controller';
import { CommentsService } from '../comments/comments.service';
import { PreviewController } from './preview.controller';
import { PublicApiController } from './public-api.controller';
import { PublicRepository } from './public.repository';
import { PublicService } from './public.service';
import { PublicSiteController } from './site.controller';
import { ViewCounter } from './view-counter.service';

/**
 * The reader's side: the public JSON API, comments and corrections, and the server-rendered
 * site. Import this module LAST in AppModule: PublicSiteController answers `/` and `/:section…`
 * (it passes /api, /admin, /media and /health through, but later routes are simply safer).
 */
@Module({
  controllers: [PublicApiController, CommentsController, PreviewController, PublicSiteController],
  providers: [PublicRepository, PublicService, ViewCounter, CommentsService],
  exports: [ViewCounter],
})
export class PublicModule {}
