import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { MIGRATIONS } from '../../../../migrations';
import { APP_CONFIG, AppConfig } from '../config/config';
import { Database } from './database.service';

export const DATABASE_URL = Symbol('DATABASE_URL');

@Global()
@Module({
  imports: [
    TypeOrmModule.forRootAsync({
      inject: [APP_CONFIG, DATABASE_URL],
      useFactory: (config: AppConfig, url: string) => ({
        type: 'postgres' as const,
        url,
        // The embedded database has a single session (see embedded.ts).
        poolSize: config.databaseUrl ? config.databasePoolSize : 1,
        // The embedded connection is kept open: PGlite's single session outlives pool clients.
        extra: {
          application_name: 'toasoan',
          ...(config.databaseUrl ? {} : { idleTimeoutMillis: 0 }),
        },
        migrations: MIGRATIONS,
        migrationsRun: false,
        synchronize: false,
        logging: ['error'] as const,
      }),
    }),
  ],
  providers: [Database],
  exports: [Database],
})
export class DatabaseModule {}
