import { Badge } from '@mantine/core';
import type { ArticleState } from '@toasoan/workflow';
import { useTranslation } from 'react-i18next';

const COLORS: Record<ArticleState, string> = {
  draft: 'gray',
  in_review: 'yellow',
  changes_requested: 'orange',
  scheduled: 'violet',
  published: 'green',
  unpublished: 'dark',
  trashed: 'red',
};

/** The workflow state as the newsroom says it ("Chờ duyệt", "Đã đăng"…). */
export function StateBadge({ state }: { state: ArticleState }) {
  const { t } = useTranslation();
  return (
    <Badge
      color={COLORS[state]}
      variant="light"
      data-state={state}
      // Never cut to "BẢN N…" in a narrow table column: the state is the point of the badge.
      style={{ flexShrink: 0, overflow: 'visible' }}
      styles={{ label: { overflow: 'visible', textOverflow: 'clip' } }}
      maw="none"
    >
      {t(`articleState.${state}`)}
    </Badge>
  );
}
