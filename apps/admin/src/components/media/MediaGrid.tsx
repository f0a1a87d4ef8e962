import {
  Button,
  Group,
  Image,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  UnstyledButton,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../ErrorAlert';
import { articleApi, keys, type Media } from '../articles/articleApi';

/** The photo library as a searchable grid; clicking a photo calls onPick. */
export function MediaGrid({
  onPick,
  selectedId,
  cols = { base: 2, sm: 3, md: 4, lg: 5 },
}: {
  onPick: (m: Media) => void;
  selectedId?: string | null;
  cols?: Record<string, number>;
}) {
  const { t } = useTranslation();
  const [q, setQ] = useState('');
  const [debounced] = useDebouncedValue(q.trim(), 300);
  const list = useInfiniteQuery({
    queryKey: keys.media(debounced),
    queryFn: ({ pageParam }) => articleApi.media(debounced, pageParam),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
  });
  const items = useMemo(() => list.data?.pages.flatMap((p) => p.items) ?? [], [list.data]);
  return (
    <Stack gap="sm">
      <TextInput
        label={t('media.search')}
        placeholder={t('media.searchHint')}
        value={q}
        onChange={(e) => setQ(e.currentTarget.value)}
        type="search"
      />
      <ErrorAlert error={list.error} />
      {list.isSuccess && items.length === 0 && <Text c="dimmed">{t('media.empty')}</Text>}
      <SimpleGrid cols={cols} spacing="sm" data-testid="media-grid">
        {items.map((m) => (
          <UnstyledButton
            key={m.id}
            onClick={() => onPick(m)}
            aria-label={t('media.pick', { name: m.caption || m.fileName })}
            aria-pressed={selectedId === m.id}
            data-media-id={m.id}
            style={{
              outline: selectedId === m.id ? '3px solid var(--mantine-color-red-7)' : undefined,
              borderRadius: 4,
            }}
          >
            <Image
              src={m.variants.find((v) => v.width >= 320)?.url ?? m.url}
              alt={m.alt}
              h={110}
              fit="cover"
              radius="sm"
              fallbackSrc={m.placeholder ?? undefined}
            />
            <Text size="xs" lineClamp={2} mt={4}>
              {m.caption || m.fileName}
            </Text>
          </UnstyledButton>
        ))}
      </SimpleGrid>
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
  );
}
