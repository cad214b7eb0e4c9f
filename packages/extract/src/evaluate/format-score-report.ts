// Renders a Score as a plain-text table for the terminal: one row per document, then the overall row.
import type { Accuracy, PrecisionRecall, Score } from './score-documents.js';

export interface FormatScoreReportOptions {
  /** Also list, under the table, what each document missed, got wrong or added. Default false. */
  details?: boolean;
}

/** Four-letter column heads of the attribute accuracies. */
const LABELS = { year: 'year', eur: 'eur', status: 'stat', bidders: 'bidr' } as const;

const percent = (value: number): string => (value * 100).toFixed(0).padStart(3);
const prf = (score: PrecisionRecall): string => `${percent(score.precision)} ${percent(score.recall)} ${percent(score.f1)}`;
const acc = (score: Accuracy): string => (score.accuracy === null ? '  -' : percent(score.accuracy));

/** A fixed-width table (numbers in %): entities, deals and roles as P R F1; year, eur, status and bidders accuracy. */
export function formatScoreReport(score: Score, options: FormatScoreReportOptions = {}): string {
  const width = Math.max(8, ...score.documents.map((document) => document.file.length + (document.missing ? 2 : 0)));
  const group = (label: string): string => label.padEnd(11);
  const attributes = ['year', 'eur', 'status', 'bidders'] as const;
  const header = [
    `${''.padEnd(width)}  ${group('entities')}  ${group('deals')}  ${group('roles')}  ${'accuracy'.padStart(5)}`,
    `${'document'.padEnd(width)}  ${[1, 2, 3].map(() => '  P   R  F1').join('  ')}  ${attributes.map((name) => LABELS[name].padStart(5)).join('')}`,
  ];
  const row = (label: string, s: Score['overall']): string =>
    `${label.padEnd(width)}  ${prf(s.entities)}  ${prf(s.deals)}  ${prf(s.roles)}  ${attributes.map((name) => acc(s.attributes[name]).padStart(5)).join('')}`;
  const rows = score.documents.map((document) => row(document.missing ? `${document.file} !` : document.file, document));
  const rule = '-'.repeat(header[1]?.length ?? 80);
  const lines = [...header, rule, ...rows, rule, row('overall (micro)', score.overall)];
  const o = score.overall;
  lines.push(
    '',
    `entities ${o.entities.truePositives}/${o.entities.predicted} predicted right, ${o.entities.found}/${o.entities.expected} required found; ` +
      `deals ${o.deals.truePositives}/${o.deals.predicted} right, ${o.deals.found}/${o.deals.expected} found; ` +
      `roles ${o.roles.truePositives}/${o.roles.predicted} right, ${o.roles.found}/${o.roles.expected} found`,
  );
  if (score.documents.some((document) => document.missing)) lines.push('! no prediction for this document: everything in it counts as missed');
  if (options.details === true) {
    for (const document of score.documents) {
      const { missed, spurious, wrongAttributes } = document.notes;
      if (missed.length + spurious.length + wrongAttributes.length === 0) continue;
      lines.push('', `${document.file}:`);
      for (const note of missed) lines.push(`  missed    ${note}`);
      for (const note of spurious) lines.push(`  spurious  ${note}`);
      for (const note of wrongAttributes) lines.push(`  wrong     ${note}`);
    }
  }
  return `${lines.join('\n')}\n`;
}
