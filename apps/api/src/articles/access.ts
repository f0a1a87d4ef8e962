import {
  BadRequestException,
  ConflictException,
  ForbiddenException,
  NotFoundException,
} from '@nestjs/common';
import { can, canRead } from '@toasoan/workflow';
import { ARTICLE_SELECT, ArticleRow, Caller, Queryable } from './article.row';

/** Reads one article the caller may see; anything else (missing, someone else's draft) is a 404. */
export async function loadReadable(
  q: Queryable,
  id: string,
  caller: Caller,
  options: { lock?: boolean } = {},
): Promise<ArticleRow> {
  const row = await q.one<ArticleRow>(
    `${ARTICLE_SELECT} WHERE a.id = $1${options.lock ? ' FOR UPDATE OF a' : ''}`,
    [id],
  );
  if (!row || !canRead({ state: row.state, authorId: row.author_id }, caller)) {
    throw new NotFoundException('Article not found');
  }
  return row;
}

/** Notes, revisions and presence are the newsroom's business: the author and editors only. */
export function assertEditorial(row: ArticleRow, caller: Caller): void {
  if (row.author_id !== caller.id && !can(caller.role, 'article.readAny')) {
    throw new ForbiddenException('Only the author and editors see the editorial record');
  }
}

/** `If-Match: "3"` (or `W/"3"`, or `3`) and/or `version` in the body: the version being edited. */
export function requestedVersion(bodyVersion: number | undefined, ifMatch: string | undefined) {
  let header: number | undefined;
  if (ifMatch !== undefined && ifMatch.trim() !== '') {
    const m = /^\s*(?:W\/)?"?(\d{1,9})"?\s*$/.exec(ifMatch);
    if (!m) throw new BadRequestException('If-Match must be the article version, e.g. "3"');
    header = Number(m[1]);
  }
  if (header !== undefined && bodyVersion !== undefined && header !== bodyVersion) {
    throw new BadRequestException('version in the body and If-Match disagree');
  }
  return header ?? bodyVersion;
}

/** The 409 of a stale write: the current version and who saved it, so the editor can reload. */
export function staleVersion(current: {
  version: number;
  updated_by: string | null;
  updated_by_name: string | null;
}): ConflictException {
  const who = current.updated_by_name ?? 'someone else';
  return new ConflictException({
    message: `The article was saved by ${who} meanwhile (now version ${current.version}); reload it before saving`,
    currentVersion: current.version,
    updatedBy:
      current.updated_by && current.updated_by_name !== null
        ? { id: current.updated_by, displayName: current.updated_by_name }
        : null,
  });
}
