import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { MAX_FILE_BYTES, decodeText, firstInvalidUtf8Offset } from './decode';

const utf8 = (text: string) => new TextEncoder().encode(text);
const bytes = (...parts: (number[] | Uint8Array)[]) => Uint8Array.from(parts.flatMap((part) => [...part]));

function utf16(text: string, endian: 'le' | 'be'): Uint8Array {
  const out: number[] = endian === 'le' ? [0xff, 0xfe] : [0xfe, 0xff];
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    out.push(...(endian === 'le' ? [unit & 0xff, unit >> 8] : [unit >> 8, unit & 0xff]));
  }
  return Uint8Array.from(out);
}

const PNG_HEADER = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52];

describe('decodeText', () => {
  it.each([
    ['plain UTF-8', utf8('Leaders met in Tehran.'), 'Leaders met in Tehran.'],
    ['UTF-8 with a BOM', bytes([0xef, 0xbb, 0xbf], utf8('Café talks')), 'Café talks'],
    ['UTF-16 LE with a BOM', utf16('Başkan said “yes”.', 'le'), 'Başkan said “yes”.'],
    ['UTF-16 BE with a BOM', utf16('Başkan said “yes”.', 'be'), 'Başkan said “yes”.'],
    ['Windows line endings', utf8('one\r\ntwo\r\n'), 'one\ntwo\n'],
    ['old Mac line endings', utf8('one\rtwo'), 'one\ntwo'],
    ['a U+FFFD written on purpose', utf8('bad \uFFFD char'), 'bad \uFFFD char'],
  ])('decodes %s', (_, input, expected) => {
    expect(decodeText(input)).toEqual({ ok: true, text: expected });
  });

  it.each([
    ['Latin-1 bytes', bytes(utf8('caf'), [0xe9, 0x20]), 'not UTF-8 text (invalid byte 0xE9 at offset 3)'],
    ['a truncated sequence at the end', bytes(utf8('ab'), [0xe2, 0x82]), 'not UTF-8 text (invalid byte 0xE2 at offset 2)'],
    ['invalid bytes after a UTF-8 BOM', bytes([0xef, 0xbb, 0xbf], [0x41, 0xff]), 'not UTF-8 text (invalid byte 0xFF at offset 4)'],
    ['a PNG renamed .txt', bytes(PNG_HEADER), 'binary data, not text (NUL byte at offset 8; UTF-16 needs a byte-order mark)'],
    ['UTF-16 without a BOM', utf16('hi', 'le').subarray(2), 'binary data, not text (NUL byte at offset 1; UTF-16 needs a byte-order mark)'],
    ['UTF-16 LE with an odd byte count', bytes([0xff, 0xfe, 0x41, 0x00, 0x42]), 'has a UTF-16 LE byte-order mark but is not valid UTF-16 LE text'],
    ['UTF-16 holding NUL characters', utf16('a\0b', 'be'), 'binary data, not text (NUL character at position 1)'],
    ['an empty file', new Uint8Array(0), 'file is empty'],
    ['a file of just a BOM', bytes([0xef, 0xbb, 0xbf]), 'file is empty'],
    ['whitespace only', utf8(' \r\n\t\n '), 'file holds only whitespace'],
  ])('refuses %s', (_, input, reason) => {
    expect(decodeText(input)).toEqual({ ok: false, reason });
  });

  it('refuses files over the size limit before looking at their bytes, naming the limit', () => {
    expect(decodeText(new Uint8Array(MAX_FILE_BYTES + 1))).toEqual({ ok: false, reason: 'file is 50.1 MB, over the 50 MB limit' });
    const justOver = decodeText(new Uint8Array(MAX_FILE_BYTES + 5 * 1024 * 1024).fill(0x61));
    expect(justOver).toEqual({ ok: false, reason: 'file is 55 MB, over the 50 MB limit' });
  });
});

describe('firstInvalidUtf8Offset', () => {
  it.each([
    ['overlong NUL', [0xc0, 0x80], 0],
    ['overlong three-byte form', [0x41, 0xe0, 0x80, 0x80], 1],
    ['UTF-16 surrogate encoded in UTF-8', [0xed, 0xa0, 0x80], 0],
    ['above U+10FFFF', [0xf4, 0x90, 0x80, 0x80], 0],
    ['lone continuation byte', [0x41, 0x42, 0x80], 2],
    ['bad third byte', [0xe2, 0x82, 0x41], 0],
    ['four-byte emoji', [...utf8('😀')], -1],
  ])('%s', (_, input, expected) => {
    expect(firstInvalidUtf8Offset(Uint8Array.from(input))).toBe(expected);
  });

  // Random bytes are almost never valid UTF-8, so also try real text with one byte changed.
  const nearlyValidUtf8 = fc
    .tuple(fc.string({ unit: 'binary', maxLength: 8 }), fc.nat(), fc.integer({ min: 0x80, max: 0xff }))
    .map(([text, index, byte]) => {
      const encoded = utf8(text);
      if (encoded.length > 0) encoded[index % encoded.length] = byte;
      return encoded;
    });

  it('agrees with the platform decoder on arbitrary bytes', () => {
    const strict = new TextDecoder('utf-8', { fatal: true });
    fc.assert(
      fc.property(fc.oneof(fc.uint8Array({ maxLength: 24 }), nearlyValidUtf8), (input) => {
        let platformValid = true;
        try {
          strict.decode(input);
        } catch {
          platformValid = false;
        }
        expect(firstInvalidUtf8Offset(input) === -1).toBe(platformValid);
      }),
      { numRuns: 2000 },
    );
  });
});
