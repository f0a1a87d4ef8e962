import { Controller, Get, Inject, NotFoundException, Param, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Response } from 'express';
import { Public } from '../auth/auth-user';
import { VARIANT_CONTENT_TYPE } from './media.service';
import { MEDIA_STORAGE, MediaStorage } from './storage';

const ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const FILE = /^([1-9][0-9]{0,4})\.(webp|jpg)$/;

/**
 * Public photo files: `/media/<id>/<width>.<webp|jpg>`. Only re-encoded variants are reachable
 * here (never originals); the type comes from the name we gave the file, never from its bytes.
 */
@ApiExcludeController()
@Public()
@Controller('media')
export class MediaFilesController {
  constructor(@Inject(MEDIA_STORAGE) private readonly storage: MediaStorage) {}

  @Get(':id/:file')
  async serve(
    @Param('id') id: string,
    @Param('file') file: string,
    @Res() res: Response,
  ): Promise<void> {
    const m = FILE.exec(file);
    if (!ID.test(id) || !m) throw new NotFoundException('No such photo file');
    const obj = await this.storage.get(`public/${id}/${file}`);
    if (!obj) throw new NotFoundException('No such photo file');
    res.status(200);
    res.setHeader('Content-Type', VARIANT_CONTENT_TYPE[m[2] as 'webp' | 'jpg']);
    if (obj.size !== null) res.setHeader('Content-Length', String(obj.size));
    res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Content-Security-Policy', "default-src 'none'; sandbox");
    res.setHeader('Cross-Origin-Resource-Policy', 'cross-origin');
    obj.body.on('error', () => res.destroy());
    obj.body.pipe(res);
  }

  /** Anything else under /media is a JSON 404, never another handler's HTML page. */
  @Get('*rest')
  other(): never {
    throw new NotFoundException('No such photo file');
  }
}
