import {
  Alert,
  Button,
  Group,
  SegmentedControl,
  Select,
  SimpleGrid,
  Text,
  TextInput,
} from '@mantine/core';
import '@mantine/dates/styles.css';
import 'dayjs/locale/vi';
import { DatePickerInput } from '@mantine/dates';
import { keepPreviousData, useInfiniteQuery, useMutation, useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, withQuery } from '../../api/client';
import type { AuditPage as AuditPageView, AuditVerifyView, UserView } from '../../api/types';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageHeader } from '../../components/PageHeader';
import { formatNumber } from '../../format';
import { AuditTable, AuditTimeline } from './AuditViews';

export interface AuditFilters {
  actorId: string;
  entity: string;
  action: string;
  /** yyyy-MM-dd, Vietnam calendar days, both inclusive. */
  from: string;
  to: string;
}
const NO_FILTERS: AuditFilters = { actorId: '', entity: '', action: '', from: '', to: '' };
const ENTITIES = ['article', 'user', 'api_token', 'media', 'section', 'comment', 'session'];
const DAY_MS = 86_400_000;

/** A calendar day in Vietnam (UTC+7, no DST) → the instant it starts. */
const dayStart = (day: string) => new Date(`${day}T00:00:00+07:00`);

function toQuery(f: AuditFilters) {
  return {
    actorId: f.actorId,
    entity: f.entity,
    action: f.action.trim(),
    from: f.from ? dayStart(f.from).toISOString() : '',
    // `to` is exclusive in the API: the day after the last day chosen.
    to: f.to ? new Date(dayStart(f.to).getTime() + DAY_MS).toISOString() : '',
  };
}

/** Admin: who did what, filtered, newest first, and a check that nobody rewrote the record. */
export default function AuditPage() {
  const { t, i18n } = useTranslation();
  const [draft, setDraft] = useState<AuditFilters>(NO_FILTERS);
  const [filters, setFilters] = useState<AuditFilters>(NO_FILTERS);
  const [view, setView] = useState<'table' | 'timeline'>('table');
  const users = useQuery({ queryKey: ['users'], queryFn: () => api.get<UserView[]>('/api/users') });

  const events = useInfiniteQuery({
    queryKey: ['audit', filters],
    initialPageParam: '',
    queryFn: ({ pageParam, signal }) =>
      api.get<AuditPageView>(
        withQuery('/api/audit', { ...toQuery(filters), cursor: pageParam, limit: 50 }),
        { signal },
      ),
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    // Keep the current rows on screen while a new filter loads.
    placeholderData: keepPreviousData,
  });
  const items = events.data?.pages.flatMap((p) => p.items) ?? [];

  const verify = useMutation({ mutationFn: () => api.get<AuditVerifyView>('/api/audit/verify') });

  function apply(e: FormEvent) {
    e.preventDefault();
    setFilters(draft);
  }
  const set = (k: keyof AuditFilters) => (v: string | null) =>
    setDraft((d) => ({ ...d, [k]: v ?? '' }));

  return (
    <>
      <PageHeader title={t('nav.audit')}>
        <Button variant="outline" loading={verify.isPending} onClick={() => verify.mutate()}>
          {t('audit.verify')}
        </Button>
      </PageHeader>

      {verify.data && (
        <Alert
          mb="md"
          role="status"
          data-testid="audit-verify-result"
          color={verify.data.ok ? 'green' : 'red'}
          title={verify.data.ok ? t('audit.verifyOk') : t('audit.verifyBroken')}
        >
          {verify.data.ok
            ? t('audit.verifyOkText', {
                count: verify.data.checked,
                n: formatNumber(verify.data.checked),
              })
            : t('audit.verifyBrokenText', {
                n: formatNumber(verify.data.checked),
                id: verify.data.firstBrokenId ?? '?',
              })}
        </Alert>
      )}
      <ErrorAlert error={verify.error} mb="md" />

      <form onSubmit={apply} aria-label={t('audit.filters')}>
        <SimpleGrid cols={{ base: 1, xs: 2, lg: 4 }} mb="sm">
          <Select
            label={t('audit.actor')}
            placeholder={t('audit.anyone')}
            clearable
            searchable
            data={(users.data ?? []).map((u) => ({
              value: u.id,
              label: `${u.displayName} (${u.email})`,
            }))}
            value={draft.actorId || null}
            onChange={set('actorId')}
          />
          <Select
            label={t('audit.entity')}
            placeholder={t('audit.anyEntity')}
            clearable
            data={ENTITIES.map((e) => ({ value: e, label: t(`audit.entities.${e}`) }))}
            value={draft.entity || null}
            onChange={set('entity')}
          />
          <TextInput
            label={t('audit.action')}
            placeholder="article.publish, user."
            description={t('audit.actionHint')}
            value={draft.action}
            onChange={(e) => set('action')(e.currentTarget.value)}
          />
          <DatePickerInput
            type="range"
            label={t('audit.dates')}
            placeholder={t('audit.anyDate')}
            valueFormat="DD/MM/YYYY"
            locale={i18n.language === 'vi' ? 'vi' : 'en'}
            firstDayOfWeek={1}
            allowSingleDateInRange
            clearable
            value={[draft.from || null, draft.to || null]}
            onChange={([from, to]) => setDraft((d) => ({ ...d, from: from ?? '', to: to ?? '' }))}
          />
        </SimpleGrid>
        <Group mb="md" justify="space-between">
          <Group gap="sm">
            <Button type="submit">{t('common.search')}</Button>
            <Button
              variant="default"
              onClick={() => {
                setDraft(NO_FILTERS);
                setFilters(NO_FILTERS);
              }}
            >
              {t('common.reset')}
            </Button>
          </Group>
          <SegmentedControl
            aria-label={t('audit.view')}
            value={view}
            onChange={(v) => setView(v as 'table' | 'timeline')}
            data={[
              { value: 'table', label: t('audit.viewTable') },
              { value: 'timeline', label: t('audit.viewTimeline') },
            ]}
          />
        </Group>
      </form>

      <ErrorAlert error={events.error} mb="md" />
      {events.isSuccess && items.length === 0 && <Text>{t('audit.empty')}</Text>}
      {items.length > 0 &&
        (view === 'table' ? <AuditTable items={items} /> : <AuditTimeline items={items} />)}
      {events.hasNextPage && (
        <Group justify="center" mt="md">
          <Button
            variant="default"
            loading={events.isFetchingNextPage}
            onClick={() => void events.fetchNextPage()}
          >
            {t('common.loadMore')}
          </Button>
        </Group>
      )}
    </>
  );
}
