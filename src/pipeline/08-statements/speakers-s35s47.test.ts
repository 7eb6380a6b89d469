/**
 * Speakers (session 35, s47): a national government department's unnamed spokesperson is its country's voice.
 */
import { describe, expect, it } from 'vitest';
import { firstStatementTargets, statementSpeakers } from '../test-support';

describe("a department's unnamed spokesperson speaks for its country", () => {
  it.each<[text: string, speakers: string[], target: string | null]>([
    ['The United States imposed new sanctions on Venezuela. A State Department spokesperson said Caracas "must free the detained activists."', ['United States'], 'Venezuela'],
    ['Washington and Havana have not talked since June. Asked about the reports, a State Department spokesperson said that "no such meeting took place" with any Cuban official.', ['United States'], null],
  ])('%s', (text, speakers, target) => {
    expect(statementSpeakers(text)).toEqual(speakers);
    if (target) expect(firstStatementTargets(text, speakers[0])).toContain(target);
  });
});
