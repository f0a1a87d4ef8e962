import { describe, it, expect } from 'vitest';
import { countWords, formatViNumber, parseViNumber, readingMinutes } from './index.js';

describe('formatViNumber', () => {
  it('uses . for thousands and , for decimals', () => {
    expect(formatViNumber(6548)).toBe('6.548');
    expect(formatViNumber(31676)).toBe('31.676');
    expect(formatViNumber(1234567)).toBe('1.234.567');
    expect(formatViNumber(1234567.89)).toBe('1.234.567,89');
    expect(formatViNumber(0.5)).toBe('0,5');
    expect(formatViNumber(-1500000)).toBe('-1.500.000');
    expect(formatViNumber(12)).toBe('12');
  });
  it('can print the raw style', () => {
    expect(formatViNumber(6548, { grouping: false })).toBe('6548');
  });
});

describe('parseViNumber', () => {
  it('reads dots as grouping and commas as decimals', () => {
    expect(parseViNumber('31.676')).toBe(31676);
    expect(parseViNumber('1.234.567,89')).toBe(1234567.89);
    expect(parseViNumber('0,5')).toBe(0.5);
    expect(parseViNumber('6548')).toBe(6548);
    expect(parseViNumber('abc')).toBeNaN();
    expect(parseViNumber('1.23')).toBeNaN();
  });
});

describe('countWords / readingMinutes', () => {
  it('counts syllables, not punctuation', () => {
    expect(countWords('ĐBP - Dân vận khéo, 31.676 ha lúa; Tiếng Việt')).toBe(9);
    expect(countWords('Bài, ảnh: Sầm Phúc')).toBe(4);
    expect(countWords('Dân vận khéo'.normalize('NFD'))).toBe(3);
    expect(countWords(' – … !! ')).toBe(0);
    expect(countWords('')).toBe(0);
  });
  it('estimates reading time', () => {
    expect(readingMinutes(0)).toBe(0);
    expect(readingMinutes(1)).toBe(1);
    expect(readingMinutes(200)).toBe(1);
    expect(readingMinutes(1000)).toBe(5);
  });
});
