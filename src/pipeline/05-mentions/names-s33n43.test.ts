/**
 * Names (session 33, n43): Spanish titles in English text ("Canciller", "Undersecretary"), family names in capitals that
 * read as regnal numbers or have two words, "Mr" before one, a body's unit or a treaty closing a run, a government head
 * after its country, a chamber of commerce, an outlet named "Diario", and the body after a role closed by a unit's noun.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle, findActor, occurredMeetings, statementSpeakers } from '../test-support';

describe('a Spanish title is no word of the name', () => {
  it.each<[text: string, speakers: string[]]>([
    // "Canciller" is the foreign minister: the surname after it is the minister named before, not a person "Canciller X".
    [
      "Ecuador's Foreign Minister, Valeria Montes Guerrero, received her Peruvian counterpart in Quito on Monday.\n\nCanciller Montes said Ecuador would reopen the border crossing.",
      ['Valeria Montes Guerrero'],
    ],
    ['Undersecretary of Foreign Affairs Lucía Ferrada Ossandón said Uruguay would sign the treaty.', ['Lucía Ferrada Ossandón']],
  ])('%s', (text, speakers) => {
    expect(statementSpeakers(text)).toEqual(speakers);
  });
});

describe('family names in capitals', () => {
  it.each<[text: string, people: string[]]>([
    // "LI" reads as a regnal number, but before a given name, with no name before it, it is a family name.
    ['President Adama Barrow received the Ambassador of Japan in The Gambia, LI Haiming, at State House on Tuesday.', ['Adama Barrow + Li Haiming']],
    // Two family-name words in capitals after the given name are one name, not the given name and the first word.
    ['President Mohamed Bazoum received Minister Ahmed AG ALHASSANE at the palace on Tuesday.', ['Ahmed Ag Alhassane + Mohamed Bazoum']],
  ])('%s', (text, meetings) => {
    expect(occurredMeetings(text)).toEqual(meetings);
  });

  it('"Mr ZHAO" after "ZHAO Weiming" is the same person, who speaks', () => {
    const text = 'President Adama Barrow received the envoy ZHAO Weiming at State House on Tuesday.\n\nMr ZHAO told the press that China would fund the bridge.';
    expect(statementSpeakers(text)).toContain('Zhao Weiming');
  });
});

describe('runs that name no person', () => {
  it('a run closing on a treaty\'s head word is no one who meets', () => {
    const text = 'The Council of the Andean Development Pact - Peoples\' Fair Trade Treaty met on Friday in Lima under the chairmanship of Peru\'s Foreign Minister, Jorge Salas Vidal.';
    const dataset = extractArticle(text);
    expect(dataset.actors.map((a) => a.name)).not.toContain('Fair Trade Treaty');
  });
  it('a run closing on a body\'s unit is no speaker', () => {
    const speakers = statementSpeakers('The President told the visiting minister that Ghana "will honour every contract," the President\'s Communications Division (PCD) said.');
    expect(speakers.filter((name) => name.endsWith('Division'))).toEqual([]);
  });
  it('a government head right after its country is the country\'s, no person "Presidency"', () => {
    expect(statementSpeakers('The Tunisian Presidency denied reports that the president had met a Libyan commander in Rome.')).toEqual(['Tunisia']);
  });
  it('"Diario" makes a run an outlet: what was told to it has no target there', () => {
    const dataset = extractArticle('Economist Marta Ibáñez Soto told Diario La Voz that Uruguay "cannot keep the peg."');
    expect(findActor(dataset, 'Diario La Voz')).toBeUndefined();
  });
});

describe('a role of a body, then the name', () => {
  it.each<[text: string, meetings: string[]]>([
    // The body closes on a unit's noun ("National Police"): the name apposed after it holds the role.
    [
      'On Friday, Foreign Minister Ana Lucía Pérez met the Director General of the Liberian National Police, Moses Kollie Sirleaf, at the ministry.',
      ['Ana Lucía Pérez + Moses Kollie Sirleaf'],
    ],
    ['On Thursday, Mihai Popescu met the Head of the European Union Delegation to Georgia, Liisa Tamm-Kask, in Tbilisi.', ['Liisa Tamm-Kask + Mihai Popescu']],
  ])('%s', (text, meetings) => {
    expect(occurredMeetings(text)).toEqual(meetings);
  });

  it('"the commander of the Joint Relief Force": a one-word body then "Relief Force" is no person', () => {
    const text = 'On Friday, Foreign Minister Ana Lucía Pérez met the commander of the Joint Relief Force, Rwandan Major General Paul Kagabo Mugisha, at the ministry.';
    expect(occurredMeetings(text)).toEqual(['Ana Lucía Pérez + Paul Kagabo Mugisha']);
  });
});

describe('an alliance named in full', () => {
  it('"... of Our America" is the alliance, not the United States', () => {
    expect(statementSpeakers('The Bolivarian Alliance for the Peoples of Our America said Guyana should withdraw its complaint.')).toEqual(['ALBA-TCP']);
  });
});

describe('chambers of commerce', () => {
  it.each<[text: string, body: string, country: string | null]>([
    // A place the gazetteer does not hold ("Natal") before "Chamber": the head word makes it a body.
    ['The Natal Chamber of Commerce said the Japanese loan would "restore confidence."', 'Natal Chamber of Commerce', null],
    // A country before a national chamber: the country stays the body's.
    ['The Lao National Chamber of Commerce and Industry said Thai exporters were still waiting for certification.', 'Lao National Chamber of Commerce and Industry', 'LAO'],
  ])('%s', (text, body, country) => {
    const dataset = extractArticle(text);
    expect(statementSpeakers(text)).toEqual([body]);
    expect(findActor(dataset, body)?.country).toBe(country);
  });
});
