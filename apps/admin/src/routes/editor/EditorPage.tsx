import { Alert, Center, Loader } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ApiError } from '../../api/client';
import { articleApi, keys, type Article } from '../../components/articles/articleApi';
import { ArticleEditor } from '../../components/editor/ArticleEditor';
import { readDraft } from '../../components/editor/draftStore';
import { ErrorAlert } from '../../components/ErrorAlert';

/** /articles/:id — its own chunk, with tiptap; nothing else loads the editor libraries. */
export default function EditorPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const article = useQuery({
    queryKey: keys.article(id),
    queryFn: () => articleApi.get(id),
    staleTime: Infinity,
    // Offline, fail at once and open the copy kept in this browser instead of waiting.
    networkMode: 'always',
    retry: (n, e) => navigator.onLine && n < 2 && !(e instanceof ApiError && e.status >= 400),
  });
  // No network: open the article as this browser last had it, with the text typed since. The
  // editor puts that copy in the query cache; the notice stays until the server answers.
  const deviceCopy = useRef<Article | undefined>(undefined);
  if (article.error instanceof ApiError && article.error.status === 0 && !deviceCopy.current)
    deviceCopy.current = readDraft(id)?.base;
  const initial = article.data ?? deviceCopy.current;
  const fromDevice =
    !!deviceCopy.current && (article.data ?? deviceCopy.current) === deviceCopy.current;
  if (article.isPending)
    return (
      <Center h={200}>
        <Loader aria-label={t('common.loading')} />
      </Center>
    );
  if (!initial) return <ErrorAlert error={article.error} />;
  return (
    <>
      {fromDevice && (
        <Alert color="orange" variant="light" mb="sm" data-testid="offline-copy">
          {t('editor.offlineCopy')}
        </Alert>
      )}
      {/* Keyed by id: another article gets a fresh draft, autosave and presence. */}
      <ArticleEditor key={id} initial={initial} />
    </>
  );
}
