import { Button, Group, Modal, PasswordInput, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ApiError } from '../../api/client';
import type { UserView } from '../../api/types';
import { ErrorAlert, errorText } from '../../components/ErrorAlert';

/** Sets a new password for someone who lost theirs; the API ends their sessions. */
export function ResetPasswordModal({
  user,
  onClose,
}: {
  user: UserView | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [password, setPassword] = useState('');
  const [error, setError] = useState<{ field?: string; form?: string }>({});
  const reset = useMutation({
    mutationFn: () => api.patch<UserView>(`/api/users/${user!.id}`, { password }),
    onSuccess: (u) => {
      notifications.show({
        color: 'green',
        message: t('users.passwordReset', { name: u.displayName }),
      });
      close();
    },
    onError: (e) => {
      const field =
        e instanceof ApiError ? e.fieldErrors(['password'] as const).password : undefined;
      setError(field ? { field } : { form: errorText(e, t) });
    },
  });
  function close() {
    setPassword('');
    setError({});
    onClose();
  }
  function submit(e: FormEvent) {
    e.preventDefault();
    if (password.length < 10) {
      setError({ field: t('users.passwordTooShort') });
      return;
    }
    reset.mutate();
  }
  return (
    <Modal opened={user !== null} onClose={close} title={t('users.resetPassword')}>
      <form onSubmit={submit} noValidate>
        <Stack>
          <Text size="sm">{t('users.resetPasswordText', { name: user?.displayName ?? '' })}</Text>
          {error.form && <ErrorAlert error={error.form} />}
          <PasswordInput
            label={t('users.newPassword')}
            description={t('users.passwordHint')}
            required
            data-autofocus
            autoComplete="new-password"
            value={password}
            onChange={(e) => setPassword(e.currentTarget.value)}
            error={error.field}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={reset.isPending}>
              {t('users.resetPassword')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
