import { DynamicModule, Module } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { ArticlesModule } from './articles/articles.module';
import { AuditController } from './audit/audit.controller';
import { AuthModule } from './auth/auth.module';
import { AppConfig } from './config/config';
import { ConfigModule } from './config/config.module';
import { DatabaseModule } from './database/database.module';
import { HealthController } from './health/health.controller';
import { MediaModule } from './media/media.module';
import { PublicModule } from './public/public.module';
import { MaintenanceService } from './maintenance/maintenance.service';
import { SeedService } from './seed/seed.service';
import { TokensController } from './tokens/tokens.controller';
import { UsersController } from './users/users.controller';
import { UsersService } from './users/users.service';

@Module({})
export class AppModule {
  static forRoot(config: AppConfig, databaseUrl: string): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config, databaseUrl),
        DatabaseModule,
        TerminusModule,
        AuthModule,
        ArticlesModule,
        MediaModule,
        PublicModule,
      ],
      controllers: [UsersController, TokensController, AuditController, HealthController],
      providers: [UsersService, SeedService, MaintenanceService],
    };
  }
}
