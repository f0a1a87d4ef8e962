import { Button, Modal, Stack, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ErrorAlert } from '../ErrorAlert';
import { articleApi, keys } from './articleApi';

/** "Viết bài mới": asks for a title, creates the draft, opens it in the editor. */
export function NewArticleButton() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const [title, setTitle] = useState('');
  const create = useMutation({
    mutationFn: () => articleApi.create(title.trim()),
    onSuccess: (article) => {
      queryClient.setQueryData(keys.article(article.id), article);
      void queryClient.invalidateQueries({ queryKey: keys.articles, exact: false });
      setOpen(false);
      setTitle('');
      navigate(`/articles/${article.id}`);
    },
  });
  return (
    <>
      <Button onClick={() => setOpen(true)} data-testid="new-article">
        {t('articles.new')}
      </Button>
      <Modal opened={open} onClose={() => setOpen(false)} title={t('articles.new')}>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            if (title.trim()) create.mutate();
          }}
        >
          <Stack>
            <TextInput
              label={t('editor.title')}
              value={title}
              onChange={(e) => setTitle(e.currentTarget.value)}
              required
              data-autofocus
              maxLength={300}
            />
            <ErrorAlert error={create.error} />
            <Button type="submit" loading={create.isPending} disabled={!title.trim()}>
              {t('articles.create')}
            </Button>
          </Stack>
        </form>
      </Modal>
    </>
  );
}
