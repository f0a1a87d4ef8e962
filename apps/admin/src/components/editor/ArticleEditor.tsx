import {
  Alert,
  Grid,
  Group,
  Input,
  Stack,
  Tabs,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { documentText } from '@toasoan/editor';
import { countWords, readingMinutes } from '@toasoan/vi-text';
import type { ArticleState } from '@toasoan/workflow';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../format';
import { useSession } from '../../session/session';
import { PageHeader } from '../PageHeader';
import { articleApi, keys, type Article } from '../articles/articleApi';
import { StateBadge } from '../articles/StateBadge';
import { Counter, SideFields } from './ArticleFields';
import { Corrections } from './Corrections';
import { BodyEditor } from './BodyEditor';
import { Checklist } from './Checklist';
import { ConflictDialog } from './ConflictDialog';
import { DiffPanel } from './DiffPanel';
import { ADVICE } from './limits';
import { NotesThread } from './NotesThread';
import { Preview, PreviewButton } from './Preview';
import { RevisionList } from './RevisionList';
import { SaveIndicator } from './SaveIndicator';
import { useArticleDraft } from './useArticleDraft';
import { usePresence } from './usePresence';
import { WorkflowBar } from './WorkflowBar';

/** The editor screen for one article: writing, review, preview, workflow. */
export function ArticleEditor({ initial }: { initial: Article }) {
  const { t } = useTranslation();
  const { can } = useSession();
  const queryClient = useQueryClient();
  const draft = useArticleDraft(initial);
  const { fields: f, update } = draft;
  // The query cache holds the latest server view (state, allowedActions, version).
  const { data: article = initial } = useQuery({
    queryKey: keys.article(initial.id),
    queryFn: () => articleApi.get(initial.id),
    initialData: initial,
    staleTime: Infinity,
  });
  const others = usePresence(initial.id);
  const readOnly = !article.canEdit;
  const editorial = can('article.review');
  const [tab, setTab] = useState<string | null>('write');

  // Ctrl+S (⌘S): save now.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 's') {
        e.preventDefault();
        void draft.save();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [draft]);

  const words = useMemo(() => countWords(documentText(f.body)), [f.body]);
  const onBody = useCallback((body: typeof f.body) => update({ body }), [update]);

  const afterTransition = (a: Article) => {
    draft.replaceFromServer(a, false);
    void queryClient.invalidateQueries({ queryKey: keys.articles, exact: false });
    void queryClient.invalidateQueries({ queryKey: keys.notes(a.id) });
  };

  const returned = useQuery({
    queryKey: keys.notes(article.id),
    queryFn: () => articleApi.notes(article.id),
    enabled: article.state === 'changes_requested',
  });
  const returnNote =
    article.state === 'changes_requested'
      ? [...(returned.data ?? [])].reverse().find((n) => n.kind === 'request_changes')
      : undefined;

  return (
    <>
      <PageHeader title={f.title || t('editor.untitled')}>
        <StateBadge state={article.state as ArticleState} />
        <SaveIndicator
          status={draft.status}
          error={draft.error}
          storageFailed={draft.storageFailed}
        />
      </PageHeader>
      <Stack gap="sm">
        <Group justify="space-between" wrap="wrap" gap="xs">
          <Group gap="xs" wrap="wrap">
            <WorkflowBar article={article} beforeAction={draft.save} onDone={afterTransition} />
            <PreviewButton article={article} beforePreview={draft.save} />
          </Group>
          <Text size="sm" c="dimmed" data-testid="word-count">
            {t('editor.words', { n: formatNumber(words), minutes: readingMinutes(words) })}
          </Text>
        </Group>
        {others.length > 0 && (
          <Alert color="blue" variant="light" data-testid="presence">
            {t('editor.othersEditing', {
              names: others.map((o) => o.user.penName || o.user.displayName).join(', '),
              count: others.length,
            })}
          </Alert>
        )}
        {returnNote && (
          <Alert color="orange" title={t('editor.returned')} data-testid="return-note">
            <Text size="sm" fw={600}>
              {returnNote.author.penName || returnNote.author.displayName}:
            </Text>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {returnNote.body}
            </Text>
          </Alert>
        )}
        {readOnly && (
          <Alert color="gray" variant="light">
            {t('editor.readOnly')}
          </Alert>
        )}
        {draft.status === 'error' && (
          <Alert color="red" variant="light" role="alert" data-testid="save-error">
            {t(draft.storageFailed ? 'save.errorNotKept' : 'save.errorKept')}
          </Alert>
        )}
        <Tabs value={tab} onChange={setTab} keepMounted>
          <Tabs.List mb="sm">
            <Tabs.Tab value="write">{t('editor.tabWrite')}</Tabs.Tab>
            <Tabs.Tab value="review" data-testid="tab-review">
              {t('editor.tabReview')}
            </Tabs.Tab>
            <Tabs.Tab value="preview" data-testid="tab-preview">
              {t('editor.tabPreview')}
            </Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="write">
            <Grid gap="md">
              <Grid.Col span={{ base: 12, md: 8 }}>
                <Stack gap="sm">
                  <TextInput
                    label={t('editor.title')}
                    description={<Counter value={f.title} max={ADVICE.title} />}
                    inputWrapperOrder={['label', 'input', 'description']}
                    value={f.title}
                    onChange={(e) => update({ title: e.currentTarget.value })}
                    readOnly={readOnly}
                    maxLength={300}
                    size="md"
                    required
                    data-testid="title-input"
                  />
                  <Group align="flex-start" gap="sm" wrap="nowrap">
                    <TextInput
                      label={t('editor.dateline')}
                      description={t('editor.datelineHint')}
                      value={f.dateline}
                      onChange={(e) => update({ dateline: e.currentTarget.value })}
                      readOnly={readOnly}
                      maxLength={60}
                      w={140}
                    />
                    <Textarea
                      label={t('editor.lead')}
                      description={<Counter value={f.lead} max={ADVICE.lead} />}
                      inputWrapperOrder={['label', 'input', 'description']}
                      value={f.lead}
                      onChange={(e) => update({ lead: e.currentTarget.value })}
                      readOnly={readOnly}
                      maxLength={2000}
                      autosize
                      minRows={3}
                      style={{ flex: 1 }}
                      data-testid="lead-input"
                    />
                  </Group>
                  <div>
                    <Input.Label labelElement="div" mb={4} id="body-label">
                      {t('editor.body')}
                    </Input.Label>
                    <BodyEditor
                      initial={f.body}
                      resetKey={draft.resetKey}
                      editable={!readOnly}
                      onChange={onBody}
                    />
                  </div>
                </Stack>
              </Grid.Col>
              <Grid.Col span={{ base: 12, md: 4 }}>
                <Stack gap="md">
                  <SideFields f={f} update={update} readOnly={readOnly} />
                  {editorial && <Checklist fields={f} />}
                </Stack>
              </Grid.Col>
            </Grid>
          </Tabs.Panel>
          <Tabs.Panel value="review">
            <Grid gap="md">
              <Grid.Col span={{ base: 12, md: 7 }}>
                <Stack gap="md">
                  {editorial && <DiffPanel articleId={article.id} version={article.version} />}
                  <RevisionList
                    article={article}
                    beforeRestore={draft.save}
                    onRestored={(a) => draft.replaceFromServer(a, true)}
                  />
                </Stack>
              </Grid.Col>
              <Grid.Col span={{ base: 12, md: 5 }}>
                <Stack gap="xl">
                  {editorial && article.state === 'published' && (
                    <Corrections articleId={article.id} canAdd={can('article.review')} />
                  )}
                  <div>
                    <Title order={2} size="h4" mb="xs">
                      {t('notes.title')}
                    </Title>
                    <NotesThread articleId={article.id} />
                  </div>
                </Stack>
              </Grid.Col>
            </Grid>
          </Tabs.Panel>
          <Tabs.Panel value="preview">
            {tab === 'preview' && <Preview article={article} beforePreview={draft.save} />}
          </Tabs.Panel>
        </Tabs>
      </Stack>
      <ConflictDialog
        conflict={draft.conflict}
        onKeepMine={() => void draft.keepMine()}
        onTakeTheirs={draft.takeTheirs}
      />
    </>
  );
}
