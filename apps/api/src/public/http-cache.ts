import { createHash } from 'node:crypto';
import type { Request, Response } from 'express';
import { STYLE_HASH } from './views/style';

/** Public pages: no scripts at all, only our one stylesheet (by hash), images from us or https. */
export const PUBLIC_CSP = [
  "default-src 'none'",
  `style-src '${STYLE_HASH}'`,
  "img-src 'self' https: data:",
  "form-action 'self'",
  "base-uri 'none'",
  "frame-ancestors 'self'",
].join('; ');

export interface PublicResponse {
  status?: number;
  type: string;
  body: string | Buffer;
  /** Seconds browsers and CDNs may reuse the response. */
  maxAge?: number;
  /** HTML pages get the Content-Security-Policy. */
  html?: boolean;
  /** etagOf(body), when already computed (cached responses keep theirs). */
  etag?: string;
}

export function etagOf(body: string | Buffer): string {
  return `W/"${createHash('sha256').update(body).digest('base64url').slice(0, 32)}"`;
}

function matches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  const strip = (t: string) => t.trim().replace(/^W\//, '');
  return ifNoneMatch.split(',').some((t) => t.trim() === '*' || strip(t) === strip(etag));
}

/** Sets the caching headers every public response carries. */
export function cacheHeaders(res: Response, maxAge: number): void {
  res.setHeader(
    'Cache-Control',
    `public, max-age=${maxAge}, stale-while-revalidate=${maxAge * 5}, stale-if-error=86400`,
  );
  res.setHeader('Vary', 'Accept-Encoding');
}

/** Sends a public response with ETag and Cache-Control; 304 when the client has it already. */
export function sendPublic(req: Request, res: Response, r: PublicResponse): void {
  const status = r.status ?? 200;
  const etag = r.etag ?? etagOf(r.body);
  cacheHeaders(res, r.maxAge ?? 60);
  res.setHeader('ETag', etag);
  if (r.html) {
    res.setHeader('Content-Security-Policy', PUBLIC_CSP);
    res.setHeader('X-Frame-Options', 'SAMEORIGIN');
  }
  if (status === 200 && matches(req.get('if-none-match'), etag)) {
    res.status(304).end();
    return;
  }
  res.status(status).type(r.type).send(r.body);
}

export function sendRedirect(res: Response, location: string, maxAge = 300): void {
  cacheHeaders(res, maxAge);
  res.redirect(301, location);
}
