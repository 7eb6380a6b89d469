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

  add(events: readonly DraftEvent[]): void {
    const out = new FieldWriter();
    out.list(events, (event) => writeDraftEvent(out, event));
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

export function writeDraftEvent(out: FieldWriter, event: DraftEvent): void {
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
  out.text(event.dateDerivation.method);
  out.text(event.dateDerivation.text);
  out.text(event.dateDerivation.reason);
  out.text(event.quoteKey);
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
    quoteKey: read.maybeText(),
  };
}

function readDateDerivation(read: FieldReader, derivations: Derivations | undefined): DateDerivation {
  const method = read.sharedText<DateDerivation['method']>();
  const text = read.sharedMaybeText();
  const reason = read.sharedText();
  return derivations ? derivations.share(method, text, reason) : { method, text, reason };
}

/** One copy of each date derivation: the refiners only read them, and thousands of events share each. */
export class Derivations {
  /** By method, text and reason: each is a pooled string, so each lookup hashes nothing new (a joined key was built and hashed per event). */
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
