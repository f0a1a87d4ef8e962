import { Button, Paper, Stack, Text, Textarea, Group } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../format';
import { ErrorAlert } from '../ErrorAlert';
import { articleApi, keys } from '../articles/articleApi';

/** The editorial notes between reporter and editors, reasons for returns and takedowns included. */
export function NotesThread({ articleId }: { articleId: string }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const notes = useQuery({
    queryKey: keys.notes(articleId),
    queryFn: () => articleApi.notes(articleId),
  });
  const [body, setBody] = useState('');
  const add = useMutation({
    mutationFn: () => articleApi.addNote(articleId, body.trim()),
    onSuccess: () => {
      setBody('');
      void queryClient.invalidateQueries({ queryKey: keys.notes(articleId) });
    },
  });
  return (
    <Stack gap="sm" data-testid="notes">
      <ErrorAlert error={notes.error} />
      {notes.data?.length === 0 && <Text c="dimmed">{t('notes.empty')}</Text>}
      {notes.data?.map((n) => (
        <Paper
          key={n.id}
          withBorder
          p="sm"
          data-note-kind={n.kind}
          bg={n.kind === 'note' ? undefined : 'orange.0'}
        >
          <Group justify="space-between" gap="xs">
            <Text size="sm" fw={700}>
              {n.author.penName || n.author.displayName}
              {n.kind !== 'note' && (
                <Text span size="sm" c="orange.9" fw={600}>
                  {' · '}
                  {t(`notes.kind.${n.kind}`)}
                </Text>
              )}
            </Text>
            <Text size="xs" c="dimmed">
              {formatDateTime(n.createdAt)}
            </Text>
          </Group>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {n.body}
          </Text>
        </Paper>
      ))}
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (body.trim()) add.mutate();
        }}
      >
        <Stack gap="xs">
          <Textarea
            label={t('notes.new')}
            value={body}
            onChange={(e) => setBody(e.currentTarget.value)}
            autosize
            minRows={2}
            maxLength={5000}
          />
          <ErrorAlert error={add.error} />
          <Group justify="flex-end">
            <Button type="submit" size="sm" loading={add.isPending} disabled={!body.trim()}>
              {t('notes.send')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}
