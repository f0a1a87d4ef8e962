import { Button, Table, Text } from '@mantine/core';
import { modals } from './confirm';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../format';
import { ErrorAlert, errorText } from '../ErrorAlert';
import { articleApi, keys, type Article } from '../articles/articleApi';

/** Every saved revision; an editable article can go back to any of them (as a new save). */
export function RevisionList({
  article,
  beforeRestore,
  onRestored,
}: {
  article: Article;
  beforeRestore: () => Promise<boolean>;
  onRestored: (a: Article) => void;
}) {
  const { t } = useTranslation();
  const revisions = useQuery({
    queryKey: [...keys.revisions(article.id), article.version],
    queryFn: () => articleApi.revisions(article.id),
  });
  const restore = useMutation({
    mutationFn: async (n: number) => {
      await beforeRestore();
      return articleApi.restore(article.id, n, article.version);
    },
    onSuccess: onRestored,
  });
  const list = [...(revisions.data ?? [])].sort((a, b) => b.n - a.n);
  return (
    <>
      <ErrorAlert error={revisions.error} />
      {restore.error ? <ErrorAlert error={errorText(restore.error, t)} mb="sm" /> : null}
      <Table.ScrollContainer minWidth={420}>
        <Table verticalSpacing={4} data-testid="revisions">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>#</Table.Th>
              <Table.Th>{t('review.kind')}</Table.Th>
              <Table.Th>{t('review.by')}</Table.Th>
              <Table.Th>{t('review.at')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {list.map((r) => (
              <Table.Tr key={r.n}>
                <Table.Td>{r.n}</Table.Td>
                <Table.Td>{t(`review.kinds.${r.kind}`, { defaultValue: r.kind })}</Table.Td>
                <Table.Td>
                  <Text size="sm">{r.createdBy?.penName || r.createdBy?.displayName || ''}</Text>
                </Table.Td>
                <Table.Td>{formatDateTime(r.createdAt)}</Table.Td>
                <Table.Td>
                  {article.canEdit && r !== list[0] && (
                    <Button
                      size="compact-xs"
                      variant="default"
                      loading={restore.isPending && restore.variables === r.n}
                      onClick={() =>
                        modals.confirm(t('review.restoreConfirm', { n: r.n }), () =>
                          restore.mutate(r.n),
                        )
                      }
                      aria-label={t('review.restoreN', { n: r.n })}
                    >
                      {t('review.restore')}
                    </Button>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </>
  );
}
