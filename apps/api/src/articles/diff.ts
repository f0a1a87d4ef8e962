import { documentText, type DocNode } from '@toasoan/editor';
import type { ArticleSnapshot } from './article.row';

export interface DiffPart {
  op: 'equal' | 'insert' | 'delete';
  text: string;
}

/** Words and the whitespace between them, so joining the tokens gives the text back. */
function tokens(s: string): string[] {
  return s.match(/\s+|[^\s]+/g) ?? [];
}

// Beyond this many cells the middle is shown as replaced rather than aligned word by word.
const MAX_CELLS = 4_000_000;

/** Word-level diff (longest common subsequence after trimming the common ends). */
export function wordDiff(before: string, after: string): DiffPart[] {
  const a = tokens(before);
  const b = tokens(after);
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const parts: DiffPart[] = [];
  const push = (op: DiffPart['op'], text: string) => {
    if (!text) return;
    const last = parts[parts.length - 1];
    if (last && last.op === op) last.text += text;
    else parts.push({ op, text });
  };
  push('equal', a.slice(0, start).join(''));
  const midA = a.slice(start, endA);
  const midB = b.slice(start, endB);
  const n = midA.length;
  const m = midB.length;
  if (n * m > MAX_CELLS) {
    push('delete', midA.join(''));
    push('insert', midB.join(''));
  } else {
    // lcs[i][j] = LCS length of midA[i..] and midB[j..]
    const lcs = new Uint32Array((n + 1) * (m + 1));
    const at = (i: number, j: number) => i * (m + 1) + j;
    for (let i = n - 1; i >= 0; i--) {
      for (let j = m - 1; j >= 0; j--) {
        lcs[at(i, j)] =
          midA[i] === midB[j]
            ? lcs[at(i + 1, j + 1)] + 1
            : Math.max(lcs[at(i + 1, j)], lcs[at(i, j + 1)]);
      }
    }
    let i = 0;
    let j = 0;
    while (i < n && j < m) {
      if (midA[i] === midB[j]) {
        push('equal', midA[i]);
        i++;
        j++;
      } else if (lcs[at(i + 1, j)] >= lcs[at(i, j + 1)]) {
        push('delete', midA[i++]);
      } else {
        push('insert', midB[j++]);
      }
    }
    while (i < n) push('delete', midA[i++]);
    while (j < m) push('insert', midB[j++]);
  }
  push('equal', a.slice(endA).join(''));
  return parts;
}

const TEXT_FIELDS: Record<string, (s: ArticleSnapshot) => string> = {
  title: (s) => s.title,
  slug: (s) => s.slug,
  lead: (s) => s.lead,
  dateline: (s) => s.dateline,
  body: (s) => documentText(s.body as DocNode, { includeCaptions: true }),
  byline: (s) => s.byline,
  tags: (s) => s.tags.join(', '),
  seoTitle: (s) => s.seoTitle,
  seoDescription: (s) => s.seoDescription,
  sectionId: (s) => s.sectionId ?? '',
  featuredMediaId: (s) => s.featuredMediaId ?? '',
};

/** The fields that differ between two revisions, each as a word diff. */
export function diffSnapshots(
  before: ArticleSnapshot,
  after: ArticleSnapshot,
): { field: string; parts: DiffPart[] }[] {
  const out: { field: string; parts: DiffPart[] }[] = [];
  for (const [field, text] of Object.entries(TEXT_FIELDS)) {
    const x = text(before);
    const y = text(after);
    if (x !== y) out.push({ field, parts: wordDiff(x, y) });
  }
  return out;
}
