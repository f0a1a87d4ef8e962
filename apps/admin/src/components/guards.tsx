import { Center, Loader } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Navigate, Outlet, useLocation } from 'react-router';
import type { Permission } from '../api/types';
import { useSession } from '../session/session';
import { ErrorAlert } from './ErrorAlert';

export function FullPageLoader() {
  const { t } = useTranslation();
  return (
    <Center h="100vh">
      <Loader aria-label={t('common.loading')} />
    </Center>
  );
}

/** Logged-in routes: while `me` loads, a spinner; without a session, the login page with `next`. */
export function RequireLogin() {
  const { me, loading, error } = useSession();
  const location = useLocation();
  if (loading) return <FullPageLoader />;
  if (error && !me) return <ErrorAlert error={error} m="xl" />;
  if (!me) {
    const next = location.pathname + location.search + location.hash;
    return (
      <Navigate to={`/login${next === '/' ? '' : `?next=${encodeURIComponent(next)}`}`} replace />
    );
  }
  return <Outlet />;
}

/** A screen for some roles only: others get "no permission", also when they type the URL. */
export function RequirePermission({ permission }: { permission: Permission }) {
  const { can } = useSession();
  const { t } = useTranslation();
  if (!can(permission))
    return (
      <ErrorAlert
        title={t('errors.forbiddenTitle')}
        error={t('errors.forbiddenPage')}
        role="alert"
      />
    );
  return <Outlet />;
}
