import { Body, Controller, Get, Param, ParseUUIDPipe, Patch, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentActor, RequirePermission } from '../auth/auth-user';
import type { Actor } from '../database/database.service';
import { CreateSectionDto, SectionView, UpdateSectionDto } from './section.dto';
import { SectionsService } from './sections.service';

@ApiTags('sections')
@Controller('api/sections')
export class SectionsController {
  constructor(private readonly sections: SectionsService) {}

  @Get()
  @ApiOkResponse({ type: [SectionView] })
  list(): Promise<SectionView[]> {
    return this.sections.list();
  }

  @Post()
  @RequirePermission('sections.manage')
  @ApiCreatedResponse({ type: SectionView })
  create(@Body() dto: CreateSectionDto, @CurrentActor() actor: Actor): Promise<SectionView> {
    return this.sections.create(dto, actor);
  }

  @Patch(':id')
  @RequirePermission('sections.manage')
  @ApiOkResponse({ type: SectionView })
  update(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() dto: UpdateSectionDto,
    @CurrentActor() actor: Actor,
  ): Promise<SectionView> {
    return this.sections.update(id, dto, actor);
  }
}
