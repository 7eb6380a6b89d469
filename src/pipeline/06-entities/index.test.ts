import { describe, expect, it } from 'vitest';
import { extractArticle } from '../test-support';

/** The speaker of the statement made in the last sentence of `text`, with country. */
function lastSpeaker(text: string): string | undefined {
  const dataset = extractArticle(text, '2024-02-18');
  const statements = dataset.events.filter((e) => e.type === 'statement');
  const last = statements.sort((a, b) => a.evidence[0].start - b.evidence[0].start).pop();
  const actor = last && last.type === 'statement' ? dataset.actors.find((a) => a.id === last.speaker) : undefined;
  return actor && `${actor.name} (${actor.country ?? '-'})`;
}

describe('references resolve to the person named before', () => {
  it.each([
    ['African Union Commission Chairman Moussa Faki Mahamat opened the summit. Faki told the assembly the wars must end.', 'Moussa Faki Mahamat (-)'],
    ["Sudan's army chief, Gen. Abdel Fattah al-Burhan, said on Saturday that the army would not negotiate.", 'Abdel Fattah al-Burhan (SDN)'],
    ['Mexican President Claudia Sheinbaum met Canadian Prime Minister Justin Trudeau on Monday. The Mexican president said the trade talks went well.', 'Claudia Sheinbaum (MEX)'],
    ['Philippine President Ferdinand Marcos Jr. met Japanese Prime Minister Fumio Kishida in Manila on Friday. He said the two countries would hold joint patrols.', 'Ferdinand Marcos Jr (PHL)'],
    ['Mr. Albanese arrived in Port Moresby. Papua New Guinea Prime Minister James Marape, 53, said on Monday the visit was historic.', 'James Marape (PNG)'],
    // A role before the surname of a person named in full is that person, though the surname is a body's name too.
    ['Congolese Foreign Minister Chantal Mbuyi Wagner met Angolan Foreign Minister Tete Antonio in Luanda on Monday. Minister Wagner told reporters that Angola was a partner.', 'Chantal Mbuyi Wagner (COD)'],
    // Each role of a chained title is the person's.
    ['Bahraini Crown Prince and Prime Minister Salman Al Khalifa received Jordanian Foreign Minister Ayman Safadi in Manama on Monday. The Crown Prince said Bahrain valued its ties with Jordan.', 'Salman Al Khalifa (BHR)'],
    // Russian е after a vowel written -yev or -ev: one person.
    ['Uzbek Foreign Minister Bakhtiyor Boyev met Tajik Foreign Minister Sirojiddin Muhriddin in Tashkent on Monday. Boev said the two countries would share the water.', 'Bakhtiyor Boyev (UZB)'],
    // A second surname after the surname of the one person named before ("Bruno Rodríguez … Rodríguez Parrilla").
    ['Colombian President Gustavo Petro met Kenyan President William Ruto in Bogota on Monday. Petro Urrego said the two countries would trade more.', 'Gustavo Petro (COL)'],
    ['Mexican Foreign Minister Juan Ramón de la Fuente met Kenyan Foreign Minister Musalia Mudavadi in Nairobi on Monday. De la Fuente Ramírez said trade would grow.', 'Juan Ramón de la Fuente (MEX)'],
    // A leader named by title and surname is the one dictionary person of that surname, past a son's suffix ("X Jr.").
    ['President Whipps said on Monday that Palau would host the Pacific forum next year.', 'Surangel Whipps Jr. (PLW)'],
    // A nickname the dictionary lists for a well-known person is that person.
    ['Bongbong Marcos said on Friday that Tokyo would help build the new coast guard ships.', 'Ferdinand Marcos Jr. (PHL)'],
  ])('%s → %s', (text, speaker) => expect(lastSpeaker(text)).toBe(speaker));

  it('a second surname after a surname two people named before share joins neither', () => {
    const text = 'Chilean Foreign Minister Ana Torres met Peruvian Foreign Minister Luis Torres in Lima on Monday. Torres Vidal said the two countries would trade more.';
    const people = extractArticle(text, '2024-02-18').actors.filter((a) => a.kind === 'person').map((a) => a.name);
    expect(people.sort()).toEqual(['Ana Torres', 'Luis Torres', 'Torres Vidal']);
  });

  it('a given name opening a shorter and a longer form of one name is that person; of two names, no one', () => {
    const oneName = 'Qatari Foreign Minister Sheikh Mohammed bin Abdulrahman Al Thani received Omani Foreign Minister Badr Albusaidi in Doha on Monday.\n\nSheikh Mohammed bin Abdulrahman receives Omani Foreign Minister Badr Albusaidi in Doha. Image Credit: QNA\n\nSheikh Mohammed stressed that Qatar backed the talks with Iran.';
    expect(lastSpeaker(oneName)).toBe('Mohammed bin Abdulrahman Al Thani (QAT)');
    const twoNames = 'Saudi Crown Prince Mohammed bin Salman received Emirati President Mohammed bin Zayed in Riyadh on Monday. Sheikh Mohammed stressed that the Gulf backed the talks with Iran.';
    expect(lastSpeaker(twoNames)).toBeUndefined();
  });

  it('a given name finds the person by a form added after the person was first compared', () => {
    // "Faki Mahamat" is compared with "Moussa Faki Mahamat", which then joins its forms; only that form holds "Moussa".
    const text = 'African Union Commission Chairman Faki Mahamat opened the summit. Moussa Faki Mahamat met Kenyan President William Ruto on Monday. Moussa told the assembly the wars must end.';
    expect(lastSpeaker(text)).toBe('Moussa Faki Mahamat (-)');
  });
});

