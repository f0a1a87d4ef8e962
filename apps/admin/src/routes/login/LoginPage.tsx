import {
  Alert,
  Button,
  Center,
  Group,
  Paper,
  PasswordInput,
  Stack,
  Text,
  TextInput,
  Title,
  UnstyledButton,
} from '@mantine/core';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { api, ApiError } from '../../api/client';
import type { MeView } from '../../api/types';
import { errorText } from '../../components/ErrorAlert';
import { setLanguage } from '../../i18n';
import { sessionEnded, useSession } from '../../session/session';

/** Only routes inside the admin: never an open redirect to another site. */
function safeNext(next: string | null): string {
  return next && next.startsWith('/') && !next.startsWith('//') && !next.startsWith('/\\')
    ? next
    : '/';
}

export default function LoginPage() {
  const { t, i18n } = useTranslation();
  const { me, setMe } = useSession();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const next = safeNext(params.get('next'));
  const [expired] = useState(() => sessionEnded.value);
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  useEffect(() => {
    document.title = `${t('login.title')} · Tòa Soạn`;
  }, [t]);

  if (me) return <Navigate to={next} replace />;

  async function submit(e: FormEvent) {
    e.preventDefault();
    setError(null);
    if (!email.trim() || !password) {
      setError(t('login.missing'));
      return;
    }
    setPending(true);
    try {
      const view = await api.post<MeView>(
        '/api/auth/login',
        { email: email.trim(), password },
        { allowUnauthorized: true },
      );
      sessionEnded.value = false;
      setMe(view);
      navigate(next, { replace: true });
    } catch (err) {
      if (err instanceof ApiError && err.status === 401) setError(t('login.invalid'));
      else if (err instanceof ApiError && err.status === 429) setError(t('login.tooMany'));
      else setError(errorText(err, t));
      setPending(false);
    }
  }

  return (
    <Center mih="100vh" p="md" bg="gray.0">
      <Paper component="main" withBorder shadow="sm" p="xl" w="100%" maw={400} radius="md">
        <form onSubmit={submit} noValidate aria-describedby={error ? 'login-error' : undefined}>
          <Stack>
            <div>
              <Title order={1} size="h2" c="red.8">
                Tòa Soạn
              </Title>
              <Text c="dimmed" size="sm">
                {t('login.subtitle')}
              </Text>
            </div>
            {expired && !error && (
              <Alert color="blue" variant="light">
                {t('login.sessionEnded')}
              </Alert>
            )}
            {error && (
              <Alert
                color="red"
                variant="light"
                role="alert"
                id="login-error"
                data-testid="login-error"
              >
                {error}
              </Alert>
            )}
            <TextInput
              label={t('login.email')}
              type="email"
              name="email"
              autoComplete="username"
              required
              autoFocus
              value={email}
              onChange={(e) => setEmail(e.currentTarget.value)}
            />
            <PasswordInput
              label={t('login.password')}
              name="password"
              autoComplete="current-password"
              required
              value={password}
              onChange={(e) => setPassword(e.currentTarget.value)}
            />
            <Button type="submit" loading={pending} fullWidth>
              {t('login.submit')}
            </Button>
            <Group justify="center" gap="xs">
              <UnstyledButton
                onClick={() => setLanguage('vi')}
                fw={i18n.language === 'vi' ? 700 : 400}
                fz="sm"
                lang="vi"
              >
                Tiếng Việt
              </UnstyledButton>
              <Text span c="dimmed" fz="sm" aria-hidden>
                ·
              </Text>
              <UnstyledButton
                onClick={() => setLanguage('en')}
                fw={i18n.language === 'en' ? 700 : 400}
                fz="sm"
                lang="en"
              >
                English
              </UnstyledButton>
            </Group>
          </Stack>
        </form>
      </Paper>
    </Center>
  );
}
