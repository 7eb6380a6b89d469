/**
 * One copy of each string, and of each repeated value, in the findings the main thread collects,
 * every record rebuilt compactly. A worker's findings arrive by structured cloning, which copies
 * every string on its own: each evidence names its document, each entity key reappears in the events
 * that cite it, one quote backs several events and role claims, and the same trigger words, statuses
 * and date reasons repeat across thousands of events. At 1k synthetic articles the findings hold 520k
 * strings of which 84k differ: sharing them keeps the main thread's memory growing with what is
 * distinct rather than with every batch.
 *
 * The records themselves are rebuilt as object literals: a cloned object keeps four fields in place
 * and the rest in an array of their own, 30 bytes more per entity and per evidence (the findings of
 * 10,000 articles held 52 MB of such arrays). Values the refiners only read are shared too: empty
 * lists, an entity's list of name forms, an event's date derivation.
 *
 * Strings that belong to one batch (document ids, entity keys, quotes) are shared within the batch
 * only: a table of every one of them seen would outlive the entities and keep what they name alive
 * (at 10k articles, the entity keys and the table's own entries were about 25 MB).
 */
import type { DateDerivation, Document, Evidence } from '../schema';
import type { DocEntity, DraftEvent } from '../pipeline/types';
import type { BatchResult } from './batch-job';

export class StringPool {
  private readonly strings = new Map<string, string>();
  private readonly formLists = new Map<string, string[]>();
  private readonly derivations = new Map<string, DateDerivation>();
  /** The strings of the batch being shared. */
  private batchStrings = new Map<string, string>();

  share<Text extends string | null>(text: Text): Text {
    return shareIn(this.strings, text);
  }

  private shareInBatch<Text extends string | null>(text: Text): Text {
    return shareIn(this.batchStrings, text);
  }

  /** Replaces every string of a batch's findings with the pool's copy and every record with a compact one. */
  shareFindings(result: BatchResult): BatchResult {
    this.batchStrings = new Map();
    for (const document of result.storedDocuments) this.shareDocument(document);
    for (const key of result.bodyKeys) key.documentId = this.shareInBatch(key.documentId);
    result.entities = result.entities.map((entity) => this.entity(entity));
    result.events = result.events.map((event) => this.event(event));
    this.batchStrings = new Map();
    return result;
  }

  private shareDocument(document: Document): void {
    document.id = this.shareInBatch(document.id);
    document.outlet = this.share(document.outlet);
    document.date = this.share(document.date);
    document.dateSource = this.share(document.dateSource);
    document.referenceDate = this.share(document.referenceDate);
    document.referenceDateSource = this.share(document.referenceDateSource);
    document.duplicateOf = this.shareInBatch(document.duplicateOf);
    document.textShard = this.share(document.textShard);
  }

  private entity(entity: DocEntity): DocEntity {
    return {
      key: this.shareInBatch(entity.key),
      documentId: this.shareInBatch(entity.documentId),
      kind: this.share(entity.kind),
      name: this.share(entity.name),
      forms: this.formList(entity.forms),
      country: this.share(entity.country),
      roles: entity.roles.length === 0 ? NONE : entity.roles.map((claim) => ({ role: this.share(claim.role), country: this.share(claim.country), evidence: this.evidence(claim.evidence) })),
      knownId: this.share(entity.knownId),
    };
  }

  private event(event: DraftEvent): DraftEvent {
    return {
      type: this.share(event.type),
      documentId: this.shareInBatch(event.documentId),
      status: this.share(event.status),
      trigger: this.share(event.trigger),
      evidence: event.evidence.map((evidence) => this.evidence(evidence)),
      anchor: event.anchor,
      participants: this.keys(event.participants),
      speaker: this.shareInBatch(event.speaker),
      targets: this.keys(event.targets),
      place: this.share(event.place),
      mode: this.share(event.mode),
      kind: this.share(event.kind),
      date: this.share(event.date),
      datePrecision: this.share(event.datePrecision),
      dateDerivation: this.derivation(event.dateDerivation),
      quoteKey: event.quoteKey,
    };
  }

  /** Keys in the dataset's order: evidence is written as it is. */
  private evidence(evidence: Evidence): Evidence {
    return { documentId: this.shareInBatch(evidence.documentId), start: evidence.start, end: evidence.end, quote: this.shareInBatch(evidence.quote), fromCaption: evidence.fromCaption };
  }

  private derivation(derivation: DateDerivation): DateDerivation {
    const key = JSON.stringify([derivation.method, derivation.text, derivation.reason]);
    let known = this.derivations.get(key);
    if (known === undefined) {
      known = { method: this.share(derivation.method), text: this.share(derivation.text), reason: this.share(derivation.reason) };
      this.derivations.set(key, known);
    }
    return known;
  }

  private formList(forms: string[]): string[] {
    const key = forms.join('\u0000');
    let known = this.formLists.get(key);
    if (known === undefined) {
      known = this.list(forms);
      this.formLists.set(key, known);
    }
    return known;
  }

  private list(items: string[]): string[] {
    return items.length === 0 ? NONE : items.map((item) => this.share(item));
  }

  /** Entity keys: they name entities of this batch only. */
  private keys(items: string[]): string[] {
    return items.length === 0 ? NONE : items.map((item) => this.shareInBatch(item));
  }
}

function shareIn<Text extends string | null>(strings: Map<string, string>, text: Text): Text {
  if (text === null) return text;
  const known = strings.get(text);
  if (known !== undefined) return known as Text;
  strings.set(text, text);
  return text;
}

/**
 * The one empty list of every record: no refiner adds to a list it was given (each builds new ones),
 * and 400k empty lists took 13 MB at 10,000 articles.
 */
const NONE: never[] = [];