const rolesOf = (text: string, name: string) => extractArticle(text, '2024-02-18').actors.find((a) => a.name === name)?.roles.map((r) => r.role);

describe('roles apposed to a name', () => {
  it.each([
    // The role a speech verb follows with no comma of its own is the reporting clause's subject, not the name's apposition.
    ['Commissioner Marta Kos had breakfast with Belgian Foreign Minister Maxime Prevot, an EU diplomat said.', ['foreign minister']],
    ['Commissioner Marta Kos had breakfast with Maxime Prevot, the Belgian foreign minister, on Friday.', ['foreign minister']],
    ['Commissioner Marta Kos had breakfast with Maxime Prevot, a veteran diplomat, on Friday.', ['diplomat']],
  ])('%s', (text, roles) => expect(rolesOf(text, 'Maxime Prevot')).toEqual(roles));
});

describe('a bracketed qualifier after a role keeps the apposed name', () => {
  it.each([
    ['President Hage Geingob held talks with the Kenyan Minister of State for Foreign Affairs (Regional Affairs), Mr Otieno Wafula, on Monday.', ['minister of state for foreign affairs']],
    ['President Hage Geingob held talks with the Kenyan Minister of State for Foreign Affairs (Regional Affairs), Otieno Wafula, on Monday.', ['minister of state for foreign affairs']],
  ])('%s', (text, roles) => expect(rolesOf(text, 'Otieno Wafula')).toEqual(roles));
});

describe('institutions that speak are not people', () => {
  it.each([
    // A seat of power speaks for its country, as a capital does.
    ['Senegalese Prime Minister Ousmane Sonko must repay the loans to French banks, the Elysee said.', 'France (FRA)'],
    // A seat of government speaks for the country the article is about, as "the ministry" does.
    ['Kenyan President William Ruto will not sign the border deal, State House said.', 'Kenya (KEN)'],
    ['Argentine President Javier Milei will travel to Madrid next week, the Casa Rosada said on Friday.', 'Casa Rosada (ARG)'],
    // A foreign ministry's formal name that one country alone uses speaks for that country.
    ['The Federal Department of Foreign Affairs said Kenyan President William Ruto would visit Geneva next month.', 'Switzerland (CHE)'],
    // "the Department of Foreign Affairs" is a government body: the country the article is about, as "the Foreign Ministry" is.
    ['Irish Foreign Minister Simon Harris will visit Nairobi next month. The Department of Foreign Affairs said the trip would focus on trade.', 'Ireland (IRL)'],
  ])('%s → %s', (text, speaker) => expect(lastSpeaker(text)).toBe(speaker));

  it('an unknown name after "the" does not become a person', () => {
    const dataset = extractArticle('The plan was approved by the Storting, Norwegian Prime Minister Jonas Gahr Store said. The Storting said on Monday it would vote again.', '2024-02-18');
    expect(dataset.actors.filter((a) => a.kind === 'person').map((a) => a.name)).toEqual(['Jonas Gahr Store']);
  });
});

