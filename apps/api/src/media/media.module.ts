import { Global, Module } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '../config/config';
import { MediaFilesController } from './media-files.controller';
import { MEDIA_RESOLVER } from './media-resolver';
import { MediaController } from './media.controller';
import { MediaService } from './media.service';
import { createStorage, MEDIA_STORAGE } from './storage';

/** Photos: upload pipeline, library, public files; provides MEDIA_RESOLVER to everyone. */
@Global()
@Module({
  controllers: [MediaController, MediaFilesController],
  providers: [
    {
      provide: MEDIA_STORAGE,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => createStorage(config.media, config.dataDir),
    },
    MediaService,
    { provide: MEDIA_RESOLVER, useExisting: MediaService },
  ],
  exports: [MEDIA_RESOLVER, MediaService, MEDIA_STORAGE],
})
export class MediaModule {}
