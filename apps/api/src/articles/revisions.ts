import type { Tx } from '../database/database.service';
import { ArticleRow, snapshotOf } from './article.row';

/** Autosaves by one person within this window update one revision instead of piling up. */
export const AUTOSAVE_WINDOW_MINUTES = 5;

/** Appends a revision (or refreshes the caller's recent autosave) and returns its number. */
export async function recordRevision(
  tx: Tx,
  row: ArticleRow,
  kind: string,
  userId: string | null,
): Promise<number> {
  const snapshot = JSON.stringify(snapshotOf(row));
  if (kind === 'autosave') {
    const n = await tx.one<{ n: number }>(
      `UPDATE revisions SET snapshot = $3::jsonb, version = $4, created_at = now()
       WHERE article_id = $1 AND kind = 'autosave' AND created_by = $2
         AND created_at > now() - make_interval(mins => $5)
         AND n = (SELECT max(n) FROM revisions WHERE article_id = $1)
       RETURNING n`,
      [row.id, userId, snapshot, row.version, AUTOSAVE_WINDOW_MINUTES],
    );
    if (n) return n.n;
  }
  // The article row is locked by this transaction (updated or FOR UPDATE): numbering is serial.
  const created = await tx.one<{ n: number }>(
    `INSERT INTO revisions (article_id, n, kind, version, snapshot, created_by)
     VALUES ($1, (SELECT coalesce(max(n), 0) + 1 FROM revisions WHERE article_id = $1), $2, $3, $4::jsonb, $5)
     RETURNING n`,
    [row.id, kind, row.version, snapshot, userId],
  );
  return created!.n;
}
