/**
 * Legacy Vietnamese 8-bit encodings ("loạn font") pasted from old Word documents.
 *
 * The text arrives as Unicode because the clipboard decoded the legacy bytes as cp1252/Latin-1,
 * so e.g. TCVN3 "Điện Biên Phủ" shows up as "§iÖn Biªn Phñ". Detection must run on the raw
 * input, BEFORE normalisation: TCVN3 uses U+00AD (soft hyphen) for "ư" and U+00D0 (ETH) for "é".
 */

/** Letters that only exist in Vietnamese Unicode text (never produced by a legacy paste). */
const VIETNAMESE_UNICODE_ONLY =
  /[\u1EA0-\u1EF9\u0102\u0103\u0110\u0111\u01A0\u01A1\u01AF\u01B0\u0128\u0129\u0168\u0169]/;

/** TCVN3 (ABC, .VnTime) byte → Unicode, for bytes 0xA1–0xFE as they appear after cp1252 decoding. */
const TCVN3_TABLE: Readonly<Record<string, string>> = {
  '\u00A1': 'Ă',
  '\u00A2': 'Â',
  '\u00A3': 'Ê',
  '\u00A4': 'Ô',
  '\u00A5': 'Ơ',
  '\u00A6': 'Ư',
  '\u00A7': 'Đ',
  '\u00A8': 'ă',
  '\u00A9': 'â',
  '\u00AA': 'ê',
  '\u00AB': 'ô',
  '\u00AC': 'ơ',
  '\u00AD': 'ư',
  '\u00AE': 'đ',
  '\u00B5': 'à',
  '\u00B6': 'ả',
  '\u00B7': 'ã',
  '\u00B8': 'á',
  '\u00B9': 'ạ',
  '\u00BB': 'ằ',
  '\u00BC': 'ẳ',
  '\u00BD': 'ẵ',
  '\u00BE': 'ắ',
  '\u00C6': 'ặ',
  '\u00C7': 'ầ',
  '\u00C8': 'ẩ',
  '\u00C9': 'ẫ',
  '\u00CA': 'ấ',
  '\u00CB': 'ậ',
  '\u00CC': 'è',
  '\u00CE': 'ẻ',
  '\u00CF': 'ẽ',
  '\u00D0': 'é',
  '\u00D1': 'ẹ',
  '\u00D2': 'ề',
  '\u00D3': 'ể',
  '\u00D4': 'ễ',
  '\u00D5': 'ế',
  '\u00D6': 'ệ',
  '\u00D7': 'ì',
  '\u00D8': 'ỉ',
  '\u00DC': 'ĩ',
  '\u00DD': 'í',
  '\u00DE': 'ị',
  '\u00DF': 'ò',
  '\u00E1': 'ỏ',
  '\u00E2': 'õ',
  '\u00E3': 'ó',
  '\u00E4': 'ọ',
  '\u00E5': 'ồ',
  '\u00E6': 'ổ',
  '\u00E7': 'ỗ',
  '\u00E8': 'ố',
  '\u00E9': 'ộ',
  '\u00EA': 'ờ',
  '\u00EB': 'ở',
  '\u00EC': 'ỡ',
  '\u00ED': 'ớ',
  '\u00EE': 'ợ',
  '\u00EF': 'ù',
  '\u00F1': 'ủ',
  '\u00F2': 'ũ',
  '\u00F3': 'ú',
  '\u00F4': 'ụ',
  '\u00F5': 'ừ',
  '\u00F6': 'ử',
  '\u00F7': 'ữ',
  '\u00F8': 'ứ',
  '\u00F9': 'ự',
  '\u00FA': 'ỳ',
  '\u00FB': 'ỷ',
  '\u00FC': 'ỹ',
  '\u00FD': 'ý',
  '\u00FE': 'ỵ',
};

export interface DecodeTcvn3Options {
  /** Text was set in a capitals font (.VnTimeH, .VnArialH…): the same bytes are drawn as capitals. */
  capitals?: boolean;
}

/** Decode TCVN3/ABC text that was pasted as cp1252 (`§iÖn Biªn Phñ` → `Điện Biên Phủ`). */
export function decodeTcvn3(s: string, options: DecodeTcvn3Options = {}): string {
  let out = '';
  for (const ch of s) out += TCVN3_TABLE[ch] ?? ch;
  out = out.normalize('NFC');
  return options.capitals ? out.toUpperCase() : out;
}

