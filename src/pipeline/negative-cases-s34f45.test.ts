/**
 * Things that must NOT become meetings or statements (session 34, f45). Hand-written, about other countries than the probes'.
 */
import { describe, expect, it } from 'vitest';
import { occurredMeetings, statementSpeakers } from './test-support';

describe('a meeting only some websites affirmed, which the outlet could not verify, did not take place', () => {
  it.each([
    'Finally, some websites affirmed on Monday that Prime Minister Paul Otieno had received, in the greatest discretion, the former minister Mary Wanjiru at his home in Nairobi. The Nation was not able to verify this information.',
    'Several blogs asserted that Foreign Minister Ana Ruiz had met the opposition leader Diego Ferrer in Lima. El Comercio was not able to verify this information.',
  ])('%s', (text) => expect(occurredMeetings(text)).toEqual([]));
});

describe('a correction note retracts the meeting it says an earlier version told', () => {
  it.each([
    "Editor's note: A previous version of this article indicated that Foreign Minister Paul Otieno had held talks with the Ugandan Prime Minister, Mary Nabirye. That is incorrect.",
    'Correction: An earlier version of this story said that President Ana Ruiz met the Chilean Foreign Minister, Diego Ferrer, on Monday.',
  ])('%s', (text) => expect(occurredMeetings(text)).toEqual([]));
});

describe("a person's entourage, relatives or aides speak, not the person", () => {
  it.each([
    'Some newspapers reported that Minister Paul Otieno had met the opposition leader Mary Wanjiru. The entourage of Ms Mary Wanjiru spoke of "pure invention".',
    'The relatives of the former minister Peter Kamau said the charges were "a settling of scores by Uganda".',
  ])('%s', (text) => {
    expect(statementSpeakers(text)).not.toContain('Mary Wanjiru');
    expect(statementSpeakers(text)).not.toContain('Peter Kamau');
  });
});

describe('"The Kenyan minister … said … and quoted President X as saying": the minister passes X\'s words on, X makes no statement', () => {
  it.each([
    'The Kenyan minister, in turn, said Nairobi expected Uganda to "finish the work," and quoted President Peter Otieno as saying that "peace will be built by the region."',
  ])('%s', (text) => expect(statementSpeakers(text)).not.toContain('Peter Otieno'));
});

describe('a visit announced, then ", the presidency said": who announces it says nothing of anyone', () => {
  it.each([
    'President Peter Otieno is expected in Kampala before the end of the year, the Kenyan presidency said.',
    'The two foreign ministers are expected in Lima next month, the Chilean Foreign Ministry said.',
  ])('%s', (text) => expect(statementSpeakers(text)).toEqual([]));
});
