import { ApiProperty } from '@nestjs/swagger';
import { IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import { Type } from 'class-transformer';

export class PublicListQuery {
  @ApiProperty({ required: false, description: 'Section slug', example: 'thoi-su' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  section?: string;

  @ApiProperty({
    required: false,
    description: 'Tag (as written, or its slug)',
    example: 'Điện Biên',
  })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  tag?: string;

  @ApiProperty({
    required: false,
    description: 'Search words; diacritics optional',
    example: 'dan van kheo',
  })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;

  @ApiProperty({ required: false, description: 'nextCursor of the previous page' })
  @IsOptional()
  @IsString()
  @Matches(/^[A-Za-z0-9_-]{1,200}$/, { message: 'cursor is not valid' })
  cursor?: string;

  @ApiProperty({ required: false, minimum: 1, maximum: 50, default: 20 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(50)
  limit?: number;
}

export class PublicSection {
  @ApiProperty({ example: 'Thời sự' }) name: string;
  @ApiProperty({ example: 'thoi-su' }) slug: string;
  @ApiProperty({ example: 'https://bao.example/thoi-su' }) url: string;
}

export class PublicImage {
  @ApiProperty() src: string;
  @ApiProperty({ description: 'WebP variants: `url 320w, …`' }) srcset: string;
  @ApiProperty({ description: 'JPEG variants' }) jpegSrcset: string;
  @ApiProperty() width: number;
  @ApiProperty() height: number;
  @ApiProperty() alt: string;
  @ApiProperty() caption: string;
  @ApiProperty() credit: string;
}

export class PublicArticleSummary {
  @ApiProperty({ description: 'The public article number (in its URL)', example: 1234 })
  number: number;
  @ApiProperty({ example: 'dan-van-kheo-o-vung-cao' }) slug: string;
  @ApiProperty({ example: 'https://bao.example/thoi-su/dan-van-kheo-o-vung-cao-1234.html' })
  url: string;
  @ApiProperty() title: string;
  @ApiProperty({ description: 'Sapo' }) lead: string;
  @ApiProperty({ example: 'ĐBP' }) dateline: string;
  @ApiProperty({ type: PublicSection, nullable: true }) section: PublicSection | null;
  @ApiProperty({ type: [String] }) tags: string[];
  @ApiProperty({
    description: 'The byline as printed; no user ids or emails',
    example: 'Bài, ảnh: Sầm Phúc',
  })
  byline: string;
  @ApiProperty({ format: 'date-time' }) publishedAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
  @ApiProperty({ example: 6548 }) viewCount: number;
  @ApiProperty({ type: PublicImage, nullable: true }) image: PublicImage | null;
}

export class PublicCorrection {
  @ApiProperty() text: string;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

export class PublicComment {
  @ApiProperty() name: string;
  @ApiProperty({ description: 'Plain text' }) body: string;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

export class PublicArticle extends PublicArticleSummary {
  @ApiProperty({ description: 'Rendered body (server-sanitised HTML, figures included)' })
  bodyHtml: string;
  @ApiProperty() seoTitle: string;
  @ApiProperty() seoDescription: string;
  @ApiProperty() wordCount: number;
  @ApiProperty() readingMinutes: number;
  @ApiProperty({ format: 'date-time' }) firstPublishedAt: string;
  @ApiProperty({ type: [PublicCorrection] }) corrections: PublicCorrection[];
  @ApiProperty({ type: [PublicComment], description: 'Approved comments only' })
  comments: PublicComment[];
}

export class PublicArticleList {
  @ApiProperty({ type: [PublicArticleSummary] }) items: PublicArticleSummary[];
  @ApiProperty({ type: String, nullable: true }) nextCursor: string | null;
}
