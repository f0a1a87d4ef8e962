import { describe, it, expect } from 'vitest';
import {
  countWords,
  formatViNumber,
  normalizeText,
  parseViNumber,
  readingMinutes,
} from './index.js';

describe('formatViNumber', () => {
  it('uses . for thousands and , for decimals', () => {
    expect(formatViNumber(6548)).toBe('6.548');
    expect(formatViNumber(31676)).toBe('31.676');
    expect(formatViNumber(1234567)).toBe('1.234.567');
    expect(formatViNumber(1234567.89)).toBe('1.234.567,89');
    expect(formatViNumber(0.5)).toBe('0,5');
    expect(formatViNumber(-1500000)).toBe('-1.500.000');
    expect(formatViNumber(12)).toBe('12');
  });
  it('can print the raw style', () => {
    expect(formatViNumber(6548, { grouping: false })).toBe('6548');
  });
});

describe('parseViNumber', () => {
  it('reads dots as grouping and commas as decimals', () => {
    expect(parseViNumber('31.676')).toBe(31676);
    expect(parseViNumber('1.234.567,89')).toBe(1234567.89);
    expect(parseViNumber('0,5')).toBe(0.5);
    expect(parseViNumber('6548')).toBe(6548);
    expect(parseViNumber('abc')).toBeNaN();
    expect(parseViNumber('1.23')).toBeNaN();
  });
});

describe('countWords / readingMinutes', () => {
  it('counts syllables, not punctuation', () => {
    expect(countWords('ĐBP - Dân vận khéo, 31.676 ha lúa; Tiếng Việt')).toBe(9);
    expect(countWords('Bài, ảnh: Sầm Phúc')).toBe(4);
    expect(countWords('Dân vận khéo'.normalize('NFD'))).toBe(3);
    expect(countWords(' – … !! ')).toBe(0);
    expect(countWords('')).toBe(0);
    expect(countWords('1,5 triệu người; 2.000 tỷ đồng')).toBe(6);
  });

  it('agrees with Unicode word segmentation on Vietnamese news text', () => {
    // The reference: what countWords was before (Intl.Segmenter, too slow to run on every save).
    const segmenter = new Intl.Segmenter('vi', { granularity: 'word' });
    const segmented = (s: string) =>
      [...segmenter.segment(normalizeText(s))].filter((x) => x.isWordLike).length;
    for (const s of [
      'ĐBP - Dân vận khéo, 31.676 ha lúa; Tiếng Việt',
      'Sáng 12/3, tại TP. Điện Biên Phủ, UBND tỉnh tổ chức hội nghị tổng kết công tác năm 2025.',
      '“Chúng tôi đã chuẩn bị kỹ lưỡng”, ông Lò Văn Mừng (Chủ tịch UBND huyện) cho biết.',
      'Giá cà phê tăng 2,5% lên 120.000 đồng/kg; sản lượng đạt 1.234,5 tấn (tăng 15%).',
      'Đội tuyển U23 Việt Nam thắng 3-1 trước Thái Lan… Người hâm mộ ăn mừng!',
      'Hotline: 0215.3824.567 — email: toasoan@baodienbien.vn, website baodienbienphu.info.vn',
      'Mường Nhé\n\nTủa Chùa\t Nậm Pồ  –  Mường Ảng',
      'Da\u0302n va\u0323\u0302n khe\u0301o, Ðiện Biên',
      'Covid-19, H5N1 và iPhone 16 Pro; giờ G: 7h30 ngày 7.5.',
    ]) {
      expect(countWords(s), s).toBe(segmented(s));
    }
  });
  it('estimates reading time', () => {
    expect(readingMinutes(0)).toBe(0);
    expect(readingMinutes(1)).toBe(1);
    expect(readingMinutes(200)).toBe(1);
    expect(readingMinutes(1000)).toBe(5);
  });
});
