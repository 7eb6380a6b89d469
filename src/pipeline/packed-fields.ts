/**
 * Records packed as a table of their distinct strings and one array of bytes holding every field
 * in turn: how a worker thread sends a batch's findings (src/cli/shared-strings.ts), and how the
 * draft events wait for the refiners (`PackedEvents`). Far smaller than the records as objects, and
 * the bytes live outside the garbage-collected heap.
 */

export interface PackedFields {
  /** The distinct strings. */
  strings: string[];
  /**
   * Every record, field by field: a string as its index in `strings` plus one (0 for null), a
   * number as itself (offsets and indexes: whole and below 2^31, or a 32-bit pattern read back as a
   * signed integer), a boolean as 0 or 1, a list as its length and then its items. Each field is a
   * variable-length integer, 7 bits a byte, the last byte's high bit clear: most fields are below 128
   * and take one byte. As 4-byte integers, the draft events of 10,000 articles took 18.6 MB of the
   * main thread's memory while the workers read (PERFORMANCE.md, session 32).
   */
  fields: Uint8Array<ArrayBuffer>;
}

export class FieldWriter {
  private readonly strings: string[] = [];
  private readonly indexOf = new Map<string, number>();
  private fields = new Uint8Array(65_536);
  private length = 0;

  number(value: number): void {
    // Five bytes at most: 32 bits, 7 a byte.
    if (this.length + 5 > this.fields.length) {
      const grown = new Uint8Array(this.fields.length * 2);
      grown.set(this.fields);
      this.fields = grown;
    }
    let rest = value >>> 0;
    while (rest >= 0x80) {
      this.fields[this.length++] = (rest & 0x7f) | 0x80;
      rest >>>= 7;
    }
    this.fields[this.length++] = rest;
  }

  flag(value: boolean): void {
    this.number(value ? 1 : 0);
  }

  text(value: string | null): void {
    if (value === null) return this.number(0);
    let index = this.indexOf.get(value);
    if (index === undefined) {
      index = this.strings.push(value);
      this.indexOf.set(value, index);
    }
    this.number(index);
  }

  list<Item>(items: readonly Item[], write: (item: Item) => void): void {
    this.number(items.length);
    for (const item of items) write(item);
  }

  /** What was written, its bytes in an array of their exact length. */
  finish(): PackedFields {
    return { strings: this.strings, fields: this.fields.slice(0, this.length) };
  }
}

export class FieldReader {
  protected position = 0;

  constructor(protected readonly packed: PackedFields) {}

  number(): number {
    const { fields } = this.packed;
    let byte = fields[this.position++];
    if (byte < 0x80) return byte;
    let value = byte & 0x7f;
    for (let shift = 7; byte >= 0x80; shift += 7) {
      byte = fields[this.position++];
      value |= (byte & 0x7f) << shift;
    }
    return value | 0;
  }

  flag(): boolean {
    return this.number() === 1;
  }

  text(): string {
    return this.present(this.maybeText());
  }

  maybeText(): string | null {
    const index = this.number();
    return index === 0 ? null : this.packed.strings[index - 1];
  }

  /** A string that recurs across records, which a reader may give as one shared copy. */
  sharedText<Text extends string = string>(): Text {
    return this.present(this.sharedMaybeText<Text>());
  }

  sharedMaybeText<Text extends string = string>(): Text | null {
    return this.maybeText() as Text | null;
  }

  list<Item>(read: () => Item): Item[] {
    const length = this.number();
    if (length === 0) return NONE;
    // Sized at once, as `map` sizes its list: pushed, a list may keep spare room.
    const items = new Array<Item>(length);
    for (let i = 0; i < length; i++) items[i] = read();
    return items;
  }

  finish(): void {
    if (this.position !== this.packed.fields.length) throw new Error(`packed fields: ${this.packed.fields.length - this.position} bytes left unread`);
  }

  protected present<Text extends string>(text: Text | null): Text {
    if (text === null) throw new Error(`packed fields: a string expected at byte ${this.position - 1}, null found`);
    return text;
  }
}

/**
 * The one empty list of every record read: no refiner adds to a list it was given (each builds new
 * ones), and 400k empty lists took 13 MB at 10,000 articles.
 */
export const NONE: never[] = [];
