import { describe, expect, it } from '@jest/globals';
import type { Deal, Extraction } from '../types.js';
import type { GoldFile } from './gold-file.js';
import { scoreDocuments } from './score-documents.js';

// One small annotated document: a 2016 purchase with a price, a 2018 sale back with bidders, a write-down, two roles.
const gold: GoldFile = {
  documents: [
    {
      file: 'a.txt',
      entities: [
        { type: 'COMPANY', name: 'Nordhavn Telecom', aliases: ["Nordhavn's"], required: true },
        { type: 'COMPANY', name: 'Sundby Health', aliases: ['Sundby'], required: true },
        { type: 'COMPANY', name: 'Kestrel Devices', aliases: [], required: true },
        { type: 'PERSON', name: 'Mira Holm', aliases: ['Mira Holme'], required: true },
        { type: 'COMPANY', name: 'Daily Wire Desk', aliases: [], required: false },
      ],
      deals: [
        { kind: ['ACQUISITION'], acquirer: ['Nordhavn Telecom'], target: ['Sundby Health'], seller: [], bidders: [], year: 2016, eur: 100_000_000, status: ['COMPLETED'] },
        { kind: ['ACQUISITION'], acquirer: ['Mira Holm', 'Sundby Health'], target: ['Sundby Health'], seller: ['Nordhavn Telecom'], bidders: ['Kestrel Devices'], year: 2018, status: ['PLANNED'] },
        { kind: ['WRITE_DOWN'], acquirer: ['Nordhavn Telecom'], target: ['Sundby Health'], seller: [], bidders: [], year: 2017, eur: 80_000_000, status: ['COMPLETED'] },
      ],
      roles: [
        { person: 'Mira Holm', org: ['Sundby Health'], role: ['FOUNDER'] },
        { person: 'Mira Holm', org: ['Sundby Health'], role: ['CHAIRMAN', 'BOARD'] },
      ],
    },
  ],
};

const deal = (id: string, fields: Partial<Deal>): Deal => ({
  id, kind: 'ACQUISITION', acquirer: null, target: null, seller: null, bidders: [],
  date: null, amount: null, status: 'COMPLETED', confidence: 0.9, evidence: [], ...fields,
});
const year = (y: number) => ({ year: y, month: null, day: null });
const eur = (value: number) => ({ value, currency: 'EUR', eur: value, approximate: false, upTo: false, text: String(value) });

/** The prediction that matches the gold exactly. */
function perfect(): Extraction {
  return {
    document: { id: 'a.txt', lang: 'en', title: null, publishedAt: '2018-05-31' },
    entities: [
      { id: 'e1', type: 'COMPANY', name: 'Nordhavn Telecom', aliases: [] },
      { id: 'e2', type: 'COMPANY', name: 'Sundby Health', aliases: [] },
      { id: 'e3', type: 'COMPANY', name: 'Kestrel Devices', aliases: [] },
      { id: 'e4', type: 'PERSON', name: 'Mira Holm', aliases: [] },
    ],
    deals: [
      deal('d1', { acquirer: 'e1', target: 'e2', date: year(2016), amount: eur(100_000_000) }),
      deal('d2', { acquirer: 'e4', target: 'e2', seller: 'e1', bidders: ['e3'], date: year(2018), status: 'PLANNED' }),
      deal('d3', { kind: 'WRITE_DOWN', acquirer: 'e1', target: 'e2', date: year(2017), amount: eur(80_000_000) }),
    ],
    roles: [
      { person: 'e4', org: 'e2', role: 'FOUNDER', title: 'founder', current: null, evidence: [] },
      { person: 'e4', org: 'e2', role: 'CHAIRMAN', title: 'chair', current: false, evidence: [] },
    ],
  };
}

const score = (change: (x: Extraction) => void = () => undefined) => {
  const prediction = perfect();
  change(prediction);
  return scoreDocuments(gold, { 'a.txt': prediction }).overall;
};
const dealAt = (x: Extraction, index: number): Deal => x.deals[index] as Deal;

