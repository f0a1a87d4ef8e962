import { AppShell, Badge, Burger, Group, NavLink, ScrollArea, Text } from '@mantine/core';
import { useDisclosure, useMediaQuery } from '@mantine/hooks';
import { Suspense, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation, useNavigation } from 'react-router';
import { registerServiceWorker } from '../offline/register';
import { useOnline } from '../offline/useOnline';
import { NAV_GROUPS, SCREENS } from '../screens';
import { useMe, useSession } from '../session/session';
import { FullPageLoader } from './guards';
import { UserMenu } from './UserMenu';

/** The frame of every logged-in screen: header with the user menu, side menu by role. */
export default function AppLayout() {
  const { t } = useTranslation();
  const me = useMe();
  const { can } = useSession();
  const [opened, { toggle, close }] = useDisclosure(false);
  const location = useLocation();
  const navigation = useNavigation();
  // Below the `md` breakpoint the closed menu is only moved off screen: keep it out of the
  // tab order and away from screen readers until the burger opens it.
  const narrow = useMediaQuery('(max-width: 61.99em)') ?? false;

  const online = useOnline();

  // On a tablet the menu overlays the screen: close it once a screen is chosen.
  useEffect(close, [location.pathname, close]);
  useEffect(registerServiceWorker, []);

  const items = SCREENS.filter((s) => s.nav && (!s.permission || can(s.permission)));
  const isActive = (path: string) =>
    path === '' ? location.pathname === '/' : location.pathname.startsWith(`/${path}`);

  return (
    <AppShell
      header={{ height: 56 }}
      navbar={{ width: 240, breakpoint: 'md', collapsed: { mobile: !opened } }}
      padding="md"
    >
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger
              opened={opened}
              onClick={toggle}
              hiddenFrom="md"
              size="sm"
              aria-label={t(opened ? 'shell.closeMenu' : 'shell.openMenu')}
              aria-expanded={opened}
              aria-controls="tsn-navbar"
            />
            <Text component={Link} to="/" fw={700} size="lg" c="red.8" td="none">
              {me.site.name || 'Tòa Soạn'}
            </Text>
          </Group>
          <Group gap="sm" wrap="nowrap">
            {!online && (
              <Badge color="orange" variant="light" data-testid="offline-badge">
                {t('shell.offline')}
              </Badge>
            )}
            <UserMenu />
          </Group>
        </Group>
      </AppShell.Header>

      <AppShell.Navbar
        id="tsn-navbar"
        p="xs"
        aria-label={t('shell.navigation')}
        inert={narrow && !opened}
      >
        <AppShell.Section grow component={ScrollArea}>
          <nav>
            {NAV_GROUPS.map((group) => {
              const entries = items
                .filter((s) => s.nav!.group === group)
                .sort((a, b) => a.nav!.order - b.nav!.order);
              if (entries.length === 0) return null;
              return (
                <div key={group} data-nav-group={group}>
                  <Text size="xs" fw={700} c="dimmed" tt="uppercase" px="sm" pt="sm" pb={4}>
                    {t(`nav.group.${group}`)}
                  </Text>
                  {entries.map((s) => (
                    <NavLink
                      key={s.path}
                      component={Link}
                      to={`/${s.path}`}
                      label={t(s.nav!.labelKey)}
                      active={isActive(s.path)}
                      aria-current={isActive(s.path) ? 'page' : undefined}
                      data-nav={s.path || 'home'}
                    />
                  ))}
                </div>
              );
            })}
          </nav>
        </AppShell.Section>
      </AppShell.Navbar>

      <AppShell.Main>
        <div aria-busy={navigation.state === 'loading'}>
          <Suspense fallback={<FullPageLoader />}>
            <Outlet />
          </Suspense>
        </div>
      </AppShell.Main>
    </AppShell>
  );
}
