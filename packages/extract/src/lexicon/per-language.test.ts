import { perLanguage } from './per-language.js';

describe('perLanguage', () => {
  test('builds each language once and returns the same value after', () => {
    const built: string[] = [];
    const pattern = perLanguage((lang) => {
      built.push(lang);
      return new RegExp(lang);
    });
    const first = pattern('da');
    expect(pattern('da')).toBe(first);
    expect(pattern('sv')).not.toBe(first);
    expect(built).toEqual(['da', 'sv']);
  });

  test('keeps a null value built for a language without calling the builder again', () => {
    let calls = 0;
    const nothing = perLanguage(() => {
      calls += 1;
      return null;
    });
    expect(nothing('en')).toBeNull();
    expect(nothing('en')).toBeNull();
    expect(calls).toBe(1);
  });
});
