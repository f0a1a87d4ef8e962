import { fold } from './fold.js';

/**
 * URL slug: fold, every run of characters other than a-z0-9 → `-`, no leading/trailing hyphen,
 * at most maxLength characters, cut at a hyphen (never mid-word). `Đảng bộ tỉnh Điện Biên` →
 * `dang-bo-tinh-dien-bien`. Empty (or symbol-only) input → ''.
 */
export function slugify(s: string, maxLength = 80): string {
  const slug = fold(s)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= maxLength) return slug;
  const cut = slug.slice(0, maxLength + 1);
  const lastHyphen = cut.lastIndexOf('-');
  // A single word longer than maxLength: a hard cut is the only option.
  if (lastHyphen <= 0) return slug.slice(0, maxLength).replace(/-+$/, '');
  return cut.slice(0, lastHyphen).replace(/-+$/, '');
}
