import { ApiProperty } from '@nestjs/swagger';
import {
  IsBoolean,
  IsEmail,
  IsIn,
  IsOptional,
  IsString,
  Length,
  MaxLength,
  ValidateIf,
} from 'class-validator';
import { ROLES } from '@toasoan/workflow';
import type { Role } from '@toasoan/workflow';

export class UserView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() email: string;
  @ApiProperty() displayName: string;
  @ApiProperty({ type: String, nullable: true }) penName: string | null;
  @ApiProperty({ enum: ROLES }) role: Role;
  @ApiProperty() active: boolean;
  @ApiProperty() createdAt: string;
  @ApiProperty() updatedAt: string;
}

export interface UserRow {
  id: string;
  email: string;
  display_name: string;
  pen_name: string | null;
  role: Role;
  active: boolean;
  created_at: Date;
  updated_at: Date;
}

export function toUserView(r: UserRow): UserView {
  return {
    id: r.id,
    email: r.email,
    displayName: r.display_name,
    penName: r.pen_name,
    role: r.role,
    active: r.active,
    createdAt: r.created_at.toISOString(),
    updatedAt: r.updated_at.toISOString(),
  };
}

export const USER_COLUMNS =
  'id, email, display_name, pen_name, role, active, created_at, updated_at';

export class CreateUserDto {
  @ApiProperty()
  @IsEmail({}, { message: 'email must be an email address' })
  @MaxLength(320)
  email: string;
  @ApiProperty({ minLength: 10 }) @IsString() @Length(10, 1024) password: string;
  @ApiProperty() @IsString() @Length(1, 120) displayName: string;
  @ApiProperty({ required: false, nullable: true, type: String })
  @IsOptional()
  @IsString()
  @MaxLength(120)
  penName?: string | null;
  @ApiProperty({ enum: ROLES })
  @IsIn(ROLES, { message: `role must be one of: ${ROLES.join(', ')}` })
  role: Role;
}

export class UpdateUserDto {
  @ApiProperty({ enum: ROLES, required: false })
  @IsOptional()
  @IsIn(ROLES, { message: `role must be one of: ${ROLES.join(', ')}` })
  role?: Role;
  @ApiProperty({ required: false }) @IsOptional() @IsBoolean() active?: boolean;
  @ApiProperty({ required: false }) @IsOptional() @IsString() @Length(1, 120) displayName?: string;
  @ApiProperty({ required: false, nullable: true, type: String })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsString()
  @MaxLength(120)
  penName?: string | null;
  @ApiProperty({ required: false, minLength: 10 })
  @IsOptional()
  @IsString()
  @Length(10, 1024)
  password?: string;
}
