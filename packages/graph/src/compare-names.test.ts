import { describe, expect, test } from '@jest/globals';
import { compareNames, editDistance, withinOneEdit } from './compare-names.js';

describe('compareNames', () => {
  test.each([
    ['eric carreel', 'eric carreel', 'same'],
    ['eric carreel', 'eric carrell', 'similar'],
    ['withing', 'withings', 'similar'],
    ['nokias', 'nokia', 'similar'],
    ['e carreel', 'eric carreel', 'initial'],
    ['nokia', 'nokia digital health', 'different'],
    ['gregory lee', 'grace lee', 'different'],
    ['gregory lee', 'gregory lea', 'different'],
    ['sandra lee', 'sandro lee', 'similar'],
    ['nokia health', 'nokia wealth', 'different'],
    ['abc', 'abd', 'different'],
    ['eric carrell', 'erik carreel', 'different'],
    ['hyundai', 'hyndai', 'similar'],
    ['alfa people', 'alfapeople', 'similar'],
    ['hyun dai motor', 'hyundai motor', 'similar'],
    ['nokia', 'nokia health', 'different'],
  ])('%s vs %s: %s', (a, b, expected) => {
    expect(compareNames(a, b)).toBe(expected);
  });
});

test('editDistance gives up past its bound', () => {
  expect(editDistance('carreel', 'carrell')).toBe(1);
  expect(editDistance('kitten', 'sitting')).toBe(3);
  expect(editDistance('a', 'abcdefgh', 2)).toBe(3);
});

test('withinOneEdit agrees with editDistance', () => {
  const words = ['', 'a', 'ab', 'abc', 'acb', 'carreel', 'carrell', 'carrel', 'carreell', 'xarreel', 'carreex', 'hyundai', 'hyndai', 'hyundia'];
  for (const a of words) for (const b of words) expect([a, b, withinOneEdit(a, b)]).toEqual([a, b, editDistance(a, b, 1) <= 1]);
});
