import { DatasetSchema, FORMAT_VERSION, type Dataset } from './dataset';

export type ValidationResult = { ok: true; dataset: Dataset } | { ok: false; problems: string[] };

/**
 * Checks a parsed JSON value against the dataset schema and its cross-references:
 * evidence spans must quote their document, and events must name existing actors and documents.
 */
export function validateDataset(value: unknown): ValidationResult {
  if (typeof value === 'object' && value !== null && 'formatVersion' in value && value.formatVersion !== FORMAT_VERSION) {
    return { ok: false, problems: [`formatVersion is ${JSON.stringify(value.formatVersion)}, this build reads version ${FORMAT_VERSION}`] };
  }
  const parsed = DatasetSchema.safeParse(value);
  if (!parsed.success) {
    return {
      ok: false,
      problems: parsed.error.issues.slice(0, 20).map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`),
    };
  }
  const problems = crossReferenceProblems(parsed.data);
  return problems.length ? { ok: false, problems } : { ok: true, dataset: parsed.data };
}

function crossReferenceProblems(dataset: Dataset): string[] {
  const problems: string[] = [];
  const documents = new Map(dataset.documents.map((d) => [d.id, d]));
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
      const document = documents.get(item.documentId);
      if (!document) problems.push(`events.${event.id}: unknown document ${item.documentId}`);
      else if (document.text.slice(item.start, item.end) !== item.quote) {
        problems.push(`events.${event.id}: evidence [${item.start}, ${item.end}) does not quote document ${item.documentId}`);
      }
    }
    if (problems.length >= 20) break;
  }
  return problems;
}
