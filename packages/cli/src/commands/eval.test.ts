import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Score } from '@dealgraph/extract';
import { runCli } from '../__fixtures__/run-cli.js';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../../..');
const samplesGold = join(repoRoot, 'corpus', 'samples', 'gold.json');
const seedsGold = join(repoRoot, '..', 'shared', 'eval', 'seeds.gold.json');
const seeds = join(repoRoot, '..', 'shared', 'corpus', 'seeds');
const itWithSeeds = existsSync(seedsGold) && existsSync(seeds) ? it : it.skip;

const goldOf = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as { documents: { file: string; deals: unknown[] }[] };

let scratch: string;
beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'dealgraph-eval-cli-'));
});
afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

describe('dealgraph eval', () => {
  it('prints a row per sample document and the overall row', async () => {
    const { out, err, code } = await runCli(['eval', '--gold', samplesGold]);
    expect({ err, code }).toEqual({ err: '', code: 0 });
    for (const document of goldOf(samplesGold).documents) expect(out).toContain(document.file);
    expect(out).toMatch(/^overall \(micro\)/m);
    expect(out).not.toMatch(/ !$/m);
  });

  it('prints the score object with --json, counting every gold deal', async () => {
    const { out } = await runCli(['eval', '--gold', samplesGold, '--docs', join(repoRoot, 'corpus', 'samples'), '--json']);
    const score = JSON.parse(out) as Score;
    const gold = goldOf(samplesGold);
    expect(score.documents).toHaveLength(gold.documents.length);
    expect(score.overall.deals.expected).toBe(gold.documents.reduce((sum, document) => sum + document.deals.length, 0));
  });

  itWithSeeds('scores the seed pages', async () => {
    const { out, code } = await runCli(['eval', '--gold', seedsGold, '--docs', seeds, '--details']);
    expect(code).toBe(0);
    expect(out.match(/^00[0-2]_\w+\.txt /gm)).toHaveLength(3);
  });

  itWithSeeds('finds the pages through the folder the gold file names when --docs is left out', async () => {
    const { out, err, code } = await runCli(['eval', '--gold', seedsGold, '--json']);
    expect(err).toBe('');
    expect(code).toBe(0);
    const score = JSON.parse(out) as { documents: unknown[] };
    expect(score.documents).toHaveLength(3);
  });

  it('scores pages it cannot find as missed, says so, and exits non-zero', async () => {
    const { out, err, code } = await runCli(['eval', '--gold', samplesGold, '--docs', join(scratch, 'nowhere')]);
    expect(out).toMatch(/01-en-nokia-to-buy-withings\.html !/);
    expect(err).toMatch(/could not be extracted; check --docs/);
    expect(code).toBe(1);
  });

  it.each([
    ['a broken annotation', { documents: [{ file: 'a.txt', deals: [{ kind: 'TAKEOVER', acquirer: ['X'], target: ['Y'] }] }] }, /documents\[0\]\.deals\[0\]\.kind has 'TAKEOVER'/],
    ['no documents list', { docs: [] }, /must be an object with a 'documents' list/],
  ])('refuses %s with a message that says where', async (_what, content, message) => {
    const path = join(scratch, 'gold.json');
    await writeFile(path, JSON.stringify(content));
    const { err, code } = await runCli(['eval', '--gold', path]);
    expect(err).toMatch(message);
    expect(code).toBe(1);
  });

  it('says how to fix a gold path that does not exist', async () => {
    const { err, code } = await runCli(['eval', '--gold', join(scratch, 'none.json')]);
    expect(err).toMatch(/cannot read the gold file \(ENOENT\)\. Pass --gold/);
    expect(code).toBe(1);
  });
});
