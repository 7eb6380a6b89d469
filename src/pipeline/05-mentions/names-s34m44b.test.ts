import { describe, expect, it } from 'vitest';
import { occurredMeetings, statementSpeakers } from '../test-support';

describe('"Mikko Kokko-oja", "Speaker Kokko-oja": a Finnish compound surname, its hyphen between the same vowel, goes on in lower case', () => {
  it.each([
    ['Speaker of Parliament Mikko Kokko-oja received the Speaker of the Senate of Chile, Ana Ruiz, at Parliament House in Helsinki on Tuesday.', ['Ana Ruiz + Mikko Kokko-oja']],
    ['On Monday, Speaker Kokko-oja held a video call with the Chairman of the Senate of Chile, Ana Ruiz.', ['Ana Ruiz + Kokko-oja']],
  ])('%s', (text, expected) => expect(occurredMeetings(text)).toEqual(expected));
});

describe('"the Colombian Prime Minister, Carlos Jordan,": a given name apposed after a comma, then a country\'s name, is a person', () => {
  it.each([
    ['On Sunday President Jorge Ortiz held a brief meeting with the Colombian Prime Minister, Carlos Jordan, to prepare the next summit.', ['Carlos Jordan + Jorge Ortiz']],
  ])('%s', (text, expected) => expect(occurredMeetings(text)).toEqual(expected));
});

describe('"the Minister of Foreign Affairs, European Union and Cooperation, X": a body\'s name in a ministry\'s list of fields is the title\'s, no party', () => {
  it.each([
    ['President Mario Ortiz met on Monday the Minister of Foreign Affairs, European Union and Cooperation, Lucía Paz.', ['Lucía Paz + Mario Ortiz']],
  ])('%s', (text, expected) => expect(occurredMeetings(text)).toEqual(expected));
});

describe('"Dr Martin Wekesa … Opposition Leader Wekesa Odhiambo-Mutua": a name titled with another office opens with a given name, no second surname', () => {
  it('the opposition leader speaks, not the minister', () => {
    const text = 'Prime Minister Tomas Okoro hosted the Minister for Health, Dr Martin Wekesa, on Friday. Opposition Leader Wekesa Odhiambo-Mutua said the visit "was a waste of money."';
    expect(statementSpeakers(text)).toEqual(['Wekesa Odhiambo-Mutua']);
    expect(occurredMeetings(text)).toEqual(['Martin Wekesa + Tomas Okoro']);
  });
});
