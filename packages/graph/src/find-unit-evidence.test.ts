import { describe, expect, test } from '@jest/globals';
import { findUnitEvidence, sentenceAround } from './find-unit-evidence.js';
import type { FactEntity } from './types.js';

const text = 'Nokia reported results. Its health unit Withings Health was sold! Nokia Digital Health stays.\nNew line here';

describe('sentenceAround', () => {
  test.each([
    ['Withings Health', 'Its health unit Withings Health was sold!'],
    ['Nokia reported', 'Nokia reported results.'],
    ['Nokia Digital Health', 'Nokia Digital Health stays.'],
    ['New line', 'New line here'],
  ])('%s → %s', (mention, sentence) => {
    const start = text.indexOf(mention);
    const found = sentenceAround(text, start, start + mention.length);
    expect(found.text).toBe(sentence);
    expect(text.slice(found.start, found.end)).toBe(sentence);
  });
});

function entity(id: string, name: string, mentions: string[], aliases: string[] = []): FactEntity {
  return {
    id,
    type: 'COMPANY',
    name,
    aliases,
    mentions: mentions.map((m) => {
      const start = text.indexOf(m);
      return { text: m, start, end: start + m.length };
    }),
  };
}

describe('findUnitEvidence', () => {
  test('the first sentence that names the parent too, by its mention', () => {
    const told = 'Withings Health grew. Nokia sold Withings Health.';
    const span = (name: string, from: number) => ({ text: name, start: told.indexOf(name, from), end: told.indexOf(name, from) + name.length });
    const parent = { ...entity('e1', 'Nokia', []), mentions: [span('Nokia', 0)] };
    const unit = { ...entity('e2', 'Withings Health', []), mentions: [span('Withings Health', 0), span('Withings Health', 10)] };
    expect(findUnitEvidence(told, unit, parent)?.text).toBe('Nokia sold Withings Health.');
  });

  test('or by its name written beside the unit, in any case, not inside the unit\'s own name', () => {
    const parent = entity('e1', 'NOKIA', []);
    const named = entity('e2', 'Nokia Digital Health', ['Nokia Digital Health']);
    const start = text.indexOf('Nokia Digital Health stays.');
    expect(findUnitEvidence(text, named, parent)).toEqual({ text: 'Nokia Digital Health stays.', start, end: start + 27 });
    const told = 'Its health unit Withings Health, sold by Nokia, grew. Withings Health is big.';
    const at = (from: number) => ({ text: 'Withings Health', start: told.indexOf('Withings Health', from), end: told.indexOf('Withings Health', from) + 15 });
    const later = { ...entity('e2', 'Withings Health', []), mentions: [at(40), at(0)] };
    expect(findUnitEvidence(told, later, parent)?.text).toBe('Its health unit Withings Health, sold by Nokia, grew.');
    const own = 'Nokia Health is big. Nokia said Nokia Health grew.';
    const second = own.lastIndexOf('Nokia Health');
    const inName = { ...entity('e2', 'Nokia Health', []), mentions: [{ text: 'Nokia Health', start: 0, end: 12 }, { text: 'Nokia Health', start: second, end: second + 12 }] };
    expect(findUnitEvidence(own, inName, parent)?.text).toBe('Nokia said Nokia Health grew.');
  });

  test('else the first sentence naming the unit; nothing without mentions', () => {
    const parent = entity('e1', 'Alcatel', []);
    expect(findUnitEvidence(text, entity('e2', 'Withings Health', ['Withings Health']), parent)?.text).toBe('Its health unit Withings Health was sold!');
    expect(findUnitEvidence(text, entity('e2', 'Withings Health', []), parent)).toBeUndefined();
  });
});
