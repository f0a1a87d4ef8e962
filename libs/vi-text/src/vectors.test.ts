import { describe, it, expect } from 'vitest';
import { fold, normalizeLine, normalizeText, slugify } from './index.js';

// Normalisation / fold / slug fixtures (NFC input, NFD input, ETH, invisible characters…).
const VECTORS: { id: string; input: string; normalized: string; fold: string; slug: string }[] = [
  {
    id: 'N01',
    input: 'Dân vận khéo',
    normalized: 'Dân vận khéo',
    fold: 'dan van kheo',
    slug: 'dan-van-kheo',
  },
  {
    id: 'N02',
    input: 'Da\u0302n va\u0323\u0302n khe\u0301o',
    normalized: 'Dân vận khéo',
    fold: 'dan van kheo',
    slug: 'dan-van-kheo',
  },
  {
    id: 'N03',
    input: 'Tiê\u0301ng Viê\u0323t',
    normalized: 'Tiếng Việt',
    fold: 'tieng viet',
    slug: 'tieng-viet',
  },
  {
    id: 'N04',
    input: '\u00D0BP - \u00D0ảng bộ tỉnh \u00D0iện Biên',
    normalized: 'ĐBP - Đảng bộ tỉnh Điện Biên',
    fold: 'dbp - dang bo tinh dien bien',
    slug: 'dbp-dang-bo-tinh-dien-bien',
  },
  {
    id: 'N05',
    input: 'ĐBP - Đảng bộ tỉnh Điện Biên',
    normalized: 'ĐBP - Đảng bộ tỉnh Điện Biên',
    fold: 'dbp - dang bo tinh dien bien',
    slug: 'dbp-dang-bo-tinh-dien-bien',
  },
  { id: 'N06', input: '\u00F0ồng chí', normalized: 'đồng chí', fold: 'dong chi', slug: 'dong-chi' },
  { id: 'N07', input: '\u0189ại hội', normalized: 'Đại hội', fold: 'dai hoi', slug: 'dai-hoi' },
  {
    id: 'N08',
    input: 'ĐẢNG ỦY TỈNH ĐIỆN BIÊN',
    normalized: 'ĐẢNG ỦY TỈNH ĐIỆN BIÊN',
    fold: 'dang uy tinh dien bien',
    slug: 'dang-uy-tinh-dien-bien',
  },
  {
    id: 'N09',
    input: '\u00D0ại hội Đảng bộ \u00D0BP',
    normalized: 'Đại hội Đảng bộ ĐBP',
    fold: 'dai hoi dang bo dbp',
    slug: 'dai-hoi-dang-bo-dbp',
  },
  {
    id: 'N10',
    input: 'Lượt\u00A0xem:\u202F6548',
    normalized: 'Lượt xem: 6548',
    fold: 'luot xem: 6548',
    slug: 'luot-xem-6548',
  },
  {
    id: 'N11',
    input: '\uFEFFDân v\u200Bận khé\u00ADo',
    normalized: 'Dân vận khéo',
    fold: 'dan van kheo',
    slug: 'dan-van-kheo',
  },
  {
    id: 'N12',
    input: '  Bài,\u0009 ảnh:  Sầm   Phúc  ',
    normalized: 'Bài, ảnh: Sầm Phúc',
    fold: 'bai, anh: sam phuc',
    slug: 'bai-anh-sam-phuc',
  },
  {
    id: 'N13',
    input: 'Hoà Bình / Hòa Bình; thuý / thúy',
    normalized: 'Hoà Bình / Hòa Bình; thuý / thúy',
    fold: 'hoa binh / hoa binh; thuy / thuy',
    slug: 'hoa-binh-hoa-binh-thuy-thuy',
  },
  {
    id: 'N14',
    input: '\u201CDân vận khéo\u201D \u2013 Bài 2: \u00D0iện Biên đồng lòng',
    normalized: '\u201CDân vận khéo\u201D \u2013 Bài 2: Điện Biên đồng lòng',
    fold: '\u201Cdan van kheo\u201D \u2013 bai 2: dien bien dong long',
    slug: 'dan-van-kheo-bai-2-dien-bien-dong-long',
  },
  {
    id: 'N15',
    input: 'Gieo cấy 31.676 ha lúa',
    normalized: 'Gieo cấy 31.676 ha lúa',
    fold: 'gieo cay 31.676 ha lua',
    slug: 'gieo-cay-31-676-ha-lua',
  },
  { id: 'N16', input: 'Tin\u202Etức', normalized: 'Tintức', fold: 'tintuc', slug: 'tintuc' },
  {
    id: 'N17',
    input: 'Quảng\u200D Ninh\u200C\u2060',
    normalized: 'Quảng Ninh',
    fold: 'quang ninh',
    slug: 'quang-ninh',
  },
  {
    id: 'N18',
    input: 'Mường\u3000Thanh\u2003Điện Biên',
    normalized: 'Mường Thanh Điện Biên',
    fold: 'muong thanh dien bien',
    slug: 'muong-thanh-dien-bien',
  },
];

