import { ExtractError } from '../extract-error.js';

/** Options of {@link decodeBytes}. */
export interface DecodeOptions {
  /** Largest input accepted, in bytes. Default 50 MiB. */
  maxBytes?: number;
}

const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;
/** Control characters other than tab, newline, form feed and carriage return above this share mean binary. */
const MAX_CONTROL_SHARE = 0.05;

const utf8 = new TextDecoder('utf-8', { fatal: true });
const utf16le = new TextDecoder('utf-16le');
const utf16be = new TextDecoder('utf-16be');
// Windows-1252 prints everything Latin-1 prints and more (curly quotes, euro sign), so it is the fallback.
// Decoded by hand: Node 20's TextDecoder('windows-1252') drops the 0x80-0x9F characters.
const WINDOWS_1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];
const CHUNK = 8192;

/**
 * Bytes of a page to text: a byte-order mark decides; else strict UTF-8 when the bytes are valid UTF-8;
 * else Windows-1252. Refuses empty, oversized and binary input with an {@link ExtractError}.
 */
export function decodeBytes(input: Uint8Array, options: DecodeOptions = {}): { text: string; encoding: string } {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (!Number.isFinite(maxBytes) || maxBytes <= 0) {
    throw new ExtractError('INVALID_OPTION', `maxBytes must be a positive number of bytes, got ${String(maxBytes)}.`);
  }
  if (input.length === 0) {
    throw new ExtractError('EMPTY_INPUT', 'The input is empty: pass the bytes of a news page (text or HTML).');
  }
  if (input.length > maxBytes) {
    throw new ExtractError(
      'INPUT_TOO_LARGE',
      `The input has ${input.length} bytes, more than the limit of ${maxBytes}: split the page or raise maxBytes.`,
    );
  }

  const b0 = input[0];
  const b1 = input[1];
  if (b0 === 0xef && b1 === 0xbb && input[2] === 0xbf) return { text: decodeUtf8(input, true), encoding: 'utf-8' };
  if (b0 === 0xff && b1 === 0xfe) return { text: utf16le.decode(input), encoding: 'utf-16le' };
  if (b0 === 0xfe && b1 === 0xff) return { text: utf16be.decode(input), encoding: 'utf-16be' };

  const utf16 = guessUtf16(input);
  if (utf16 !== null) return { text: (utf16 === 'utf-16le' ? utf16le : utf16be).decode(input), encoding: utf16 };

  refuseBinary(input);
  const text = decodeUtf8(input, false);
  if (text !== null) return { text, encoding: 'utf-8' };
  return { text: decodeWindows1252(input), encoding: 'windows-1252' };
}

function decodeUtf8(input: Uint8Array, withBom: true): string;
function decodeUtf8(input: Uint8Array, withBom: false): string | null;
function decodeUtf8(input: Uint8Array, withBom: boolean): string | null {
  try {
    return utf8.decode(input);
  } catch {
    if (!withBom) return null;
    // A BOM promised UTF-8 but the bytes break it: decode leniently rather than refuse a page for a few bad bytes.
    return new TextDecoder('utf-8').decode(input);
  }
}

/** UTF-16 without a BOM shows as text whose every other byte is zero. */
function guessUtf16(input: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(input.length, 4096) & ~1;
  if (n < 4) return null;
  let zeroEven = 0;
  let zeroOdd = 0;
  for (let i = 0; i < n; i += 2) {
    if (input[i] === 0) zeroEven++;
    if (input[i + 1] === 0) zeroOdd++;
  }
  const pairs = n / 2;
  if (zeroOdd > pairs * 0.4 && zeroEven < pairs * 0.05) return 'utf-16le';
  if (zeroEven > pairs * 0.4 && zeroOdd < pairs * 0.05) return 'utf-16be';
  return null;
}

function refuseBinary(input: Uint8Array): void {
  let control = 0;
  for (let i = 0; i < input.length; i++) {
    const b = input[i] as number;
    if (b >= 0x20 || b === 0x09 || b === 0x0a || b === 0x0d || b === 0x0c) continue;
    if (b === 0) {
      throw new ExtractError(
        'BINARY_INPUT',
        `The input holds a NUL byte at offset ${i}: it looks binary (an image, PDF or archive). Pass the text or HTML of the page.`,
      );
    }
    control++;
  }
  if (control > input.length * MAX_CONTROL_SHARE) {
    throw new ExtractError(
      'BINARY_INPUT',
      `${control} of the input's ${input.length} bytes are control characters: it looks binary. Pass the text or HTML of the page.`,
    );
  }
}

function decodeWindows1252(input: Uint8Array): string {
  const units = new Uint16Array(Math.min(input.length, CHUNK));
  let out = '';
  for (let from = 0; from < input.length; from += CHUNK) {
    const to = Math.min(from + CHUNK, input.length);
    for (let i = from; i < to; i++) {
      const b = input[i] as number;
      units[i - from] = b >= 0x80 && b < 0xa0 ? (WINDOWS_1252_HIGH[b - 0x80] as number) : b;
    }
    out += String.fromCharCode(...units.subarray(0, to - from));
  }
  return out;
}
