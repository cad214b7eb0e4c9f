import { describe, expect, it } from '@jest/globals';
import type { GoldFile } from './gold-file.js';
import { formatScoreReport } from './format-score-report.js';
import { scoreDocuments } from './score-documents.js';

const gold: GoldFile = {
  documents: [
    {
      file: 'one.txt',
      entities: [{ type: 'COMPANY', name: 'Brightwater', aliases: [], required: true }],
      deals: [{ kind: ['STAKE'], acquirer: ['Brightwater'], target: ['Lakeside'], seller: [], bidders: [], year: 2020 }],
      roles: [],
    },
  ],
};

describe('formatScoreReport', () => {
  const score = scoreDocuments(gold, {
    'one.txt': {
      document: { id: 'one.txt', lang: 'en', title: null, publishedAt: null },
      entities: [{ id: 'e1', type: 'COMPANY', name: 'Brightwater', aliases: [] }, { id: 'e2', type: 'COMPANY', name: 'Lakeside', aliases: [] }],
      deals: [],
      roles: [],
    },
  });

  it.each([
    ['a row per document with P R F1 in percent', /one\.txt\s+50 100\s+67\s+100\s+0\s+0\s+100 100 100/],
    ['the overall row', /overall \(micro\)/],
    ['the counts behind the rates', /deals 0\/0 right, 0\/1 found/],
  ])('shows %s', (_what, pattern) => {
    expect(formatScoreReport(score)).toMatch(pattern);
  });

  it('lists misses only when asked for details', () => {
    expect(formatScoreReport(score)).not.toMatch(/missed/);
    expect(formatScoreReport(score, { details: true })).toMatch(/missed {4}deal STAKE Brightwater → Lakeside \(2020\)/);
    expect(formatScoreReport(score, { details: true })).toMatch(/spurious {2}entity COMPANY Lakeside/);
  });

  it('marks a document the extractor gave nothing for', () => {
    expect(formatScoreReport(scoreDocuments(gold, {}))).toMatch(/one\.txt !/);
  });
});
