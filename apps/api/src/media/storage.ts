import {
  DeleteObjectCommand,
  GetObjectCommand,
  NoSuchKey,
  PutObjectCommand,
  S3Client,
} from '@aws-sdk/client-s3';
import { createReadStream, promises as fs } from 'node:fs';
import { dirname, join, resolve, sep } from 'node:path';
import { Readable } from 'node:stream';
import type { MediaConfig } from '../config/config';

/** An object read back from storage. */
export interface StoredObject {
  body: Readable;
  size: number | null;
}

/**
 * Where photo files live. Keys are relative paths built by the media module only
 * (`public/<id>/<width>.<ext>`, `private/<id>/original.<ext>`), never from user input.
 */
export interface MediaStorage {
  readonly kind: 'local' | 's3';
  /** Writes an object from a buffer or from a local file path. */
  put(key: string, body: Buffer | { file: string }, contentType: string): Promise<void>;
  /** Reads an object, or null when there is none. */
  get(key: string): Promise<StoredObject | null>;
  /** Deletes objects; missing ones are not an error. */
  delete(keys: readonly string[]): Promise<void>;
}

export const MEDIA_STORAGE = Symbol('MEDIA_STORAGE');

const KEY = /^(public|private)\/[0-9a-f-]{36}\/[a-z0-9]+\.(webp|jpg|png|gif|avif)$/;

export function assertKey(key: string): void {
  if (!KEY.test(key)) throw new Error(`invalid storage key: ${key}`);
}

/** Local disk under DATA_DIR/media (the default). */
export class LocalStorage implements MediaStorage {
  readonly kind = 'local' as const;
  readonly root: string;

  constructor(root: string) {
    this.root = resolve(root);
  }

  private path(key: string): string {
    assertKey(key);
    const p = resolve(this.root, key);
    if (!p.startsWith(this.root + sep)) throw new Error(`invalid storage key: ${key}`);
    return p;
  }

  async put(key: string, body: Buffer | { file: string }): Promise<void> {
    const target = this.path(key);
    await fs.mkdir(dirname(target), { recursive: true });
    const tmp = `${target}.${process.pid}.${Date.now()}.part`;
    try {
      if (Buffer.isBuffer(body)) await fs.writeFile(tmp, body, { mode: 0o640 });
      else await fs.copyFile(body.file, tmp);
      await fs.rename(tmp, target);
    } catch (e) {
      await fs.rm(tmp, { force: true });
      throw e;
    }
  }

  async get(key: string): Promise<StoredObject | null> {
    const p = this.path(key);
    try {
      const stat = await fs.stat(p);
      if (!stat.isFile()) return null;
      return { body: createReadStream(p), size: stat.size };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw e;
    }
  }

  async delete(keys: readonly string[]): Promise<void> {
    const dirs = new Set<string>();
    for (const key of keys) {
      const p = this.path(key);
      await fs.rm(p, { force: true });
      dirs.add(dirname(p));
    }
    // Remove the per-photo folders left empty (ignore "not empty").
    for (const d of dirs) await fs.rmdir(d).catch(() => undefined);
  }
}

/** Any S3-compatible object store (AWS, MinIO, Garage, R2…). */
export class S3Storage implements MediaStorage {
  readonly kind = 's3' as const;
  readonly client: S3Client;

  constructor(
    private readonly settings: NonNullable<MediaConfig['s3']>,
    private readonly prefix = '',
  ) {
    this.client = new S3Client({
      region: settings.region,
      endpoint: settings.endpoint ?? undefined,
      forcePathStyle: settings.forcePathStyle,
      credentials: {
        accessKeyId: settings.accessKeyId,
        secretAccessKey: settings.secretAccessKey,
      },
      // Plain PutObject with Content-Length: works with every S3-compatible server.
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
    });
  }

  private key(key: string): string {
    assertKey(key);
    return this.prefix + key;
  }

  async put(key: string, body: Buffer | { file: string }, contentType: string): Promise<void> {
    const data = Buffer.isBuffer(body) ? body : await fs.readFile(body.file);
    await this.client.send(
      new PutObjectCommand({
        Bucket: this.settings.bucket,
        Key: this.key(key),
        Body: data,
        ContentLength: data.length,
        ContentType: contentType,
        CacheControl: key.startsWith('public/')
          ? 'public, max-age=31536000, immutable'
          : 'private, no-store',
      }),
    );
  }

  async get(key: string): Promise<StoredObject | null> {
    try {
      const res = await this.client.send(
        new GetObjectCommand({ Bucket: this.settings.bucket, Key: this.key(key) }),
      );
      if (!res.Body) return null;
      return { body: res.Body as Readable, size: res.ContentLength ?? null };
    } catch (e) {
      if (e instanceof NoSuchKey || (e as { name?: string }).name === 'NoSuchKey') return null;
      if ((e as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode === 404)
        return null;
      throw e;
    }
  }

  async delete(keys: readonly string[]): Promise<void> {
    // One DeleteObject per key (a photo has about a dozen): DeleteObjects needs a body checksum
    // that not every S3-compatible server accepts.
    await Promise.all(
      keys.map((k) =>
        this.client.send(
          new DeleteObjectCommand({ Bucket: this.settings.bucket, Key: this.key(k) }),
        ),
      ),
    );
  }
}

export function createStorage(config: MediaConfig, dataDir: string): MediaStorage {
  if (config.storage === 's3' && config.s3) return new S3Storage(config.s3, config.s3.prefix);
  return new LocalStorage(join(dataDir, 'media'));
}