describe('a bare ministry under a dateline that spells its country out is that country\'s', () => {
  it.each([
    ['LIMA, Peru — Chilean President Gabriel Boric will visit Lima next month. The Foreign Ministry said the visit would focus on trade.', 'Peru (PER)'],
    // A foreign embassy is a mission, not the government a later bare ministry belongs to.
    ['ANKARA, Turkey — The Russian embassy criticised the new visa rules. The Foreign Ministry said the rules would stand.', 'Türkiye (TUR)'],
  ])('%s → %s', (text, speaker) => expect(lastSpeaker(text)).toBe(speaker));
});

describe('the Palestinian Authority is Palestine\'s government, as "the Kenyan government" is Kenya', () => {
  it.each([
    ['The Palestinian Authority said on Monday that it welcomed the Saudi aid package.', 'Palestine (PSE)'],
    ["The Palestinian Authority's foreign ministry said the Dutch envoy had ignored its invitation.", 'Palestine (PSE)'],
  ])('%s → %s', (text, speaker) => expect(lastSpeaker(text)).toBe(speaker));
});

describe('well-known parties are organisations of their country, by name or by an acronym news uses for nothing else', () => {
  it.each([
    ['Opposition leader Ravi Menon accused the BJP of "dividing the nation."', 'Bharatiya Janata Party', 'IND'],
    ['Opposition leader Kemal Arslan accused the AKP of "silencing the press."', 'Justice and Development Party', 'TUR'],
    ['The KMT said on Monday it would boycott the vote.', 'Kuomintang', 'TWN'],
    ["Nomvula Dlamini said the ANC's housing policy had \"betrayed the townships.\"", 'African National Congress', 'ZAF'],
    ['Nomvula Dlamini criticised the African National Congress for "betraying the townships."', 'African National Congress', 'ZAF'],
  ])('%s → %s', (text, name, country) => {
    const dataset = extractArticle(text, '2024-02-18');
    expect(dataset.actors.find((a) => a.name === name)).toMatchObject({ kind: 'organization', country });
  });
});

describe('a title "of the <parliament>" before a name ends at the parliament\'s own word', () => {
  it.each([
    ['Chairman of the State Great Khural Gankhuyag Batbold said on Monday that the border would stay open.', 'Gankhuyag Batbold (-)'],
    ['Speaker of the Islamic Consultative Majlis Reza Tavakoli said on Monday that the border would stay open.', 'Reza Tavakoli (-)'],
  ])('%s → %s', (text, speaker) => expect(lastSpeaker(text)).toBe(speaker));
});

describe('a foreign ministry\'s head under its other titles, lower case too, is a foreign minister', () => {
  it.each([
    ["Kenyan President William Ruto held talks with Nigeria's minister of international relations Yusuf Tuggar in Nairobi on Monday.", 'Yusuf Tuggar'],
    ["Zambian President Hakainde Hichilema held talks with South Africa's minister of international relations and cooperation Naledi Pandor in Lusaka on Monday.", 'Naledi Pandor'],
    ['Ghanaian President John Mahama held talks with Nigerian External Affairs Minister Ike Nwachukwu in Accra on Monday.', 'Ike Nwachukwu'],
    ['Ghanaian President John Mahama held talks with the Nigerian Minister of External Affairs Bolaji Akinyemi in Accra on Monday.', 'Bolaji Akinyemi'],
  ])('%s', (text, name) => expect(rolesOf(text, name)).toEqual(['foreign minister']));
});

