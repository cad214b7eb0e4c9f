import { describe, expect, it } from '@jest/globals';
import { dealLabel, formatEur } from './format-deal.js';

describe('formatEur', () => {
  it.each([
    [170e6, '€170 M'],
    [15.6e9, '€15.6 bn'],
    [5.44e9, '€5.44 bn'],
    [141e6, '€141 M'],
    [2.5e6, '€2.5 M'],
    [950, '€950'],
    [12_300, '€12.3k'],
    [null, ''],
    [Number.NaN, ''],
  ])('%p → %p', (eur, text) => {
    expect(formatEur(eur)).toBe(text);
  });
});

describe('dealLabel', () => {
  it.each([
    ['ACQUISITION', 2016, 170e6, 'Acquisition 2016\n€170 M'],
    ['WRITE_DOWN', 2017, null, 'Write-down 2017'],
    [null, null, null, 'Deal'],
  ] as const)('%s %s %s', (kind, year, eur, label) => {
    expect(dealLabel(kind, year, eur)).toBe(label);
  });
});
