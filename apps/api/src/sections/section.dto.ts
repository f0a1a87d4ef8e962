import { ApiProperty } from '@nestjs/swagger';
import { IsBoolean, IsInt, IsOptional, IsString, Length, Matches, Max, Min } from 'class-validator';

export class SectionView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'Thời sự' }) name: string;
  @ApiProperty({ example: 'thoi-su' }) slug: string;
  @ApiProperty() description: string;
  @ApiProperty() position: number;
  @ApiProperty() active: boolean;
  @ApiProperty() createdAt: string;
  @ApiProperty() updatedAt: string;
}

export interface SectionRow {
  id: string;
  name: string;
  slug: string;
  description: string;
  position: number;
  active: boolean;
  created_at: Date;
  updated_at: Date;
}

export const SECTION_COLUMNS =
  'id, name, slug, description, position, active, created_at, updated_at';

export function toSectionView(r: SectionRow): SectionView {
  return {
    id: r.id,
    name: r.name,
    slug: r.slug,
    description: r.description,
    position: r.position,
    active: r.active,
    createdAt: r.created_at.toISOString(),
    updatedAt: r.updated_at.toISOString(),
  };
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const SLUG_MESSAGE = 'slug must be lower-case letters a-z, digits and single hyphens';

export class CreateSectionDto {
  @ApiProperty({ example: 'Thời sự' }) @IsString() @Length(1, 80) name: string;
  @ApiProperty({ required: false, description: 'Generated from the name when left out' })
  @IsOptional()
  @IsString()
  @Length(1, 80)
  @Matches(SLUG, { message: SLUG_MESSAGE })
  slug?: string;
  @ApiProperty({ required: false }) @IsOptional() @IsString() @Length(0, 500) description?: string;
  @ApiProperty({ required: false })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(10_000)
  position?: number;
  @ApiProperty({ required: false }) @IsOptional() @IsBoolean() active?: boolean;
}

export class UpdateSectionDto {
  @ApiProperty({ required: false }) @IsOptional() @IsString() @Length(1, 80) name?: string;
  @ApiProperty({ required: false })
  @IsOptional()
  @IsString()
  @Length(1, 80)
  @Matches(SLUG, { message: SLUG_MESSAGE })
  slug?: string;
  @ApiProperty({ required: false }) @IsOptional() @IsString() @Length(0, 500) description?: string;
  @ApiProperty({ required: false })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(10_000)
  position?: number;
  @ApiProperty({ required: false }) @IsOptional() @IsBoolean() active?: boolean;
}
