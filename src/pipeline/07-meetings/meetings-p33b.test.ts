import { describe, expect, it } from 'vitest';
import { occurredMeetings } from '../test-support';

describe('a joiner in the present tense ("are also present at the talks")', () => {
  it.each([
    // A live blog tells the meeting as it happens: the present tense joins like the past.
    ['10.15am: Kenyan President William Ruto and Tanzanian President Samia Suluhu Hassan begin their bilateral meeting. Foreign Minister Musalia Mudavadi and his Tanzanian counterpart Mahmoud Thabit Kombo are also present at the talks.', ['Mahmoud Thabit Kombo + Musalia Mudavadi + Samia Suluhu Hassan + William Ruto']],
  ])('%s', (text, expected) => expect(occurredMeetings(text)).toEqual(expected));
});

describe('a nickname the dictionary lists is the person, not a second participant', () => {
  it.each([
    // Malaysian news names the foreign minister by his nickname after his full name.
    ['Foreign Minister Mohamad Hasan met Thai Foreign Minister Sihasak Phuangketkeow in Bangkok on Monday. Tok Mat also met Thai Prime Minister Anutin Charnvirakul on Tuesday.', ['Mohamad Hasan + Sihasak Phuangketkeow', 'Anutin Charnvirakul + Mohamad Hasan']],
  ])('%s', (text, expected) => expect(occurredMeetings(text)).toEqual(expected));
});

describe('a joiner in a paragraph that opens on the talks ("The talks covered trade. X also attended.")', () => {
  it.each([
    // The new paragraph is still about the talks told before it, so "also attended" joins them.
    ['The Prime Minister of Fiji, Sitiveni Rabuka, received New Zealand\'s Foreign Minister, Hon. Winston Peters, at the Government Buildings yesterday.\nThe talks covered trade and climate finance. The Minister for Foreign Affairs, Hon. Lisa Tagicakibau, also attended.', ['Lisa Tagicakibau + Sitiveni Rabuka + Winston Peters']],
  ])('%s', (text, expected) => expect(occurredMeetings(text)).toEqual(expected));
});
