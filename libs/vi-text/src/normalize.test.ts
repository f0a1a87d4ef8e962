import { describe, it, expect } from 'vitest';
import { hasLegacyOrDecomposed, normalizeLine, normalizeText } from './index.js';

describe('normalizeText', () => {
  it('composes NFD input typed on macOS', () => {
    const nfd = 'Nghe\u0323\u0302 nhân làng go\u0302\u0301m Ba\u0300u Trúc'.normalize('NFD');
    expect(normalizeText(nfd)).toBe('Nghệ nhân làng gốm Bàu Trúc'.normalize('NFC'));
  });
  it('maps ETH to Đ/đ only at the start of a word', () => {
    expect(normalizeText('\u00D0ường lên bản \u00F0ẹp lắm')).toBe('Đường lên bản đẹp lắm');
    expect(normalizeText('Ca sĩ Bj\u00F6rk và Gu\u00F0r\u00FAn')).toBe('Ca sĩ Björk và Guðrún');
    expect(normalizeText('TP.\u00D0à Lạt, Hà-\u00D0ông')).toBe('TP.Đà Lạt, Hà-Đông');
  });
  it('maps ETH at the start of an NFD word', () => {
    expect(normalizeText('\u00D0o\u0302\u0300ng ba\u0300o')).toBe('Đồng bào');
  });
  it('drops zero-width characters and the BOM, keeps emoji joiners', () => {
    expect(normalizeText('\uFEFFBản\u200B tin\u200C sáng\u200D\u2060')).toBe('Bản tin sáng');
    const family = '\u{1F468}\u200D\u{1F469}\u200D\u{1F467}';
    expect(normalizeText(`Gia đình ${family}`)).toBe(`Gia đình ${family}`);
    for (const e of ['\u{1F3F3}\uFE0F\u200D\u{1F308}', '\u{1F469}\u{1F3FD}\u200D\u{1F4BB}']) {
      expect(normalizeText(`Vui ${e}!`)).toBe(`Vui ${e}!`);
    }
  });
  it('turns no-break spaces into ordinary spaces', () => {
    expect(normalizeText('500\u00A0ha\u202Fngô\u2007mới')).toBe('500 ha ngô mới');
  });
  it('drops control characters but keeps \\n and \\t; CRLF → LF; does not trim', () => {
    expect(normalizeText(' Dòng một\r\nDòng hai\rDòng ba\u0007\u0000\tcột ')).toBe(
      ' Dòng một\nDòng hai\nDòng ba\tcột ',
    );
  });
  it('keeps TCVN3 text intact so it can be decoded (soft hyphen = ư, ETH = é)', () => {
    expect(normalizeText('M\u00ADêng Kh\u00AD¬ng')).toBe('M\u00ADêng Kh\u00AD¬ng');
    expect(normalizeText('D©n vËn kh\u00D0o')).toBe('D©n vËn kh\u00D0o');
  });
});

describe('normalizeLine', () => {
  it('trims and collapses whitespace, including newlines and tabs', () => {
    expect(normalizeLine('\n  Chợ phiên\t\tvùng cao \n  Mường Nhé  ')).toBe(
      'Chợ phiên vùng cao Mường Nhé',
    );
  });
  it('returns an empty string for invisible-only input', () => {
    expect(normalizeLine('\u200B\u00A0\uFEFF ')).toBe('');
  });
});

describe('hasLegacyOrDecomposed', () => {
  it('flags ETH and NFD text', () => {
    expect(hasLegacyOrDecomposed('\u00D0iện Biên')).toEqual({ legacyEth: true, decomposed: false });
    expect(hasLegacyOrDecomposed('Vie\u0323\u0302t')).toEqual({
      legacyEth: false,
      decomposed: true,
    });
    expect(hasLegacyOrDecomposed('Điện Biên')).toEqual({ legacyEth: false, decomposed: false });
    expect(hasLegacyOrDecomposed(normalizeText('\u00D0iện Bie\u0302n'))).toEqual({
      legacyEth: false,
      decomposed: false,
    });
  });
});
