import { describe, expect, it } from 'vitest';
import { documentTokens, queryTokens, searchSyllables, tsqueryOf } from './search-tokens.js';

describe('search tokens', () => {
  it('folds diacritics, case, NFD and Ð alike', () => {
    for (const q of ['Đà Nẵng', 'DA NANG', 'da nang', 'Đà Nẵng'.normalize('NFD'), 'Ðà Nẵng']) {
      expect(queryTokens(q), q).toEqual(['da_nang']);
    }
  });
  it('indexes syllables and adjacent pairs', () => {
    expect(documentTokens('Lễ hội hoa ban, Điện Biên.')).toEqual(
      [
        'le',
        'hoi',
        'hoa',
        'ban',
        'dien',
        'bien',
        'le_hoi',
        'hoi_hoa',
        'hoa_ban',
        'ban_dien',
        'dien_bien',
      ].sort(),
    );
  });
  it('asks for pairs, or the one syllable', () => {
    expect(queryTokens('lễ hội hoa ban')).toEqual(['le_hoi', 'hoi_hoa', 'hoa_ban']);
    expect(queryTokens('  Phở! ')).toEqual(['pho']);
    expect(queryTokens('?!')).toEqual([]);
    expect(tsqueryOf(queryTokens('điện biên phủ'))).toBe(`'dien_bien' & 'bien_phu'`);
  });
  it('separates on punctuation and underscores, drops over-long runs', () => {
    expect(searchSyllables("a_b c'd 31.676 " + 'x'.repeat(61))).toEqual([
      'a',
      'b',
      'c',
      'd',
      '31',
      '676',
    ]);
  });
});
