import { Button, Group, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import type { Schemas } from '../../api/types';
import { formatDateTime } from '../../format';
import { ErrorAlert } from '../ErrorAlert';

type Correction = Schemas['CorrectionView'];
const correctionsKey = (id: string) => ['articles', 'one', id, 'corrections'] as const;

/**
 * Đính chính: a dated correction notice an editor adds to a published article. It shows at the
 * top of the public page at once and stays there (and on the record); it is not an edit.
 */
export function Corrections({ articleId, canAdd }: { articleId: string; canAdd: boolean }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const list = useQuery({
    queryKey: correctionsKey(articleId),
    queryFn: () => api.get<Correction[]>(`/api/articles/${articleId}/corrections`),
  });
  const [text, setText] = useState('');
  const add = useMutation({
    mutationFn: () =>
      api.post<Correction>(`/api/articles/${articleId}/corrections`, { text: text.trim() }),
    onSuccess: () => {
      setText('');
      void queryClient.invalidateQueries({ queryKey: correctionsKey(articleId) });
      notifications.show({ color: 'green', message: t('corrections.added') });
    },
  });
  return (
    <Stack gap="sm" data-testid="corrections">
      <div>
        <Title order={2} size="h4">
          {t('corrections.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('corrections.hint')}
        </Text>
      </div>
      <ErrorAlert error={list.error} />
      {list.data?.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('corrections.empty')}
        </Text>
      )}
      {list.data?.map((c) => (
        <Paper key={c.id} withBorder p="sm" bg="yellow.0" data-testid="correction">
          <Text size="xs" c="dimmed">
            {formatDateTime(c.createdAt)}
          </Text>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {c.text}
          </Text>
        </Paper>
      ))}
      {canAdd && (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            if (text.trim()) add.mutate();
          }}
        >
          <Stack gap="xs">
            <Textarea
              label={t('corrections.new')}
              description={t('corrections.newHint')}
              value={text}
              onChange={(e) => setText(e.currentTarget.value)}
              autosize
              minRows={2}
              maxLength={2000}
              data-testid="correction-text"
            />
            <ErrorAlert error={add.error} />
            <Group justify="flex-end">
              <Button
                type="submit"
                size="sm"
                loading={add.isPending}
                disabled={!text.trim()}
                data-testid="correction-add"
              >
                {t('corrections.add')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Stack>
  );
}
