/**
 * Properties the whole pipeline keeps on any input, checked with fast-check over random unicode,
 * random news-like prose and edited seed articles: it never throws, the dataset validates, every
 * evidence span (events' and roles') quotes its document, events name existing actors and
 * documents, and the output depends only on the files, not on the run or on their order.
 * The seed is fixed so a failure reproduces; fast-check prints the counterexample and its path.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Dataset, Evidence } from '../schema';
import { validateDataset, validateTextShard } from '../schema/validate';
import { runPipeline } from '.';
import { readHtml } from './01-ingest/read-html';
import type { SourceFile } from './types';

const SEED = 20_240_611;
/** Each property runs the pipeline three times per case; vitest's 5 s default is too short for the whole run. */
const TIMEOUT_MS = 120_000;
const CORPUS = join(import.meta.dirname, '../../data/corpus');
const seedArticles = readdirSync(CORPUS)
  .sort()
  .map((name) => readFileSync(join(CORPUS, name), 'utf8'));

const encoder = new TextEncoder();

function everyEvidence(dataset: Dataset): Evidence[] {
  return [...dataset.events.flatMap((event) => event.evidence), ...dataset.actors.flatMap((actor) => actor.roles.map((role) => role.evidence))];
}

/** Runs the pipeline on `files` and on `reordered` (the same files in another order) and checks every property. */
function expectSoundAndDeterministic(files: SourceFile[], reordered: SourceFile[]): void {
  const extraction = runPipeline(files, { readHtml });
  const { dataset } = extraction;
  const json = JSON.stringify(extraction);

  const validation = validateDataset(JSON.parse(JSON.stringify(dataset)));
  expect(validation.ok ? [] : validation.problems).toEqual([]);

  const shards = new Map(extraction.textShards.map((shard) => [shard.id, shard.json]));
  const texts = new Map<string, string>();
  for (const document of dataset.documents) {
    const shard = validateTextShard(JSON.parse(shards.get(document.textShard) ?? 'null'));
    expect(shard.ok, `text shard of ${document.id}`).toBe(true);
    const text = shard.ok ? shard.shard.documents.find((d) => d.id === document.id)?.text : undefined;
    if (text !== undefined) texts.set(document.id, text);
  }
  expect(texts.size, 'documents with a stored text').toBe(dataset.documents.length);
  for (const evidence of everyEvidence(dataset)) {
    expect(texts.get(evidence.documentId)?.slice(evidence.start, evidence.end), `evidence in ${evidence.documentId}`).toBe(evidence.quote);
  }
  const actorIds = new Set(dataset.actors.map((actor) => actor.id));
  for (const event of dataset.events) {
    const actors = event.type === 'meeting' ? event.participants : [event.speaker, ...event.targets];
    expect(actors.filter((id) => !actorIds.has(id)), `actors of ${event.id}`).toEqual([]);
    expect(event.evidence.filter((item) => !texts.has(item.documentId)), `documents of ${event.id}`).toEqual([]);
  }

  expect(JSON.stringify(runPipeline(files, { readHtml })), 'a second run').toBe(json);
  expect(JSON.stringify(runPipeline(reordered, { readHtml })), 'the files in another order').toBe(json);
}

/** The encodings the ingest stage reads. */
const ENCODINGS: Record<string, (text: string) => Uint8Array> = {
  'utf-8': (text) => encoder.encode(text),
  'utf-8 with a byte-order mark': (text) => encoder.encode(`\ufeff${text}`),
  'utf-16 LE with a byte-order mark': (text) => {
    const bytes = new Uint8Array(2 + 2 * text.length);
    bytes.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) bytes.set([text.charCodeAt(i) & 0xff, text.charCodeAt(i) >> 8], 2 + 2 * i);
    return bytes;
  },
};

/**
 * Files with distinct paths (a folder cannot hold two files of one path) but colliding stems, in any
 * of the encodings, some copying another file's text (one article from two sources), sometimes with
 * a sources.json manifest, paired with the same files in another order.
 */
