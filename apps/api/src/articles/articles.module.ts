import { Module } from '@nestjs/common';
import { SectionsModule } from '../sections/sections.module';
import { ArticlesController } from './articles.controller';
import { ArticlesService } from './articles.service';
import { DemoContent } from './demo-content';
import { EditorialController } from './editorial.controller';
import { EditorialService } from './editorial.service';
import { ArticleListing } from './listing.service';
import { Publisher } from './publisher';
import { ArticleScheduler } from './scheduler';
import { ArticleWorkflow } from './workflow.service';

@Module({
  imports: [SectionsModule],
  controllers: [ArticlesController, EditorialController],
  providers: [
    ArticlesService,
    DemoContent,
    EditorialService,
    ArticleListing,
    ArticleWorkflow,
    Publisher,
    ArticleScheduler,
  ],
  exports: [ArticlesService, ArticleWorkflow, DemoContent, Publisher, SectionsModule],
})
export class ArticlesModule {}