describe('normalisation vectors', () => {
  for (const v of VECTORS) {
    it(`${v.id}: normalizeLine / fold / slugify`, () => {
      expect(normalizeLine(v.input)).toBe(v.normalized);
      expect(fold(v.input)).toBe(v.fold);
      expect(slugify(v.input)).toBe(v.slug);
    });
    it(`${v.id}: output is NFC and idempotent`, () => {
      const n = normalizeLine(v.input);
      expect(n).toBe(n.normalize('NFC'));
      expect(normalizeLine(n)).toBe(n);
      expect(fold(fold(v.input))).toBe(fold(v.input));
      expect(normalizeText(v.input)).toBe(normalizeText(v.input).normalize('NFC'));
    });
  }
});

describe('search vectors (document "Dân vận khéo ở Điện Biên")', () => {
  const doc = fold('Dân vận khéo ở Điện Biên');
  const cases: [string, string, boolean][] = [
    ['dan van kheo', 'dan van kheo', true],
    ['Dân  vận', 'dan van', true],
    ['DAN VAN', 'dan van', true],
    ['\u00D0IỆN BIÊN', 'dien bien', true],
    ['Da\u0302n va\u0323\u0302n', 'dan van', true],
    ['kheo van dan', 'kheo van dan', false],
  ];
  for (const [query, folded, phraseMatch] of cases) {
    it(`${JSON.stringify(query)} → ${folded}`, () => {
      expect(fold(query)).toBe(folded);
      expect(doc.includes(fold(query))).toBe(phraseMatch);
      // every word is present even when the phrase is reordered
      for (const w of fold(query).split(' ')) expect(doc.split(' ')).toContain(w);
    });
  }
  it('old and new tone placement fold alike', () => {
    expect(fold('hoà bình')).toBe(fold('Hòa Bình'));
  });
  it('qui/quy is not unified by fold (needs a synonym)', () => {
    expect(fold('qui nhon')).not.toBe(fold('Quy Nhơn'));
  });
});

describe('sorting after normalisation (ICU vi)', () => {
  it('puts the ETH place name among the Đ names', () => {
    const input =
      'Đà Nẵng, \u00D0à Lạt, An Giang, Bắc Giang, Bạc Liêu, Cà Mau, Điện Biên, Dak Lak, Gia Lai, Hà Nội, Ông Ích Khiêm, Ơn Nghĩa, Ưng Hòa, Yên Bái, Ô Môn, Ăn Giang, Âu Cơ, Á Châu, Zô';
    const expected =
      'Á Châu, An Giang, Ăn Giang, Âu Cơ, Bạc Liêu, Bắc Giang, Cà Mau, Dak Lak, Đà Lạt, Đà Nẵng, Điện Biên, Gia Lai, Hà Nội, Ô Môn, Ông Ích Khiêm, Ơn Nghĩa, Ưng Hòa, Yên Bái, Zô';
    const collator = new Intl.Collator('vi');
    const sorted = input
      .split(', ')
      .map(normalizeLine)
      .sort((a, b) => collator.compare(a, b));
    expect(sorted.join(', ')).toBe(expected);
  });
});
