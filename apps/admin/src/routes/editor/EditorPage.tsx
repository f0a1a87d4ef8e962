import { Center, Loader } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { articleApi, keys } from '../../components/articles/articleApi';
import { ArticleEditor } from '../../components/editor/ArticleEditor';
import { ErrorAlert } from '../../components/ErrorAlert';

/** /articles/:id — its own chunk, with tiptap; nothing else loads the editor libraries. */
export default function EditorPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const article = useQuery({
    queryKey: keys.article(id),
    queryFn: () => articleApi.get(id),
    staleTime: Infinity,
  });
  if (article.isPending)
    return (
      <Center h={200}>
        <Loader aria-label={t('common.loading')} />
      </Center>
    );
  if (article.error) return <ErrorAlert error={article.error} />;
  // Keyed by id: another article gets a fresh draft, autosave and presence.
  return <ArticleEditor key={id} initial={article.data} />;
}
