import '@mantine/dates/styles.css';
import 'dayjs/locale/vi';
import { DateInput, DatesProvider } from '@mantine/dates';
import { useTranslation } from 'react-i18next';

/** A calendar day typed or picked as dd/mm/yyyy whatever the browser's locale; value `YYYY-MM-DD`. */
export function DayInput({
  label,
  value,
  onChange,
}: {
  label: string;
  value: string | null;
  onChange: (v: string | null) => void;
}) {
  const { i18n } = useTranslation();
  return (
    <DatesProvider settings={{ locale: i18n.language === 'en' ? 'en' : 'vi', firstDayOfWeek: 1 }}>
      <DateInput
        label={label}
        value={value}
        onChange={onChange}
        valueFormat="DD/MM/YYYY"
        placeholder="dd/mm/yyyy"
        clearable
        w={150}
      />
    </DatesProvider>
  );
}