describe('titles that name an adviser or a party\'s leader before the name', () => {
  it.each([
    ['Afghan Foreign Minister Salahuddin Rabbani held talks with Pakistani Foreign Adviser Sartaj Aziz in Kabul on Monday.', 'Sartaj Aziz', ['foreign adviser']],
    ['The opposition Progress party leader Sylvi Listhaug said the talks with Sweden were a mistake.', 'Sylvi Listhaug', ['party leader']],
  ])('%s', (text, name, roles) => expect(rolesOf(text, name)).toEqual(roles));
});

describe('a seat of power stands for its country, as a capital does; a ministry stays an organization', () => {
  const actorsOf = (text: string) => extractArticle(text, '2024-02-18').actors.map((a) => `${a.name} (${a.kind})`).sort();
  it.each([
    ['Finnish President Alexander Stubb said on Monday that the Kremlin was not interested in peace.', 'Russia (country)'],
    ['Mexican President Claudia Sheinbaum said on Monday that the White House had ignored her letter.', 'United States (country)'],
    ['Irish Prime Minister Simon Harris said on Monday that Downing Street had broken its word.', 'United Kingdom (country)'],
    ['Italian Prime Minister Giorgia Meloni said on Monday that the Elysee had misread the vote.', 'France (country)'],
    ["Belgian Foreign Minister Hadja Lahbib said on Monday that the Quai d'Orsay had misread the vote.", 'France (country)'],
  ])('%s → %s', (text, actor) => expect(actorsOf(text)).toContain(actor));
});

describe('a name noted as another spelling of a person\'s name is that person', () => {
  // One node per person, whichever spelling names it.
  const peopleCount = (text: string) => extractArticle(text, '2024-02-18').actors.filter((a) => a.kind === 'person').length;
  it.each([
    ['Japanese Foreign Minister Yoko Kamikawa met South Korean Foreign Minister Park Jin in Tokyo on Monday. Bak Jin, as the Korean minister\'s name is also romanized, said the talks were useful.', 2],
    ['Chilean President Gabriel Boric met South Korean Foreign Minister Park Jin (also spelled Bak Jin) in Santiago on Monday. Bak Jin said the talks were useful.', 2],
    ['Kenyan opposition leader Raila Odinga, better known as Baba, met Ugandan President Yoweri Museveni on Monday. Baba said the talks were useful.', 2],
  ])('%s', (text, count) => expect(peopleCount(text)).toBe(count));

  it.each([
    ['The Wagner group chief Yevgeny Prigozhin, known as Chef, accused the army of betrayal. Chef, who spoke from Rostov, said the ministry had lied.', 'Yevgeny Prigozhin'],
    ['The rebel leader Bosco Ntaganda, widely known as Terminator, accused Kinshasa of sabotage. Terminator said the ceasefire was dead.', 'Bosco Ntaganda'],
    ['The militia commander Abdel Rahim Dagalo, popularly called Abdelrahim, accused the army of sabotage. Abdelrahim said the truce was over.', 'Abdel Rahim Dagalo'],
    ['The Mozambican insurgent leader Bonomade Machude Omar, alias Abu Sulayfa, accused the army of massacres. Abu Sulayfa said the fighting would go on.', 'Bonomade Machude Omar'],
    ['The Haitian gang leader Jimmy Cherizier, a.k.a. Barbecue, accused the police of abuses. Barbecue said the talks were over.', 'Jimmy Cherizier'],
  ])('a name the person is known by: %s', (text, speaker) => expect(lastSpeaker(text)?.startsWith(`${speaker} (`)).toBe(true));

  it('the note\'s country picks the person of that country, not the one named last', () => {
    const text = 'Kazakh Foreign Minister Murat Nurtleu met Kyrgyz Foreign Minister Jeenbek Kulubaev in Astana on Monday. Murat Nurtileu, as the Kazakh minister\'s surname is also transliterated, said the border talks were useful.';
    // One Kazakh person, named by the longer spelling, speaks.
    expect(peopleCount(text)).toBe(2);
    expect(lastSpeaker(text)).toBe('Murat Nurtileu (KAZ)');
  });
});

