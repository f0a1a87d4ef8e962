import { looksLikeTcvn3 } from './legacy.js';

/**
 * Invisible format characters dropped from typed/pasted text: soft hyphen, Arabic letter mark,
 * Mongolian vowel separator, zero-width space/joiners, LRM/RLM, bidi embeddings and isolates,
 * word joiner and invisible operators, deprecated format controls, BOM, interlinear annotation.
 * (ZWJ inside an emoji sequence is kept, see below.)
 */
const INVISIBLE =
  /[\u00AD\u061C\u180E\u200B\u200C\u200E\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\uFEFF\uFFF9-\uFFFB]/g;
/** Zero-width joiner, except between two emoji (👨‍👩‍👧 must survive). */
const ZWJ_OUTSIDE_EMOJI =
  /(?<!\p{Extended_Pictographic}[\uFE0F\u{1F3FB}-\u{1F3FF}]?)\u200D|\u200D(?!\p{Extended_Pictographic})/gu;
/** Space separators other than U+0020 (NBSP, narrow NBSP, figure space, em space, ideographic space…). */
const OTHER_SPACES = /[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g;
/** C0/C1 controls except tab and line feed. */
const CONTROLS = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;
/**
 * Look-alikes of Đ/đ: ETH Ð U+00D0 / ð U+00F0 and African D Ɖ U+0189 / ɖ U+0256. Only at the start
 * of a word: Vietnamese đ only begins a syllable, while Icelandic/Faroese ð never begins a word
 * ("Guðrún" stays intact).
 */
const DJ_LOOKALIKE = /(?<![\p{L}\p{M}])[\u00D0\u0189\u00F0\u0256]/gu;
const DJ_MAP: Readonly<Record<string, string>> = {
  '\u00D0': '\u0110',
  '\u0189': '\u0110',
  '\u00F0': '\u0111',
  '\u0256': '\u0111',
};

/**
 * Normalise any user-typed text field: line endings to LF, NFC, invisible characters dropped,
 * every kind of space to U+0020, other control characters (except \n and \t) dropped, and
 * `Ð`/`ð` (and `Ɖ`/`ɖ`) at the start of a word → `Đ`/`đ`. Does not trim.
 *
 * If the text looks like TCVN3 pasted as cp1252 ({@link looksLikeTcvn3}), the soft hyphen (= ư)
 * and ETH (= é) are left alone so that {@link decodeTcvn3} can still recover the text.
 */
export function normalizeText(s: string): string {
  const legacy = looksLikeTcvn3(s);
  let out = s.replace(/\r\n?|[\u0085\u2028\u2029]/g, '\n');
  out = out.normalize('NFC');
  out = legacy
    ? out.replace(INVISIBLE, (c) => (c === '\u00AD' ? c : ''))
    : out.replace(INVISIBLE, '');
  out = out.replace(ZWJ_OUTSIDE_EMOJI, '');
  out = out.replace(OTHER_SPACES, ' ');
  out = out.replace(CONTROLS, '');
  if (!legacy) out = out.replace(DJ_LOOKALIKE, (c) => DJ_MAP[c] ?? c);
  // Dropping invisible characters can bring a base letter and its combining mark together.
  return out.normalize('NFC');
}

/** normalizeText, then trim and collapse every run of whitespace to one space (titles, names, captions). */
export function normalizeLine(s: string): string {
  return normalizeText(s).replace(/\s+/g, ' ').trim();
}

/** Does the text still contain a Ð/ð (ETH) or Ɖ/ɖ, and is it not in NFC? (pre-publish checklist) */
export function hasLegacyOrDecomposed(s: string): { legacyEth: boolean; decomposed: boolean } {
  return {
    legacyEth: /[\u00D0\u00F0\u0189\u0256]/.test(s),
    decomposed: s !== s.normalize('NFC'),
  };
}
