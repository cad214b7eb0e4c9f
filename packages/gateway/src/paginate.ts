import type { PageInput } from '@dealgraph/graph';
import { badInput } from './gateway-error.js';

/** Most items a page can hold: `first` above this is refused. */
export const MAX_PAGE_SIZE = 100;

export interface PageArgs {
  first?: number | null;
  after?: string | null;
}

export function encodeCursor(offset: number): string {
  return Buffer.from(`o:${offset}`).toString('base64url');
}

function decodeCursor(cursor: string): number {
  const match = /^o:(\d{1,9})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!match) throw badInput('after', 'not a cursor from this API; pass an endCursor or an edge cursor you were given.');
  return Number(match[1]) + 1;
}

/** The offset page asked for, one row more than `first` so hasNextPage needs no count. */
export function toPage(args: PageArgs, defaultSize = 20): PageInput & { size: number } {
  const size = args.first ?? defaultSize;
  if (!Number.isInteger(size) || size < 0 || size > MAX_PAGE_SIZE) {
    throw badInput('first', `must be between 0 and ${MAX_PAGE_SIZE}; page with after: pageInfo.endCursor.`);
  }
  const skip = args.after ? decodeCursor(args.after) : 0;
  return { skip, limit: size + 1, size };
}

export interface Connection<T> {
  edges: { cursor: string; node: T }[];
  nodes: T[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  /** A separate count() query, run only when asked for (the connection types' totalCount resolver). */
  totalCount: () => Promise<number>;
}

/** A cursor connection from the rows of a page fetched with toPage. */
export function toConnection<T>(rows: readonly T[], page: PageInput & { size: number }, count: () => Promise<number>): Connection<T> {
  const nodes = rows.slice(0, page.size);
  const edges = nodes.map((node, index) => ({ cursor: encodeCursor(page.skip + index), node }));
  return {
    edges,
    nodes,
    pageInfo: { hasNextPage: rows.length > page.size, endCursor: edges.at(-1)?.cursor ?? null },
    totalCount: count,
  };
}
