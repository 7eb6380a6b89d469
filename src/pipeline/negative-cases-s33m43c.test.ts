/**
 * Meeting-recall rules of session 33 (m43c) that must not add a pair. Each has a positive twin in
 * 07-meetings/meetings-s33m43c.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { occurredMeetings } from './test-support';

const trilateral = 'Foreign Minister Kwaku Ampratwum-Sarpong on Monday hosted the trilateral meeting of the foreign ministers of Ghana, Togo and Benin, attended by Togolese Foreign Minister Robert Dussey and Beninese Foreign Minister Olushegun Adjadi Bakari.';
const trilateralOnly = ['Kwaku Ampratwum-Sarpong + Olushegun Adjadi Bakari + Robert Dussey'];

describe('"the two guests" that are not the visiting side of the meeting just told: no meeting', () => {
  it.each([
    // The count does not match the guests (three told, two visited).
    [`${trilateral}\n\nOn the same day, the three guests were received by President John Mahama.`, trilateralOnly],
    // The receiver is of a guest's country: one of them is no guest to him.
    [`${trilateral}\n\nOn the same day, the two guests were received by President Faure Gnassingbé in Lomé.`, trilateralOnly],
    // Someone else was named since: "the two guests" may be his.
    [`${trilateral}\n\nOpposition leader Mahamudu Bawumia criticised the talks.\n\nOn the same day, the two guests were received by President John Mahama.`, trilateralOnly],
  ])('%s', (text, expected) => expect(occurredMeetings(text)).toEqual(expected));
});

describe('"received the Togolese and Beninese foreign ministers" where a nationality has no one such person: no meeting', () => {
  it.each([
    // No Beninese foreign minister was named: the Beninese one is unknown.
    ['Ghanaian Foreign Minister Samuel Okudzeto Ablakwa hosted Togolese Foreign Minister Robert Dussey in Accra on Monday.\n\nThe same day, President John Mahama received the Togolese and Beninese foreign ministers.', ['Robert Dussey + Samuel Okudzeto Ablakwa']],
    // The Beninese named holds another office.
    ['Ghanaian Foreign Minister Samuel Okudzeto Ablakwa hosted Togolese Foreign Minister Robert Dussey and Beninese Trade Minister Olushegun Adjadi Bakari in Accra on Monday.\n\nThe same day, President John Mahama received the Togolese and Beninese foreign ministers.', ['Olushegun Adjadi Bakari + Robert Dussey + Samuel Okudzeto Ablakwa']],
  ])('%s', (text, expected) => expect(occurredMeetings(text)).toEqual(expected));
});

describe('a body whose mission is not apposed with "led by": the body stays its side', () => {
  it.each([
    ['The World Bank, whose mission was led by Robert Taylor, met Finance Minister Cassiel Ato Forson on Monday.', ['Cassiel Ato Forson + World Bank']],
  ])('%s', (text, expected) => expect(occurredMeetings(text)).toEqual(expected));
});

describe('"the Ministers of Foreign Affairs of A and B" with no one named, or a reception still to come: no meeting', () => {
  it.each([
    ['President John Mahama received on Monday the Ministers of Foreign Affairs of Togo and Benin.', []],
    ['President John Mahama will receive on Monday the Ministers of Foreign Affairs of Togo, Robert Dussey, and of Benin, Olushegun Adjadi Bakari.', []],
  ])('%s', (text, expected) => expect(occurredMeetings(text)).toEqual(expected));
});
