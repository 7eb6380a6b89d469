import type { DiplographEvent, Evidence } from '../../schema';
import type { DatasetIndex } from './dataset-index';
import { edgesOfEvent } from './edges';
import type { VisibleSet } from './filters';

/** Quotes a CSV cell; a leading =, +, - or @ is defused so spreadsheets never run it as a formula. */
export function csvCell(value: string | number | null): string {
  let text = value === null ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function csv(rows: (string | number | null)[][]): string {
  return rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

function citation(evidence: Evidence, index: DatasetIndex): string {
  const document = index.documents.get(evidence.documentId);
  const source = [document?.outlet, document?.title, document?.date, document?.url].filter(Boolean).join(', ');
  return `${source || evidence.documentId} [${evidence.documentId}:${evidence.start}-${evidence.end}]: “${evidence.quote}”`;
}

function citations(event: DiplographEvent, index: DatasetIndex): string {
  return event.evidence.map((item) => citation(item, index)).join(' | ');
}

export function actorsCsv(index: DatasetIndex, visible: VisibleSet): string {
  const rows: (string | number | null)[][] = [['id', 'name', 'kind', 'country', 'aliases', 'events']];
  for (const id of [...visible.actorIds].sort()) {
    const actor = index.actors.get(id);
    if (actor) rows.push([actor.id, actor.name, actor.kind, actor.country, actor.aliases.join('; '), visible.eventCountByActor.get(id) ?? 0]);
  }
  return csv(rows);
}

export function eventsCsv(index: DatasetIndex, visible: VisibleSet): string {
  const rows: (string | number | null)[][] = [
    ['id', 'type', 'status', 'date', 'date_precision', 'subtype', 'source', 'targets', 'place', 'trigger', 'source_count', 'citations'],
  ];
  for (const event of visible.events) {
    const [source, targets] =
      event.type === 'meeting' ? [event.participants.join('; '), ''] : [event.speaker, event.targets.join('; ')];
    rows.push([
      event.id,
      event.type,
      event.status,
      event.date,
      event.datePrecision,
      event.type === 'meeting' ? event.mode : event.kind,
      source,
      targets,
      event.type === 'meeting' ? event.place : null,
      event.trigger,
      event.sourceCount,
      citations(event, index),
    ]);
  }
  return csv(rows);
}

export function xmlEscape(text: string): string {
  return text.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c] ?? c);
}

const NODE_KEYS = ['label', 'kind', 'country', 'events'] as const;
const EDGE_KEYS = ['type', 'event', 'status', 'date', 'subtype', 'place', 'sourceCount', 'citations'] as const;

/**
 * GraphML for Gephi: one node per visible actor, one edge per event and pair (meetings undirected,
 * statements directed), each edge with its citations.
 */
export function toGraphml(index: DatasetIndex, visible: VisibleSet): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
    ...NODE_KEYS.map((key) => `  <key id="${key}" for="node" attr.name="${key}" attr.type="${key === 'events' ? 'int' : 'string'}"/>`),
    ...EDGE_KEYS.map((key) => `  <key id="${key}" for="edge" attr.name="${key}" attr.type="${key === 'sourceCount' ? 'int' : 'string'}"/>`),
    '  <graph id="diplograph" edgedefault="undirected">',
  ];
  const data = (key: string, value: string | number | null) =>
    value === null || value === '' ? '' : `<data key="${key}">${xmlEscape(String(value))}</data>`;
  for (const id of [...visible.actorIds].sort()) {
    const actor = index.actors.get(id);
    if (!actor) continue;
    lines.push(
      `    <node id="${xmlEscape(id)}">${data('label', actor.name)}${data('kind', actor.kind)}${data('country', actor.country)}${data('events', visible.eventCountByActor.get(id) ?? 0)}</node>`,
    );
  }
  const keep = (id: string) => visible.actorIds.has(id);
  for (const event of visible.events) {
    for (const edge of edgesOfEvent(event, keep)) {
      const attributes =
        data('type', event.type) +
        data('event', event.id) +
        data('status', event.status) +
        data('date', event.date) +
        data('subtype', event.type === 'meeting' ? event.mode : event.kind) +
        data('place', event.type === 'meeting' ? event.place : null) +
        data('sourceCount', event.sourceCount) +
        data('citations', citations(event, index));
      lines.push(
        `    <edge id="${xmlEscape(`${event.id}/${edge.id}`)}" source="${xmlEscape(edge.source)}" target="${xmlEscape(edge.target)}" directed="${edge.type === 'statement'}">${attributes}</edge>`,
      );
    }
  }
  lines.push('  </graph>', '</graphml>', '');
  return lines.join('\n');
}

