import { Anchor, Badge, Button, Card, Group, Stack, Tabs, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, withQuery } from '../../api/client';
import type { Schemas } from '../../api/types';
import { ErrorAlert, errorText } from '../../components/ErrorAlert';
import { PageHeader } from '../../components/PageHeader';
import { formatDateTime, formatNumber } from '../../format';

type Comment = Schemas['ModerationComment'];
type Status = 'pending' | 'approved' | 'rejected';
const STATUSES: Status[] = ['pending', 'approved', 'rejected'];
const commentKeys = {
  all: ['comments'] as const,
  list: (status: Status) => ['comments', status] as const,
};

function useCommentList(status: Status) {
  return useInfiniteQuery({
    queryKey: commentKeys.list(status),
    queryFn: ({ pageParam }) =>
      api.get<Schemas['ModerationList']>(withQuery('/api/comments', { status, cursor: pageParam })),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
  });
}

/** `12`, or `50+` while more are on the server than loaded. */
function countLabel(list: ReturnType<typeof useCommentList>): string {
  const n = list.data?.pages.reduce((s, p) => s + p.items.length, 0) ?? 0;
  return formatNumber(n) + (list.hasNextPage ? '+' : '');
}

/**
 * Editors: readers' comments wait here until approved (then shown on the article page) or
 * rejected (never shown). Comment text is a reader's: it is shown as text, never as HTML.
 */
export default function CommentsPage() {
  const { t } = useTranslation();
  const [status, setStatus] = useState<Status>('pending');
  const lists = {
    pending: useCommentList('pending'),
    approved: useCommentList('approved'),
    rejected: useCommentList('rejected'),
  };
  const list = lists[status];
  const queryClient = useQueryClient();
  const moderate = useMutation({
    mutationFn: ({ id, decision }: { id: string; decision: 'approve' | 'reject' }) =>
      api.post<Comment>(`/api/comments/${id}/${decision}`),
    onSuccess: (c) => {
      void queryClient.invalidateQueries({ queryKey: commentKeys.all });
      notifications.show({
        color: c.status === 'approved' ? 'green' : 'gray',
        message: t(c.status === 'approved' ? 'comments.approved' : 'comments.rejected', {
          name: c.name,
        }),
      });
    },
    onError: (e) => notifications.show({ color: 'red', message: errorText(e, t) }),
  });
  const items = list.data?.pages.flatMap((p) => p.items) ?? [];

  return (
    <>
      <PageHeader title={t('comments.title')} />
      <Tabs value={status} onChange={(v) => v && setStatus(v as Status)} mb="md">
        <Tabs.List>
          {STATUSES.map((s) => (
            <Tabs.Tab
              key={s}
              value={s}
              data-testid={`comments-tab-${s}`}
              rightSection={
                <Badge
                  size="sm"
                  variant={s === 'pending' && countLabel(lists[s]) !== '0' ? 'filled' : 'light'}
                  color={s === 'pending' && countLabel(lists[s]) !== '0' ? 'orange' : 'gray'}
                  data-testid={`comments-count-${s}`}
                >
                  {countLabel(lists[s])}
                </Badge>
              }
            >
              {t(`comments.status.${s}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
      </Tabs>
      <ErrorAlert error={list.error} mb="md" />
      {list.isSuccess && items.length === 0 && (
        <Text c="dimmed" data-testid="comments-empty">
          {t(`comments.empty.${status}`)}
        </Text>
      )}
      <Stack gap="sm" data-testid="comments-list">
        {items.map((c) => (
          <Card key={c.id} withBorder padding="md" data-testid="comment" data-comment-id={c.id}>
            <Group justify="space-between" align="flex-start" wrap="wrap" gap="xs" mb={6}>
              <div style={{ minWidth: 0, flex: 1 }}>
                <Text size="sm" c="dimmed">
                  {t('comments.on')}{' '}
                  <Anchor component={Link} to={`/articles/${c.articleId}`} fw={600}>
                    {c.articleTitle}
                  </Anchor>
                  {c.articleUrl && (
                    <>
                      {' · '}
                      <Anchor href={c.articleUrl} target="_blank" rel="noopener" size="sm">
                        {t('comments.openPublic')}
                      </Anchor>
                    </>
                  )}
                </Text>
                <Text fw={700} data-testid="comment-name">
                  {c.name}
                </Text>
              </div>
              <Text size="sm" c="dimmed" data-testid="comment-time">
                {formatDateTime(c.createdAt)}
              </Text>
            </Group>
            <Text
              style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}
              data-testid="comment-body"
            >
              {c.body}
            </Text>
            <Group gap="xs" mt="sm">
              {c.status !== 'approved' && (
                <Button
                  size="xs"
                  onClick={() => moderate.mutate({ id: c.id, decision: 'approve' })}
                  loading={
                    moderate.isPending &&
                    moderate.variables?.id === c.id &&
                    moderate.variables.decision === 'approve'
                  }
                  disabled={moderate.isPending && moderate.variables?.id === c.id}
                  data-testid="comment-approve"
                >
                  {t('comments.approve')}
                </Button>
              )}
              {c.status !== 'rejected' && (
                <Button
                  size="xs"
                  variant="outline"
                  color="orange"
                  onClick={() => moderate.mutate({ id: c.id, decision: 'reject' })}
                  loading={
                    moderate.isPending &&
                    moderate.variables?.id === c.id &&
                    moderate.variables.decision === 'reject'
                  }
                  disabled={moderate.isPending && moderate.variables?.id === c.id}
                  data-testid="comment-reject"
                >
                  {t(c.status === 'approved' ? 'comments.hide' : 'comments.reject')}
                </Button>
              )}
            </Group>
          </Card>
        ))}
      </Stack>
      {list.hasNextPage && (
        <Group justify="center" mt="md">
          <Button
            variant="default"
            onClick={() => void list.fetchNextPage()}
            loading={list.isFetchingNextPage}
          >
            {t('common.loadMore')}
          </Button>
        </Group>
      )}
    </>
  );
}
