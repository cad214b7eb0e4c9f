// A value built from a language's lexicon once, on first use: the regexes of a rule, compiled per language.

/** Wraps `build` so that each language's value is built once and then reused. */
export function perLanguage<T>(build: (lang: string) => T): (lang: string) => T {
  const built = new Map<string, T>();
  return (lang) => {
    let value = built.get(lang);
    if (value === undefined) {
      value = build(lang);
      built.set(lang, value);
    }
    return value;
  };
}
