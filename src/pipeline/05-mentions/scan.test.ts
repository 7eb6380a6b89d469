import { describe, expect, it } from 'vitest';
import type { Sentence } from '../types';
import { scanSentence } from './scan';

function mentionsOf(text: string) {
  const sentence: Sentence = { documentId: 'd', start: 0, end: text.length, blockKind: 'body', filePhoto: false, quotes: [] };
  return scanSentence(text, sentence, 0, true);
}

function scan(text: string) {
  return mentionsOf(text).map((m) => {
    const flags = [m.modifier && 'modifier', m.locative && 'locative'].filter(Boolean).join(',');
    return `${m.form}|${m.kind}|${m.via}${m.role ? `|${m.role}` : ''}${m.country ? `|${m.country}` : ''}${flags ? `|${flags}` : ''}`;
  });
}

describe('mentions in one sentence', () => {
  it.each([
    [
      'Kenyan Foreign Minister Musalia Mudavadi met his Ugandan counterpart in Nairobi.',
      ['Kenyan|country|demonym|KEN|modifier', 'Musalia Mudavadi|person|title|foreign minister|KEN', 'Ugandan|country|demonym|UGA|modifier', 'counterpart|person|role|counterpart|UGA', 'Nairobi|country|capital|KEN|locative'],
    ],
    // Well-known armed groups and parties by name (organizations.json), a demonym in the name no country.
    ['Burundian officials said the FDLR had attacked a camp.', ['Burundian|country|government|BDI', 'FDLR|organization|name']],
    ['The ruling Georgian Dream party won the vote.', ['Georgian Dream|organization|name|GEO']],
    ['Leaders of the DUP, the United National Movement and VMRO-DPMNE met on Monday.', ['DUP|organization|alias|GBR', 'United National Movement|organization|name|GEO', 'VMRO-DPMNE|organization|name|MKD']],
    // The word before "party", or after "the … party", is the party's name.
    ['The ruling Zanok party won the vote.', ['Zanok|organization|organization-head']],
    ['The nationalist party Zanok won the vote.', ['Zanok|organization|organization-head']],
    ['The opposition KDP won the vote.', ['KDP|organization|organization-head']],
    // A body's portfolio ("for National Security") is the body's name, not the given names of the surname after it.
    ['Chairman of the State Committee for Border Security Aliyev said the crossing was calm.', ['State Committee for Border Security|organization|organization-head|modifier', 'Aliyev|person|title|chairman']],
    // A bracketed "retd" after a rank is the title's, so the name after it is the adviser's.
    ['Defence Adviser Maj Gen (retd) Tariq Hasan Siddique spoke.', ['Tariq Hasan Siddique|person|title|adviser']],
    ['Brig Gen (Rtd.) Peter Otieno spoke.', ['Peter Otieno|person|honorific']],
    // A portfolio word ends the title, so the name after it is the minister's.
    ['Minister of Media Kofi Asante spoke.', ['Kofi Asante|person|title|minister']],
    [
      "Brazil's foreign minister, Mauro Vieira, spoke.",
      ['Brazil|country|name|BRA|modifier', 'foreign minister|person|role|foreign minister|BRA', 'Mauro Vieira|person|candidate'],
    ],
    [
      'Prime Minister Narendra Modi of India received Mr. Anwar Ibrahim.',
      ['Narendra Modi|person|title|prime minister|IND', 'India|country|name|IND|modifier', 'Anwar Ibrahim|person|honorific'],
    ],
    [
      'The Supreme National Security Council and the African Union issued statements.',
      ['Supreme National Security Council|organization|organization-head', 'African Union|organization|name'],
    ],
    [
      'Iraqi officials said Washington had been warned by the ministry.',
      ['Iraqi|country|government|IRQ', 'Washington|country|alias|USA', 'the ministry|country|focal-government'],
    ],
    [
      'Hamas leader Ismail Haniyeh traveled to Cairo with a delegation of Hamas officers.',
      ['Hamas|organization|name|PSE|modifier', 'Ismail Haniyeh|person|title|leader|PSE', 'Cairo|country|capital|EGY|locative', 'Hamas|organization|name|PSE|modifier'],
    ],
    ['He told reporters it was over.', ['He|person|pronoun', 'it|organization|pronoun']],
    [
      // A portfolio after the title ("for Foreign Affairs", "of State for Trade and Industry") is not part of the name.
      'Kenyan Cabinet Secretary for Foreign Affairs Musalia Mudavadi met Minister of State for Trade and Industry Ali Khan.',
      ['Kenyan|country|demonym|KEN|modifier', 'Musalia Mudavadi|person|title|cabinet secretary|KEN', 'Ali Khan|person|title|minister'],
    ],
    [
      // A dateline's place opens the sentence but is a place, not the subject.
      'New Delhi, Feb 28 (PTI) President William Ruto held talks with Indian Prime Minister Narendra Modi.',
      ['New Delhi|country|capital|IND|locative', 'PTI|organization|outlet', 'William Ruto|person|title|president', 'Indian|country|demonym|IND|modifier', 'Narendra Modi|person|title|prime minister|IND'],
    ],
    [
      // A name listed after a destination is a destination too.
      'The envoy said he would travel to Nairobi and Kampala next week.',
      ['envoy|person|role|envoy', 'he|person|pronoun', 'Nairobi|country|capital|KEN|locative', 'Kampala|country|capital|UGA|locative'],
    ],
    [
      // An agreement named after a body is not the body, and its head word alone is no one.
      'Ghana said it was committed to the UN Charter and the ASEAN Charter.',
      ['Ghana|country|name|GHA', 'it|organization|pronoun'],
    ],
    [
      // A party's head word paired with the state's names the country's ruling party by its function: the country, no body.
      'The Cuban Party and State always value the friendship with Angola.',
      ['Cuban|country|demonym|CUB|modifier', 'Angola|country|name|AGO'],
    ],
    [
      'The Cuban Party, State and people always value the friendship with Angola.',
      ['Cuban|country|demonym|CUB|modifier', 'Angola|country|name|AGO'],
    ],
    [
      // A longer name after "the" wins over an alias that begins with "the".
      'Guyana urged the United Nations Security Council to act; the United Nations agreed.',
      ['Guyana|country|name|GUY', 'United Nations Security Council|organization|name', 'the United Nations|organization|alias'],
    ],
    [
      // A month's abbreviation inside a name; "General" and "Senior General" are ranks.
      'Zin Mar Aung met Senior General Min Aung Hlaing and General Abdourahamane Tiani.',
      ['Zin Mar Aung|person|candidate', 'Min Aung Hlaing|person|title|general', 'Abdourahamane Tiani|person|title|general'],
    ],
    [
      'Xi met General Secretary of the Communist Party of Laos Central Committee Thongloun Sisoulith.',
      ['Xi|person|candidate', 'Communist Party of Laos Central Committee|organization|organization-head|modifier', 'Thongloun Sisoulith|person|title|general secretary'],
    ],
    [
      'Ruto met President of the European Commission Ursula von der Leyen and Foreign Minister of Ghana Samuel Ablakwa.',
      ['Ruto|person|candidate', 'European Commission|organization|name|modifier', 'Ursula von der Leyen|person|title|president', 'Ghana|country|name|GHA|modifier', 'Samuel Ablakwa|person|title|foreign minister|GHA'],
    ],
    ['The Minister of Foreign Affairs of Peru said the border would stay closed.', ['Minister of Foreign Affairs|person|role|foreign minister|PER', 'Peru|country|name|PER|modifier']],
    ["Abiy received Mohamud, the Prime Minister's Office said.", ['Abiy|person|candidate', 'Mohamud|person|candidate', 'Prime Minister|person|role|prime minister']],
    // A hyphenated given name is two romanised syllables; a hyphenated modifier opening a sentence is no name.
    ['Han Seung-ho met Saudi-hosted delegates.', ['Han Seung-ho|person|candidate']],
    ['Qatar-funded and Post-war projects were discussed by Ruto.', ['Ruto|person|candidate']],
    // An envoy's long title, and the country he is posted to, between the body and the name.
    [
      'Ruto met Ambassador Extraordinary and Plenipotentiary of the Republic of Peru to Kenya Juan Garcia.',
      ['Ruto|person|candidate', 'Republic of Peru|country|alias|PER|modifier', 'Juan Garcia|person|title|ambassador|PER'],
    ],
    ['Ruto met Ambassador of Norway to the African Union Ola Nordmann.', ['Ruto|person|candidate', 'Norway|country|name|NOR|modifier', 'Ola Nordmann|person|title|ambassador|NOR']],
    // An adjective of a diplomat's title is never a name, even in a title the lists lack.
    ['Ruto met Envoy Extraordinary and Minister Plenipotentiary Juan Garcia.', ['Ruto|person|candidate', 'Envoy|person|role|envoy', 'Minister|person|role|minister', 'Juan Garcia|person|candidate']],
    ["Paraguay's Chief of Cabinet Marcos Pena spoke.", ['Paraguay|country|name|PRY|modifier', 'Marcos Pena|person|title|chief of cabinet|PRY']],
    ['The vote was lost, said MLA Rachel Notley.', ['Rachel Notley|person|title|mla']],
    // A spokesperson's or an envoy's field may follow "on"; a minister's "on" opens no field.
    ['Their Spokesperson on Health and Social Development Anna Moyo spoke.', ['Anna Moyo|person|title|spokesperson']],
    ['The spokesman on Monday said Chile was wrong.', ['spokesman|person|role|spokesperson', 'Chile|country|name|CHL']],
    // A dateline's place in capitals is a place; not a country's name before a comma and another word in capitals.
    ['NAIROBI, March 3 (KNA) - Ruto met Abiy.', ['NAIROBI|country|capital|KEN|locative', 'Ruto|person|candidate', 'Abiy|person|candidate']],
    ['NEW DELHI, India (AP) — Ruto met Abiy.', ['NEW DELHI|country|capital|IND|locative', 'India|country|name|IND|locative', 'AP|organization|outlet', 'Ruto|person|candidate', 'Abiy|person|candidate']],
    ['KENYA, UGANDA SIGN DEAL as Ruto met Museveni.', ['Ruto|person|candidate', 'Museveni|person|candidate']],
    // A serving role's title goes on with the role it serves: the name holds the first role; a leader's "to" does not.
    ['Ruto met Senior Adviser to the President Jean Mugabo.', ['Ruto|person|candidate', 'Jean Mugabo|person|title|adviser']],
    ['The talks were attended by the Advisor to the King, Mr. Omar Benali.', ['Advisor to the King|person|role|adviser', 'Omar Benali|person|honorific']],
    ['Ruto met Special Envoy to the Prime Minister Anna Moyo.', ['Ruto|person|candidate', 'Anna Moyo|person|title|special envoy']],
    ['Ruto carried a letter from the President to the Prime Minister, Mr. Ali Musa.', ['Ruto|person|candidate', 'President|person|role|president', 'Prime Minister|person|role|prime minister', 'Ali Musa|person|honorific']],
    // A month's abbreviation opens a given name when a name follows it; with a number it is a date.
    ['Ruto met Polish Foreign Minister Jan Kowalczyk.', ['Ruto|person|candidate', 'Polish|country|demonym|POL|modifier', 'Jan Kowalczyk|person|title|foreign minister|POL']],
    ['Sep Vermeulen met Ruto on Jan 5.', ['Sep Vermeulen|person|candidate', 'Ruto|person|candidate']],
    // An envoy posted "to the Kingdom" (the host state by its form alone) before the name.
    ['Ruto met Ambassador of Japan to the Kingdom Taro Yamada.', ['Ruto|person|candidate', 'Japan|country|name|JPN|modifier', 'Taro Yamada|person|title|ambassador|JPN']],
    // "Eng." is an engineer's honorific only with its period; "Commodore" and "Engr" are honorifics.
    ['Minister of Water Eng. Hassan Omar met Commodore Ali Musa and Engr Tunde Bello.', ['Hassan Omar|person|title|minister', 'Ali Musa|person|honorific', 'Tunde Bello|person|honorific']],
    ['Eng Chuan Ong met Ruto.', ['Eng Chuan Ong|person|candidate', 'Ruto|person|candidate']],
    ['Ruto met Air Commodore Ali Musa and Air Chief Marshal Tom Hansen.', ['Ruto|person|candidate', 'Ali Musa|person|honorific', 'Tom Hansen|person|honorific']],
    // A modifier that opens a role opens it after another modifier: a former vice president is no president.
    ['The former vice president said the former deputy foreign minister had left.', ['former vice president|person|role|vice president', 'former deputy foreign minister|person|role|deputy foreign minister']],
    // A second role right before the name is the holder's rank: the first role stays the person's.
    ["The ministry's spokesperson Ambassador Selam Bekele spoke.", ['Selam Bekele|person|title|spokesperson']],
    // "CS" is a cabinet secretary; a body's head word that opens a role ("Cabinet Secretary") makes no body.
    ['Prime CS Amos Wako met Interior CS Jane Mumbi.', ['Amos Wako|person|title|prime cabinet secretary', 'Jane Mumbi|person|title|cabinet secretary']],
    ['Defence Cabinet Secretary Jane Mumbi met Palace Press Officer Ana Cruz.', ['Jane Mumbi|person|title|cabinet secretary', 'Ana Cruz|person|title|press officer']],
    // Long titles read up to the name: an "under" or "assistant" secretary, two parts of the world, a list of fields after
    // "for", a state's form the gazetteer lacks before its country, a member of a named chamber.
    ['Ruto met U.S. Under Secretary of State for Political Affairs Allison Hooker.', ['Ruto|person|candidate', 'U.S.|country|alias|USA|modifier', 'Allison Hooker|person|title|under secretary|USA']],
    // A second field after "for" ("Arms Control", "Policy") still reaches the name, so the country before the title is its holder's.
    ['Ruto met U.S. Under Secretary of State for Arms Control Bonnie Jenkins.', ['Ruto|person|candidate', 'U.S.|country|alias|USA|modifier', 'Bonnie Jenkins|person|title|under secretary|USA']],
    ['Ruto met French Under Secretary of Defence for Policy Claire Dubois.', ['Ruto|person|candidate', 'French|country|demonym|FRA|modifier', 'Claire Dubois|person|title|under secretary|FRA']],
    // A monarch's title that is a given name, right after another role, opens the holder's name: a minister is no sultan.
    ['HE Minister of State Sultan bin Hamad Al Harthy met Ruto.', ['Sultan bin Hamad Al Harthy|person|title|minister', 'Ruto|person|candidate']],
    ['Interior Minister Emir Kovac met Ruto.', ['Emir Kovac|person|title|interior minister', 'Ruto|person|candidate']],
    ['Ruto met Crown Prince Sultan bin Khalid.', ['Ruto|person|candidate', 'Sultan bin Khalid|person|title|crown prince']],
    ['His Majesty Sultan Ibrahim Iskandar met Ruto.', ['Ibrahim Iskandar|person|title|sultan', 'Ruto|person|candidate']],
    ['Ruto met U.S. Assistant Secretary of State Molly Phee.', ['Ruto|person|candidate', 'U.S.|country|alias|USA|modifier', 'Molly Phee|person|title|assistant secretary|USA']],
    ['Ruto met IMF Director for Central Asia and the Caucasus Jihad Azour.', ['Ruto|person|candidate', 'IMF|organization|alias|modifier', 'Jihad Azour|person|title|director']],
    ['Ruto met Commissioner for Competition, Innovation and Crisis Management Kadri Simson.', ['Ruto|person|candidate', 'Kadri Simson|person|title|commissioner']],
    ['Ruto met Minister of Foreign Affairs of the Republic of Kyrgyzstan Jeenbek Kulubaev.', ['Ruto|person|candidate', 'Kyrgyzstan|country|name|KGZ|modifier', 'Jeenbek Kulubaev|person|title|foreign minister|KGZ']],
    ['Member of the National Assembly Ali Khan met Ruto.', ['Ali Khan|person|title|member of the national assembly', 'Ruto|person|candidate']],
    // After a capital style alone, an adjective right before a role qualifies the role: it names no one.
    ['HE Eurasian Commissioner for Trade Anna Berg met Ruto.', ['Anna Berg|person|title|commissioner', 'Ruto|person|candidate']],
    ['HE Federal Minister for Trade Anna Berg met Ruto.', ['Anna Berg|person|title|minister', 'Ruto|person|candidate']],
    ['Mr. Lammy Foreign Secretary spoke.', ['Lammy|person|honorific', 'Foreign Secretary|person|role|foreign secretary']],
    // A seat of power stands for its state; a country's own name and capital as its outlets write them, accents kept, are that country.
    ['La Moncloa denied the report on Monday.', ['La Moncloa|country|alias|ESP']],
    ['Ruto met President Tran in Hà Nội and said Việt Nam and Österreich would help.', ['Ruto|person|candidate', 'Tran|person|title|president', 'Hà Nội|country|capital|VNM|locative', 'Việt Nam|country|alias|VNM', 'Österreich|country|alias|AUT']],
    // An unknown name apposed to "<possessive> coalition partner" is a party; to a person's role, a person.
    ["Zanok, Orban's junior coalition partner, asked the minister to resign.", ['Zanok|organization|organization-head', 'Orban|person|candidate', 'minister|person|role|minister']],
    ["Anna Berg, Orban's chief of staff, asked the minister to resign.", ['Anna Berg|person|candidate', 'Orban|person|candidate|modifier', 'chief of staff|person|role|chief of staff', 'minister|person|role|minister']],
    // "Food" is a portfolio, so a list of fields after it reaches the name; "ambassador-designate" is a role.
    ['Ruto met Deputy Minister of Food, Agriculture and Light Industry Anna Berg.', ['Ruto|person|candidate', 'Anna Berg|person|title|deputy minister']],
    ["Kenya's Ambassador-designate to Uganda, Peter Otieno, spoke.", ['Kenya|country|name|KEN|modifier', 'Ambassador-designate|person|role|ambassador|KEN', 'Uganda|country|name|UGA|locative', 'Peter Otieno|person|candidate']],
    // After a country's possessive, a body named as an international one is the country's own, not the UN's.
    ["The secretary of Armenia's Security Council met the envoy.", ['secretary|person|role|secretary|ARM', "Armenia's Security Council|organization|organization-head|ARM|modifier", 'envoy|person|role|envoy']],
    // A plural role before a list of names is none of them.
    ['Presidents Luis Arce and Gabriel Boric met at the border.', ['Luis Arce|person|candidate', 'Gabriel Boric|person|candidate']],
    ['Prime Ministers Mette Frederiksen and Jonas Gahr Store met.', ['Mette Frederiksen|person|candidate', 'Jonas Gahr Store|person|candidate']],
  ])('%s', (text, expected) => expect(scan(text)).toEqual(expected));

  it('a chained title keeps its earlier roles, the second one opening with its portfolio', () => {
    expect(mentionsOf('Prime CS and Foreign Affairs CS Amos Wako met Crown Prince and Prime Minister Salman Al Khalifa.').map((m) => [m.form, m.role, m.earlierRoles])).toEqual([
      ['Amos Wako', 'cabinet secretary', ['prime cabinet secretary']],
      ['Salman Al Khalifa', 'prime minister', ['crown prince']],
    ]);
  });

  it('a role in lower case before "and" and a role in Title Case are two people, and the second role is not the first\'s', () => {
    expect(mentionsOf('A meeting between the Chilean president and Prime Minister Anna Berg of Norway was called off.').map((m) => [m.form, m.role, m.country, m.earlierRoles])).toEqual([
      ['Chilean', null, 'CHL', undefined],
      ['president', 'president', 'CHL', undefined],
      ['Anna Berg', 'prime minister', 'NOR', undefined],
      ['Norway', null, 'NOR', undefined],
    ]);
  });

  it('keeps Title Case headline words out of names when names are not allowed', () => {
    const text = 'Ruto Hosts Abiy in Nairobi';
    const sentence: Sentence = { documentId: 'd', start: 0, end: text.length, blockKind: 'headline', filePhoto: false, quotes: [] };
    expect(scanSentence(text, sentence, 0, false).map((m) => m.form)).toEqual(['Nairobi']);
  });
});

