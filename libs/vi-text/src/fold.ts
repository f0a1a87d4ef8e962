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

const charFolds = new Map<string, string>();
const SPACE = /\s/;

/**
 * {@link fold} for text that is already normalised ({@link normalizeText} leaves it unchanged:
 * every stored title, lead and body), several times faster: one pass, each character folded
 * once and remembered. Used on every save for the search tokens of a whole article.
 */
export function foldNormalized(s: string): string {
  let out = '';
  let space = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    let f: string;
    if (c < 0x80) {
      if (c === 32 || (c >= 9 && c <= 13)) {
        space = true;
        continue;
      }
      f = c >= 65 && c <= 90 ? String.fromCharCode(c + 32) : s[i];
    } else {
      let ch = s[i];
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) ch += s[++i];
      // Final sigma lower-cases by context: leave such text to the full fold.
      if (c === 0x3a3) return fold(s);
      const known = charFolds.get(ch);
      if (known === undefined) {
        f = SPACE.test(ch) ? ' ' : fold(ch);
        charFolds.set(ch, f);
      } else f = known;
      if (f === ' ') {
        space = true;
        continue;
      }
      if (f === '') continue;
    }
    if (space) {
      if (out.length) out += ' ';
      space = false;
    }
    out += f;
  }
  return out;
}
