import { Badge, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { errorText } from '../ErrorAlert';
import type { SaveStatus } from './useArticleDraft';

const COLOR: Record<SaveStatus, string> = {
  saved: 'green',
  pending: 'gray',
  saving: 'blue',
  error: 'red',
  conflict: 'orange',
};

/** Đã lưu / Đang lưu… / Lỗi lưu, announced to screen readers as it changes. */
export function SaveIndicator({
  status,
  error,
  storageFailed,
}: {
  status: SaveStatus;
  error: unknown;
  storageFailed: boolean;
}) {
  const { t } = useTranslation();
  const label = t(`save.${status}`);
  const detail =
    status === 'error'
      ? `${errorText(error, t)} ${t(storageFailed ? 'save.notKept' : 'save.keptLocally')}`
      : '';
  return (
    <Tooltip label={detail} disabled={!detail} multiline w={280}>
      <Badge
        color={COLOR[status]}
        variant={status === 'saved' ? 'light' : 'filled'}
        size="lg"
        role="status"
        aria-live="polite"
        data-testid="save-status"
        data-status={status}
      >
        {label}
      </Badge>
    </Tooltip>
  );
}
