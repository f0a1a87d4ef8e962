import 'reflect-metadata';
import { INestApplication, Logger, LogLevel, ValidationPipe } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import cookieParser from 'cookie-parser';
import type { NextFunction, Request, Response } from 'express';
import express from 'express';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { DataSource } from 'typeorm';
import { AppModule } from './app.module';
import { AuthService } from './auth/auth.service';
import { AUTH_SERVICE_LOCAL } from './auth/strategies';
import { ErrorFilter, validationException } from './common/errors';
import { AppConfig } from './config/config';
import { EmbeddedDatabase, startEmbeddedDatabase } from './database/embedded';
import { migrate } from './database/migrate';
import { SeedResult, SeedService } from './seed/seed.service';

export interface RunningApp {
  app: NestExpressApplication;
  url: string;
  seed: SeedResult | null;
  close(): Promise<void>;
}

/** The repository root (where package.json is), from source or from dist/. */
export function projectRoot(): string {
  let dir = __dirname;
  while (!existsSync(join(dir, 'package.json')) && dirname(dir) !== dir) dir = dirname(dir);
  return dir;
}

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

function hasForbiddenKey(value: unknown, depth = 0): boolean {
  if (depth > 64 || typeof value !== 'object' || value === null) return false;
  for (const key of Object.keys(value)) {
    if (FORBIDDEN_KEYS.has(key)) return true;
    if (hasForbiddenKey((value as Record<string, unknown>)[key], depth + 1)) return true;
  }
  return false;
}

export function buildOpenApi(app: INestApplication) {
  const doc = new DocumentBuilder()
    .setTitle('Tòa Soạn API')
    .setDescription(
      'Newsroom API. Browser sessions use the cookie from POST /api/auth/login and send X-CSRF-Token on writes; ' +
        'scripts send a personal token as Authorization: Bearer tsn_…',
    )
    .setVersion('1')
    .addBearerAuth()
    .build();
  return SwaggerModule.createDocument(app, doc);
}

/** Starts the whole product: database (embedded unless DATABASE_URL), migrations, seed, HTTP. */
export async function createApp(
  config: AppConfig,
  options: { logger?: LogLevel[] | false; listen?: boolean } = {},
): Promise<RunningApp> {
  let embedded: EmbeddedDatabase | null = null;
  const databaseUrl =
    config.databaseUrl ?? (embedded = await startEmbeddedDatabase(config.dataDir)).url;
  let app: NestExpressApplication;
  try {
    app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config, databaseUrl), {
      logger: options.logger ?? ['error', 'warn', 'log'],
      bodyParser: false,
    });
  } catch (e) {
    await embedded?.stop();
    throw e;
  }
  app.set('trust proxy', config.trustProxy);
  app.getHttpAdapter().getInstance().locals[AUTH_SERVICE_LOCAL] = app.get(AuthService);
  app.disable('x-powered-by');
  if (config.logRequests) {
    const log = new Logger('HTTP');
    app.use((req: Request, res: Response, next: NextFunction) => {
      const started = process.hrtime.bigint();
      res.on('finish', () => {
        const ms = Number(process.hrtime.bigint() - started) / 1e6;
        log.log(`${req.method} ${req.originalUrl} ${res.statusCode} ${ms.toFixed(1)} ms`);
      });
      next();
    });
  }
  app.use(cookieParser());
  app.use(express.json({ limit: '4mb' }));
  app.use(express.urlencoded({ extended: false, limit: '256kb' }));
  app.use((req: Request, res: Response, next: NextFunction) => {
    if (hasForbiddenKey(req.body)) {
      res
        .status(400)
        .json({ statusCode: 400, error: 'Bad Request', message: 'body contains a forbidden key' });
      return;
    }
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Referrer-Policy', 'strict-origin-when-cross-origin');
    next();
  });
  app.useGlobalPipes(
    new ValidationPipe({
      whitelist: true,
      forbidNonWhitelisted: true,
      forbidUnknownValues: true,
      transform: true,
      exceptionFactory: validationException,
    }),
  );
  app.useGlobalFilters(new ErrorFilter());
  SwaggerModule.setup('api/docs', app, () => buildOpenApi(app), {
    jsonDocumentUrl: 'api/docs/openapi.json',
  });
  serveAdmin(app);
  app.enableShutdownHooks();

  const close = async () => {
    await app.close();
    await embedded?.stop();
  };
  try {
    await app.init();
    const applied = await migrate(app.get(DataSource), embedded === null);
    if (applied.length) new Logger('Database').log(`Applied migrations: ${applied.join(', ')}`);
    const seed = await app.get(SeedService).seedIfEmpty();
    let url = '';
    if (options.listen !== false) {
      await app.listen(config.port, config.host);
      const addr = app.getHttpServer().address();
      const port = typeof addr === 'object' && addr ? addr.port : config.port;
      url = `http://localhost:${port}`;
    }
    return { app, url, seed, close };
  } catch (e) {
    await close().catch(() => undefined);
    throw e;
  }
}

/** The admin panel: static files built by Vite, with the SPA fallback for its routes. */
function serveAdmin(app: NestExpressApplication): void {
  const dir = join(projectRoot(), 'dist', 'admin');
  const index = join(dir, 'index.html');
  const assets = express.static(dir, {
    index: false,
    setHeaders(res, path) {
      res.setHeader(
        'Cache-Control',
        path.includes(`${join(dir, 'assets')}`)
          ? 'public, max-age=31536000, immutable'
          : 'no-cache',
      );
    },
  });
  app.use('/admin', (req: Request, res: Response, next: NextFunction) => {
    res.setHeader('X-Frame-Options', 'DENY');
    res.setHeader(
      'Content-Security-Policy',
      "default-src 'self'; img-src 'self' data: blob: https:; style-src 'self' 'unsafe-inline'; script-src 'self'; connect-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'",
    );
    assets(req, res, () => {
      if (req.method !== 'GET' && req.method !== 'HEAD') return next();
      if (!existsSync(index)) {
        res
          .status(503)
          .type('text/plain')
          .send('The admin panel is not built. Run: npm run build:admin');
        return;
      }
      res.setHeader('Cache-Control', 'no-cache');
      res.sendFile(index);
    });
  });
}
