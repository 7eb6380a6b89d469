/** "The Head of State" refers back to the head of state named last. */
import { describe, expect, it } from 'vitest';
import { statementSpeakers } from '../test-support';

describe('"the Head of State said": the president or monarch named just before', () => {
  it.each<[text: string, speakers: string[]]>([
    ['Senegalese President Bassirou Diomaye Faye received Ghana\'s foreign minister on Thursday at the palace. On this occasion, the Head of State said that "West Africa will be built by its peoples."', ['Bassirou Diomaye Faye']],
    ['King Abdullah II received the Iraqi prime minister in Amman on Monday. The head of state said the two countries "share one destiny."', ['Abdullah II']],
    // A body's president is no head of state.
    ['African Union Commission President Mahmoud Ali Youssouf met Kenya\'s foreign minister on Monday. The head of state said the talks "went well."', []],
  ])('%s', (text, speakers) => {
    expect(statementSpeakers(text)).toEqual(speakers);
  });
});
