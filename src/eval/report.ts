/** Plain-text lines for the eval CLI: one metric a line, then the debugging lists. */
import type { Metrics, Ratio, ScoreDetails, ScoredActor, ScoredItem } from './score';

export function formatRatio(ratio: Ratio): string {
  const value = ratio.value === null ? 'n/a' : ratio.value.toFixed(3);
  return `${value} (${ratio.correct}/${ratio.total})`;
}

export function formatMetrics(metrics: Metrics): string[] {
  return [
    `actors.recall ${formatRatio(metrics.actors.recall)}`,
    `actors.fragments ${metrics.actors.fragments}`,
    `actors.kindAccuracy ${formatRatio(metrics.actors.kindAccuracy)}`,
    `meetings.precision ${formatRatio(metrics.meetings.precision)}`,
    `meetings.recall ${formatRatio(metrics.meetings.recall)}`,
    `meetings.dateAccuracy ${formatRatio(metrics.meetings.dateAccuracy)}`,
    `statements.speaker.precision ${formatRatio(metrics.statements.speaker.precision)}`,
    `statements.speaker.recall ${formatRatio(metrics.statements.speaker.recall)}`,
    `statements.target.precision ${formatRatio(metrics.statements.target.precision)}`,
    `statements.target.recall ${formatRatio(metrics.statements.target.recall)}`,
  ];
}

function actorLabel(actor: ScoredActor): string {
  return actor.unmatchedActorId === undefined ? actor.name : `${actor.name} [no gold match: ${actor.unmatchedActorId}]`;
}

function itemLine(item: ScoredItem, joiner: string): string {
  const events = item.eventIds.length ? `  (events ${item.eventIds.join(', ')})` : '';
  return `  ${item.doc}: ${item.actors.map(actorLabel).join(joiner)}${events}`;
}

function section(title: string, lines: string[]): string[] {
  return [`${title} (${lines.length})`, ...lines];
}

export function formatDetails(details: ScoreDetails): string[] {
  const refs = (actors: { id: string; name: string; kind: string }[]) =>
    actors.map((actor) => `${actor.name} <${actor.id}, ${actor.kind}>`).join('; ');
  return [
    ...section('actors.missed', details.actors.missed.map((name) => `  ${name}`)),
    ...section('actors.fragments', details.actors.fragments.map((fragment) => `  ${fragment.gold}: ${refs(fragment.predicted)}`)),
    ...section(
      'actors.kindMismatches',
      details.actors.kindMismatches.map((mismatch) => `  ${mismatch.gold} (${mismatch.goldKind}): ${refs(mismatch.predicted)}`),
    ),
    ...section(
      'actors.conflated',
      details.actors.conflated.map(
        (conflation) =>
          `  ${refs([conflation.predicted])} matches ${conflation.gold.join(', ')}; scored as ${conflation.scoredAs ?? 'no gold actor'}`,
      ),
    ),
    ...section('meetings.missed', details.meetings.missed.map((item) => itemLine(item, ' + '))),
    ...section('meetings.spurious', details.meetings.spurious.map((item) => itemLine(item, ' + '))),
    ...section(
      'meetings.wrongDates',
      details.meetings.wrongDates.map(
        (miss) =>
          `  ${miss.doc}: ${miss.actors.map(actorLabel).join(' + ')} gold ${miss.goldDates.join(' or ')}, predicted ${miss.predicted
            .map((event) => `${event.date ?? 'undated'} (${event.eventId})`)
            .join(', ')}`,
      ),
    ),
    ...section('statements.speaker.missed', details.statements.speaker.missed.map((item) => itemLine(item, ''))),
    ...section('statements.speaker.spurious', details.statements.speaker.spurious.map((item) => itemLine(item, ''))),
    ...section('statements.target.missed', details.statements.target.missed.map((item) => itemLine(item, ' → '))),
    ...section('statements.target.spurious', details.statements.target.spurious.map((item) => itemLine(item, ' → '))),
  ];
}