describe('a body named with a country or after "the opposition" is an organization', () => {
  const actorsOf = (text: string) => extractArticle(text, '2024-02-18').actors.map((a) => `${a.name} (${a.kind})`);
  it.each([
    // A national branch of a body with branches is that branch, not the country it works in.
    ['Amnesty International Kenya criticized the police over the arrests of protesters in Nakuru.', ['Amnesty International Kenya (organization)']],
    ['Transparency International Bangladesh said on Monday that the tender had been rigged.', ['Transparency International Bangladesh (organization)']],
    ['Oxfam India warned that the new labour code would hurt farm workers.', ['Oxfam India (organization)']],
    // A plural party name after "the opposition" is the party, not a person.
    ['The opposition Liberals accused the Australian government of neglecting the Pacific.', ['Liberals (organization)', 'Australia (country)']],
    ['The opposition Democrats said the Serbian budget would ruin pensioners.', ['Democrats (organization)']],
    // An unknown name apposed to "the main opposition party" or "a left-wing coalition" is that party.
    ['Smer, the main opposition party, accused the Slovak government of lying about the deficit.', ['Smer (organization)']],
    ['Sumar, a left-wing coalition, said the Spanish budget was unfair to renters.', ['Sumar (organization)']],
    // Words with "of" before the noun say what the person is in the party.
    ['Jan Novak, the head of the party, accused the Slovak government of lying about the deficit.', ['Jan Novak (person)']],
    // One capitalised word after "the ruling" or "the opposition", an acronym too, is a party.
    ['The ruling Zanok accused the Slovak government of lying about the deficit.', ['Zanok (organization)']],
    ['The opposition KDP said the Malawian budget would ruin pensioners.', ['KDP (organization)']],
    // A well-known party by its one-word name (organizations.json).
    ['Likud accused the Iranian government of funding the militias.', ['Likud (organization)']],
    ['Fidesz said the Romanian budget would ruin pensioners.', ['Fidesz (organization)']],
    // Named as a party once, the name is that party where it stands alone too.
    ['The ruling Zanok party held a rally in Bratislava. Zanok accused the Czech government of lying about the deficit.', ['Zanok (organization)']],
    ['Zanok accused the Czech government of lying about the deficit. Zanok, the main opposition party, held a rally in Bratislava.', ['Zanok (organization)']],
  ])('%s', (text, actors) => expect(actorsOf(text)).toEqual(expect.arrayContaining(actors)));

  it('a person after "the opposition" and a title stays a person', () => {
    expect(actorsOf('The opposition leader Peter Zanok accused the Slovak government of lying about the deficit.')).toContain('Peter Zanok (person)');
  });

  it('a body with no national branches keeps the country after it', () => {
    expect(actorsOf('The World Bank Kenya programme was extended on Monday.')).not.toContain('World Bank Kenya (organization)');
  });
});

describe('a country named by its acronym is that country', () => {
  it('PNG is Papua New Guinea', () => {
    const text = 'Indonesian President Prabowo Subianto hailed PNG as a partner in every sense.';
    expect(extractArticle(text, '2024-02-18').actors.map((a) => a.name)).toContain('Papua New Guinea');
  });
});

