// What a table test compares: a deal as names, not local ids.
import type { Extraction } from '../../src/index.js';

export interface Expected {
  kind: string;
  acquirer: string;
  target: string;
  seller?: string;
  status?: string;
  year?: number;
}

export function nameOf(extraction: Extraction, id: string | null): string {
  return extraction.entities.find((entity) => entity.id === id)?.name ?? '';
}

/** A merger lists both parties on both sides (FORMAT.md): compared in alphabetical order. */
export function dealsOf(extraction: Extraction): Expected[] {
  return extraction.deals.map((deal) => {
    const parties = [nameOf(extraction, deal.acquirer), nameOf(extraction, deal.target)];
    if (deal.kind === 'MERGER') parties.sort();
    return {
      kind: deal.kind,
      acquirer: parties[0] as string,
      target: parties[1] as string,
      ...(deal.seller ? { seller: nameOf(extraction, deal.seller) } : {}),
      status: deal.status,
      ...(deal.date?.year ? { year: deal.date.year } : {}),
    };
  });
}

/** The roles of a page as names: person, organisation and kind of role. */
export function rolesOf(extraction: Extraction): { person: string; org: string; role: string }[] {
  return extraction.roles.map((role) => ({ person: nameOf(extraction, role.person), org: nameOf(extraction, role.org), role: role.role }));
}
