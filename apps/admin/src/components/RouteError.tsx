import { Button, Center, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useRouteError } from 'react-router';

/** A screen's code failed to load (often: a new version was deployed) or threw. */
export function RouteError() {
  const { t } = useTranslation();
  const error = useRouteError();
  console.error(error);
  return (
    <Center h="100vh" p="md">
      <Stack align="center">
        <Title order={2}>{t('errors.pageTitle')}</Title>
        <Text>{t('errors.page')}</Text>
        <Button onClick={() => window.location.reload()}>{t('common.reload')}</Button>
      </Stack>
    </Center>
  );
}
