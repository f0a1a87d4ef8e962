import { describe, it, expect } from 'vitest';
import {
  decodeLegacy,
  decodeTcvn3,
  decodeVni,
  detectLegacyEncoding,
  legacyEncodingFromFont,
  looksLikeTcvn3,
  looksLikeVni,
  normalizeText,
} from './index.js';

describe('TCVN3', () => {
  it('decodes the fixtures', () => {
    expect(decodeTcvn3('§iÖn Biªn Phñ')).toBe('Điện Biên Phủ');
    expect(decodeTcvn3('M\u00ADêng Kh\u00AD¬ng')).toBe('Mường Khương');
    expect(decodeTcvn3('D©n vËn kh\u00D0o')).toBe('Dân vận khéo');
    expect(decodeTcvn3('B¶o Th¾ng')).toBe('Bảo Thắng');
  });
  it('decodes capitals fonts (.VnTimeH)', () => {
    expect(decodeTcvn3('§iÖn Biªn Phñ', { capitals: true })).toBe('ĐIỆN BIÊN PHỦ');
  });
  it('survives normalizeText (legacy check runs first)', () => {
    expect(decodeTcvn3(normalizeText('M\u00ADêng Kh\u00AD¬ng'))).toBe('Mường Khương');
    expect(decodeTcvn3(normalizeText('D©n vËn kh\u00D0o'))).toBe('Dân vận khéo');
  });
  it('detects TCVN3 text', () => {
    expect(looksLikeTcvn3('§iÖn Biªn Phñ')).toBe(true);
    expect(looksLikeTcvn3('M\u00ADêng Kh\u00AD¬ng')).toBe(true);
    expect(looksLikeTcvn3('D©n vËn kh\u00D0o')).toBe(true);
    expect(looksLikeTcvn3('Bµ con n«ng d©n ®ang gÆt lóa')).toBe(true);
  });
  it('does not flag Unicode Vietnamese or Western text', () => {
    expect(looksLikeTcvn3('Dân vận khéo')).toBe(false);
    expect(looksLikeTcvn3('\u00D0BP - \u00D0ảng bộ')).toBe(false);
    expect(looksLikeTcvn3('\u00D0BP')).toBe(false);
    expect(looksLikeTcvn3('Müller và Peña')).toBe(false);
    expect(looksLikeTcvn3('Thomas Müller, Peña Nieto')).toBe(false);
    expect(looksLikeTcvn3('© 2020 «Tin tức» Bảo Thắng')).toBe(false);
    expect(looksLikeTcvn3('«Hello» «World»')).toBe(false);
  });
});

describe('VNI', () => {
  it('decodes the fixtures', () => {
    expect(decodeVni('Xin chaøo caùc baïn')).toBe('Xin chào các bạn');
    expect(decodeVni('Ñieän Bieân Phuû')).toBe('Điện Biên Phủ');
    expect(decodeVni('Daân vaän kheùo')).toBe('Dân vận khéo');
  });
  it('decodes ơ, ư, ă and i with tones', () => {
    expect(decodeVni('Möôøng Khöông')).toBe('Mường Khương');
    expect(decodeVni('Baûo Thaéng')).toBe('Bảo Thắng');
    expect(decodeVni('Tieáng Vieät, chæ, nghóa')).toBe('Tiếng Việt, chỉ, nghĩa');
    expect(decodeVni('ÑAÛNG UÛY')).toBe('ĐẢNG ỦY');
  });
  it('detects VNI text', () => {
    expect(looksLikeVni('Xin chaøo caùc baïn')).toBe(true);
    expect(looksLikeVni('Ñieän Bieân Phuû')).toBe(true);
    expect(looksLikeVni('Daân vaän kheùo')).toBe(true);
    expect(looksLikeVni('Xin chào các bạn')).toBe(false);
    expect(looksLikeVni('Tiên Yên, quân dân')).toBe(false);
  });
});

describe('detection helpers', () => {
  it('detectLegacyEncoding', () => {
    expect(detectLegacyEncoding('§iÖn Biªn Phñ')).toBe('tcvn3');
    expect(detectLegacyEncoding('Ñieän Bieân Phuû')).toBe('vni');
    expect(detectLegacyEncoding('Điện Biên Phủ')).toBe(null);
  });
  it('legacyEncodingFromFont', () => {
    expect(legacyEncodingFromFont('.VnTime')).toBe('tcvn3');
    expect(legacyEncodingFromFont('".VnTimeH", serif')).toBe('tcvn3-capitals');
    expect(legacyEncodingFromFont("'VNI-Times'")).toBe('vni');
    expect(legacyEncodingFromFont('Times New Roman, serif')).toBe(null);
  });
  it('decodeLegacy', () => {
    expect(decodeLegacy('§iÖn Biªn', 'tcvn3-capitals')).toBe('ĐIỆN BIÊN');
    expect(decodeLegacy('Ñieän Bieân', 'vni')).toBe('Điện Biên');
  });
});
