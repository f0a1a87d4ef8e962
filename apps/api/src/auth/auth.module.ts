import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { PassportModule } from '@nestjs/passport';
import { AuthController } from './auth.controller';
import { AppAuthGuard } from './auth.guard';
import { AuthService } from './auth.service';
import { LoginStrategy, SessionOrTokenStrategy } from './strategies';

@Module({
  imports: [PassportModule],
  controllers: [AuthController],
  providers: [
    AuthService,
    LoginStrategy,
    SessionOrTokenStrategy,
    { provide: APP_GUARD, useClass: AppAuthGuard },
  ],
  exports: [AuthService],
})
export class AuthModule {}
