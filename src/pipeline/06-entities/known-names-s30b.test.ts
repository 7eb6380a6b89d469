import { describe, expect, it } from 'vitest';
import { occurredMeetings } from '../test-support';

describe('"Sultan Haitham bin Tariq Al Said": a dictionary person\'s full name followed by words of a style or dynasty is that person', () => {
  it.each([
    ['Malaysian King Sultan Ibrahim Iskandar Almarhum received Kenyan President William Ruto at Istana Negara in Kuala Lumpur on Tuesday.', ['Ibrahim Iskandar + William Ruto']],
    ["His Majesty Sultan Haji Hassanal Bolkiah Mu'izzaddin Waddaulah received Thai Prime Minister Anutin Charnvirakul at Istana Nurul Iman on Monday.", ['Anutin Charnvirakul + Hassanal Bolkiah']],
  ])('%s', (text, expected) => expect(occurredMeetings(text)).toEqual(expected));
});
