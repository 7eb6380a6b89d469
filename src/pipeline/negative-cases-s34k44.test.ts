/**
 * Things that must NOT become actors, edges or speakers (session 34, k44). Hand-written, about other countries than the probes'.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle, findActor, firstStatementTargets, occurredMeetings, statementSpeakers } from './test-support';

describe('the last word of a state\'s name names it only after a leader\'s "of"', () => {
  it('a mayor "of Tobago" is no office of Trinidad and Tobago', () => {
    const dataset = extractArticle('The Mayor of Tobago, Keith Charles, said Venezuela "must stop the smuggling boats."');
    expect(findActor(dataset, 'Keith Charles')?.country ?? null).not.toBe('TTO');
  });

  it('no person "Leone"', () => {
    const dataset = extractArticle('The Head of State of Leone, Captain Karim Sesay, said Guinea "must respect our borders."');
    expect(dataset.actors.filter((a) => a.kind === 'person').map((a) => a.name)).toEqual(['Karim Sesay']);
  });
});

describe('an adjective right before a body\'s head word opens no name', () => {
  it('"the Central Bank" is no body of its own', () => {
    expect(firstStatementTargets('Finance Minister Awa Ndiaye-Sarr criticised the Central Bank for the delays.', 'Awa Ndiaye-Sarr')).toEqual([]);
  });
});

describe('words in quotes that are no name stay the speaker\'s words', () => {
  it('a country inside them is still whom they are about', () => {
    expect(firstStatementTargets('Minister Ana Perez said Bolivia "will never accept this" on Monday.', 'Ana Perez')).toEqual(['Bolivia']);
  });
});

describe('a state agency\'s bare "The President" with no president of its own, or several, is no one', () => {
  it('Antara, with two foreign presidents', () => {
    const text =
      'Jakarta, 16 November (Antara) - Filipino President Ramon Dizon met Timorese President Jose Amaral Guterres in Manila on Friday.\n\n' +
      'Jose Amaral Guterres conveyed greetings from the people of Timor-Leste and said that "the sea must stay open."\n\n' +
      'The President said he could visit Dili next year "if the new port is ready."';
    expect(statementSpeakers(text)).toEqual(['Jose Amaral Guterres']);
  });
});

describe('a leader\'s office named bare is no one\'s when the article names two holders, or one of another country', () => {
  it.each<[text: string]>([
    ['Gabonese Prime Minister Alain Mboumba received on Thursday his Cameroonian counterpart, Prime Minister Paul Ndjana-Eyoum.\n\nThe Primature on Friday denied reports that Mboumba had met emissaries of the rebel leader Didier Mabiala-Nkounkou.'],
    ['Malian officials said on Thursday that the visit of French Prime Minister Luc Garnier to Bamako was postponed.\n\nThe Primature on Friday denied reports that the visit had been cancelled because of the rebel leader Didier Mabiala-Nkounkou.'],
  ])('%s', (text) => {
    expect(statementSpeakers(text).filter((speaker) => speaker === 'France' || speaker === 'Gabon' || speaker === 'Cameroon')).toEqual([]);
  });
});

describe('a semicolon list is read as the meeting\'s only when each part is a name with at most its title', () => {
  it('a clause after the semicolon ends the list', () => {
    const text = 'Prime Minister Jonas Weller met Anna Lindqvist-Berg, the former President of Finland; Pekka Virtanen, the former President of Estonia, was absent; and Lars Ostberg, the envoy, stayed in Oslo.';
    expect(occurredMeetings(text)).toEqual(['Anna Lindqvist-Berg + Jonas Weller']);
  });

  it('members after a colon of something received from them are no participants', () => {
    const text = 'Prime Minister Jonas Weller received a letter from the members of the Nordic Elders Group: Anna Lindqvist-Berg, Pekka Virtanen and Lars Ostberg.';
    expect(occurredMeetings(text)).toEqual([]);
  });
});

describe('a nickname is no separate person', () => {
  it('"alias" names the same man', () => {
    const dataset = extractArticle('The gang leader Marc Delva, alias "Tiger", accused Jamaica of arming his rivals.');
    expect(dataset.actors.filter((a) => a.kind === 'person').map((a) => a.name)).toEqual(['Marc Delva']);
  });
});
