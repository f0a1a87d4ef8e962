import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** Raised when an environment variable is missing or malformed; main.ts prints it and exits 1. */
export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    message: string,
  ) {
    super(`${variable}: ${message}`);
  }
}

export interface AppConfig {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | null;
  databasePoolSize: number;
  seedDemo: boolean;
  sessionSecret: string;
  sessionTtlHours: number;
  cookieSecure: boolean;
  trustProxy: boolean;
  adminEmail: string | null;
  adminPassword: string | null;
  publicUrl: string;
  siteName: string;
  logRequests: boolean;
  loginMaxFailuresPerAccount: number;
  loginMaxFailuresPerIp: number;
  loginWindowMinutes: number;
  schedulerIntervalSeconds: number;
  media: MediaConfig;
  views: { flushSeconds: number };
  comments: { maxPerIp: number; windowMinutes: number; maxLength: number };
}

export interface MediaConfig {
  maxBytes: number;
  maxPixels: number;
  concurrency: number;
  keepOriginal: boolean;
  storage: 'local' | 's3';
  s3: {
    endpoint: string | null;
    region: string;
    bucket: string;
    accessKeyId: string;
    secretAccessKey: string;
    forcePathStyle: boolean;
    /** Key prefix inside the bucket (S3_PREFIX), e.g. "toasoan/"; empty by default. */
    prefix?: string;
  } | null;
  /** Prefix of photo URLs (MEDIA_BASE_URL, e.g. a CDN origin); empty = same origin, `/media/…`. */
  baseUrl?: string;
}

type Env = Record<string, string | undefined>;

function str(env: Env, name: string): string | null {
  const v = env[name];
  return v === undefined || v.trim() === '' ? null : v.trim();
}

function int(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = str(env, name);
  if (raw === null) return fallback;
  if (!/^\d+$/.test(raw)) throw new ConfigError(name, `must be a whole number, got "${raw}"`);
  const n = Number(raw);
  if (n < min || n > max)
    throw new ConfigError(name, `must be between ${min} and ${max}, got ${n}`);
  return n;
}

function bool(env: Env, name: string, fallback: boolean): boolean {
  const raw = str(env, name);
  if (raw === null) return fallback;
  const v = raw.toLowerCase();
  if (['true', '1', 'yes', 'on'].includes(v)) return true;
  if (['false', '0', 'no', 'off'].includes(v)) return false;
  throw new ConfigError(name, `must be true or false, got "${raw}"`);
}

function url(env: Env, name: string, protocols: string[]): string | null {
  const raw = str(env, name);
  if (raw === null) return null;
  let parsed: URL;
  try {
    parsed = new URL(raw);
  } catch {
    throw new ConfigError(name, 'must be a URL');
  }
  if (!protocols.includes(parsed.protocol)) {
    throw new ConfigError(name, `must start with ${protocols.map((p) => p + '//').join(' or ')}`);
  }
  return raw;
}