function corpus(article: fc.Arbitrary<string>, maxFiles: number): fc.Arbitrary<[SourceFile[], SourceFile[]]> {
  const location = fc.record({
    folder: fc.constantFrom('', 'wire/'),
    stem: fc.constantFrom('story', 'story~2', 'story@2', 'brief'),
    extension: fc.constantFrom('txt', 'md', 'html'),
    encoding: fc.constantFrom(...Object.keys(ENCODINGS)),
  });
  const pathOf = ({ folder, stem, extension }: { folder: string; stem: string; extension: string }) => `${folder}${stem}.${extension}`;
  return fc
    .uniqueArray(location, { minLength: 1, maxLength: maxFiles, selector: pathOf })
    .chain((locations) =>
      fc.tuple(
        fc.constant(locations),
        fc.array(fc.tuple(article, fc.option(fc.nat(), { nil: undefined })), { minLength: locations.length, maxLength: locations.length }),
        fc.option(fc.constantFrom('[{"file":"story.txt","date":"2024-06-14"},{"file":"brief.md","title":"Brief","date":"13 June 2024"}]', '{"story.md":{"date":"not a date"}}', '{'), { nil: undefined }),
      ),
    )
    .map(([locations, texts, manifest]) => {
      const chosen = texts.map(([text, copyOf], index) => (copyOf !== undefined && index > 0 ? texts[copyOf % index][0] : text));
      const files = locations.map((location, index) => ({ path: pathOf(location), bytes: ENCODINGS[location.encoding](location.extension === 'html' ? asHtml(chosen[index]) : chosen[index]) }));
      return manifest === undefined ? files : [...files, { path: 'sources.json', bytes: encoder.encode(manifest) }];
    })
    .chain((files) => fc.tuple(fc.constant(files), fc.shuffledSubarray(files, { minLength: files.length })));
}

function asHtml(text: string): string {
  const paragraphs = text.split(/\n+/).map((line) => `<p>${line}</p>`);
  return `<!DOCTYPE html><html><head><title>${text.split('\n')[0]}</title><meta property="article:published_time" content="2024-03-04T10:00:00Z"></head><body><article>${paragraphs.join('')}</article></body></html>`;
}

// A small news vocabulary: enough overlap between names, titles, countries and verbs for the
// stages to find mentions, coreference, meetings, statements and dates in random combinations.
const fullName = fc.constantFrom('Ali Khamenei', 'Mohammed Shia al-Sudani', 'Antony J. Blinken', 'William Ruto', 'Abiy Ahmed', 'Ismail Haniyeh', 'Ismail Haniya', 'Narendra Modi', 'Penny Wong', 'Mauro Vieira');
const shortReference = fc.constantFrom('Mr. Blinken', 'Ruto', 'Mr. al-Sudani', 'Haniyeh', 'Abiy', 'He', 'he', 'She', 'she', 'It', 'the PM', 'the minister', 'the president', 'the ministry', 'his counterpart');
const title = fc.constantFrom('President', 'Foreign Minister', 'Prime Minister', 'Supreme Leader', 'Secretary of State', 'Kenyan Foreign Minister', 'Iraqi Prime Minister', 'Hamas leader', 'Ayatollah', 'Dr.');
const country = fc.constantFrom('Iran', 'Iraq', 'Kenya', 'Ethiopia', 'the United States', 'Israel', 'Brazil', 'Australia', 'Washington', 'Tehran', "Iran's foreign ministry", 'Iraqi officials', 'Hamas', 'the African Union', 'the United Nations');
const outlet = fc.constantFrom('Reuters', 'state TV', 'Tasnim news agency', 'official Iranian media');
const meetingVerb = fc.constantFrom('met', 'met with', 'held talks with', 'received', 'hosted', 'spoke by phone with', 'will meet', 'did not meet', 'is expected to meet', 'also attended the meeting with', 'briefed');
const statementVerb = fc.constantFrom('said', 'warned', 'accused', 'praised', 'rejected', 'called on', 'urged', 'told', 'quoted', 'condemned', 'threatened');
const place = fc.constantFrom('in Tehran', 'in Nairobi', 'in Baghdad', 'in Lima', 'at the summit', 'in La Paz', '');
const when = fc.constantFrom('on Monday', 'last Saturday', 'on March 3, 2024', 'on Oct. 17', 'a day after meeting Mr. Blinken', 'next week', 'in December', 'on Sunday', 'earlier this year', '');
const actor = fc.oneof(fullName, shortReference, country, fc.tuple(title, fullName).map(([t, n]) => `${t} ${n}`), fc.tuple(fullName, country).map(([n, c]) => `${n} of ${c}`));
const quotation = fc.constantFrom('We will respond', 'It is over', 'The talks were useful', 'Israel must stop', 'we will not');

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const words = (...parts: string[]) => parts.filter(Boolean).join(' ');

const newsSentence = fc.oneof(
  fc.tuple(actor, meetingVerb, actor, place, when).map(([a, verb, b, where, day]) => `${capitalise(words(a, verb, b, where, day))}.`),
  fc.tuple(actor, statementVerb, actor, when).map(([a, verb, b, day]) => `${capitalise(words(a, verb, b, day))}.`),
  fc.tuple(quotation, actor, when).map(([quote, speaker, day]) => `"${quote}," ${words(speaker, 'said', day)}.`),
  fc.tuple(quotation, actor).map(([quote, speaker]) => `“${quote},” said ${speaker}.`),
  fc.tuple(fullName, title, country, meetingVerb, actor).map(([name, role, of, verb, other]) => `${name}, the ${role.toLowerCase()} of ${of}, ${verb} ${other}.`),
  fc.tuple(outlet, actor, quotation).map(([source, speaker, quote]) => `${source} quoted ${speaker} as saying “${quote}`),
  // Free word salad from the same vocabulary, with or without an end mark.
  fc
    .array(fc.oneof(actor, meetingVerb, statementVerb, place, when, fc.constantFrom(',', 'and', '"', '“', '”', '(R)', 'who', 'if')), { minLength: 1, maxLength: 14 })
    .chain((parts) => fc.constantFrom('.', '?', '!', '', '."').map((end) => `${capitalise(words(...parts))}${end}`)),
);

