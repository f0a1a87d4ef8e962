/**
 * Photo upload with progress. fetch() cannot report upload progress, so this one request goes
 * through XMLHttpRequest; everything else uses the API client.
 */
import { formatViNumber } from '@toasoan/vi-text';
import type { TFunction } from 'i18next';
import type { Media } from '../articles/articleApi';

export class UploadRefused extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

export function uploadMedia(
  file: File,
  csrfToken: string | null,
  onProgress: (fraction: number) => void,
): Promise<Media> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', '/api/media');
    xhr.withCredentials = true;
    xhr.setRequestHeader('accept', 'application/json');
    if (csrfToken) xhr.setRequestHeader('x-csrf-token', csrfToken);
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) onProgress(e.loaded / e.total);
    };
    xhr.onload = () => {
      let body: unknown = null;
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        body = null;
      }
      if (xhr.status >= 200 && xhr.status < 300) {
        onProgress(1);
        resolve(body as Media);
      } else {
        const message = (body as { message?: string } | null)?.message ?? xhr.statusText;
        reject(new UploadRefused(xhr.status, message));
      }
    };
    xhr.onerror = () => reject(new UploadRefused(0, 'network'));
    const form = new FormData();
    form.append('file', file);
    xhr.send(form);
  });
}

/** Why a photo was refused, in words a reporter can act on. */
export function refusalText(e: unknown, t: TFunction, maxBytes: number): string {
  if (!(e instanceof UploadRefused)) return t('errors.unknown');
  switch (e.status) {
    case 0:
      return t('errors.network');
    case 413:
      return t('media.tooBig', {
        max:
          maxBytes >= 1024 * 1024
            ? `${formatViNumber(Math.round(maxBytes / 1024 / 1024))} MB`
            : `${formatViNumber(Math.round(maxBytes / 1024))} KB`,
      });
    case 415:
      return t('media.notImage');
    case 422:
      return t('media.broken');
    case 401:
      return t('errors.unauthorized');
    case 403:
      return t('errors.forbidden');
    default:
      return e.status >= 500 ? t('errors.server') : e.message;
  }
}
