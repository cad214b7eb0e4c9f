// A reindex after a merge reads the merged party's names again and resolution takes them to
// the party it was merged into. What the article says about it is given back to the merged
// party's id and marked as the merge marked it, so undoMerge parts it as if no reindex had run.
import type { RunQuery } from './create-graph.js';
import { hashId } from './hash-id.js';
import { findClaimsOnKept, findDealsOfRenamedClaims, findMarkedRoles, markMergeMoves, renameClaims, renameDeal, renameRole, type MergedName } from './reindex-queries.js';

type ClaimMove = { claimId: string; keepId: string; mergedId: string };

function parseValue(value: unknown): Record<string, unknown> {
  try {
    const parsed = typeof value === 'string' ? (JSON.parse(value) as unknown) : null;
    return parsed !== null && typeof parsed === 'object' ? (parsed as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/**
 * Which of the article's claims on kept parties named a merged party: all of them when the article
 * named the kept party by one merged party's names only, else those naming it by a name the merged
 * party had and the kept one did not. Claims naming it as parent or deal party (`renamed`, with
 * their value rewritten) and as unit (`units`).
 */
async function findMergedClaims(run: RunQuery, articleId: string, named: readonly MergedName[]): Promise<{ renamed: Array<ClaimMove & { value: string }>; units: ClaimMove[] }> {
  const namesPerKept = new Map<string, number>();
  for (const { keepId } of named) namesPerKept.set(keepId, (namesPerKept.get(keepId) ?? 0) + 1);
  const renamed = new Map<string, ClaimMove & { value: string }>();
  const units = new Map<string, ClaimMove>();
  for (const row of await run(findClaimsOnKept(articleId, named))) {
    const keepId = String(row.keepId);
    const mergedId = String(row.mergedId);
    const claimId = String(row.claimId);
    const value = parseValue(row.value);
    const mergedNames = row.mergedNames as string[];
    const keptNames = row.keptNames as string[];
    const meant = (name: unknown): boolean =>
      (row.whole === true && namesPerKept.get(keepId) === 1) || (typeof name === 'string' && mergedNames.includes(name) && !keptNames.includes(name));
    if (row.asParty === true && !renamed.has(claimId) && meant(row.field === 'party' ? value.name : value.parent)) {
      renamed.set(claimId, { claimId, keepId, mergedId, value: JSON.stringify({ ...value, party: mergedId }) });
    }
    if (row.asUnit === true && row.field === 'unit' && !units.has(claimId) && meant(value.unit)) units.set(claimId, { claimId, keepId, mergedId });
  }
  return { renamed: [...renamed.values()], units: [...units.values()] };
}

/**
 * Gives the re-extracted claims that named a merged party its id back, as they had before the
 * merge, before curation is carried over to them (it matches claims by value). Returns what the
 * second step, `markMergedNames`, marks.
 */
export async function renameMergedClaims(run: RunQuery, articleId: string, named: readonly MergedName[]): Promise<{ renamed: ClaimMove[]; units: ClaimMove[] }> {
  if (named.length === 0) return { renamed: [], units: [] };
  const { renamed, units } = await findMergedClaims(run, articleId, named);
  if (renamed.length > 0) await run(renameClaims(renamed));
  return { renamed: renamed.map(({ claimId, keepId, mergedId }) => ({ claimId, keepId, mergedId })), units };
}

/**
 * Marks the mentions, links and roles the article gave the kept party for a merged party's name,
 * once deal moves are restored, and gives those roles their ids from before the merge back.
 */
export async function markMergedNames(run: RunQuery, articleId: string, named: readonly MergedName[], claims: { renamed: ClaimMove[]; units: ClaimMove[] }): Promise<void> {
  if (named.length === 0) return;
  await run(markMergeMoves(articleId, named, claims.renamed, claims.units));
  // A role's id comes from its person and organisation: the merged party's, as before the merge.
  for (const role of await run(findMarkedRoles(articleId))) {
    const id = hashId('role', String(role.personId), String(role.orgId), String(role.role));
    if (id !== role.id) await run(renameRole(String(role.id), id));
  }
}

/**
 * A deal the reindexed article alone stated was created again with an id from the kept party's:
 * it takes back the id it has from the merged party's (a deal's id comes from its kind, parties
 * and year as first stated), so links to it stay good. Last: the reindex refers to deals by id.
 */
export async function renameRestatedDeals(run: RunQuery, articleId: string, createdDealIds: readonly string[], claims: { renamed: ClaimMove[] }): Promise<void> {
  if (createdDealIds.length === 0 || claims.renamed.length === 0) return;
  const rows = await run(findDealsOfRenamedClaims(articleId, createdDealIds, claims.renamed.map((c) => c.claimId)));
  for (const row of rows) {
    const parties = row.parties as Array<{ as: string; id: string }>;
    const side = (as: string): string | null => parties.find((p) => p.as === as)?.id ?? null;
    const year = typeof row.year === 'number' ? row.year : null;
    const id = hashId('deal', String(row.kind), side('ACQUIRER'), side('TARGET'), side('SELLER'), year);
    if (id !== row.id) await run(renameDeal(String(row.id), id));
  }
}
