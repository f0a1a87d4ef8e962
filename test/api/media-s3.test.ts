import { ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3';
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
// eslint-disable-next-line @typescript-eslint/no-require-imports -- s3rver is CommonJS without types
const S3rver = require('s3rver') as new (options: Record<string, unknown>) => {
  run(): Promise<AddressInfo>;
  close(): Promise<void>;
};
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, TestApp } from '../support/app';

/** The S3 driver against a real S3-compatible server (s3rver) started here. */
let t: TestApp;
let server: InstanceType<typeof S3rver>;
let s3: S3Client;
let s3dir: string;
const BUCKET = 'toasoan-media';

beforeAll(async () => {
  s3dir = mkdtempSync(join(tmpdir(), 'toasoan-s3-'));
  server = new S3rver({
    port: 0,
    address: '127.0.0.1',
    silent: true,
    directory: s3dir,
    configureBuckets: [{ name: BUCKET, configs: [] }],
  });
  const { port } = await server.run();
  const endpoint = `http://127.0.0.1:${port}`;
  t = await startTestApp({
    MEDIA_STORAGE: 's3',
    S3_ENDPOINT: endpoint,
    S3_BUCKET: BUCKET,
    S3_REGION: 'us-east-1',
    S3_ACCESS_KEY_ID: 'S3RVER',
    S3_SECRET_ACCESS_KEY: 'S3RVER',
    S3_PREFIX: 'newsroom/',
    MEDIA_KEEP_ORIGINAL: 'true',
  });
  s3 = new S3Client({
    endpoint,
    region: 'us-east-1',
    forcePathStyle: true,
    credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
  });
});
afterAll(async () => {
  await t?.close();
  await server?.close();
  rmSync(s3dir, { recursive: true, force: true });
});

async function keys(): Promise<string[]> {
  const res = await s3.send(new ListObjectsV2Command({ Bucket: BUCKET }));
  return (res.Contents ?? []).map((o) => o.Key!).sort();
}

describe('S3 storage (s3rver)', () => {
  it('stores variants and the original in the bucket, serves them, deletes them', async () => {
    const jpeg = await sharp({
      create: { width: 900, height: 600, channels: 3, background: '#468' },
    })
      .jpeg()
      .withExif({ IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '21/1 23/1 0/1' } })
      .toBuffer();
    const reporter = await t.user('reporter');
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(jpeg)], { type: 'image/jpeg' }), 's3.jpg');
    const res = await reporter.post('/api/media', form);
    expect(res.status, res.text).toBe(201);
    const id: string = res.body.id;
    const stored = await keys();
    expect(stored).toContain(`newsroom/private/${id}/original.jpg`);
    expect(stored).toContain(`newsroom/public/${id}/640.webp`);
    expect(stored).toContain(`newsroom/public/${id}/900.jpg`);
    expect(stored).toHaveLength(res.body.variants.length + 1);

    const file = await fetch(t.url + res.body.url);
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toBe('image/jpeg');
    expect(file.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const meta = await sharp(Buffer.from(await file.arrayBuffer())).metadata();
    expect(meta.exif).toBeUndefined();

    const original = await t.admin.get(`/api/media/${id}/original`);
    expect(original.status).toBe(200);
    expect(original.headers.get('content-length')).toBe(String(jpeg.length));

    expect((await reporter.delete(`/api/media/${id}`)).status).toBe(204);
    expect(await keys()).toEqual([]);
    expect((await fetch(t.url + res.body.url)).status).toBe(404);
  });
});
