/**
 * Lengths the newsroom aims for (characters). The API allows more (title 300, lead 2000); these
 * are editorial advice: the counters turn red and the pre-publish checklist warns, nothing blocks.
 */
export const ADVICE = {
  title: 120,
  lead: 400,
  seoTitle: 70,
  seoDescription: 160,
} as const;
