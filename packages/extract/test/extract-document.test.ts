// Table tests: short pages of our own about real deals → the facts expected, and pages that must yield no deal.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractDocument } from '../src/index.js';
import { dealsOf, type Expected } from './__fixtures__/deals-of.js';

const pages: [string, string, string, Expected][] = [
  ['en', '2016-06-14', 'Microsoft agreed to buy LinkedIn for 26.2 billion dollars. The deal is expected to close this year.', { kind: 'ACQUISITION', acquirer: 'Microsoft', target: 'LinkedIn', status: 'PLANNED', year: 2016 }],
  ['en', '2018-06-08', 'Bayer completed its acquisition of Monsanto on Thursday, creating the largest seed maker.', { kind: 'ACQUISITION', acquirer: 'Bayer', target: 'Monsanto', status: 'COMPLETED', year: 2018 }],
  ['da', '2017-05-02', 'Maersk sælger olieselskabet Maersk Oil til Total for 7,45 milliarder dollar.', { kind: 'ACQUISITION', acquirer: 'Total', target: 'Maersk Oil', seller: 'Maersk', status: 'PLANNED', year: 2017 }],
  ['da', '2016-03-10', 'Carlsberg har købt resten af aktierne i det polske bryggeri. Koncernen opkøbte i 2014 svenske Spendrups Bryggeri AB.', { kind: 'ACQUISITION', acquirer: 'Carlsberg', target: 'Spendrups Bryggeri AB', status: 'COMPLETED', year: 2014 }],
  ['sv', '2010-03-29', 'Geely köper Volvo Cars från Ford för 1,8 miljarder dollar.', { kind: 'ACQUISITION', acquirer: 'Geely', target: 'Volvo Cars', seller: 'Ford', status: 'PLANNED', year: 2010 }],
  ['de', '2016-09-14', 'Bayer übernimmt Monsanto für 66 Milliarden Dollar.', { kind: 'ACQUISITION', acquirer: 'Bayer', target: 'Monsanto', status: 'PLANNED', year: 2016 }],
  ['nl', '2016-07-07', 'Danone neemt het Amerikaanse WhiteWave over voor 12,5 miljard dollar.', { kind: 'ACQUISITION', acquirer: 'Danone', target: 'WhiteWave', status: 'PLANNED', year: 2016 }],
  ['fr', '2016-07-07', 'Danone rachète le groupe américain WhiteWave pour 12,5 milliards de dollars.', { kind: 'ACQUISITION', acquirer: 'Danone', target: 'WhiteWave', status: 'PLANNED', year: 2016 }],
  ['no', '2017-11-20', 'Equinor kjøpte en andel i det brasilianske oljefeltet fra Petrobras.', { kind: 'STAKE', acquirer: 'Equinor', target: '', status: 'COMPLETED' }],
];

const noDeals: [string, string][] = [
  ['da', 'Vestas blev stiftet i 1945 og har i dag 29.000 medarbejdere. Den nye vindmølle koster 12 millioner kroner.'],
  ['en', 'Kodak licenses its brand to a camera maker, which sells cameras under the Kodak name. The new camera costs 199 euros.'],
  ['nl', 'Philips lanceerde in maart een nieuwe afdeling voor slaapapparatuur met extra financiering.'],
];

describe('extractDocument: deals in our own sentences', () => {
  test.each(pages.filter(([, , , expected]) => expected.target !== ''))('%s %s: %s', (_lang, publishedAt, text, expected) => {
    const extraction = extractDocument(text, { publishedAt });
    expect(dealsOf(extraction)).toContainEqual(expected);
  });

  test('a minority share is a stake, not an acquisition', () => {
    const [, publishedAt, text] = pages.find(([, , , expected]) => expected.kind === 'STAKE') as [string, string, string, Expected];
    expect(extractDocument(text, { publishedAt }).deals.filter((deal) => deal.kind === 'ACQUISITION')).toEqual([]);
  });
});

describe('extractDocument: pages without a deal', () => {
  test.each(noDeals)('%s: %s', (_lang, text) => {
    expect(extractDocument(text, { publishedAt: '2020-01-01' }).deals).toEqual([]);
  });
});

describe('extractDocument: determinism and ids', () => {
  test('same input, same output; ids in order of first mention', () => {
    const text = (pages[0] as [string, string, string, Expected])[2];
    const a = extractDocument(text, { publishedAt: '2016-06-14' });
    expect(extractDocument(text, { publishedAt: '2016-06-14' })).toEqual(a);
    expect(a.entities.map((entity) => entity.id)).toEqual(a.entities.map((_, i) => `e${i + 1}`));
  });
});

const shared = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..', '..', 'shared');
const seeds = path.join(shared, 'corpus', 'seeds');
const describeSeeds = existsSync(path.join(seeds, 'meta.json')) ? describe : describe.skip;

describeSeeds('extractDocument: seed pages (read at run time from shared/)', () => {
  test('every seed page reads without error and cites evidence inside the text', () => {
    const meta = JSON.parse(readFileSync(path.join(seeds, 'meta.json'), 'utf8')) as Record<string, { publishedAt: string }>;
    for (const [file, info] of Object.entries(meta)) {
      const text = readFileSync(path.join(seeds, file), 'utf8');
      const extraction = extractDocument(text, { id: file, publishedAt: info.publishedAt });
      expect(extraction.deals.length).toBeGreaterThan(0);
      for (const deal of extraction.deals) for (const evidence of deal.evidence) expect(text.slice(evidence.start, evidence.end)).toBe(evidence.text);
    }
  });
});
