/**
 * The draft events found so far, packed batch by batch (`PackedFields`) until the refiners need them
 * as records. While the CLI's workers read the corpus, its main thread held them as objects: at
 * 10,000 articles 199k drafts with their evidence and lists, about 60 MB of the 109 MB it held.
 */
import type { DateDerivation, Evidence } from '../schema';
import { FieldReader, FieldWriter, type PackedFields } from './packed-fields';
import type { DraftEvent } from './types';

export class PackedEvents {
  private batches: PackedFields[] = [];
  /**
   * One copy of each piece of a date's reason across batches: a piece is cut from its reason, whose
   * whole string it keeps alive, so each batch's own copy would keep most reasons alive again.
   */
  private readonly reasonPieces = new Map<string, string>();

  add(events: readonly DraftEvent[]): void {
    const out = new FieldWriter();
    const share = (piece: string) => {
      const known = this.reasonPieces.get(piece);
      if (known !== undefined) return known;
      this.reasonPieces.set(piece, piece);
      return piece;
    };
    out.list(events, (event) => writeDraftEvent(out, event, share));
    this.batches.push(out.finish());
  }

  /** Every event added, in order, as records; the packed batches are let go as they are read. */
  unpack(): DraftEvent[] {
    const derivations = new Derivations();
    const events: DraftEvent[] = [];
    for (let batch = this.batches.shift(); batch !== undefined; batch = this.batches.shift()) {
      const read = new FieldReader(batch);
      for (const event of read.list(() => readDraftEvent(read, derivations))) events.push(event);
      read.finish();
    }
    return events;
  }
}

export function writeEvidence(out: FieldWriter, item: Evidence): void {
  out.text(item.documentId);
  out.number(item.start);
  out.number(item.end);
  out.text(item.quote);
  out.flag(item.fromCaption);
}

/** Keys in the dataset's order: evidence is written as it is. */
export function readEvidence(read: FieldReader): Evidence {
  return { documentId: read.text(), start: read.number(), end: read.number(), quote: read.text(), fromCaption: read.flag() };
}

/** `sharePiece`: the one copy kept of each piece of a date's reason (`writeDateDerivation`). */
export function writeDraftEvent(out: FieldWriter, event: DraftEvent, sharePiece: (piece: string) => string = (piece) => piece): void {
  out.text(event.type);
  out.text(event.documentId);
  out.text(event.status);
  out.text(event.trigger);
  out.list(event.evidence, (item) => writeEvidence(out, item));
  out.number(event.anchor);
  out.list(event.participants, (key) => out.text(key));
  out.text(event.speaker);
  out.list(event.targets, (key) => out.text(key));
  out.text(event.place);
  out.text(event.mode);
  out.text(event.kind);
  out.text(event.date);
  out.text(event.datePrecision);
  writeDateDerivation(out, event.dateDerivation, sharePiece);
  writeQuoteKey(out, event.quoteKey);
}

/** With `derivations`, each date derivation is their one copy of it; without, a record of its own. */
export function readDraftEvent(read: FieldReader, derivations?: Derivations): DraftEvent {
  return {
    type: read.sharedText<DraftEvent['type']>(),
    documentId: read.text(),
    status: read.sharedText<DraftEvent['status']>(),
    trigger: read.sharedText(),
    evidence: read.list(() => readEvidence(read)),
    anchor: read.number(),
    participants: read.list(() => read.text()),
    speaker: read.maybeText(),
    targets: read.list(() => read.text()),
    place: read.sharedMaybeText(),
    mode: read.sharedText<DraftEvent['mode']>(),
    kind: read.sharedText<DraftEvent['kind']>(),
    date: read.sharedMaybeText(),
    datePrecision: read.sharedMaybeText<NonNullable<DraftEvent['datePrecision']>>(),
    dateDerivation: readDateDerivation(read, derivations),
    quoteKey: readQuoteKey(read),
  };
}

/**
 * A date's reason mostly quotes the date's text ('"on Tuesday" read against the publication date
 * (2024-03-19)'), and so was a string of its own for nearly every phrase and day: at 10,000 articles
 * 26,600 of them (2.8 MB) while the workers read. Written as what comes before and after the text's
 * first occurrence, pieces that recur across many events ('"', 'stated: "'), and joined when read.
 */
function writeDateDerivation(out: FieldWriter, { method, text, reason }: DateDerivation, sharePiece: (piece: string) => string): void {
  out.text(method);
  out.text(text);
  const at = text === null ? -1 : reason.indexOf(text);
  if (at < 0) {
    out.text(reason);
    out.text(null);
  } else {
    out.text(sharePiece(reason.slice(0, at)));
    out.text(sharePiece(reason.slice(at + text!.length)));
  }
}

function readDateDerivation(read: FieldReader, derivations: Derivations | undefined): DateDerivation {
  const method = read.sharedText<DateDerivation['method']>();
  const text = read.sharedMaybeText();
  const before = read.sharedText();
  const after = read.sharedMaybeText();
  const reason = after === null ? before : `${before}${text}${after}`;
  return derivations ? derivations.share(method, text, reason) : { method, text, reason };
}

/**
 * A statement's quote key (`foldedTextKey`: a length, a colon and 16 hex digits) as three numbers: as
 * strings, one per statement, they were 130k strings of 5 MB at 10,000 articles while the workers
 * read. Any other key is written as a string after a 0.
 */
const LENGTH_AND_HASH = /^([1-9]\d{0,8}):([0-9a-f]{8})([0-9a-f]{8})$/;

function writeQuoteKey(out: FieldWriter, key: string | null): void {
  const parts = key === null ? null : LENGTH_AND_HASH.exec(key);
  if (parts === null) {
    out.number(0);
    out.text(key);
    return;
  }
  out.number(Number(parts[1]));
  out.number(Number.parseInt(parts[2], 16) | 0);
  out.number(Number.parseInt(parts[3], 16) | 0);
}

function readQuoteKey(read: FieldReader): string | null {
  const length = read.number();
  if (length === 0) return read.maybeText();
  return `${length}:${hex8(read.number())}${hex8(read.number())}`;
}

const hex8 = (value: number) => (value >>> 0).toString(16).padStart(8, '0');

/** One copy of each date derivation: the refiners only read them, and thousands of events share each. */
export class Derivations {
  /** By method, text and reason (nested maps: a joined key was built and hashed per event). */
  private readonly known = new Map<string, Map<string | null, Map<string, DateDerivation>>>();

  share(method: DateDerivation['method'], text: string | null, reason: string): DateDerivation {
    let byText = this.known.get(method);
    if (byText === undefined) this.known.set(method, (byText = new Map()));
    let byReason = byText.get(text);
    if (byReason === undefined) byText.set(text, (byReason = new Map()));
    let known = byReason.get(reason);
    if (known === undefined) byReason.set(reason, (known = { method, text, reason }));
    return known;
  }
}
