/**
 * Session 32 (s41): who summons an envoy when a bare ministry does (the seat of his post, else the article's home); a
 * dateline set as a header part of its own ("Outlet | Kigali | Published: …"); the person a denied meeting was with; a
 * ministry's portfolio tail before its verb; a communiqué's present tense ("denies", "condemns"); targets that are only
 * settings (a bloc something belongs to, a seat sought, a land crossed, a capital naming an agreement, the outlet told);
 * a session's final communiqué, the body's words; "… and called X "a trusted neighbour"", a naming verb after another.
 */
import { describe, expect, it } from 'vitest';
import type { Statement } from '../../schema';
import { extractArticle, findActor, firstStatementTargets as targetsOf, statementSpeakers } from '../test-support';

/** The targets of every statement of `speaker` in `text`, by name, sorted. */
function statementTargetsAll(text: string, speaker: string): string[] {
  const dataset = extractArticle(text);
  const id = findActor(dataset, speaker)?.id;
  const names = new Map(dataset.actors.map((a) => [a.id, a.name]));
  return dataset.events.filter((e): e is Statement => e.type === 'statement' && e.speaker === id).flatMap((e) => e.targets.map((t) => names.get(t)!)).sort();
}

describe('a bare ministry that summons an envoy is the host of his post, else the home country', () => {
  it.each<[text: string, speaker: string, targets: string[]]>([
    [
      'Gnassingbé hosts Burkina Faso envoy as Lomé protests arrest of traders\n\nTogo Matin | LOMÉ | 20 November 2026\n\nPresident Faure Gnassingbé on Thursday hosted Burkina Faso\'s Minister of State, Karamoko Traoré, at the presidency for talks on the corridor.\n\nIn Accra, Ghana\'s Foreign Ministry said the traders had "broken the customs law."\n\nSeparately, the foreign ministry summoned Ghana\'s ambassador in Lomé, Kwame Mensah, to protest the arrest of 12 Togolese traders, saying the arrests were "a breach of good neighbourliness."',
      'Togo',
      ['Ghana', 'Kwame Mensah'],
    ],
    [
      'Niger and Algeria sign gas deal\n\nLe Sahel | Niamey, Friday 20 November 2026 | By Issa Moussa\n\nPresident Abdourahamane Tiani received Algeria\'s energy minister on Wednesday.\n\nIn Bamako, Mali\'s Foreign Ministry said the deal showed that Niamey "has chosen Algiers over its allies."\n\nOn Thursday the Ministry of Foreign Affairs summoned Mali\'s chargé d\'affaires, Oumar Diallo, to protest against what it called "unfounded accusations against the Nigerien State."',
      'Niger',
      ['Mali', 'Oumar Diallo'],
    ],
  ])('%s', (text, speaker, targets) => {
    expect(targetsOf(text, speaker)).toEqual(targets);
  });
});

describe('a dateline set as a header part of its own, the day in the next part', () => {
  it.each<[text: string, speakers: string[]]>([
    [
      'Kigali, Kampala, Nairobi agree on rail link\n\nThe New Times | Kigali | Published: 21 Nov 2026\n\nForeign Minister Olivier Mugabo on Friday chaired a meeting on the railway, attended by Uganda\'s Foreign Minister Jeje Odongo and Kenya\'s Foreign Minister Musalia Mudavadi.\n\nThe foreign ministry said in a statement that the railway would be "the spine of the region."',
      ['Rwanda'],
    ],
  ])('%s', (text, speakers) => {
    expect(statementSpeakers(text)).toEqual(speakers);
  });
});

describe('a denied meeting: the foreign person it was said to be with is whom the denial is about', () => {
  it.each<[text: string, speaker: string, targets: string[]]>([
    ['Presidential spokesman Juan Pérez denied that President Ana Gómez had met Chilean Foreign Minister Alberto van Klaveren in Lima last week, calling the reports "fantasy."', 'Juan Pérez', ['Alberto van Klaveren']],
    ['Presidential aide Tomas Ruiz denied Peruvian media reports that President Ana Gómez had met Bolivian President Luis Arce in La Paz last week, calling them "baseless."', 'Tomas Ruiz', ['Luis Arce']],
    ['Spokesman Tomas Ruiz denies the allegations published in a weekly newspaper that Minister Ana Gómez had met Bolivian President Luis Arce in La Paz last month.', 'Tomas Ruiz', ['Luis Arce']],
    ['Spokesman Tomas Ruiz rejected reports in Chilean media that Minister Ana Gómez had met Bolivian President Luis Arce in La Paz, saying "no such meeting took place."', 'Tomas Ruiz', ['Luis Arce']],
  ])('%s', (text, speaker, targets) => {
    expect(targetsOf(text, speaker)).toEqual(targets);
  });
});

