import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { crc32, deflateSync } from 'node:zlib';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MEDIA_RESOLVER } from '../../apps/api/src/media/media-resolver';
import { startTestApp, TestApp } from '../support/app';
import type { Client } from '../support/client';

const MAX_BYTES = 2 * 1024 * 1024;

let t: TestApp;
let reporter: Client;
let other: Client;
let editor: Client;
beforeAll(async () => {
  t = await startTestApp({ MEDIA_MAX_BYTES: String(MAX_BYTES), MEDIA_KEEP_ORIGINAL: 'true' });
  reporter = await t.user('reporter', { displayName: 'Sầm Phúc' });
  other = await t.user('reporter');
  editor = await t.user('editor');
});
afterAll(() => t?.close());

/** Every file under DATA_DIR except the embedded database's own. */
function files(dir = t.dataDir): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (dir === t.dataDir && name === 'pg') continue;
    if (statSync(p).isDirectory()) out.push(...files(p));
    else out.push(p);
  }
  return out;
}
const rows = async () => (await t.db.one<{ n: number }>('SELECT count(*)::int AS n FROM media'))!.n;

function form(data: Buffer | string, name = 'photo.jpg', type = 'image/jpeg', field = 'file') {
  const f = new FormData();
  f.append(field, new Blob([new Uint8Array(Buffer.from(data))], { type }), name);
  return f;
}

let seed = 0;
/** A photo with EXIF: camera, author, serial number and GPS, and an orientation. */
async function photo(width: number, height: number, orientation = 1): Promise<Buffer> {
  seed++;
  return sharp({
    create: {
      width,
      height,
      channels: 3,
      background: { r: (seed * 37) % 256, g: (seed * 91) % 256, b: 120 },
    },
  })
    .composite([
      {
        input: {
          create: {
            width: Math.min(64, width),
            height: Math.min(48, height),
            channels: 3,
            background: '#102030',
          },
        },
        top: 0,
        left: 0,
      },
    ])
    .jpeg({ quality: 90 })
    .withMetadata({ orientation })
    .withExif({
      IFD0: { Make: 'Canon', Model: 'EOS R6', Artist: 'Nguon Bi Mat', Copyright: 'Nguon Bi Mat' },
      IFD2: { BodySerialNumber: 'SN-998877' },
      IFD3: {
        GPSLatitudeRef: 'N',
        GPSLatitude: '21/1 23/1 0/1',
        GPSLongitudeRef: 'E',
        GPSLongitude: '103/1 1/1 0/1',
      },
    })
    .toBuffer();
}

