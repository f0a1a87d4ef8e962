import { Grid, Stack, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Media } from '../../components/articles/articleApi';
import { DropArea } from '../../components/media/DropArea';
import { MediaEditModal } from '../../components/media/MediaEditModal';
import { MediaGrid } from '../../components/media/MediaGrid';
import { UploadList } from '../../components/media/UploadList';
import { useUploads } from '../../components/media/useUploads';
import { PageHeader } from '../../components/PageHeader';

/** The photo library: upload many at once, find, describe (caption, alt, credit), see where used. */
export default function MediaPage() {
  const { t } = useTranslation();
  const uploads = useUploads();
  const [editing, setEditing] = useState<Media | null>(null);
  return (
    <>
      <PageHeader title={t('media.title')} />
      <Grid gap="md">
        <Grid.Col span={{ base: 12, md: 4 }} order={{ base: 1, md: 2 }}>
          <Stack gap="sm">
            <Title order={2} size="h4">
              {t('media.upload')}
            </Title>
            <DropArea onFiles={(files) => void uploads.upload(files)} />
            <UploadList items={uploads.items} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 8 }} order={{ base: 2, md: 1 }}>
          <MediaGrid onPick={setEditing} cols={{ base: 2, sm: 3, lg: 4 }} />
        </Grid.Col>
      </Grid>
      <MediaEditModal media={editing} onClose={() => setEditing(null)} />
    </>
  );
}
