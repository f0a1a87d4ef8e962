/**
 * How articles and the public site get a photo's URLs without knowing the media module:
 * the media module provides MEDIA_RESOLVER (global); rendering code injects it.
 */
export interface ResolvedMedia {
  id: string;
  /** The JPEG fallback of a mid-size variant. */
  src: string;
  /** `url 320w, url 640w, …` (WebP variants). */
  srcset: string;
  /** JPEG variants for a <picture> fallback source. */
  jpegSrcset: string;
  width: number;
  height: number;
  /** A tiny data URL or CSS colour shown while the image loads; null when none. */
  placeholder: string | null;
  alt: string;
  caption: string;
  credit: string;
  /** The largest variant, for Open Graph / JSON-LD images. */
  largest: { url: string; width: number; height: number };
}

export interface MediaResolver {
  resolve(ids: readonly string[]): Promise<Map<string, ResolvedMedia>>;
}

export const MEDIA_RESOLVER = Symbol('MEDIA_RESOLVER');