describe('a ministry speaking in a communiqué: its portfolio tail, its present tense', () => {
  it.each<[text: string, speakers: string[]]>([
    ['Guinea-Bissau and Senegal agree on border\n\nBISSAU, Nov 19 (ANG) - Foreign Minister Carlos Pinto Pereira held talks with his Senegalese counterpart on Wednesday.\n\nThe Ministry of Foreign Affairs and International Cooperation said in a statement that the agreement would "open the border markets."', ['Guinea-Bissau']],
    ['Gabon and Cameroon meet\n\nL\'Union | Libreville, Thursday 19 November 2026 | Communiqué\n\nThe Ministry of Foreign Affairs informs national opinion that the commission met on Tuesday in Libreville.\n\nThe Ministry firmly denies the information according to which the Minister met an opposition figure in Paris last week.', ['Gabon']],
    ['Gabon and Cameroon meet\n\nL\'Union | Libreville, Thursday 19 November 2026 | Communiqué\n\nThe Ministry of Foreign Affairs informs national opinion that the commission met on Tuesday in Libreville.\n\nThe Ministry further condemns the attack on a barge on the river and calls on Cameroon to "bring the perpetrators to justice."', ['Gabon']],
    // a ministry of another portfolio is not the foreign ministry named before it
    ['Guelleh receives Somali delegation\n\nLa Nation | Ministry of Communication | Djibouti, 19 November 2026\n\nPresident Ismail Omar Guelleh received a Somali delegation on Tuesday, which included Ambassador Hodan Ali, Director of the Africa Department at the Somali Ministry of Foreign Affairs.\n\nIn a separate statement, the Ministry of Communication categorically dismissed reports that the port deal had been cancelled, describing them as "a fabrication."', ['Djibouti']],
  ])('%s', (text, speakers) => {
    expect(statementSpeakers(text)).toEqual(speakers);
  });
});

describe('targets that are only settings', () => {
  it.each<[text: string, speaker: string, targets: string[]]>([
    // a bloc in quoted words only as what something belongs to
    ['Senegalese Foreign Minister Yassine Fall said Mali was "bound by the future of ECOWAS."', 'Yassine Fall', ['Mali']],
    ['Philippine Foreign Secretary Enrique Manalo said Manila would "always stand with Timor-Leste as ASEAN\'s youngest member."', 'Enrique Manalo', ['Timor-Leste']],
    // a seat sought
    ['Fijian Prime Minister Sitiveni Rabuka said Tonga "will not forget Fiji\'s vote" for its candidacy to the UN Human Rights Council.', 'Sitiveni Rabuka', ['Tonga']],
    // a land a route crosses
    ['Kyrgyz Foreign Minister Jeenbek Kulubaev said Kyrgyzstan would export power to Pakistan once a line through Afghanistan is built.', 'Jeenbek Kulubaev', ['Pakistan']],
    ['Kazakh Foreign Minister Murat Nurtleu said Kazakhstan and Mongolia "share the steppe," referring to a corridor through China\'s Xinjiang region.', 'Murat Nurtleu', ['Mongolia']],
    // a capital naming an agreement
    ['Ukrainian Foreign Minister Andrii Sybiha wrote that Moscow was "sabotaging the Washington agreement."', 'Andrii Sybiha', ['Russia']],
  ])('%s', (text, speaker, targets) => {
    expect(targetsOf(text, speaker)).toEqual(targets);
  });
  it('the outlet its own header line names, told the words, is no target', () => {
    const text = 'Kenya and Qatar talk gas\n\nDaily Nation | NAIROBI | November 17, 2026 | NATION REPORTER\n\nNairobi-based economist Dr Wanjiru Kamau told Daily Nation that Qatar\'s promises "have a way of shrinking."';
    expect(targetsOf(text, 'Wanjiru Kamau')).toEqual(['Qatar']);
  });
});

describe('a session\'s final communiqué is the body\'s whose session it was, its members no targets', () => {
  it('"The ASEAN … Council held its 30th meeting … . In their final communiqué, the ministers called on Myanmar …"', () => {
    const text = 'Ministers meet in Jakarta\n\nThe ASEAN Political-Security Community Council held its 30th meeting in Jakarta on Wednesday, chaired by Foreign Minister Sugiono and attended by Vietnam\'s Foreign Minister Bui Thanh Son and Thailand\'s Foreign Minister Maris Sangiampongsa.\n\nIn their final communiqué, the ministers called on Myanmar to "accept Thailand\'s offer of talks."';
    expect(targetsOf(text, 'ASEAN Political-Security Community Council')).toEqual(['Myanmar']);
  });
});

describe('"… and called X "…"": a naming verb coordinated with a saying verb, its quote after the object what it calls X', () => {
  it.each<[text: string, speaker: string, targets: string[]]>([
    ['Turkish Foreign Minister Hakan Fidan said Turkey "will not accept any change in the region," and called Greece "a friendly and trusted neighbour."', 'Hakan Fidan', ['Greece']],
  ])('%s', (text, speaker, targets) => {
    expect(statementTargetsAll(text, speaker)).toEqual(targets);
  });
});
