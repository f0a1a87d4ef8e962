import { Anchor, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { NewArticleButton } from '../../components/articles/NewArticleButton';
import { PageHeader } from '../../components/PageHeader';
import { useMe, useSession } from '../../session/session';
import { at, MiniList, Panel, ReturnNote, SectionCounts, waited } from './HomeLists';

const oldestFirst = (a: { updatedAt: string }, b: { updatedAt: string }) =>
  a.updatedAt.localeCompare(b.updatedAt);

/** A reporter's day: my drafts, what came back with a note, what waits, what went out. */
function ReporterHome({ me }: { me: string }) {
  const { t } = useTranslation();
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }}>
      <Panel
        title={t('home.returned')}
        testId="home-returned"
        more={`/articles?state=changes_requested&authorId=${me}`}
      >
        <MiniList
          filters={{ state: 'changes_requested', authorId: me, limit: 10 }}
          extra={(a) => <ReturnNote id={a.id} />}
          empty={t('home.noneReturned')}
        />
      </Panel>
      <Panel
        title={t('home.myDrafts')}
        testId="home-drafts"
        more={`/articles?state=draft&authorId=${me}`}
      >
        <MiniList
          filters={{ state: 'draft', authorId: me, limit: 10 }}
          extra={(a) => at(a.updatedAt)}
          empty={t('home.noneDrafts')}
        />
      </Panel>
      <Panel
        title={t('home.waiting')}
        testId="home-waiting"
        more={`/articles?state=in_review&authorId=${me}`}
      >
        <MiniList
          filters={{ state: 'in_review', authorId: me, limit: 10 }}
          extra={(a) => waited(a.updatedAt, t)}
          empty={t('home.noneWaiting')}
        />
      </Panel>
      <Panel
        title={t('home.published')}
        testId="home-published"
        more={`/articles?state=published&authorId=${me}`}
      >
        <MiniList
          filters={{ state: 'published', authorId: me, limit: 5 }}
          extra={(a) => at(a.publishedAt)}
          empty={t('home.nonePublished')}
        />
      </Panel>
    </SimpleGrid>
  );
}

/** An editor's desk: the review queue oldest first, the schedule, what went out, per section. */
function EditorHome() {
  const { t } = useTranslation();
  return (
    <Stack>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <Panel title={t('home.queue')} testId="home-queue" more="/articles?state=in_review">
          <MiniList
            filters={{ state: 'in_review', limit: 100 }}
            sort={oldestFirst}
            extra={(a) => waited(a.updatedAt, t)}
            empty={t('home.queueEmpty')}
          />
        </Panel>
        <Stack>
          <Panel
            title={t('home.scheduled')}
            testId="home-scheduled"
            more="/articles?state=scheduled"
          >
            <MiniList
              filters={{ state: 'scheduled', limit: 20 }}
              sort={(a, b) => (a.publishAt ?? '').localeCompare(b.publishAt ?? '')}
              extra={(a) => t('home.publishAt', { time: at(a.publishAt) })}
              empty={t('home.noneScheduled')}
            />
          </Panel>
          <Panel title={t('home.recent')} testId="home-recent" more="/articles?state=published">
            <MiniList
              filters={{ state: 'published', limit: 8 }}
              extra={(a) => at(a.publishedAt)}
              empty={t('home.nonePublished')}
            />
          </Panel>
        </Stack>
      </SimpleGrid>
      <Panel title={t('home.perSection')} testId="home-sections">
        <SectionCounts />
      </Panel>
    </Stack>
  );
}

export default function HomePage() {
  const { t } = useTranslation();
  const me = useMe();
  const { can } = useSession();
  return (
    <>
      <PageHeader title={t('home.title')}>
        <NewArticleButton />
      </PageHeader>
      <Stack>
        <Text data-testid="home-welcome">
          {t('home.welcome', { name: me.user.displayName, role: t(`roles.${me.user.role}`) })}
        </Text>
        {can('users.manage') && (
          <Group gap="md" data-testid="home-admin-links">
            <Anchor component={Link} to="/users">
              {t('nav.users')}
            </Anchor>
            <Anchor component={Link} to="/audit">
              {t('nav.audit')}
            </Anchor>
          </Group>
        )}
        {can('article.review') ? <EditorHome /> : <ReporterHome me={me.user.id} />}
      </Stack>
    </>
  );
}
