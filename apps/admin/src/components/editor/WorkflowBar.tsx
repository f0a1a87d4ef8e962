import { Button, Group, Loader, Modal, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { TRANSITIONS, type ArticleState, type WorkflowAction } from '@toasoan/workflow';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../ErrorAlert';
import { articleApi, type Article } from '../articles/articleApi';

const SchedulePicker = lazy(() => import('./SchedulePicker'));

const PRIMARY: WorkflowAction[] = ['submit', 'publish', 'republish', 'schedule'];
const DANGER: WorkflowAction[] = ['unpublish', 'trash', 'request_changes'];

/** `2024-05-01 08:30:00` picked as Vietnam wall-clock time (UTC+7 all year) → ISO instant. */
export function vnWallClockToIso(value: string): string {
  return new Date(`${value.trim().replace(' ', 'T')}+07:00`).toISOString();
}

function rule(state: ArticleState, action: WorkflowAction) {
  return TRANSITIONS.find((r) => r.from === state && r.action === action);
}

/**
 * The workflow buttons: exactly the article's `allowedActions` from the API. Before any action
 * the typed text is saved; request changes and unpublish ask for the reason, schedule for a time.
 */
export function WorkflowBar({
  article,
  beforeAction,
  onDone,
}: {
  article: Article;
  /** Saves pending text; false stops the action. */
  beforeAction: () => Promise<boolean>;
  onDone: (a: Article) => void;
}) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState<WorkflowAction | null>(null);
  const [comment, setComment] = useState('');
  const [publishAt, setPublishAt] = useState<string | null>(null);
  const [busy, setBusy] = useState<WorkflowAction | null>(null);
  const [formError, setFormError] = useState('');
  const state = article.state as ArticleState;
  // Publishing a published article only makes sense with a pending revision to put live.
  const actions = (article.allowedActions as WorkflowAction[]).filter(
    (a) => !(a === 'publish' && state === 'published' && !article.hasPendingRevision),
  );

  const run = async (action: WorkflowAction, c?: string, at?: string) => {
    setBusy(action);
    try {
      if (!(await beforeAction())) {
        notifications.show({ color: 'red', message: t('workflow.saveFirst') });
        return;
      }
      const a = await articleApi.transition(article.id, action, c || undefined, at);
      onDone(a);
      setAsking(null);
      notifications.show({
        color: 'green',
        message: t(`workflow.done.${action}`, { defaultValue: t('workflow.doneGeneric') }),
      });
    } catch (e) {
      setFormError(errorText(e, t));
      if (!asking) notifications.show({ color: 'red', message: errorText(e, t) });
    } finally {
      setBusy(null);
    }
  };

  const click = (action: WorkflowAction) => {
    const r = rule(state, action);
    if (r?.needsComment || r?.needsPublishAt || action === 'trash') {
      setComment('');
      setPublishAt(null);
      setFormError('');
      setAsking(action);
    } else void run(action);
  };

  const asked = asking ? rule(state, asking) : undefined;
  const confirm = () => {
    if (asked?.needsComment && !comment.trim()) return setFormError(t('workflow.reasonRequired'));
    if (asked?.needsPublishAt) {
      if (!publishAt) return setFormError(t('workflow.timeRequired'));
      const iso = vnWallClockToIso(publishAt);
      if (new Date(iso).getTime() <= Date.now()) return setFormError(t('workflow.timeInPast'));
      return void run(asking!, comment.trim(), iso);
    }
    void run(asking!, comment.trim());
  };

  if (actions.length === 0) return null;
  return (
    <>
      <Group gap="xs" data-testid="workflow-actions" wrap="wrap">
        {actions.map((action) => (
          <Button
            key={action}
            size="sm"
            variant={
              PRIMARY.includes(action) ? 'filled' : DANGER.includes(action) ? 'outline' : 'default'
            }
            color={DANGER.includes(action) ? 'orange' : undefined}
            loading={busy === action}
            disabled={busy !== null && busy !== action}
            onClick={() => click(action)}
            data-action={action}
          >
            {t(`workflow.action.${action}`)}
          </Button>
        ))}
      </Group>
      <Modal
        opened={asking !== null}
        onClose={() => setAsking(null)}
        title={asking ? t(`workflow.action.${asking}`) : ''}
      >
        <form
          onSubmit={(e) => {
            e.preventDefault();
            confirm();
          }}
        >
          <Stack>
            {asking === 'trash' && <Text>{t('workflow.trashText')}</Text>}
            {asked?.needsPublishAt && (
              <Suspense fallback={<Loader size="sm" />}>
                <SchedulePicker value={publishAt} onChange={setPublishAt} />
              </Suspense>
            )}
            {(asked?.needsComment || asking === 'schedule') && (
              <Textarea
                label={t(asked?.needsComment ? `workflow.reason.${asking}` : 'workflow.comment')}
                value={comment}
                onChange={(e) => setComment(e.currentTarget.value)}
                withAsterisk={asked?.needsComment}
                error={formError && asked?.needsComment && !comment.trim() ? formError : undefined}
                autosize
                minRows={3}
                maxLength={2000}
                data-autofocus={asked?.needsComment ? true : undefined}
                data-testid="transition-comment"
              />
            )}
            {formError && formError !== t('workflow.reasonRequired') && (
              <Text c="red.8" size="sm" role="alert">
                {formError}
              </Text>
            )}
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setAsking(null)}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" loading={busy !== null} data-testid="transition-confirm">
                {asking ? t(`workflow.action.${asking}`) : ''}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </>
  );
}
