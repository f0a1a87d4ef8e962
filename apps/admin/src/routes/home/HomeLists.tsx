import { Anchor, Badge, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { ArticleState } from '@toasoan/workflow';
import type { TFunction } from 'i18next';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import {
  articleApi,
  keys,
  type ArticleFilters,
  type ArticleSummary,
} from '../../components/articles/articleApi';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatDateTime, formatNumber } from '../../format';

/** "3 giờ 20 phút", "2 ngày 4 giờ": how long something has waited. */
export function waited(since: string, t: TFunction, now = Date.now()): string {
  const minutes = Math.max(0, Math.floor((now - new Date(since).getTime()) / 60_000));
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  if (days > 0) return t('home.waitedDays', { days, hours });
  if (hours > 0) return t('home.waitedHours', { hours, minutes: minutes % 60 });
  return t('home.waitedMinutes', { minutes });
}

export function useArticles(filters: ArticleFilters) {
  return useQuery({ queryKey: keys.list(filters), queryFn: () => articleApi.list(filters) });
}

export function Panel({
  title,
  count,
  testId,
  more,
  children,
}: {
  title: string;
  count?: number;
  testId: string;
  more?: string;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="md" data-testid={testId} component="section" aria-label={title}>
      <Group justify="space-between" mb="xs">
        <Title order={2} size="h4">
          {title}
          {count !== undefined && (
            <Badge ml="xs" variant="light" size="lg">
              {formatNumber(count)}
            </Badge>
          )}
        </Title>
        {more && (
          <Anchor component={Link} to={more} size="sm">
            {t('home.seeAll')}
          </Anchor>
        )}
      </Group>
      {children}
    </Paper>
  );
}

/** A short list of articles with one extra line each (waiting time, publish time, the note…). */
export function MiniList({
  filters,
  extra,
  sort,
  empty,
}: {
  filters: ArticleFilters;
  extra?: (a: ArticleSummary) => ReactNode;
  sort?: (a: ArticleSummary, b: ArticleSummary) => number;
  empty: string;
}) {
  const list = useArticles(filters);
  const items = [...(list.data?.items ?? [])];
  if (sort) items.sort(sort);
  return (
    <>
      <ErrorAlert error={list.error} />
      {list.isSuccess && items.length === 0 && (
        <Text size="sm" c="dimmed">
          {empty}
        </Text>
      )}
      <Stack gap={6}>
        {items.map((a) => (
          <div key={a.id} data-article-id={a.id}>
            <Anchor component={Link} to={`/articles/${a.id}`} fw={600} size="sm">
              {a.title}
            </Anchor>
            <Text size="xs" c="dimmed">
              {[a.section?.name, a.author.penName || a.author.displayName]
                .filter(Boolean)
                .join(' · ')}
              {extra ? ' · ' : ''}
              {extra?.(a)}
            </Text>
          </div>
        ))}
      </Stack>
    </>
  );
}

/** The latest editor's note on an article returned to its reporter. */
export function ReturnNote({ id }: { id: string }) {
  const notes = useQuery({ queryKey: keys.notes(id), queryFn: () => articleApi.notes(id) });
  const note = [...(notes.data ?? [])].reverse().find((n) => n.kind === 'request_changes');
  if (!note) return null;
  return (
    <Text span size="xs" c="orange.9" data-testid="home-return-note">
      {note.author.penName || note.author.displayName}: “{note.body}”
    </Text>
  );
}

/** Articles per section and state. */
export function SectionCounts() {
  const { t } = useTranslation();
  const stats = useQuery({ queryKey: keys.stats, queryFn: articleApi.stats });
  const states: ArticleState[] = [
    'draft',
    'in_review',
    'changes_requested',
    'scheduled',
    'published',
  ];
  const rows = new Map<string, { name: string; counts: Partial<Record<string, number>> }>();
  for (const r of stats.data?.bySection ?? []) {
    const key = r.sectionId ?? '';
    const row = rows.get(key) ?? { name: r.name ?? t('home.noSection'), counts: {} };
    row.counts[r.state] = (row.counts[r.state] ?? 0) + r.count;
    rows.set(key, row);
  }
  return (
    <>
      <ErrorAlert error={stats.error} />
      <Table.ScrollContainer minWidth={480}>
        <Table verticalSpacing={4} data-testid="section-counts">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('articles.section')}</Table.Th>
              {states.map((s) => (
                <Table.Th key={s} ta="right">
                  {t(`articleState.${s}`)}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {[...rows].map(([key, row]) => (
              <Table.Tr key={key}>
                <Table.Td>{row.name}</Table.Td>
                {states.map((s) => (
                  <Table.Td key={s} ta="right">
                    {formatNumber(row.counts[s] ?? 0)}
                  </Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </>
  );
}

export const at = (iso: string | null) => formatDateTime(iso);
