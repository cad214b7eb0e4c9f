import { describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { editDistance } from './compare-names.js';
import { blockKeys, foldName, midLookups, nameKeys } from './fold-name.js';

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

test('blockKeys: a head and a mid for everyone, a surname tail for people', () => {
  expect(blockKeys('withings', 'COMPANY')).toEqual({ head: 'with', mid: 'wings', tail: null });
  expect(blockKeys('eric carreel', 'PERSON')).toEqual({ head: 'eric', mid: 'ecarr', tail: 'car' });
  expect(blockKeys('madonna', 'PERSON')).toEqual({ head: 'mado', mid: 'mnna', tail: null });
  expect(blockKeys('nokia', 'COMPANY')).toEqual({ head: 'noki', mid: 'na', tail: null });
  expect(blockKeys('hmd', 'COMPANY')).toEqual({ head: 'hmd', mid: null, tail: null });
  expect(midLookups('hyndai')).toEqual(['hdai', 'hai', 'hi']);
});

/** Whether two keys are looked up in one block: the head, the tail, or a mid one looks up and the other is filed under. */
function compared(a: string, b: string, type: 'COMPANY' | 'PERSON' = 'COMPANY'): boolean {
  const x = blockKeys(a, type);
  const y = blockKeys(b, type);
  return x.head === y.head || (x.tail !== null && x.tail === y.tail) || (y.mid !== null && midLookups(a).includes(y.mid));
}

describe('look-alikes share a block', () => {
  test.each([
    ['hyundai', 'hyndai'],
    ['ericson', 'ericsson'],
    ['nokia', 'nokla'],
    ['alfa people', 'alfapeople'],
    ['hmd global', 'hmdglobal'],
    ['withings', 'withing'],
    ['nokia digital health', 'nkia digital health'],
  ])('%s ~ %s', (a, b) => {
    expect(compared(a, b)).toBe(true);
    expect(compared(b, a)).toBe(true);
  });

  test('names that merely end alike are not one block', () => {
    expect(compared('kalotor group', 'venmi group')).toBe(false);
    expect(compared('kalotor group', 'kamitorven group')).toBe(false);
  });

  const letters = fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz'.split(''));
  const word = fc.array(letters, { minLength: 5, maxLength: 14 }).map((l) => l.join(''));
  /** One substitution, insertion or deletion anywhere after the first letter (a first letter that differs is another name). */
  const edited = fc.tuple(word, fc.nat(), letters, fc.constantFrom('sub', 'ins', 'del')).map(([w, at, c, op]) => {
    const i = 1 + (at % (w.length - 1));
    const other = op === 'sub' ? w.slice(0, i) + c + w.slice(i + 1) : op === 'ins' ? w.slice(0, i) + c + w.slice(i) : w.slice(0, i) + w.slice(i + 1);
    return [w, other] as const;
  });

  test('one edit anywhere but in the first letter, in names of five letters or more, is always compared', () => {
    fc.assert(
      fc.property(edited, ([a, b]) => {
        fc.pre(b.length >= 5 && editDistance(a, b, 1) === 1);
        return compared(a, b) && compared(b, a);
      }),
      { numRuns: 2000 },
    );
  });
});
