/**
 * The gold annotation format of shared/GOLD.md: an input format of its own, not a dataset shape.
 */
import { z } from 'zod';
import { ActorKindSchema, Iso3Schema, IsoDateSchema } from '../schema';
import { normalizeName } from './normalize-name';

const GoldActorSchema = z.object({
  name: z.string().min(1),
  kind: ActorKindSchema,
  country: Iso3Schema.nullable(),
  aliases: z.array(z.string()),
});

const GoldMeetingSchema = z.object({
  doc: z.string().min(1),
  participants: z.array(z.string()).min(2),
  date: IsoDateSchema.nullable(),
  place: z.string().nullable(),
  quote: z.string(),
});

const GoldStatementSchema = z.object({
  doc: z.string().min(1),
  speaker: z.string(),
  targets: z.array(z.string()),
  quote: z.string(),
});

export const GoldSchema = z.object({
  documents: z.record(z.string(), z.object({ date: IsoDateSchema.nullable() })),
  actors: z.array(GoldActorSchema),
  meetings: z.array(GoldMeetingSchema),
  statements: z.array(GoldStatementSchema),
});

export type GoldActor = z.infer<typeof GoldActorSchema>;
export type GoldMeeting = z.infer<typeof GoldMeetingSchema>;
export type GoldStatement = z.infer<typeof GoldStatementSchema>;
export type Gold = z.infer<typeof GoldSchema>;

export type GoldParseResult = { ok: true; gold: Gold } | { ok: false; problems: string[] };

/** Checks a parsed JSON value against the gold format and the references scoring relies on. */
export function parseGold(value: unknown): GoldParseResult {
  const parsed = GoldSchema.safeParse(value);
  if (!parsed.success) {
    return {
      ok: false,
      problems: parsed.error.issues.slice(0, 20).map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`),
    };
  }
  const problems = referenceProblems(parsed.data);
  return problems.length ? { ok: false, problems } : { ok: true, gold: parsed.data };
}

/**
 * Events must name gold actors by their canonical name and documents listed under `documents`,
 * and no name form may belong to two gold actors: otherwise a correct prediction could not be
 * told apart from a wrong one.
 */
function referenceProblems(gold: Gold): string[] {
  const problems: string[] = [];
  const actorNames = new Set<string>();
  const ownerByForm = new Map<string, string>();
  gold.actors.forEach((actor, index) => {
    if (actorNames.has(actor.name)) problems.push(`actors.${index}: duplicate actor name "${actor.name}"`);
    actorNames.add(actor.name);
    for (const form of [actor.name, ...actor.aliases]) {
      const normalized = normalizeName(form);
      if (!normalized) {
        problems.push(`actors.${index}: "${form}" normalises to an empty name`);
        continue;
      }
      const owner = ownerByForm.get(normalized);
      if (owner !== undefined && owner !== actor.name) {
        problems.push(`actors.${index}: "${form}" of "${actor.name}" normalises to "${normalized}", a form of "${owner}"`);
      }
      ownerByForm.set(normalized, owner ?? actor.name);
    }
  });
  const checkDocument = (where: string, doc: string) => {
    if (!Object.hasOwn(gold.documents, doc)) problems.push(`${where}.doc: "${doc}" is not listed under documents`);
  };
  const checkActor = (where: string, name: string) => {
    if (!actorNames.has(name)) problems.push(`${where}: "${name}" is not the name of a gold actor`);
  };
  gold.meetings.forEach((meeting, index) => {
    checkDocument(`meetings.${index}`, meeting.doc);
    meeting.participants.forEach((name, at) => checkActor(`meetings.${index}.participants.${at}`, name));
    if (new Set(meeting.participants).size !== meeting.participants.length) {
      problems.push(`meetings.${index}.participants: a participant is listed twice`);
    }
  });
  gold.statements.forEach((statement, index) => {
    checkDocument(`statements.${index}`, statement.doc);
    checkActor(`statements.${index}.speaker`, statement.speaker);
    statement.targets.forEach((name, at) => checkActor(`statements.${index}.targets.${at}`, name));
  });
  return problems.slice(0, 20);
}
