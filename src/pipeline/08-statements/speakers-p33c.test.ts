/** A foreign ministry whose name holds a second portfolio after "and" still speaks for its country. */
import { describe, expect, it } from 'vitest';
import { statementSpeakers } from '../test-support';

describe('"<Country>\'s Ministry of Foreign Affairs and <portfolio> said": the country speaks', () => {
  it.each<[text: string, speakers: string[]]>([
    ["Canada's Ministry of Foreign Affairs and International Trade said it was concerned about the vote in Peru.", ['Canada']],
  ])('%s', (text, speakers) => {
    expect(statementSpeakers(text)).toEqual(speakers);
  });
});
