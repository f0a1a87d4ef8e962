import { describe, it, expect } from 'vitest';
import { formatViDate, formatViDateTime, formatViTime, parseViDateTime } from './index.js';

describe('formatViDateTime', () => {
  const cases: [string, string][] = [
    ['2020-10-11T01:23:00Z', '08:23 - Chủ Nhật, 11/10/2020'],
    ['2020-10-10T17:30:00Z', '00:30 - Chủ Nhật, 11/10/2020'],
    ['2020-10-17T16:59:00Z', '23:59 - Thứ Bảy, 17/10/2020'],
    ['2024-01-01T00:00:00+07:00', '00:00 - Thứ Hai, 01/01/2024'],
  ];
  for (const [iso, expected] of cases) {
    it(`${iso} → ${expected}`, () => {
      expect(formatViDateTime(iso)).toBe(expected);
      expect(formatViDateTime(new Date(iso))).toBe(expected);
    });
  }
  it('names every weekday', () => {
    const week = [12, 13, 14, 15, 16, 17, 18].map(
      (d) => formatViDateTime(`2020-10-${d}T05:00:00Z`).split(' - ')[1].split(',')[0],
    );
    expect(week).toEqual([
      'Thứ Hai',
      'Thứ Ba',
      'Thứ Tư',
      'Thứ Năm',
      'Thứ Sáu',
      'Thứ Bảy',
      'Chủ Nhật',
    ]);
  });
  it('honours another time zone', () => {
    expect(formatViDateTime('2020-10-11T01:23:00Z', 'UTC')).toBe('01:23 - Chủ Nhật, 11/10/2020');
  });
  it('rejects invalid dates', () => {
    expect(() => formatViDateTime('không phải ngày')).toThrow(RangeError);
  });
});

describe('formatViDate / formatViTime', () => {
  it('formats date and time in Vietnam', () => {
    expect(formatViDate('2020-10-10T17:30:00Z')).toBe('11/10/2020');
    expect(formatViTime('2020-10-10T17:30:00Z')).toBe('00:30');
    expect(formatViDate(new Date('2020-10-11T01:23:00Z'))).toBe('11/10/2020');
    expect(formatViTime(new Date('2020-10-11T01:23:00Z'))).toBe('08:23');
  });
});

describe('parseViDateTime', () => {
  it('parses admin input as Vietnam time', () => {
    expect(parseViDateTime('11/10/2020 08:23')?.toISOString()).toBe('2020-10-11T01:23:00.000Z');
    expect(parseViDateTime('1/1/2024')?.toISOString()).toBe('2023-12-31T17:00:00.000Z');
  });
  it('rejects malformed and impossible dates', () => {
    expect(parseViDateTime('31/02/2024 10:00')).toBeNull();
    expect(parseViDateTime('11/10/2020 24:00')).toBeNull();
    expect(parseViDateTime('2020-10-11')).toBeNull();
  });
});
