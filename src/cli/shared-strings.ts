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
 * entity's list of name forms, and strings that recur across batches (names, roles, countries,
 * triggers) through the pool. Strings that belong to one batch (document ids, entity keys, quotes)
 * are not pooled: a table of every one of them seen would outlive the entities and keep what they
 * name alive (at 10k articles, the entity keys and the table's own entries were about 25 MB); the
 * batch's table already holds each of them once. Events' date derivations are shared only when
 * `PackedEvents` unpacks them: the drafts decoded here live only until their batch is packed.
 */
import type { ActorKind, DateSource, Document, Warning } from '../schema';
import type { BodyKey, DocEntity } from '../pipeline/types';
import { readDraftEvent, readEvidence, writeDraftEvent, writeEvidence } from '../pipeline/packed-events';
import { FieldReader, FieldWriter, NONE, type PackedFields } from '../pipeline/packed-fields';
import type { BatchResult } from './batch-job';

/** A batch's findings for `postMessage`: `fields` can be transferred rather than copied. */
export type EncodedFindings = PackedFields;

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
      writeEvidence(out, claim.evidence);
    });
    out.text(entity.knownId);
  });
  out.list(result.events, (event) => writeDraftEvent(out, event));
  out.list(result.warnings, (warning) => {
    out.text(warning.file);
    out.text(warning.reason);
  });
  return out.finish();
}

export class StringPool {
  private readonly strings = new Map<string, string>();
  private readonly formLists = new Map<string, string[]>();

  share<Text extends string | null>(text: Text): Text {
    if (text === null) return text;
    const known = this.strings.get(text);
    if (known !== undefined) return known as Text;
    this.strings.set(text, text);
    return text;
  }

  /** The findings `encodeFindings` gave, each record built once and compactly, in the order the worker wrote it. */
  decodeFindings(encoded: EncodedFindings): BatchResult {
    const read = new PoolingFieldReader(encoded, this);
    // Keys in the schema's order: documents are written as they are.
    const storedDocuments = read.list(
      (): Document => ({
        id: read.text(),
        path: read.text(),
        articleIndex: read.number(),
        title: read.maybeText(),
        outlet: read.sharedMaybeText(),
        url: read.maybeText(),
        date: read.sharedMaybeText(),
        dateSource: read.sharedMaybeText<DateSource>(),
        referenceDate: read.sharedMaybeText(),
        referenceDateSource: read.sharedMaybeText<DateSource>(),
        duplicateOf: read.maybeText(),
        textShard: read.sharedText(),
        textLength: read.number(),
      }),
    );
    const bodyKeys = read.list((): BodyKey => ({ documentId: read.text(), key: read.text() }));
    const entities = read.list(
      (): DocEntity => ({
        key: read.text(),
        documentId: read.text(),
        kind: read.sharedText<ActorKind>(),
        name: read.sharedText(),
        forms: this.formList(read.list(() => read.sharedText())),
        country: read.sharedMaybeText(),
        roles: read.list(() => ({ role: read.sharedText(), country: read.sharedMaybeText(), evidence: readEvidence(read) })),
        knownId: read.sharedMaybeText(),
      }),
    );
    const events = read.list(() => readDraftEvent(read));
    const warnings = read.list((): Warning => ({ file: read.text(), reason: read.text() }));
    read.finish();
    return { storedDocuments, bodyKeys, entities, events, warnings };
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

/** Reads a batch's findings, taking strings that recur across batches from the pool. */
class PoolingFieldReader extends FieldReader {
  /** The pool's copy of each string of the batch's table, once looked up. */
  private readonly pooled: (string | undefined)[];

  constructor(
    encoded: EncodedFindings,
    private readonly pool: StringPool,
  ) {
    super(encoded);
    this.pooled = new Array<string | undefined>(encoded.strings.length);
  }

  /** A string that recurs across batches: the pool's copy. */
  override sharedMaybeText<Text extends string = string>(): Text | null {
    const index = this.number();
    if (index === 0) return null;
    return (this.pooled[index - 1] ??= this.pool.share(this.packed.strings[index - 1])) as Text;
  }
}
