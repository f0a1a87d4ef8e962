import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../session/session';
import type { Media } from '../articles/articleApi';
import { refusalText, uploadMedia } from './uploadMedia';
import type { UploadItem } from './UploadList';

/** Uploads files (two at a time), tracking each one's progress and refusal. */
export function useUploads(onUploaded?: (m: Media) => void) {
  const { t } = useTranslation();
  const me = useMe();
  const queryClient = useQueryClient();
  const [items, setItems] = useState<UploadItem[]>([]);

  const patch = (key: string, p: Partial<UploadItem>) =>
    setItems((list) => list.map((u) => (u.key === key ? { ...u, ...p } : u)));

  const upload = useCallback(
    async (files: File[]) => {
      const batch = files.map((f, i) => ({
        file: f,
        item: {
          key: `${Date.now()}-${i}-${f.name}`,
          name: f.name,
          progress: 0,
          state: 'uploading' as const,
        },
      }));
      setItems((list) => [...batch.map((b) => b.item), ...list]);
      const uploaded: Media[] = [];
      const queue = [...batch];
      const worker = async () => {
        for (let next = queue.shift(); next; next = queue.shift()) {
          const { file, item } = next;
          try {
            const m = await uploadMedia(file, me.csrfToken, (p) =>
              patch(item.key, { progress: p }),
            );
            patch(item.key, { state: 'done', progress: 1 });
            uploaded.push(m);
            onUploaded?.(m);
          } catch (e) {
            patch(item.key, {
              state: 'refused',
              message: `${file.name}: ${refusalText(e, t, me.site.mediaMaxBytes)}`,
            });
          }
        }
      };
      await Promise.all([worker(), worker()]);
      void queryClient.invalidateQueries({ queryKey: ['media'] });
      return uploaded;
    },
    [me.csrfToken, me.site.mediaMaxBytes, onUploaded, queryClient, t],
  );

  return { items, upload, clear: () => setItems([]) };
}
