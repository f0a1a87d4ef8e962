import { Avatar, Button, Menu, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { setLanguage, type Language } from '../i18n';
import { useMe, useSession } from '../session/session';

export function UserMenu() {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const { logout } = useSession();
  const navigate = useNavigate();
  const initials = me.user.displayName
    .split(/\s+/)
    .filter(Boolean)
    .slice(-2)
    .map((w) => w[0])
    .join('')
    .toUpperCase();
  const lang = i18n.language as Language;

  return (
    <Menu position="bottom-end" width={240} withinPortal>
      <Menu.Target>
        <Button
          variant="subtle"
          color="gray"
          leftSection={
            <Avatar size="sm" color="red" radius="xl">
              {initials}
            </Avatar>
          }
          aria-label={t('shell.userMenu', { name: me.user.displayName })}
          data-testid="user-menu"
        >
          <Text size="sm" visibleFrom="xs" truncate maw={180}>
            {me.user.displayName}
          </Text>
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>
          {me.user.email} · {t(`roles.${me.user.role}`)}
        </Menu.Label>
        <Menu.Item component={Link} to="/profile">
          {t('shell.profile')}
        </Menu.Item>
        <Menu.Item component={Link} to="/profile#password">
          {t('shell.changePassword')}
        </Menu.Item>
        <Menu.Item component={Link} to="/sessions">
          {t('nav.sessions')}
        </Menu.Item>
        <Menu.Divider />
        <Menu.Label>{t('shell.language')}</Menu.Label>
        <Menu.Item
          onClick={() => setLanguage('vi')}
          aria-current={lang === 'vi' ? 'true' : undefined}
          fw={lang === 'vi' ? 700 : undefined}
          lang="vi"
          data-lang="vi"
        >
          Tiếng Việt
        </Menu.Item>
        <Menu.Item
          onClick={() => setLanguage('en')}
          aria-current={lang === 'en' ? 'true' : undefined}
          fw={lang === 'en' ? 700 : undefined}
          lang="en"
          data-lang="en"
        >
          English
        </Menu.Item>
        <Menu.Divider />
        <Menu.Item
          color="red"
          data-testid="logout"
          onClick={async () => {
            await logout();
            navigate('/login', { replace: true });
          }}
        >
          {t('shell.logout')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
