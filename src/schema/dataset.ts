/**
 * The Diplograph dataset: the one shape the pipeline writes and the explorer and eval read.
 * Every other module imports its types from here; nothing else defines dataset shapes.
 */
import { z } from 'zod';
import { FORMAT_VERSION } from './format-version';

export const IsoDateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD');
export const Iso3Schema = z.string().regex(/^[A-Z]{3}$/, 'expected an ISO 3166-1 alpha-3 code');
const Offset = z.number().int().nonnegative();

export const WarningSchema = z.object({
  file: z.string(),
  reason: z.string(),
});

/** Where a statement of fact comes from: the document's text (in its text shard) `.slice(start, end) === quote`. */
export const EvidenceSchema = z.object({
  documentId: z.string(),
  start: Offset,
  end: Offset,
  quote: z.string(),
  /** Photo captions name people but are weak evidence. */
  fromCaption: z.boolean(),
});

export const BlockKindSchema = z.enum(['headline', 'caption', 'body', 'boilerplate', 'metadata']);
export const BlockSchema = z.object({
  start: Offset,
  end: Offset,
  kind: BlockKindSchema,
  /** A repeat of an earlier block (scraped pages repeat headlines and captions); not read for events. */
  repeated: z.boolean(),
  /** Captions marked "File photo" never date the event they show. */
  filePhoto: z.boolean(),
});

/** Where a date came from; `dateline-footer-year`: a wire dateline's day and month, and the year from the article's copyright line or transmission stamp. */
export const DateSourceSchema = z.enum(['front-matter', 'manifest', 'date-line', 'dateline', 'dateline-footer-year', 'byline', 'html-meta', 'caption']);

export const DocumentSchema = z.object({
  /** File stem, with `~N` appended for the N-th (from 2) article of a file holding several. */
  id: z.string(),
  /** The source file this article came from, relative to the corpus folder. */
  path: z.string(),
  articleIndex: z.number().int().nonnegative(),
  title: z.string().nullable(),
  outlet: z.string().nullable(),
  url: z.string().nullable(),
  /** Publication date. */
  date: IsoDateSchema.nullable(),
  dateSource: DateSourceSchema.nullable(),
  /** Date that relative expressions ("on Monday") are read against: the publication date, else a dated caption. */
  referenceDate: IsoDateSchema.nullable(),
  referenceDateSource: DateSourceSchema.nullable(),
  /** Set when the same article was already read from another file: one article, several sources. */
  duplicateOf: z.string().nullable(),
  /**
   * The text shard holding this document's text: a content hash, so a shard's name changes with
   * its content. Shards are files `<dataset file name without .json>.texts/<textShard>.json` beside the
   * dataset, fetched only when a document is opened, so the dataset stays small as the corpus grows.
   */
  textShard: z.string().regex(/^[0-9a-f]{16}$/, 'expected 16 hex digits'),
  /** Length of the text in UTF-16 code units: evidence offsets can be checked before it is fetched. */
  textLength: Offset,
});

/** A document's words as read, with its lines classified; evidence offsets point into `text`. */
export const DocumentTextSchema = z.object({
  id: z.string(),
  text: z.string(),
  blocks: z.array(BlockSchema),
});

/** One file of document texts (documents read together are stored together). */
export const TextShardSchema = z.object({
  formatVersion: z.literal(FORMAT_VERSION),
  documents: z.array(DocumentTextSchema),
});

export const ActorKindSchema = z.enum(['person', 'country', 'organization']);

/** A role claim is dated by its document: "foreign minister" as of then. */
export const RoleClaimSchema = z.object({
  role: z.string(),
  country: Iso3Schema.nullable(),
  asOf: IsoDateSchema.nullable(),
  evidence: EvidenceSchema,
});

export const AliasUseSchema = z.object({
  form: z.string(),
  documentIds: z.array(z.string()),
});

export const ActorSchema = z.object({
  /** Slug of the canonical name: `ali-khamenei`, `united-states`. */
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  name: z.string(),
  kind: ActorKindSchema,
  country: Iso3Schema.nullable(),
  aliases: z.array(z.string()),
  /** Which documents used each surface form: why these mentions are one node. */
  aliasUses: z.array(AliasUseSchema),
  roles: z.array(RoleClaimSchema),
});

/** Why two or more name forms became one actor. */
export const MergeRecordSchema = z.object({
  actorId: z.string(),
  forms: z.array(z.string()),
  documentIds: z.array(z.string()),
  rule: z.string(),
});

