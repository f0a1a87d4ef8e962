import { Anchor, Table, Text } from '@mantine/core';
import type { ArticleState } from '@toasoan/workflow';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime, formatNumber } from '../../format';
import type { ArticleSummary } from './articleApi';
import { StateBadge } from './StateBadge';

/** Articles as rows: title (opens the editor), state, section, author, words, last change. */
export function ArticleTable({ items, caption }: { items: ArticleSummary[]; caption?: string }) {
  const { t } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table striped highlightOnHover verticalSpacing="xs" data-testid="article-table">
        {caption && <Table.Caption>{caption}</Table.Caption>}
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('articles.title')}</Table.Th>
            <Table.Th>{t('articles.state')}</Table.Th>
            <Table.Th>{t('articles.section')}</Table.Th>
            <Table.Th>{t('articles.author')}</Table.Th>
            <Table.Th ta="right">{t('articles.words')}</Table.Th>
            <Table.Th>{t('articles.updatedAt')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((a) => (
            <Table.Tr key={a.id} data-article-id={a.id}>
              <Table.Td>
                <Anchor component={Link} to={`/articles/${a.id}`} fw={600}>
                  {a.title}
                </Anchor>
                {a.hasPendingRevision && (
                  <Text size="xs" c="orange.8">
                    {t('articles.pendingRevision')}
                  </Text>
                )}
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                <StateBadge state={a.state as ArticleState} />
              </Table.Td>
              <Table.Td>{a.section?.name ?? t('common.none')}</Table.Td>
              <Table.Td>{a.author.penName || a.author.displayName}</Table.Td>
              <Table.Td ta="right">{formatNumber(a.wordCount)}</Table.Td>
              <Table.Td>{formatDateTime(a.updatedAt)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
