import { z } from 'zod';
import { ActorSchema, DatasetSchema, DocumentSchema, EventSchema, LayoutSchema, MergeRecordSchema, TextShardSchema, WarningSchema, type Dataset, type Layout, type TextShard } from './dataset';
import { MAX_PROBLEMS } from './evidence-spans';
import { FORMAT_VERSION } from './format-version';

export type ValidationResult = { ok: true; dataset: Dataset } | { ok: false; problems: string[] };

/** The record lists of a dataset, each checked one record at a time. */
const recordSchemas = {
  documents: DocumentSchema,
  actors: ActorSchema,
  events: EventSchema,
  merges: MergeRecordSchema,
  warnings: WarningSchema,
} as const;

const DatasetEnvelopeSchema = DatasetSchema.extend({
  documents: z.array(z.unknown()),
  actors: z.array(z.unknown()),
  events: z.array(z.unknown()),
  merges: z.array(z.unknown()),
  warnings: z.array(z.unknown()),
});

/**
 * Checks a parsed JSON value against the dataset schema and its cross-references: events must name
 * existing actors and documents. Evidence spans are checked against the texts by `quoteProblems`.
 *
 * The value itself is returned, not a parsed copy: the records are parsed one at a time and their
 * copies dropped at once, so a large dataset is never held twice (keys the schema does not know
 * are kept, not stripped).
 */
export function validateDataset(value: unknown): ValidationResult {
  const version = versionProblem(value);
  if (version) return { ok: false, problems: [version] };
  const envelope = DatasetEnvelopeSchema.safeParse(value);
  if (!envelope.success) return { ok: false, problems: issueList(envelope.error.issues) };
  const problems = recordProblems(envelope.data);
  if (problems.length) return { ok: false, problems };
  const dataset = value as Dataset;
  const references = crossReferenceProblems(dataset);
  return references.length ? { ok: false, problems: references } : { ok: true, dataset };
}

function recordProblems(envelope: z.infer<typeof DatasetEnvelopeSchema>): string[] {
  const problems: string[] = [];
  for (const [list, schema] of Object.entries(recordSchemas)) {
    const records = envelope[list as keyof typeof recordSchemas];
    for (let index = 0; index < records.length && problems.length < MAX_PROBLEMS; index++) {
      const parsed = schema.safeParse(records[index]);
      if (!parsed.success) problems.push(...issueList(parsed.error.issues.map((issue) => ({ ...issue, path: [list, index, ...issue.path] }))));
    }
  }
  return problems.slice(0, MAX_PROBLEMS);
}

export type TextShardResult = { ok: true; shard: TextShard } | { ok: false; problems: string[] };

export function validateTextShard(value: unknown): TextShardResult {
  const version = versionProblem(value);
  if (version) return { ok: false, problems: [version] };
  const parsed = TextShardSchema.safeParse(value);
  return parsed.success ? { ok: true, shard: parsed.data } : { ok: false, problems: issueList(parsed.error.issues) };
}

export type LayoutResult = { ok: true; layout: Layout } | { ok: false; problems: string[] };

/** Checks node positions (the dataset's `layout`, which the CLI computes apart); the value itself is returned, as by `validateDataset`. */
export function validateLayout(value: unknown): LayoutResult {
  const parsed = LayoutSchema.safeParse(value);
  return parsed.success ? { ok: true, layout: value as Layout } : { ok: false, problems: issueList(parsed.error.issues) };
}

function versionProblem(value: unknown): string | null {
  if (typeof value === 'object' && value !== null && 'formatVersion' in value && value.formatVersion !== FORMAT_VERSION) {
    return `formatVersion is ${JSON.stringify(value.formatVersion)}, this build reads version ${FORMAT_VERSION}`;
  }
  return null;
}

function issueList(issues: { path: PropertyKey[]; message: string }[]): string[] {
  return issues.slice(0, MAX_PROBLEMS).map((issue) => `${issue.path.map(String).join('.') || '(root)'}: ${issue.message}`);
}

function crossReferenceProblems(dataset: Dataset): string[] {
  const problems: string[] = [];
  const documents = new Map(dataset.documents.map((d) => [d.id, d.textLength]));
  const actorIds = new Set(dataset.actors.map((a) => a.id));
  if (documents.size !== dataset.documents.length) problems.push('documents: duplicate document id');
  if (actorIds.size !== dataset.actors.length) problems.push('actors: duplicate actor id');
  const eventIds = new Set<string>();
  for (const event of dataset.events) {
    if (eventIds.has(event.id)) problems.push(`events.${event.id}: duplicate event id`);
    eventIds.add(event.id);
    const actorRefs = event.type === 'meeting' ? event.participants : [event.speaker, ...event.targets];
    for (const ref of actorRefs) if (!actorIds.has(ref)) problems.push(`events.${event.id}: unknown actor ${ref}`);
    for (const item of event.evidence) {
      const length = documents.get(item.documentId);
      if (length === undefined) problems.push(`events.${event.id}: unknown document ${item.documentId}`);
      else if (item.end > length || item.end - item.start !== item.quote.length) {
        problems.push(`events.${event.id}: evidence [${item.start}, ${item.end}) does not fit document ${item.documentId} or its quote`);
      }
    }
    if (problems.length >= MAX_PROBLEMS) break;
  }
  return problems;
}
