// The hand-made gold files of corpus/ (and shared/eval when present) must parse and agree with
// their folders: every annotated file exists and has meta, every name a deal or role uses is an entity.
import { describe, expect, it } from '@jest/globals';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { foldName } from './fold-name.js';
import { parseGoldFile } from './gold-file.js';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../../..');
const sets = [
  ['samples', join(repoRoot, 'corpus', 'samples', 'gold.json'), join(repoRoot, 'corpus', 'samples')],
  ['dev', join(repoRoot, 'corpus', 'dev', 'gold.json'), join(repoRoot, 'corpus', 'dev')],
  ['dev2', join(repoRoot, 'corpus', 'dev2', 'gold.json'), join(repoRoot, 'corpus', 'dev2')],
  ['dev3', join(repoRoot, 'corpus', 'dev3', 'gold.json'), join(repoRoot, 'corpus', 'dev3')],
  ['dev4', join(repoRoot, 'corpus', 'dev4', 'gold.json'), join(repoRoot, 'corpus', 'dev4')],
  ['dev5', join(repoRoot, 'corpus', 'dev5', 'gold.json'), join(repoRoot, 'corpus', 'dev5')],
  ['dev6', join(repoRoot, 'corpus', 'dev6', 'gold.json'), join(repoRoot, 'corpus', 'dev6')],
  ['dev7', join(repoRoot, 'corpus', 'dev7', 'gold.json'), join(repoRoot, 'corpus', 'dev7')],
  ['dev8', join(repoRoot, 'corpus', 'dev8', 'gold.json'), join(repoRoot, 'corpus', 'dev8')],
  ['dev9', join(repoRoot, 'corpus', 'dev9', 'gold.json'), join(repoRoot, 'corpus', 'dev9')],
  ['holdout', join(repoRoot, 'corpus', 'holdout', 'gold.json'), join(repoRoot, 'corpus', 'holdout')],
  ['seeds', join(repoRoot, '..', 'shared', 'eval', 'seeds.gold.json'), join(repoRoot, '..', 'shared', 'corpus', 'seeds')],
].filter(([, goldPath]) => existsSync(goldPath as string)) as [string, string, string][];

describe.each(sets)('gold file of %s', (_name, goldPath, folder) => {
  const gold = parseGoldFile(JSON.parse(readFileSync(goldPath, 'utf8')));
  const meta = JSON.parse(readFileSync(join(folder, 'meta.json'), 'utf8')) as Record<string, { publishedAt?: string }>;

  it('annotates every page of its folder, each with meta and a publication date', () => {
    const pages = readdirSync(folder).filter((file) => /\.(txt|html?)$/.test(file)).sort();
    expect(gold.documents.map((document) => document.file).sort()).toEqual(pages);
    for (const document of gold.documents) expect(meta[document.file]?.publishedAt).toBe(document.publishedAt);
  });

  it('names in deals and roles are annotated entities', () => {
    for (const document of gold.documents) {
      const known = new Set(document.entities.flatMap((entity) => [entity.name, ...entity.aliases].map(foldName)));
      // Any-of lists may offer spellings beyond the entity list, but at least one name of each slot must be known.
      const slots = [
        ...document.deals.flatMap((deal) => [deal.acquirer, deal.target, ...(deal.seller.length > 0 ? [deal.seller] : []), ...deal.bidders.map((b) => [b])]),
        ...document.roles.flatMap((role) => [[role.person], role.org]),
      ];
      const unknown = slots.filter((names) => !names.some((name) => known.has(foldName(name))));
      expect({ file: document.file, unknown }).toEqual({ file: document.file, unknown: [] });
    }
  });
});