/** Latin-1 symbols that TCVN3 uses as very common letters (â ê ô ơ ư đ à á ả ã ạ ắ…) and that are not letters in any Western language. */
const TCVN3_STRONG = '[\u00A1-\u00AE\u00B5-\u00B9\u00BB-\u00BE]';
const TCVN3_STRONG_NEXT_TO_LETTER = new RegExp(`[A-Za-z]${TCVN3_STRONG}|${TCVN3_STRONG}[A-Za-z]`);
/** TCVN3 characters that are not Vietnamese letters in Unicode text. */
const TCVN3_SIGNAL =
  /[\u00A1-\u00AE\u00B5-\u00B9\u00BB-\u00BE\u00C6\u00C7\u00CB\u00CE\u00CF\u00D0\u00D1\u00D6-\u00D8\u00DC\u00DE\u00DF\u00E4-\u00E7\u00EB\u00EE\u00EF\u00F1\u00F6-\u00F8\u00FB\u00FC\u00FE]/;

/**
 * Heuristic: does this text look like TCVN3 pasted as cp1252? True when it has no Vietnamese
 * Unicode letters, at least two words carry TCVN3 characters (and at least a quarter of all
 * words do), and one of the symbols TCVN3 uses for common letters (© ª « ¬ § ® µ ¸ …) sits next
 * to a letter. Use it to offer a conversion preview; the font name in pasted HTML is the better
 * signal when available (see {@link legacyEncodingFromFont}).
 */
export function looksLikeTcvn3(s: string): boolean {
  if (VIETNAMESE_UNICODE_ONLY.test(s)) return false;
  if (!TCVN3_STRONG_NEXT_TO_LETTER.test(s)) return false;
  const words = s
    .split(/[\s,.;:!?()[\]"'/\u2013\u2014-]+/)
    .map((w) => (w.startsWith('\u00AB') && w.endsWith('\u00BB') ? w.slice(1, -1) : w))
    .filter((w) => /[A-Za-z\u00A1-\u00FE]/.test(w));
  if (words.length === 0) return false;
  const signal = words.filter((w) => /[A-Za-z]/.test(w) && TCVN3_SIGNAL.test(w)).length;
  return signal >= 2 && signal / words.length >= 0.25;
}

// ---------------------------------------------------------------------------------------------
// VNI-Windows (VNI-Times): base letter followed by modifier bytes.

const ACUTE = '\u0301';
const GRAVE = '\u0300';
const HOOK = '\u0309';
const TILDE = '\u0303';
const DOT = '\u0323';
const CIRCUMFLEX = '\u0302';
const BREVE = '\u0306';

/** Tone bytes that follow any vowel: ù ø û õ ï (and capitals). */
const VNI_TONE: Readonly<Record<string, string>> = {
  ù: ACUTE,
  ø: GRAVE,
  û: HOOK,
  õ: TILDE,
  ï: DOT,
  Ù: ACUTE,
  Ø: GRAVE,
  Û: HOOK,
  Õ: TILDE,
  Ï: DOT,
};
/** Circumflex (+ tone) bytes after a / e / o: â á à å ã ä. */
const VNI_CIRCUMFLEX: Readonly<Record<string, string>> = {
  â: CIRCUMFLEX,
  á: CIRCUMFLEX + ACUTE,
  à: CIRCUMFLEX + GRAVE,
  å: CIRCUMFLEX + HOOK,
  ã: CIRCUMFLEX + TILDE,
  ä: CIRCUMFLEX + DOT,
  Â: CIRCUMFLEX,
  Á: CIRCUMFLEX + ACUTE,
  À: CIRCUMFLEX + GRAVE,
  Å: CIRCUMFLEX + HOOK,
  Ã: CIRCUMFLEX + TILDE,
  Ä: CIRCUMFLEX + DOT,
};
/** Breve (+ tone) bytes after a: ê é è ú ü ë. */
const VNI_BREVE: Readonly<Record<string, string>> = {
  ê: BREVE,
  é: BREVE + ACUTE,
  è: BREVE + GRAVE,
  ú: BREVE + HOOK,
  ü: BREVE + TILDE,
  ë: BREVE + DOT,
  Ê: BREVE,
  É: BREVE + ACUTE,
  È: BREVE + GRAVE,
  Ú: BREVE + HOOK,
  Ü: BREVE + TILDE,
  Ë: BREVE + DOT,
};
/** Single bytes that are letters of their own. */
const VNI_SINGLE: Readonly<Record<string, string>> = {
  ô: 'ơ',
  Ô: 'Ơ',
  ö: 'ư',
  Ö: 'Ư',
  ñ: 'đ',
  Ñ: 'Đ',
  í: 'í',
  ì: 'ì',
  æ: 'ỉ',
  ó: 'ĩ',
  ò: 'ị',
  î: 'ỵ',
  Í: 'Í',
  Ì: 'Ì',
  Æ: 'Ỉ',
  Ó: 'Ĩ',
  Ò: 'Ị',
  Î: 'Ỵ',
};
const VOWELS = 'aeiouyAEIOUY';
const VOWEL_LIKE = new Set([
  ...VOWELS,
  'ơ',
  'Ơ',
  'ư',
  'Ư',
  'í',
  'ì',
  'ỉ',
  'ĩ',
  'ị',
  'Í',
  'Ì',
  'Ỉ',
  'Ĩ',
  'Ị',
]);

/** Decode VNI-Windows text pasted as cp1252 (`Xin chaøo caùc baïn` → `Xin chào các bạn`). */
export function decodeVni(s: string): string {
  const chars = [...s];
  let out = '';
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i];
    const single = VNI_SINGLE[ch];
    if (single !== undefined) {
      out += single;
    } else {
      out += ch;
    }
    const base = single ?? ch;
    if (!VOWEL_LIKE.has(base)) continue;
    const lower = base.toLowerCase();
    // At most one shape modifier (circumflex / breve) and one tone after a vowel.
    let shaped = false;
    let toned = false;
    while (i + 1 < chars.length) {
      const next = chars[i + 1];
      if (
        !shaped &&
        !toned &&
        (lower === 'a' || lower === 'e' || lower === 'o') &&
        VNI_CIRCUMFLEX[next]
      ) {
        out += VNI_CIRCUMFLEX[next];
        shaped = true;
        toned = VNI_CIRCUMFLEX[next].length > 1;
      } else if (!shaped && !toned && lower === 'a' && VNI_BREVE[next]) {
        out += VNI_BREVE[next];
        shaped = true;
        toned = VNI_BREVE[next].length > 1;
      } else if (!toned && VNI_TONE[next]) {
        out += VNI_TONE[next];
        toned = true;
      } else {
        break;
      }
      i++;
    }
  }
  return out.normalize('NFC');
}

