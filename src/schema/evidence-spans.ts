import type { Evidence } from './dataset';

/** Validation lists at most this many problems. */
export const MAX_PROBLEMS = 20;

/** Evidence whose span does not quote its document (documents missing from `texts` are not checked). */
export function quoteProblems(evidence: Iterable<Evidence>, texts: ReadonlyMap<string, string>): string[] {
  const problems: string[] = [];
  for (const item of evidence) {
    const text = texts.get(item.documentId);
    if (text !== undefined && text.slice(item.start, item.end) !== item.quote) {
      problems.push(`evidence [${item.start}, ${item.end}) does not quote document ${item.documentId}: ${JSON.stringify(item.quote.slice(0, 60))}`);
      if (problems.length >= MAX_PROBLEMS) break;
    }
  }
  return problems;
}
