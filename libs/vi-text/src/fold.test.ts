import { describe, it, expect } from 'vitest';
import {
  documentTokens,
  fold,
  foldedTokens,
  foldNormalized,
  normalizeText,
  slugify,
} from './index.js';

describe('fold', () => {
  it('folds every Vietnamese vowel and đ', () => {
    const lower = 'aàảãáạăằẳẵắặâầẩẫấậeèẻẽéẹêềểễếệiìỉĩíịoòỏõóọôồổỗốộơờởỡớợuùủũúụưừửữứựyỳỷỹýỵđ';
    const expected =
      'a'.repeat(18) +
      'e'.repeat(12) +
      'i'.repeat(6) +
      'o'.repeat(18) +
      'u'.repeat(12) +
      'y'.repeat(6) +
      'd';
    expect(fold(lower)).toBe(expected);
    expect(fold(lower.toUpperCase())).toBe(expected);
    expect(fold(lower.normalize('NFD'))).toBe(expected);
  });
  it('folds the same regardless of case and form', () => {
    for (const s of [
      'Dân vận khéo',
      'DAN VAN KHEO',
      'dan van kheo',
      'Dân vận khéo'.normalize('NFD'),
    ]) {
      expect(fold(s)).toBe('dan van kheo');
    }
  });
  it('maps every Đ look-alike to d, anywhere in the word', () => {
    expect(fold('Đ đ \u00D0 \u00F0 \u0189 Gu\u00F0rún')).toBe('d d d d d gudrun');
  });
  it('handles letters PostgreSQL unaccent maps without decomposition', () => {
    expect(fold('Søren Łukasz Straße')).toBe('soren lukasz strasse');
  });
});

describe('slugify', () => {
  it('makes ASCII slugs', () => {
    expect(slugify('Đảng bộ tỉnh Điện Biên')).toBe('dang-bo-tinh-dien-bien');
    expect(slugify('  --Mùa lúa chín ở Mường Thanh!--  ')).toBe('mua-lua-chin-o-muong-thanh');
    expect(slugify('')).toBe('');
    expect(slugify('“ – ” ?!')).toBe('');
  });
  it('never cuts mid-word', () => {
    const title =
      'Người dân bản Na Sang hai vui mừng đón điện lưới quốc gia về tận từng nhà sau nhiều năm chờ đợi';
    const slug = slugify(title);
    expect(slug.length).toBeLessThanOrEqual(80);
    expect(slugify(title, 20)).toBe('nguoi-dan-ban-na');
    expect(slugify(title, 21)).toBe('nguoi-dan-ban-na-sang');
    expect(fold(title).replace(/ /g, '-').startsWith(slug)).toBe(true);
    expect(slug.endsWith('-')).toBe(false);
    for (let n = 1; n < 100; n++) {
      const s = slugify(title, n);
      expect(s.length).toBeLessThanOrEqual(n);
      expect(s).toMatch(/^([a-z0-9]+(-[a-z0-9]+)*)?$/);
    }
  });
  it('hard-cuts a single word longer than the limit', () => {
    expect(slugify('Nghiêngnghiêngnghiêng', 10)).toBe('nghiengngh');
  });
});

describe('foldNormalized', () => {
  const texts = [
    'aàảãáạăằẳẵắặâầẩẫấậeèẻẽéẹêềểễếệiìỉĩíịoòỏõóọôồổỗốộơờởỡớợuùủũúụưừửữứựyỳỷỹýỵđ'.toUpperCase(),
    'ĐBP - Dân vận khéo, 31.676 ha lúa;\n\n  Tiếng Việt\t“Đà Nẵng” – 12/3',
    'Da\u0302n va\u0323\u0302n khe\u0301o \u00D0iện Biên Gu\u00F0rún Æsir Œuvre Straße Łódź İstanbul',
    ' \u00A0 Ελλάδα ΟΔΥΣΣΕΥΣ Москва ภาษาไทย 日本語 한국어 👨‍👩‍👧 x\u0302 ',
    '',
  ];
  it('is fold for normalised text, and gives the same search tokens', () => {
    for (const raw of texts) {
      const s = normalizeText(raw);
      expect(foldNormalized(s), raw).toBe(fold(s));
      expect(foldedTokens(foldNormalized(s)).sort(), raw).toEqual(documentTokens(s));
    }
  });
});
