import {
  Alert,
  Button,
  CopyButton,
  Group,
  Modal,
  NumberInput,
  Stack,
  Table,
  Text,
  TextInput,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ApiError } from '../../api/client';
import type { CreatedTokenView, TokenView } from '../../api/types';
import { ErrorAlert, errorText } from '../../components/ErrorAlert';
import { PageHeader } from '../../components/PageHeader';
import { formatDateTime } from '../../format';

const TOKENS_KEY = ['tokens'] as const;

/** My personal API tokens: the secret is shown once, right after it is made. */
export default function TokensPage() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const tokens = useQuery({
    queryKey: TOKENS_KEY,
    queryFn: () => api.get<TokenView[]>('/api/tokens'),
  });
  const [creating, setCreating] = useState(false);
  const [created, setCreated] = useState<CreatedTokenView | null>(null);
  const [revoking, setRevoking] = useState<TokenView | null>(null);

  const revoke = useMutation({
    mutationFn: (id: string) => api.del(`/api/tokens/${id}`),
    onSuccess: () => {
      setRevoking(null);
      notifications.show({ color: 'green', message: t('tokens.revoked') });
      return queryClient.invalidateQueries({ queryKey: TOKENS_KEY });
    },
  });

  return (
    <>
      <PageHeader title={t('nav.tokens')}>
        <Button onClick={() => setCreating(true)}>{t('tokens.new')}</Button>
      </PageHeader>
      <Text c="dimmed" size="sm" mb="md" maw={720}>
        {t('tokens.intro')}
      </Text>

      {created && (
        <Alert
          color="green"
          variant="light"
          mb="md"
          title={t('tokens.createdTitle', { name: created.name })}
          withCloseButton
          closeButtonLabel={t('common.close')}
          onClose={() => setCreated(null)}
          data-testid="token-secret"
        >
          <Stack gap="xs">
            <Text size="sm">{t('tokens.createdOnce')}</Text>
            <Group gap="sm" wrap="nowrap" align="center">
              <Text className="tsn-secret" size="sm" data-testid="token-secret-value">
                {created.token}
              </Text>
              <CopyButton value={created.token}>
                {({ copied, copy }) => (
                  <Button
                    size="xs"
                    variant={copied ? 'filled' : 'outline'}
                    color={copied ? 'green' : undefined}
                    onClick={copy}
                  >
                    {copied ? t('common.copied') : t('common.copy')}
                  </Button>
                )}
              </CopyButton>
            </Group>
          </Stack>
        </Alert>
      )}

      <ErrorAlert error={tokens.error} mb="md" />
      {tokens.data && tokens.data.length === 0 && <Text>{t('tokens.empty')}</Text>}
      {tokens.data && tokens.data.length > 0 && (
        <Table.ScrollContainer minWidth={640}>
          <Table striped highlightOnHover>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('tokens.name')}</Table.Th>
                <Table.Th>{t('tokens.prefix')}</Table.Th>
                <Table.Th>{t('tokens.createdAt')}</Table.Th>
                <Table.Th>{t('tokens.lastUsedAt')}</Table.Th>
                <Table.Th>{t('tokens.expiresAt')}</Table.Th>
                <Table.Th>
                  <span className="visually-hidden">{t('common.actions')}</span>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {tokens.data.map((tok) => (
                <Table.Tr key={tok.id} data-token={tok.name}>
                  <Table.Td>{tok.name}</Table.Td>
                  <Table.Td className="tsn-secret">{tok.prefix}…</Table.Td>
                  <Table.Td>{formatDateTime(tok.createdAt)}</Table.Td>
                  <Table.Td>
                    {tok.lastUsedAt ? formatDateTime(tok.lastUsedAt) : t('tokens.never')}
                  </Table.Td>
                  <Table.Td>
                    {tok.expiresAt ? formatDateTime(tok.expiresAt) : t('tokens.noExpiry')}
                  </Table.Td>
                  <Table.Td>
                    <Button
                      size="xs"
                      variant="subtle"
                      color="red"
                      onClick={() => setRevoking(tok)}
                      aria-label={t('tokens.revokeNamed', { name: tok.name })}
                    >
                      {t('tokens.revoke')}
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}

      <CreateTokenModal
        opened={creating}
        onClose={() => setCreating(false)}
        onCreated={(tok) => {
          setCreating(false);
          setCreated(tok);
          void queryClient.invalidateQueries({ queryKey: TOKENS_KEY });
        }}
      />

      <Modal
        opened={revoking !== null}
        onClose={() => setRevoking(null)}
        title={t('tokens.revokeTitle')}
      >
        <Stack>
          <Text>{t('tokens.revokeText', { name: revoking?.name ?? '' })}</Text>
          <ErrorAlert error={revoke.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setRevoking(null)}>
              {t('common.cancel')}
            </Button>
            <Button
              color="red"
              loading={revoke.isPending}
              onClick={() => revoking && revoke.mutate(revoking.id)}
            >
              {t('tokens.revoke')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}

function CreateTokenModal({
  opened,
  onClose,
  onCreated,
}: {
  opened: boolean;
  onClose: () => void;
  onCreated: (token: CreatedTokenView) => void;
}) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [days, setDays] = useState<number | string>('');
  const [errors, setErrors] = useState<{ name?: string; expiresInDays?: string; form?: string }>(
    {},
  );
  const create = useMutation({
    mutationFn: () =>
      api.post<CreatedTokenView>('/api/tokens', {
        name: name.trim(),
        ...(typeof days === 'number' ? { expiresInDays: days } : {}),
      }),
    onSuccess: (tok) => {
      setName('');
      setDays('');
      setErrors({});
      onCreated(tok);
    },
    onError: (e) => {
      const fields = e instanceof ApiError ? e.fieldErrors(['name', 'expiresInDays'] as const) : {};
      setErrors(Object.keys(fields).length ? fields : { form: errorText(e, t) });
    },
  });

  function submit(e: FormEvent) {
    e.preventDefault();
    if (!name.trim()) {
      setErrors({ name: t('tokens.nameRequired') });
      return;
    }
    create.mutate();
  }

  return (
    <Modal opened={opened} onClose={onClose} title={t('tokens.new')}>
      <form onSubmit={submit} noValidate>
        <Stack>
          {errors.form && <ErrorAlert error={errors.form} />}
          <TextInput
            label={t('tokens.name')}
            description={t('tokens.nameHint')}
            required
            data-autofocus
            maxLength={100}
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            error={errors.name}
          />
          <NumberInput
            label={t('tokens.expiresInDays')}
            description={t('tokens.expiresHint')}
            min={1}
            max={3650}
            allowDecimal={false}
            thousandSeparator="."
            decimalSeparator=","
            value={days}
            onChange={setDays}
            error={errors.expiresInDays}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={create.isPending}>
              {t('common.create')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
