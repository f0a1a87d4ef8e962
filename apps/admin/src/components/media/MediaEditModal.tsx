import {
  Anchor,
  Button,
  Group,
  Image,
  List,
  Modal,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime, formatNumber } from '../../format';
import { ErrorAlert } from '../ErrorAlert';
import { articleApi, keys, type Media } from '../articles/articleApi';

/** A photo's details: caption, alt text, credit and source, and the articles that use it. */
export function MediaEditModal({ media, onClose }: { media: Media | null; onClose: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const full = useQuery({
    queryKey: keys.mediaOne(media?.id ?? ''),
    queryFn: () => articleApi.mediaOne(media!.id),
    enabled: media !== null,
  });
  const m = full.data ?? media;
  const [form, setForm] = useState({ caption: '', alt: '', credit: '', source: '' });
  useEffect(() => {
    if (media)
      setForm({
        caption: media.caption,
        alt: media.alt,
        credit: media.credit,
        source: media.source,
      });
  }, [media]);
  const save = useMutation({
    mutationFn: () => articleApi.updateMedia(media!.id, form),
    onSuccess: (updated) => {
      queryClient.setQueryData(keys.mediaOne(updated.id), updated);
      void queryClient.invalidateQueries({ queryKey: ['media', 'list'] });
      notifications.show({ color: 'green', message: t('media.saved') });
      onClose();
    },
  });
  const field = (name: keyof typeof form) => ({
    value: form[name],
    onChange: (e: { currentTarget: { value: string } }) => {
      // Read now: React clears currentTarget before a state updater runs.
      const value = e.currentTarget.value;
      setForm((f) => ({ ...f, [name]: value }));
    },
  });
  return (
    <Modal opened={media !== null} onClose={onClose} title={t('media.details')} size="lg">
      {m && (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            save.mutate();
          }}
        >
          <Stack>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <Image src={m.url} alt={form.alt} radius="sm" />
              <Stack gap={2}>
                <Text size="sm">{m.fileName}</Text>
                <Text size="xs" c="dimmed">
                  {formatNumber(m.width)} × {formatNumber(m.height)} ·{' '}
                  {formatNumber(Math.round(m.bytes / 1024))} KB
                </Text>
                <Text size="xs" c="dimmed">
                  {t('media.uploadedBy', {
                    name: m.uploader.penName || m.uploader.displayName,
                    time: formatDateTime(m.createdAt),
                  })}
                </Text>
              </Stack>
            </SimpleGrid>
            <Textarea label={t('figure.caption')} autosize minRows={2} {...field('caption')} />
            <TextInput
              label={t('figure.alt')}
              description={t('figure.altHint')}
              {...field('alt')}
            />
            <Group grow>
              <TextInput label={t('figure.credit')} {...field('credit')} />
              <TextInput label={t('media.source')} {...field('source')} />
            </Group>
            <div data-testid="media-usage">
              <Text size="sm" fw={600}>
                {t('media.usedIn', { count: m.usageCount ?? 0 })}
              </Text>
              <List size="sm">
                {(m.usage ?? []).map((u) => (
                  <List.Item key={u.id}>
                    <Anchor component={Link} to={`/articles/${u.id}`} onClick={onClose}>
                      {u.title}
                    </Anchor>{' '}
                    <Text span size="xs" c="dimmed">
                      ({t(`articleState.${u.state}`)})
                    </Text>
                  </List.Item>
                ))}
              </List>
            </div>
            <ErrorAlert error={save.error} />
            <Group justify="flex-end">
              <Button variant="default" onClick={onClose}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" loading={save.isPending}>
                {t('common.save')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}
