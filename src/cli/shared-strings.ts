/**
 * A batch's findings as a worker sends them, and one copy of each string, and of each repeated value,
 * in the findings the main thread collects.
 *
 * Structured cloning copies every string and every object on its own: each evidence names its
 * document, each entity key reappears in the events that cite it, and the same trigger words,
 * statuses and date reasons repeat across thousands of events (at 1k synthetic articles the findings
 * held 520k strings of which 84k differed), and every cloned record was garbage once rebuilt. So a
 * worker sends a batch as a table of its distinct strings and one array of integers holding every
 * record field by field (`encodeFindings`): the main thread receives each distinct string once per
 * batch, no cloned record at all, and builds each record once, compactly (`StringPool.decodeFindings`).
 *
 * The records are built as object literals: a cloned object kept four fields in place and the rest
 * in an array of their own, 30 bytes more per entity and per evidence (the findings of 10,000
 * articles held 52 MB of such arrays). Values the refiners only read are shared too: empty lists, an
 * entity's list of name forms, an event's date derivation, and strings that recur across batches
 * (names, roles, countries, triggers) through the pool. Strings that belong to one batch (document
 * ids, entity keys, quotes) are not pooled: a table of every one of them seen would outlive the
 * entities and keep what they name alive (at 10k articles, the entity keys and the table's own
 * entries were about 25 MB); the batch's table already holds each of them once.
 */
import type { ActorKind, DateDerivation, DatePrecision, DateSource, Document, EventStatus, Evidence, MeetingMode, StatementKind, Warning } from '../schema';
import type { BodyKey, DocEntity, DraftEvent } from '../pipeline/types';
import type { BatchResult } from './batch-job';

/** A batch's findings for `postMessage`: `fields` can be transferred rather than copied. */
export interface EncodedFindings {
  /** The batch's distinct strings. */
  strings: string[];
  /**
   * Every record, field by field: a string as its index in `strings` plus one (0 for null), a
   * number as itself (offsets and indexes: whole and below 2^31), a boolean as 0 or 1, a list as
   * its length and then its items.
   */
  fields: Int32Array<ArrayBuffer>;
}

export function encodeFindings(result: BatchResult): EncodedFindings {
  const out = new FieldWriter();
  out.list(result.storedDocuments, (document) => {
    out.text(document.id);
    out.text(document.path);
    out.number(document.articleIndex);
    out.text(document.title);
    out.text(document.outlet);
    out.text(document.url);
    out.text(document.date);
    out.text(document.dateSource);
    out.text(document.referenceDate);
    out.text(document.referenceDateSource);
    out.text(document.duplicateOf);
    out.text(document.textShard);
    out.number(document.textLength);
  });
  out.list(result.bodyKeys, (key) => {
    out.text(key.documentId);
    out.text(key.key);
  });
  const evidence = (item: Evidence) => {
    out.text(item.documentId);
    out.number(item.start);
    out.number(item.end);
    out.text(item.quote);
    out.flag(item.fromCaption);
  };
  const texts = (items: readonly string[]) => out.list(items, (item) => out.text(item));
  out.list(result.entities, (entity) => {
    out.text(entity.key);
    out.text(entity.documentId);
    out.text(entity.kind);
    out.text(entity.name);
    texts(entity.forms);
    out.text(entity.country);
    out.list(entity.roles, (claim) => {
      out.text(claim.role);
      out.text(claim.country);
      evidence(claim.evidence);
    });
    out.text(entity.knownId);
  });
  out.list(result.events, (event) => {
    out.text(event.type);
    out.text(event.documentId);
    out.text(event.status);
    out.text(event.trigger);
    out.list(event.evidence, evidence);
    out.number(event.anchor);
    texts(event.participants);
    out.text(event.speaker);
    texts(event.targets);
    out.text(event.place);
    out.text(event.mode);
    out.text(event.kind);
    out.text(event.date);
    out.text(event.datePrecision);
    out.text(event.dateDerivation.method);
    out.text(event.dateDerivation.text);
    out.text(event.dateDerivation.reason);
    out.text(event.quoteKey);
  });
  out.list(result.warnings, (warning) => {
    out.text(warning.file);
    out.text(warning.reason);
  });
  return out.finish();
}

export class StringPool {
  private readonly strings = new Map<string, string>();
  private readonly formLists = new Map<string, string[]>();
  /** By method, text and reason: each is a pooled string, so each lookup hashes nothing new (a joined key was built and hashed per event). */
  private readonly derivations = new Map<string, Map<string | null, Map<string, DateDerivation>>>();

  share<Text extends string | null>(text: Text): Text {
    if (text === null) return text;
    const known = this.strings.get(text);
    if (known !== undefined) return known as Text;
    this.strings.set(text, text);
    return text;
  }

