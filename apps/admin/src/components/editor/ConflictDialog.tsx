import {
  Button,
  Group,
  Modal,
  Paper,
  ScrollArea,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { documentText } from '@toasoan/editor';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../format';
import type { Conflict } from './useArticleDraft';
import { fieldsOf, type DraftFields } from './draftStore';

function Version({ label, f, testId }: { label: string; f: DraftFields; testId: string }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="sm" data-testid={testId}>
      <Title order={3} size="h5" mb="xs">
        {label}
      </Title>
      <ScrollArea.Autosize mah={360}>
        <Stack gap={6}>
          <Text fw={700}>{f.title}</Text>
          {f.lead && (
            <Text size="sm" fw={600}>
              {f.lead}
            </Text>
          )}
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {documentText(f.body, { includeCaptions: true }) || t('conflict.emptyBody')}
          </Text>
        </Stack>
      </ScrollArea.Autosize>
    </Paper>
  );
}

/** Someone saved a newer version while this tab was editing: show both and let the user choose. */
export function ConflictDialog({
  conflict,
  onKeepMine,
  onTakeTheirs,
}: {
  conflict: Conflict | null;
  onKeepMine: () => void;
  onTakeTheirs: () => void;
}) {
  const { t } = useTranslation();
  const theirs = conflict?.theirs;
  const who = theirs?.updatedBy?.penName || theirs?.updatedBy?.displayName || t('conflict.someone');
  return (
    <Modal
      opened={conflict !== null}
      onClose={() => undefined}
      withCloseButton={false}
      closeOnEscape={false}
      closeOnClickOutside={false}
      title={t('conflict.title')}
      size="xl"
      data-testid="conflict-dialog"
    >
      {conflict && theirs && (
        <Stack>
          <Text>{t('conflict.text', { name: who, time: formatDateTime(theirs.updatedAt) })}</Text>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Version label={t('conflict.mine')} f={conflict.mine} testId="conflict-mine" />
            <Version
              label={t('conflict.theirs', { name: who })}
              f={fieldsOf(theirs)}
              testId="conflict-theirs"
            />
          </SimpleGrid>
          <Text size="sm" c="dimmed">
            {t('conflict.hint')}
          </Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={onTakeTheirs}>
              {t('conflict.takeTheirs')}
            </Button>
            <Button onClick={onKeepMine}>{t('conflict.keepMine')}</Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
