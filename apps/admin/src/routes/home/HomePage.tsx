import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/PageHeader';
import { useMe } from '../../session/session';

/** Placeholder: the home screens per role (queues, drafts, counts) replace this. */
export default function HomePage() {
  const { t } = useTranslation();
  const me = useMe();
  return (
    <>
      <PageHeader title={t('home.title')} />
      <Text data-testid="home-welcome">
        {t('home.welcome', { name: me.user.displayName, role: t(`roles.${me.user.role}`) })}
      </Text>
    </>
  );
}