export const EventStatusSchema = z.enum(['occurred', 'planned', 'cancelled', 'denied', 'hypothetical']);
export const DatePrecisionSchema = z.enum(['day', 'month', 'year']);
export const DateMethodSchema = z.enum([
  'explicit',
  'relative-to-publication',
  'relative-to-caption',
  'relative-to-event',
  'context',
  'none',
]);

export const DateDerivationSchema = z.object({
  method: DateMethodSchema,
  /** The words the date was read from, or null when undated. */
  text: z.string().nullable(),
  /** Human-readable account, including why an event stays undated. */
  reason: z.string(),
});

const EventBase = {
  /** Stable id derived from the event's content. */
  id: z.string(),
  status: EventStatusSchema,
  date: IsoDateSchema.nullable(),
  datePrecision: DatePrecisionSchema.nullable(),
  dateDerivation: DateDerivationSchema,
  /** Verb or noun that signalled the event ("met", "held talks", "accused"). */
  trigger: z.string(),
  evidence: z.array(EvidenceSchema).min(1),
  /** Independent sources: distinct outlets where known, else distinct articles. */
  sourceCount: z.number().int().positive(),
};

export const MeetingModeSchema = z.enum(['in-person', 'phone', 'video']);

export const MeetingSchema = z.object({
  ...EventBase,
  type: z.literal('meeting'),
  participants: z.array(z.string()).min(2),
  place: z.string().nullable(),
  mode: MeetingModeSchema,
});

/**
 * Statement kinds follow PLOVER's verbal event types (AGREE, SUPPORT, REQUEST, ACCUSE, REJECT,
 * THREATEN) plus COMMENT for neutral remarks (CAMEO 01, "make public statement").
 */
export const StatementKindSchema = z.enum(['COMMENT', 'AGREE', 'SUPPORT', 'REQUEST', 'ACCUSE', 'REJECT', 'THREATEN']);

export const StatementSchema = z.object({
  ...EventBase,
  type: z.literal('statement'),
  speaker: z.string(),
  targets: z.array(z.string()),
  kind: StatementKindSchema,
});

export const EventSchema = z.discriminatedUnion('type', [MeetingSchema, StatementSchema]);

/** Node positions computed by the pipeline, so the explorer starts on a preset layout. */
export const PositionSchema = z.object({ x: z.number(), y: z.number() });
export const LayoutSchema = z.record(z.string(), PositionSchema);

export const DatasetSchema = z.object({
  formatVersion: z.literal(FORMAT_VERSION),
  documents: z.array(DocumentSchema),
  actors: z.array(ActorSchema),
  events: z.array(EventSchema),
  merges: z.array(MergeRecordSchema),
  warnings: z.array(WarningSchema),
  /** Actor id → position; absent in datasets written before layouts were precomputed. */
  layout: LayoutSchema.optional(),
});

export type Warning = z.infer<typeof WarningSchema>;
export type Evidence = z.infer<typeof EvidenceSchema>;
export type Block = z.infer<typeof BlockSchema>;
export type BlockKind = z.infer<typeof BlockKindSchema>;
export type DateSource = z.infer<typeof DateSourceSchema>;
export type Document = z.infer<typeof DocumentSchema>;
export type DocumentText = z.infer<typeof DocumentTextSchema>;
export type TextShard = z.infer<typeof TextShardSchema>;
export type ActorKind = z.infer<typeof ActorKindSchema>;
export type RoleClaim = z.infer<typeof RoleClaimSchema>;
export type AliasUse = z.infer<typeof AliasUseSchema>;
export type Actor = z.infer<typeof ActorSchema>;
export type MergeRecord = z.infer<typeof MergeRecordSchema>;
export type EventStatus = z.infer<typeof EventStatusSchema>;
export type DatePrecision = z.infer<typeof DatePrecisionSchema>;
export type DateDerivation = z.infer<typeof DateDerivationSchema>;
export type MeetingMode = z.infer<typeof MeetingModeSchema>;
export type Meeting = z.infer<typeof MeetingSchema>;
export type StatementKind = z.infer<typeof StatementKindSchema>;
export type Statement = z.infer<typeof StatementSchema>;
export type DiplographEvent = z.infer<typeof EventSchema>;
export type Position = z.infer<typeof PositionSchema>;
export type Layout = z.infer<typeof LayoutSchema>;
export type Dataset = z.infer<typeof DatasetSchema>;