describe('a leader named by title and surname only is the one dictionary person with that surname', () => {
  it.each([
    ['President Kagame said on Monday that the border with Burundi would reopen next month.', 'Paul Kagame (RWA)'],
    ['Mr Tinubu met the state governors in Abuja on Thursday. President Tinubu told reporters on Friday that the fuel plan would go ahead.', 'Bola Tinubu (NGA)'],
    // Two dictionary people share the surname: no one is meant.
    ['President Khan said on Monday that the talks would resume in Doha.', 'Khan (-)'],
    // Not a head of state's or government's title.
    ['Senator Kagame said on Monday that the border with Burundi would reopen next month.', 'Kagame (-)'],
  ])('%s → %s', (text, speaker) => expect(lastSpeaker(text)).toBe(speaker));
});

describe('a role at a body, apposed to a name', () => {
  it('"The State Secretary at the Foreign Ministry, X," makes X a person', () => {
    const text = 'The State Secretary at the Foreign Ministry, Anna Berg, spoke on the phone on Tuesday with Kenyan Foreign Minister Musalia Mudavadi.';
    const people = extractArticle(text, '2024-02-18').actors.filter((a) => a.kind === 'person').map((a) => a.name);
    expect(people.sort()).toEqual(['Anna Berg', 'Musalia Mudavadi']);
  });
});

describe('a member of a known body', () => {
  it('"X Y of the <known party> met …" makes X Y a person', () => {
    const text = 'Rosa Duarte of the Democratic Unionist Party met Irish Foreign Minister Simon Harris in Dublin on Monday.';
    const people = extractArticle(text, '2024-02-18').actors.filter((a) => a.kind === 'person').map((a) => a.name);
    expect(people.sort()).toEqual(['Rosa Duarte', 'Simon Harris']);
  });
});

/** The names of the people in each meeting and of each statement's targets, for the given article. */
function namesOfEvents(text: string): { meetings: string[][]; targets: string[][] } {
  const dataset = extractArticle(text, '2024-02-18');
  const name = (id: string) => dataset.actors.find((a) => a.id === id)?.name ?? id;
  const meetings = dataset.events.flatMap((e) => (e.type === 'meeting' ? [e.participants.map(name).sort()] : []));
  const targets = dataset.events.flatMap((e) => (e.type === 'statement' ? [e.targets.map(name).sort()] : []));
  return { meetings, targets };
}

describe('a short name before the full name', () => {
  it.each([
    // The one person named in full later whose name holds the short name.
    ['The summit followed a phone call between Moreno and Gabriel Boric on Sunday. President Lenín Moreno Garcés told reporters the call had gone well.', [['Gabriel Boric', 'Lenín Moreno Garcés']]],
    // Two people named later hold it: no one.
    ['The summit followed a phone call between Moreno and Gabriel Boric on Sunday. President Lenín Moreno Garcés and Senator Ana Moreno Ruiz told reporters the call had gone well.', []],
  ])('%s', (text, meetings) => expect(namesOfEvents(text).meetings).toEqual(meetings));
});

describe('a title before a surname two people share', () => {
  const opening = 'Guinean Foreign Minister Morissanda Kouyaté held talks with Senegalese Foreign Minister Yassine Fall in Dakar on Monday. Mr Kouyaté said Guinea valued the ties. On Tuesday, President Bassirou Diomaye Faye spoke by phone with Guinean leader General Mamadi Kouyaté.';
  it.each([
    // The person of that surname named before with that title, written out or abbreviated.
    [`${opening} President Faye told Gen. Kouyaté that the border must stay open.`, [['Mamadi Kouyaté']]],
    // A title neither was named with: no one rather than a guess.
    [`${opening} President Faye told Dr Kouyaté that the border must stay open.`, [[]]],
  ])('%s', (text, targets) => expect(namesOfEvents(text).targets.slice(-1)).toEqual(targets));

  it('names the person by the titled form, not by the surname the other holds too', () => {
    const actors = extractArticle(`${opening} President Faye told Gen. Kouyaté that the border must stay open.`, '2024-02-18').actors;
    expect(actors.find((a) => a.name === 'Mamadi Kouyaté')?.aliases).toEqual(['Gen. Kouyaté']);
  });
});
