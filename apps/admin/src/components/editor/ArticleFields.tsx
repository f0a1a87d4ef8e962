import {
  Button,
  CloseButton,
  Group,
  Image,
  Paper,
  Select,
  Stack,
  TagsInput,
  Input,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../format';
import { articleApi, keys } from '../articles/articleApi';
import { useSections } from '../articles/useSections';
import { MediaPicker } from '../media/MediaPicker';
import type { DraftFields } from './draftStore';
import { ADVICE } from './limits';

/** `42/120` under a field, red past the advised length. */
export function Counter({ value, max }: { value: string; max: number }) {
  const { t } = useTranslation();
  const over = value.length > max;
  return (
    <Text span size="xs" c={over ? 'red.8' : 'dimmed'} aria-live={over ? 'polite' : undefined}>
      {t('editor.counter', { n: formatNumber(value.length), max: formatNumber(max) })}
      {over ? ` · ${t('editor.tooLong')}` : ''}
    </Text>
  );
}

type Update = (patch: Partial<DraftFields>) => void;

/** Section, byline, tags, featured photo and SEO: the side column of the editor. */
export function SideFields({
  f,
  update,
  readOnly,
}: {
  f: DraftFields;
  update: Update;
  readOnly: boolean;
}) {
  const { t } = useTranslation();
  const { options } = useSections();
  const [picking, setPicking] = useState(false);
  const featured = useQuery({
    queryKey: keys.mediaOne(f.featuredMediaId ?? ''),
    queryFn: () => articleApi.mediaOne(f.featuredMediaId!),
    enabled: Boolean(f.featuredMediaId),
  });
  return (
    <Stack gap="sm">
      <Select
        label={t('editor.section')}
        placeholder={t('editor.noSection')}
        data={options}
        value={f.sectionId}
        onChange={(v) => update({ sectionId: v })}
        clearable
        searchable
        readOnly={readOnly}
        data-testid="section-select"
      />
      <TextInput
        label={t('editor.byline')}
        description={t('editor.bylineHint')}
        value={f.byline}
        onChange={(e) => update({ byline: e.currentTarget.value })}
        maxLength={200}
        readOnly={readOnly}
      />
      <TagsInput
        label={t('editor.tags')}
        description={t('editor.tagsHint')}
        value={f.tags}
        onChange={(v) => update({ tags: v })}
        maxTags={30}
        readOnly={readOnly}
        clearable
      />
      <div>
        <Input.Label labelElement="div" display="block" mb={4}>
          {t('editor.featured')}
        </Input.Label>
        {f.featuredMediaId ? (
          <Paper withBorder p={4}>
            <Group wrap="nowrap" gap="xs" align="flex-start">
              <Image
                src={featured.data?.url}
                alt={featured.data?.alt ?? ''}
                w={120}
                h={80}
                fit="cover"
              />
              <Text size="xs" style={{ flex: 1 }} lineClamp={3}>
                {featured.data?.caption}
              </Text>
              {!readOnly && (
                <CloseButton
                  aria-label={t('editor.removeFeatured')}
                  onClick={() => update({ featuredMediaId: null })}
                />
              )}
            </Group>
          </Paper>
        ) : null}
        {!readOnly && (
          <Button variant="default" size="xs" mt={4} onClick={() => setPicking(true)}>
            {t(f.featuredMediaId ? 'editor.changeFeatured' : 'editor.chooseFeatured')}
          </Button>
        )}
      </div>
      <TextInput
        label={t('editor.seoTitle')}
        description={<Counter value={f.seoTitle} max={ADVICE.seoTitle} />}
        inputWrapperOrder={['label', 'input', 'description']}
        value={f.seoTitle}
        onChange={(e) => update({ seoTitle: e.currentTarget.value })}
        maxLength={200}
        readOnly={readOnly}
        placeholder={f.title}
      />
      <Textarea
        label={t('editor.seoDescription')}
        description={<Counter value={f.seoDescription} max={ADVICE.seoDescription} />}
        inputWrapperOrder={['label', 'input', 'description']}
        value={f.seoDescription}
        onChange={(e) => update({ seoDescription: e.currentTarget.value })}
        maxLength={400}
        autosize
        minRows={2}
        readOnly={readOnly}
        placeholder={f.lead}
      />
      <MediaPicker
        opened={picking}
        onClose={() => setPicking(false)}
        onPick={(m) => update({ featuredMediaId: m.id })}
        title={t('editor.chooseFeatured')}
      />
    </Stack>
  );
}
