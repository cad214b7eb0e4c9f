// Splits a sentence into word tokens with offsets, keeping inner hyphens, apostrophes, slashes and abbreviation dots.
export interface Token {
  text: string;
  start: number;
  end: number;
}

// '&Co' in 'Natura &Co' is a word of its own that joins the name before it. A plus between capitals is inside a name
// ('K+S'), as an ampersand is.
const wordPattern = /(?:&(?=\p{Lu}))?[\p{L}\p{N}](?:[\p{L}\p{N}\p{M}]|[-'’&/.](?=[\p{L}\p{N}])|(?<=\p{Lu})\+(?=\p{Lu}))*\.?/gu;
// A single capital and a dot is a middle initial ('Kurt K. Larsen').
const abbreviationDot = /^(?:\p{L}\.){2,}$|^\p{Lu}\.$|^(?:Inc|Corp|Co|Ltd|Bros|Dr|Mr|Mrs|Ms|St|Chr|Joh|Wm|adm|fhv|pr|pct|ca|nr)\.$/u;

/** Word tokens of a text; a trailing dot stays only on abbreviations ('N.V.', 'Inc.'). */
export function tokenizeSentence(text: string): Token[] {
  const tokens: Token[] = [];
  wordPattern.lastIndex = 0;
  for (let match = wordPattern.exec(text); match; match = wordPattern.exec(text)) {
    let word = match[0];
    let start = match.index;
    if (word.endsWith('.') && !abbreviationDot.test(word)) word = word.slice(0, -1);
    // "d'ANA", "l'Américain": a lower-case elided article or preposition is no part of the name after it ("L'Oréal" is).
    const elided = /^(?:d|l|qu|j|n|s)['’](?=\p{Lu})/u.exec(word);
    if (elided) {
      word = word.slice(elided[0].length);
      start += elided[0].length;
    }
    // '250 M€', '1,5 Md€': a unit glued to a currency sign is no word of a name.
    if (/^(?:[KMB]|Md|Mds|Mrd|Mio)$/u.test(word) && /[€$£]/u.test(text[start + word.length] ?? '')) continue;
    // 'Canal+', 'Disney+': a plus glued to a capitalised word, before a space or a stop, is part of the name.
    if (/^\p{Lu}/u.test(word) && text[start + word.length] === '+' && !/[\p{L}\p{N}+]/u.test(text[start + word.length + 1] ?? '')) word += '+';
    tokens.push({ text: word, start, end: start + word.length });
  }
  return tokens;
}

/** Whether a token starts with a capital letter (iPhone-style words do not). */
export function isCapitalised(word: string): boolean {
  return /^&?[\p{Lu}]/u.test(word);
}