/** A PNG whose header claims width × height, with almost no data (a decompression bomb). */
function pngHeader(width: number, height: number): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([len, body, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 2; // RGB
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(Buffer.alloc(width * 3 + 1))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

describe('POST /api/media: the pipeline', () => {
  let uploaded: Buffer;
  let first: { id: string; variants: { url: string; width: number; format: string }[] };

  it('applies the orientation, strips every metadata field and makes the variants', async () => {
    uploaded = await photo(2000, 1500, 6);
    const before = await t.db.one<{ n: number }>(
      `SELECT count(*)::int AS n FROM audit_events WHERE action = 'media.upload'`,
    );
    const res = await reporter.post('/api/media', form(uploaded, 'Dân vận khéo.jpg'));
    expect(res.status, res.text).toBe(201);
    first = res.body;
    expect(res.body).toMatchObject({
      fileName: 'Dân vận khéo.jpg',
      mimeType: 'image/jpeg',
      width: 1500,
      height: 2000,
      bytes: uploaded.length,
      caption: '',
      uploader: { id: reporter.user!.id, displayName: 'Sầm Phúc' },
    });
    expect(res.body.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(res.body.placeholder).toMatch(/^data:image\/webp;base64,/);
    const widths = [...new Set(res.body.variants.map((v: { width: number }) => v.width))];
    expect(widths).toEqual([320, 640, 1024, 1500]); // never upscaled beyond 1500
    expect(res.body.variants).toHaveLength(8);
    for (const v of res.body.variants) {
      const file = await fetch(t.url + v.url);
      expect(file.status).toBe(200);
      expect(file.headers.get('content-type')).toBe(
        v.format === 'webp' ? 'image/webp' : 'image/jpeg',
      );
      expect(file.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
      expect(file.headers.get('x-content-type-options')).toBe('nosniff');
      const body = Buffer.from(await file.arrayBuffer());
      expect(body.length).toBe(v.bytes);
      const meta = await sharp(body).metadata();
      expect(meta.exif).toBeUndefined();
      expect(meta.xmp).toBeUndefined();
      expect(meta.iptc).toBeUndefined();
      expect(meta.orientation ?? 1).toBe(1);
      expect(meta.width).toBe(v.width);
      expect(meta.height).toBe(Math.round((2000 * v.width) / 1500));
      expect(meta.height).toBeGreaterThan(meta.width!); // portrait, as the camera meant
      const latin = body.toString('latin1');
      expect(latin).not.toContain('Nguon Bi Mat');
      expect(latin).not.toContain('SN-998877');
      expect(latin).not.toContain('Canon');
    }
    const after = await t.db.one<{ n: number }>(
      `SELECT count(*)::int AS n FROM audit_events WHERE action = 'media.upload'`,
    );
    expect(after!.n).toBe(before!.n + 1);
    const again = await reporter.get(`/api/media/${first.id}`);
    expect(again.status).toBe(200);
    expect(again.body.width).toBe(1500);
  });

  it('returns the existing photo for the same bytes, with no second set of files', async () => {
    const n = await rows();
    const f = files().length;
    const res = await other.post('/api/media', form(uploaded, 'copy.jpg'));
    expect(res.status).toBe(200);
    expect(res.body.id).toBe(first.id);
    expect(res.body.uploader.id).toBe(reporter.user!.id);
    expect(await rows()).toBe(n);
    expect(files().length).toBe(f);
  });

  it('keeps the original privately: admins download it, nobody else', async () => {
    const res = await t.admin.get(`/api/media/${first.id}/original`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/jpeg');
    expect(res.headers.get('content-disposition')).toMatch(/^attachment;/);
    const raw = await fetch(`${t.url}/api/media/${first.id}/original`, {
      headers: { authorization: '' },
    });
    expect(raw.status).toBe(401);
    expect((await reporter.get(`/api/media/${first.id}/original`)).status).toBe(403);
    expect((await editor.get(`/api/media/${first.id}/original`)).status).toBe(403);
    // Originals are never reachable under /media.
    const guess = await fetch(`${t.url}/media/${first.id}/original.jpg`);
    expect(guess.status).toBe(404);
  });

  it('a narrow photo gets one variant at its own width; PNG with alpha becomes WebP + JPEG', async () => {
    const png = await sharp({
      create: {
        width: 200,
        height: 100,
        channels: 4,
        background: { r: 0, g: 0, b: 255, alpha: 0.5 },
      },
    })
      .png()
      .toBuffer();
    const res = await reporter.post('/api/media', form(png, 'logo.png', 'image/png'));
    expect(res.status).toBe(201);
    expect(res.body.mimeType).toBe('image/png');
    expect(
      res.body.variants.map((v: { width: number; format: string }) => `${v.width}${v.format}`),
    ).toEqual(['200webp', '200jpg']);
  });

  it('accepts GIF and WebP by their bytes, whatever name and Content-Type they come with', async () => {
    const gif = await sharp({ create: { width: 40, height: 30, channels: 3, background: '#0a0' } })
      .gif()
      .toBuffer();
    const webp = await sharp({ create: { width: 50, height: 30, channels: 3, background: '#a00' } })
      .webp()
      .toBuffer();
    const g = await reporter.post('/api/media', form(gif, 'x.txt', 'text/plain'));
    expect(g.status, g.text).toBe(201);
    expect(g.body.mimeType).toBe('image/gif');
    const w = await reporter.post('/api/media', form(webp, 'x.html', 'text/html'));
    expect(w.status, w.text).toBe(201);
    expect(w.body.mimeType).toBe('image/webp');
    expect(w.body.fileName).toBe('x.html');
  });
});

describe('refusals store nothing', () => {
  async function refused(body: FormData, status: number, re?: RegExp) {
    const n = await rows();
    const f = files().length;
    const res = await reporter.post('/api/media', body);
    expect(res.status, res.text).toBe(status);
    expect(res.body.statusCode).toBe(status);
    if (re) expect(res.body.message).toMatch(re);
    expect(await rows()).toBe(n);
    expect(files().length).toBe(f);
    expect(readdirSync(join(t.dataDir, 'tmp'))).toEqual([]);
    return res;
  }

  it('413 over MEDIA_MAX_BYTES, found while streaming', async () => {
    const big = Buffer.concat([await photo(64, 64), Buffer.alloc(MAX_BYTES, 1)]);
    await refused(form(big), 413, /larger/);
  });

  it('413 for a body declared far beyond the limit, without reading it', async () => {
    const n = await rows();
    const huge = Buffer.concat([await photo(64, 64), Buffer.alloc(MAX_BYTES * 3, 7)]);
    const res = await reporter.post('/api/media', form(huge)).catch(() => null);
    // The server may close the connection before the client has sent everything.
    if (res) expect(res.status).toBe(413);
    expect(await rows()).toBe(n);
    expect(readdirSync(join(t.dataDir, 'tmp'))).toEqual([]);
  });

  it('415 for SVG, HTML, PDF, XML, text and HEIC, whatever the name and type claim', async () => {
    const svg =
      '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script></svg>';
    await refused(form(svg, 'a.jpg', 'image/jpeg'), 415, /SVG/);
    await refused(form(`<?xml version="1.0"?>${svg}`, 'a.svg', 'image/svg+xml'), 415);
    await refused(
      form('<!doctype html><html><script>alert(1)</script></html>', 'a.png', 'image/png'),
      415,
    );
    await refused(form('%PDF-1.7\n1 0 obj <<>> endobj\n%%EOF', 'a.jpg', 'image/jpeg'), 415, /PDF/);
    await refused(
      form('just some text, not a photo at all; long enough to sniff it properly..'),
      415,
    );
    const heic = Buffer.concat([
      Buffer.from([0, 0, 0, 24]),
      Buffer.from('ftypheic'),
      Buffer.alloc(80),
    ]);
    await refused(form(heic, 'a.heic', 'image/heic'), 415, /HEIC/);
  });

  it('415 for polyglots: a real image that is also HTML or PDF', async () => {
    const png = await sharp({ create: { width: 30, height: 30, channels: 3, background: '#123' } })
      .png()
      .toBuffer();
    // Valid PNG with HTML after IEND: sharp decodes it, a browser sniffing it would run it.
    await refused(
      form(
        Buffer.concat([png, Buffer.from('<html><body><script>alert(document.cookie)</script>')]),
      ),
      415,
      /markup/,
    );
    // GIF header followed by script (GIFAR-style).
    await refused(
      form(
        Buffer.from('GIF89a/*\x00\x00\x00\x00*/=1;<script>alert(1)</script>'),
        'a.gif',
        'image/gif',
      ),
      415,
    );
    // JPEG whose comment carries a PDF.
    const jpeg = await photo(32, 32);
    const pdfInside = Buffer.concat([
      jpeg.subarray(0, 2),
      Buffer.from([0xff, 0xfe, 0x00, 0x20]),
      Buffer.from('%PDF-1.4 1 0 obj<<>>endobj    '),
      jpeg.subarray(2),
    ]);
    await refused(form(pdfInside), 415);
  });

  it('422 for a decompression bomb, a corrupt and a truncated image', async () => {
    await refused(form(pngHeader(100_000, 100_000), 'bomb.png', 'image/png'), 422, /pixels/);
    await refused(form(pngHeader(20_000, 20_000), 'bomb2.png', 'image/png'), 422, /pixels/);
    const jpeg = await photo(800, 600);
    const corrupt = Buffer.concat([jpeg.subarray(0, 20), Buffer.alloc(4000, 0x55)]);
    await refused(form(corrupt), 422);
    await refused(form(jpeg.subarray(0, Math.floor(jpeg.length / 2))), 422);
  });

  it('400 without the "file" field, or with an empty file', async () => {
    await refused(form(await photo(20, 20), 'a.jpg', 'image/jpeg', 'image'), 400, /file/);
    await refused(form(Buffer.alloc(0)), 400, /file/);
    const json = await reporter.post('/api/media', { file: 'x' });
    expect(json.status).toBe(400);
  });

  it('needs a login', async () => {
    const anon = t.client();
    const res = await anon.post('/api/media', form(await photo(20, 20)));
    expect(res.status).toBe(401);
  });
});

describe('metadata, library, usage, delete', () => {
  let mine: string;
  let second: string;

  beforeAll(async () => {
    const a = await reporter.post('/api/media', form(await photo(400, 300), 'IMG_0001.jpg'));
    const b = await other.post('/api/media', form(await photo(300, 300), 'le-hoi-dua-thuyen.jpg'));
    expect(a.status).toBe(201);
    expect(b.status).toBe(201);
    mine = a.body.id;
    second = b.body.id;
  });

  it('the uploader edits the metadata, normalised like article text; audited', async () => {
    const res = await reporter.patch(`/api/media/${mine}`, {
      caption: '  Trong ảnh: Ðồng chí Lò Văn Mừng  thăm  bà con\u200b ',
      alt: 'Dân vận khéo ở bản Na Sang',
      credit: 'Sầm Phúc',
      source: 'Báo Điện Biên Phủ',
      takenAt: '2020-10-11T08:23:00+07:00',
    });
    expect(res.status, res.text).toBe(200);
    expect(res.body.caption).toBe('Trong ảnh: Đồng chí Lò Văn Mừng thăm bà con');
    expect(res.body.credit).toBe('Sầm Phúc');
    expect(res.body.takenAt).toBe('2020-10-11T01:23:00.000Z');
    const reread = await other.get(`/api/media/${mine}`);
    expect(reread.body.caption).toBe('Trong ảnh: Đồng chí Lò Văn Mừng thăm bà con');
    const audit = await t.db.one<{ data: { caption: { to: string } } }>(
      `SELECT data FROM audit_events WHERE action = 'media.update' AND entity_id = $1`,
      [mine],
    );
    expect(audit!.data.caption.to).toBe('Trong ảnh: Đồng chí Lò Văn Mừng thăm bà con');
  });

  it('another reporter cannot edit the caption; an editor can; unknown ids are 404', async () => {
    const res = await other.patch(`/api/media/${mine}`, { caption: 'Bị sửa' });
    expect(res.status).toBe(403);
    expect((await other.get(`/api/media/${mine}`)).body.caption).not.toBe('Bị sửa');
    const ed = await editor.patch(`/api/media/${mine}`, { alt: 'Ảnh minh họa' });
    expect(ed.status).toBe(200);
    expect(ed.body.alt).toBe('Ảnh minh họa');
    expect(ed.body.caption).toBe('Trong ảnh: Đồng chí Lò Văn Mừng thăm bà con');
    const missing = await reporter.patch('/api/media/00000000-0000-4000-8000-000000000000', {
      caption: 'x',
    });
    expect(missing.status).toBe(404);
    expect((await reporter.get('/api/media/not-a-uuid')).status).toBe(400);
  });

  it('refuses private or unknown fields in PATCH', async () => {
    for (const body of [
      { sha256: 'a'.repeat(64) },
      { uploaderId: other.user!.id },
      { variants: [] },
      { originalKey: '../../etc/passwd' },
      { caption: 5 },
      { takenAt: 'hôm qua' },
    ]) {
      const res = await reporter.patch(`/api/media/${mine}`, body);
      expect(res.status, JSON.stringify(body)).toBe(400);
    }
  });

  it('searches caption, credit and file name without diacritics', async () => {
    await other.patch(`/api/media/${second}`, { caption: 'Lễ hội đua thuyền trên sông Nậm Rốm' });
    const find = async (q: string) =>
      (
        (await reporter.get(`/api/media?q=${encodeURIComponent(q)}`)).body.items as { id: string }[]
      ).map((m) => m.id);
    expect(await find('dong chi lo van mung')).toEqual([mine]);
    expect(await find('ĐỒNG CHÍ')).toEqual([mine]);
    expect(await find('sam phuc')).toEqual([mine]);
    expect(await find('nam rom')).toEqual([second]);
    expect(await find('le-hoi-dua')).toEqual([second]);
    expect(await find('img_0001')).toEqual([mine]);
    expect(await find('100%')).toEqual([]);
    expect(await find('khong co gi')).toEqual([]);
  });

  it('filters by uploader and pages with a keyset cursor', async () => {
    const byOther = await reporter.get(`/api/media?uploaderId=${other.user!.id}`);
    expect(byOther.body.items.map((m: { id: string }) => m.id)).toEqual([second]);
    const all: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { body: { items: { id: string }[]; nextCursor: string | null } } =
        await reporter.get(`/api/media?limit=2${cursor ? `&cursor=${cursor}` : ''}`);
      all.push(...page.body.items.map((m) => m.id));
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(all.length).toBe(await rows());
    expect(new Set(all).size).toBe(all.length);
    expect(all[0]).toBe(second);
    expect((await reporter.get('/api/media?cursor=abc')).status).toBe(400);
    expect((await reporter.get('/api/media?sort=sha256')).status).toBe(400);
  });

  it('shows usage and refuses to delete a photo in use (409); deletes it when unused', async () => {
    const article = await t.db.one<{ id: string }>(
      `INSERT INTO articles (title, slug, body, author_id, state)
       VALUES ('Dân vận khéo ở Điện Biên', 'dan-van-kheo-o-dien-bien', '{"type":"doc","content":[]}', $1, 'draft')
       RETURNING id`,
      [reporter.user!.id],
    );
    await t.db.query('INSERT INTO article_media (article_id, media_id) VALUES ($1, $2)', [
      article!.id,
      mine,
    ]);
    const got = await reporter.get(`/api/media/${mine}`);
    expect(got.body.usage).toEqual([
      expect.objectContaining({
        id: article!.id,
        title: 'Dân vận khéo ở Điện Biên',
        state: 'draft',
      }),
    ]);
    // Another reporter may not learn about someone else's draft.
    const seen = await other.get(`/api/media/${mine}`);
    expect(seen.body.usage).toEqual([]);
    expect(seen.body.usageCount).toBe(1);

    const n = await rows();
    const f = files().length;
    const del = await editor.delete(`/api/media/${mine}`);
    expect(del.status).toBe(409);
    expect(await rows()).toBe(n);
    expect(files().length).toBe(f);

    // The database refuses too (the foreign key), whatever the code does.
    await expect(t.db.query('DELETE FROM media WHERE id = $1', [mine])).rejects.toThrow();

    await t.db.query('DELETE FROM article_media WHERE media_id = $1', [mine]);
    expect((await other.delete(`/api/media/${mine}`)).status).toBe(403);
    const urls = (got.body.variants as { url: string }[]).map((v) => v.url);
    const ok = await reporter.delete(`/api/media/${mine}`);
    expect(ok.status).toBe(204);
    expect(await rows()).toBe(n - 1);
    expect(files().length).toBe(f - (got.body.variants.length + 1));
    expect((await reporter.get(`/api/media/${mine}`)).status).toBe(404);
    for (const u of urls) expect((await fetch(t.url + u)).status).toBe(404);
    const audit = await t.db.one<{ n: number }>(
      `SELECT count(*)::int AS n FROM audit_events WHERE action = 'media.delete' AND entity_id = $1`,
      [mine],
    );
    expect(audit!.n).toBe(1);
  });

  it('resolves many photos in one call (MEDIA_RESOLVER)', async () => {
    const resolver = t.running.app.get<{ resolve(ids: string[]): Promise<Map<string, unknown>> }>(
      MEDIA_RESOLVER,
    );
    const map = await resolver.resolve([second, 'nope', '00000000-0000-4000-8000-000000000000']);
    expect([...map.keys()]).toEqual([second]);
    expect(map.get(second)).toMatchObject({
      caption: 'Lễ hội đua thuyền trên sông Nậm Rốm',
      width: 300,
      height: 300,
      src: expect.stringMatching(/^\/media\/.+\/300\.jpg$/),
      srcset: expect.stringContaining('300.webp 300w'),
    });
  });
});

describe('serving /media', () => {
  it('never serves anything but variants, and never as HTML', async () => {
    for (const path of [
      '/media/../api/users',
      '/media/x/%2e%2e%2f%2e%2e%2fetc%2fpasswd',
      '/media/a/b/c',
      '/media/',
      '/media/00000000-0000-4000-8000-000000000000/640.webp',
      '/media/00000000-0000-4000-8000-000000000000/640.html',
      '/media/00000000-0000-4000-8000-000000000000/original.jpg',
    ]) {
      const res = await fetch(t.url + path);
      expect(res.status, path).toBeGreaterThanOrEqual(400);
      expect(res.headers.get('content-type') ?? '', path).not.toMatch(/html/);
    }
  });

  it('keeps memory bounded: concurrent uploads all finish', async () => {
    const photos = await Promise.all(Array.from({ length: 6 }, () => photo(1600, 1200)));
    const results = await Promise.all(
      photos.map((p, i) => reporter.post('/api/media', form(p, `p${i}.jpg`))),
    );
    expect(results.map((r) => r.status)).toEqual(Array(6).fill(201));
    expect(readdirSync(join(t.dataDir, 'tmp'))).toEqual([]);
  });
});
