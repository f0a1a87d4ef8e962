import { fold } from './fold.js';

/**
 * Word-level search tokens for Vietnamese text (diacritic-insensitive).
 *
 * Folded Vietnamese is made of short, common syllables, so trigrams (or single syllables) select
 * almost every article. Vietnamese words are mostly two syllables, so a document is indexed by
 * its syllables AND its adjacent-syllable pairs (`Đà Nẵng` → `da`, `nang`, `da_nang`), and a query
 * of two or more syllables asks for all of its pairs (`le hoi hoa ban` → `le_hoi & hoi_hoa &
 * hoa_ban`): a phrase-like, index-selective match. A one-syllable query asks for that syllable.
 *
 * The SQL twin is `search_tokens(folded text)` (migration 1764375000000-PublicPerformance): the
 * same separator class and the same length limit, so a query's tokens are exactly those a
 * document containing the phrase was indexed with. Change both or neither.
 */

/** Longest syllable kept (longer runs, e.g. pasted URLs or hashes, are dropped on both sides). */
export const SEARCH_TOKEN_MAX = 60;

/**
 * Characters that separate syllables, after fold: everything except ASCII letters/digits and the
 * letters of other scripts (Latin-1/Extended letters left by fold, Greek…Thai…Latin Extended
 * Additional, kana/CJK, Hangul). Punctuation, symbols, emoji and `_` separate.
 */
export const SEARCH_TOKEN_SEPARATOR =
  /[^a-z0-9\u00c0-\u024f\u0370-\u1fff\u3040-\u9fff\uac00-\ud7a3]+/u;

/** The same class as a PostgreSQL regular expression (see the SQL twin). */
export const SEARCH_TOKEN_SEPARATOR_SQL =
  '[^a-z0-9\\u00c0-\\u024f\\u0370-\\u1fff\\u3040-\\u9fff\\uac00-\\ud7a3]+';

/** The syllables of already folded text, in order (empty and over-long ones dropped). */
function foldedSyllables(folded: string): string[] {
  return folded
    .split(SEARCH_TOKEN_SEPARATOR)
    .filter((w) => w.length > 0 && w.length <= SEARCH_TOKEN_MAX);
}

/** The folded syllables of a text, in order (empty and over-long ones dropped). */
export function searchSyllables(text: string): string[] {
  return foldedSyllables(fold(text));
}

/** Adjacent pairs `a_b` of a syllable sequence. */
export function syllablePairs(words: readonly string[]): string[] {
  const pairs: string[] = [];
  for (let i = 0; i + 1 < words.length; i++) pairs.push(`${words[i]}_${words[i + 1]}`);
  return pairs;
}

/** Every token a document is indexed with: its syllables and adjacent pairs, distinct, sorted. */
export function documentTokens(text: string): string[] {
  return foldedTokens(fold(text)).sort();
}

/**
 * The tokens a query needs (all of them): its pairs when it has two syllables or more, else its
 * one syllable; [] when it has none. At most `maxWords` syllables are used.
 */
export function queryTokens(q: string, maxWords = 8): string[] {
  const words = searchSyllables(q).slice(0, maxWords);
  if (words.length <= 1) return words;
  return [...new Set(syllablePairs(words))];
}

/**
 * A PostgreSQL `tsquery` literal ANDing the tokens (`'da_nang' & 'nang_x'`), for
 * `search_tokens @@ $1::tsquery`. Tokens never contain quotes or backslashes (the separator class
 * excludes them), so quoting is safe. Empty string for no tokens.
 */
export function tsqueryOf(tokens: readonly string[]): string {
  return tokens.map((t) => `'${t}'`).join(' & ');
}

/** {@link documentTokens} of text that is already folded, unsorted (a tsvector sorts itself). */
export function foldedTokens(folded: string): string[] {
  const words = foldedSyllables(folded);
  return [...new Set([...words, ...syllablePairs(words)])];
}
