import { describe, expect, it } from 'vitest';
import { occurredMeetings } from '../test-support';

const chaired = 'The meeting was chaired by Chilean Foreign Minister Alberto van Klaveren and attended by Argentine Foreign Minister Diana Mondino and Uruguayan Foreign Minister Omar Paganini.';

describe('"The meeting was chaired by X and attended by Y and Z": everyone named met', () => {
  it.each([
    [chaired, ['Alberto van Klaveren + Diana Mondino + Omar Paganini']],
    // An organisation's spokesman after a three-word name and a possessive title stays in the list.
    ["The summit was chaired by Samoa's Minister of Foreign Affairs, Fiame Naomi Mataafa, and attended by Tonga's Minister for Foreign Affairs Fekitamoeloa Katoa Utoikamanu, ULMWP spokesman Benny Wenda and PIF Secretary-General Baron Waqa.", ["Baron Waqa + Benny Wenda + Fekitamoeloa Katoa Utoikamanu + Fiame Naomi Mataafa"]],
  ])('%s', (text, expected) => expect(occurredMeetings(text)).toEqual(expected));
});

describe('"the three ministers took part in a session …, chaired by X and attended by Y": they met X and Y there', () => {
  it.each([
    // The same day's talks of the three are told as one meeting with the session (stage 13 merges them).
    ['Kenyan Foreign Minister Musalia Mudavadi and his Tanzanian counterpart, Mahmoud Thabit Kombo, held talks with Ugandan Foreign Minister Jeje Odongo in Nairobi on Monday.\n\nThe three ministers took part in a session of the East African Community council, chaired by Secretary-General Veronica Nduva and attended by Burundian Foreign Minister Édouard Bizimana, which approved a protocol.', ['Jeje Odongo + Mahmoud Thabit Kombo + Musalia Mudavadi + Veronica Nduva + Édouard Bizimana']],
  ])('%s', (text, expected) => expect(occurredMeetings(text)).toEqual(expected));
});

describe('"after more than four hours of talks": the length between "after" and "talks" keeps the trigger', () => {
  it.each([
    ['Chilean Foreign Minister Alberto van Klaveren and his Argentine counterpart, Diana Mondino, agreed on Tuesday to set up joint patrols, after more than four hours of talks in Buenos Aires.', ['Alberto van Klaveren + Diana Mondino']],
  ])('%s', (text, expected) => expect(occurredMeetings(text)).toEqual(expected));
});

describe('"Paraguay was represented by its Deputy Foreign Minister" after a meeting of three or more: the country took part', () => {
  it.each([
    [`${chaired} Paraguay was represented by its Deputy Foreign Minister.`, ['Alberto van Klaveren + Diana Mondino + Omar Paganini + Paraguay']],
  ])('%s', (text, expected) => expect(occurredMeetings(text)).toEqual(expected));
});
