/** Bodies a name run can be: after a noun for a company or a group, closed by "University", or a state company the dictionary lists; a second surname spelt as the first. */
import { describe, expect, it } from 'vitest';
import { extractArticle, statementSpeakers } from '../test-support';

/** Every actor of the events of `text`, as "name (kind)", sorted. */
const actorsOf = (text: string) => extractArticle(text, '2024-02-18').actors.map((a) => `${a.name} (${a.kind})`).sort();

describe('a name of two words or more after a noun for a company or a group is an organization', () => {
  it.each<[text: string, actors: string[]]>([
    ['State-owned miner Tavan Gol Resources said in a statement that exports to Russia had doubled.', ['Russia (country)', 'Tavan Gol Resources (organization)']],
    ['Interior Minister Rafael Quiroga accused rights group Voces del Pueblo of spreading lies about Peru.', ['Peru (country)', 'Rafael Quiroga (person)', 'Voces del Pueblo (organization)']],
  ])('%s', (text, actors) => {
    expect(actorsOf(text)).toEqual(actors);
  });
});

describe('a name closed by the head word of an academic institution', () => {
  it('"X University said": the university, an organization', () => {
    expect(actorsOf('Tampere University said in a statement that its exchange programme with Estonia would continue.')).toEqual(['Estonia (country)', 'Tampere University (organization)']);
  });
  it('"Professor X of Y University said": the scholar speaks', () => {
    expect(statementSpeakers('Professor Ines Aalto of Tampere University said Finland was "well prepared."')).toEqual(['Ines Aalto']);
  });
});

describe('state companies the dictionary lists are organizations', () => {
  it.each<[text: string, actors: string[]]>([
    ['Orano said in a statement that it would appeal against the ruling.', ['Orano (organization)']],
    ['Codelco said on Tuesday that it was ready to ship copper through Peru.', ['Codelco (organization)', 'Peru (country)']],
  ])('%s', (text, actors) => {
    expect(actorsOf(text)).toEqual(actors);
  });
});

describe("a second surname joins the person whose surname it follows only when spelt as it was", () => {
  it('"Michael X" after "Kamla Mitchell": a given name that sounds like her surname opens another name', () => {
    const text = "Fiji's Foreign Minister Kamla Mitchell met Tongan Foreign Minister Fekitamoeloa Utoikamanu in Suva on Monday. Opposition leader Michael Dorsett said the government had failed Fiji.";
    expect(statementSpeakers(text)).toEqual(['Michael Dorsett']);
    expect(actorsOf(text)).toContain('Kamla Mitchell (person)');
  });
});
