/**
 * A word: letters/digits (with their combining marks, so NFD input counts the same), and a
 * number or abbreviation written with inner `.`/`,` (`31.676`, `1,5`, `U.S`) or an inner
 * apostrophe (`don't`) stays one word, as in Unicode word segmentation. Hyphens, slashes and
 * other punctuation separate words; punctuation alone is not a word.
 */
const WORD =
  /[\p{L}\p{N}][\p{L}\p{N}\p{M}\p{Pc}]*(?:(?:(?<=\p{N}\p{M}*)[.,](?=\p{N})|(?<=[\p{L}\p{M}])['’.](?=\p{L})|\.(?=\p{N}))[\p{L}\p{N}\p{M}\p{Pc}]+)*/gu;

/**
 * Number of words ("từ/chữ" in Vietnamese newsroom guidelines = syllables). Vietnamese writes
 * every syllable separately, so one pass of a regular expression over the text gives the same
 * counts as full Unicode word segmentation, many times faster (it runs on every save).
 */
export function countWords(text: string): number {
  WORD.lastIndex = 0;
  let n = 0;
  while (WORD.exec(text) !== null) n++;
  return n;
}

/** Reading time in minutes at about 200 words a minute; at least 1 when there are any words. */
export function readingMinutes(words: number): number {
  if (!(words > 0)) return 0;
  return Math.max(1, Math.round(words / 200));
}
