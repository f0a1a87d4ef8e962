import { Alert, List, Text } from '@mantine/core';
import { findIssues, type IssueCode } from '@toasoan/editor';
import { hasLegacyOrDecomposed } from '@toasoan/vi-text';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { DraftFields } from './draftStore';
import { ADVICE } from './limits';

type Check = { key: string; count: number };

/** Everything worth a second look before publishing. It warns; it never blocks. */
export function checklist(f: DraftFields): Check[] {
  const out: Check[] = [];
  const add = (key: string, count = 1) => {
    const found = out.find((c) => c.key === key);
    if (found) found.count += count;
    else out.push({ key, count });
  };
  if (!f.title.trim()) add('title.empty');
  else if (f.title.length > ADVICE.title) add('title.long');
  if (!f.lead.trim()) add('lead.empty');
  else if (f.lead.length > ADVICE.lead) add('lead.long');
  if (!f.sectionId) add('section.none');
  for (const text of [f.title, f.lead]) {
    const h = hasLegacyOrDecomposed(text);
    if (h.legacyEth) add('text.legacy_eth');
    if (h.decomposed) add('text.not_nfc');
  }
  for (const issue of findIssues(f.body)) add(issue.code as IssueCode);
  return out;
}

export function Checklist({ fields }: { fields: DraftFields }) {
  const { t } = useTranslation();
  const checks = useMemo(() => checklist(fields), [fields]);
  if (checks.length === 0)
    return (
      <Alert color="green" variant="light" title={t('checklist.title')} data-testid="checklist">
        {t('checklist.allGood')}
      </Alert>
    );
  return (
    <Alert color="yellow" variant="light" title={t('checklist.title')} data-testid="checklist">
      <Text size="sm" mb={4}>
        {t('checklist.intro')}
      </Text>
      <List size="sm" spacing={2}>
        {checks.map((c) => (
          <List.Item key={c.key} data-check={c.key}>
            {t(`checklist.${c.key.replace('.', '_')}`, { count: c.count })}
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}