describe('scoreDocuments', () => {
  it('gives 1.0 everywhere to the perfect prediction', () => {
    const overall = score();
    for (const part of [overall.entities, overall.deals, overall.roles]) {
      expect([part.precision, part.recall, part.f1]).toEqual([1, 1, 1]);
    }
    expect(overall.attributes).toEqual({
      year: { correct: 3, total: 3, accuracy: 1 },
      eur: { correct: 2, total: 2, accuracy: 1 },
      status: { correct: 3, total: 3, accuracy: 1 },
      bidders: { correct: 3, total: 3, accuracy: 1 },
    });
  });

  // Each change costs exactly the count it should: [what, change, part, [truePositives, predicted, found, expected]].
  it.each<[string, (x: Extraction) => void, 'entities' | 'deals' | 'roles', [number, number, number, number]]>([
    ['a required entity missed', (x) => { x.entities = x.entities.filter((e) => e.id !== 'e3'); }, 'entities', [3, 3, 3, 4]],
    ['an entity not in gold', (x) => { x.entities.push({ id: 'e9', type: 'COMPANY', name: 'Ghost Corp', aliases: [] }); }, 'entities', [4, 5, 4, 4]],
    ['an optional entity found: no error, no gain in recall', (x) => { x.entities.push({ id: 'e9', type: 'COMPANY', name: 'Daily Wire Desk', aliases: [] }); }, 'entities', [5, 5, 4, 4]],
    ['one entity split in two', (x) => { x.entities.push({ id: 'e9', type: 'COMPANY', name: 'Nordhavns', aliases: [] }); }, 'entities', [4, 5, 4, 4]],
    ['found through a gold alias', (x) => { x.entities[3] = { id: 'e4', type: 'PERSON', name: 'Mira Holme', aliases: [] }; }, 'entities', [4, 4, 4, 4]],
    ['found through a predicted alias', (x) => { x.entities[1] = { id: 'e2', type: 'COMPANY', name: 'Sundby Wellness', aliases: ['Sundby'] }; }, 'entities', [4, 4, 4, 4]],
    ['found after suffix folding', (x) => { x.entities[0] = { id: 'e1', type: 'COMPANY', name: 'Nordhavn Telecom A/S', aliases: [] }; }, 'entities', [4, 4, 4, 4]],
    ['a deal of the wrong kind', (x) => { dealAt(x, 2).kind = 'ACQUISITION'; }, 'deals', [2, 3, 2, 3]],
    ['a deal with the wrong target', (x) => { dealAt(x, 0).target = 'e3'; }, 'deals', [2, 3, 2, 3]],
    ['the wrong seller where gold names one', (x) => { dealAt(x, 1).seller = 'e3'; }, 'deals', [2, 3, 2, 3]],
    ['no seller where gold names one', (x) => { dealAt(x, 1).seller = null; }, 'deals', [2, 3, 2, 3]],
    ['a seller where gold names none: not checked', (x) => { dealAt(x, 0).seller = 'e3'; }, 'deals', [3, 3, 3, 3]],
    ['an acquirer from the any-of list', (x) => { dealAt(x, 1).acquirer = 'e2'; }, 'deals', [3, 3, 3, 3]],
    ['a deal twice: the second is spurious', (x) => { x.deals.push({ ...dealAt(x, 0), id: 'd9' }); }, 'deals', [3, 4, 3, 3]],
    ['a deal missed', (x) => { x.deals.pop(); }, 'deals', [2, 2, 2, 3]],
    ['a role of the wrong kind', (x) => { (x.roles[0] as { role: string }).role = 'CEO'; }, 'roles', [1, 2, 1, 2]],
    ['a role from the any-of list', (x) => { (x.roles[1] as { role: string }).role = 'BOARD'; }, 'roles', [2, 2, 2, 2]],
    ['a role at the wrong org', (x) => { (x.roles[0] as { org: string }).org = 'e1'; }, 'roles', [1, 2, 1, 2]],
  ])('%s', (_what, change, part, [truePositives, predicted, found, expected]) => {
    const result = score(change)[part];
    expect(result).toMatchObject({ truePositives, predicted, found, expected });
    expect(result.precision).toBeCloseTo(predicted === 0 ? 1 : truePositives / predicted);
    expect(result.recall).toBeCloseTo(found / expected);
  });

  // Attributes are accuracy over matched pairs: [what, change, attribute, correct, total].
  it.each<[string, (x: Extraction) => void, 'year' | 'eur' | 'status' | 'bidders', number, number]>([
    ['a wrong year', (x) => { dealAt(x, 0).date = year(2015); }, 'year', 2, 3],
    ['no date', (x) => { dealAt(x, 2).date = null; }, 'year', 2, 3],
    ['eur 9 % high: within tolerance', (x) => { dealAt(x, 0).amount = eur(109_000_000); }, 'eur', 2, 2],
    ['eur 9 % low: within tolerance', (x) => { dealAt(x, 0).amount = eur(91_000_000); }, 'eur', 2, 2],
    ['eur 11 % high: wrong', (x) => { dealAt(x, 0).amount = eur(111_000_000); }, 'eur', 1, 2],
    ['no amount where gold has one', (x) => { dealAt(x, 2).amount = null; }, 'eur', 1, 2],
    ['an amount where gold has none: not checked', (x) => { dealAt(x, 1).amount = eur(5); }, 'eur', 2, 2],
    ['a wrong status', (x) => { dealAt(x, 1).status = 'COMPLETED'; }, 'status', 2, 3],
    ['a bidder missed', (x) => { dealAt(x, 1).bidders = []; }, 'bidders', 2, 3],
    ['a bidder too many', (x) => { dealAt(x, 0).bidders = ['e3']; }, 'bidders', 2, 3],
    ['attributes of an unmatched deal are not scored', (x) => { dealAt(x, 0).kind = 'STAKE'; dealAt(x, 0).date = year(1999); }, 'year', 2, 2],
  ])('%s', (_what, change, attribute, correct, total) => {
    expect(score(change).attributes[attribute]).toEqual({ correct, total, accuracy: correct / total });
  });

  it('takes the prediction whose year agrees when two fit one gold deal', () => {
    const overall = score((x) => {
      x.deals.unshift(deal('d0', { acquirer: 'e1', target: 'e2', date: year(2012), amount: eur(1) }));
    });
    expect(overall.deals).toMatchObject({ truePositives: 3, predicted: 4 });
    expect(overall.attributes.year.accuracy).toBe(1);
    expect(overall.attributes.eur.accuracy).toBe(1);
  });

  it('counts a gold document without a prediction as all missed', () => {
    const result = scoreDocuments(gold, new Map());
    expect(result.documents[0]?.missing).toBe(true);
    expect(result.overall.deals).toMatchObject({ truePositives: 0, predicted: 0, found: 0, expected: 3, recall: 0, f1: 0 });
    expect(result.overall.entities.recall).toBe(0);
  });

  it('reads predictions from a Map as from a record, and ignores files the gold does not list', () => {
    const fromMap = scoreDocuments(gold, new Map([['a.txt', perfect()], ['other.txt', perfect()]]));
    expect(fromMap.overall.deals.f1).toBe(1);
    expect(fromMap.documents).toHaveLength(1);
  });

  it('sums counts over documents before dividing (micro average)', () => {
    const two: GoldFile = { documents: [gold.documents[0]!, { ...gold.documents[0]!, file: 'b.txt' }] };
    const half = perfect();
    half.deals = half.deals.slice(0, 1);
    const result = scoreDocuments(two, { 'a.txt': perfect(), 'b.txt': half });
    expect(result.overall.deals).toMatchObject({ truePositives: 4, predicted: 4, found: 4, expected: 6 });
    expect(result.overall.deals.recall).toBeCloseTo(4 / 6);
  });

  it('names what was missed and what was wrong', () => {
    const prediction = perfect();
    prediction.deals.pop();
    dealAt(prediction, 0).date = year(2015);
    const [document] = scoreDocuments(gold, { 'a.txt': prediction }).documents;
    expect(document?.notes.missed).toEqual(['deal WRITE_DOWN Nordhavn Telecom → Sundby Health (2017)']);
    expect(document?.notes.wrongAttributes).toEqual(['year of ACQUISITION Nordhavn Telecom → Sundby Health (2016): predicted 2015, gold 2016']);
  });

  it('accepts single values where FORMAT.md allows lists, and rejects a broken gold file with a clear message', () => {
    const loose = JSON.parse(JSON.stringify(gold));
    loose.documents[0].deals[0].kind = 'ACQUISITION';
    loose.documents[0].deals[0].status = 'COMPLETED';
    expect(scoreDocuments(loose, { 'a.txt': perfect() }).overall.deals.f1).toBe(1);
    loose.documents[0].deals[0].kind = 'TAKEOVER';
    expect(() => scoreDocuments(loose, {})).toThrow(/documents\[0\]\.deals\[0\]\.kind has 'TAKEOVER'/);
  });
});
