import { Badge, Button, Group, Modal, Stack, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import type { SessionView } from '../../api/types';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageHeader } from '../../components/PageHeader';
import { formatDateTime } from '../../format';

const SESSIONS_KEY = ['auth', 'sessions'] as const;

/** A short name for a browser from its user agent: "Chrome · Windows". */
function describeAgent(ua: string | null): string | null {
  if (!ua) return null;
  const browser = /Edg\//.test(ua)
    ? 'Edge'
    : /Firefox\//.test(ua)
      ? 'Firefox'
      : /Chrom(e|ium)\//.test(ua)
        ? 'Chrome'
        : /Safari\//.test(ua)
          ? 'Safari'
          : null;
  const os = /Windows/.test(ua)
    ? 'Windows'
    : /Android/.test(ua)
      ? 'Android'
      : /iPhone|iPad/.test(ua)
        ? 'iOS'
        : /Mac OS X/.test(ua)
          ? 'macOS'
          : /Linux/.test(ua)
            ? 'Linux'
            : null;
  return [browser, os].filter(Boolean).join(' · ') || ua.slice(0, 60);
}

/** Where I am logged in; ending the others is what to do after a lost phone or laptop. */
export default function SessionsPage() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const sessions = useQuery({
    queryKey: SESSIONS_KEY,
    queryFn: () => api.get<SessionView[]>('/api/auth/sessions'),
  });
  const [confirming, setConfirming] = useState(false);
  const endOthers = useMutation({
    mutationFn: () => api.del('/api/auth/sessions'),
    onSuccess: () => {
      setConfirming(false);
      notifications.show({ color: 'green', message: t('sessions.ended') });
      return queryClient.invalidateQueries({ queryKey: SESSIONS_KEY });
    },
  });
  const others = (sessions.data ?? []).filter((s) => !s.current).length;

  return (
    <>
      <PageHeader title={t('nav.sessions')}>
        <Button
          color="red"
          variant="light"
          disabled={others === 0}
          onClick={() => setConfirming(true)}
        >
          {t('sessions.endOthers')}
        </Button>
      </PageHeader>
      <ErrorAlert error={sessions.error} mb="md" />
      {sessions.data && (
        <Table.ScrollContainer minWidth={600}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('sessions.device')}</Table.Th>
                <Table.Th>{t('sessions.ip')}</Table.Th>
                <Table.Th>{t('sessions.createdAt')}</Table.Th>
                <Table.Th>{t('sessions.lastSeenAt')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {sessions.data.map((s) => (
                <Table.Tr key={s.id}>
                  <Table.Td>
                    <Group gap="xs">
                      <span title={s.userAgent ?? undefined}>
                        {describeAgent(s.userAgent) ?? t('sessions.unknownDevice')}
                      </span>
                      {s.current && (
                        <Badge variant="light" color="green">
                          {t('sessions.current')}
                        </Badge>
                      )}
                    </Group>
                  </Table.Td>
                  <Table.Td>{s.ip ?? t('common.none')}</Table.Td>
                  <Table.Td>{formatDateTime(s.createdAt)}</Table.Td>
                  <Table.Td>{formatDateTime(s.lastSeenAt)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <Modal
        opened={confirming}
        onClose={() => setConfirming(false)}
        title={t('sessions.endOthers')}
      >
        <Stack>
          <Text>{t('sessions.endOthersText', { count: others })}</Text>
          <ErrorAlert error={endOthers.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirming(false)}>
              {t('common.cancel')}
            </Button>
            <Button color="red" loading={endOthers.isPending} onClick={() => endOthers.mutate()}>
              {t('sessions.endOthers')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
