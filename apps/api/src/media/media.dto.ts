import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsDateString,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateIf,
} from 'class-validator';

export class MediaUploaderView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() displayName: string;
  @ApiProperty({ type: String, nullable: true }) penName: string | null;
}

export class MediaVariantView {
  @ApiProperty() width: number;
  @ApiProperty() height: number;
  @ApiProperty({ enum: ['webp', 'jpg'] }) format: 'webp' | 'jpg';
  @ApiProperty() url: string;
  @ApiProperty() bytes: number;
}

export class MediaUsageView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() number: number;
  @ApiProperty() title: string;
  @ApiProperty() state: string;
}

export class MediaView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ description: 'The uploaded file name (display and search only)' })
  fileName: string;
  @ApiProperty({ description: 'Type of the original, from its bytes' }) mimeType: string;
  @ApiProperty({ description: 'Width after applying the EXIF orientation' }) width: number;
  @ApiProperty({ description: 'Height after applying the EXIF orientation' }) height: number;
  @ApiProperty({ description: 'Size of the original upload in bytes' }) bytes: number;
  @ApiProperty({ description: 'SHA-256 of the original upload (hex)' }) sha256: string;
  @ApiProperty({ description: 'Chú thích' }) caption: string;
  @ApiProperty() alt: string;
  @ApiProperty({ description: 'Photographer' }) credit: string;
  @ApiProperty() source: string;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) takenAt: string | null;
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'A tiny data: URL to show while loading',
  })
  placeholder: string | null;
  @ApiProperty({ type: MediaUploaderView }) uploader: MediaUploaderView;
  @ApiProperty() createdAt: string;
  @ApiProperty({ description: 'A mid-size JPEG variant' }) url: string;
  @ApiProperty({ type: [MediaVariantView] }) variants: MediaVariantView[];
  @ApiProperty({ description: 'Whether the private original is kept (admins can download it)' })
  hasOriginal: boolean;
  @ApiProperty({
    type: [MediaUsageView],
    required: false,
    description:
      'Articles that use the photo (only on GET /api/media/:id; only those you may read)',
  })
  usage?: MediaUsageView[];
  @ApiProperty({
    required: false,
    description: 'How many articles use the photo, counting those you may not read',
  })
  usageCount?: number;
}

export class MediaPage {
  @ApiProperty({ type: [MediaView] }) items: MediaView[];
  @ApiProperty({ type: String, nullable: true }) nextCursor: string | null;
}

export class MediaQuery {
  @ApiProperty({
    required: false,
    description: 'Search caption, credit and file name (no diacritics needed)',
  })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;
  @ApiProperty({ required: false, format: 'uuid' }) @IsOptional() @IsUUID() uploaderId?: string;
  @ApiProperty({ required: false, description: 'nextCursor of the previous page' })
  @IsOptional()
  @Matches(/^\d{1,19}$/, { message: 'cursor must be the nextCursor of a previous page' })
  cursor?: string;
  @ApiProperty({ required: false, minimum: 1, maximum: 100 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  limit?: number;
}

export class UpdateMediaDto {
  @ApiProperty({ required: false, maxLength: 2000 })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  caption?: string;
  @ApiProperty({ required: false, maxLength: 500 })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  alt?: string;
  @ApiProperty({ required: false, maxLength: 200 })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  credit?: string;
  @ApiProperty({ required: false, maxLength: 300 })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  source?: string;
  @ApiProperty({ required: false, nullable: true, type: String, format: 'date-time' })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsDateString({}, { message: 'takenAt must be an ISO 8601 date' })
  takenAt?: string | null;
}
