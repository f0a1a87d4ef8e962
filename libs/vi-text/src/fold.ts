import { normalizeText } from './normalize.js';

/** Combining diacritical marks (Latin/Greek/Cyrillic accents). Script-essential marks (Thai, Indic…) are kept. */
const DIACRITICS = /[\u0300-\u036F\u1AB0-\u1AFF\u1DC0-\u1DFF\u20D0-\u20FF\uFE20-\uFE2F]/g;

/** Letters without a decomposition, mapped as PostgreSQL's unaccent.rules does. */
const LETTER_MAP: Readonly<Record<string, string>> = {
  đ: 'd',
  ð: 'd',
  ɖ: 'd',
  ø: 'o',
  ł: 'l',
  æ: 'ae',
  œ: 'oe',
  ß: 'ss',
  þ: 'th',
  ħ: 'h',
  ı: 'i',
  ŧ: 't',
};
const LETTERS = new RegExp(`[${Object.keys(LETTER_MAP).join('')}]`, 'g');

/**
 * Search key: normalizeText, lower-case, strip diacritics, đ/Đ/Ð/ð → d, collapse whitespace, trim.
 * Punctuation is kept. `Dân vận khéo`, `DAN VAN KHEO` and NFD input all give `dan van kheo`;
 * agrees with PostgreSQL `lower(unaccent(x))` on Vietnamese letters.
 */
export function fold(s: string): string {
  return normalizeText(s)
    .replace(/\u00AD/g, '')
    .toLowerCase()
    .normalize('NFD')
    .replace(DIACRITICS, '')
    .replace(LETTERS, (c) => LETTER_MAP[c] ?? c)
    .replace(/\s+/g, ' ')
    .trim();
}
