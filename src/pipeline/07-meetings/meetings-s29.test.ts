import { describe, expect, it } from 'vitest';
import { occurredMeetings } from '../test-support';

describe('"X and his counterpart, Y, held talks": the name apposed to a coordinated role is a subject beside X', () => {
  it.each([
    ['Foreign Minister Elmer Schialer and his Chilean counterpart, Alberto van Klaveren, held talks in Lima on Monday.', ['Alberto van Klaveren + Elmer Schialer']],
    ['Foreign Minister Elmer Schialer and the Chilean foreign minister, Alberto van Klaveren, met in Lima on Monday.', ['Alberto van Klaveren + Elmer Schialer']],
    // The first name apposed to its own title: a comma before "and".
    ['The Peruvian Minister of Foreign Affairs, Elmer Schialer, and his Chilean counterpart, Alberto van Klaveren, signed on Monday in Lima a programme of cooperation on fisheries.', ['Alberto van Klaveren + Elmer Schialer']],
    // A given name and two surnames after "counterpart," are one person.
    ['Foreign Minister Elmer Schialer and his Bolivian counterpart, Celinda Sosa Lunda, held talks in Lima on Monday.', ['Celinda Sosa Lunda + Elmer Schialer']],
  ])('%s', (text, expected) => expect(occurredMeetings(text)).toEqual(expected));
});

describe('"held a working session with": a meeting', () => {
  it.each([
    ['Peruvian Foreign Minister Elmer Schialer held a working session with Chilean Foreign Minister Alberto van Klaveren in Lima on Monday.', ['Alberto van Klaveren + Elmer Schialer']],
  ])('%s', (text, expected) => expect(occurredMeetings(text)).toEqual(expected));
});

describe('a wire sign-off after the last sentence ("… trade. (end) rm.lp", "… trade. PNA") leaves the paragraph body text', () => {
  it.each([
    ['Lima, May 4 (PNA) - Peruvian Foreign Minister Elmer Schialer attended a forum on fisheries in Lima.\n\nOn the sidelines of the forum, Schialer met with Chilean Foreign Minister Alberto van Klaveren. PNA', ['Alberto van Klaveren + Elmer Schialer']],
    ['Peruvian Foreign Minister Elmer Schialer held talks with Chilean Foreign Minister Alberto van Klaveren in Lima.\n\nSchialer also received a phone call from his Bolivian counterpart Celinda Sosa Lunda, during which they discussed trade. (end) rm.lp', ['Celinda Sosa Lunda + Elmer Schialer', 'Alberto van Klaveren + Elmer Schialer']],
  ])('%s', (text, expected) => expect(occurredMeetings(text)).toEqual(expected));
});

describe('"the Chairperson" before the verb is the one person the article titled so, with the body he heads or not', () => {
  it.each([
    ['The Chairperson of the Pacific Islands Forum, H.E. Baron Waqa, received Fijian Foreign Minister Lisa Tagicakibau in Suva on Monday.\n\nThe Chairperson later met New Zealand Foreign Minister Winston Peters.', ['Baron Waqa + Lisa Tagicakibau', 'Baron Waqa + Winston Peters']],
    // "held a virtual" between the title and the meeting noun.
    ['The Chairperson, H.E. Baron Waqa, received Fijian Foreign Minister Lisa Tagicakibau in Suva on Monday.\n\nOn the same day, the Chairperson held a virtual meeting with New Zealand Foreign Minister Winston Peters.', ['Baron Waqa + Winston Peters', 'Baron Waqa + Lisa Tagicakibau']],
  ])('%s', (text, expected) => expect(occurredMeetings(text)).toEqual(expected));
});
