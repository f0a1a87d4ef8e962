export interface ViNumberOptions {
  /** Group thousands with "." (default true; false gives the raw "6548" style). */
  grouping?: boolean;
  /** Default 3, like Intl. */
  maximumFractionDigits?: number;
  minimumFractionDigits?: number;
}

/**
 * vi-VN number: "." groups thousands, "," marks decimals: 31676 → `31.676`, 1234567.89 →
 * `1.234.567,89`, 0.5 → `0,5`. Built on the en-US pattern with the separators swapped, so it
 * does not depend on the ICU data shipped with Node.
 */
export function formatViNumber(n: number, options: ViNumberOptions = {}): string {
  const en = new Intl.NumberFormat('en-US', {
    useGrouping: options.grouping ?? true,
    maximumFractionDigits: options.maximumFractionDigits ?? 3,
    minimumFractionDigits: options.minimumFractionDigits,
    numberingSystem: 'latn',
  }).format(n);
  return en.replace(/[.,]/g, (c) => (c === '.' ? ',' : '.'));
}

/**
 * Parse a number typed the vi-VN way: `31.676` → 31676, `1.234.567,89` → 1234567.89, `0,5` → 0.5,
 * `-2.000` → -2000. Spaces are ignored. Returns NaN when the input is not such a number.
 */
export function parseViNumber(input: string): number {
  const s = input.replace(/[\s\u00A0\u202F]/g, '').replace(/^\u2212/, '-');
  if (!/^[-+]?(\d{1,3}(\.\d{3})+|\d+)(,\d+)?$/.test(s)) return Number.NaN;
  return Number(s.replace(/\./g, '').replace(',', '.'));
}
