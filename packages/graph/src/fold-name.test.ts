import { describe, expect, test } from '@jest/globals';
import { blockKeys, foldName, nameKeys } from './fold-name.js';

describe('foldName', () => {
  test.each([
    ['Éric Carreel', 'eric carreel'],
    ['HMD-Global', 'hmd global'],
    ['HMD Global', 'hmd global'],
    ["Nokia's", 'nokia'],
    ['Nokia’s', 'nokia'],
    ['Alfapeople Nordic A/S', 'alfapeople nordic'],
    ['Alcadon ApS', 'alcadon'],
    ['Acme Holdings Ltd.', 'acme holdings'],
    ['Zeta B.V.', 'zeta'],
    ['finske Nokia', 'nokia'],
    ['het Franse Withings', 'het franse withings'],
    ['Franse Withings', 'withings'],
    ['Alcatel-Lucent', 'alcatel lucent'],
    ['  Procter & Gamble  ', 'procter & gamble'],
  ])('%s → %s', (name, key) => {
    expect(foldName(name)).toBe(key);
  });

  test('an adjective alone is a name, not nothing', () => {
    expect(foldName('Danske')).toBe('danske');
  });
});

test('nameKeys lists the name first and drops duplicates', () => {
  expect(nameKeys('Nokia', ["Nokia's", 'NOKIA', 'Nokia Oyj'])).toEqual(['nokia']);
  expect(nameKeys('Withings', ['Withing'])).toEqual(['withings', 'withing']);
});

test('blockKeys: a head for everyone, a surname tail for people', () => {
  expect(blockKeys('withings', 'COMPANY')).toEqual({ head: 'with', tail: null });
  expect(blockKeys('eric carreel', 'PERSON')).toEqual({ head: 'eric', tail: 'car' });
  expect(blockKeys('madonna', 'PERSON')).toEqual({ head: 'mado', tail: null });
});
