import { Alert, type AlertProps } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client';

/** A message a person can act on, in the UI language where the API's status says enough. */
export function errorText(error: unknown, t: TFunction): string {
  if (typeof error === 'string') return error;
  if (error instanceof ApiError) {
    switch (error.status) {
      case 0:
        return t('errors.network');
      case 401:
        return t('errors.unauthorized');
      case 403:
        return t('errors.forbidden');
      case 404:
        return t('errors.notFound');
      case 429:
        return t('errors.tooMany');
      default:
        return error.status >= 500 ? t('errors.server') : error.message;
    }
  }
  return t('errors.unknown');
}

export function ErrorAlert({
  error,
  title,
  ...props
}: { error: unknown; title?: string } & Omit<AlertProps, 'title' | 'children'>) {
  const { t } = useTranslation();
  if (!error) return null;
  return (
    <Alert color="red" variant="light" role="alert" title={title ?? t('errors.title')} {...props}>
      {errorText(error, t)}
    </Alert>
  );
}
