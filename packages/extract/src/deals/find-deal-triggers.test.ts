import { findDealTriggers } from './find-deal-triggers.js';

describe('findDealTriggers: tense', () => {
  test.each([
    ['Meggitt would be the biggest in a string of aerospace purchases.', 'noun'],
    ['Its recent buys were small.', 'noun'],
    ['Unilever purchases Dollar Shave Club.', 'present'],
    ['Parker sells its filters unit and purchases Meggitt.', 'present'],
  ])('%s → %s', (text, tense) => {
    expect(findDealTriggers(text, 'en').find((trigger) => /purchases|buys/u.test(trigger.text))?.tense).toBe(tense);
  });
});
