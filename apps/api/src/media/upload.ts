import busboy from 'busboy';
import { createHash, randomUUID } from 'node:crypto';
import { createWriteStream, promises as fs, WriteStream } from 'node:fs';
import { basename, join } from 'node:path';
import type { Request } from 'express';
import { normalizeLine } from '@toasoan/vi-text';
import { ImageType, MediaRefusal, PolyglotScanner, sniffType } from './pipeline';

/** A photo received to a temporary file; the caller must call remove(). */
export interface ReceivedFile {
  path: string;
  fileName: string;
  mimeType: ImageType;
  bytes: number;
  sha256: string;
  remove(): Promise<void>;
}

const HEAD_BYTES = 64;

const polyglot = () =>
  new MediaRefusal(415, 'The file is not a plain image (it also contains markup or a document)');

/** Keeps a file name for display and search only: no path, no control characters, ≤ 200 chars. */
export function cleanFileName(name: string | undefined): string {
  const base = basename((name ?? '').replace(/\\/g, '/'));
  const clean = normalizeLine(base)
    .replace(/[\u0000-\u001f\u007f<>"]/g, '')
    .slice(0, 200);
  return clean || 'photo';
}

/**
 * Streams the multipart field `file` to a temporary file under tmpDir, hashing it and checking
 * its type and size on the way. Refuses with 413/415/400; on any refusal the file is gone.
 */
export function receiveUpload(
  req: Request,
  tmpDir: string,
  maxBytes: number,
): Promise<ReceivedFile> {
  return new Promise<ReceivedFile>((resolve, reject) => {
    const declared = Number(req.headers['content-length'] ?? NaN);
    // Far beyond the limit (multipart overhead is small): refuse without reading the body.
    if (Number.isFinite(declared) && declared > maxBytes + 1024 * 1024) {
      reject(new MediaRefusal(413, `The file is larger than ${maxBytes} bytes`));
      req.once('error', () => undefined);
      return;
    }
    let bb: busboy.Busboy;
    try {
      bb = busboy({
        headers: req.headers,
        limits: { files: 1, fileSize: maxBytes, fields: 20, fieldSize: 4096, parts: 30 },
        defParamCharset: 'utf8',
      });
    } catch {
      reject(new MediaRefusal(400, 'file: send the photo as multipart/form-data field "file"'));
      return;
    }
    const path = join(tmpDir, `upload-${randomUUID()}.part`);
    const remove = () => fs.rm(path, { force: true });
    let refusal: MediaRefusal | null = null;
    let seen = false;
    let written: Promise<void> | null = null;
    let out: WriteStream | null = null;
    const hash = createHash('sha256');
    const scanner = new PolyglotScanner();
    let bytes = 0;
    let head = Buffer.alloc(0);
    let fileName = 'photo';
    let type: ImageType | null = null;

    const refuse = (r: MediaRefusal) => {
      refusal ??= r;
    };

    bb.on('file', (field, stream, info) => {
      if (field !== 'file' || seen) {
        if (field !== 'file')
          refuse(new MediaRefusal(400, `file: unexpected file field "${field}"`));
        stream.resume();
        return;
      }
      seen = true;
      fileName = cleanFileName(info.filename);
      const file = (out = createWriteStream(path, { flags: 'wx', mode: 0o600 }));
      written = new Promise<void>((done, fail) => {
        file.on('close', done);
        file.on('error', fail);
      });
      stream.on('data', (chunk: Buffer) => {
        if (refusal) return;
        if (head.length < HEAD_BYTES) {
          head = Buffer.concat([head, chunk.subarray(0, HEAD_BYTES - head.length)]);
          if (head.length >= HEAD_BYTES) {
            const t = sniffType(head);
            if (typeof t === 'string') type = t;
            else refuse(new MediaRefusal(415, t.refused));
          }
        }
        bytes += chunk.length;
        hash.update(chunk);
        scanner.push(chunk);
        if (scanner.found && type !== null) refuse(polyglot());
        if (!refusal && !file.write(chunk)) {
          stream.pause();
          file.once('drain', () => stream.resume());
        }
      });
      stream.on('limit', () =>
        refuse(new MediaRefusal(413, `The file is larger than ${maxBytes} bytes`)),
      );
      stream.on('end', () => file.end());
      stream.on('error', () => file.destroy());
    });
    bb.on('filesLimit', () => refuse(new MediaRefusal(400, 'file: send one photo per request')));
    bb.on('partsLimit', () => refuse(new MediaRefusal(400, 'file: too many form parts')));
    bb.on('error', () => finish(new MediaRefusal(400, 'file: the multipart body is malformed')));
    bb.on('close', () => finish(null));

    let finished = false;
    const finish = (error: MediaRefusal | null) => {
      if (finished) return;
      finished = true;
      if (error) {
        req.unpipe(bb);
        out?.destroy();
      }
      void (async () => {
        try {
          if (written) await written;
        } catch {
          refuse(new MediaRefusal(400, 'file: the upload could not be written'));
        }
        if (!refusal && !error) {
          if (!seen)
            refuse(
              new MediaRefusal(400, 'file: a photo in the multipart field "file" is required'),
            );
          else if (bytes === 0) refuse(new MediaRefusal(400, 'file: the file is empty'));
          else if (type === null) {
            const t = sniffType(head);
            if (typeof t === 'string') type = t;
            else refuse(new MediaRefusal(415, t.refused));
          }
          if (scanner.found) refuse(polyglot());
        }
        const r = error ?? refusal;
        if (r) {
          await remove();
          reject(r);
          return;
        }
        resolve({ path, fileName, mimeType: type!, bytes, sha256: hash.digest('hex'), remove });
      })();
    };
    req.on('aborted', () => finish(new MediaRefusal(400, 'file: the upload was interrupted')));
    req.pipe(bb);
  });
}
