/**
 * Benchmark datasets for the explorer: one extracted synthetic corpus (the base), replicated into
 * disjoint renamed copies laid out side by side, so element counts grow while every copy stays a
 * valid, realistic piece of extracted data.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { FORMAT_VERSION, validateDataset, type Dataset, type DiplographEvent, type Evidence } from '../../src/schema';
import { writeSyntheticCorpus } from '../synth/write-corpus';

/** Nodes plus aggregated edges, as the explorer draws them with default filters (see src/app/model/elements.ts). */
export function elementCount(dataset: Dataset): { nodes: number; edges: number } {
  const edges = new Set<string>();
  const used = new Set<string>();
  for (const event of dataset.events) {
    if (event.type === 'meeting') {
      const people = [...new Set(event.participants)].sort();
      for (const id of people) used.add(id);
      for (let i = 0; i < people.length; i++) for (let j = i + 1; j < people.length; j++) edges.add(`m:${people[i]}|${people[j]}`);
    } else {
      used.add(event.speaker);
      for (const target of new Set(event.targets)) {
        used.add(target);
        if (target !== event.speaker) edges.add(`s:${event.speaker}>${target}`);
      }
    }
  }
  return { nodes: used.size, edges: edges.size };
}

/** Extracts (once, cached in `cacheDir`) a synthetic corpus of `documents` articles; returns the dataset. */
export function baseDataset(root: string, cacheDir: string, documents: number, seed: string): Dataset {
  // The format version in the name: a dataset cached by an older build is not read by this one.
  const dir = join(cacheDir, `app-base-v${FORMAT_VERSION}-seed${seed}-${documents}`);
  const file = join(dir, 'dataset.json');
  if (!existsSync(file)) {
    process.stderr.write(`bench:app: generating and extracting a ${documents}-document synthetic corpus in ${dir}\n`);
    mkdirSync(dir, { recursive: true });
    const corpus = join(dir, 'synth');
    rmSync(corpus, { recursive: true, force: true });
    writeSyntheticCorpus({ documents, seed, out: corpus });
    const partial = `${file}.partial-${process.pid}.json`;
    const child = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'src/cli/extract.ts'), '--input', join(corpus, 'corpus'), '--output', partial], {
      cwd: root,
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    if (child.status !== 0) throw new Error(`extract failed: ${child.signal ?? `exit ${child.status}`}`);
    renameSync(partial, file);
  }
  return JSON.parse(readFileSync(file, 'utf8')) as Dataset;
}

/** `copies` disjoint copies of `base`; copy 1 keeps its ids, copy k suffixes every id with `-ck`. */
export function replicate(base: Dataset, copies: number): Dataset {
  if (copies === 1) return base;
  const positions = Object.values(base.layout ?? {});
  const span = positions.length ? Math.max(...positions.map((p) => Math.max(Math.abs(p.x), Math.abs(p.y)))) * 2 : 400;
  const gap = span * 1.25;
  const columns = Math.ceil(Math.sqrt(copies));
  const out: Dataset = { formatVersion: base.formatVersion, documents: [], actors: [], events: [], merges: [], warnings: [], layout: {} };
  for (let copy = 1; copy <= copies; copy++) {
    const suffix = copy === 1 ? '' : `-c${copy}`;
    const actor = (id: string) => id + suffix;
    const doc = (id: string) => id + suffix;
    const evidence = (item: Evidence): Evidence => ({ ...item, documentId: doc(item.documentId) });
    for (const document of base.documents) {
      out.documents.push({ ...document, id: doc(document.id), path: copy === 1 ? document.path : `c${copy}/${document.path}`, duplicateOf: document.duplicateOf && doc(document.duplicateOf) });
    }
    for (const a of base.actors) {
      out.actors.push({
        ...a,
        id: actor(a.id),
        name: copy === 1 ? a.name : `${a.name} ${copy}`,
        aliasUses: a.aliasUses.map((use) => ({ ...use, documentIds: use.documentIds.map(doc) })),
        roles: a.roles.map((role) => ({ ...role, evidence: evidence(role.evidence) })),
      });
    }
    for (const event of base.events) {
      const common = { id: event.id + suffix, evidence: event.evidence.map(evidence) };
      const copied: DiplographEvent =
        event.type === 'meeting'
          ? { ...event, ...common, participants: event.participants.map(actor) }
          : { ...event, ...common, speaker: actor(event.speaker), targets: event.targets.map(actor) };
      out.events.push(copied);
    }
    for (const merge of base.merges) out.merges.push({ ...merge, actorId: actor(merge.actorId), documentIds: merge.documentIds.map(doc) });
    const dx = ((copy - 1) % columns) * gap;
    const dy = Math.floor((copy - 1) / columns) * gap;
    for (const [id, p] of Object.entries(base.layout ?? {})) out.layout![actor(id)] = { x: p.x + dx, y: p.y + dy };
  }
  return out;
}

export function validOrThrow(dataset: Dataset, name: string): Dataset {
  const result = validateDataset(dataset);
  if (!result.ok) throw new Error(`${name} does not validate:\n  ${result.problems.join('\n  ')}`);
  return dataset;
}
