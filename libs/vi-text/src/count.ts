import { normalizeText } from './normalize.js';

const segmenter = new Intl.Segmenter('vi', { granularity: 'word' });

/**
 * Number of words ("từ/chữ" in Vietnamese newsroom guidelines = syllables): word-like segments
 * of the normalised text. Punctuation alone does not count; `31.676` is one word.
 */
export function countWords(text: string): number {
  let n = 0;
  for (const seg of segmenter.segment(normalizeText(text))) if (seg.isWordLike) n++;
  return n;
}

/** Reading time in minutes at about 200 words a minute; at least 1 when there are any words. */
export function readingMinutes(words: number): number {
  if (!(words > 0)) return 0;
  return Math.max(1, Math.round(words / 200));
}
