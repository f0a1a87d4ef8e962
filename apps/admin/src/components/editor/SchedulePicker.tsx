import '@mantine/dates/styles.css';
import 'dayjs/locale/vi';
import { DatesProvider, DateTimePicker } from '@mantine/dates';
import { useTranslation } from 'react-i18next';

/** The schedule time, picked as Vietnam wall-clock time. Its own chunk: only scheduling loads it. */
export default function SchedulePicker({
  value,
  onChange,
}: {
  value: string | null;
  onChange: (v: string | null) => void;
}) {
  const { t, i18n } = useTranslation();
  return (
    <DatesProvider settings={{ locale: i18n.language === 'en' ? 'en' : 'vi' }}>
      <DateTimePicker
        label={t('workflow.publishAt')}
        description={t('workflow.publishAtHint')}
        value={value}
        onChange={onChange}
        valueFormat="DD/MM/YYYY HH:mm"
        minDate={new Date()}
        withAsterisk
        data-autofocus
        data-testid="publish-at"
      />
    </DatesProvider>
  );
}
