import { CloseButton, Group, Image, Paper, SimpleGrid, Text, TextInput } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { FigureAttrs } from '@toasoan/editor';
import { NodeViewWrapper, type ReactNodeViewProps } from '@tiptap/react';
import { useTranslation } from 'react-i18next';
import { articleApi, keys } from '../articles/articleApi';

/** A photo in the body: the image, and its caption, credit and alt text edited in place. */
export function FigureView({
  node,
  updateAttributes,
  deleteNode,
  editor,
  selected,
}: ReactNodeViewProps) {
  const { t } = useTranslation();
  const attrs = node.attrs as FigureAttrs;
  const media = useQuery({
    queryKey: keys.mediaOne(attrs.mediaId),
    queryFn: () => articleApi.mediaOne(attrs.mediaId),
    enabled: Boolean(attrs.mediaId),
    staleTime: 5 * 60_000,
  });
  const editable = editor.isEditable;
  const field = (name: 'caption' | 'credit' | 'alt', label: string, hint?: string) => (
    <TextInput
      size="xs"
      label={label}
      description={hint}
      value={attrs[name] ?? ''}
      readOnly={!editable}
      onChange={(e) => updateAttributes({ [name]: e.currentTarget.value })}
      data-figure-field={name}
    />
  );
  return (
    <NodeViewWrapper data-drag-handle="" data-testid="figure" contentEditable={false}>
      <Paper
        withBorder
        p="xs"
        my="sm"
        style={{ outline: selected ? '2px solid var(--mantine-color-red-6)' : undefined }}
      >
        <Group align="flex-start" wrap="nowrap" gap="sm">
          <Image
            src={media.data?.url}
            alt={attrs.alt}
            w={200}
            h={140}
            fit="contain"
            radius="sm"
            fallbackSrc={media.data?.placeholder ?? undefined}
          />
          <SimpleGrid cols={1} spacing={4} style={{ flex: 1 }}>
            {field('caption', t('figure.caption'), t('figure.captionHint'))}
            {field('credit', t('figure.credit'))}
            {field('alt', t('figure.alt'), t('figure.altHint'))}
            {media.isError && (
              <Text size="xs" c="red.8">
                {t('figure.missing')}
              </Text>
            )}
          </SimpleGrid>
          {editable && <CloseButton aria-label={t('figure.remove')} onClick={() => deleteNode()} />}
        </Group>
      </Paper>
    </NodeViewWrapper>
  );
}
