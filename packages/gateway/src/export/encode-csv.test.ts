import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { parseCsv } from './__fixtures__/parse-csv.js';
import { encodeCsvCell, encodeCsvRow } from './encode-csv.js';

function parseCsvRow(line: string): string[] {
  const rows = parseCsv(line);
  expect(rows).toHaveLength(1);
  return rows[0] ?? [];
}

describe('encodeCsvCell', () => {
  it.each([
    ['plain text', 'Nokia', 'Nokia'],
    ['a comma', 'Nokia, Oyj', '"Nokia, Oyj"'],
    ['a quote', 'the "Withings" brand', '"the ""Withings"" brand"'],
    ['a line break', 'line one\nline two', '"line one\nline two"'],
    ['a carriage return', 'a\rb', '"a\rb"'],
    ['null', null, ''],
    ['undefined', undefined, ''],
    ['a number', 170000000, '170000000'],
    ['a negative number (not a formula)', -141000000, '-141000000'],
    ['a fraction', 0.85, '0.85'],
    ['NaN', Number.NaN, ''],
    ['true', true, 'true'],
    ['a list', ['Samsung', 'Google Nest'], 'Samsung; Google Nest'],
    ['an empty list', [], ''],
    ['a list needing quotes', ['A, B', 'C'], '"A, B; C"'],
    ['non-ASCII', 'Société Générale des Capteurs', 'Société Générale des Capteurs'],
  ])('%s', (_what, value, expected) => {
    expect(encodeCsvCell(value)).toBe(expected);
  });

  it.each([
    ['=', '=HYPERLINK("http://evil.example","click")', `"'=HYPERLINK(""http://evil.example"",""click"")"`],
    ['+', '+31 20 123', "'+31 20 123"],
    ['-', '-2+3', "'-2+3"],
    ['@', '@SUM(A1)', "'@SUM(A1)"],
    ['a tab', '\t=1', "'\t=1"],
    ['a formula in a list', ['=1+1'], "'=1+1"],
  ])('guards text starting with %s against formula injection', (_start, value, expected) => {
    expect(encodeCsvCell(value)).toBe(expected);
  });

  it('leaves text alone that only contains formula characters later', () => {
    expect(encodeCsvCell('Brenner & Sohn = GmbH')).toBe('Brenner & Sohn = GmbH');
  });
});

describe('encodeCsvRow', () => {
  it('joins cells with commas and ends with CRLF', () => {
    expect(encodeCsvRow(['a', null, 3, ['x', 'y']])).toBe('a,,3,x; y\r\n');
  });

  it('reads back as written for any text, formula-looking text with its guard quote', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'binary' }), { minLength: 1, maxLength: 8 }), (cells) => {
        const read = parseCsvRow(encodeCsvRow(cells));
        expect(read).toEqual(cells.map((cell) => (/^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell)));
      }),
      { numRuns: 500 },
    );
  });
});
