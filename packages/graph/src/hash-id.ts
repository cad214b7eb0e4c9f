import { createHash } from 'node:crypto';

/** A deterministic id from its parts: the same parts always give the same id, so re-runs MERGE instead of copying. */
export function hashId(prefix: string, ...parts: ReadonlyArray<string | number | null | undefined>): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(`${part ?? ''}\u0000`);
  return `${prefix}_${hash.digest('hex').slice(0, 24)}`;
}

/** An article's id: the hash of its text alone, so the same page read twice is one article. */
export function articleId(text: string): string {
  return `art_${createHash('sha256').update(text).digest('hex').slice(0, 32)}`;
}
