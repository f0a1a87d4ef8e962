export { normalizeText, normalizeLine, hasLegacyOrDecomposed } from './normalize.js';
export { fold } from './fold.js';
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
