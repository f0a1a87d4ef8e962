import { Button, Paper, Stack, Text } from '@mantine/core';
import { useRef, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';

/** Drop photos here or choose them with the button (keyboard users use the button). */
export function DropArea({
  onFiles,
  compact,
}: {
  onFiles: (files: File[]) => void;
  compact?: boolean;
}) {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);
  const drop = (e: DragEvent) => {
    e.preventDefault();
    setOver(false);
    const files = [...e.dataTransfer.files];
    if (files.length) onFiles(files);
  };
  return (
    <Paper
      withBorder
      p={compact ? 'sm' : 'lg'}
      data-testid="drop-area"
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={drop}
      style={{
        borderStyle: 'dashed',
        borderWidth: 2,
        background: over ? 'var(--mantine-color-red-0)' : undefined,
      }}
    >
      <Stack align="center" gap="xs">
        <Text size="sm" c="dimmed" ta="center">
          {t('media.dropHere')}
        </Text>
        <Button variant="default" onClick={() => input.current?.click()}>
          {t('media.choose')}
        </Button>
        <input
          ref={input}
          type="file"
          multiple
          accept="image/*"
          hidden
          data-testid="file-input"
          aria-label={t('media.choose')}
          onChange={(e) => {
            const files = [...(e.currentTarget.files ?? [])];
            e.currentTarget.value = '';
            if (files.length) onFiles(files);
          }}
        />
      </Stack>
    </Paper>
  );
}
