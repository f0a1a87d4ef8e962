import { Code, Table, Text, Timeline } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AuditEventView } from '../../api/types';
import { formatDateTime } from '../../format';

function DataSummary({ data }: { data: Record<string, unknown> }) {
  const entries = Object.entries(data);
  if (entries.length === 0) return null;
  const text = entries
    .map(([k, v]) => `${k}: ${typeof v === 'string' ? v : JSON.stringify(v)}`)
    .join(' · ');
  return (
    <Text size="xs" c="dimmed" lineClamp={2} title={text}>
      {text}
    </Text>
  );
}

export function AuditTable({ items }: { items: AuditEventView[] }) {
  const { t } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table striped verticalSpacing="xs" data-testid="audit-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('audit.at')}</Table.Th>
            <Table.Th>{t('audit.actor')}</Table.Th>
            <Table.Th>{t('audit.action')}</Table.Th>
            <Table.Th>{t('audit.entity')}</Table.Th>
            <Table.Th>{t('audit.details')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((e) => (
            <Table.Tr key={e.id} data-audit-action={e.action}>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(e.at)}</Table.Td>
              <Table.Td>
                {e.actorName ?? t('audit.system')}
                {e.ip && (
                  <Text size="xs" c="dimmed">
                    {e.ip}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <Code>{e.action}</Code>
              </Table.Td>
              <Table.Td>
                {t(`audit.entities.${e.entityType}`, { defaultValue: e.entityType })}
                {e.entityId && (
                  <Text size="xs" c="dimmed" truncate maw={200} title={e.entityId}>
                    {e.entityId}
                  </Text>
                )}
              </Table.Td>
              <Table.Td maw={360}>
                <DataSummary data={e.data} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

export function AuditTimeline({ items }: { items: AuditEventView[] }) {
  const { t } = useTranslation();
  return (
    <Timeline bulletSize={14} lineWidth={2} data-testid="audit-timeline" active={-1}>
      {items.map((e) => (
        <Timeline.Item
          key={e.id}
          title={
            <Text size="sm" fw={600}>
              {e.actorName ?? t('audit.system')} · <Code>{e.action}</Code>
            </Text>
          }
        >
          <Text size="xs" c="dimmed">
            {formatDateTime(e.at)} ·{' '}
            {t(`audit.entities.${e.entityType}`, { defaultValue: e.entityType })}
            {e.entityId ? ` ${e.entityId}` : ''}
          </Text>
          <DataSummary data={e.data} />
        </Timeline.Item>
      ))}
    </Timeline>
  );
}
