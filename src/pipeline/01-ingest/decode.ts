/**
 * Step 1 of ingest: raw bytes to text. Anything that is not clearly text is refused with a reason
 * rather than guessed at, so a mis-decoded file never reaches extraction as garbage.
 */

export const MAX_FILE_BYTES = 50 * 1024 * 1024;

export type DecodeResult = { ok: true; text: string } | { ok: false; reason: string };

const UTF8_BOM = [0xef, 0xbb, 0xbf];
const UTF16LE_BOM = [0xff, 0xfe];
const UTF16BE_BOM = [0xfe, 0xff];

/** The reason given for a file over MAX_FILE_BYTES; the CLI reader uses it too, to avoid reading such files at all. */
export function tooLargeReason(size: number): string {
  // Rounded up, so a file just over the limit never reads as "50 MB, over the 50 MB limit".
  const megabytes = (bytes: number) => `${Math.ceil((bytes / (1024 * 1024)) * 10) / 10} MB`;
  return `file is ${megabytes(size)}, over the ${megabytes(MAX_FILE_BYTES)} limit`;
}

/** Decodes UTF-8 (BOM optional) or UTF-16 with a BOM; normalises line endings to \n. */
export function decodeText(bytes: Uint8Array): DecodeResult {
  if (bytes.length > MAX_FILE_BYTES) return { ok: false, reason: tooLargeReason(bytes.length) };
  if (startsWith(bytes, UTF16LE_BOM)) return decodeUtf16(bytes.subarray(2), 'utf-16le');
  if (startsWith(bytes, UTF16BE_BOM)) return decodeUtf16(bytes.subarray(2), 'utf-16be');
  const body = startsWith(bytes, UTF8_BOM) ? bytes.subarray(3) : bytes;
  const nul = body.indexOf(0);
  if (nul !== -1) {
    return { ok: false, reason: `binary data, not text (NUL byte at offset ${nul}; UTF-16 needs a byte-order mark)` };
  }
  const invalid = firstInvalidUtf8Offset(body);
  if (invalid !== -1) {
    const offset = invalid + (bytes.length - body.length);
    const byte = bytes[offset].toString(16).toUpperCase().padStart(2, '0');
    return { ok: false, reason: `not UTF-8 text (invalid byte 0x${byte} at offset ${offset})` };
  }
  return checkText(new TextDecoder('utf-8').decode(body));
}

function decodeUtf16(body: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): DecodeResult {
  const label = encoding === 'utf-16le' ? 'UTF-16 LE' : 'UTF-16 BE';
  let text: string;
  try {
    text = new TextDecoder(encoding, { fatal: true }).decode(body);
  } catch {
    return { ok: false, reason: `has a ${label} byte-order mark but is not valid ${label} text` };
  }
  const nul = text.indexOf('\0');
  if (nul !== -1) return { ok: false, reason: `binary data, not text (NUL character at position ${nul})` };
  return checkText(text);
}

function checkText(decoded: string): DecodeResult {
  if (decoded.length === 0) return { ok: false, reason: 'file is empty' };
  if (decoded.trim().length === 0) return { ok: false, reason: 'file holds only whitespace' };
  return { ok: true, text: normaliseLineEndings(decoded) };
}

export function normaliseLineEndings(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((byte, i) => bytes[i] === byte);
}

/**
 * Offset of the first byte that starts an ill-formed UTF-8 sequence, or -1 when all is well-formed.
 * TextDecoder's fatal mode says only that decoding failed; the offset makes the warning actionable.
 * Follows Unicode Table 3-7: no overlong forms, no surrogates, nothing above U+10FFFF.
 */
export function firstInvalidUtf8Offset(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i];
    if (lead < 0x80) {
      i += 1;
      continue;
    }
    let length: number;
    let secondMin = 0x80;
    let secondMax = 0xbf;
    if (lead >= 0xc2 && lead <= 0xdf) length = 2;
    else if (lead >= 0xe0 && lead <= 0xef) {
      length = 3;
      if (lead === 0xe0) secondMin = 0xa0;
      if (lead === 0xed) secondMax = 0x9f;
    } else if (lead >= 0xf0 && lead <= 0xf4) {
      length = 4;
      if (lead === 0xf0) secondMin = 0x90;
      if (lead === 0xf4) secondMax = 0x8f;
    } else return i;
    if (i + length > bytes.length) return i;
    if (bytes[i + 1] < secondMin || bytes[i + 1] > secondMax) return i;
    for (let k = 2; k < length; k++) if (bytes[i + k] < 0x80 || bytes[i + k] > 0xbf) return i;
    i += length;
  }
  return -1;
}
