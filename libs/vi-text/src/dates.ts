export const VI_TIME_ZONE = 'Asia/Ho_Chi_Minh';

/** Weekday names by `Date#getUTCDay()` index (0 = Sunday). */
export const VI_WEEKDAYS = [
  'Chủ Nhật',
  'Thứ Hai',
  'Thứ Ba',
  'Thứ Tư',
  'Thứ Năm',
  'Thứ Sáu',
  'Thứ Bảy',
] as const;

interface Parts {
  year: string;
  month: string;
  day: string;
  hour: string;
  minute: string;
  weekday: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
      numberingSystem: 'latn',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

function toDate(date: Date | string): Date {
  const d = typeof date === 'string' ? new Date(date) : date;
  if (Number.isNaN(d.getTime())) throw new RangeError(`Invalid date: ${String(date)}`);
  return d;
}

function partsOf(date: Date | string, timeZone: string): Parts {
  const parts: Record<string, string> = {};
  for (const p of formatterFor(timeZone).formatToParts(toDate(date))) parts[p.type] = p.value;
  const year = parts.year.padStart(4, '0');
  const month = parts.month;
  const day = parts.day;
  // The weekday of the local calendar date, independent of the machine's time zone.
  const weekday = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day))).getUTCDay();
  return { year, month, day, hour: parts.hour, minute: parts.minute, weekday };
}

/** `08:23 - Chủ Nhật, 11/10/2020` in the given zone (default Asia/Ho_Chi_Minh). */
export function formatViDateTime(date: Date | string, timeZone: string = VI_TIME_ZONE): string {
  const p = partsOf(date, timeZone);
  return `${p.hour}:${p.minute} - ${VI_WEEKDAYS[p.weekday]}, ${p.day}/${p.month}/${p.year}`;
}

/** `11/10/2020` (dd/MM/yyyy) in the given zone. */
export function formatViDate(date: Date | string, timeZone: string = VI_TIME_ZONE): string {
  const p = partsOf(date, timeZone);
  return `${p.day}/${p.month}/${p.year}`;
}

/** `08:23` (HH:mm, 24-hour) in the given zone. */
export function formatViTime(date: Date | string, timeZone: string = VI_TIME_ZONE): string {
  const p = partsOf(date, timeZone);
  return `${p.hour}:${p.minute}`;
}

/**
 * Parse admin input `dd/MM/yyyy HH:mm` (or `dd/MM/yyyy`, midnight) as Vietnam time (UTC+07:00,
 * no DST) → Date. Returns null for malformed or impossible dates (31/02/2024).
 */
export function parseViDateTime(input: string): Date | null {
  const m = /^\s*(\d{1,2})\/(\d{1,2})\/(\d{4})(?:\s+(\d{1,2}):(\d{2}))?\s*$/.exec(input);
  if (!m) return null;
  const [day, month, year, hour, minute] = [m[1], m[2], m[3], m[4] ?? '0', m[5] ?? '0'].map(Number);
  if (month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59) return null;
  const utc = Date.UTC(year, month - 1, day, hour - 7, minute);
  const check = new Date(Date.UTC(year, month - 1, day));
  if (check.getUTCDate() !== day || check.getUTCMonth() !== month - 1) return null;
  return new Date(utc);
}
