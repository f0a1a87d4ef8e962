import { Modal, Stack, Tabs } from '@mantine/core';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { Media } from '../articles/articleApi';
import { DropArea } from './DropArea';
import { MediaGrid } from './MediaGrid';
import { UploadList } from './UploadList';
import { useUploads } from './useUploads';

/** Choose a photo from the library, or upload one and use it at once. */
export function MediaPicker({
  opened,
  onClose,
  onPick,
  title,
}: {
  opened: boolean;
  onClose: () => void;
  onPick: (m: Media) => void;
  title: string;
}) {
  const { t } = useTranslation();
  const picked = useCallback(
    (m: Media) => {
      onPick(m);
      onClose();
    },
    [onPick, onClose],
  );
  const uploads = useUploads();
  return (
    <Modal opened={opened} onClose={onClose} title={title} size="xl">
      <Tabs defaultValue="upload" keepMounted={false}>
        <Tabs.List mb="sm">
          <Tabs.Tab value="upload">{t('media.uploadTab')}</Tabs.Tab>
          <Tabs.Tab value="library">{t('media.libraryTab')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="upload">
          <Stack>
            <DropArea
              onFiles={(files) =>
                void uploads.upload(files.slice(0, 1)).then((done) => {
                  if (done[0]) picked(done[0]);
                })
              }
            />
            <UploadList items={uploads.items} />
          </Stack>
        </Tabs.Panel>
        <Tabs.Panel value="library">
          <MediaGrid onPick={picked} cols={{ base: 2, sm: 3, md: 4 }} />
        </Tabs.Panel>
      </Tabs>
    </Modal>
  );
}