/** The session secret signs session ids; kept under DATA_DIR so restarts keep sessions. */
function sessionSecret(env: Env, dataDir: string): string {
  const given = str(env, 'SESSION_SECRET');
  if (given !== null) {
    if (given.length < 32)
      throw new ConfigError('SESSION_SECRET', 'must be at least 32 characters');
    return given;
  }
  const file = join(dataDir, 'session-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(48).toString('base64url');
  writeFileSync(file, secret + '\n', { mode: 0o600 });
  return secret;
}

export function loadConfig(env: Env = process.env): AppConfig {
  const port = int(env, 'PORT', 3000, 0, 65535);
  const dataDir = resolve(str(env, 'DATA_DIR') ?? './data');
  const databaseUrl = url(env, 'DATABASE_URL', ['postgres:', 'postgresql:']);
  const adminEmail = str(env, 'ADMIN_EMAIL');
  const adminPassword = str(env, 'ADMIN_PASSWORD');
  if (adminEmail !== null && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(adminEmail)) {
    throw new ConfigError('ADMIN_EMAIL', 'must be an email address');
  }
  if ((adminEmail === null) !== (adminPassword === null)) {
    throw new ConfigError(
      adminEmail === null ? 'ADMIN_EMAIL' : 'ADMIN_PASSWORD',
      'ADMIN_EMAIL and ADMIN_PASSWORD go together',
    );
  }
  if (adminPassword !== null && adminPassword.length < 10) {
    throw new ConfigError('ADMIN_PASSWORD', 'must be at least 10 characters');
  }
  const publicUrl = url(env, 'PUBLIC_URL', ['http:', 'https:']) ?? `http://localhost:${port}`;
  const storage = (str(env, 'MEDIA_STORAGE') ?? 'local').toLowerCase();
  if (storage !== 'local' && storage !== 's3') {
    throw new ConfigError('MEDIA_STORAGE', `must be local or s3, got "${storage}"`);
  }
  let s3: MediaConfig['s3'] = null;
  if (storage === 's3') {
    const need = (name: string): string => {
      const v = str(env, name);
      if (v === null) throw new ConfigError(name, 'is required when MEDIA_STORAGE=s3');
      return v;
    };
    s3 = {
      endpoint: url(env, 'S3_ENDPOINT', ['http:', 'https:']),
      region: str(env, 'S3_REGION') ?? 'us-east-1',
      bucket: need('S3_BUCKET'),
      accessKeyId: need('S3_ACCESS_KEY_ID'),
      secretAccessKey: need('S3_SECRET_ACCESS_KEY'),
      forcePathStyle: bool(env, 'S3_FORCE_PATH_STYLE', true),
      prefix: (str(env, 'S3_PREFIX') ?? '').replace(/^\/+/, ''),
    };
  }
  return {
    port,
    host: str(env, 'HOST') ?? '0.0.0.0',
    dataDir,
    databaseUrl,
    databasePoolSize: int(env, 'DATABASE_POOL_SIZE', 10, 1, 200),
    seedDemo: bool(env, 'SEED_DEMO', true),
    sessionSecret: sessionSecret(env, dataDir),
    sessionTtlHours: int(env, 'SESSION_TTL_HOURS', 168, 1, 24 * 365),
    cookieSecure: bool(env, 'COOKIE_SECURE', publicUrl.startsWith('https:')),
    trustProxy: bool(env, 'TRUST_PROXY', false),
    adminEmail: adminEmail?.toLowerCase() ?? null,
    adminPassword,
    publicUrl: publicUrl.replace(/\/+$/, ''),
    siteName: str(env, 'SITE_NAME') ?? 'Tòa Soạn',
    logRequests: bool(env, 'LOG_REQUESTS', false),
    loginMaxFailuresPerAccount: int(env, 'LOGIN_MAX_FAILURES', 5, 1, 1000),
    loginMaxFailuresPerIp: int(env, 'LOGIN_MAX_FAILURES_PER_IP', 30, 1, 100000),
    loginWindowMinutes: int(env, 'LOGIN_WINDOW_MINUTES', 15, 1, 1440),
    schedulerIntervalSeconds: int(env, 'SCHEDULER_INTERVAL_SECONDS', 10, 1, 3600),
    media: {
      maxBytes: int(env, 'MEDIA_MAX_BYTES', 25 * 1024 * 1024, 1024, 1024 * 1024 * 1024),
      maxPixels: int(env, 'MEDIA_MAX_PIXELS', 100_000_000, 1000, 1_000_000_000),
      concurrency: int(env, 'MEDIA_CONCURRENCY', 2, 1, 64),
      keepOriginal: bool(env, 'MEDIA_KEEP_ORIGINAL', true),
      baseUrl: (url(env, 'MEDIA_BASE_URL', ['http:', 'https:']) ?? '').replace(/\/+$/, ''),
      storage,
      s3,
    },
    views: { flushSeconds: int(env, 'VIEW_FLUSH_SECONDS', 10, 1, 3600) },
    comments: {
      maxPerIp: int(env, 'COMMENT_MAX_PER_IP', 5, 1, 10000),
      windowMinutes: int(env, 'COMMENT_WINDOW_MINUTES', 10, 1, 1440),
      maxLength: int(env, 'COMMENT_MAX_LENGTH', 2000, 10, 100000),
    },
  };
}

export const APP_CONFIG = Symbol('APP_CONFIG');
