import { Button, Paper, PasswordInput, Stack, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { api, ApiError } from '../../api/client';
import type { MeView, UpdateMeDto } from '../../api/types';
import { ErrorAlert, errorText } from '../../components/ErrorAlert';
import { PageHeader } from '../../components/PageHeader';
import { useMe, useSession } from '../../session/session';

/** My names (the pen name is the default byline) and my password. */
export default function ProfilePage() {
  const { t } = useTranslation();
  const location = useLocation();
  const passwordRef = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (location.hash === '#password') passwordRef.current?.focus();
  }, [location.hash]);
  return (
    <>
      <PageHeader title={t('nav.profile')} />
      <Stack maw={520} gap="lg">
        <NamesForm />
        <PasswordForm inputRef={passwordRef} />
      </Stack>
    </>
  );
}

function NamesForm() {
  const { t } = useTranslation();
  const me = useMe();
  const { setMe } = useSession();
  const [displayName, setDisplayName] = useState(me.user.displayName);
  const [penName, setPenName] = useState(me.user.penName ?? '');
  const [errors, setErrors] = useState<{ displayName?: string; penName?: string; form?: string }>(
    {},
  );
  const save = useMutation({
    mutationFn: (dto: UpdateMeDto) => api.patch<MeView>('/api/auth/me', dto),
    onSuccess: (view) => {
      setMe(view);
      setErrors({});
      notifications.show({ color: 'green', message: t('profile.saved') });
    },
    onError: (e) => {
      const f = e instanceof ApiError ? e.fieldErrors(['displayName', 'penName'] as const) : {};
      setErrors(Object.keys(f).length ? f : { form: errorText(e, t) });
    },
  });
  function submit(e: FormEvent) {
    e.preventDefault();
    if (!displayName.trim()) {
      setErrors({ displayName: t('users.required') });
      return;
    }
    save.mutate({ displayName: displayName.trim(), penName: penName.trim() || null });
  }
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="profile-names">
      <form onSubmit={submit} noValidate>
        <Stack>
          <Title order={2} size="h4" id="profile-names">
            {t('profile.names')}
          </Title>
          {errors.form && <ErrorAlert error={errors.form} />}
          <TextInput label={t('users.email')} value={me.user.email} readOnly disabled />
          <TextInput
            label={t('users.displayName')}
            required
            maxLength={120}
            value={displayName}
            onChange={(e) => setDisplayName(e.currentTarget.value)}
            error={errors.displayName}
          />
          <TextInput
            label={t('users.penName')}
            description={t('users.penNameHint')}
            maxLength={120}
            value={penName}
            onChange={(e) => setPenName(e.currentTarget.value)}
            error={errors.penName}
          />
          <Button type="submit" loading={save.isPending} style={{ alignSelf: 'flex-start' }}>
            {t('common.save')}
          </Button>
        </Stack>
      </form>
    </Paper>
  );
}

function PasswordForm({ inputRef }: { inputRef: React.Ref<HTMLInputElement> }) {
  const { t } = useTranslation();
  const { setMe } = useSession();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [repeat, setRepeat] = useState('');
  const [errors, setErrors] = useState<{
    current?: string;
    next?: string;
    repeat?: string;
    form?: string;
  }>({});
  const change = useMutation({
    mutationFn: () =>
      api.patch<MeView>('/api/auth/me', { currentPassword: current, newPassword: next }),
    onSuccess: (view) => {
      setMe(view);
      setCurrent('');
      setNext('');
      setRepeat('');
      setErrors({});
      notifications.show({ color: 'green', message: t('profile.passwordChanged') });
    },
    onError: (e) => {
      const f =
        e instanceof ApiError ? e.fieldErrors(['currentPassword', 'newPassword'] as const) : {};
      if (f.currentPassword) setErrors({ current: t('profile.currentWrong') });
      else if (f.newPassword) setErrors({ next: f.newPassword });
      else setErrors({ form: errorText(e, t) });
    },
  });
  function submit(e: FormEvent) {
    e.preventDefault();
    const local: typeof errors = {};
    if (!current) local.current = t('users.required');
    if (next.length < 10) local.next = t('users.passwordTooShort');
    else if (next !== repeat) local.repeat = t('profile.mismatch');
    if (Object.keys(local).length) {
      setErrors(local);
      return;
    }
    change.mutate();
  }
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="profile-password" id="password">
      <form onSubmit={submit} noValidate>
        <Stack>
          <Title order={2} size="h4" id="profile-password">
            {t('shell.changePassword')}
          </Title>
          {errors.form && <ErrorAlert error={errors.form} />}
          <PasswordInput
            ref={inputRef}
            label={t('profile.currentPassword')}
            autoComplete="current-password"
            required
            value={current}
            onChange={(e) => setCurrent(e.currentTarget.value)}
            error={errors.current}
          />
          <PasswordInput
            label={t('users.newPassword')}
            description={t('profile.passwordHint')}
            autoComplete="new-password"
            required
            value={next}
            onChange={(e) => setNext(e.currentTarget.value)}
            error={errors.next}
          />
          <PasswordInput
            label={t('profile.repeatPassword')}
            autoComplete="new-password"
            required
            value={repeat}
            onChange={(e) => setRepeat(e.currentTarget.value)}
            error={errors.repeat}
          />
          <Button type="submit" loading={change.isPending} style={{ alignSelf: 'flex-start' }}>
            {t('shell.changePassword')}
          </Button>
        </Stack>
      </form>
    </Paper>
  );
}
