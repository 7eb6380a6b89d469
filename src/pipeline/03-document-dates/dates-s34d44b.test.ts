/**
 * Publication dates from a wire's stamp of the day and the clock time on a line of its own ("Friday, 20. 11. 2026, 09.12" with
 * spaced dots, "5 dic. 2026 10:20h", "3 de diciembre de 2026 - 07:40 | Política"), and from an agency's closing line that says
 * when the report was first published. Hand-written, about other countries than the probes'.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../test-support';

const TITLE = 'Ministers agree on a joint fisheries patrol';
const BODY = 'The Minister of Foreign Affairs held talks with his counterpart on the fisheries protocol.';

/** The publication date the pipeline reads from an article with no front matter. */
const publicationDate = (text: string) => extractArticle(text, null).documents[0].date;

describe("a line of the day and the clock time it was filed at, under the title", () => {
  it.each<[line: string, date: string]>([
    ['Friday, 20. 11. 2026, 09.12', '2026-11-20'],
    ['3. 2. 2026, 17.05', '2026-02-03'],
    ['5 dic. 2026 10:20h', '2026-12-05'],
    ['3 de diciembre de 2026 - 07:40', '2026-12-03'],
    ['3 de diciembre de 2026 - 07:40 | Política', '2026-12-03'],
    ['Tuesday, 8 December 2026, 18.30', '2026-12-08'],
  ])('%s', (line, date) => {
    expect(publicationDate(`${TITLE}\n\n${line}\n\n${BODY}`)).toBe(date);
  });
});

describe("an agency's closing line that says when the report was first published", () => {
  it.each<[line: string, date: string]>([
    ['This report by the Rivers Press Agency was first published Dec. 4, 2026.', '2026-12-04'],
    ['This article was first published on 4 December 2026.', '2026-12-04'],
  ])('%s', (line, date) => {
    expect(publicationDate(`${TITLE}\n\nWELLINGTON — ${BODY}\n\nThe two sides will meet again next year.\n\n${line}`)).toBe(date);
  });
});
