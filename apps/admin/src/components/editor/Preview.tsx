import { Alert, Anchor, Button, Group, Loader, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Article } from '../articles/articleApi';

/** The server's preview: the public site's own article page around the current working copy. */
export const previewUrl = (article: Pick<Article, 'id' | 'version'>) =>
  `/api/articles/${article.id}/preview?v=${article.version}`;

/** The reader's address of a published article. */
export const publicUrl = (article: Article) =>
  article.state === 'published'
    ? `/${article.section?.slug ?? 'tin-tuc'}/${article.slug}-${article.number}.html`
    : null;

/**
 * "Xem trước" in a new tab: the tab is opened at the click (so no popup blocker stops it), the
 * typed text is saved, then the tab is sent to the preview of that version.
 */
export function PreviewButton({
  article,
  beforePreview,
}: {
  article: Article;
  beforePreview: () => Promise<boolean>;
}) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const open = async () => {
    const tab = window.open('about:blank', '_blank');
    if (tab) tab.opener = null;
    setBusy(true);
    try {
      await beforePreview();
    } finally {
      setBusy(false);
    }
    // The version may have moved with the save: the URL only busts caches, the server shows
    // the current working copy either way.
    const url = previewUrl(article);
    if (tab) tab.location.href = url;
    else window.location.assign(url);
  };
  return (
    <Button
      variant="default"
      size="sm"
      loading={busy}
      onClick={() => void open()}
      data-testid="preview-open"
    >
      {t('preview.button')}
    </Button>
  );
}

/**
 * The preview tab: the same server page in a sandboxed frame (no scripts, no forms, no
 * navigation of this window). The typed text is saved first, so the frame shows it.
 */
export function Preview({
  article,
  beforePreview,
}: {
  article: Article;
  beforePreview: () => Promise<boolean>;
}) {
  const { t } = useTranslation();
  const [saved, setSaved] = useState<boolean | null>(null);
  useEffect(() => {
    let live = true;
    void beforePreview().then((ok) => live && setSaved(ok));
    return () => {
      live = false;
    };
    // Once per opening of the tab; later saves change `article.version` and so the frame.
  }, []);
  const url = publicUrl(article);
  return (
    <>
      <Group justify="space-between" mb="xs">
        <Text size="sm" c="dimmed">
          {t('preview.hint')}
        </Text>
        <Group gap="md">
          <Anchor href={previewUrl(article)} target="_blank" rel="noopener" size="sm">
            {t('preview.newTab')}
          </Anchor>
          {url && (
            <Anchor href={url} target="_blank" rel="noopener" size="sm">
              {t('preview.open')}
            </Anchor>
          )}
        </Group>
      </Group>
      {saved === false && (
        <Alert color="orange" variant="light" mb="xs" data-testid="preview-unsaved">
          {t('preview.unsaved')}
        </Alert>
      )}
      {saved === null ? (
        <Loader aria-label={t('common.loading')} />
      ) : (
        <iframe
          key={article.version}
          title={t('preview.title')}
          src={previewUrl(article)}
          sandbox=""
          style={{ width: '100%', height: '75vh', border: '1px solid var(--mantine-color-gray-4)' }}
          data-testid="preview-frame"
        />
      )}
    </>
  );
}
