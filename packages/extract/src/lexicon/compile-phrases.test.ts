import { compilePhraseMatcher, compilePhrases, wordAlternation } from './compile-phrases.js';
import { clauseWordsOfAll, lexiconFor, supportedLanguages } from './languages.js';

describe('wordAlternation', () => {
  const regex = new RegExp(`^${wordAlternation(['board of', "conseil d'administration", 'forhandl*'])}$`, 'iu');

  it('matches any whitespace between words and either apostrophe', () => {
    expect(regex.test('board\n  of')).toBe(true);
    expect(regex.test('Conseil d’administration')).toBe(true);
  });

  it('lets a final star take any ending, and nothing else', () => {
    expect(regex.test('forhandlingerne')).toBe(true);
    expect(regex.test('board off')).toBe(false);
    expect(regex.test('forhand')).toBe(false);
  });

  it('escapes regex characters in a phrase', () => {
    const perShare = new RegExp(`^${wordAlternation(['pr. aktie'])}$`, 'u');
    expect(perShare.test('pr. aktie')).toBe(true);
    expect(perShare.test('prx aktie')).toBe(false);
  });
});

describe('compilePhraseMatcher', () => {
  it('finds what the whole compiled list finds', () => {
    const phrases = ['køber', 'købte', 'overtager', 'has agreed to buy', 'sælger*'];
    const whole = compilePhrases(phrases, 'iu');
    const matcher = compilePhraseMatcher(phrases);
    for (const text of ['Firmaet købte i går', 'X has agreed  to buy Y', 'De sælgerne var', 'nothing here', 'overtagelse']) {
      expect(matcher(text)?.[0] ?? null).toBe(whole.exec(text)?.[0] ?? null);
    }
  });
});

describe('clause words', () => {
  it('every language lists every kind of clause word in lower case', () => {
    const keys = Object.keys(lexiconFor('en').clauseWords);
    for (const lang of supportedLanguages) {
      const words = lexiconFor(lang).clauseWords;
      expect(Object.keys(words).sort()).toEqual([...keys].sort());
      for (const list of Object.values(words)) for (const word of list) expect(word).toBe(word.toLowerCase());
    }
  });

  it('joins one list over all languages, so a page mixing languages is read with all', () => {
    expect(clauseWordsOfAll('history')).toEqual(expect.arrayContaining(['history', 'historie', 'geschichte', 'histoire']));
  });
});
