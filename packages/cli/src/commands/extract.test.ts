import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Extraction } from '@dealgraph/extract';
import { runCli } from '../__fixtures__/run-cli.js';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../../..');
const samples = join(repoRoot, 'corpus', 'samples');
const seeds = join(repoRoot, '..', 'shared', 'corpus', 'seeds');
const itWithSeeds = existsSync(seeds) ? it : it.skip;

const lines = (text: string): Extraction[] => text.trim().split('\n').map((line) => JSON.parse(line) as Extraction);

let scratch: string;
beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'dealgraph-extract-cli-'));
  await writeFile(join(scratch, 'empty.txt'), '');
  await writeFile(join(scratch, 'ok.txt'), 'Brightwater Energy agreed on Monday to buy Lakeside Solar for 200 million euros.\n');
});
afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

describe('dealgraph extract', () => {
  it('prints one FORMAT.md object per sample page, one per line, dated from meta.json', async () => {
    const { out, err, code } = await runCli(['extract', samples, '--json']);
    const pages = (await readdir(samples)).filter((file) => /\.(txt|html)$/.test(file)).sort();
    const extractions = lines(out);
    expect({ err, code }).toEqual({ err: '', code: 0 });
    expect(extractions.map((x) => x.document.id).sort()).toEqual(pages);
    const first = extractions.find((x) => x.document.id === '05-nl-nokia-boekt-afschrijving.txt');
    expect(first?.document.publishedAt).toBe('2018-02-01');
    for (const x of extractions) expect(x).toEqual(expect.objectContaining({ entities: expect.any(Array), deals: expect.any(Array), roles: expect.any(Array) }));
  });

  it('lets --published-at override meta.json', async () => {
    const { out } = await runCli(['extract', join(samples, '02-da-nokia-koeber-withings.txt'), '--json', '--published-at', '2020-01-02']);
    expect(lines(out)[0]?.document.publishedAt).toBe('2020-01-02');
  });

  it('reads an explicit --meta file', async () => {
    const meta = join(scratch, 'meta.json');
    await writeFile(meta, JSON.stringify({ 'ok.txt': { publishedAt: '2019-03-04' } }));
    const { out } = await runCli(['extract', join(scratch, 'ok.txt'), '--json', '--meta', meta]);
    expect(lines(out)[0]?.document.publishedAt).toBe('2019-03-04');
  });

  it('prints a readable summary without --json', async () => {
    const { out, code } = await runCli(['extract', join(samples, '07-en-nokia-health-unit-back-to-founder.txt')]);
    expect(code).toBe(0);
    expect(out).toMatch(/07-en-nokia-health-unit-back-to-founder\.txt {2}\[en\] 2018-05-31/);
    expect(out).toMatch(/^ {2}companies: .+/m);
  });

  itWithSeeds('reads the seed pages', async () => {
    const { out, code } = await runCli(['extract', join(seeds, '*.txt'), '--json']);
    expect(code).toBe(0);
    expect(lines(out).map((x) => x.document.publishedAt)).toEqual(['2018-05-31', '2018-05-31', '2016-04-26']);
  });

  it('reports each failing input on stderr, still extracts the others, and exits non-zero', async () => {
    const { out, err, code } = await runCli(['extract', join(scratch, 'empty.txt'), join(scratch, 'missing.txt'), join(scratch, 'ok.txt'), '--json']);
    expect(lines(out).map((x) => x.document.id)).toEqual(['ok.txt']);
    expect(err).toMatch(/empty\.txt: .+/);
    expect(err).toMatch(/missing\.txt: no such file or folder/);
    expect(code).toBe(1);
  });

  it.each([['2018-13-45'], ['31.05.2018']])('refuses --published-at %s with the expected form', async (date) => {
    await expect(runCli(['extract', samples, '--published-at', date])).rejects.toThrow(/YYYY-MM-DD/);
  });
});
