import { formatViDate, formatViNumber, formatViTime } from '@toasoan/vi-text';

// The newsroom reads Vietnamese dates and numbers whatever the UI language: the paper's
// clock is Asia/Ho_Chi_Minh and `6.548` is how its readers see numbers.

/** `11/10/2020 08:23` (dd/MM/yyyy HH:mm, Vietnam time); empty for null. */
export function formatDateTime(value: string | Date | null | undefined): string {
  if (!value) return '';
  return `${formatViDate(value)} ${formatViTime(value)}`;
}

/** `11/10/2020`. */
export function formatDate(value: string | Date | null | undefined): string {
  return value ? formatViDate(value) : '';
}

/** `6.548`. */
export function formatNumber(n: number): string {
  return formatViNumber(n);
}
