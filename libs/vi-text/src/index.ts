export { normalizeText, normalizeLine, hasLegacyOrDecomposed } from './normalize.js';
export { fold, foldNormalized } from './fold.js';
export { slugify } from './slug.js';
export {
  formatViDateTime,
  formatViDate,
  formatViTime,
  parseViDateTime,
  VI_TIME_ZONE,
  VI_WEEKDAYS,
} from './dates.js';
export { formatViNumber, parseViNumber, type ViNumberOptions } from './numbers.js';
export { countWords, readingMinutes } from './count.js';
export {
  documentTokens,
  foldedTokens,
  queryTokens,
  searchSyllables,
  syllablePairs,
  tsqueryOf,
  SEARCH_TOKEN_MAX,
  SEARCH_TOKEN_SEPARATOR,
  SEARCH_TOKEN_SEPARATOR_SQL,
} from './search-tokens.js';
export {
  decodeTcvn3,
  decodeVni,
  decodeLegacy,
  looksLikeTcvn3,
  looksLikeVni,
  detectLegacyEncoding,
  legacyEncodingFromFont,
  type DecodeTcvn3Options,
  type LegacyEncoding,
} from './legacy.js';