  /** The findings `encodeFindings` gave, each record built once and compactly, in the order the worker wrote it. */
  decodeFindings(encoded: EncodedFindings): BatchResult {
    const read = new FieldReader(encoded, this);
    // Keys in the schema's order: documents are written as they are.
    const storedDocuments = read.list(
      (): Document => ({
        id: read.text(),
        path: read.text(),
        articleIndex: read.number(),
        title: read.maybeText(),
        outlet: read.pooledMaybeText(),
        url: read.maybeText(),
        date: read.pooledMaybeText(),
        dateSource: read.pooledMaybeText<DateSource>(),
        referenceDate: read.pooledMaybeText(),
        referenceDateSource: read.pooledMaybeText<DateSource>(),
        duplicateOf: read.maybeText(),
        textShard: read.pooledText(),
        textLength: read.number(),
      }),
    );
    const bodyKeys = read.list((): BodyKey => ({ documentId: read.text(), key: read.text() }));
    // Keys in the dataset's order: evidence is written as it is.
    const evidence = (): Evidence => ({ documentId: read.text(), start: read.number(), end: read.number(), quote: read.text(), fromCaption: read.flag() });
    const entities = read.list(
      (): DocEntity => ({
        key: read.text(),
        documentId: read.text(),
        kind: read.pooledText<ActorKind>(),
        name: read.pooledText(),
        forms: this.formList(read.list(() => read.pooledText())),
        country: read.pooledMaybeText(),
        roles: read.list(() => ({ role: read.pooledText(), country: read.pooledMaybeText(), evidence: evidence() })),
        knownId: read.pooledMaybeText(),
      }),
    );
    const events = read.list(
      (): DraftEvent => ({
        type: read.pooledText<DraftEvent['type']>(),
        documentId: read.text(),
        status: read.pooledText<EventStatus>(),
        trigger: read.pooledText(),
        evidence: read.list(evidence),
        anchor: read.number(),
        participants: read.list(() => read.text()),
        speaker: read.maybeText(),
        targets: read.list(() => read.text()),
        place: read.pooledMaybeText(),
        mode: read.pooledText<MeetingMode>(),
        kind: read.pooledText<StatementKind>(),
        date: read.pooledMaybeText(),
        datePrecision: read.pooledMaybeText<DatePrecision>(),
        dateDerivation: this.derivation(read.pooledText<DateDerivation['method']>(), read.pooledMaybeText(), read.pooledText()),
        quoteKey: read.maybeText(),
      }),
    );
    const warnings = read.list((): Warning => ({ file: read.text(), reason: read.text() }));
    read.finish();
    return { storedDocuments, bodyKeys, entities, events, warnings };
  }

  private derivation(method: DateDerivation['method'], text: string | null, reason: string): DateDerivation {
    let byText = this.derivations.get(method);
    if (byText === undefined) this.derivations.set(method, (byText = new Map()));
    let byReason = byText.get(text);
    if (byReason === undefined) byText.set(text, (byReason = new Map()));
    let known = byReason.get(reason);
    if (known === undefined) byReason.set(reason, (known = { method, text, reason }));
    return known;
  }

  private formList(forms: string[]): string[] {
    if (forms.length === 0) return NONE;
    const key = forms.join('\u0000');
    let known = this.formLists.get(key);
    if (known === undefined) {
      known = forms;
      this.formLists.set(key, known);
    }
    return known;
  }
}

class FieldWriter {
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

  finish(): EncodedFindings {
    return { strings: this.strings, fields: this.fields.slice(0, this.length) };
  }
}

class FieldReader {
  private position = 0;
  /** The pool's copy of each string of the batch's table, once looked up. */
  private readonly pooled: (string | undefined)[];

  constructor(
    private readonly encoded: EncodedFindings,
    private readonly pool: StringPool,
  ) {
    this.pooled = new Array<string | undefined>(encoded.strings.length);
  }

  number(): number {
    return this.encoded.fields[this.position++];
  }

  flag(): boolean {
    return this.number() === 1;
  }

  /** A string of this batch only, as the table holds it. */
  text(): string {
    const text = this.maybeText();
    if (text === null) throw new Error(`findings: a string expected at field ${this.position - 1}, null found`);
    return text;
  }

  maybeText(): string | null {
    const index = this.number();
    return index === 0 ? null : this.encoded.strings[index - 1];
  }

  /** A string that recurs across batches: the pool's copy. */
  pooledText<Text extends string = string>(): Text {
    const text = this.pooledMaybeText<Text>();
    if (text === null) throw new Error(`findings: a string expected at field ${this.position - 1}, null found`);
    return text;
  }

  pooledMaybeText<Text extends string = string>(): Text | null {
    const index = this.number();
    if (index === 0) return null;
    return (this.pooled[index - 1] ??= this.pool.share(this.encoded.strings[index - 1])) as Text;
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
    if (this.position !== this.encoded.fields.length) throw new Error(`findings: ${this.encoded.fields.length - this.position} fields left unread`);
  }
}

/**
 * The one empty list of every record: no refiner adds to a list it was given (each builds new ones),
 * and 400k empty lists took 13 MB at 10,000 articles.
 */
const NONE: never[] = [];
