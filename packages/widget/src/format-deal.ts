import type { DealKind, DealStatus } from './graph-types.js';

const KIND_NAMES: Record<DealKind, string> = {
  ACQUISITION: 'Acquisition',
  MERGER: 'Merger',
  STAKE: 'Stake',
  WRITE_DOWN: 'Write-down',
};

const STATUS_NAMES: Record<DealStatus, string> = {
  RUMORED: 'rumoured',
  PLANNED: 'planned',
  COMPLETED: 'completed',
  CANCELLED: 'cancelled',
};

export function kindName(kind: DealKind | null | undefined): string {
  return kind ? KIND_NAMES[kind] : 'Deal';
}

export function statusName(status: DealStatus | null | undefined): string {
  return status ? STATUS_NAMES[status] : 'status unknown';
}

/** Euro amounts short enough for a node label: €950, €170 M, €15.6 bn. */
export function formatEur(eur: number | null | undefined): string {
  if (eur == null || !Number.isFinite(eur)) return '';
  const abs = Math.abs(eur);
  const short = (value: number, unit: string) => `€${value >= 100 ? Math.round(value) : Number(value.toPrecision(3))}${unit}`;
  if (abs >= 1e9) return short(eur / 1e9, ' bn');
  if (abs >= 1e6) return short(eur / 1e6, ' M');
  if (abs >= 1e3) return short(eur / 1e3, 'k');
  return `€${Math.round(eur)}`;
}

/** The two-line label drawn under a deal: what and when, then how much. */
export function dealLabel(kind: DealKind | null | undefined, year: number | null | undefined, eur: number | null | undefined): string {
  const head = year != null ? `${kindName(kind)} ${year}` : kindName(kind);
  const amount = formatEur(eur);
  return amount ? `${head}\n${amount}` : head;
}