/**
 * Heuristic: does this text look like VNI pasted as cp1252? True when it has no Vietnamese
 * Unicode letters and at least two VNI-only patterns: a vowel followed by a tone byte
 * (ø ù û õ ï ä ë ü), or Ñ/ñ (Đ/đ) at the start of a word.
 */
export function looksLikeVni(s: string): boolean {
  if (VIETNAMESE_UNICODE_ONLY.test(s)) return false;
  const signals =
    (s.match(/[aeiouyAEIOUYôÔöÖ][øùûõïäëüØÙÛÕÏÄËÜ]/g)?.length ?? 0) +
    (s.match(/(?<![\p{L}\p{M}])[ñÑ][a-zA-Z]/gu)?.length ?? 0);
  return signals >= 2;
}

export type LegacyEncoding = 'tcvn3' | 'tcvn3-capitals' | 'vni';

/** Which legacy encoding a pasted text probably is in (heuristics only), or null. */
export function detectLegacyEncoding(s: string): LegacyEncoding | null {
  if (looksLikeTcvn3(s)) return 'tcvn3';
  if (looksLikeVni(s)) return 'vni';
  return null;
}

/**
 * Legacy encoding implied by a CSS font-family from pasted HTML: `.VnTime`, `.VnArial` → TCVN3,
 * `.VnTimeH`, `.VnArialH` (capitals fonts) → TCVN3 capitals, `VNI-Times` → VNI. Null otherwise.
 */
export function legacyEncodingFromFont(fontFamily: string): LegacyEncoding | null {
  for (const raw of fontFamily.split(',')) {
    const name = raw.trim().replace(/^["']|["']$/g, '');
    if (/^\.vn/i.test(name)) return /H$/.test(name) ? 'tcvn3-capitals' : 'tcvn3';
    if (/^vni[- ]/i.test(name)) return 'vni';
  }
  return null;
}

/** Decode text in the given legacy encoding. */
export function decodeLegacy(s: string, encoding: LegacyEncoding): string {
  if (encoding === 'vni') return decodeVni(s);
  return decodeTcvn3(s, { capitals: encoding === 'tcvn3-capitals' });
}
