import { describe, expect, it } from 'vitest';
import { FieldReader, FieldWriter } from './packed-fields';

const written = (write: (out: FieldWriter) => void) => {
  const out = new FieldWriter();
  write(out);
  return out.finish();
};

describe('packed fields as variable-length integers', () => {
  it.each<[value: number, bytes: number]>([
    [0, 1],
    [127, 1],
    [128, 2],
    [16_383, 2],
    [16_384, 3],
    [2 ** 31 - 1, 5],
    // A 32-bit pattern comes back as a signed integer.
    [-1, 5],
    [-(2 ** 31), 5],
  ])('%i in %i bytes', (value, bytes) => {
    const packed = written((out) => out.number(value));
    expect(packed.fields.length).toBe(bytes);
    const read = new FieldReader(packed);
    expect(read.number()).toBe(value);
    read.finish();
  });

  it('reads back every field in order, past the first room', () => {
    const values = Array.from({ length: 40_000 }, (_, i) => (i * 2_654_435_761) | 0);
    const packed = written((out) => {
      out.list(values, (value) => out.number(value));
      out.text('Accra');
      out.text(null);
      out.flag(true);
      out.text('Accra');
    });
    expect(packed.strings).toEqual(['Accra']);
    const read = new FieldReader(packed);
    expect(read.list(() => read.number())).toEqual(values);
    expect([read.text(), read.maybeText(), read.flag(), read.text()]).toEqual(['Accra', null, true, 'Accra']);
    read.finish();
  });

  it('tells when bytes are left unread', () => {
    const read = new FieldReader(written((out) => [1, 300].forEach((value) => out.number(value))));
    read.number();
    expect(() => read.finish()).toThrow('2 bytes left unread');
  });
});