describe('a compass word as a surname', () => {
  const people = (text: string) => mentionsOf(text).filter((m) => m.kind === 'person' && m.via !== 'role').map((m) => m.form);
  it.each([
    // After a given name the model knows, "West" or "North" is the surname.
    ['Secretary of State for Trade Margaret West met the Chilean envoy.', ['Margaret West']],
    ['Deputy Minister Oliver North said the talks went well.', ['Oliver North']],
    // It never opens a name, nor follows a surname or a word no given-name list knows.
    ['The West has ignored the appeal.', []],
    ['Leaders in West Africa met in Accra.', ['Africa']],
    ['President Ruto West of the river spoke.', ['Ruto']],
  ])('%s', (text, expected) => expect(people(text)).toEqual(expected));
});

describe('a title\'s field and a known body\'s office', () => {
  it.each([
    // A field that opens on a region of the world and closes on a portfolio word is the role's, not a name.
    ['Chile hosted Canada\'s Minister for Arctic Island Affairs, Jean Tremblay, on Monday.', ['Chile|country|name|CHL', 'Canada|country|name|CAN|modifier', 'Minister for Arctic Island Affairs|person|role|minister|CAN', 'Jean Tremblay|person|candidate']],
    ['Ruiz spoke through his Special Adviser on Information and Strategy, Ade Bello.', ['Ruiz|person|candidate', 'Special Adviser on Information and Strategy|person|role|special adviser', 'Ade Bello|person|candidate']],
    // A known body's secretariat or commission is that body; a commission on a field is another body.
    ['The Pacific Islands Forum Secretariat welcomed the talks in Suva.', ['Pacific Islands Forum Secretariat|organization|name', 'Suva|country|capital|FJI|locative']],
    ['The ECOWAS Commission criticized the junta in Bamako.', ['ECOWAS Commission|organization|name', 'Bamako|country|capital|MLI']],
    ['The House of Representatives in Canberra passed the bill.', ['Canberra|country|capital|AUS|locative']],
    // A messaging channel is no one's name.
    ['Ruiz, in a post on Telegram, said Quito would respond.', ['Ruiz|person|candidate', 'Quito|country|capital|ECU']],
    // Well-known bodies by name and unambiguous acronym (organizations.json).
    ['The opposition Law and Justice (PiS) accused the government.', ['Law and Justice|organization|name|POL', 'PiS|organization|alias|POL', 'the government|country|focal-government']],
    ['ODM and UNSMIL welcomed the deal.', ['ODM|organization|alias|KEN', 'UNSMIL|organization|alias']],
    ['The Taiwan Affairs Office criticized the trip.', ['Taiwan Affairs Office|organization|name|CHN']],
  ])('%s', (text, expected) => {
    expect(scan(text)).toEqual(expected);
  });
});
