/**
 * One copy of each string in the findings the main thread collects. A worker's findings arrive by
 * structured cloning, which copies every string on its own: each evidence names its document, each
 * entity key reappears in the events that cite it, one quote backs several events and role claims,
 * and the same trigger words, statuses and date reasons repeat across thousands of events. At 1k
 * synthetic articles the findings hold 520k strings of which 84k differ: sharing them keeps the main
 * thread's memory growing with what is distinct rather than with every batch.
 */
import type { Document, Evidence } from '../schema';
import type { DocEntity, DraftEvent } from '../pipeline/types';
import type { BatchResult } from './batch-job';

export class StringPool {
  private readonly strings = new Map<string, string>();

  share<Text extends string | null>(text: Text): Text {
    if (text === null) return text;
    const known = this.strings.get(text);
    if (known !== undefined) return known as Text;
    this.strings.set(text, text);
    return text;
  }

  /** Replaces, in place, every string of a batch's findings with the pool's copy. */
  shareFindings(result: BatchResult): BatchResult {
    for (const document of result.storedDocuments) this.shareDocument(document);
    for (const key of result.bodyKeys) key.documentId = this.share(key.documentId);
    for (const entity of result.entities) this.shareEntity(entity);
    for (const event of result.events) this.shareEvent(event);
    return result;
  }

  private shareDocument(document: Document): void {
    document.id = this.share(document.id);
    document.outlet = this.share(document.outlet);
    document.date = this.share(document.date);
    document.dateSource = this.share(document.dateSource);
    document.referenceDate = this.share(document.referenceDate);
    document.referenceDateSource = this.share(document.referenceDateSource);
    document.duplicateOf = this.share(document.duplicateOf);
    document.textShard = this.share(document.textShard);
  }

  private shareEntity(entity: DocEntity): void {
    entity.key = this.share(entity.key);
    entity.documentId = this.share(entity.documentId);
    entity.kind = this.share(entity.kind);
    entity.name = this.share(entity.name);
    this.shareAll(entity.forms);
    entity.country = this.share(entity.country);
    entity.knownId = this.share(entity.knownId);
    for (const claim of entity.roles) {
      claim.role = this.share(claim.role);
      claim.country = this.share(claim.country);
      this.shareEvidence(claim.evidence);
    }
  }

  private shareEvent(event: DraftEvent): void {
    event.type = this.share(event.type);
    event.documentId = this.share(event.documentId);
    event.status = this.share(event.status);
    event.trigger = this.share(event.trigger);
    for (const evidence of event.evidence) this.shareEvidence(evidence);
    this.shareAll(event.participants);
    event.speaker = this.share(event.speaker);
    this.shareAll(event.targets);
    event.place = this.share(event.place);
    event.mode = this.share(event.mode);
    event.kind = this.share(event.kind);
    event.date = this.share(event.date);
    event.datePrecision = this.share(event.datePrecision);
    const derivation = event.dateDerivation;
    derivation.method = this.share(derivation.method);
    derivation.text = this.share(derivation.text);
    derivation.reason = this.share(derivation.reason);
  }

  private shareEvidence(evidence: Evidence): void {
    evidence.documentId = this.share(evidence.documentId);
    evidence.quote = this.share(evidence.quote);
  }

  private shareAll(list: string[]): void {
    for (let index = 0; index < list.length; index++) list[index] = this.share(list[index]);
  }
}
