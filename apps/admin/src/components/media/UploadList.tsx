import { Group, Progress, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export interface UploadItem {
  key: string;
  name: string;
  progress: number;
  state: 'uploading' | 'done' | 'refused';
  message?: string;
}

/** One line per file being uploaded: its name, a progress bar, and the reason if refused. */
export function UploadList({ items }: { items: UploadItem[] }) {
  const { t } = useTranslation();
  if (items.length === 0) return null;
  return (
    <Stack gap={6} aria-live="polite" data-testid="upload-list">
      {items.map((u) => (
        <div key={u.key} data-upload-state={u.state}>
          <Group justify="space-between" gap="xs" wrap="nowrap">
            <Text size="sm" truncate>
              {u.name}
            </Text>
            <Text size="xs" c={u.state === 'refused' ? 'red.8' : 'dimmed'}>
              {u.state === 'done'
                ? t('media.uploaded')
                : u.state === 'refused'
                  ? t('media.refused')
                  : `${Math.round(u.progress * 100)}%`}
            </Text>
          </Group>
          <Progress
            value={u.state === 'refused' ? 100 : u.progress * 100}
            color={u.state === 'refused' ? 'red' : u.state === 'done' ? 'green' : 'blue'}
            size="sm"
            aria-label={t('media.progressOf', { name: u.name })}
          />
          {u.message && (
            <Text size="sm" c="red.8" role="alert">
              {u.message}
            </Text>
          )}
        </div>
      ))}
    </Stack>
  );
}