const caption = fc.tuple(actor, actor, place, when).map(([a, b, where, day]) => `A handout photo shows ${words(a, 'meeting', b, where, day)}. (Photo: Reuters)`);
const headline = fc.tuple(actor, meetingVerb, actor).map(([a, verb, b]) => capitalise(words(a, verb, b)));
const paragraph = fc.array(newsSentence, { minLength: 1, maxLength: 5 }).map((sentences) => sentences.join(' '));

const newsArticle = fc
  .record({
    dateLine: fc.option(fc.constantFrom('date 2023-11-06', 'date 2024-02-30', 'date 2025-04-14'), { nil: undefined }),
    frontMatter: fc.option(fc.constantFrom('---\ntitle: Talks\ndate: 2024-06-14\n---', '---\ndate: yesterday\n---', '---\n'), { nil: undefined }),
    headline: fc.option(headline, { nil: undefined }),
    caption: fc.option(caption, { nil: undefined }),
    paragraphs: fc.array(paragraph, { minLength: 1, maxLength: 6 }),
    separator: fc.constantFrom('\n\n', '\n', '\n\n\n'),
  })
  .map(({ dateLine, frontMatter, headline: title, caption: photo, paragraphs, separator }) =>
    [frontMatter, dateLine, title, photo, ...paragraphs, photo].filter((part) => part !== undefined).join(separator),
  );

/** Edits to a seed article, as data so that a failing case prints what was done to which article. */
type Edit = { insert: string; at: number } | { remove: number; at: number } | { repeatLineAt: number } | { crlf: true } | { quotesRemoved: true };

const fraction = fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true });
const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ insert: fc.oneof(fc.string({ unit: 'binary', maxLength: 20 }), newsSentence, fc.constantFrom('"', '“', '”', '\n\n\n', '\u00a0', '\u200b', '\ufeff', 'Mr.', '(', ')')), at: fraction }),
  fc.record({ remove: fc.integer({ min: 1, max: 400 }), at: fraction }),
  fc.record({ repeatLineAt: fraction }),
  fc.constant({ crlf: true as const }),
  fc.constant({ quotesRemoved: true as const }),
);

function applyEdit(text: string, change: Edit): string {
  if ('insert' in change) {
    const at = Math.floor(change.at * text.length);
    return text.slice(0, at) + change.insert + text.slice(at);
  }
  if ('remove' in change) {
    const at = Math.floor(change.at * text.length);
    return text.slice(0, at) + text.slice(at + change.remove);
  }
  if ('repeatLineAt' in change) {
    const lines = text.split('\n');
    const line = Math.floor(change.repeatLineAt * lines.length);
    return [...lines.slice(0, line + 1), ...lines.slice(line)].join('\n');
  }
  if ('crlf' in change) return text.replace(/\n/g, '\r\n');
  return text.replace(/["“”]/g, '');
}

const editedSeedArticle = fc
  .tuple(fc.nat({ max: seedArticles.length - 1 }), fc.array(edit, { maxLength: 6 }))
  .map(([article, edits]) => edits.reduce(applyEdit, seedArticles[article]));

describe('pipeline properties', () => {
  it('holds on random unicode text', () => {
    const text = fc.oneof(fc.string({ unit: 'binary', maxLength: 300 }), fc.string({ unit: 'grapheme', maxLength: 300 }), fc.string({ unit: 'binary-ascii', maxLength: 300 }));
    fc.assert(fc.property(corpus(text, 3), ([files, reordered]) => expectSoundAndDeterministic(files, reordered)), { seed: SEED, numRuns: 200 });
  }, TIMEOUT_MS);

  it('holds on random news-like articles', () => {
    fc.assert(fc.property(corpus(newsArticle, 3), ([files, reordered]) => expectSoundAndDeterministic(files, reordered)), { seed: SEED, numRuns: 150 });
  }, TIMEOUT_MS);

  it('holds on seed articles with insertions, deletions, repeated lines, CRLF and quotes removed', () => {
    fc.assert(fc.property(corpus(editedSeedArticle, 2), ([files, reordered]) => expectSoundAndDeterministic(files, reordered)), { seed: SEED, numRuns: 80 });
  }, TIMEOUT_MS);
});
