import fc from 'fast-check';
import { ExtractError } from '../extract-error.js';
import { decodeBytes } from './decode-bytes.js';

const bytes = (...b: number[]) => Uint8Array.from(b);
const utf8 = (s: string) => new TextEncoder().encode(s);

describe('decodeBytes', () => {
  const table: [string, Uint8Array, string, string][] = [
    ['plain ASCII', utf8('Acme buys Beta.'), 'Acme buys Beta.', 'utf-8'],
    ['valid UTF-8', utf8('Købet af søsterselskabet'), 'Købet af søsterselskabet', 'utf-8'],
    ['UTF-8 with BOM, BOM dropped', bytes(0xef, 0xbb, 0xbf, 0x41, 0x42), 'AB', 'utf-8'],
    ['UTF-16LE with BOM', bytes(0xff, 0xfe, 0x41, 0x00, 0xe6, 0x00), 'Aæ', 'utf-16le'],
    ['UTF-16BE with BOM', bytes(0xfe, 0xff, 0x00, 0x41, 0x00, 0xf8), 'Aø', 'utf-16be'],
    ['UTF-16LE without BOM', bytes(0x4e, 0, 0x6f, 0, 0x6b, 0, 0x69, 0, 0x61, 0), 'Nokia', 'utf-16le'],
    ['Latin-1 bytes fall back to Windows-1252', bytes(0x4b, 0xf8, 0x62, 0x20, 0xe5), 'Køb å', 'windows-1252'],
    ['Windows-1252 curly quotes and euro', bytes(0x93, 0x80, 0x35, 0x94), '“€5”', 'windows-1252'],
  ];
  test.each(table)('%s', (_name, input, text, encoding) => {
    expect(decodeBytes(input)).toEqual({ text, encoding });
  });

  const refused: [string, Uint8Array, object | undefined, string][] = [
    ['empty', bytes(), undefined, 'EMPTY_INPUT'],
    ['a NUL byte', bytes(0x41, 0x00, 0x42, 0x43, 0x44, 0x45, 0x46, 0x47), undefined, 'BINARY_INPUT'],
    ['many control characters', bytes(1, 2, 3, 4, 0x41, 0x42, 5, 6), undefined, 'BINARY_INPUT'],
    ['too large for the limit', utf8('0123456789'), { maxBytes: 5 }, 'INPUT_TOO_LARGE'],
    ['a nonsense limit', utf8('abc'), { maxBytes: -1 }, 'INVALID_OPTION'],
  ];
  test.each(refused)('refuses %s', (_name, input, options, code) => {
    expect(() => decodeBytes(input, options)).toThrow(expect.objectContaining({ code, name: 'ExtractError' }));
  });

  test('a PNG header is binary', () => {
    const png = bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52);
    expect(() => decodeBytes(png)).toThrow(ExtractError);
  });

  test('the default limit is 50 MiB', () => {
    const big = new Uint8Array(50 * 1024 * 1024 + 1).fill(0x61);
    expect(() => decodeBytes(big)).toThrow(expect.objectContaining({ code: 'INPUT_TOO_LARGE' }));
  });

  test('random bytes: a string or an ExtractError, nothing else', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 512 }), (input) => {
        try {
          const { text, encoding } = decodeBytes(input);
          expect(typeof text).toBe('string');
          expect(encoding).toMatch(/^(utf-8|utf-16le|utf-16be|windows-1252)$/);
        } catch (error) {
          expect(error).toBeInstanceOf(ExtractError);
        }
      }),
      { numRuns: 500 },
    );
  });

  test('any string round-trips through UTF-8', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, unit: 'grapheme' }), (s) => {
        fc.pre(![...s].some((c) => c.charCodeAt(0) < 0x20 && !'\t\n\r\f'.includes(c)) && !s.startsWith('\ufeff'));
        expect(decodeBytes(utf8(s)).text).toBe(s);
      }),
    );
  });
});
