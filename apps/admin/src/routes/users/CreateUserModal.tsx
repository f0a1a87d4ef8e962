import { Button, Group, Modal, PasswordInput, Select, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ROLES } from '@toasoan/workflow';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ApiError } from '../../api/client';
import type { CreateUserDto, Role, UserView } from '../../api/types';
import { ErrorAlert, errorText } from '../../components/ErrorAlert';

const FIELDS = ['email', 'password', 'displayName', 'penName', 'role'] as const;
type Field = (typeof FIELDS)[number];
type Errors = Partial<Record<Field | 'form', string>>;

const EMPTY: CreateUserDto = {
  email: '',
  password: '',
  displayName: '',
  penName: '',
  role: 'reporter',
};

export function CreateUserModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [form, setForm] = useState<CreateUserDto>(EMPTY);
  const [errors, setErrors] = useState<Errors>({});
  const set = (field: Field, value: string) => {
    setForm((f) => ({ ...f, [field]: value }));
    setErrors((e) => ({ ...e, [field]: undefined }));
  };

  const create = useMutation({
    mutationFn: (dto: CreateUserDto) => api.post<UserView>('/api/users', dto),
    onSuccess: (user) => {
      queryClient.setQueryData<UserView[]>(['users'], (list) => (list ? [...list, user] : [user]));
      void queryClient.invalidateQueries({ queryKey: ['users'] });
      notifications.show({
        color: 'green',
        message: t('users.created', { name: user.displayName }),
      });
      setForm(EMPTY);
      setErrors({});
      onClose();
    },
    onError: (e) => {
      const fields = e instanceof ApiError ? e.fieldErrors(FIELDS) : {};
      setErrors(Object.keys(fields).length ? fields : { form: errorText(e, t) });
    },
  });

  function submit(e: FormEvent) {
    e.preventDefault();
    const local: Errors = {};
    if (!form.email.trim()) local.email = t('users.required');
    if (form.password.length < 10) local.password = t('users.passwordTooShort');
    if (!form.displayName.trim()) local.displayName = t('users.required');
    if (Object.keys(local).length) {
      setErrors(local);
      return;
    }
    create.mutate({
      ...form,
      email: form.email.trim(),
      displayName: form.displayName.trim(),
      penName: form.penName?.trim() || null,
    });
  }

  return (
    <Modal opened={opened} onClose={onClose} title={t('users.new')} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack>
          {errors.form && <ErrorAlert error={errors.form} />}
          <TextInput
            label={t('users.displayName')}
            required
            data-autofocus
            maxLength={120}
            value={form.displayName}
            onChange={(e) => set('displayName', e.currentTarget.value)}
            error={errors.displayName}
          />
          <TextInput
            label={t('users.penName')}
            description={t('users.penNameHint')}
            maxLength={120}
            value={form.penName ?? ''}
            onChange={(e) => set('penName', e.currentTarget.value)}
            error={errors.penName}
          />
          <TextInput
            label={t('users.email')}
            type="email"
            required
            autoComplete="off"
            value={form.email}
            onChange={(e) => set('email', e.currentTarget.value)}
            error={errors.email}
          />
          <PasswordInput
            label={t('users.initialPassword')}
            description={t('users.passwordHint')}
            required
            autoComplete="new-password"
            value={form.password}
            onChange={(e) => set('password', e.currentTarget.value)}
            error={errors.password}
          />
          <Select
            label={t('users.role')}
            required
            allowDeselect={false}
            data={ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) }))}
            value={form.role}
            onChange={(r) => r && set('role', r as Role)}
            error={errors.role}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={create.isPending}>
              {t('users.create')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
