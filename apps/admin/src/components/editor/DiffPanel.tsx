import { Box, Paper, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../ErrorAlert';
import { articleApi, keys, type Diff } from '../articles/articleApi';
import { useSections } from '../articles/useSections';

const REVIEWED = ['submit', 'publish', 'republish'];
const INS = { background: '#d3f9d8', color: '#0b5d1e', textDecoration: 'underline' };
const DEL = { background: '#ffe3e3', color: '#8a1111', textDecoration: 'line-through' };

/** Fields that hold an id: shown by what it names, whole (a word diff of two UUIDs says nothing). */
const ID_FIELDS = ['sectionId', 'featuredMediaId'];

type Part = Diff['fields'][number]['parts'][number];

/** Old and new values of a field from its word diff. */
function sides(parts: Part[]): { before: string; after: string } {
  const before = parts
    .filter((p) => p.op !== 'insert')
    .map((p) => p.text)
    .join('');
  const after = parts
    .filter((p) => p.op !== 'delete')
    .map((p) => p.text)
    .join('');
  return { before: before.trim(), after: after.trim() };
}

function PhotoName({ id }: { id: string }) {
  const { t } = useTranslation();
  const m = useQuery({
    queryKey: keys.mediaOne(id),
    queryFn: () => articleApi.mediaOne(id),
    staleTime: 5 * 60_000,
  });
  return <>{m.data ? m.data.caption || m.data.fileName : t('review.photo')}</>;
}

function IdChange({ field, parts }: { field: string; parts: Part[] }) {
  const { t } = useTranslation();
  const { sections } = useSections();
  const { before, after } = sides(parts);
  const name = (id: string) =>
    field === 'sectionId' ? (
      (sections.find((s) => s.id === id)?.name ?? t('review.removedSection'))
    ) : (
      <PhotoName id={id} />
    );
  return (
    <>
      {before && <del style={DEL}>{name(before)}</del>}
      {before && after && ' → '}
      {after ? <ins style={INS}>{name(after)}</ins> : <span>{t('review.none')}</span>}
    </>
  );
}

/** What changed since the last submitted or published revision, word by word, inline. */
export function DiffPanel({ articleId, version }: { articleId: string; version: number }) {
  const { t } = useTranslation();
  // Since the last review: from the submit/publish before the latest submission to now.
  const revisions = useQuery({
    queryKey: [...keys.revisions(articleId), version],
    queryFn: () => articleApi.revisions(articleId),
  });
  const range = useMemo(() => {
    const list = [...(revisions.data ?? [])].sort((a, b) => b.n - a.n);
    if (list.length === 0) return null;
    const lastSubmit = list.find((r) => r.kind === 'submit');
    const base = list.find((r) => REVIEWED.includes(r.kind) && (!lastSubmit || r.n < lastSubmit.n));
    const from = base?.n ?? list[list.length - 1].n;
    return { from, to: list[0].n };
  }, [revisions.data]);
  const diff = useQuery({
    queryKey: keys.diff(articleId, range?.from, range?.to),
    queryFn: () => articleApi.diff(articleId, range!.from, range!.to),
    enabled: range !== null && range.from < range.to,
  });
  return (
    <Stack gap="sm" data-testid="diff">
      <ErrorAlert error={diff.error} />
      {diff.data && (
        <Text size="sm" c="dimmed">
          {t('review.diffRange', { from: diff.data.from, to: diff.data.to })}
        </Text>
      )}
      {(diff.data?.fields.length === 0 || (range && range.from >= range.to)) && (
        <Text>{t('review.noChanges')}</Text>
      )}
      {diff.data?.fields.map((f) => (
        <Paper key={f.field} withBorder p="sm">
          <Title order={3} size="h6" mb={4}>
            {t(`review.field.${f.field}`, { defaultValue: f.field })}
          </Title>
          <Box style={{ whiteSpace: 'pre-wrap', lineHeight: 1.6 }}>
            {ID_FIELDS.includes(f.field) ? (
              <IdChange field={f.field} parts={f.parts} />
            ) : (
              f.parts.map((p, i) =>
                p.op === 'insert' ? (
                  <ins key={i} style={INS}>
                    {p.text}
                  </ins>
                ) : p.op === 'delete' ? (
                  <del key={i} style={DEL}>
                    {p.text}
                  </del>
                ) : (
                  <span key={i}>{p.text}</span>
                ),
              )
            )}
          </Box>
        </Paper>
      ))}
    </Stack>
  );
}
