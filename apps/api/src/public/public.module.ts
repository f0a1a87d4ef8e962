import { MiddlewareConsumer, Module, NestModule } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { ArticlesModule } from '../articles/articles.module';
import { CommentsController } from '../comments/comments.controller';
import { CommentsService } from '../comments/comments.service';
import { PreviewController } from './preview.controller';
import { PublicApiController } from './public-api.controller';
import { PublicCache } from './public-cache';
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
  imports: [ArticlesModule],
  controllers: [PublicApiController, CommentsController, PreviewController, PublicSiteController],
  providers: [PublicRepository, PublicService, PublicCache, ViewCounter, CommentsService],
  exports: [ViewCounter],
})
export class PublicModule implements NestModule {
  constructor(private readonly cache: PublicCache) {}

  /**
   * After any write request this instance handled (publish, unpublish, correction, moderation…),
   * the next public read re-checks the cache generation at once (see PublicCache).
   */
  configure(consumer: MiddlewareConsumer): void {
    const cache = this.cache;
    consumer
      .apply((req: Request, res: Response, next: NextFunction) => {
        if (req.method !== 'GET' && req.method !== 'HEAD' && req.method !== 'OPTIONS') {
          res.on('finish', () => cache.recheck());
        }
        next();
      })
      .forRoutes('*');
  }
}
