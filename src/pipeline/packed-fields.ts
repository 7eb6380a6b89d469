/**
 * Records packed as a table of their distinct strings and one array of integers holding every field
 * in turn: how a worker thread sends a batch's findings (src/cli/shared-strings.ts), and how the
 * draft events wait for the refiners (`PackedEvents`). Far smaller than the records as objects, and
 * the integers live outside the garbage-collected heap.
 */

export interface PackedFields {
  /** The distinct strings. */
  strings: string[];
  /**
   * Every record, field by field: a string as its index in `strings` plus one (0 for null), a
   * number as itself (offsets and indexes: whole and below 2^31), a boolean as 0 or 1, a list as
   * its length and then its items.
   */
  fields: Int32Array<ArrayBuffer>;
}

export class FieldWriter {
  private readonly strings: string[] = [];
  private readonly indexOf = new Map<string, number>();
  private fields = new Int32Array(16_384);
  private length = 0;

  number(value: number): void {
    if (this.length === this.fields.length) {
      const grown = new Int32Array(this.fields.length * 2);
      grown.set(this.fields);
      this.fields = grown;
    }
    this.fields[this.length++] = value;
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

  /** What was written, its integers in an array of their exact length. */
  finish(): PackedFields {
    return { strings: this.strings, fields: this.fields.slice(0, this.length) };
  }
}

export class FieldReader {
  protected position = 0;

  constructor(protected readonly packed: PackedFields) {}

  number(): number {
    return this.packed.fields[this.position++];
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
    if (this.position !== this.packed.fields.length) throw new Error(`packed fields: ${this.packed.fields.length - this.position} fields left unread`);
  }

  protected present<Text extends string>(text: Text | null): Text {
    if (text === null) throw new Error(`packed fields: a string expected at field ${this.position - 1}, null found`);
    return text;
  }
}

/**
 * The one empty list of every record read: no refiner adds to a list it was given (each builds new
 * ones), and 400k empty lists took 13 MB at 10,000 articles.
 */
export const NONE: never[] = [];
