import { availableParallelism } from 'node:os';
import sharp from 'sharp';

/** The raster types we accept, decided from the bytes only. */
export type ImageType = 'image/jpeg' | 'image/png' | 'image/gif' | 'image/webp' | 'image/avif';

export const EXTENSION: Record<ImageType, string> = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/gif': 'gif',
  'image/webp': 'webp',
  'image/avif': 'avif',
};

/** Variant widths; never wider than the photo itself. */
export const VARIANT_WIDTHS = [320, 640, 1024, 1600, 2048] as const;
export const VARIANT_FORMATS = ['webp', 'jpg'] as const;
export type VariantFormat = (typeof VARIANT_FORMATS)[number];

/** A refusal with the HTTP status it maps to (413, 415, 422). */
export class MediaRefusal extends Error {
  constructor(
    readonly status: 413 | 415 | 422 | 400,
    message: string,
  ) {
    super(message);
  }
}

/** The image type from the first bytes (magic numbers), or a reason to refuse. */
export function sniffType(head: Buffer): ImageType | { refused: string } {
  const b = head;
  if (b.length >= 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return 'image/jpeg';
  if (b.length >= 8 && b.subarray(0, 8).equals(Buffer.from([137, 80, 78, 71, 13, 10, 26, 10])))
    return 'image/png';
  if (b.length >= 6 && /^GIF8[79]a$/.test(b.subarray(0, 6).toString('latin1'))) return 'image/gif';
  if (
    b.length >= 12 &&
    b.subarray(0, 4).toString('latin1') === 'RIFF' &&
    b.subarray(8, 12).toString('latin1') === 'WEBP'
  )
    return 'image/webp';
  if (b.length >= 12 && b.subarray(4, 8).toString('latin1') === 'ftyp') {
    const brand = b.subarray(8, 12).toString('latin1');
    if (brand === 'avif' || brand === 'avis') return 'image/avif';
    if (/^(heic|heix|heim|heis|hevc|hevx|mif1|msf1)$/.test(brand))
      return { refused: 'HEIC photos cannot be read here; export them as JPEG' };
  }
  const text = b.subarray(0, 512).toString('latin1').trimStart().toLowerCase();
  if (text.startsWith('%pdf')) return { refused: 'PDF files are not accepted; upload a photo' };
  if (text.startsWith('<')) return { refused: 'SVG, HTML and XML files are not accepted' };
  return { refused: 'Only JPEG, PNG, GIF, WebP and AVIF photos are accepted' };
}

/**
 * Markers of a polyglot: bytes a browser or PDF reader would treat as markup or a document.
 * A real photo has none of them; an image that also parses as HTML/PDF/PHP is refused.
 */
const POLYGLOT =
  /<(?:script|html|body|head|svg|iframe|object|embed|meta|!doctype|\?php|\?xml-stylesheet|a\s+href)[\s>/]|%pdf-\d|javascript:/i;
const OVERLAP = 32;

/** Streaming scan for polyglot markers across chunk boundaries. */
export class PolyglotScanner {
  private tail = '';
  found: string | null = null;

  push(chunk: Buffer): void {
    if (this.found) return;
    const text = this.tail + chunk.toString('latin1');
    const m = POLYGLOT.exec(text);
    if (m) this.found = m[0];
    this.tail = text.slice(-OVERLAP);
  }
}

/** A counting semaphore: at most `size` photos are decoded at once; others wait in order. */
export class Semaphore {
  private active = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(readonly size: number) {}

  get pending(): number {
    return this.waiting.length;
  }

  async run<T>(fn: () => Promise<T>): Promise<T> {
    if (this.active >= this.size) await new Promise<void>((r) => this.waiting.push(r));
    else this.active++;
    try {
      return await fn();
    } finally {
      const next = this.waiting.shift();
      if (next) next();
      else this.active--;
    }
  }
}

/** libvips threads per photo so that concurrency × threads ≈ cores; no operation cache. */
export function configureSharp(concurrency: number): void {
  sharp.concurrency(Math.max(1, Math.floor(availableParallelism() / concurrency)));
  sharp.cache(false);
}

export interface ProcessedVariant {
  width: number;
  height: number;
  format: VariantFormat;
  bytes: number;
  data: Buffer;
}

export interface ProcessedImage {
  width: number;
  height: number;
  placeholder: string;
  variants: ProcessedVariant[];
}

function isPixelLimit(e: unknown): boolean {
  return /pixel limit/i.test(e instanceof Error ? e.message : String(e));
}

/**
 * Decodes the photo (pixel limit first, then every pixel: corrupt or truncated → 422), applies the
 * EXIF orientation and makes the variants. Nothing of the input's metadata reaches the output.
 */
export async function processImage(file: string, maxPixels: number): Promise<ProcessedImage> {
  const input = () =>
    sharp(file, { limitInputPixels: maxPixels, failOn: 'truncated', sequentialRead: true });
  let meta: sharp.Metadata;
  try {
    meta = await input().metadata();
  } catch (e) {
    if (isPixelLimit(e)) throw new MediaRefusal(422, 'The image has too many pixels');
    throw new MediaRefusal(422, 'The image is corrupt or cannot be read');
  }
  const w0 = meta.width ?? 0;
  const h0 = meta.height ?? 0;
  if (!w0 || !h0) throw new MediaRefusal(422, 'The image has no size');
  if (w0 * h0 > maxPixels) throw new MediaRefusal(422, 'The image has too many pixels');
  const oriented = (meta.orientation ?? 1) >= 5;
  const width = oriented ? h0 : w0;
  const height = oriented ? w0 : h0;

  // One decode: rotated, reduced to the largest variant, as raw pixels (≤ 2048 wide, ~12–16 MB).
  const top = Math.min(width, VARIANT_WIDTHS[VARIANT_WIDTHS.length - 1]);
  let raw: { data: Buffer; info: sharp.OutputInfo };
  try {
    raw = await input()
      .rotate()
      .resize({ width: top, withoutEnlargement: true })
      .toColourspace('srgb')
      .raw()
      .toBuffer({ resolveWithObject: true });
  } catch (e) {
    if (isPixelLimit(e)) throw new MediaRefusal(422, 'The image has too many pixels');
    throw new MediaRefusal(422, 'The image is corrupt or truncated');
  }
  const { info } = raw;
  const from = () =>
    sharp(raw.data, {
      raw: { width: info.width, height: info.height, channels: info.channels },
    });

  const widths = VARIANT_WIDTHS.filter((w) => w < width) as number[];
  if (width <= VARIANT_WIDTHS[VARIANT_WIDTHS.length - 1]) widths.push(width);
  const variants: ProcessedVariant[] = [];
  for (const w of widths) {
    const h = Math.max(1, Math.round((height * w) / width));
    for (const format of VARIANT_FORMATS) {
      let img = from().resize({ width: w, height: h, fit: 'fill' });
      img =
        format === 'webp'
          ? img.webp({ quality: 80, effort: 2 })
          : img.flatten({ background: '#ffffff' }).jpeg({ quality: 82, progressive: true });
      const data = await img.toBuffer();
      variants.push({ width: w, height: h, format, bytes: data.length, data });
    }
  }
  const tinyW = Math.min(16, width);
  const tiny = await from()
    .resize({ width: tinyW, height: Math.max(1, Math.round((height * tinyW) / width)) })
    .flatten({ background: '#ffffff' })
    .webp({ quality: 40 })
    .toBuffer();
  return {
    width,
    height,
    placeholder: `data:image/webp;base64,${tiny.toString('base64')}`,
    variants,
  };
}
