import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Length, Matches } from 'class-validator';

export class CreateCommentDto {
  @ApiProperty({ example: 'Nguyễn Văn A', maxLength: 100 })
  @IsString()
  @Length(1, 100)
  name: string;

  @ApiProperty({ description: 'Plain text; HTML is shown as text', example: 'Bài viết hay.' })
  @IsString()
  @Length(1, 100_000)
  body: string;
}

export class CommentListQuery {
  @ApiProperty({ required: false, enum: ['pending', 'approved', 'rejected'], default: 'pending' })
  @IsOptional()
  @IsIn(['pending', 'approved', 'rejected'])
  status?: 'pending' | 'approved' | 'rejected';

  @ApiProperty({ required: false })
  @IsOptional()
  @IsString()
  @Matches(/^[A-Za-z0-9_-]{1,200}$/, { message: 'cursor is not valid' })
  cursor?: string;
}

export class CommentCreated {
  @ApiProperty({ enum: ['pending'] }) status: 'pending';
  @ApiProperty({ example: 'Bình luận sẽ hiển thị sau khi được duyệt.' }) message: string;
}

export class ModerationComment {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) articleId: string;
  @ApiProperty() articleNumber: number;
  @ApiProperty() articleTitle: string;
  @ApiProperty({ type: String, nullable: true, description: 'Public URL while published' })
  articleUrl: string | null;
  @ApiProperty() name: string;
  @ApiProperty() body: string;
  @ApiProperty({ enum: ['pending', 'approved', 'rejected'] }) status: string;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) moderatedAt: string | null;
}

export class ModerationList {
  @ApiProperty({ type: [ModerationComment] }) items: ModerationComment[];
  @ApiProperty({ type: String, nullable: true }) nextCursor: string | null;
}

export class CreateCorrectionDto {
  @ApiProperty({ example: 'Bài viết đã sửa tên xã Mường Phăng.', maxLength: 2000 })
  @IsString()
  @Length(1, 2000)
  text: string;
}

export class CorrectionView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) articleId: string;
  @ApiProperty() text: string;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}
