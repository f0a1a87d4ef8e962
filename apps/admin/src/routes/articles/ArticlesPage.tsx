import { Button, Group, Select, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useInfiniteQuery } from '@tanstack/react-query';
import { ARTICLE_STATES, type ArticleState } from '@toasoan/workflow';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { articleApi, keys, type ArticleFilters } from '../../components/articles/articleApi';
import { ArticleTable } from '../../components/articles/ArticleTable';
import { DayInput } from '../../components/articles/DayInput';
import { NewArticleButton } from '../../components/articles/NewArticleButton';
import { useSections } from '../../components/articles/useSections';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageHeader } from '../../components/PageHeader';
import { useMe } from '../../session/session';

/** A date picked in the newsroom's calendar (`2024-05-01`) as the instant its day starts in Vietnam. */
function vnDayStart(day: string, plusDays = 0): string | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return undefined;
  const d = new Date(`${day}T00:00:00+07:00`);
  d.setUTCDate(d.getUTCDate() + plusDays);
  return d.toISOString();
}

/** All articles the user may see: filters kept in the URL, diacritic-insensitive search, "Xem thêm". */
export default function ArticlesPage() {
  const { t } = useTranslation();
  const me = useMe();
  const [params, setParams] = useSearchParams();
  const { options: sectionOptions } = useSections();
  const [q, setQ] = useState(params.get('q') ?? '');
  const [debouncedQ] = useDebouncedValue(q.trim(), 300);

  const set = (name: string, value: string | null) => {
    const next = new URLSearchParams(params);
    if (value) next.set(name, value);
    else next.delete(name);
    setParams(next, { replace: true });
  };

  const filters: ArticleFilters = {
    state: (params.get('state') ?? '') as ArticleState | '',
    sectionId: params.get('sectionId') ?? undefined,
    authorId: params.get('authorId') ?? undefined,
    q: debouncedQ || undefined,
    from: vnDayStart(params.get('from') ?? ''),
    to: vnDayStart(params.get('to') ?? '', 1),
    limit: 20,
  };

  const list = useInfiniteQuery({
    queryKey: keys.list(filters),
    queryFn: ({ pageParam }) => articleApi.list(filters, pageParam),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
  });
  const items = useMemo(() => list.data?.pages.flatMap((p) => p.items) ?? [], [list.data]);

  // Authors: me, and whoever appears in what is loaded (the users list is for admins only).
  const authorOptions = useMemo(() => {
    const seen = new Map<string, string>([[me.user.id, t('articles.mine')]]);
    for (const a of items)
      if (!seen.has(a.author.id)) seen.set(a.author.id, a.author.penName || a.author.displayName);
    const current = params.get('authorId');
    if (current && !seen.has(current)) seen.set(current, t('articles.someone'));
    return [...seen].map(([value, label]) => ({ value, label }));
  }, [items, me.user.id, params, t]);

  const stateOptions = ARTICLE_STATES.map((s) => ({ value: s, label: t(`articleState.${s}`) }));

  return (
    <>
      <PageHeader title={t('articles.list')}>
        <NewArticleButton />
      </PageHeader>
      <Stack gap="sm">
        <Group
          align="flex-end"
          gap="sm"
          wrap="wrap"
          role="search"
          aria-label={t('articles.filters')}
        >
          <TextInput
            label={t('articles.search')}
            placeholder={t('articles.searchHint')}
            value={q}
            onChange={(e) => {
              setQ(e.currentTarget.value);
              set('q', e.currentTarget.value.trim() || null);
            }}
            w={260}
            data-testid="article-search"
          />
          <Select
            label={t('articles.state')}
            placeholder={t('articles.anyState')}
            data={stateOptions}
            value={params.get('state')}
            onChange={(v) => set('state', v)}
            clearable
            w={170}
          />
          <Select
            label={t('articles.section')}
            placeholder={t('articles.anySection')}
            data={sectionOptions}
            value={params.get('sectionId')}
            onChange={(v) => set('sectionId', v)}
            clearable
            searchable
            w={180}
          />
          <Select
            label={t('articles.author')}
            placeholder={t('articles.anyAuthor')}
            data={authorOptions}
            value={params.get('authorId')}
            onChange={(v) => set('authorId', v)}
            clearable
            searchable
            w={180}
          />
          <DayInput
            label={t('articles.from')}
            value={params.get('from')}
            onChange={(v) => set('from', v)}
          />
          <DayInput
            label={t('articles.to')}
            value={params.get('to')}
            onChange={(v) => set('to', v)}
          />
          {[...params.keys()].length > 0 && (
            <Button
              variant="subtle"
              onClick={() => {
                setQ('');
                setParams(new URLSearchParams(), { replace: true });
              }}
            >
              {t('common.reset')}
            </Button>
          )}
        </Group>
        <ErrorAlert error={list.error} />
        {list.isSuccess && items.length === 0 ? (
          <Text c="dimmed" data-testid="articles-empty">
            {t('articles.empty')}
          </Text>
        ) : (
          <ArticleTable items={items} />
        )}
        {list.hasNextPage && (
          <Group justify="center">
            <Button
              variant="default"
              loading={list.isFetchingNextPage}
              onClick={() => void list.fetchNextPage()}
            >
              {t('common.loadMore')}
            </Button>
          </Group>
        )}
      </Stack>
    </>
  );
}
