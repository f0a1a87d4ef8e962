import {
  Button,
  Group,
  Modal,
  NumberInput,
  Stack,
  Switch,
  Table,
  TextInput,
  Textarea,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import type { Schemas } from '../../api/types';
import { keys, type Section } from '../../components/articles/articleApi';
import { useSections } from '../../components/articles/useSections';
import { ErrorAlert, errorText } from '../../components/ErrorAlert';
import { PageHeader } from '../../components/PageHeader';

type SectionForm = {
  name: string;
  slug: string;
  description: string;
  position: number;
  active: boolean;
};
const EMPTY: SectionForm = { name: '', slug: '', description: '', position: 0, active: true };

/** Editors: the paper's sections (chuyên mục), their order on the site, and which are shown. */
export default function SectionsPage() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const { sections, query } = useSections();
  const [editing, setEditing] = useState<Section | 'new' | null>(null);
  const [form, setForm] = useState<SectionForm>(EMPTY);

  const open = (s: Section | 'new') => {
    setEditing(s);
    setForm(s === 'new' ? { ...EMPTY, position: sections.length + 1 } : { ...s });
  };
  const save = useMutation({
    mutationFn: () => {
      const body: Schemas['CreateSectionDto'] = {
        name: form.name.trim(),
        description: form.description,
        position: form.position,
        active: form.active,
        ...(form.slug.trim() ? { slug: form.slug.trim() } : {}),
      };
      return editing === 'new'
        ? api.post<Section>('/api/sections', body)
        : api.patch<Section>(`/api/sections/${(editing as Section).id}`, body);
    },
    onSuccess: (s) => {
      void queryClient.invalidateQueries({ queryKey: keys.sections });
      notifications.show({ color: 'green', message: t('sections.saved', { name: s.name }) });
      setEditing(null);
    },
  });
  const set = <K extends keyof SectionForm>(k: K, v: SectionForm[K]) =>
    setForm((f) => ({ ...f, [k]: v }));

  return (
    <>
      <PageHeader title={t('sections.title')}>
        <Button onClick={() => open('new')}>{t('sections.new')}</Button>
      </PageHeader>
      <ErrorAlert error={query.error} />
      <Table.ScrollContainer minWidth={560}>
        <Table striped verticalSpacing="xs" data-testid="sections-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('sections.position')}</Table.Th>
              <Table.Th>{t('sections.name')}</Table.Th>
              <Table.Th>{t('sections.slug')}</Table.Th>
              <Table.Th>{t('sections.active')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {sections.map((s) => (
              <Table.Tr key={s.id}>
                <Table.Td>{s.position}</Table.Td>
                <Table.Td>{s.name}</Table.Td>
                <Table.Td>/{s.slug}</Table.Td>
                <Table.Td>{t(s.active ? 'common.yes' : 'common.no')}</Table.Td>
                <Table.Td>
                  <Button
                    size="compact-sm"
                    variant="default"
                    onClick={() => open(s)}
                    aria-label={t('sections.editNamed', { name: s.name })}
                  >
                    {t('sections.edit')}
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Modal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        title={editing === 'new' ? t('sections.new') : t('sections.edit')}
      >
        <form
          onSubmit={(e) => {
            e.preventDefault();
            if (form.name.trim()) save.mutate();
          }}
        >
          <Stack>
            <TextInput
              label={t('sections.name')}
              value={form.name}
              onChange={(e) => set('name', e.currentTarget.value)}
              withAsterisk
              data-autofocus
            />
            <TextInput
              label={t('sections.slug')}
              description={t('sections.slugHint')}
              value={form.slug}
              onChange={(e) => set('slug', e.currentTarget.value)}
            />
            <Textarea
              label={t('sections.description')}
              value={form.description}
              onChange={(e) => set('description', e.currentTarget.value)}
              autosize
            />
            <NumberInput
              label={t('sections.position')}
              value={form.position}
              onChange={(v) => set('position', Number(v) || 0)}
              min={0}
            />
            <Switch
              label={t('sections.active')}
              checked={form.active}
              onChange={(e) => set('active', e.currentTarget.checked)}
            />
            {save.error ? <ErrorAlert error={errorText(save.error, t)} /> : null}
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setEditing(null)}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" loading={save.isPending} disabled={!form.name.trim()}>
                {t('common.save')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </>
  );
}
