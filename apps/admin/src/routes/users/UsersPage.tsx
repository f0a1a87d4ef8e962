import { Button, Group, Select, Table, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { fold } from '@toasoan/vi-text';
import { ROLES } from '@toasoan/workflow';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import type { Role, UpdateUserDto, UserView } from '../../api/types';
import { ErrorAlert, errorText } from '../../components/ErrorAlert';
import { PageHeader } from '../../components/PageHeader';
import { formatDate } from '../../format';
import { useMe } from '../../session/session';
import { CreateUserModal } from './CreateUserModal';
import { ResetPasswordModal } from './ResetPasswordModal';

export const USERS_KEY = ['users'] as const;

/** Admin: the newsroom's people, their roles, and who may log in. */
export default function UsersPage() {
  const { t } = useTranslation();
  const me = useMe();
  const queryClient = useQueryClient();
  const users = useQuery({ queryKey: USERS_KEY, queryFn: () => api.get<UserView[]>('/api/users') });
  const [filter, setFilter] = useState('');
  const [creating, setCreating] = useState(false);
  const [resetting, setResetting] = useState<UserView | null>(null);

  const update = useMutation({
    mutationFn: ({ id, change }: { id: string; change: UpdateUserDto; user: UserView }) =>
      api.patch<UserView>(`/api/users/${id}`, change),
    onSuccess: (user, { change }) => {
      queryClient.setQueryData<UserView[]>(USERS_KEY, (list) =>
        list?.map((u) => (u.id === user.id ? user : u)),
      );
      const message =
        change.role !== undefined
          ? t('users.roleChanged', { name: user.displayName, role: t(`roles.${user.role}`) })
          : t(user.active ? 'users.activated' : 'users.deactivated', { name: user.displayName });
      notifications.show({ color: 'green', message });
    },
    onError: (e, { user }) =>
      notifications.show({
        color: 'red',
        title: user.displayName,
        message: errorText(e, t),
        autoClose: 8000,
      }),
  });

  const shown = useMemo(() => {
    const q = fold(filter.trim());
    const list = users.data ?? [];
    if (!q) return list;
    return list.filter((u) => fold(`${u.displayName} ${u.penName ?? ''} ${u.email}`).includes(q));
  }, [users.data, filter]);

  const roleOptions = ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) }));

  return (
    <>
      <PageHeader title={t('nav.users')}>
        <Button onClick={() => setCreating(true)}>{t('users.new')}</Button>
      </PageHeader>
      <TextInput
        label={t('users.filter')}
        placeholder={t('users.filterPlaceholder')}
        value={filter}
        onChange={(e) => setFilter(e.currentTarget.value)}
        maw={480}
        mb="md"
      />
      <ErrorAlert error={users.error} mb="md" />
      {users.data && (
        <Table.ScrollContainer minWidth={980}>
          <Table striped highlightOnHover verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th miw={180}>{t('users.displayName')}</Table.Th>
                <Table.Th>{t('users.email')}</Table.Th>
                <Table.Th>{t('users.role')}</Table.Th>
                <Table.Th>{t('users.status')}</Table.Th>
                <Table.Th>{t('users.createdAt')}</Table.Th>
                <Table.Th>{t('common.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {shown.map((u) => {
                const self = u.id === me.user.id;
                const busy = update.isPending && update.variables?.id === u.id;
                return (
                  <Table.Tr key={u.id} data-user={u.email}>
                    <Table.Td>
                      <Text size="sm" fw={500}>
                        {u.displayName}
                      </Text>
                      {u.penName && (
                        <Text size="xs" c="dimmed">
                          {t('users.penNameShort', { penName: u.penName })}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>{u.email}</Table.Td>
                    <Table.Td>
                      <Select
                        aria-label={t('users.roleOf', { name: u.displayName })}
                        data={roleOptions}
                        value={u.role}
                        allowDeselect={false}
                        disabled={self || busy}
                        title={self ? t('users.selfRole') : undefined}
                        size="xs"
                        w={160}
                        onChange={(role) =>
                          role &&
                          role !== u.role &&
                          update.mutate({ id: u.id, change: { role: role as Role }, user: u })
                        }
                      />
                    </Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>
                      <Text size="sm" c={u.active ? 'green.9' : 'dimmed'} fw={500}>
                        {t(u.active ? 'users.active' : 'users.inactive')}
                      </Text>
                    </Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDate(u.createdAt)}</Table.Td>
                    <Table.Td>
                      <Group gap="xs" wrap="nowrap">
                        <Button
                          size="xs"
                          variant="light"
                          color={u.active ? 'red' : 'green'}
                          disabled={self || busy}
                          onClick={() =>
                            update.mutate({ id: u.id, change: { active: !u.active }, user: u })
                          }
                          aria-label={t(
                            u.active ? 'users.deactivateNamed' : 'users.activateNamed',
                            {
                              name: u.displayName,
                            },
                          )}
                        >
                          {t(u.active ? 'users.deactivate' : 'users.activate')}
                        </Button>
                        <Button
                          size="xs"
                          variant="default"
                          onClick={() => setResetting(u)}
                          aria-label={t('users.resetPasswordNamed', { name: u.displayName })}
                        >
                          {t('users.resetPassword')}
                        </Button>
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {users.data && shown.length === 0 && <Text mt="sm">{t('users.noMatch')}</Text>}
      <CreateUserModal opened={creating} onClose={() => setCreating(false)} />
      <ResetPasswordModal user={resetting} onClose={() => setResetting(null)} />
    </>
  );
}
