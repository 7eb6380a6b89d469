/**
 * Working state passed from stage to stage. Dataset shapes come from src/schema; these are the
 * pipeline's intermediate records only.
 */
import type { Dataset, DateSource, Document, DocumentText, EventStatus, DatePrecision, DateDerivation, MeetingMode, StatementKind, Warning, ActorKind, Evidence } from '../schema';
import type { HtmlArticle } from './01-ingest/html';
import type { PartialMeta } from './01-ingest/record-meta';

/** A file as the CLI (or a browser worker) hands it over: path relative to the corpus folder, raw bytes. */
export interface SourceFile {
  path: string;
  bytes: Uint8Array;
}

export interface FileMeta {
  title: string | null;
  date: string | null;
  dateSource: DateSource | null;
  outlet: string | null;
  url: string | null;
}

/** What the whole corpus settles before its files are read in batches: manifests and document ids. */
export interface Catalogue {
  /** Metadata from sources.json manifests, by the article path they describe. */
  manifest: ReadonlyMap<string, PartialMeta>;
  /** Id base of each article file (its stem, made unique across the corpus). */
  fileIds: ReadonlyMap<string, string>;
}

/** A decoded file: front matter and HTML removed, metadata from front matter or a sources.json manifest. */
export interface IngestedFile {
  path: string;
  text: string;
  meta: FileMeta;
}

/** A document while it is read: its record (without the text shard, named once the text is stored) with its text and lines. */
export type Article = Omit<Document, 'textShard' | 'textLength'> & Omit<DocumentText, 'id'>;

/** A text shard ready to be written: `json` is a serialised TextShard, `id` a hash of it. */
export interface TextShardFile {
  id: string;
  json: string;
}

/** A fingerprint of a document's body text, to find the same article saved twice. */
export interface BodyKey {
  documentId: string;
  key: string;
}

/** One actor mention in a document's text. */
export interface Mention {
  documentId: string;
  start: number;
  end: number;
  /** Surface form as written, titles stripped ("Ali Khamenei" for "Ayatollah Ali Khamenei"). */
  form: string;
  kind: ActorKind;
  /** Key of the in-document entity this mention belongs to (set by coreference). */
  entity: string;
  country: string | null;
  role: string | null;
  /** "Crown Prince and Prime Minister X": the roles a chained title gives before `role`, its last. */
  earlierRoles?: string[];
  /** How the mention was found: gazetteer, title, appositive, pronoun, surname, role-only... */
  via: string;
  /** Possessive or adjective use ("Iran's", "Iraqi"): describes someone rather than acting. */
  modifier: boolean;
  /**
   * Names a place, not an actor: where something is ("in Tehran", "at", "near"; also each name of a
   * list after one: "in Yemen, Lebanon and Syria"), or where someone goes or comes from ("flew to
   * Tehran", "arrived from"; "exports to Israel" may still be about Israel). Null otherwise.
   */
  locative: 'place' | 'motion' | null;
  /** Index into `PipelineState.sentences`. */
  sentence: number;
  /** Inside quotation marks: the speaker's words, never a reported event of its own. */
  inQuote: boolean;
  /** Gazetteer id (ISO3 or organization name) when the mention names a known actor. */
  knownId: string | null;
  /** Country or organization that a role or modifier ties this mention to ("Iraqi", "of Hamas"), or whose delegation the person leads. */
  affiliation: string | null;
}

/** A sentence of a readable block (body text or a caption that is not a repeat). */
export interface Sentence {
  documentId: string;
  start: number;
  end: number;
  blockKind: 'body' | 'caption' | 'headline';
  filePhoto: boolean;
  /** Quotation spans overlapping this sentence, in document offsets. */
  quotes: { start: number; end: number }[];
}

/** A person, country or organization as known within one document. */
export interface DocEntity {
  key: string;
  documentId: string;
  kind: ActorKind;
  name: string;
  forms: string[];
  country: string | null;
  roles: { role: string; country: string | null; evidence: Evidence }[];
  /** Gazetteer id when the entity is a known actor (country ISO3 or organization key). */
  knownId: string | null;
  /** The one person an interview's introduction names (06-entities/interview.ts): the answers are theirs. */
  interviewee?: true;
}

export interface DraftEvent {
  type: 'meeting' | 'statement';
  documentId: string;
  status: EventStatus;
  trigger: string;
  evidence: Evidence[];
  /** Character offset of the trigger, for date lookup. */
  anchor: number;
  /** Entity keys (document-level) until actor merging maps them to actor ids. */
  participants: string[];
  speaker: string | null;
  targets: string[];
  place: string | null;
  mode: MeetingMode;
  kind: StatementKind;
  date: string | null;
  datePrecision: DatePrecision | null;
  dateDerivation: DateDerivation;
  /**
   * A statement's quoted sentence as the event merging compares it (`quoteKey`), null for a meeting:
   * kept apart from the evidence so that merging needs no quote (the CLI's main thread holds none).
   */
  quoteKey: string | null;
}

export interface PipelineState {
  sourceFiles: SourceFile[];
  catalogue: Catalogue;
  files: IngestedFile[];
  /** Documents being read, with their texts; the refiners see `storedDocuments` instead. */
  documents: Article[];
  /** Documents whose texts are stored in `textShards`: the records the dataset lists. */
  storedDocuments: Document[];
  textShards: TextShardFile[];
  bodyKeys: BodyKey[];
  sentences: Sentence[];
  mentions: Mention[];
  entities: DocEntity[];
  events: DraftEvent[];
  dataset: Dataset | null;
  warnings: Warning[];
}

export type Stage = (state: PipelineState, context: PipelineContext) => PipelineState;

export interface PipelineContext {
  /** Called after each stage; the CLI uses it for progress and per-stage timing. */
  onStage?: (name: string) => void;
  /**
   * Reads an HTML page (`readHtml` of 01-ingest/read-html.ts, or one `htmlReader` builds); needed only by a batch that holds one.
   * Given by the caller so that a thread which reads no HTML never loads linkedom and Readability
   * (16 MB resident in each worker thread).
   */
  readHtml?: (html: string) => HtmlArticle;
}
