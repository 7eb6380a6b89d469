/**
 * Things that must NOT become meetings or statements that happened: planned, hypothetical, denied
 * and cancelled meetings, someone merely being somewhere, a government's internal sessions, file
 * photos, quotes inside quotes, non-actor subjects and "whether X had asked". Cases with no event at
 * all come with a positive twin (same actors, the cue removed) so that "nothing was found" cannot
 * pass just because the actors were never read. Hand-written, from outside the Middle East.
 */
import { describe, expect, it } from 'vitest';
import type { Dataset, EventStatus, Meeting, Statement } from '../schema';
import { extractArticle, findActor, firstStatementTargets, occurredMeetings, statementSpeakers } from './test-support';
import { runPipeline } from './index';
import { readHtml } from './01-ingest/read-html';

const run = extractArticle;


const actor = findActor;

const meetings = (dataset: Dataset) => dataset.events.filter((e): e is Meeting => e.type === 'meeting');
const statements = (dataset: Dataset) => dataset.events.filter((e): e is Statement => e.type === 'statement');

/** Meetings of a given status that include every one of these actors (an actor never found matches nothing). */
function meetingsBetween(dataset: Dataset, names: string[], status: EventStatus): Meeting[] {
  const ids = names.map((n) => actor(dataset, n)?.id);
  if (ids.some((id) => !id)) return [];
  return meetings(dataset).filter((m) => m.status === status && ids.every((id) => m.participants.includes(id!)));
}

/** The name of who speaks in the statement whose sentence opens with `opening`. */
function speakerOfSentence(dataset: Dataset, opening: string): string | undefined {
  const said = statements(dataset).find((s) => s.evidence[0].quote.startsWith(opening));
  return dataset.actors.find((a) => a.id === said?.speaker)?.name;
}

function statementsBy(dataset: Dataset, name: string): Statement[] {
  const id = actor(dataset, name)?.id;
  return id ? statements(dataset).filter((s) => s.speaker === id && s.status === 'occurred') : [];
}

describe('meetings that did not happen keep their modality', () => {
  it.each<[cue: string, text: string, between: [string, string], status: EventStatus]>([
    ['planned: will meet next week', 'Kenyan President William Ruto will meet Ugandan President Yoweri Museveni next week.', ['William Ruto', 'Yoweri Museveni'], 'planned'],
    ['planned: is expected to hold talks', 'Brazilian President Luiz Inácio Lula da Silva is expected to hold talks with Argentine President Javier Milei in Buenos Aires.', ['Luiz Inácio Lula da Silva', 'Javier Milei'], 'planned'],
    ['planned: is due to receive', 'Egyptian President Abdel Fattah el-Sisi is due to receive Ethiopian Prime Minister Abiy Ahmed in Cairo.', ['Abdel Fattah el-Sisi', 'Abiy Ahmed'], 'planned'],
    ['hypothetical: could meet if', 'Japanese Prime Minister Fumio Kishida could meet South Korean President Yoon Suk Yeol if the dispute is resolved.', ['Fumio Kishida', 'Yoon Suk Yeol'], 'hypothetical'],
    ['hypothetical: might hold talks', 'Italian Prime Minister Giorgia Meloni might hold talks with Tunisian President Kais Saied in Tunis.', ['Giorgia Meloni', 'Kais Saied'], 'hypothetical'],
    ['denied: denied meeting', 'Nigerian President Bola Tinubu denied meeting Ghanaian President Nana Akufo-Addo in Accra.', ['Bola Tinubu', 'Nana Akufo-Addo'], 'denied'],
    ['planned: a channel before "with" (will hold talks via videoconference)', 'Ghanaian Foreign Minister Samuel Ablakwa will hold talks via videoconference with Togolese Foreign Minister Robert Dussey next week.', ['Samuel Ablakwa', 'Robert Dussey'], 'planned'],
    ['denied: a channel before "with" (did not hold talks by phone)', 'Ghanaian Foreign Minister Samuel Ablakwa did not hold talks by phone with Togolese Foreign Minister Robert Dussey, his office said.', ['Samuel Ablakwa', 'Robert Dussey'], 'denied'],
    ['denied: did not meet', 'Spanish Prime Minister Pedro Sánchez did not meet Moroccan Prime Minister Aziz Akhannouch during the visit.', ['Pedro Sánchez', 'Aziz Akhannouch'], 'denied'],
    ['cancelled: called off talks', 'Australian Prime Minister Anthony Albanese called off talks with Fijian Prime Minister Sitiveni Rabuka on Monday.', ['Anthony Albanese', 'Sitiveni Rabuka'], 'cancelled'],
    ['planned: will meet the political directors of countries', "Kenyan Deputy Foreign Minister Korir Sing'oei will meet the political directors of Sweden, Norway and Denmark in Oslo next week.", ["Korir Sing'oei", 'Sweden'], 'planned'],
    ['hypothetical: a meeting noun whose verb is modal', 'Analysts said a meeting between Kazakh President Kassym-Jomart Tokayev and Tajik President Emomali Rahmon could follow in the autumn.', ['Kassym-Jomart Tokayev', 'Emomali Rahmon'], 'hypothetical'],
    ['hypothetical: a modal inside the quote after a meeting noun', 'Peruvian President Jose Ramos received Bolivian Foreign Minister Ana Paz in Lima. Government spokesman Carlos Mena said a meeting between Ramos and Chilean President Luis Vidal "could take place once the border is fully open."', ['Jose Ramos', 'Luis Vidal'], 'hypothetical'],
    ['planned: a future inside the quote after a meeting noun', 'Government spokesman Carlos Mena said talks between Peruvian President Jose Ramos and Chilean President Luis Vidal "will be held in Arica."', ['Jose Ramos', 'Luis Vidal'], 'planned'],
    ['planned: talks that will resume', 'Talks between Ghanaian President John Mahama and Ivorian President Alassane Ouattara will resume in Abidjan.', ['John Mahama', 'Alassane Ouattara'], 'planned'],
    ['planned: offered to host talks between', 'Angolan President João Lourenço offered to host talks between Congolese President Félix Tshisekedi and Rwandan President Paul Kagame.', ['Félix Tshisekedi', 'Paul Kagame'], 'planned'],
    ['cancelled: refused to meet', 'Congolese President Félix Tshisekedi refused to meet Rwandan President Paul Kagame in Luanda.', ['Félix Tshisekedi', 'Paul Kagame'], 'cancelled'],
    ['cancelled: postponed his meeting', 'New Zealand Prime Minister Christopher Luxon postponed his meeting with Tongan Prime Minister Siaosi Sovaleni.', ['Christopher Luxon', 'Siaosi Sovaleni'], 'cancelled'],
    ['planned: a meeting noun with a length after "there will be"', 'There will be a two-hour meeting between Nepalese Foreign Minister Arjun Thapa and Chinese Foreign Minister Wang Tao in Kathmandu on Thursday.', ['Arjun Thapa', 'Wang Tao'], 'planned'],
    ['planned: a meeting noun whose predicate is "is expected" with a place', 'A meeting between Kenyan Foreign Minister Musalia Mudavadi and Ugandan Foreign Minister Jeje Odongo is expected in Kampala on Friday.', ['Musalia Mudavadi', 'Jeje Odongo'], 'planned'],
    ['denied: not yet on the agenda', 'A Kremlin spokesman told reporters that a meeting between Kazakh President Kassym-Jomart Tokayev and Chinese President Xi Jinping is not yet on the agenda.', ['Kassym-Jomart Tokayev', 'Xi Jinping'], 'denied'],
    ['denied: will not meet', 'Chilean President Gabriel Boric will not meet Bolivian President Luis Arce during the summit, his office said.', ['Gabriel Boric', 'Luis Arce'], 'denied'],
    ['denied: would not hold talks', 'Thai Prime Minister Paetongtarn Shinawatra said she would not hold talks with Cambodian Prime Minister Hun Manet while the border stayed closed.', ['Paetongtarn Shinawatra', 'Hun Manet'], 'denied'],
    ['denied: had no plans for talks', "Iran's Foreign Ministry spokesman Esmaeil Baghaei said Tehran had no plans for talks with Abu Dhabi.", ['Iran', 'United Arab Emirates'], 'denied'],
    ['denied: did not receive', 'Hungarian Prime Minister Viktor Orbán did not receive Slovak Prime Minister Robert Fico during the visit, as he was abroad.', ['Viktor Orbán', 'Robert Fico'], 'denied'],
    ['hypothetical: a press report neither government confirmed', 'Israeli media reported that Egyptian President Abdel Fattah el-Sisi and Sudanese General Abdel Fattah al-Burhan had met in Alexandria, but neither government confirmed it.', ['Abdel Fattah el-Sisi', 'Abdel Fattah al-Burhan'], 'hypothetical'],
    ['hypothetical: talks neither side has confirmed', 'Kenyan daily The Standard reported that President William Ruto had met Ugandan President Yoweri Museveni in Entebbe, though neither side has confirmed the talks.', ['William Ruto', 'Yoweri Museveni'], 'hypothetical'],
    ['hypothetical: a meeting that was never confirmed', 'Ecuadorian President Daniel Noboa met Peruvian President Dina Boluarte in Tumbes, according to a local radio station, but the meeting was never confirmed.', ['Daniel Noboa', 'Dina Boluarte'], 'hypothetical'],
    ['denied: reports that X met Y were dismissed as baseless', 'Reports that Emirati President Mohamed bin Zayed met Sudanese General Mohamed Hamdan Dagalo were dismissed as baseless by an Emirati official.', ['Mohamed bin Zayed', 'Mohamed Hamdan Dagalo'], 'denied'],
    ['hypothetical: reports that X met Y', 'Reports that Emirati President Mohamed bin Zayed met Sudanese General Mohamed Hamdan Dagalo circulated widely on Monday.', ['Mohamed bin Zayed', 'Mohamed Hamdan Dagalo'], 'hypothetical'],
    ['denied: dismissed as fabricated claims that X had held talks with Y', 'The Foreign Ministry dismissed as "fabricated" claims on social media that Kenyan Foreign Minister Musalia Mudavadi had held secret talks with Ethiopian Foreign Minister Gedion Timothewos in Djibouti.', ['Musalia Mudavadi', 'Gedion Timothewos'], 'denied'],
    ['hypothetical: would meet … if', 'Chilean President Gabriel Boric said he would meet Bolivian President Luis Arce in La Paz if the border dispute is settled.', ['Gabriel Boric', 'Luis Arce'], 'hypothetical'],
    ['denied: no proposal for X to meet Y', 'A Pakistani Foreign Office spokesperson said there was no proposal for Prime Minister Shehbaz Sharif to meet Indian Prime Minister Narendra Modi at the summit.', ['Shehbaz Sharif', 'Narendra Modi'], 'denied'],
    ['hypothetical: wanted talks with', 'Japanese Foreign Minister Takeshi Iwaya said he wanted talks with Chinese Foreign Minister Wang Yi before the summit.', ['Takeshi Iwaya', 'Wang Yi'], 'hypothetical'],
    ['hypothetical: asked whether he would meet', 'South African Foreign Minister Ronald Lamola arrived in Kyiv on Monday. Reporters asked whether Lamola would meet Ukrainian President Volodymyr Zelensky.', ['Ronald Lamola', 'Volodymyr Zelensky'], 'hypothetical'],
    ['hypothetical: had hoped for a meeting with', 'When Ghanaian Foreign Minister Samuel Okudzeto Ablakwa flew to Abuja last month, officials in Accra had hoped for a meeting with Nigerian President Bola Tinubu.', ['Samuel Okudzeto Ablakwa', 'Bola Tinubu'], 'hypothetical'],
    ['hypothetical: talks the ministry did not confirm', 'Paraguayan Deputy Minister Raúl Cano held talks with Argentine officials on Tuesday in Posadas, although the Foreign Ministry did not confirm the meeting.', ['Raúl Cano', 'Argentina'], 'hypothetical'],
    ['hypothetical: a reported meeting not confirmed', 'Kenyan President William Ruto met Ugandan President Yoweri Museveni on Monday. A meeting between Ruto and Ethiopian Prime Minister Abiy Ahmed, reported by several Nairobi outlets, has not been confirmed by either side.', ['William Ruto', 'Abiy Ahmed'], 'hypothetical'],
    ['planned: the next round of (peace) talks, in the clause of a call that happened', 'Peruvian Foreign Minister Elmer Schialer held a telephone conversation on Monday with his Chilean counterpart, Alberto van Klaveren, in which they reviewed preparations for the next round of border talks with Bolivian Foreign Minister Celinda Sosa.', ['Elmer Schialer', 'Celinda Sosa'], 'planned'],
    ['planned: a trip whose date is not confirmed stays planned', 'Premier Giorgia Meloni is expected to travel to Tunis in March for talks with Tunisian President Kais Saied, although the date has not yet been confirmed.', ['Giorgia Meloni', 'Kais Saied'], 'planned'],
    ['hypothetical: called for talks with', 'Colombian President Gustavo Petro called for talks with Venezuelan President Nicolas Maduro over the border.', ['Gustavo Petro', 'Nicolas Maduro'], 'hypothetical'],
    ['hypothetical: a meeting between X and Y in a place whose name is not plain ASCII would be a step', 'Ecuadorian President Daniel Noboa met Peruvian President Dina Boluarte on Monday. A meeting between Colombian President Gustavo Petro and Noboa in Bogotá would be "the most useful step," Boluarte added.', ['Gustavo Petro', 'Daniel Noboa'], 'hypothetical'],
    ['hypothetical: a meeting between X and Y in a place whose name is not plain ASCII could follow', 'Analysts said a meeting between Colombian President Gustavo Petro and Ecuadorian President Daniel Noboa in Bogotá could follow in the autumn.', ['Gustavo Petro', 'Daniel Noboa'], 'hypothetical'],
    ['hypothetical: a meeting between X and Y would be a step', 'A meeting between Colombian President Gustavo Petro and Ecuadorian President Daniel Noboa in Quito would be a major step, Peruvian President Dina Boluarte said.', ['Gustavo Petro', 'Daniel Noboa'], 'hypothetical'],
    ['planned: a meeting between X and Y would be held', 'A meeting between Colombian President Gustavo Petro and Ecuadorian President Daniel Noboa would be held in Quito, Peruvian President Dina Boluarte said.', ['Gustavo Petro', 'Daniel Noboa'], 'planned'],
    ['planned: a meeting and the talks that follow it, attended by others', 'Chilean President Gabriel Boric and Argentine President Javier Milei will hold a one-on-one meeting in Santiago on Friday, followed by delegation talks attended by Foreign Minister Alberto van Klaveren.', ['Gabriel Boric', 'Alberto van Klaveren'], 'planned'],
    ['hypothetical: called on, its attribution after it, in a report not confirmed', 'Zambian Foreign Minister Mulambo Haimbe reportedly called on Angolan President João Lourenço at the palace in Luanda, according to local media, but the meeting was never confirmed.', ['Mulambo Haimbe', 'João Lourenço'], 'hypothetical'],
    ['planned: "the delegation" of its one leader will be received', 'A trade delegation led by Mongolian Deputy Prime Minister Tuvshin Badral arrived in Seoul on Monday. The delegation will be received by President Lee Jae-myung on Wednesday.', ['Tuvshin Badral', 'Lee Jae-myung'], 'planned'],
    ['denied: not aware of any plans for a meeting', 'Ghanaian government spokesman Felix Kwakye Ofosu said he was not aware of any plans for a meeting between President John Mahama and Togolese President Faure Gnassingbé.', ['John Mahama', 'Faure Gnassingbé'], 'denied'],
    ['planned: will hold official talks later today with', 'Peruvian Foreign Minister Elmer Schialer will hold official talks later today with Chilean Foreign Minister Alberto van Klaveren in Lima.', ['Elmer Schialer', 'Alberto van Klaveren'], 'planned'],
    ['planned: will meet in a place with a delegation headed by', 'Kenyan Foreign Minister Musalia Mudavadi will meet in Nairobi with a delegation of the Somali federal government headed by Deputy Prime Minister Salah Jama next week.', ['Musalia Mudavadi', 'Salah Jama'], 'planned'],
    // "Since" a year names no encounter; "since the summit was cancelled" names one that did not happen.
    ['denied: have not met since a year', 'Serbian President Aleksandar Vučić and Kosovo Prime Minister Albin Kurti have not met since 2023.', ['Aleksandar Vučić', 'Albin Kurti'], 'denied'],
    ['denied: have not held talks since a year', 'Armenian Prime Minister Nikol Pashinyan and Azerbaijani President Ilham Aliyev have not held talks since 2023.', ['Nikol Pashinyan', 'Ilham Aliyev'], 'denied'],
    // A report of the meeting before its verb: denied by a verb before the report or a falsity word after the meeting.
    ['denied: rejected a report by an outlet that X had met Y', 'LISBON, March 3 - The ministry rejected a report by a local newspaper that Foreign Minister Ana Pereira had secretly met Venezuelan Vice President Delcy Rodríguez in Havana, calling it baseless.', ['Ana Pereira', 'Delcy Rodríguez'], 'denied'],
    ['denied: reports claiming that X met Y "are incorrect"', "NAIROBI, March 3 - Government spokesman Isaac Mwaura said that reports claiming that President William Ruto met Sudanese army chief Abdel Fattah al-Burhan in Mombasa last week 'are incorrect and misleading.'", ['William Ruto', 'Abdel Fattah al-Burhan'], 'denied'],
    ['denied: reports that X had met Y "were without foundation"', 'Reports that Kenyan President William Ruto had met Sudanese army chief Abdel Fattah al-Burhan in Mombasa were without foundation, the ministry said.', ['William Ruto', 'Abdel Fattah al-Burhan'], 'denied'],
    ['hypothetical: reports suggesting that X met Y', 'Reports suggesting that Kenyan President William Ruto met Sudanese army chief Abdel Fattah al-Burhan in Mombasa circulated on Monday.', ['William Ruto', 'Abdel Fattah al-Burhan'], 'hypothetical'],
    // A meeting floated or proposed, or one with no date set, is still a plan.
    ['planned: a meeting between X and Y has been mooted, no date set', 'A meeting between Chilean President Gabriel Boric and Bolivian President Luis Arce has been mooted for the spring, but no date has been set, officials told reporters.', ['Gabriel Boric', 'Luis Arce'], 'planned'],
    ['planned: talks between X and Y have been floated', 'Talks between Kenyan President William Ruto and Ethiopian Prime Minister Abiy Ahmed have been floated for the autumn, a diplomat said.', ['William Ruto', 'Abiy Ahmed'], 'planned'],
    ['planned: a meeting between X and Y, no date has been set', 'A meeting between Serbian President Aleksandar Vučić and Hungarian Prime Minister Viktor Orbán is likely, although no date has been set.', ['Aleksandar Vučić', 'Viktor Orbán'], 'planned'],
    ['denied: have not met since a summit that was cancelled', 'Serbian President Aleksandar Vučić and Kosovo Prime Minister Albin Kurti have not met since the Ohrid summit was cancelled.', ['Aleksandar Vučić', 'Albin Kurti'], 'denied'],
    // A meeting noun whose predicate says it never happened, past a relative clause whose "sidelines of" is no meeting cue.
    ['denied: a meeting noun that did not take place, past an apposed participle phrase', 'A meeting between Kenyan President William Ruto and Somali President Hassan Sheikh Mohamud, reported by several Nairobi dailies, did not take place, a State House official said.', ['William Ruto', 'Hassan Sheikh Mohamud'], 'denied'],
    ['hypothetical: a request for talks is no meeting', 'Kenyan Foreign Minister Musalia Mudavadi said Nairobi had not yet received a formal request for talks with Somali President Hassan Sheikh Mohamud.', ['Kenya', 'Hassan Sheikh Mohamud'], 'hypothetical'],
    ['denied: a meeting noun that did not occur, past a relative clause', 'Chilean President Gabriel Boric met Argentine President Javier Milei on Monday. A meeting between Boric and Peruvian President Dina Boluarte, which had been discussed for the sidelines of the APEC summit, did not occur, the Foreign Ministry confirmed.', ['Gabriel Boric', 'Dina Boluarte'], 'denied'],
    ['denied: a meeting noun that never took place', 'Talks between Kenyan President William Ruto and Ugandan President Yoweri Museveni in Kampala never took place.', ['William Ruto', 'Yoweri Museveni'], 'denied'],
    // A meeting shelved, put on hold or deferred did not happen; one not yet scheduled is at most a plan.
    ['cancelled: a meeting noun that has been shelved indefinitely', 'A meeting between Peruvian President Jose Ramos and Ecuadorian President Daniel Noboa, pencilled in for the Andean summit, has been shelved indefinitely, officials said.', ['Jose Ramos', 'Daniel Noboa'], 'cancelled'],
    ['cancelled: talks put on hold', 'Talks between Kenyan President William Ruto and Somali President Hassan Sheikh Mohamud in Mogadishu were put on hold on Monday.', ['William Ruto', 'Hassan Sheikh Mohamud'], 'cancelled'],
    ['cancelled: a meeting noun that was deferred', 'A meeting between Thai Prime Minister Anutin Charnvirakul and Cambodian Prime Minister Hun Manet in Bangkok was deferred on Tuesday.', ['Anutin Charnvirakul', 'Hun Manet'], 'cancelled'],
    ['planned: a meeting noun that has not yet been scheduled', 'A meeting between Estonian President Alar Karis and Moldovan President Maia Sandu has not yet been scheduled, the presidential office said.', ['Alar Karis', 'Maia Sandu'], 'planned'],
    ['planned: talks that are yet to be scheduled', 'Talks between Ghanaian President John Mahama and Togolese President Faure Gnassingbé in Lomé are yet to be scheduled, a spokesman said.', ['John Mahama', 'Faure Gnassingbé'], 'planned'],
    ['denied: a meeting noun that did not take place, past a relative clause', 'A meeting between Colombian President Gustavo Petro and Ecuadorian President Daniel Noboa, which officials had planned for the margins of the summit, did not take place.', ['Gustavo Petro', 'Daniel Noboa'], 'denied'],
  ])('%s', (_cue, text, between, status) => {
    const dataset = run(text);
    expect(meetingsBetween(dataset, between, 'occurred')).toHaveLength(0);
    // Not vacuous: the same two people were read, and the meeting is kept with its modality.
    expect(meetingsBetween(dataset, between, status)).toHaveLength(1);
  });
});

describe('named in a meeting\'s sentence but not at it (each with a twin where the same two did meet)', () => {
  it.each<[cue: string, text: string, notMet: [string, string], twin: string, met: [string, string]]>([
    ['the spokesman of a closing attribution', 'President Cyril Ramaphosa received Nigerian Vice President Kashim Shettima in Pretoria on Monday, in the presence of Foreign Minister Ronald Lamola, presidential spokesman Vincent Magwenya said in a statement.', ['Cyril Ramaphosa', 'Vincent Magwenya'], 'President Cyril Ramaphosa received Nigerian Vice President Kashim Shettima in Pretoria on Monday, in the presence of presidential spokesman Vincent Magwenya.', ['Cyril Ramaphosa', 'Vincent Magwenya']],
    ["the owner of the counterpart's role (\"X's adviser, Y\")", "French President Emmanuel Macron received Brazilian President Luiz Inácio Lula da Silva at the Elysee on Monday. Foreign Minister Mauro Vieira also met with Macron's diplomatic adviser, Emmanuel Bonne, on Tuesday night.", ['Mauro Vieira', 'Emmanuel Macron'], 'French President Emmanuel Macron received Brazilian President Luiz Inácio Lula da Silva at the Elysee on Monday. Foreign Minister Mauro Vieira also met with Macron on Tuesday night.', ['Mauro Vieira', 'Emmanuel Macron']],
    ["the owner of a narrowed role (\"X's economic policy adviser, Y\")", "French President Emmanuel Macron received Brazilian President Luiz Inácio Lula da Silva at the Elysee on Monday. Foreign Minister Mauro Vieira also met with Macron's economic policy adviser, Claire Dubois, on Tuesday night.", ['Mauro Vieira', 'Emmanuel Macron'], "French President Emmanuel Macron received Brazilian President Luiz Inácio Lula da Silva at the Elysee on Monday. Foreign Minister Mauro Vieira also met with Macron's economic policy adviser, Claire Dubois, on Tuesday night.", ['Mauro Vieira', 'Claire Dubois']],
    // The twin is the same text: the meeting is read, the body that speaks later in the article is not at it.
    ['the body of an opening "The head of <body>, General X,"', "The head of Guinea's National Transition Council, General Dansa Kourouma, met with U.S. Senior Advisor for Africa Peter Lang in Conakry on Thursday. In a statement, the National Transition Council said Kourouma told Lang that elections would be held.", ['National Transition Council', 'Peter Lang'], "The head of Guinea's National Transition Council, General Dansa Kourouma, met with U.S. Senior Advisor for Africa Peter Lang in Conakry on Thursday. In a statement, the National Transition Council said Kourouma told Lang that elections would be held.", ['Dansa Kourouma', 'Peter Lang']],
    ['the country opening the name of a body every country has ("the Canada Chamber of Commerce")', 'Ghanaian President John Mahama met a delegation of the Canada Chamber of Commerce in Accra on Monday.', ['John Mahama', 'Canada'], 'Ghanaian President John Mahama met a delegation of Canada in Accra on Monday.', ['John Mahama', 'Canada']],
    ['the country opening the name of its Red Cross', 'Ghanaian President John Mahama met a delegation of the Nigeria Red Cross in Accra on Monday.', ['John Mahama', 'Nigeria'], 'Ghanaian President John Mahama met a delegation of Nigeria in Accra on Monday.', ['John Mahama', 'Nigeria']],
    ['who speaks in a ", with X saying" clause after the talks', 'The ruling Labour Party praised the talks with Peru, with spokesperson Ana Torres saying the government was "delivering results."', ['Peru', 'Ana Torres'], 'The ruling Labour Party praised the talks with Peru, with spokesperson Ana Torres.', ['Peru', 'Ana Torres']],
    ['the side of a titled person whose name is not read', 'Italian Defence Minister Guido Crosetto met with U.S. Under Secretary of State for Political Affairs Jan van der Berg at the Pentagon on Friday.', ['Guido Crosetto', 'United States'], 'Italian Defence Minister Guido Crosetto met with U.S. officials at the Pentagon on Friday.', ['Guido Crosetto', 'United States']],
  ])('%s', (_cue, text, notMet, twin, met) => {
    expect(meetingsBetween(run(text), notMet, 'occurred')).toHaveLength(0);
    expect(meetingsBetween(run(twin), met, 'occurred')).toHaveLength(1);
  });

  it('"briefed X on the talks he held in Rome on Monday with Y" tells of other talks: no second meeting with X, dated and placed as those', () => {
    const dataset = run('Maltese Interior Minister Byron Camilleri met Tunisian Interior Minister Khaled Nouri in Valletta on Thursday. Minister Nouri also briefed Minister Camilleri on the talks he held in Rome on Monday with the Italian Minister of the Interior, Matteo Piantedosi.');
    expect(meetingsBetween(dataset, ['Byron Camilleri', 'Khaled Nouri'], 'occurred').map((m) => m.place)).toEqual(['Valletta']);
  });
});

describe('"The previous day, the two presidents held talks with X": no group stand-in unless the meeting told just before had two people of that office (each with its twin)', () => {
  const twin = 'Ghanaian President John Mahama received Togolese President Faure Gnassingbé in Accra on Friday. The previous day, the two presidents held a video conference with Beninese President Patrice Talon.';
  it.each<[cue: string, text: string]>([
    ['three at the meeting before', 'Ghanaian President John Mahama received Togolese President Faure Gnassingbé and Burkinabe President Ibrahim Traoré in Accra on Friday. The previous day, the two presidents held a video conference with Beninese President Patrice Talon.'],
    ['a statement, not a meeting, before', 'Ghanaian President John Mahama said on Friday that Togolese President Faure Gnassingbé was a friend. The previous day, the two presidents held a video conference with Beninese President Patrice Talon.'],
    ['another meeting between', 'Ghanaian President John Mahama received Togolese President Faure Gnassingbé in Accra on Friday.\n\nGhanaian Foreign Minister Samuel Okudzeto Ablakwa met Nigerian Foreign Minister Yusuf Tuggar and Ivorian Foreign Minister Kacou Houadja Léon Adom in Abuja on Monday.\n\nThe previous day, the two presidents held a video conference with Beninese President Patrice Talon.'],
    ['one of the two holds another office', 'Ghanaian President John Mahama received Togolese Foreign Minister Robert Dussey in Accra on Friday. The previous day, the two presidents held a video conference with Beninese President Patrice Talon.'],
    ['a vice president is no president', 'Ghanaian President John Mahama received Togolese Vice President Ahmed Tidjani in Accra on Friday. The previous day, the two presidents held a video conference with Beninese President Patrice Talon.'],
  ])('%s', (_cue, text) => {
    expect(meetingsBetween(run(text), ['John Mahama', 'Patrice Talon'], 'occurred')).toHaveLength(0);
    expect(meetingsBetween(run(twin), ['John Mahama', 'Patrice Talon'], 'occurred')).toHaveLength(1);
  });

  it('the group\'s meeting "the previous day" is dated the day before the meeting it refers back to, not that day', () => {
    const dataset = run('Ghanaian President John Mahama received Togolese President Faure Gnassingbé in Accra on Friday, March 6, 2026. The previous day, the two presidents held a video conference with Beninese President Patrice Talon.');
    expect(meetingsBetween(dataset, ['Faure Gnassingbé', 'Patrice Talon'], 'occurred').map((m) => m.date)).toEqual(['2026-03-05']);
  });
});

describe('"took part in a videoconference with" only in the past: one still to come or denied is no meeting (each with its past twin)', () => {
  const twin = 'Ugandan Foreign Minister Jeje Odongo met Kenyan Foreign Minister Musalia Mudavadi in Kampala on Monday. Both ministers also took part in a videoconference with Tanzanian Foreign Minister Mahmoud Thabit Kombo on Tuesday.';
  it.each<[cue: string, text: string]>([
    ['planned ("were to take part")', 'Ugandan Foreign Minister Jeje Odongo met Kenyan Foreign Minister Musalia Mudavadi in Kampala on Monday. Both ministers were to take part in a videoconference with Tanzanian Foreign Minister Mahmoud Thabit Kombo on Tuesday.'],
    ['future ("will take part")', 'Ugandan Foreign Minister Jeje Odongo met Kenyan Foreign Minister Musalia Mudavadi in Kampala on Monday. Both ministers will take part in a videoconference with Tanzanian Foreign Minister Mahmoud Thabit Kombo on Friday.'],
    ['denied ("did not take part")', 'Ugandan Foreign Minister Jeje Odongo met Kenyan Foreign Minister Musalia Mudavadi in Kampala on Monday. Both ministers did not take part in a videoconference with Tanzanian Foreign Minister Mahmoud Thabit Kombo on Tuesday.'],
    ['hearsay ("Reports that … took part")', 'Ugandan Foreign Minister Jeje Odongo met Kenyan Foreign Minister Musalia Mudavadi in Kampala on Monday. Reports that both ministers took part in a videoconference with Tanzanian Foreign Minister Mahmoud Thabit Kombo on Tuesday were denied.'],
  ])('%s', (_cue, text) => {
    expect(meetingsBetween(run(text), ['Jeje Odongo', 'Mahmoud Thabit Kombo'], 'occurred')).toHaveLength(0);
    expect(meetingsBetween(run(twin), ['Jeje Odongo', 'Mahmoud Thabit Kombo'], 'occurred')).toHaveLength(1);
  });
});

describe('"have not met since <an encounter>" denies later meetings only: the encounter took place', () => {
  it.each<[text: string, between: [string, string], date: string | null]>([
    ['Serbian President Aleksandar Vučić and Kosovo Prime Minister Albin Kurti have not met since a brief encounter at the EU summit in Brussels in October 2023.', ['Aleksandar Vučić', 'Albin Kurti'], '2023-10-01'],
    ['Armenian Prime Minister Nikol Pashinyan and Azerbaijani President Ilham Aliyev had not held talks since their meeting in Prague in May 2023.', ['Nikol Pashinyan', 'Ilham Aliyev'], '2023-05-01'],
  ])('%s', (text, between, date) => {
    const dataset = run(text);
    expect(meetingsBetween(dataset, between, 'denied')).toHaveLength(0);
    expect(meetingsBetween(dataset, between, 'occurred').map((m) => m.date)).toEqual([date]);
  });
});

describe('a possibility is no denial', () => {
  it('"there were no plans, though she did not rule out a meeting with Y": hypothetical', () => {
    const dataset = run('Asked whether she would travel to Brasília, Peruvian President Dina Boluarte said there were no plans for now, though she did not rule out a meeting with Brazilian President Luiz Inácio Lula da Silva in June.');
    expect(meetings(dataset).map((m) => m.status)).toEqual(['hypothetical']);
  });
});

describe('a clause\'s modality stays in its clause', () => {
  it.each<[text: string, between: [string, string]]>([
    ['US President Joe Biden, who met Chinese President Xi Jinping in Lima on Saturday, did not travel to Brasilia.', ['Joe Biden', 'Xi Jinping']],
    ["Brazilian Foreign Minister Mauro Vieira spoke by phone with Argentine Foreign Minister Diana Mondino on Friday, a week before Mondino's planned visit to Brasilia, which was later cancelled.", ['Mauro Vieira', 'Diana Mondino']],
    ['Vietnamese Party General Secretary To Lam, who met US President Joe Biden in New York in September, will travel to Tokyo next year.', ['To Lam', 'Joe Biden']],
  ])('%s', (text, between) => {
    const dataset = run(text);
    const [met] = meetingsBetween(dataset, between, 'occurred');
    expect(met).toBeDefined();
    expect(met.place === null || !/Tokyo|Brasilia/.test(met.place)).toBe(true);
  });
});

describe('no meeting at all (each with a positive twin that does produce one)', () => {
  it.each<[cue: string, text: string, twin: string, between: [string, string]]>([
    ['a person merely being somewhere (visited a capital)', 'German Chancellor Olaf Scholz visited Paris on Wednesday.', 'German Chancellor Olaf Scholz held talks with France on Wednesday.', ['Olaf Scholz', 'France']],
    ['visiting a capital is not meeting its country', 'Vietnamese Prime Minister Pham Minh Chinh visited Canberra on Tuesday.', 'Vietnamese Prime Minister Pham Minh Chinh held talks with Australia on Tuesday.', ['Pham Minh Chinh', 'Australia']],
    ['internal session: met his own cabinet', 'Indian Prime Minister Narendra Modi met with his cabinet ministers in New Delhi on Monday.', 'Indian Prime Minister Narendra Modi met with Nepalese Prime Minister Pushpa Kamal Dahal in New Delhi on Monday.', ['Narendra Modi', 'Pushpa Kamal Dahal']],
    ['a place after "in the" is no party ("were set to hold talks in the Saudi city")', 'Ukrainian President Volodymyr Zelensky arrived in Jeddah on Monday, where delegations were set to hold talks in the Saudi city.', 'Ukrainian President Volodymyr Zelensky held talks with Saudi Arabia on Monday.', ['Volodymyr Zelensky', 'Saudi Arabia']],
    ['internal session: chaired a cabinet meeting', 'Kenyan President William Ruto chaired a cabinet meeting at State House in Nairobi on Tuesday.', 'Kenyan President William Ruto met Tanzanian President Samia Suluhu Hassan at State House in Nairobi on Tuesday.', ['William Ruto', 'Samia Suluhu Hassan']],
    ['welcoming a person\'s commitment is not welcoming the person', "Nigerian President Bola Tinubu welcomed Ghanaian President John Mahama's commitment to regional security on Monday.", 'Nigerian President Bola Tinubu welcomed Ghanaian President John Mahama to Abuja on Monday.', ['Bola Tinubu', 'John Mahama']],
    ['summoning an envoy named by no one is no meeting', 'Kenya summoned the Ugandan ambassador on Monday.', 'Kenya received the Ugandan ambassador, Robinah Nabbanja, on Monday.', ['Kenya', 'Robinah Nabbanja']],
    ['summoning an envoy named by no one is no meeting with his country', 'Czech Foreign Minister Jan Lipavsky summoned the Hungarian ambassador on Monday.', 'Czech Foreign Minister Jan Lipavsky met the Hungarian ambassador on Monday.', ['Jan Lipavsky', 'Hungary']],
    ['an unnamed envoy a meeting to come is with is no meeting', 'Czech Foreign Minister Jan Lipavsky will meet the Hungarian ambassador on Monday.', 'Czech Foreign Minister Jan Lipavsky received the Hungarian ambassador on Monday.', ['Jan Lipavsky', 'Hungary']],
    ['an envoy the article names elsewhere is no country side', 'Kenyan Foreign Minister Musalia Mudavadi met the Ugandan ambassador in Nairobi on Monday. Ugandan Ambassador Robinah Nabbanja later said the talks went well.', 'Kenyan Foreign Minister Musalia Mudavadi met the Ugandan ambassador in Nairobi on Monday. Ugandan President Yoweri Museveni later said the talks went well.', ['Musalia Mudavadi', 'Uganda']],
    ['a body after "a meeting of" is the meeting, not a party to it', 'Kenyan President William Ruto attended a meeting of the East African Community in Arusha on Monday.', 'Kenyan President William Ruto held a meeting with the East African Community in Arusha on Monday.', ['William Ruto', 'East African Community']],
    ['talks that failed are a process, not a meeting ("after talks collapsed")', 'Kenya and Somalia agreed on Monday to reopen the border after talks collapsed last year.', 'Kenya and Somalia agreed on Monday to reopen the border after talks in Nairobi.', ['Kenya', 'Somalia']],
    ['talks that failed after their object ("said on Monday after talks with Y collapsed")', 'Kenya will seek new partners, Kenyan President William Ruto said on Monday after talks with Ethiopian Prime Minister Abiy Ahmed collapsed.', 'Kenya will seek new partners, Kenyan President William Ruto said on Monday after talks with Ethiopian Prime Minister Abiy Ahmed.', ['William Ruto', 'Abiy Ahmed']],
    ['a process told of is no meeting ("the stalled talks between X and Y")', 'Qatar urged both sides to return to the stalled peace talks between Sudan and South Sudan.', 'Sudan held talks with South Sudan in Juba on Monday.', ['Sudan', 'South Sudan']],
    ['talks as a subject discussed ("including the talks between X and Y")', 'The Brazilian foreign ministry reviewed the situation in the region on Monday, including the indirect talks between Venezuela and Guyana.', 'The indirect talks between Venezuela and Guyana took place in Brasília on Monday.', ['Venezuela', 'Guyana']],
    ['talks as the object of "discussed"', 'Brazilian President Luiz Inácio Lula da Silva discussed the talks between Venezuela and Guyana with reporters on Monday.', 'Talks between Venezuela and Guyana took place in Brasília on Monday.', ['Venezuela', 'Guyana']],
    ['a message received is no visit by its sender', 'Malawian President Lazarus Chakwera on Monday received a letter from Zambian President Hakainde Hichilema.', 'Malawian President Lazarus Chakwera on Monday received Zambian President Hakainde Hichilema.', ['Lazarus Chakwera', 'Hakainde Hichilema']],
    ['speaking to a country or the press is no call', 'Indian Prime Minister Narendra Modi spoke to Nepal about the floods on Tuesday.', 'Indian Prime Minister Narendra Modi spoke to Nepalese Prime Minister Pushpa Kamal Dahal about the floods on Tuesday.', ['Narendra Modi', 'Pushpa Kamal Dahal']],
    ['joint act: one subject agreeing with another is no joint act', 'Latvian President Edgars Rinkēvičs agreed with Lithuanian President Gitanas Nausėda in Riga on Monday.', 'Latvian President Edgars Rinkēvičs and Lithuanian President Gitanas Nausėda agreed in Riga on Monday to link their power grids.', ['Edgars Rinkēvičs', 'Gitanas Nausėda']],
    ['joint act: an auxiliary tells of no one occasion ("have agreed in the past")', 'Latvian President Edgars Rinkēvičs and Lithuanian President Gitanas Nausėda have agreed in Riga in the past to link their power grids.', 'Latvian President Edgars Rinkēvičs and Lithuanian President Gitanas Nausėda agreed in Riga on Monday to link their power grids.', ['Edgars Rinkēvičs', 'Gitanas Nausėda']],
    ['joint act: no place: the agreement may have been reached apart', 'Latvian President Edgars Rinkēvičs and Lithuanian President Gitanas Nausėda agreed on Monday to link their power grids.', 'Latvian President Edgars Rinkēvičs and Lithuanian President Gitanas Nausėda agreed in Riga on Monday to link their power grids.', ['Edgars Rinkēvičs', 'Gitanas Nausėda']],
    ['joint act: a place in the infinitive is where something is still to happen', 'Latvian President Edgars Rinkēvičs and Lithuanian President Gitanas Nausėda agreed on Monday to build a terminal in Klaipėda.', 'Latvian President Edgars Rinkēvičs and Lithuanian President Gitanas Nausėda agreed in Riga on Monday to link their power grids.', ['Edgars Rinkēvičs', 'Gitanas Nausėda']],
    ['the political directors of a body, not of countries', "Kenyan Deputy Foreign Minister Korir Sing'oei met the political directors of the African Union in Oslo on Monday.", "Kenyan Deputy Foreign Minister Korir Sing'oei met the political directors of Sweden, Norway and Denmark in Oslo on Monday.", ["Korir Sing'oei", 'Sweden']],
    ['joint act: planned', 'Kazakh President Kassym-Jomart Tokayev and Kyrgyz President Sadyr Japarov are expected to sign a border treaty in Bishkek on Thursday.', 'Kazakh President Kassym-Jomart Tokayev and Kyrgyz President Sadyr Japarov signed a border treaty in Bishkek on Thursday.', ['Kassym-Jomart Tokayev', 'Sadyr Japarov']],
    ['joint act: hypothetical', 'Kazakh President Kassym-Jomart Tokayev and Kyrgyz President Sadyr Japarov would have signed a border treaty in Bishkek if the talks had not failed.', 'Kazakh President Kassym-Jomart Tokayev and Kyrgyz President Sadyr Japarov signed a border treaty in Bishkek on Thursday.', ['Kassym-Jomart Tokayev', 'Sadyr Japarov']],
    ['joint act: hearsay', 'Reports that Kazakh President Kassym-Jomart Tokayev and Kyrgyz President Sadyr Japarov signed a border treaty in Bishkek were denied.', 'Kazakh President Kassym-Jomart Tokayev and Kyrgyz President Sadyr Japarov signed a border treaty in Bishkek on Thursday.', ['Kassym-Jomart Tokayev', 'Sadyr Japarov']],
    ['joint act: countries are no named people', 'Lithuania and Latvia agreed in Riga on Monday to link their power grids.', 'Latvian President Edgars Rinkēvičs and Lithuanian President Gitanas Nausėda agreed in Riga on Monday to link their power grids.', ['Edgars Rinkēvičs', 'Gitanas Nausėda']],
    ['"called on Y to" and a quoted demand is a request, not a courtesy call', 'Ghanaian opposition MP Samuel Okudzeto Ablakwa called on Foreign Minister Shirley Ayorkor Botchwey to "publish the visa deal before anything is signed."', 'Ghanaian opposition MP Samuel Okudzeto Ablakwa called on Foreign Minister Shirley Ayorkor Botchwey at her office in Accra on Monday.', ['Samuel Okudzeto Ablakwa', 'Shirley Ayorkor Botchwey']],
    ['"calls on Y to" and a quoted demand', 'Nepalese opposition leader Pushpa Kamal Dahal calls on Prime Minister Sher Bahadur Deuba to “reopen the border talks at once.”', 'Nepalese opposition leader Pushpa Kamal Dahal calls on Prime Minister Sher Bahadur Deuba at his residence in Kathmandu.', ['Pushpa Kamal Dahal', 'Sher Bahadur Deuba']],
    ['an audience granted to no one named is no meeting', 'Thai King Maha Vajiralongkorn granted an audience to reporters at the Grand Palace on Monday.', 'Thai King Maha Vajiralongkorn granted an audience to Lao Prime Minister Sonexay Siphandone at the Grand Palace on Monday.', ['Maha Vajiralongkorn', 'Sonexay Siphandone']],
    ['"The Chilean diplomat" with no Chilean named before is no one', 'Peruvian President Dina Boluarte visited Arica on Monday.\n\nThe Chilean diplomat was received on Tuesday by Peruvian Interior Minister Juan José Santiváñez.', 'Peruvian President Dina Boluarte met Chilean Foreign Minister Alberto van Klaveren in Lima on Monday.\n\nThe Chilean diplomat was received on Tuesday by Peruvian Interior Minister Juan José Santiváñez.', ['Alberto van Klaveren', 'Juan José Santiváñez']],
  ])('%s', (_cue, text, twin, between) => {
    const dataset = run(text);
    expect(meetings(dataset).filter((m) => m.status === 'occurred')).toHaveLength(0);
    expect(meetingsBetween(run(twin), between, 'occurred')).toHaveLength(1);
  });

  it('"signed … in the presence of both leaders" joins the signers to the meeting of two told before, not to one of three, nor to none', () => {
    const signing = "Ghana's Foreign Minister Samuel Ablakwa and his Togolese counterpart Robert Dussey signed a border pact in the presence of both leaders.";
    const three = run(`Ghanaian President John Mahama hosted Togolese President Faure Gnassingbe and Beninese President Patrice Talon in Accra on Friday. ${signing}`);
    expect(meetingsBetween(three, ['Samuel Ablakwa', 'Robert Dussey'], 'occurred')).toHaveLength(0);
    expect(meetings(run(signing))).toHaveLength(0);
    const two = run(`Ghanaian President John Mahama hosted Togolese President Faure Gnassingbe in Accra on Friday. ${signing}`);
    expect(meetingsBetween(two, ['Samuel Ablakwa', 'John Mahama'], 'occurred')).toHaveLength(1);
    expect(meetingsBetween(two, ['Robert Dussey', 'Faure Gnassingbe'], 'occurred')).toHaveLength(1);
    // Signed at the leaders' meeting: its day, not undated.
    expect(meetingsBetween(two, ['Samuel Ablakwa', 'Robert Dussey'], 'occurred')[0].date).toBe(meetingsBetween(two, ['John Mahama', 'Faure Gnassingbe'], 'occurred')[0].date);
    expect(meetingsBetween(two, ['Samuel Ablakwa', 'Robert Dussey'], 'occurred')[0].date).not.toBeNull();
    const peru = run("Peruvian President Dina Boluarte received Ecuadorian President Daniel Noboa in Lima on Monday. Peru's Foreign Minister Elmer Schialer and Ecuador's Foreign Minister Gabriela Sommerfeld signed a fisheries accord in the presence of the two presidents.");
    expect(meetingsBetween(peru, ['Elmer Schialer', 'Daniel Noboa'], 'occurred')).toHaveLength(1);
  });

  it('two ministers of one country signing together are colleagues, not two sides', () => {
    const dataset = run('Ghanaian Foreign Minister Samuel Ablakwa and Finance Minister Cassiel Ato Forson signed the loan agreement in Paris on Tuesday.');
    expect(meetings(dataset)).toHaveLength(0);
  });

  it('who made a meeting possible is no party to it ("in a meeting facilitated by the United States")', () => {
    const dataset = run('Somali Foreign Minister Ahmed Moallim Fiqi and his Kenyan counterpart Musalia Mudavadi met on Saturday in New York, in a meeting facilitated by the United States.');
    expect(meetingsBetween(dataset, ['Ahmed Moallim Fiqi', 'Musalia Mudavadi'], 'occurred')).toHaveLength(1);
    expect(meetings(dataset).flatMap((m) => m.participants)).not.toContain(actor(dataset, 'United States')?.id ?? 'United States');
  });

  it('"received a message from A, delivered by B": A is not at the meeting, B is', () => {
    const dataset = run("Malawian President Lazarus Chakwera on Monday received a special message from Zambian President Hakainde Hichilema, delivered by Zambia's Foreign Minister Mulambo Haimbe, at State House in Lilongwe.");
    expect(meetingsBetween(dataset, ['Lazarus Chakwera', 'Mulambo Haimbe'], 'occurred')).toHaveLength(1);
    expect(meetingsBetween(dataset, ['Lazarus Chakwera', 'Hakainde Hichilema'], 'occurred')).toHaveLength(0);
  });

  it('"The French foreign minister was received by X, before holding talks with Y": the unnamed subject\'s talks are not X\'s', () => {
    const dataset = run('The Spanish foreign minister was received by Moroccan King Mohammed VI on Tuesday, before holding talks with Moroccan Foreign Minister Nasser Bourita.');
    expect(meetingsBetween(dataset, ['Mohammed VI', 'Nasser Bourita'], 'occurred')).toHaveLength(0);
  });

  it('who reports a call is not on it: "…, the Kremlin said"', () => {
    const dataset = run('Kazakh President Kassym-Jomart Tokayev held a phone call with Russian President Vladimir Putin on Monday, the Kremlin said.');
    const call = meetingsBetween(dataset, ['Kassym-Jomart Tokayev', 'Vladimir Putin'], 'occurred');
    expect(call).toHaveLength(1);
    expect(call[0].participants).toHaveLength(2);
  });

  it.each([
    ['met separately', 'Indian Prime Minister Narendra Modi met separately with Sri Lankan President Anura Kumara Dissanayake and Maldivian President Mohamed Muizzu on Monday.', 'Narendra Modi', ['Anura Kumara Dissanayake', 'Mohamed Muizzu']],
    ['held separate talks', 'Tongan Prime Minister Siaosi Sovaleni held separate talks on Wednesday with Tuvalu Prime Minister Feleti Teo and Solomon Islands Prime Minister Jeremiah Manele.', 'Siaosi Sovaleni', ['Feleti Teo', 'Jeremiah Manele']],
    ['hosted for indirect talks', 'Omani Foreign Minister Badr Albusaidi hosted Iranian Foreign Minister Abbas Araghchi and U.S. envoy Steve Witkoff for indirect talks on Sunday.', 'Badr Albusaidi', ['Abbas Araghchi', 'Steve Witkoff']],
    ['"separately" after the list', 'Mexican Foreign Minister Juan Ramón de la Fuente met Guatemalan Foreign Minister Carlos Ramiro Martínez and Honduran Foreign Minister Enrique Reina separately in Mexico City on Monday.', 'Juan Ramón de la Fuente', ['Carlos Ramiro Martínez', 'Enrique Reina']],
    ['"respectively"', 'Mexican Foreign Minister Juan Ramón de la Fuente met Guatemalan Foreign Minister Carlos Ramiro Martínez and Honduran Foreign Minister Enrique Reina on Monday and Tuesday respectively.', 'Juan Ramón de la Fuente', ['Carlos Ramiro Martínez', 'Enrique Reina']],
    ['", in separate meetings"', 'Mexican Foreign Minister Juan Ramón de la Fuente met Guatemalan Foreign Minister Carlos Ramiro Martínez and Honduran Foreign Minister Enrique Reina in Mexico City on Monday, in separate meetings.', 'Juan Ramón de la Fuente', ['Carlos Ramiro Martínez', 'Enrique Reina']],
    ['"the meetings" told after', 'Polish Prime Minister Donald Tusk on Tuesday met Brazilian President Luiz Inácio Lula da Silva and Japanese Prime Minister Shigeru Ishiba in New York.\n\nForeign Minister Radosław Sikorski also attended the meetings.', 'Donald Tusk', ['Luiz Inácio Lula da Silva', 'Shigeru Ishiba']],
  ])('%s: the subject met each, the others did not meet one another', (_cue, text, subject, others) => {
    const dataset = run(text);
    for (const other of others) expect(meetingsBetween(dataset, [subject, other], 'occurred')).toHaveLength(1);
    expect(meetingsBetween(dataset, others, 'occurred')).toHaveLength(0);
  });

  it('"also attended the meetings" joins each of the meetings its sentence told; "separately" in a later clause is not the meeting\'s', () => {
    const dataset = run('Polish Prime Minister Donald Tusk on Tuesday met Brazilian President Luiz Inácio Lula da Silva and Japanese Prime Minister Shigeru Ishiba in New York.\n\nForeign Minister Radosław Sikorski also attended the meetings.');
    for (const other of ['Luiz Inácio Lula da Silva', 'Shigeru Ishiba']) expect(meetingsBetween(dataset, ['Radosław Sikorski', other], 'occurred')).toHaveLength(1);
    const together = run('Mexican Foreign Minister Juan Ramón de la Fuente met Guatemalan Foreign Minister Carlos Ramiro Martínez and Honduran Foreign Minister Enrique Reina in Mexico City on Monday, a day after the two had separately visited Lima.');
    expect(meetingsBetween(together, ['Carlos Ramiro Martínez', 'Enrique Reina'], 'occurred')).toHaveLength(1);
  });

  it('the place a title names is no participant ("X, Crown Prince and Deputy Ruler of Ajman, met Y"; "The Governor of Mombasa met Y")', () => {
    const [meeting] = meetings(run('Sheikh Hamdan bin Mohammed Al Maktoum, Crown Prince, Deputy Prime Minister and Deputy Ruler of Ajman, met Indian Foreign Minister S. Jaishankar on Monday.'));
    expect(meeting.participants).toHaveLength(2);
    expect(actor(run('The Governor of Mombasa met Tanzanian President Samia Suluhu Hassan on Monday.'), 'Mombasa')).toBeUndefined();
  });

  it('"In May" is the month, not the modal verb', () => {
    const dataset = run('In May, Kenyan President William Ruto met Ugandan President Yoweri Museveni in Kampala.');
    expect(meetingsBetween(dataset, ['William Ruto', 'Yoweri Museveni'], 'occurred')).toHaveLength(1);
  });

  it('a country is no second party beside its own minister ("hosted by Kazakh Foreign Minister X" is not Kazakhstan meeting X)', () => {
    const dataset = run('ALMATY, Kazakhstan (Reuters) - The foreign ministers of Armenia and Azerbaijan, Ararat Mirzoyan and Jeyhun Bayramov, held two days of talks in Almaty on Friday and Saturday hosted by Kazakh Foreign Minister Murat Nurtleu, their ministries said.');
    const kazakhstan = dataset.actors.find((a) => a.kind === 'country' && a.name === 'Kazakhstan');
    expect(meetings(dataset).filter((m) => kazakhstan && m.participants.includes(kazakhstan.id))).toHaveLength(0);
  });

  it('who reports "a meeting between X and Y" is not in it, and a meeting\'s topic is not a party', () => {
    const dataset = run('Kremlin spokesman Dmitry Peskov told reporters that a meeting between Russian President Vladimir Putin and Turkish President Recep Tayyip Erdogan took place in Sochi.');
    const [meeting] = meetingsBetween(dataset, ['Vladimir Putin', 'Recep Tayyip Erdogan'], 'occurred');
    expect(meeting.participants).toHaveLength(2);
    const topic = run('Nigerian Foreign Minister Yusuf Tuggar attended a ministerial meeting on Sudan in Nairobi.');
    expect(meetings(topic)).toHaveLength(0);
  });

  it('"X was also present" joins a meeting of its paragraph, not one paragraphs earlier', () => {
    const near = run('Kenyan President William Ruto met Ugandan President Yoweri Museveni in Kampala on Monday. Tanzanian President Samia Suluhu Hassan was also present.');
    expect(meetingsBetween(near, ['William Ruto', 'Samia Suluhu Hassan'], 'occurred')).toHaveLength(1);
    const far = run('Kenyan President William Ruto met Ugandan President Yoweri Museveni in Kampala on Monday.\n\nThe summit adopted a declaration on trade.\n\nTanzanian President Samia Suluhu Hassan was also present.');
    expect(meetingsBetween(far, ['William Ruto', 'Samia Suluhu Hassan'], 'occurred')).toHaveLength(0);
  });

  it('"The summit was attended by" people named by no one adds no one to the meeting before', () => {
    const dataset = run('Kenyan President William Ruto met Ugandan President Yoweri Museveni on Friday. The summit was attended by 20 heads of state.');
    expect(meetings(dataset).map((m) => m.participants.length)).toEqual([2]);
  });

  it('the body whose meeting was the venue is no party ("held talks on the margins of the NATO summit")', () => {
    const dataset = run('Greek Foreign Minister Giorgos Gerapetritis and Turkish Foreign Minister Hakan Fidan held talks on the margins of the NATO summit on Monday.');
    const [meeting] = meetingsBetween(dataset, ['Giorgos Gerapetritis', 'Hakan Fidan'], 'occurred');
    expect(meeting.participants).toHaveLength(2);
  });

  it('internal session of a government named only by its country: no meeting', () => {
    expect(meetings(run('The Australian government held a national security committee meeting in Canberra on Monday.'))).toHaveLength(0);
    expect(meetings(run('The French cabinet met in Paris on Wednesday.'))).toHaveLength(0);
  });
});

describe('an attendance the text doubts adds no one to the meeting (each with a twin that joins)', () => {
  const met = 'Ghanaian President John Mahama received Togolese President Faure Gnassingbé in Accra on Monday. ';
  it.each<[cue: string, doubted: string, twin: string]>([
    ['could not confirm whether', 'Reporters could not confirm whether Nigerian Foreign Minister Yusuf Tuggar attended the meeting.', 'Nigerian Foreign Minister Yusuf Tuggar also attended the meeting.'],
    ['could not confirm whether the envoy, X, attended', "Reporters could not confirm whether Nigeria's envoy, Yusuf Tuggar, attended the meeting.", "Nigeria's envoy, Yusuf Tuggar, also attended the meeting."],
    ['it was unclear whether', 'It was unclear whether Nigerian Foreign Minister Yusuf Tuggar took part in the talks.', 'Nigerian Foreign Minister Yusuf Tuggar took part in the talks.'],
    ['did not say whether', 'The presidency did not say whether Nigerian Foreign Minister Yusuf Tuggar joined the talks.', 'Nigerian Foreign Minister Yusuf Tuggar joined the talks.'],
    ['it is not known if', 'It is not known if Nigerian Foreign Minister Yusuf Tuggar attended the talks.', 'Nigerian Foreign Minister Yusuf Tuggar attended the talks.'],
    ['may have attended', 'Nigerian Foreign Minister Yusuf Tuggar may have attended the meeting.', 'Nigerian Foreign Minister Yusuf Tuggar attended the meeting.'],
    ['was attended by, unconfirmed', 'The meeting was attended by Nigerian Foreign Minister Yusuf Tuggar, though this could not be confirmed.', 'The meeting was attended by Nigerian Foreign Minister Yusuf Tuggar.'],
  ])('%s', (_cue, doubted, twin) => {
    // The joiner may be in no event at all, and so no actor: the meeting keeps its two alone.
    const dataset = run(met + doubted);
    expect(meetings(dataset).map((m) => m.participants.length)).toEqual([2]);
    expect(meetingsBetween(dataset, ['John Mahama', 'Faure Gnassingbé'], 'occurred')).toHaveLength(1);
    expect(meetingsBetween(run(met + twin), ['John Mahama', 'Faure Gnassingbé', 'Yusuf Tuggar'], 'occurred')).toHaveLength(1);
  });
});

describe('a role with a country is not the person of no known country named in the same sentence', () => {
  it('"X met Uganda\'s foreign minister" gives X no Ugandan role', () => {
    const dataset = run("Foreign Minister Thandi Mokoena met Uganda's foreign minister in Kampala on Monday. Mokoena said the talks on trade were useful.");
    expect(findActor(dataset, 'Thandi Mokoena')).toBeDefined();
    expect(findActor(dataset, 'Thandi Mokoena')?.country).not.toBe('UGA');
    // Twin: named in a sentence before, the one holder of that role is the country's.
    const twin = run("Foreign Minister Thandi Mokoena opened the trade fair on Monday. Uganda's foreign minister said the talks on trade were useful.");
    expect(findActor(twin, 'Thandi Mokoena')?.country).toBe('UGA');
  });
});

describe('a group or a pronoun that cannot be told apart names no one', () => {
  it('"The three leaders" after a meeting of two joins no one', () => {
    const dataset = run('Kenyan President William Ruto hosted Ugandan President Yoweri Museveni in Nairobi on Monday. The three leaders later joined a video call with UN Secretary-General António Guterres.');
    expect(meetings(dataset).filter((m) => m.participants.length > 2)).toHaveLength(0);
  });

  it('"The two leaders" after another person was named since the last meeting join no one', () => {
    const dataset = run('Papua New Guinea Prime Minister Tau Kila received Fijian Foreign Minister Sefo Rabuli in Port Moresby on Tuesday. Opposition Leader Joe Wari criticised the deal. The two leaders later spoke by phone with Australian Prime Minister Mark Dunn.');
    expect(meetings(dataset).map((m) => m.participants.length)).toEqual([2]);
    // Control: words of the two between them keep the group.
    const quoted = run('Papua New Guinea Prime Minister Tau Kila received Fijian Foreign Minister Sefo Rabuli in Port Moresby on Tuesday. "We are brothers," Kila said. The two leaders later spoke by phone with Australian Prime Minister Mark Dunn.');
    expect(meetings(quoted).map((m) => m.participants.length)).toContain(3);
  });

  it('"the visiting foreign minister" is not the host holding that role', () => {
    const dataset = run('Ghanaian Foreign Minister Samuel Okudzeto met his Togolese counterpart Robert Dussey in Accra on Monday. The visiting foreign minister later met President John Mahama.');
    expect(meetingsBetween(dataset, ['Samuel Okudzeto', 'John Mahama'], 'occurred')).toHaveLength(0);
    // Control: the one holder, who came from abroad, is the visitor.
    const visitor = run('Togolese Foreign Minister Robert Dussey arrived in Accra on Monday for a two-day visit. The visiting foreign minister met President John Mahama on Tuesday.');
    expect(meetingsBetween(visitor, ['Robert Dussey', 'John Mahama'], 'occurred')).toHaveLength(1);
  });

  it.each([
    ['"was attended by" in another paragraph does not join the meeting before it', 'Kenyan Foreign Minister Musalia Mudavadi held talks with Tanzanian Foreign Minister Mahmoud Kombo in Arusha on Monday.\n\nThe ceremony was attended by Ugandan President Yoweri Museveni.'],
    ['"along with" a thing someone sent adds no companion to the meeting', 'Kenyan President William Ruto met Ugandan President Yoweri Museveni in Kampala on Monday along with a message from Tanzanian President Samia Suluhu Hassan.'],
    ['"Also present were" in another paragraph, not naming the meeting, does not join the meeting before it', 'Ghanaian President John Mahama received Ivorian Prime Minister Robert Beugré Mambé in Accra on Monday.\n\nThe ECOWAS summit opened in Abuja on Tuesday. Also present were Senegalese President Bassirou Diomaye Faye and Nigerian President Bola Tinubu.'],
    ['"Also present were" paragraphs on, after another person was named, does not join the meeting before it', 'Ghanaian President John Mahama hosted Ivorian Prime Minister Robert Beugré Mambé at Jubilee House on Monday.\n\nPresident Mahama later thanked opposition leader Mahamudu Bawumia for his support.\n\nAlso present were Foreign Minister Samuel Ablakwa and Interior Minister Muntaka Mubarak.'],
    ['"Also present were" paragraphs on, after a sentence about something else, does not join the meeting before it', 'Ghanaian President John Mahama hosted Ivorian Prime Minister Robert Beugré Mambé at Jubilee House on Monday.\n\nA new bridge over the Volta was opened on Tuesday.\n\nAlso present were Foreign Minister Samuel Ablakwa and Interior Minister Muntaka Mubarak.'],
    ['"X was also present" paragraphs on, its list before the phrase, does not join the meeting before it', 'Ghanaian President John Mahama hosted Ivorian Prime Minister Robert Beugré Mambé at Jubilee House on Monday.\n\nPresident Mahama said the two countries would build a new border post.\n\nForeign Minister Samuel Ablakwa was also present.'],
  ])('%s', (_label, text) => {
    expect(meetings(run(text)).map((m) => m.participants.length)).toEqual([2]);
  });

  it('"the Togolese minister" when two Togolese ministers were named is no one', () => {
    const dataset = run('Ghanaian Foreign Minister Samuel Ablakwa and his Togolese counterpart Robert Dussey met in Accra on Monday. Togolese Trade Minister Rose Mivedor attended the meeting.\n\nLater in the day, the Togolese minister called on President John Mahama.');
    expect(meetings(dataset).filter((m) => m.participants.includes(actor(dataset, 'John Mahama')?.id ?? 'John Mahama'))).toHaveLength(0);
  });

  it("a president's counterpart holds no office by it: it may be a prime minister", () => {
    const dataset = run('Kenyan President William Ruto received his Ethiopian counterpart Abiy Ahmed in Nairobi on Monday.');
    expect(actor(dataset, 'Abiy Ahmed')?.roles.map((r) => r.role)).not.toContain('president');
  });

  it('"told her" with two other people in the sentence adds neither', () => {
    const dataset = run('Kenyan President William Ruto, flanked by Ugandan President Yoweri Museveni and Tanzanian President Samia Suluhu Hassan, told her that Kenya would pay.');
    const [statement] = statementsBy(dataset, 'William Ruto');
    expect(statement.targets).not.toContain(dataset.actors.find((a) => a.name === 'Samia Suluhu Hassan')?.id);
    // Control: with one other person, "her" is she.
    const one = run('Kenyan President William Ruto, flanked by Tanzanian President Samia Suluhu Hassan, told her that Kenya would pay.');
    expect(statementsBy(one, 'William Ruto')[0].targets).toContain(one.actors.find((a) => a.name === 'Samia Suluhu Hassan')?.id);
  });
});

describe('"after meeting Y" after a speech verb\'s object: the main clause\'s subject met Y, not the object', () => {
  it.each<[text: string, met: [string, string], notMet: [string, string]]>([
    ['Kenyan President William Ruto criticised Sudan on Monday after meeting Ethiopian Prime Minister Abiy Ahmed in Addis Ababa.', ['William Ruto', 'Abiy Ahmed'], ['Sudan', 'Abiy Ahmed']],
    ['Chilean President Gabriel Boric praised Argentina before holding talks with Peruvian President Dina Boluarte in Lima on Monday.', ['Gabriel Boric', 'Dina Boluarte'], ['Argentina', 'Dina Boluarte']],
  ])('%s', (text, met, notMet) => {
    const dataset = run(text);
    expect(meetingsBetween(dataset, met, 'occurred')).toHaveLength(1);
    expect(meetingsBetween(dataset, notMet, 'occurred')).toHaveLength(0);
  });
});

describe('a counterpart who cannot be told apart names no one', () => {
  it.each<[cue: string, text: string, twin: string, between: [string, string]]>([
    ['two people of that country hold offices of its family', 'King Mswati III of Eswatini met his Ethiopian counterpart in Mbabane on Monday. Ethiopian President Taye Atske Selassie and Ethiopian Prime Minister Abiy Ahmed both praised the talks.', 'King Mswati III of Eswatini met his Ethiopian counterpart in Mbabane on Monday. Ethiopian Prime Minister Abiy Ahmed praised the talks.', ['Mswati III', 'Abiy Ahmed']],
    ['the only person of that country holds another office', 'Kenyan President William Ruto met his Ethiopian counterpart in Nairobi on Monday. Ethiopian Foreign Minister Gedion Timothewos praised the talks.', 'Kenyan Foreign Minister Musalia Mudavadi met his Ethiopian counterpart in Nairobi on Monday. Ethiopian Foreign Minister Gedion Timothewos praised the talks.', ['Musalia Mudavadi', 'Gedion Timothewos']],
    ['two people before "his": whose counterpart is unknown', 'Kenyan President William Ruto and Ugandan President Yoweri Museveni met his Ethiopian counterpart in Nairobi on Monday. Ethiopian Prime Minister Abiy Ahmed praised the talks.', 'Kenyan President William Ruto met his Ethiopian counterpart in Nairobi on Monday. Ethiopian Prime Minister Abiy Ahmed praised the talks.', ['William Ruto', 'Abiy Ahmed']],
  ])('%s', (_cue, text, twin, between) => {
    const dataset = run(text);
    // No Ethiopian person is guessed; where no one of the counterpart's office is named, the country may stand for the side.
    expect(meetings(dataset).filter((m) => m.participants.length >= 2 && m.participants.some((id) => dataset.actors.find((a) => a.id === id && a.kind === 'person')?.country === 'ETH'))).toHaveLength(0);
    expect(meetingsBetween(run(twin), between, 'occurred')).toHaveLength(1);
  });

  it('"said before talks with X": talks to come, and X is no target of what was said', () => {
    const dataset = run('Ghana may reopen the border, Ghanaian Foreign Minister Samuel Ablakwa said before talks with Togolese Foreign Minister Robert Dussey.');
    expect(meetingsBetween(dataset, ['Samuel Ablakwa', 'Robert Dussey'], 'planned')).toHaveLength(1);
    expect(meetings(dataset).filter((m) => m.status === 'occurred')).toHaveLength(0);
    expect(statementsBy(dataset, 'Samuel Ablakwa')[0]?.targets).not.toContain(dataset.actors.find((a) => a.name === 'Robert Dussey')?.id);
  });
});

describe('statements that are not the named actor\'s (each with a positive twin)', () => {
  it.each<[cue: string, text: string, twin: string, notSpeaker: string]>([
    // "They" is the meeting's people only right after the meeting; another sentence between makes it anyone.
    ['"They" a sentence after another', 'Moroccan Foreign Minister Nasser Bourita spoke by phone on Wednesday with Mauritanian Foreign Minister Mohamed Salem Ould Merzoug. Protesters gathered outside the ministry. They said the talks were a sham.', 'Moroccan Foreign Minister Nasser Bourita spoke by phone on Wednesday with Mauritanian Foreign Minister Mohamed Salem Ould Merzoug. They said the talks were a success.', 'Nasser Bourita'],
    ['a group of another size than the meeting', 'Chilean Foreign Minister Alberto van Klaveren met Bolivian Foreign Minister Celinda Sosa in Santiago on Monday. The three ministers stressed the need for a new border treaty.', 'Chilean Foreign Minister Alberto van Klaveren met Bolivian Foreign Minister Celinda Sosa in Santiago on Monday. The two ministers stressed the need for a new border treaty.', 'Celinda Sosa'],
    ['non-actor subject: a source close to the ministry', 'A source close to the Kenyan foreign ministry said on Tuesday that the talks had stalled.', 'The Kenyan foreign ministry said on Tuesday that the talks had stalled.', 'Kenya'],
    ['non-actor subject: a source close to the president', 'A source close to Nigerian President Bola Tinubu said on Monday that the cabinet would be reshuffled.', 'Nigerian President Bola Tinubu said on Monday that the cabinet would be reshuffled.', 'Bola Tinubu'],
    ['non-actor subject: a diplomat close to the talks', 'A diplomat close to the talks said Kenyan President William Ruto was frustrated.', 'Kenyan President William Ruto said he was frustrated.', 'William Ruto'],
    ['"whether X had asked"', 'It was unclear whether Kenyan President William Ruto had asked Tanzania for help.', 'Kenyan President William Ruto asked Tanzania for help.', 'William Ruto'],
    ['"whether X had asked" after a reporting verb', 'Reporters asked whether Polish Prime Minister Donald Tusk had asked Ukrainian President Volodymyr Zelensky for more grain guarantees.', 'Polish Prime Minister Donald Tusk asked Ukrainian President Volodymyr Zelensky for more grain guarantees.', 'Donald Tusk'],
    ['"whether X had warned" inside a reported clause', 'Japanese Prime Minister Fumio Kishida said on Friday that Japan would not ask whether Chinese President Xi Jinping had warned Taiwan.', 'Chinese President Xi Jinping warned Taiwan on Friday.', 'Xi Jinping'],
    ['quote of a quote: the inner speaker', '"Finnish President Alexander Stubb told me he would come," German Chancellor Olaf Scholz said on Monday.', 'Finnish President Alexander Stubb said on Monday he would come.', 'Alexander Stubb'],
    ['quote of a quote, two levels', 'Chilean President Gabriel Boric said Peruvian President Dina Boluarte had told him, "Colombian President Gustavo Petro said the border must stay open."', 'Colombian President Gustavo Petro said the border must stay open.', 'Gustavo Petro'],
    ['who reports a meeting says nothing of anyone', 'Kenyan President William Ruto held talks with Ugandan President Yoweri Museveni in Kampala on Monday, Kenyan Foreign Minister Musalia Mudavadi said.', 'Uganda must reopen the border, Kenyan Foreign Minister Musalia Mudavadi said.', 'Musalia Mudavadi'],
    ['who reports a call says nothing of anyone, though a clause follows', 'Nigerian President Bola Tinubu held a phone call with Ghanaian President John Mahama on Monday, Nigerian Foreign Minister Yusuf Tuggar said, days before the summit.', 'Ghana must reopen the border, Nigerian Foreign Minister Yusuf Tuggar said.', 'Yusuf Tuggar'],
    // Whom a quotation talks of is not whom a role after it refers back to.
    ['"…," said the president: not the president named only inside the quote', 'Colombian President Gustavo Petro spoke to reporters in Bogota on Monday. "We have nothing against Chilean President Gabriel Boric. If he wants to discuss trade, we are ready," said the president.', 'Chilean President Gabriel Boric spoke to reporters in Bogota on Monday. "If they want to discuss trade, we are ready," said the president.', 'Gabriel Boric'],
    // "…, the spokesman added": the role closing the sentence reports it; it is no apposition to the name before it.
    ['the recipient of greetings is not the spokesman who reports them', 'Turkish President Recep Tayyip Erdogan received Qatari Foreign Minister Mohammed bin Abdulrahman Al-Thani in Ankara on Monday. The Qatari minister conveyed the greetings of Emir Tamim bin Hamad Al-Thani to President Erdogan, the spokesman added.', 'Turkish President Recep Tayyip Erdogan received Qatari Foreign Minister Mohammed bin Abdulrahman Al-Thani in Ankara on Monday. President Erdogan, the host, added that Turkey valued the mediation of Qatar.', 'Recep Tayyip Erdogan'],
    // A ministry's acronym is the home government only where the dateline settles it; it is never a person.
    ['a ministry\'s acronym in a wire datelined in another country', 'PHNOM PENH, March 3 - Vietnamese Foreign Minister Bui Thanh Son met Thai Foreign Minister Maris Sangiampongsa on Monday.\n\nMOFA also rejected as "baseless" claims made by Laos about the border.', 'HANOI, March 3 (VNA) - Vietnamese Foreign Minister Bui Thanh Son met Thai Foreign Minister Maris Sangiampongsa on Monday.\n\nMOFA also rejected as "baseless" claims made by Laos about the border.', 'Vietnam'],
    // A bare ministry in a state agency's wire is not that state's where the wire names another country's government.
    ['a state agency\'s wire that names another country\'s ministry', 'GENEVA, March 3 (KUNA) - Kuwaiti Foreign Minister Abdullah Al-Yahya met Chilean Foreign Minister Alberto van Klaveren on Monday.\n\nThe ministry rejected as "baseless" claims made by Iraq about the border. Chile\'s foreign ministry welcomed the talks.', 'GENEVA, March 3 (KUNA) - Kuwaiti Foreign Minister Abdullah Al-Yahya met Chilean Foreign Minister Alberto van Klaveren on Monday.\n\nThe ministry rejected as "baseless" claims made by Iraq about the border.', 'Kuwait'],
    ['"the Foreign Ministry" before any country is named is no government named later in its sentence', 'The Foreign Ministry, meanwhile, dismissed as "fabricated" claims that the minister had sold weapons to Sudanese officials.', 'The Sudanese Foreign Ministry, meanwhile, dismissed as "fabricated" claims that the minister had sold weapons to rebels.', 'Sudan'],
    // A relative clause without commas is its head noun's ("Reporters who followed X asked…"): X is its object, not the subject.
    ['"who followed X" without commas', 'Reporters who followed Kenyan President Daniel Wekesa asked Uganda to reopen the border.', 'Kenyan President Daniel Wekesa asked Uganda to reopen the border.', 'Daniel Wekesa'],
    ['"that travelled with X" without commas', 'Journalists that travelled with Chilean Foreign Minister Tomás Ferrada on Monday said Peru had criticised Bolivia.', 'Chilean Foreign Minister Tomás Ferrada said on Monday that Peru had criticised Bolivia.', 'Tomás Ferrada'],
    ['a former office is not who holds the role now', 'Tanzanian President Samia Suluhu Hassan received the Kenyan envoy in Dodoma on Monday.\n\n"You cannot sell our port and call it investment," the former vice president said in Arusha.', 'Tanzanian President Samia Suluhu Hassan received the Kenyan envoy in Dodoma on Monday.\n\n"You cannot sell our port and call it investment," the president said in Arusha.', 'Samia Suluhu Hassan'],
    ['the government a person leads speaks, not the person', 'Pakistani Foreign Minister Ishaq Dar met Afghan officials in Kabul. It was the first contact since the interim government of Prime Minister Shehbaz Sharif requested the extradition of Imran Khan.', 'Pakistani Foreign Minister Ishaq Dar met Afghan officials in Kabul. It was the first contact since Prime Minister Shehbaz Sharif requested the extradition of Imran Khan.', 'Shehbaz Sharif'],
    ['"a source close to X, who said": the source speaks', 'The report was confirmed by a source close to Polish President Karol Nawrocki, who said Warsaw would not send troops to Ukraine.', 'The report was confirmed by Polish President Karol Nawrocki, who said Warsaw would not send troops to Ukraine.', 'Karol Nawrocki'],
    ['a named spokesperson of a ministry speaks, not the country', "Iran's foreign ministry spokesman, Esmaeil Baghaei, denounced the talks, accusing Britain of meddling.", "Iran's foreign ministry spokesman denounced the talks, accusing Britain of meddling.", 'Iran'],
    ['a spokesperson of a party speaks for no country', "Kenya's ruling party spokesperson denounced the talks, accusing Uganda of meddling.", "Kenya's foreign ministry spokesperson denounced the talks, accusing Uganda of meddling.", 'Kenya'],
    ['who is named inside an inserted attribution passed the words on', 'Kenyan Foreign Minister Musalia Mudavadi held talks with the Chinese envoy, who, according to Kenyan Foreign Minister Musalia Mudavadi, criticised Uganda.', 'Kenyan Foreign Minister Musalia Mudavadi held talks with the Chinese envoy and criticised Uganda.', 'Musalia Mudavadi'],
    ['a denied report of words', 'Indian spokesperson Randhir Jaiswal denied reports that Sri Lankan President Anura Kumara Dissanayake had requested a visit.', 'Sri Lankan President Anura Kumara Dissanayake had requested a visit, Indian spokesperson Randhir Jaiswal said.', 'Anura Kumara Dissanayake'],
    ['the aide who gives out a statement set off by commas', 'Ugandan President Yoweri Museveni, in a statement by his press secretary, Sandor Walusimbi, urged Rwanda to "open the border posts."', 'Ugandan presidential press secretary Sandor Walusimbi urged Rwanda to "open the border posts."', 'Sandor Walusimbi'],
    ['quote of a quote: "X said Y had welcomed"', 'Ghanaian Foreign Minister Samuel Ablakwa met Togolese President Faure Gnassingbé in Lomé on Monday. Ablakwa said Gnassingbé had welcomed the new customs agreement.', 'Ghanaian Foreign Minister Samuel Ablakwa met Togolese President Faure Gnassingbé in Lomé on Monday. Gnassingbé welcomed the new customs agreement.', 'Faure Gnassingbé'],
    ['quote of a quote: "X quoted Y as saying"', 'Chilean Foreign Minister Alberto van Klaveren quoted Peruvian President Dina Boluarte as saying that "Peru will never forget the help of Chile."', 'Peruvian President Dina Boluarte said that "Peru will never forget the help of Chile."', 'Dina Boluarte'],
    ['"attacked Y" with no "for" and quotation is an assault', 'Malian junta leader Assimi Goïta attacked Algeria on Monday with drones along the northern border.', 'Malian junta leader Assimi Goïta attacked Algeria for "arming the rebels in the north."', 'Assimi Goïta'],
    ['"called Y" with no quotation is a call', 'Bolivian President Luis Arce called Argentine President Javier Milei on Monday to discuss the gas contract.', 'Bolivian President Luis Arce called Argentine President Javier Milei "an enemy of Latin America" on Monday.', 'Luis Arce'],
    // Who was quoted stands before "quoted by"; what follows is the source's report.
    ['"a source quoted by <outlet>"', 'According to a diplomatic source quoted by Reuters, the Hungarian side also raised the issue of minority schools.', 'The Hungarian side said it had raised the issue of minority schools.', 'Hungary'],
    // "The <words> of <country>" opened by a capitalised "The" inside the sentence is a paper's own name.
    ['"the state daily The <words> of <country> said"', 'The state daily The Morning Voice of Cambodia said Thailand "has violated the border."', 'Cambodia said Thailand "has violated the border."', 'Cambodia'],
    // The speaker's own country as the subject of the reported clause is the speaker's voice.
    ['"X said <own country> welcomed Y"', 'Kenyan Foreign Minister Musalia Mudavadi said Kenya welcomed Uganda\'s decision to reopen the border.', 'Tanzanian Foreign Minister Mahmoud Kombo said Kenya welcomed Uganda\'s decision to reopen the border.', 'Kenya'],
    ['"X said in a statement … that <own country> welcomed Y and called on Z"', 'Chilean Foreign Minister Alberto van Klaveren said in a statement after the talks that Chile welcomed Peru\'s offer and called on Bolivia to "reopen the border crossings".', 'Peruvian Foreign Minister Elmer Schialer said in a statement after the talks that Chile welcomed Peru\'s offer.', 'Chile'],
    ['"X said at a news conference that <own country> rejected Y"', 'Thai Foreign Minister Maris Sangiampongsa said at a news conference on Monday that Thailand rejected the claims made by Cambodia.', 'Lao Foreign Minister Thongsavanh Phomvihane said at a news conference on Monday that Thailand rejected the claims made by Cambodia.', 'Thailand'],
    ['"<Party>\'s X responded to": no words reported', 'Zambian opposition leader Hakainde Hichilema visited Lusaka. The Patriotic Front\'s Makebi Zulu responded to reporters outside the court.', 'Zambian opposition leader Hakainde Hichilema visited Lusaka. The Patriotic Front\'s Makebi Zulu responded that Malawi "has no business in our courts".', 'Makebi Zulu'],
    // "X said he and Y reaffirmed …": the pronoun is X, and Y only shares what X reports.
    ['"X said he and Y reaffirmed"', 'Ghanaian Foreign Minister Samuel Ablakwa said on Monday he and Togolese Foreign Minister Robert Dussey reaffirmed the close ties between the two neighbours.', 'Togolese Foreign Minister Robert Dussey reaffirmed on Monday the close ties between the two neighbours.', 'Robert Dussey'],
    ['"X said she and her counterpart Y reaffirmed"', 'Ablakwa, in a post on X, said she and her Togolese counterpart Robert Dussey reaffirmed the alliance.', 'Her Togolese counterpart Robert Dussey reaffirmed the alliance.', 'Robert Dussey'],
    // Who chairs a session named in a phrase set off by commas, with an apposition of their own, is not its subject.
    ['"The Cabinet, in its session chaired by X, <title>, welcomed"', 'The Cabinet, in its weekly session chaired by His Excellency Mostafa Madbouly, Prime Minister and Minister of Planning, welcomed the decisions of Spain, Ireland and Norway to recognise Palestine.', 'His Excellency Mostafa Madbouly, Prime Minister and Minister of Planning, welcomed the decisions of Spain, Ireland and Norway to recognise Palestine.', 'Mostafa Madbouly'],
    // A government named by its leader speaks, not the leader.
    ['"the interim government of X requested"', 'The interim government of Nigerien Prime Minister Ali Lamine Zeine requested the extradition of former President Mohamed Bazoum.', 'Nigerien Prime Minister Ali Lamine Zeine requested the extradition of former President Mohamed Bazoum.', 'Ali Lamine Zeine'],
    ['"regime mouthpiece The <words> of <country> said"', 'Regime mouthpiece The New Dawn of Eritrea said Ethiopia "has massed troops at the border."', 'Eritrea said Ethiopia "has massed troops at the border."', 'Eritrea'],
  ])('%s', (_cue, text, twin, notSpeaker) => {
    expect(statementsBy(run(text), notSpeaker)).toHaveLength(0);
    expect(statementsBy(run(twin), notSpeaker)).toHaveLength(1);
  });

  it('a verb read as a meeting ("welcomed Y to Chequers") is not also a statement of support', () => {
    const dataset = run('British Prime Minister Keir Starmer welcomed Indian Prime Minister Narendra Modi to Chequers on Thursday.');
    expect(meetingsBetween(dataset, ['Keir Starmer', 'Narendra Modi'], 'occurred')).toHaveLength(1);
    expect(statements(dataset)).toHaveLength(0);
    // Control: welcoming a thing is a statement.
    expect(statementsBy(run('British Prime Minister Keir Starmer welcomed the trade agreement on Thursday.'), 'Keir Starmer')).toHaveLength(1);
  });

  it('"it" in what was said is the deal, not an organization named before', () => {
    const dataset = run('The Foreign Office said on Monday that talks would resume. British opposition leader Kemi Badenoch criticised the agreement, saying it gave away too much.');
    const [criticism] = statementsBy(dataset, 'Kemi Badenoch');
    expect(criticism.targets).toEqual([]);
  });

  it('"the president" with two presidents named long before is nobody, not the one named last', () => {
    const dataset = run('Kenyan President William Ruto met Ugandan President Yoweri Museveni in Kampala on Monday. The two sides signed a pipeline deal. Trade has doubled since 2020. Officials expect more flights. The president said the border would stay open.');
    expect(statements(dataset).filter((s) => s.evidence[0].quote.startsWith('The president said'))).toHaveLength(0);
    // Control: named in the sentence before, the president is that person.
    const recent = run('Kenyan President William Ruto met Ugandan President Yoweri Museveni in Kampala on Monday. Museveni thanked his guest. The president said the border would stay open.');
    expect(speakerOfSentence(recent, 'The president said')).toBe('Yoweri Museveni');
  });

  it('"the former vice president" is not the president named before', () => {
    const dataset = run('Ghanaian President John Mahama met opposition figure Kwame Asante in Accra on Monday. "We will not be silenced," the former vice president said in Kumasi.');
    expect(statementsBy(dataset, 'John Mahama')).toHaveLength(0);
    // Control: "the president" is the one named.
    const control = run('Ghanaian President John Mahama met opposition figure Kwame Asante in Accra on Monday. "We will not be silenced," the president said in Kumasi.');
    expect(statementsBy(control, 'John Mahama')).toHaveLength(1);
  });

  it('a name inside an apposition to the subject is not the speaker ("X, the sister of leader Y, slammed...")', () => {
    const dataset = run('Kim Yo Jong, the powerful sister of North Korean leader Kim Jong Un, slammed South Korea for its drills on Monday.');
    expect(statementsBy(dataset, 'Kim Jong Un')).toHaveLength(0);
    // Control: an opening adverbial is not a name, so the apposed name after it speaks.
    const control = run('For his part, the representative of the Iranian leader, Saeed Jalili, called for backing the resistance.');
    expect(statementsBy(control, 'Saeed Jalili')).toHaveLength(1);
  });

  it('the clause after ", while" is another speaker\'s: its names are not the first speaker\'s targets', () => {
    const dataset = run('Uruguayan President Yamandú Orsi said Montevideo fully supported the deal, while Argentine President Javier Milei criticized Mercosur.');
    const [said] = statementsBy(dataset, 'Yamandú Orsi');
    expect(said.targets).not.toContain(actor(dataset, 'Javier Milei')?.id);
  });

  it('a phone call has no place: "spoke by phone with X about Syria" did not happen in Syria', () => {
    const dataset = run('Turkish Foreign Minister Hakan Fidan spoke by phone with Jordanian Foreign Minister Ayman Safadi about Syria on Monday.');
    expect(meetingsBetween(dataset, ['Hakan Fidan', 'Ayman Safadi'], 'occurred')[0].place).toBeNull();
  });

  it('"the government" in an article naming several countries is no one; "the ministry" after a named ministry is that one', () => {
    const several = run('Kenyan President William Ruto held talks with Indian Prime Minister Narendra Modi in New Delhi on Thursday. Opposition leader Rahul Gandhi accused the government of ignoring farmers.');
    const [accusation] = statementsBy(several, 'Rahul Gandhi');
    expect(accusation.targets).toEqual([]);
    const named = run("Saudi Foreign Minister Faisal bin Farhan met Russian Foreign Minister Sergei Lavrov in Riyadh on Monday. Russia's foreign ministry said the talks were useful. The ministry added that trade had grown.");
    expect(speakerOfSentence(named, 'The ministry added')).toBe('Russia');
    // "The Kingdom" is read the same way: the article's one country, no one where two were named.
    const one = run('Saudi Crown Prince Mohammed bin Salman chaired a cabinet session in Riyadh on Monday. The Kingdom welcomed the US decision to lift sanctions on Syria.');
    expect(speakerOfSentence(one, 'The Kingdom welcomed')).toBe('Saudi Arabia');
    const two = run('Saudi Foreign Minister Faisal bin Farhan met Iranian Foreign Minister Abbas Araghchi in Riyadh on Monday. The Kingdom welcomed the US decision to lift sanctions on Syria.');
    expect(speakerOfSentence(two, 'The Kingdom welcomed')).toBeUndefined();
  });

  it('a state told by its relation to another ("Zimbabwe\'s southern neighbour") is not the state named', () => {
    const neighbour = run("Zambian President Hakainde Hichilema criticised the leader of Zimbabwe's southern neighbour on Monday over the fuel tariffs.");
    expect(statementsBy(neighbour, 'Hakainde Hichilema').flatMap((s) => s.targets)).toEqual([]);
    const ally = run("Chinese Foreign Minister Wang Yi warned Japan's closest ally on Monday against new chip export curbs.");
    expect(statementsBy(ally, 'Wang Yi').flatMap((s) => s.targets)).toEqual([]);
    const named = run('Zambian President Hakainde Hichilema criticised Zimbabwe on Monday over the fuel tariffs.');
    expect(statementsBy(named, 'Hakainde Hichilema').flatMap((s) => s.targets)).toEqual(['zimbabwe']);
  });

  it('"the X administration" is leader X only when X is one person of the article (or, named nowhere, of the dictionary, with the country named), and never the speaker himself', () => {
    const twoNamed = run('Chilean President Gabriel Boric met Chilean Senator Maria Boric in Santiago on Monday. Peruvian Foreign Minister Elmer Schialer praised the Boric administration on Tuesday.');
    expect(statementsBy(twoNamed, 'Elmer Schialer').flatMap((s) => s.targets)).toEqual([]);
    const own = run('Ghanaian President John Mahama visited Togo on Monday. Mahama said on Tuesday that the Mahama administration would cut fuel prices.');
    expect(statementsBy(own, 'John Mahama').flatMap((s) => s.targets)).toEqual([]);
    // Named nowhere in the article: a dictionary surname only with its country named in the sentence, and only one person's.
    const countryUnnamed = run('Czech Foreign Minister Jan Lipavsky said on Monday that the Orbán government had to change course on the aid package.');
    expect(statementsBy(countryUnnamed, 'Jan Lipavsky').flatMap((s) => s.targets)).toEqual([]);
    const sharedSurname = run('Afghan Foreign Minister Amir Khan Muttaqi said on Monday that Pakistan had closed the border and that the Khan government was to blame.');
    expect(statementsBy(sharedSurname, 'Amir Khan Muttaqi').flatMap((s) => s.targets)).toEqual(['pakistan']);
    const otherNoun = run('Kenyan President William Ruto met Tanzanian President Samia Suluhu Hassan in Arusha on Monday. Ugandan Foreign Minister Jeje Odongo praised the Ruto campaign on Tuesday.');
    expect(statementsBy(otherNoun, 'Jeje Odongo').flatMap((s) => s.targets)).toEqual([]);
  });

  it('a name closing a phrase before the subject ("In his meeting with President X, the prime minister said") is not the speaker', () => {
    const named = run('Danish Prime Minister Mette Frederiksen met Chilean President Gabriel Boric in Copenhagen on Monday. In her talks with President Boric, the prime minister said Denmark valued Chile\'s support.');
    expect(speakerOfSentence(named, 'In her talks')).toBe('Mette Frederiksen');
    // No prime minister named before: the subject is no one, and still not the president.
    const unnamed = run('Danish Foreign Minister Lars Lokke Rasmussen met Chilean President Gabriel Boric in Copenhagen on Monday. In her talks with President Boric, the prime minister said Denmark valued Chile\'s support.');
    expect(speakerOfSentence(unnamed, 'In her talks')).toBeUndefined();
  });

  it('a quote in the clause after ", while" is not the first speaker\'s, nor a quote before the verb in the clause before it the second\'s', () => {
    const dataset = run('Dutch Prime Minister Dick Schoof said Europe would "do more for Kyiv", while Belgian Prime Minister Bart De Wever warned that "Europe cannot wait for Washington".');
    const [schoof] = statementsBy(dataset, 'Dick Schoof');
    const [deWever] = statementsBy(dataset, 'Bart De Wever');
    expect(schoof.targets).toContain(actor(dataset, 'Ukraine')?.id);
    expect(schoof.targets).not.toContain(actor(dataset, 'United States')?.id);
    expect(deWever.targets).toEqual([actor(dataset, 'United States')?.id]);
  });

  // The dictionary (model/people.json) gives the country of an official named with no nationality, and so his own country is no target.
  it.each<[text: string, speaker: string, own: string, target: string]>([
    ['Foreign Adviser Md Touhid Hossain said Dhaka wanted Nepal to reopen the transit route.', 'Md Touhid Hossain', 'Bangladesh', 'Nepal'],
    ['Sheikh Mohamed bin Zayed said the UAE would help Sudan rebuild its ports.', 'Mohamed bin Zayed', 'United Arab Emirates', 'Sudan'],
    ['Iraqi Prime Minister Mohammed Shia al-Sudani received a Saudi trade delegation headed by Minister of Investment Khalid Al-Falih in Baghdad on Tuesday. Al-Falih said the Kingdom "stands by Iraq in its recovery."', 'Khalid Al-Falih', 'Saudi Arabia', 'Iraq'],
    ['Speaker of Parliament Anita Among praised Kenya for "standing with Uganda in hard times."', 'Anita Among', 'Uganda', 'Kenya'],
  ])('a known official\'s own country named with no nationality is no target: %s', (text, speaker, own, target) => {
    const dataset = run(text);
    const [statement] = statementsBy(dataset, speaker);
    expect(statement?.targets).toContain(actor(dataset, target)?.id);
    expect(statement?.targets).not.toContain(actor(dataset, own)?.id);
  });

  it.each<[text: string, speaker: string, partner: string, control: string]>([
    ['Armenian Foreign Minister Ararat Mirzoyan said that Yerevan and Baku had shown that the border could be settled peacefully.', 'Ararat Mirzoyan', 'Azerbaijan', 'Armenian Foreign Minister Ararat Mirzoyan said that Baku had shown that the border could be settled peacefully.'],
    ['Kenyan Foreign Minister Musalia Mudavadi noted that Kenya and Uganda had "proved that any dispute can be resolved."', 'Musalia Mudavadi', 'Uganda', 'Kenyan Foreign Minister Musalia Mudavadi noted that Uganda had "proved that any dispute can be resolved."'],
  ])('a partner sharing the reported clause\'s subject with the speaker\'s own country is not his target: %s', (text, speaker, partner, control) => {
    const dataset = run(text);
    expect(statementsBy(dataset, speaker)[0]?.targets ?? []).not.toContain(actor(dataset, partner)?.id);
    // Control: the other country alone as the subject is what he speaks of.
    const alone = run(control);
    expect(statementsBy(alone, speaker)[0]?.targets).toContain(actor(alone, partner)?.id);
  });

  it.each<[text: string, speaker: string, place: string, target: string]>([
    ['Colombian Foreign Minister Luis Gilberto Murillo said Venezuela "is arming gangs" in the southern provinces of Ecuador.', 'Luis Gilberto Murillo', 'Ecuador', 'Venezuela'],
    ['Chadian Foreign Minister Abderaman Koulamallah warned Sudan that militias were "regrouping" in border areas of Sudan.', 'Abderaman Koulamallah', 'Sudan', 'Sudan'],
    ['Peruvian Foreign Minister Elmer Schialer said Chile "must stop the smuggling" in the northern regions of Bolivia.', 'Elmer Schialer', 'Bolivia', 'Chile'],
    // An organization naming an area is where something happens too.
    ['Romanian President Nicusor Dan praised Bulgaria as "a pillar of NATO\'s southern flank".', 'Nicusor Dan', 'NATO', 'Bulgaria'],
    ['Thai Foreign Minister Maris Sangiampongsa warned that the ASEAN region "cannot carry" the burden Myanmar placed on it.', 'Maris Sangiampongsa', 'ASEAN', 'Myanmar'],
    // A hedged reference is the writer's guess at whom the words are about.
    ['Kenyan President William Ruto urged Uganda to "open the border," in an apparent reference to Tanzania.', 'William Ruto', 'Tanzania', 'Uganda'],
    ['Peruvian Foreign Minister Elmer Schialer criticised Ecuador for "broken promises", in a possible allusion to Colombia.', 'Elmer Schialer', 'Colombia', 'Ecuador'],
  ])('the country holding the place where something happens ("in the southern provinces of X"), an organization naming an area ("NATO\'s southern flank") and whom "in an apparent reference to X" guesses at are not targets: %s', (text, speaker, place, target) => {
    const dataset = run(text);
    const [statement] = statementsBy(dataset, speaker);
    expect(statement.targets).toContain(actor(dataset, target)?.id);
    if (place !== target) expect(statement.targets).not.toContain(actor(dataset, place)?.id);
  });

  it.each<[text: string, speaker: string, target: string, alluded: string]>([
    ['Chilean Foreign Minister Alberto van Klaveren urged Peru to "respect the maritime ruling," in an apparent reference to recent remarks by Bolivia.', 'Alberto van Klaveren', 'Peru', 'Bolivia'],
    ['Thai Foreign Minister Maris Sangiampongsa criticised Cambodia for "reckless provocations," in a veiled reference to the border dispute with Laos.', 'Maris Sangiampongsa', 'Cambodia', 'Laos'],
  ])('an actor modifying what an "in an apparent reference to" clause alludes to is not a target: %s', (text, speaker, target, alluded) => {
    const dataset = run(text);
    const [statement] = statementsBy(dataset, speaker);
    expect(statement.targets).toContain(actor(dataset, target)?.id);
    expect(statement.targets).not.toContain(actor(dataset, alluded)?.id);
    // Control: a clause asserting the reference names whom the words are about.
    const named = run(text.replace(/in an? \w+ reference to .*\./, `in a veiled reference to ${alluded}.`));
    expect(statementsBy(named, speaker)[0]?.targets).toContain(actor(named, alluded)?.id);
  });

  it.each<[text: string, speaker: string, target: string, joined: string]>([
    ['Polish Foreign Minister Radoslaw Sikorski reaffirmed support for Moldova\'s accession to the European Union.', 'Radoslaw Sikorski', 'Moldova', 'European Union'],
    ['Estonian Foreign Minister Margus Tsahkna reaffirmed support for Armenia\'s integration into the European Union.', 'Margus Tsahkna', 'Armenia', 'European Union'],
    ['Norwegian Foreign Minister Lars Haugen said Norway would not let Russia block Moldova\'s path to the European Union.', 'Lars Haugen', 'Russia', 'European Union'],
  ])('the organization a possessor accedes to ("X\'s accession to the EU") is not a target: %s', (text, speaker, target, joined) => {
    const dataset = run(text);
    const [statement] = statementsBy(dataset, speaker);
    expect(statement.targets).toContain(actor(dataset, target)?.id);
    expect(statement.targets).not.toContain(actor(dataset, joined)?.id);
  });

  it.each<[text: string, speaker: string, target: string, bloc: string]>([
    ['Peruvian Foreign Minister Javier Quispe said Peru remained committed to the Andean Community and urged Bolivia to reopen the border.', 'Javier Quispe', 'Bolivia', 'Andean Community'],
    ['Norwegian Foreign Minister Lars Haugen said Norway\'s commitment to NATO was "unshakeable" and accused Russia of "reckless provocations" in the Arctic.', 'Lars Haugen', 'Russia', 'NATO'],
  ])('the bloc a party is committed to ("committed to the Andean Community") is its own side, not a target: %s', (text, speaker, target, bloc) => {
    const dataset = run(text);
    const said = statementsBy(dataset, speaker);
    expect(said.flatMap((s) => s.targets)).toContain(actor(dataset, target)?.id);
    expect(said.flatMap((s) => s.targets)).not.toContain(actor(dataset, bloc)?.id);
    // Control: a bloc criticised is whom the words are about.
    const criticised = run(text.replace(/committed to|commitment to/, 'critical of'));
    expect(statementsBy(criticised, speaker).flatMap((s) => s.targets)).toContain(actor(criticised, bloc)?.id);
  });

  it('where words were said ("in a speech to the National Assembly") is not whom they are about', () => {
    const dataset = run('Pakistani Defence Minister Khawaja Asif accused Kabul of "sheltering terrorists" in a speech to the National Assembly on Tuesday.');
    const [accusation] = statementsBy(dataset, 'Khawaja Asif');
    expect(accusation.targets).toEqual([actor(dataset, 'Afghanistan')?.id]);
  });

  it.each<[text: string, speaker: string, target: string, audience: string]>([
    ['Irish Foreign Minister Simon Harris told the Security Council that Ireland "will not look away while Israel blocks aid."', 'Simon Harris', 'Israel', 'United Nations Security Council'],
    ['Chilean Foreign Minister Alberto van Klaveren assured the European Union that Chile would "stand firm against Russia\'s aggression."', 'Alberto van Klaveren', 'Russia', 'European Union'],
  ])('the body told or assured ("told the Security Council that…") is the audience, not a target: %s', (text, speaker, target, audience) => {
    const dataset = run(text);
    const [statement] = statementsBy(dataset, speaker);
    expect(statement.targets).toContain(actor(dataset, target)?.id);
    expect(statement.targets).not.toContain(actor(dataset, audience)?.id);
  });

  it('", with spokesperson X saying that…": X speaks, about what follows, and is not the body\'s target', () => {
    const dataset = run('Vietnam\'s Foreign Ministry on Tuesday protested the patrol, with spokesperson Pham Thu Hang saying that the Philippines "must respect Hanoi\'s sovereignty."');
    const [said] = statementsBy(dataset, 'Pham Thu Hang');
    expect(said.targets).toContain(actor(dataset, 'Philippines')?.id);
    const spokesperson = actor(dataset, 'Pham Thu Hang')?.id;
    expect(statements(dataset).filter((s) => s.targets.includes(spokesperson!))).toHaveLength(0);
  });

  it('", accusing X of…" after a clause is its subject\'s statement; after "the ministry said," it is not a second one', () => {
    const dataset = run('Hungarian Foreign Minister Peter Szijjarto hit back on Monday, accusing the EU of warmongering.');
    const [accusation] = statementsBy(dataset, 'Peter Szijjarto');
    expect(accusation.kind).toBe('ACCUSE');
    expect(accusation.targets).toEqual([actor(dataset, 'European Union')?.id]);
    const reported = run('Moldovan President Maia Sandu met Romanian President Nicusor Dan in Chisinau on Monday. Russia would respond, the ministry said, accusing Chisinau of provocation.');
    expect(statements(reported).filter((s) => s.trigger === 'accusing')).toHaveLength(0);
  });

  it('"called on X to withdraw" is a request, not a courtesy call', () => {
    const dataset = run('Egyptian Foreign Minister Badr Abdelatty called on Israeli Prime Minister Benjamin Netanyahu to withdraw from Rafah on Monday.');
    expect(meetings(dataset)).toHaveLength(0);
    expect(statementsBy(dataset, 'Badr Abdelatty').map((s) => s.kind)).toEqual(['REQUEST']);
  });

  it('"called on X to withdraw, according to the ministry": the attribution after the request keeps it a request', () => {
    const dataset = run('Zambian Foreign Minister Mulambo Haimbe called on Angolan President João Lourenço to reopen the border on Monday, according to the Zambian foreign ministry.');
    expect(meetings(dataset)).toHaveLength(0);
    expect(statementsBy(dataset, 'Mulambo Haimbe')).toHaveLength(1);
  });

  it('a ministry inside the apposition to a name with a particle is not the speaker ("Majed al-Ansari, the spokesman for the Qatari foreign ministry, told")', () => {
    const dataset = run('Majed al-Ansari, the spokesman for the Qatari foreign ministry, told reporters that the talks would resume.');
    expect(speakerOfSentence(dataset, 'Majed al-Ansari')).toBe('Majed al-Ansari');
  });

  it('"at the Ministry of Foreign Affairs" is where talks were held: no place name, no party, no alias of the country named before', () => {
    const dataset = run('Bahraini Foreign Minister Abdullatif Al Zayani arrived in Islamabad on Monday. Pakistani Foreign Minister Ishaq Dar held talks with Al Zayani at the Ministry of Foreign Affairs.');
    const [talks] = meetingsBetween(dataset, ['Ishaq Dar', 'Abdullatif Al Zayani'], 'occurred');
    expect(talks.participants).toHaveLength(2);
    expect(talks.place).toBeNull();
    expect(actor(dataset, 'Bahrain')?.aliases ?? []).not.toContain('the Ministry');
  });

  it.each<[text: string, speaker: string, relayer: string]>([
    ['Kenyan President William Ruto met Ugandan President Yoweri Museveni on Monday. The Kenyan presidency said in a statement that Mr. Ruto had stressed the need for open borders.', 'William Ruto', 'Kenya'],
    ["Presidential spokesman Tomas Vial said in a statement that Chilean President Gabriel Boric welcomed Peruvian President Dina Boluarte's commitment to the talks.", 'Gabriel Boric', 'Tomas Vial'],
    // A home outlet names its own minister bare: the country the text gives him none of is still the government's.
    ['PUTRAJAYA, March 11 (Bernama) - Malaysia hosted the Gulf envoys on Monday. Wisma Putra said in a statement that Mohamad stressed the need for a ceasefire in Sudan.', 'Mohamad', 'Malaysia'],
    ['Nigerian Foreign Minister Yusuf Tuggar met Ghanaian Foreign Minister Samuel Ablakwa on Monday. Mr Tuggar told Mr Ablakwa that Nigeria "remains committed to ECOWAS," ministry spokesperson Kimiebi Ebienfa said.', 'Yusuf Tuggar', 'Kimiebi Ebienfa'],
  ])('a government or a spokesperson passing on a person\'s words of its own country is not a second speaker: %s', (text, speaker, relayer) => {
    const dataset = run(text);
    expect(statementsBy(dataset, speaker)).toHaveLength(1);
    expect(statementsBy(dataset, relayer)).toHaveLength(0);
  });

  it.each([
    'Kenyan President William Ruto left Nairobi on Monday, calling at Kampala and Kigali before the summit with Ugandan President Yoweri Museveni.',
    'Kenyan President William Ruto phoned Ugandan President Yoweri Museveni on Monday, calling him to discuss the pipeline.',
  ])('", calling" with no name and predicate after it says nothing: %s', (text) => {
    expect(statementsBy(run(text), 'William Ruto')).toHaveLength(0);
    // Control: what he called someone is his statement.
    expect(statementsBy(run('Kenyan President William Ruto left Nairobi on Monday, calling Museveni "a brother."'), 'William Ruto')).toHaveLength(1);
  });

  it('"…," said the president: the one president named outside the quotation', () => {
    const dataset = run('Colombian President Gustavo Petro spoke to reporters in Bogota on Monday. "We have nothing against Chilean President Gabriel Boric. If he wants to discuss trade, we are ready," said the president.');
    expect(speakerOfSentence(dataset, 'If he wants')).toBe('Gustavo Petro');
  });

  it('a government\'s verb closing the sentence after a quoted person reports the person\'s words, whatever the person\'s country', () => {
    const dataset = run('WELLINGTON, March 4 - New Zealand Foreign Minister Winston Peters spoke with Japanese Foreign Minister Takeshi Iwaya on Monday. Mr Iwaya "reaffirmed Japan\'s commitment to the Pacific and to Australia", the Ministry of Foreign Affairs said in a statement.');
    expect(statementsBy(dataset, 'Takeshi Iwaya')).toHaveLength(1);
    expect(statementsBy(dataset, 'New Zealand')).toHaveLength(0);
  });

  it('"Mindef rejected …" with no dateline to settle it is no one, and no person named Mindef', () => {
    const dataset = run('Indonesian Defence Minister Sjafrie Sjamsoeddin met Malaysian Defence Minister Mohamed Khaled Nordin on Monday.\n\nMindef also rejected a report that Mr Sjafrie had met Chinese Defence Minister Dong Jun.');
    expect(statementsBy(dataset, 'Mindef')).toHaveLength(0);
    expect(actor(dataset, 'Mindef')).toBeUndefined();
  });

  it('a person\'s verb closing the sentence passes on the government\'s words, which stay the government\'s', () => {
    const dataset = run('Kenyan Foreign Minister Musalia Mudavadi met Ugandan Foreign Minister Jeje Odongo in Kampala on Monday. In return, Kenyan officials requested the extradition of Ugandans wanted in Kenyan courts, "most notably those behind the bombing," Mudavadi said.');
    expect(statementsBy(dataset, 'Kenya')).toHaveLength(1);
  });

  it('a bare ministry in a wire datelined in another country than the first one named is no government', () => {
    const dataset = run('NAIROBI, March 11 (KNA) - President William Ruto hosted Ugandan President Yoweri Museveni on Monday.\n\nMeanwhile, the Foreign Ministry denied a report that Ruto had met Sudanese General Abdel Fattah al-Burhan in Juba.');
    expect(statementsBy(dataset, 'Uganda')).toHaveLength(0);
  });

  it('"any Ugandan leader" is no particular person', () => {
    const dataset = run('Ugandan President Yoweri Museveni met Kenyan President William Ruto on Monday. Sudanese General Mohamed Hamdan Dagalo said he had no interest in meeting any Ugandan leader.');
    expect(statementsBy(dataset, 'Mohamed Hamdan Dagalo').flatMap((s) => s.targets)).not.toContain(actor(dataset, 'Yoweri Museveni')?.id);
  });

  it('who acts in an "as" clause is not what was said ("pledged … as X hosted Y")', () => {
    const dataset = run('Kenya, Uganda and Tanzania pledged on Tuesday to speed up work on the railway as Kenyan Foreign Minister Musalia Mudavadi hosted his counterparts in Nairobi.');
    expect(statements(dataset).flatMap((s) => s.targets)).not.toContain(actor(dataset, 'Musalia Mudavadi')?.id ?? 'Musalia Mudavadi');
    expect(statements(dataset).length).toBeGreaterThan(0);
  });

  it('the outer speaker of a quote of a quote still speaks', () => {
    const dataset = run('"Finnish President Alexander Stubb told me he would come," German Chancellor Olaf Scholz said on Monday.');
    expect(statementsBy(dataset, 'Olaf Scholz')).toHaveLength(1);
  });

  it('"X quoted Y as saying": X speaks, and the words X quotes are about no one of X\'s', () => {
    const dataset = run('Chilean Foreign Minister Alberto van Klaveren quoted Peruvian President Dina Boluarte as saying that "Peru will never forget the help of Bolivia."');
    expect(statementsBy(dataset, 'Alberto van Klaveren').map((s) => s.targets)).toEqual([[]]);
  });
});

describe('the present tense outside a live blog\'s timestamped entry reports no words', () => {
  it('"X accuses Y" in plain prose is no statement; after a timestamp it is one', () => {
    const plain = extractArticle('Chinese Ambassador Fu Cong accuses Japan of provocations in every session.');
    expect(plain.events.filter((e) => e.type === 'statement')).toEqual([]);
    const stamped = extractArticle('UN Security Council live\n\n11:15 AM - Chinese Ambassador Fu Cong accuses Japan of provocations.');
    expect(stamped.events.filter((e) => e.type === 'statement')).toHaveLength(1);
  });
});

describe('regions and name fragments are not people', () => {
  it.each([
    ['a region after "the" and an adjective', 'Ghanaian President John Mahama said ECOWAS was ready to resume talks with the breakaway Sahel states.', 'Sahel'],
    ['a region in a coordinated adjective ("Nordic and Baltic states")', 'Foreign ministers of the Nordic and Baltic states on Monday condemned Russia over the cable damage.', 'Baltic'],
    ['the last word of an alliance\'s name', 'The Alliance of Sahel States said in a statement on Monday that it rejected the sanctions.', 'States'],
    // "Royal" and "Lake" are given names too: after a country's possessive, a place or body word keeps the run from being a person.
    ['a body after a country\'s possessive', "Indian Prime Minister Narendra Modi met commanders of Britain's Royal Navy on Monday.", 'Royal Navy'],
    ['a place after a country\'s possessive', "Kenyan President William Ruto toured Kenya's Lake Victoria region and met Ugandan President Yoweri Museveni on Monday.", 'Lake Victoria'],
    ['two sides joined by a hyphen', 'Kremlin spokesman Dmitry Peskov said on Monday that a Putin-Trump meeting was not on the agenda.', 'Putin-Trump'],
    ['a portfolio after a title, though it stands before the verb', 'Kirill Dmitriev, Special Presidential Envoy on Investment and Economic Cooperation, stated on Monday that ties would improve.', 'Economic Cooperation'],
    // An untitled name after a meeting verb is a person only when it opens with a given name, is the whole noun phrase and the verb takes no places.
    // After a body no list knows ("the head of Unisfa X"), a unit of the body is no name.
    ['a unit of an unknown body after its role', 'South Sudanese President Salva Kiir met the head of Unisfa Police Division in Juba on Monday.', 'Police Division'],
    ['a place after "visited"', 'Indian Prime Minister Narendra Modi visited Santa Clara on Monday.', 'Santa Clara'],
    ['a place opening with a given-name-like word after "met"', 'Indian Prime Minister Narendra Modi met officials from Santa Clara on Monday.', 'Santa Clara'],
    ['a name modifying a noun after the verb', 'Irish Foreign Minister Simon Harris received Nelson Mandela scholars in Dublin on Monday.', 'Nelson Mandela'],
    // A word after a party's head word that the bracketed acronym spells is the rest of the party's name.
    ['a word after a party\'s head that its acronym spells', 'Chakwera, the leader of the Democratic Progressive Party Renewal (DPPR), told supporters that Zambia must reopen the border.', 'Renewal'],
    ['a party\'s name before "party leader" with no name after', 'The opposition Progress party leader said on Monday that Norway must leave the talks.', 'Progress'],
    ['a lower-case portfolio after "minister of" with no name after', "Nigeria's minister of international relations said on Monday that Abuja would host Ghana for talks.", 'Abuja'],
    ['a title word between a modifier and its role', 'Russian Deputy Defence Minister Yunus-Bek Yevkurov visited Niamey on Monday and met General Abdourahamane Tchiani.', 'Defence'],
  ])('%s', (_cue, text, notAPerson) => {
    const dataset = run(text);
    expect(dataset.actors.find((a) => a.kind === 'person' && a.name === notAPerson)).toBeUndefined();
    expect(statements(dataset).filter((s) => dataset.actors.find((a) => a.id === s.speaker)?.name === notAPerson)).toHaveLength(0);
  });

  it('a name before a building\'s noun ("the Al-Nour and Al-Youssef mosques") is the building\'s, not a person\'s who bears the surname', () => {
    const dataset = run('Egyptian Foreign Minister Badr Abdelatty met Sudanese Foreign Minister Ali Youssef in Cairo. Abdelatty condemned the shelling of the Al-Nour and Al-Youssef mosques in Omdurman.');
    expect(actor(dataset, 'Ali Youssef')?.aliases ?? []).not.toContain('Al-Youssef');
    expect(statementsBy(dataset, 'Badr Abdelatty')[0]?.targets).toEqual([]);
    // Control: the surname alone, acting, is the person.
    const acting = run('Egyptian Foreign Minister Badr Abdelatty met Sudanese Foreign Minister Ali Youssef in Cairo. Abdelatty praised Youssef on Monday.');
    expect(statementsBy(acting, 'Badr Abdelatty')[0]?.targets).toEqual([actor(acting, 'Ali Youssef')?.id]);
  });

  it('an agreement named after a body ("the UN Charter") is neither the body nor a person', () => {
    const dataset = run('Kenyan President William Ruto told Somali President Hassan Sheikh Mohamud that Kenya respected the AU Charter.');
    expect(dataset.actors.filter((a) => a.kind === 'organization' || a.name === 'Charter')).toEqual([]);
    expect(statementsBy(dataset, 'William Ruto')[0]?.targets).toEqual([actor(dataset, 'Hassan Sheikh Mohamud')?.id]);
  });

  it.each([
    'Kenyan President William Ruto praised the Prime Minister of Ethiopia, Abiy Ahmed, on Monday.',
    'Kenyan President William Ruto praised the Prime Minister of the Federal Democratic Republic of Ethiopia, Dr. Abiy Ahmed, on Monday.',
  ])('the country of a role apposed to its holder ("the Prime Minister of X, Y") is no target beside the holder: %s', (text) => {
    const dataset = run(text);
    expect(statementsBy(dataset, 'William Ruto')[0]?.targets).toEqual([actor(dataset, 'Abiy Ahmed')?.id]);
  });

  it('a ruling party named with the state ("the Cuban Party, State and people") is no body of its own', () => {
    const dataset = run('Cuban President Miguel Díaz-Canel said the Cuban Party, State and people always treasure the friendship with Angola.');
    expect(dataset.actors.filter((a) => a.kind === 'organization')).toEqual([]);
    expect(statementsBy(dataset, 'Miguel Díaz-Canel')[0]?.targets).toEqual([actor(dataset, 'Angola')?.id]);
  });

  it('a surname two people share names neither ("Aliyev" after a father and a son)', () => {
    const dataset = run("Azerbaijan's former president Heydar Aliyev, father of President Ilham Aliyev, was remembered in Baku. Aliyev held talks with Georgian Prime Minister Irakli Kobakhidze on Monday.");
    expect(meetings(dataset).filter((m) => m.evidence[0].quote.startsWith('Aliyev held talks'))).toHaveLength(0);
    // Control: with one Aliyev named, the surname is his.
    const one = run('Azerbaijani President Ilham Aliyev arrived in Tbilisi. Aliyev held talks with Georgian Prime Minister Irakli Kobakhidze on Monday.');
    expect(meetingsBetween(one, ['Ilham Aliyev', 'Irakli Kobakhidze'], 'occurred')).toHaveLength(1);
  });

  it.each([
    ['Reporters asked whether Polish Prime Minister Donald Tusk had asked Ukrainian President Volodymyr Zelensky for more grain guarantees.', 'Reporters'],
    ['Diplomats said Kenyan President William Ruto had met Ugandan President Yoweri Museveni.', 'Diplomats'],
  ])('a plural common noun opening a sentence is nobody: %s', (text, notAPerson) => {
    expect(run(text).actors.find((a) => a.name === notAPerson)).toBeUndefined();
  });

  it('a month\'s abbreviation closing a name stays in it ("Dong Jun"), while "Jun 5" stays a date', () => {
    const dataset = run('Chinese Defence Minister Dong Jun met Singaporean Defence Minister Ng Eng Hen on Monday.');
    expect(meetingsBetween(dataset, ['Dong Jun', 'Ng Eng Hen'], 'occurred')).toHaveLength(1);
    const dated = run('Kenyan President William Ruto met Ugandan President Yoweri Museveni Jun 5 in Kampala.', '2024-06-12');
    expect(meetingsBetween(dated, ['William Ruto', 'Yoweri Museveni'], 'occurred')[0].date).toBe('2024-06-05');
  });

  it('a month\'s abbreviation inside a name does not cut it ("Zin Mar Aung" is not "Aung" of Aung San Suu Kyi)', () => {
    const dataset = run("Myanmar's former leader Aung San Suu Kyi remains in detention. The opposition's foreign minister, Zin Mar Aung, condemned the envoy's trip on Mar 5.");
    const speaker = statements(dataset)[0]?.speaker;
    expect(dataset.actors.find((a) => a.id === speaker)?.name).toBe('Zin Mar Aung');
  });
});

describe('dates that must not be given', () => {
  it('"ahead of the review this July" written in March dates nothing: that July is still to come', () => {
    const dataset = run('Brazilian President Luiz Inácio Lula da Silva and Argentine President Javier Milei agreed to coordinate ahead of the Mercosur review this July, after the two leaders spoke by phone.');
    expect(meetingsBetween(dataset, ['Luiz Inácio Lula da Silva', 'Javier Milei'], 'occurred')[0].date).toBeNull();
  });

  it('"their first meeting since the March 1 elections": the day after "since the" dates nothing, so there is one meeting, on its day', () => {
    const dataset = run('Kenyan President William Ruto and Ugandan President Yoweri Museveni sat down in Nairobi on Saturday, their first face-to-face meeting since the March 1 elections.');
    expect(meetingsBetween(dataset, ['William Ruto', 'Yoweri Museveni'], 'occurred').map((m) => m.date)).toEqual(['2024-03-09']);
  });

  it('"Later that day" after no dated sentence stays undated, with the reason', () => {
    const dataset = run('Ghanaian President John Mahama hosted Ivorian President Alassane Ouattara in Accra. Later that day, Ghanaian Foreign Minister Samuel Ablakwa met Ivorian Foreign Minister Léon Kacou Adom.');
    const [meeting] = meetingsBetween(dataset, ['Samuel Ablakwa', 'Léon Kacou Adom'], 'occurred');
    expect(meeting.date).toBeNull();
    expect(meeting.dateDerivation.reason).toMatch(/Later that day/);
  });

  it('"A couple of months later," is no day the text had reached: the meeting stays undated, with the reason', () => {
    const told = 'Peruvian President Dina Boluarte met Bolivian President Luis Arce in Lima on Monday.';
    const later = run(`${told} A couple of months later, Peruvian Foreign Minister Javier Gonzalez held talks with Ecuadorian Foreign Minister Gabriela Sommerfeld in Quito.`);
    const [meeting] = meetingsBetween(later, ['Javier Gonzalez', 'Gabriela Sommerfeld'], 'occurred');
    expect(meeting.date).toBeNull();
    expect(meeting.dateDerivation.reason).toMatch(/A couple of months later/);
    // Control: a counted shift does count from that Monday.
    const counted = run(`${told} A day later, Peruvian Foreign Minister Javier Gonzalez held talks with Ecuadorian Foreign Minister Gabriela Sommerfeld in Quito.`);
    expect(meetingsBetween(counted, ['Javier Gonzalez', 'Gabriela Sommerfeld'], 'occurred')[0].date).toBe('2024-03-12');
  });

  it.each([
    // The dateline and the publication line date the report: what it tells is not dated by them.
    ['ACCRA, Ghana, March 12. Ghanaian Foreign Minister Kwame Asante has held talks with Togolese Foreign Minister Komi Adjovi in Accra, GNA reports.'],
    ['Headline of the day\n\nPublished: 2024.03.12.\n\nGhanaian Foreign Minister Kwame Asante held talks with Togolese Foreign Minister Komi Adjovi in Accra.'],
  ])('a dateline or a publication line is not the sentence just before that dates a meeting: %s', (text) => {
    const [meeting] = meetingsBetween(run(text), ['Kwame Asante', 'Komi Adjovi'], 'occurred');
    expect(meeting.date).toBeNull();
  });

  it('control: a sentence of the story just before does date it, also the end of one cut short after "Ma."', () => {
    const told = run('Ghanaian President Ama Boateng arrived in Lomé on Monday. Ghanaian Foreign Minister Kwame Asante held talks with Togolese Foreign Minister Komi Adjovi in Accra.');
    expect(meetingsBetween(told, ['Kwame Asante', 'Komi Adjovi'], 'occurred')[0].date).toBe('2024-03-11');
    const cut = run('Ghanaian Foreign Minister Kwame Asante hosted the Secretary of Foreign Affairs of the Philippines, H.E. Ma. Luisa Santos, in Accra on 12 March 2024. Later that day, Asante received Togolese Foreign Minister Komi Adjovi.');
    expect(meetingsBetween(cut, ['Kwame Asante', 'Komi Adjovi'], 'occurred')[0].date).toBe('2024-03-12');
  });

  it('"for about 40 minutes" says how long, not when', () => {
    const dataset = run('Brazilian President Luiz Inácio Lula da Silva and Argentine President Javier Milei spoke by phone for about 40 minutes.');
    expect(meetingsBetween(dataset, ['Luiz Inácio Lula da Silva', 'Javier Milei'], 'occurred')[0].date).toBeNull();
    // Control: a day beside the span still dates the call.
    const dated = run('Brazilian President Luiz Inácio Lula da Silva and Argentine President Javier Milei spoke by phone for about 40 minutes on Monday.');
    expect(meetingsBetween(dated, ['Luiz Inácio Lula da Silva', 'Javier Milei'], 'occurred')[0].date).toBe('2024-03-11');
  });

  it('a caption between two paragraphs ends the day the text had reached', () => {
    const dataset = run('Kenyan President William Ruto met Ugandan President Yoweri Museveni in Nairobi on Monday.\n\nPhoto: Delegates arrive at the summit venue.\n\nEthiopian Prime Minister Abiy Ahmed held talks with Somali President Hassan Sheikh Mohamud on the margins of the summit.');
    expect(meetingsBetween(dataset, ['Abiy Ahmed', 'Hassan Sheikh Mohamud'], 'occurred')[0].date).toBeNull();
    // Control: without the caption, the sentence just before dates it.
    const joined = run('Kenyan President William Ruto met Ugandan President Yoweri Museveni in Nairobi on Monday.\n\nEthiopian Prime Minister Abiy Ahmed held talks with Somali President Hassan Sheikh Mohamud on the margins of the summit.');
    expect(meetingsBetween(joined, ['Abiy Ahmed', 'Hassan Sheikh Mohamud'], 'occurred')[0].date).toBe('2024-03-11');
  });

  it('"said X had met Y last month": last month dates the meeting, not the words', () => {
    const dataset = run('Iranian Deputy Foreign Minister Kazem Gharibabadi said Iran had met European diplomats in Geneva last month.');
    expect(statements(dataset)[0].date).toBeNull();
    // Control: the words' own day dates them.
    const dated = run('Iranian Deputy Foreign Minister Kazem Gharibabadi said on Monday that Iran had met European diplomats in Geneva last month.');
    expect(statements(dated)[0].date).toBe('2024-03-11');
  });

  it('a year alone, or a day something is scheduled for, is not when the words were said', () => {
    expect(statementsBy(run('Senegalese Prime Minister Ousmane Sonko criticised France over the massacre at Thiaroye in 1944.'), 'Ousmane Sonko')[0].date).toBeNull();
    expect(statementsBy(run('French President Emmanuel Macron praised Senegal on Monday over the talks of 1944 and 1945.'), 'Emmanuel Macron')[0].date).toBe('2024-03-11');
    const scheduled = run('French President Emmanuel Macron welcomed the next round of talks with Senegal, scheduled for January.');
    expect(statementsBy(scheduled, 'Emmanuel Macron')[0].date).toBeNull();
    expect(meetingsBetween(scheduled, ['Emmanuel Macron', 'Senegal'], 'occurred')).toHaveLength(0);
    // What a closing attribution reports is dated; the words that report it are not, and reporting a meeting is no statement.
    const noted = run('Solomon Islands Prime Minister Jeremiah Manele met Chinese Premier Li Qiang in Beijing in July, Papua New Guinea Prime Minister James Marape noted.');
    expect(statementsBy(noted, 'James Marape')).toEqual([]);
    expect(meetingsBetween(noted, ['Jeremiah Manele', 'Li Qiang'], 'occurred')[0].date).toBe('2023-07-01');
    const signed = run('Solomon Islands signed a policing pact with China in July, Papua New Guinea Prime Minister James Marape noted.');
    expect(statementsBy(signed, 'James Marape')[0].date).toBeNull();
    // Control: a verb that opens a quote is no closing attribution; its day is the words'.
    const opening = run('Speaking to reporters in Pretoria on Tuesday, South African Foreign Minister Ronald Lamola said: "We will talk to both sides."');
    expect(statementsBy(opening, 'Ronald Lamola')[0].date).toBe('2024-03-12');
    // Control: a month after the verb with nothing between dates the words.
    expect(statementsBy(run('French President Emmanuel Macron praised Senegal in January.'), 'Emmanuel Macron')[0].date).toBe('2024-01-01');
  });

  it('a relative clause closing the sentence dates what it tells, not the call before it', () => {
    const dataset = run('French Foreign Minister Jean-Noël Barrot spoke by phone with Chadian Foreign Minister Abderaman Koulamallah, who had accused France of arrogance in January.');
    const [call] = meetingsBetween(dataset, ['Jean-Noël Barrot', 'Abderaman Koulamallah'], 'occurred');
    expect(call.date).toBeNull();
    // Control: the same date outside the clause dates the call.
    const dated = run('French Foreign Minister Jean-Noël Barrot spoke by phone with Chadian Foreign Minister Abderaman Koulamallah in January.');
    expect(meetingsBetween(dated, ['Jean-Noël Barrot', 'Abderaman Koulamallah'], 'occurred')[0].date).toBe('2024-01-01');
  });

  const caption = 'File photo: Canadian Prime Minister Justin Trudeau meets Mexican President Andrés Manuel López Obrador in Mexico City on January 10, 2023.';
  const body = 'Canadian Prime Minister Justin Trudeau met Mexican President Andrés Manuel López Obrador in Ottawa on Monday.';

  it('a caption marked "File photo" dates nothing: no reference date, no event from the caption, the body meeting stays undated', () => {
    const dataset = run(`${caption}\n${body}`, null);
    expect(dataset.documents[0].referenceDate).toBeNull();
    expect(meetings(dataset).filter((m) => m.date === '2023-01-10')).toHaveLength(0);
    expect(meetings(dataset).every((m) => m.evidence.every((e) => !e.fromCaption))).toBe(true);
    const [meeting] = meetingsBetween(dataset, ['Justin Trudeau', 'Andrés Manuel López Obrador'], 'occurred');
    expect(meeting.date).toBeNull();
    expect(meeting.dateDerivation.reason).not.toBe('');
  });

  it('control: the same caption without "File" does give the reference date', () => {
    const dataset = run(`${caption.replace('File photo', 'Photo')}\n${body}`, null);
    expect(dataset.documents[0].referenceDate).toBe('2023-01-10');
  });

  it('a sentence dated only by a month ends the day the text had reached: the meeting after it is undated', () => {
    const dataset = run('Kenyan President William Ruto met Ugandan President Yoweri Museveni in Nairobi on Monday.\n\nSudanese commander Abdelrahim Dagalo was wounded in Khartoum in July. Chadian President Mahamat Idriss Deby had received Dagalo hours before the attack, local media reported.');
    const [received] = meetingsBetween(dataset, ['Mahamat Idriss Deby', 'Abdelrahim Dagalo'], 'occurred');
    expect(received.date).toBeNull();
    expect(received.dateDerivation.method).toBe('none');
  });

  it('an article with no publication date leaves "on Monday" undated, with the reason', () => {
    const dataset = run('South African President Cyril Ramaphosa met Zimbabwean President Emmerson Mnangagwa in Pretoria on Monday.', null);
    const [meeting] = meetingsBetween(dataset, ['Cyril Ramaphosa', 'Emmerson Mnangagwa'], 'occurred');
    expect(meeting.date).toBeNull();
    expect(meeting.datePrecision).toBeNull();
    expect(meeting.dateDerivation.method).toBe('none');
    expect(meeting.dateDerivation.reason.length).toBeGreaterThan(0);
  });

  it('"said on Tuesday that X had spoken by phone with Y": Tuesday is the report\'s day, not the call\'s', () => {
    const dataset = run("Argentina's foreign ministry said on Tuesday that Foreign Minister Diana Mondino had spoken by phone with her Brazilian counterpart Mauro Vieira.");
    const [call] = meetingsBetween(dataset, ['Diana Mondino', 'Mauro Vieira'], 'occurred');
    expect(call.mode).toBe('phone');
    expect(call.date).toBeNull();
    expect(call.dateDerivation.reason).toMatch(/report/);
  });

  it('control: "said on Tuesday that X spoke by phone with Y" keeps Tuesday', () => {
    const dataset = run("Argentina's foreign ministry said on Tuesday that Foreign Minister Diana Mondino spoke by phone with her Brazilian counterpart Mauro Vieira.");
    expect(meetingsBetween(dataset, ['Diana Mondino', 'Mauro Vieira'], 'occurred')[0].date).toBe('2024-03-12');
  });

  it('"in the past year" is a span, not the calendar year before', () => {
    const dataset = run('Kenyan President William Ruto and Ugandan President Yoweri Museveni have met several times in the past year.');
    const [meeting] = meetingsBetween(dataset, ['William Ruto', 'Yoweri Museveni'], 'occurred');
    expect(meeting.date).toBeNull();
    expect(meeting.dateDerivation.reason).toMatch(/past year/);
  });

  it('a hoped-for meeting does not take the day of the sentence before', () => {
    const dataset = run('Kenyan President William Ruto met Ethiopian Prime Minister Abiy Ahmed in Nairobi on Monday. Ugandan President Yoweri Museveni hopes to meet Ruto soon.');
    const [hoped] = meetingsBetween(dataset, ['Yoweri Museveni', 'William Ruto'], 'planned');
    expect(hoped.date).toBeNull();
    // Control: an occurred meeting in the same place does take it.
    expect(meetingsBetween(dataset, ['William Ruto', 'Abiy Ahmed'], 'occurred')[0].date).toBe('2024-03-11');
  });

  it('"the previous day" counts back from the day the text has reached, not that day itself', () => {
    const dataset = run('Indian Prime Minister Narendra Modi met British Prime Minister Keir Starmer in London on Thursday. Indian Foreign Minister S. Jaishankar had held talks with British Foreign Secretary David Lammy the previous day.');
    const [talks] = meetingsBetween(dataset, ['S. Jaishankar', 'David Lammy'], 'occurred');
    expect(talks.date).toBe('2024-03-06');
    expect(talks.dateDerivation.method).toBe('relative-to-event');
  });

  it('"had met Y the previous day" does not count from a meeting when another day lies between, nor without the pluperfect', () => {
    const summit = 'Colombian President Gustavo Petro met Ecuadorian President Daniel Noboa in Quito on Monday. Petro said the border "must be a bridge, not a wall."';
    const between = run(`${summit} Noboa travelled to Lima on Wednesday. Noboa said Peru "is a partner." Peruvian President Dina Boluarte said the talks were "frank." Colombian Foreign Minister Luis Gilberto Murillo had met Ecuadorian Foreign Minister Gabriela Sommerfeld the previous day, the ministry said.`);
    expect(meetingsBetween(between, ['Luis Gilberto Murillo', 'Gabriela Sommerfeld'], 'occurred')[0].date).toBeNull();
    const simplePast = run(`${summit} Noboa said Ecuador "shares that goal." Colombian Foreign Minister Luis Gilberto Murillo met Ecuadorian Foreign Minister Gabriela Sommerfeld the previous day, the ministry said.`);
    expect(meetingsBetween(simplePast, ['Luis Gilberto Murillo', 'Gabriela Sommerfeld'], 'occurred')[0].date).toBeNull();
  });

  it('"X also held talks with Z the previous day" in the simple past counts back from the meeting X was told at, past sentences of quotes', () => {
    const summit = 'Chilean President Gabriel Boric met Argentine President Javier Milei in Buenos Aires on Thursday. A spokesman said Boric raised the glacier treaty. He said Milei had praised the mining accord.';
    const also = run(`${summit} Boric also held talks with Uruguayan President Yamandu Orsi on water sharing the previous day.`);
    expect(meetingsBetween(also, ['Gabriel Boric', 'Yamandu Orsi'], 'occurred')[0].date).toBe('2024-03-06');
    // Whom the meeting told before did not include gets no day from it.
    const other = run(`${summit} Uruguayan President Yamandu Orsi held talks with Paraguayan President Santiago Pena on water sharing the previous day.`);
    expect(meetingsBetween(other, ['Yamandu Orsi', 'Santiago Pena'], 'occurred')[0].date).toBeNull();
  });

  it('"the following day at a banquet": a word after the shift that merely starts like "a" or "the" is no event it counts from', () => {
    const dataset = run('Kenyan President William Ruto, who arrived in Kampala on Monday, met Ugandan Foreign Minister Jeje Odongo the following day at a banquet.');
    expect(meetingsBetween(dataset, ['William Ruto', 'Jeje Odongo'], 'occurred')[0].date).toBe('2024-03-12');
  });

  it('"the day before the summit opened" is an apposition to the stated day, not a shift from the text\'s day', () => {
    const dataset = run('Zimbabwean President Emmerson Mnangagwa held a bilateral meeting with South African President Cyril Ramaphosa on Friday, the day before the summit opened.');
    const [meeting] = meetingsBetween(dataset, ['Emmerson Mnangagwa', 'Cyril Ramaphosa'], 'occurred');
    expect(meeting.date).toBe('2024-03-08');
    // Control: standing alone, "the day before" still shifts ("... the day before in Geneva").
    const shifted = run('Kenyan President William Ruto met Ugandan President Yoweri Museveni in Kampala on Thursday. Kenyan Foreign Minister Musalia Mudavadi had held talks with Ugandan Foreign Minister Jeje Odongo the day before in Entebbe.');
    expect(meetingsBetween(shifted, ['Musalia Mudavadi', 'Jeje Odongo'], 'occurred')[0].date).toBe('2024-03-06');
  });

  it('"the next day" with no day before it stays undated, with the reason', () => {
    const dataset = run('Indian Foreign Minister S. Jaishankar held talks with British Foreign Secretary David Lammy the next day.');
    const [talks] = meetingsBetween(dataset, ['S. Jaishankar', 'David Lammy'], 'occurred');
    expect(talks.date).toBeNull();
    expect(talks.dateDerivation.reason).toMatch(/the next day/);
  });

  it('"later in the day" is the day the text had reached, not the day after', () => {
    const dataset = run('Danish Prime Minister Mette Frederiksen met Swedish Prime Minister Ulf Kristersson in Stockholm on Monday. Later in the day, Frederiksen held a telephone conversation with Norwegian Prime Minister Jonas Gahr Støre.');
    expect(meetingsBetween(dataset, ['Mette Frederiksen', 'Jonas Gahr Støre'], 'occurred')[0].date).toBe('2024-03-11');
  });

  it('a planned meeting "in April", reported in March, is the coming April; a planned weekday read back before publication stays undated', () => {
    const april = run('German Chancellor Friedrich Merz is due to meet Irish Taoiseach Micheál Martin in Dublin in April.', '2025-03-18');
    expect(meetingsBetween(april, ['Friedrich Merz', 'Micheál Martin'], 'planned')[0].date).toBe('2025-04-01');
    const friday = run('Kenyan President William Ruto will meet Ugandan President Yoweri Museveni on Friday.');
    const [meeting] = meetingsBetween(friday, ['William Ruto', 'Yoweri Museveni'], 'planned');
    expect(meeting.date).toBeNull();
    expect(meeting.dateDerivation.reason).toMatch(/still to come/);
  });

  it('a dateline opening the paragraph gives the day the story was filed, not the day of the meeting it tells', () => {
    const undatedMeeting = run('LIMA, March 12 (Reuters) - Chilean President Gabriel Boric met Peruvian President Dina Boluarte in Lima.');
    const [meeting] = meetingsBetween(undatedMeeting, ['Gabriel Boric', 'Dina Boluarte'], 'occurred');
    expect(meeting.date).toBeNull();
    expect(meeting.dateDerivation.reason).toMatch(/no date expression/);
    const weekday = run('KUALA LUMPUR, March 12, 2024 (Bernama) -- Malaysian Prime Minister Anwar Ibrahim met Thai Prime Minister Srettha Thavisin on Monday.');
    expect(meetingsBetween(weekday, ['Anwar Ibrahim', 'Srettha Thavisin'], 'occurred')[0].date).toBe('2024-03-11');
  });

  it('a meeting denied in the future tense looks ahead, and its month is not the denial\'s date', () => {
    const dataset = run('Serbian President Aleksandar Vučić denied media reports that he would meet Kosovo Prime Minister Albin Kurti in March.', '2025-02-27');
    const [meeting] = meetingsBetween(dataset, ['Aleksandar Vučić', 'Albin Kurti'], 'denied');
    expect(meeting.date).toBe('2025-03-01');
    expect(statements(dataset).find((s) => s.trigger === 'denied')?.date).toBeNull();
  });

  it.each<[modal: string]>([['may'], ['might'], ['could']])('a meeting that "%s" happen in a month looks ahead: that month after the publication date, not the one before', (modal) => {
    const dataset = run(`Thai Prime Minister Paetongtarn Shinawatra ${modal} meet Cambodian Prime Minister Hun Manet in Bangkok in February, if the border talks succeed, officials said.`, '2025-06-16');
    const meeting = meetings(dataset).find((m) => m.status !== 'occurred' && m.participants.length === 2);
    expect(meeting?.date).toBe('2026-02-01');
  });

  it.each<[published: string, month: string, date: string | null]>([
    ['2025-03-20', 'April', '2025-04-01'],
    ['2025-06-20', 'April', '2025-04-01'],
    ['2025-01-10', 'November', '2024-11-01'],
    // Six months either way: no nearest April.
    ['2025-10-20', 'April', null],
  ])('a postponed meeting "initially scheduled for <month>" (published %s, %s) is the nearest such month, not always the last', (published, month, date) => {
    const dataset = run(`A meeting between Armenian Prime Minister Nikol Pashinyan and Azerbaijani President Ilham Aliyev, initially scheduled for ${month}, has been postponed, diplomats said.`, published);
    const [meeting] = meetingsBetween(dataset, ['Nikol Pashinyan', 'Ilham Aliyev'], 'cancelled');
    expect(meeting.date).toBe(date);
  });

  it('a planned meeting "next week" gets no day', () => {
    const dataset = run('Kenyan President William Ruto will meet Ugandan President Yoweri Museveni next week.');
    const [meeting] = meetingsBetween(dataset, ['William Ruto', 'Yoweri Museveni'], 'planned');
    expect(meeting.date).toBeNull();
  });
});

describe('outlets and titles that speak or meet as no one of their own', () => {
  it('"the <capital> <newspaper head>" is one outlet: its head word is no person', () => {
    const dataset = run('The Jakarta Globe said Malaysia "has ignored the ruling."');
    expect(statements(dataset)).toHaveLength(0);
    expect(dataset.actors.filter((a) => a.kind === 'person')).toEqual([]);
  });

  it('"The President of <country>" in a title-case line is still the president', () => {
    const dataset = run('Kenyan President William Ruto met The President of Uganda Yoweri Museveni in Entebbe on Monday.');
    expect(meetingsBetween(dataset, ['William Ruto', 'Yoweri Museveni'], 'occurred')).toHaveLength(1);
  });

  it.each([
    ['a president\'s seat', 'Government House said on Monday that Cambodia must withdraw its troops from the border.', 'Government House'],
    ['a foreign ministry\'s seat before the minister it reports', 'Malaysian Prime Minister Anwar Ibrahim met Thai Prime Minister Paetongtarn Shinawatra on Monday. Wisma Putra said in a statement that Anwar urged Myanmar to end the violence.', 'Wisma Putra'],
  ])('the building that houses a government is no person: %s', (_cue, text, building) => {
    const dataset = run(text);
    expect(dataset.actors.find((a) => a.name === building)).toBeUndefined();
    expect(statements(dataset).map((s) => dataset.actors.find((a) => a.id === s.speaker)?.kind)).not.toContain(undefined);
  });

  it('"the spokesperson of the ministry said X would…" gives X no words', () => {
    expect(statementsBy(run('The spokesperson of the ministry said Kenyan President William Ruto would travel to Uganda.'), 'William Ruto')).toHaveLength(0);
  });
});

describe('"met separately with A and B" with an unread subject: A never met B', () => {
  it.each<[text: string, between: [string, string]]>([
    ['Brazilian Foreign Minister Mauro Vieira met Argentine Foreign Minister Gerardo Werthein in New York on Monday.\n\nHis Excellency also met separately with the Minister of Foreign Affairs of Chile, Alberto van Klaveren, and the Minister for Foreign Affairs of Peru, Elmer Schialer.', ['Alberto van Klaveren', 'Elmer Schialer']],
  ])('%s', (text, between) => {
    expect(meetingsBetween(run(text), between, 'occurred')).toHaveLength(0);
  });

  it('the twin without "separately" is one meeting of all three (so the names are read)', () => {
    const dataset = run('Brazilian Foreign Minister Mauro Vieira met Argentine Foreign Minister Gerardo Werthein in New York on Monday.\n\nHis Excellency also met with the Minister of Foreign Affairs of Chile, Alberto van Klaveren, and the Minister for Foreign Affairs of Peru, Elmer Schialer.');
    expect(meetingsBetween(dataset, ['Alberto van Klaveren', 'Elmer Schialer'], 'occurred')).toHaveLength(1);
  });
});

describe('a question turn of a transcript tells of no meeting', () => {
  it('"Q: Will X meet Y next week?" is no meeting that took place; the answer turn is', () => {
    const dataset = run('Q: Will Russian Foreign Minister Sergei Lavrov meet Algerian Foreign Minister Ahmed Attaf next week?\n\nA: On Monday, Russian Foreign Minister Sergei Lavrov held talks with Algerian Foreign Minister Ahmed Attaf in Moscow.');
    const occurred = meetingsBetween(dataset, ['Sergei Lavrov', 'Ahmed Attaf'], 'occurred');
    expect(occurred).toHaveLength(1);
    expect(occurred[0].date).toBe('2024-03-11');
  });
});

describe("a transcript's speaker label is no participant of the meeting its turn tells of", () => {
  const briefing = (turn: string) => `Hajizada: Baku seeks no new talks with Yerevan\n\nAzerbaijani Foreign Ministry spokesman Aykhan Hajizada answered questions from reporters at his weekly press briefing in Baku on Monday.\n\nQ: Can you tell us about the minister's trip to Tbilisi?\n\n${turn}\n\nQ: Any contact with Ankara?\n\nHajizada: No new contacts were planned this week, and the schedule remains unchanged.`;

  it('"Hajizada: Mr. X held talks with Y" pairs X with Y, never the spokesman', () => {
    const dataset = run(briefing('Hajizada: Mr. Bayramov traveled to Tbilisi on Saturday and held talks with his Georgian counterpart, Maka Botchorishvili.'));
    expect(meetingsBetween(dataset, ['Aykhan Hajizada', 'Maka Botchorishvili'], 'occurred')).toHaveLength(0);
    expect(meetingsBetween(dataset, ['Bayramov', 'Maka Botchorishvili'], 'occurred')).toHaveLength(1);
  });
});

describe('a minister reporting the crown prince\'s talks is no participant of them', () => {
  it('"X said the Crown Prince had briefed the Cabinet on his talks with Y" never pairs X with Y', () => {
    const dataset = run('The Cabinet, in its session chaired by His Highness Prince Faisal bin Hamad Al-Nasser, Crown Prince and Prime Minister, approved the budget. Minister of Information Khalid Al-Harbi said the Crown Prince had briefed the Cabinet on his talks with the Prime Minister of Morocco, Aziz Akhannouch, in Jeddah on Sunday.');
    expect(meetingsBetween(dataset, ['Khalid Al-Harbi', 'Aziz Akhannouch'], 'occurred')).toHaveLength(0);
    expect(meetingsBetween(dataset, ['Faisal bin Hamad Al-Nasser', 'Aziz Akhannouch'], 'occurred')).toHaveLength(1);
  });
});

describe("an interview's answers speak for the interviewee only where the introduction names one, and only in answers", () => {
  const interview = (turns: string, introduction = 'Kombo spoke to The Citizen about the talks and the region. Excerpts:') =>
    `Kombo: "Dialogue is the only way"\n\nTanzania's Minister of Foreign Affairs, Mahmoud Thabit Kombo, returned from Lusaka on Sunday after a regional ministerial meeting on the border.\n\n${introduction}\n\n${turns}\n\nQ: And the regional summit?\n\nA: The summit will take place in Arusha later this year.`;
  const targetsOf = (dataset: Dataset, name: string) => statementsBy(dataset, name).flatMap((s) => s.targets.map((t) => dataset.actors.find((a) => a.id === t)?.name));

  it.each<[turns: string, interviewee: boolean]>([
    ['Q: Malawi has closed the border to Tanzanian trucks. Why?\n\nA: There is no evidence of a reason at all.', false],
    ['Q: Why is the border closed?\n\nA: Malawi has closed the border to Tanzanian trucks.', true],
  ])("a claim in a question is not the interviewee's, in an answer it is: %s", (turns, interviewee) => {
    expect(targetsOf(run(interview(turns)), 'Mahmoud Thabit Kombo').includes('Malawi')).toBe(interviewee);
  });

  it.each<[introduction: string, interviewees: string[]]>([
    ['Kombo and his Kenyan counterpart, Musalia Mudavadi, spoke to The Citizen about the talks. Excerpts:', []],
    ['Kombo spoke to The Citizen about the talks. Excerpts:', ['Mahmoud Thabit Kombo']],
  ])('with two people interviewed, "I" is neither and an answer is no one\'s: %s', (introduction, interviewees) => {
    const turns = 'Q: How are relations with your neighbours?\n\nA: Malawi chose to close the border without warning. I spoke with my Zambian counterpart, Mulambo Haimbe, by phone last week.';
    const dataset = run(interview(turns, introduction));
    for (const name of ['Mahmoud Thabit Kombo', 'Musalia Mudavadi']) {
      expect(meetingsBetween(dataset, [name, 'Mulambo Haimbe'], 'occurred')).toHaveLength(interviewees.includes(name) ? 1 : 0);
      expect(targetsOf(dataset, name).includes('Malawi')).toBe(interviewees.includes(name));
    }
  });

  it('"we" in an answer is no participant, and the interviewee\'s account of the government\'s acts says nothing of anyone', () => {
    const turns = 'Q: What about the SADC?\n\nA: We support the SADC. We have invited Malawi to the joint commission. We hosted the Zambian Foreign Minister, Mulambo Haimbe, in Dodoma last month. Tanzania also received the Malawian Foreign Minister, Nancy Tembo, in Dodoma two weeks ago, and we discussed the border.';
    const dataset = run(interview(turns));
    expect(meetingsBetween(dataset, ['Mahmoud Thabit Kombo', 'Mulambo Haimbe'], 'occurred')).toHaveLength(0);
    expect(meetingsBetween(dataset, ['Mahmoud Thabit Kombo', 'Nancy Tembo'], 'occurred')).toHaveLength(0);
    expect(meetingsBetween(dataset, ['Tanzania', 'Nancy Tembo'], 'occurred')).toHaveLength(1);
    expect(targetsOf(dataset, 'Mahmoud Thabit Kombo')).toEqual([]);
  });
});

describe("a coordinated verb is its subject's statement of its object only", () => {
  it.each<[cue: string, text: string, control: string, speaker: string, trigger: string]>([
    // Another country's coordinated verb stays that country's; his own country's clause is his voice, and so is its coordinated verb.
    ['"X said Rwanda welcomed Y and urged Z": X urged no one', "Kenyan Foreign Minister Musalia Mudavadi said Rwanda welcomed Uganda's decision and urged Tanzania to reopen the border.", "Kenyan Foreign Minister Musalia Mudavadi said Kenya welcomed Uganda's decision and urged Tanzania to reopen the border.", 'Musalia Mudavadi', 'urged'],
    // A thing named with its owner is the owner's; a name past the object is not.
    ['"and criticised the decision to leave them after Sudan walked out": Sudan is no object', 'Kenyan President William Ruto said the talks had failed and criticised the decision to leave them after Sudan walked out.', 'Kenyan President William Ruto said the talks had failed and criticised the decision of Sudan to leave them.', 'William Ruto', 'criticised'],
  ])('%s', (_cue, text, control, speaker, trigger) => {
    expect(statementsBy(run(text), speaker).filter((s) => s.trigger === trigger)).toHaveLength(0);
    expect(statementsBy(run(control), speaker).filter((s) => s.trigger === trigger)).toHaveLength(1);
  });
});

describe('"The Chilean diplomat" is the one Chilean diplomat named before, or no one', () => {
  const later = '\n\nThe Chilean diplomat was received on Tuesday by Peruvian Interior Minister Juan José Santiváñez.';
  it.each<[cue: string, before: string, met: number]>([
    ['one named before', 'Peruvian President Dina Boluarte met Chilean Foreign Minister Alberto van Klaveren in Lima on Monday.', 1],
    ['two named before', 'Peruvian President Dina Boluarte met Chilean Foreign Minister Alberto van Klaveren and Chilean Ambassador Jaime Quintana in Lima on Monday.', 0],
    ['only one of another role', 'Peruvian President Dina Boluarte met Chilean Interior Minister Carolina Tohá in Lima on Monday.', 0],
  ])('%s', (_cue, before, met) => {
    const dataset = run(before + later);
    expect(meetingsBetween(dataset, ['Alberto van Klaveren', 'Juan José Santiváñez'], 'occurred').length + meetingsBetween(dataset, ['Carolina Tohá', 'Juan José Santiváñez'], 'occurred').length).toBe(met);
  });
});

describe('a name after a note that is no spelling note is another person', () => {
  it.each([
    ['Chilean President Gabriel Boric met Ukrainian Foreign Minister Dmytro Kuleba in Santiago on Monday. Volodymyr Zelensky, as the minister\'s office wrote, said the visit was useful.', 'Volodymyr Zelensky'],
  ])('%s', (text, name) => expect(extractArticle(text, '2024-02-18').actors.map((a) => a.name)).toContain(name));
});

describe('a state named by its form alone ("the Kingdom") is no target when more than one country named before fits', () => {
  it('two kingdoms named before: neither is whom the words are about', () => {
    const dataset = run("Moroccan Foreign Minister Nasser Bourita met Jordanian Foreign Minister Ayman Safadi in Rabat on Monday. Tunisian President Kais Saied said on Tuesday that Tunis valued the Kingdom's mediation.");
    const [statement] = statementsBy(dataset, 'Kais Saied');
    expect(statement).toBeDefined();
    for (const name of ['Morocco', 'Jordan']) expect(statement.targets).not.toContain(actor(dataset, name)?.id);
  });
});

describe('a claim another rejected ("…, a remark X rejected") is no statement of the claimant about X', () => {
  it.each<[text: string, claimant: string, rejector: string]>([
    ['Peruvian President José Jerí visited Arica on Monday. Chilean Senator Francisco Chahuán said Peru "is losing control of its border," a remark the Peruvian president rejected.', 'Francisco Chahuán', 'José Jerí'],
    ['Bolivian President Rodrigo Paz spoke in La Paz on Friday. Chilean Senator Iván Moreira said Bolivia was "harbouring smugglers", a comment Bolivian President Rodrigo Paz dismissed.', 'Iván Moreira', 'Rodrigo Paz'],
  ])('%s', (text, claimant, rejector) => {
    const dataset = run(text);
    const rejectorId = actor(dataset, rejector)?.id;
    expect(rejectorId).toBeDefined();
    expect(statementsBy(dataset, claimant).flatMap((s) => s.targets)).not.toContain(rejectorId);
    expect(statementsBy(dataset, rejector).map((s) => s.targets)).toEqual([[actor(dataset, claimant)?.id]]);
  });
});

describe("a body's readout of a signing is no statement about the signers; a person who notes one still speaks", () => {
  it.each<[text: string, speaker: string, speaks: boolean]>([
    ['Uruguayan President Yamandú Orsi met Paraguayan President Santiago Peña in Montevideo on Monday. Orsi and Peña also signed a joint declaration on river navigation, the Presidential Office said.', 'Presidential Office', false],
    ['Fiji signed a fisheries pact with China last year, Fijian Prime Minister Sitiveni Rabuka noted.', 'Sitiveni Rabuka', true],
  ])('%s', (text, speaker, speaks) => {
    const dataset = run(text);
    expect(statementsBy(dataset, speaker).length > 0).toBe(speaks);
  });
});

describe('a body that only relays what a named person told someone is no speaker of its own', () => {
  it.each<[text: string, person: string]>([
    ['In a statement issued after the talks, the African Union said Chadian President Mahamat Déby told Nigerien leader Abdourahamane Tiani that N\'Djamena "will not accept any foreign troops."', 'Mahamat Déby'],
  ])('%s', (text, person) => {
    const dataset = run(text);
    expect(statements(dataset).map((s) => s.speaker)).toEqual([actor(dataset, person)?.id]);
  });
});

describe('a name after ", called" is whom the one before phoned, not that one\'s other name', () => {
  it.each<[text: string, speaker: string]>([
    ["Ugandan President Yoweri Museveni arrived in Mombasa on Sunday. Kenya's president, William Ruto, called Museveni on Monday. Museveni said the pipeline would be finished next year.", 'Yoweri Museveni'],
  ])('%s', (text, speaker) => {
    expect(speakerOfSentence(run(text), 'Museveni said')).toBe(speaker);
  });
});

describe('words relayed by someone else are not the relayer\'s statement (each with a twin where the relayer speaks)', () => {
  it.each<[cue: string, text: string, twin: string, relayer: string]>([
    ['"conveyed the greetings of Y, who, he said, had stressed"', 'Qatari Minister of State Mohammed Al-Khulaifi conveyed the greetings of Emir Tamim bin Hamad Al Thani, who, he said, had stressed that "Kuwait\'s stability is part of Qatar\'s stability."', 'Qatari Minister of State Mohammed Al-Khulaifi stressed that "Kuwait\'s stability is part of Qatar\'s stability."', 'Mohammed Al-Khulaifi'],
  ])('%s', (_cue, text, twin, relayer) => {
    expect(statements(run(text))).toEqual([]);
    expect(statementsBy(run(twin), relayer)).toHaveLength(1);
  });

  it('"Y recalled that His Majesty had said": a style alone in a reported clause speaks no statement of its own', () => {
    const dataset = run('His Majesty Sultan Haitham bin Tarik received Kenyan President William Ruto on Monday. Government Spokesperson Ali Hamdan recalled that His Majesty had said in his speech to the UN that "there will be no peace without justice".');
    expect(statementsBy(dataset, 'Haitham bin Tarik')).toEqual([]);
  });

  it('an acronym the text gave in brackets after a ministry is that ministry, not a new body that speaks', () => {
    const dataset = run('Indonesian Foreign Minister Sugiono met Thai Foreign Minister Maris Sangiampongsa at the Ministry of Foreign Affairs (KEMLU) in Jakarta on Monday. In a statement, the KEMLU said the two ministers discussed trade.');
    expect(actor(dataset, 'KEMLU')).toBeUndefined();
  });
});

describe('a topic discussed, or a body naming its holder\'s office, is no target (each with a twin where it is one)', () => {
  it.each<[cue: string, text: string, speaker: string, notTarget: string, twin: string]>([
    ['"the two discussed Y": a topic', 'Peruvian Foreign Minister Elmer Schialer said on Monday that the two ministers discussed Ecuador and the fishing quotas.', 'Elmer Schialer', 'Ecuador', 'Peruvian Foreign Minister Elmer Schialer criticised Ecuador over the fishing quotas.'],
    ['"the <body> Secretary-General\'s envoy X": the holder\'s office', "Mozambican President Daniel Chapo criticised the SADC Executive Secretary's envoy Thabo Ndlovu on Monday.", 'Daniel Chapo', 'Southern African Development Community', 'Mozambican President Daniel Chapo criticised SADC on Monday over its silence.'],
  ])('%s', (_cue, text, speaker, notTarget, twin) => {
    const dataset = run(text);
    const [statement] = statementsBy(dataset, speaker);
    expect(statement).toBeDefined();
    // Unless some event names it, the body is no actor at all.
    expect(statement.targets.map((id) => dataset.actors.find((a) => a.id === id)?.name)).not.toContain(notTarget);
    const other = run(twin);
    expect(statementsBy(other, speaker)[0]?.targets).toContain(actor(other, notTarget)?.id);
  });
});

describe('relayed words and object pronouns credit no one the text does not pin', () => {
  const targetNames = (dataset: Dataset, speaker: string) => statementsBy(dataset, speaker).flatMap((s) => s.targets.map((t) => dataset.actors.find((a) => a.id === t)?.name));

  it.each<[cue: string, text: string, speaker: string, notTarget: string]>([
    ['"told her" when the one person before is a man', 'Nigerian Foreign Minister Yusuf Tuggar arrived in Accra on Monday. Mr Tuggar was received at Jubilee House by Ghanaian President John Mahama, the presidency said. Mahama told her that Ghana "will always stand with Nigeria."', 'John Mahama', 'Yusuf Tuggar'],
    ['"told him" a paragraph after the person was named', 'Nigerian Foreign Minister Yusuf Tuggar arrived in Accra on Monday. Mr Tuggar was received at Jubilee House by Ghanaian President John Mahama, the presidency said.\n\nMahama told him that Ghana "will always stand with Nigeria."', 'John Mahama', 'Yusuf Tuggar'],
  ])('%s', (_cue, text, speaker, notTarget) => {
    expect(statementsBy(run(text), speaker)).toHaveLength(1);
    expect(targetNames(run(text), speaker)).not.toContain(notTarget);
  });

  it('"quoted her as criticizing Y" with no woman to stand for: Y is no speaker', () => {
    const dataset = run('Chinese Foreign Minister Wang Yi arrived in Hanoi on Monday. The Vietnam News Agency also quoted her as criticizing the United States for "reckless provocations" at sea.');
    expect(statementsBy(dataset, 'United States')).toEqual([]);
  });

  it('"said the Prime Minister had reminded…" from a reporter of no stated country, with two prime ministers named: no one guessed, no targets for the reporter', () => {
    const dataset = run('Trinidad and Tobago Prime Minister Keith Rowley met Jamaican Prime Minister Andrew Holness in Port of Spain on Monday. Mr Holness said Jamaica would "stand by its neighbours." Analyst Maria Lopez said the Prime Minister had reminded his colleague that "the region is strongest when it speaks with one voice."');
    const relayed = statements(dataset).filter((s) => s.evidence[0].quote.startsWith('Analyst'));
    expect(relayed.flatMap((s) => s.targets)).toEqual([]);
    expect(statementsBy(dataset, 'Keith Rowley')).toEqual([]);
  });
});

describe('a capital after "officials in" is its country speaking only when the group says something and is no one else\'s (each with its twin)', () => {
  it.each<[cue: string, text: string, twin: string, country: string]>([
    ['a foreign modifier before the group', 'Western officials in Vientiane said Thailand had criticised Cambodia.', 'Officials in Vientiane said Thailand had criticised Cambodia.', 'Laos'],
    ['a country before the group', 'Chinese officials in Vientiane said Thailand had criticised Cambodia.', 'Officials in Vientiane said Thailand had criticised Cambodia.', 'Laos'],
    ['the group is told something', 'Thailand urged the authorities in Vientiane to condemn Cambodia.', 'Thailand had criticised Cambodia, authorities in Vientiane said.', 'Laos'],
  ])('%s', (_cue, text, twin, country) => {
    expect(statementsBy(run(text), country)).toEqual([]);
    expect(statementsBy(run(twin), country)).toHaveLength(1);
  });

  it('a group that does something other than speak is people in the capital: no meeting with its country', () => {
    const dataset = run('Officials in Tegucigalpa had quietly hoped for a meeting with Guatemalan President Bernardo Arévalo.');
    expect(meetings(dataset)).toEqual([]);
  });

  it('the government saying what its own leader did says nothing of him (its twin, another country\'s officials, does)', () => {
    const text = 'Honduran President Xiomara Castro did not travel to Managua, officials in Tegucigalpa said.';
    const [own] = statementsBy(run(text), 'Honduras');
    expect(own?.targets).toEqual([]);
    const twin = run('Honduran President Xiomara Castro did not travel to Managua, officials in San Salvador said.');
    expect(statementsBy(twin, 'El Salvador')[0]?.targets).toEqual([actor(twin, 'Xiomara Castro')?.id]);
  });
});

describe('"Yet his talks with Y": a possessive opening holds the talks only for the one person the sentence before told of', () => {
  it('the sentence before names two people: no meeting with Y (its twin, naming one, has one)', () => {
    const two = run('Kenyan President William Ruto and Foreign Minister Musalia Mudavadi arrived in Addis Ababa last week. Yet his talks with Ethiopian Prime Minister Abiy Ahmed produced a joint statement on the border.');
    expect(meetings(two)).toEqual([]);
    const one = run('Kenyan Foreign Minister Musalia Mudavadi arrived in Addis Ababa last week. Yet his talks with Ethiopian Prime Minister Abiy Ahmed produced a joint statement on the border.');
    expect(meetingsBetween(one, ['Musalia Mudavadi', 'Abiy Ahmed'], 'occurred')).toHaveLength(1);
  });
});

describe('a summons is never a meeting, the envoy named or not, whatever act follows (its twin, a reception, is one)', () => {
  it.each<[text: string, twin: string, between: [string, string]]>([
    ['The Chilean foreign ministry summoned Bolivia\'s ambassador, Rosa Mamani, and handed her a protest note on Monday.', 'The Chilean foreign ministry received Bolivia\'s ambassador, Rosa Mamani, and handed her a protest note on Monday.', ['Chile', 'Rosa Mamani']],
    ['Ghana summoned the Togolese ambassador, Kossi Amegan, on Tuesday.', 'Ghana received the Togolese ambassador, Kossi Amegan, on Tuesday.', ['Ghana', 'Kossi Amegan']],
  ])('%s', (text, twin, between) => {
    expect(meetings(run(text))).toEqual([]);
    expect(meetingsBetween(run(twin), between, 'occurred')).toHaveLength(1);
  });
});

describe('"Also present were X", "X, who sat in on the talks," join no meeting still to come, and none but one held and told just before (each with a twin that joins)', () => {
  const met = 'Tajik Foreign Minister Sirojiddin Muhriddin met Uzbek Foreign Minister Bakhtiyor Saidov in Dushanbe on Monday.\n';
  it.each<[cue: string, text: string, twin: string]>([
    ['a ceremony still to come ("will be")', 'Also present at the signing ceremony next week will be Tajik Deputy Foreign Minister Farrukh Sharifzoda.', 'Also present was Tajik Deputy Foreign Minister Farrukh Sharifzoda.'],
    ['"who will sit in on the talks"', 'Tajik Deputy Foreign Minister Farrukh Sharifzoda, who will sit in on the talks, said the border would reopen.', 'Tajik Deputy Foreign Minister Farrukh Sharifzoda, who sat in on the talks, said the border would reopen.'],
    ['a planned meeting told between', 'Muhriddin and Saidov will meet again in Tashkent next month.\nAlso present were Tajik Deputy Foreign Minister Farrukh Sharifzoda and Uzbek Ambassador Olim Tursunov.', 'Muhriddin and Saidov agreed to reopen the border.\nAlso present were Tajik Deputy Foreign Minister Farrukh Sharifzoda and Uzbek Ambassador Olim Tursunov.'],
    ['a planned meeting told between, in the same paragraph', 'Muhriddin and Saidov will meet again in Tashkent next month. Also present were Tajik Deputy Foreign Minister Farrukh Sharifzoda and Uzbek Ambassador Olim Tursunov.', 'Muhriddin and Saidov agreed to reopen the border. Also present were Tajik Deputy Foreign Minister Farrukh Sharifzoda and Uzbek Ambassador Olim Tursunov.'],
    ['a denied meeting told between', 'Muhriddin denied that he had met Saidov in secret last year.\nAlso present were Tajik Deputy Foreign Minister Farrukh Sharifzoda and Uzbek Ambassador Olim Tursunov.', 'Muhriddin said he had met Saidov in good faith.\nAlso present were Tajik Deputy Foreign Minister Farrukh Sharifzoda and Uzbek Ambassador Olim Tursunov.'],
    ['the meeting between told as one to come', 'The ministry said the meeting of the two presidents would be held in Tashkent next month.\nAlso present were Tajik Deputy Foreign Minister Farrukh Sharifzoda and Uzbek Ambassador Olim Tursunov.', 'In a statement issued after the meeting, the ministry said both sides had discussed trade.\nAlso present were Tajik Deputy Foreign Minister Farrukh Sharifzoda and Uzbek Ambassador Olim Tursunov.'],
  ])('%s', (_cue, text, twin) => {
    expect(meetingsBetween(run(met + text), ['Sirojiddin Muhriddin', 'Farrukh Sharifzoda'], 'occurred')).toHaveLength(0);
    expect(meetingsBetween(run(met + twin), ['Sirojiddin Muhriddin', 'Bakhtiyor Saidov', 'Farrukh Sharifzoda'], 'occurred')).toHaveLength(1);
  });

  it('"Also present were reporters": no person, no one joins', () => {
    const dataset = run(met + 'Also present were reporters from both countries.');
    expect(meetings(dataset).map((m) => m.participants.length)).toEqual([2]);
  });
});

describe('a currency, an affiliation or a told reporter credits no one (each with its twin)', () => {
  it('"200 million US dollars": the United States is no target; its twin, a loan from the United States, is one', () => {
    const names = (text: string) => statements(run(text)).flatMap((s) => s.targets);
    expect(names('Kenyan Finance Minister John Mbadi said the loan, worth 200 million US dollars, would be repaid by 2030.')).toEqual([]);
    expect(names('Kenyan Finance Minister John Mbadi said the loan from the US would be repaid by 2030.')).toHaveLength(1);
  });

  it('"X, of the Y Foundation, said": the foundation speaks no words', () => {
    const dataset = run('Political scientist Lena Brandt, of the Bertelsmann Foundation, said that "Berlin got the deal it wanted."');
    expect(statementsBy(dataset, 'Bertelsmann Foundation')).toEqual([]);
  });

  it('"tells reporters that Y had told him": Y makes no statement', () => {
    const dataset = run('11.05am: Deputy Minister Lotte Hansen tells reporters that Pedro Alves had told her Lisbon was "willing to look again" at the quota.');
    expect(statementsBy(dataset, 'Pedro Alves')).toEqual([]);
  });
});

describe('a description subject passes a pronoun on only to the one person it fits (each with its twin)', () => {
  const received = ' Landing in Santiago on Tuesday, March 4, the Peruvian foreign minister spoke of "a partnership among equals." A few hours later, he was received at the presidential palace by Gabriel Boric.';
  const metBoric = (text: string) => meetingsBetween(run(`Talks in the region\n\n${text}`), ['Luis Mendoza', 'Gabriel Boric'], 'occurred');
  it.each([
    ['two people of the same country named before', 'Peruvian diplomat Luis Mendoza sat beside Peruvian envoy Carlos Ruiz.'],
    ['a nationality other than the person named before', 'Bolivian diplomat Luis Mendoza had weighed every word.'],
  ])('%s', (_cue, opening) => {
    expect(metBoric(opening + received)).toEqual([]);
  });

  it('the twin: one person of that country named before', () => {
    expect(metBoric('Peruvian diplomat Luis Mendoza had weighed every word.' + received)).toHaveLength(1);
  });
});

describe('a courtesy passed on is no statement (with its twin)', () => {
  it('"asked Y to convey his best wishes to Z": no speaker; a request to act is one', () => {
    expect(statements(run('Ghanaian President John Mahama asked Togolese Foreign Minister Robert Dussey to convey his best wishes to President Faure Gnassingbé.'))).toEqual([]);
    expect(statements(run('Ghanaian President John Mahama asked Togolese Foreign Minister Robert Dussey to lift the curbs on cross-border trade.'))).toHaveLength(1);
  });
});

describe('a present-tense joiner only joins a meeting told as happening (with its twin)', () => {
  it('"are expected to be present at the talks" adds no one', () => {
    expect(occurredMeetings('Kenyan President William Ruto met Tanzanian President Samia Suluhu Hassan in Arusha on Monday. Foreign Minister Musalia Mudavadi and Tanzanian Foreign Minister Mahmoud Thabit Kombo are expected to be present at the talks.')).toEqual(['Samia Suluhu Hassan + William Ruto']);
  });

  it('"will also attend" after a met meeting adds no one', () => {
    expect(occurredMeetings('Kenyan President William Ruto met Tanzanian President Samia Suluhu Hassan in Arusha on Monday. Foreign Minister Musalia Mudavadi will also attend.')).toEqual(['Samia Suluhu Hassan + William Ruto']);
  });

  it('a joiner after a planned meeting makes no meeting', () => {
    expect(occurredMeetings('Kenyan President William Ruto will meet Tanzanian President Samia Suluhu Hassan in Arusha next week. Foreign Minister Musalia Mudavadi is also present at the talks.')).toEqual([]);
  });

  it('"X and his counterpart, Y, will hold talks" makes no meeting', () => {
    expect(occurredMeetings('Foreign Minister Musalia Mudavadi and his Tanzanian counterpart, Mahmoud Thabit Kombo, will hold talks in Nairobi next week.')).toEqual([]);
  });
});

describe('"also attended" in a new paragraph joins only when it opens on the talks (with its twin)', () => {
  const received = 'The Prime Minister of Fiji, Sitiveni Rabuka, received New Zealand\'s Foreign Minister, Hon. Winston Peters, at the Government Buildings yesterday.\n';
  it('a paragraph on the summit adds no one to the talks', () => {
    expect(occurredMeetings(received + 'The summit covered trade and climate finance. The Minister for Foreign Affairs, Hon. Lisa Tagicakibau, also attended.')).toEqual(['Sitiveni Rabuka + Winston Peters']);
  });

  it('the twin: a paragraph on the talks', () => {
    expect(occurredMeetings(received + 'The talks covered trade and climate finance. The Minister for Foreign Affairs, Hon. Lisa Tagicakibau, also attended.')).toEqual(['Lisa Tagicakibau + Sitiveni Rabuka + Winston Peters']);
  });
});

describe('a ministry with its own portfolio is no foreign ministry (with its twin)', () => {
  it('"Iraq\'s Ministry of Oil accused": the country makes no statement; "Ministry of Foreign Affairs and Trade" does', () => {
    expect(statementsBy(run("Iraq's Ministry of Oil accused the region of exporting crude outside the agreed framework."), 'Iraq')).toEqual([]);
    expect(statementsBy(run("Iraq's Ministry of Foreign Affairs and Trade accused Turkey of breaching the agreed framework."), 'Iraq')).toHaveLength(1);
  });
});

describe('probe34 forms: a chaired session, hearsay, a meeting something is timed by, a represented country (with twins)', () => {
  const attended = 'chaired by Chilean Foreign Minister Alberto van Klaveren and attended by Argentine Foreign Minister Diana Mondino and Uruguayan Foreign Minister Omar Paganini.';
  it('"The meeting will be chaired by X and attended by Y" is a plan', () => {
    expect(occurredMeetings(`The meeting will be ${attended}`)).toEqual([]);
  });

  it('"would be chaired … if" is hypothetical', () => {
    expect(occurredMeetings(`If the talks go ahead, the meeting would be ${attended}`)).toEqual([]);
  });

  it('a chaired meeting that did not take place', () => {
    expect(occurredMeetings(`The meeting, which was to have been ${attended.slice(0, -1)}, did not take place.`)).toEqual([]);
  });

  it('a photo caption of the chaired session adds no second meeting', () => {
    expect(occurredMeetings(`The meeting was ${attended}\n\nPhoto: The session was ${attended}`)).toEqual(['Alberto van Klaveren + Diana Mondino + Omar Paganini']);
  });

  it('"had heard that X met Y" is hearsay; the twin without it is a meeting', () => {
    expect(occurredMeetings('A Kenyan official said he had heard that President William Ruto met Somali President Hassan Sheikh Mohamud in Doha last month.')).toEqual([]);
    expect(occurredMeetings('A Kenyan official said that President William Ruto met Somali President Hassan Sheikh Mohamud in Doha last month.')).toEqual(['Hassan Sheikh Mohamud + William Ruto']);
  });

  it('"agreed to coordinate ahead of the fisheries meeting" is no meeting of the subjects; "met Y ahead of it" is one', () => {
    expect(occurredMeetings('Chile and Peru agreed to coordinate ahead of the South Pacific Fisheries meeting in January.')).toEqual([]);
    expect(occurredMeetings('Chilean Foreign Minister Alberto van Klaveren met Peruvian Foreign Minister Elmer Schialer ahead of the South Pacific Fisheries meeting in Lima.')).toEqual(['Alberto van Klaveren + Elmer Schialer']);
  });

  it('"Paraguay was represented by its minister" after a two-person meeting adds no one', () => {
    expect(occurredMeetings('Chilean Foreign Minister Alberto van Klaveren met Argentine Foreign Minister Diana Mondino in Santiago on Monday. Paraguay was represented by its Deputy Foreign Minister.')).toEqual(['Alberto van Klaveren + Diana Mondino']);
  });
});

describe('a bare "the minister" with two ministers named refers to no one (twins in 06-entities/ministers-s29.test.ts)', () => {
  it('two ministers named in the same sentence: "The minister said" has no speaker', () => {
    expect(run("Chile's Foreign Minister Pablo Ruiz Tagle met Peru's Trade Minister Elena Soto in Lima. The minister said the two countries would expand trade.").events.filter((e) => e.type === 'statement')).toEqual([]);
  });

  it('a visiting minister named last is not "the Minister" of a release that named its own minister first', () => {
    const text = "The Minister for Foreign Affairs, Hon. Kwame Mensah, held talks in Accra with Togo's Minister of Foreign Affairs, Robert Dussey. The talks covered trade, security and migration. The Togolese Minister later visited the port of Tema. The Minister said Ghana would support the corridor project.";
    expect(run(text).events.filter((e) => e.type === 'statement')).toEqual([]);
  });
});

describe('session 29 meetings: planned, denied and hypothetical twins', () => {
  it.each([
    ['Foreign Minister Elmer Schialer and his Chilean counterpart, Alberto van Klaveren, did not hold talks in Lima on Monday.'],
    ['Foreign Minister Elmer Schialer and his Chilean counterpart, Alberto van Klaveren, could meet in Lima next week.'],
    ['Foreign Minister Elmer Schialer and his Chilean counterpart, Alberto van Klaveren, are expected to meet in Lima next week.'],
    ['The ministry denied that Foreign Minister Elmer Schialer held a working session with Chilean Foreign Minister Alberto van Klaveren.'],
    ['Foreign Minister Elmer Schialer said he might have held a working session with Chilean Foreign Minister Alberto van Klaveren if time allowed.'],
    ['The Peruvian Minister of Foreign Affairs, Elmer Schialer, and his Chilean counterpart, Alberto van Klaveren, will sign on Monday in Lima a programme of cooperation on fisheries.'],
    ['The Peruvian Minister of Foreign Affairs, Elmer Schialer, and his Chilean counterpart, Alberto van Klaveren, are expected to sign in Lima a programme of cooperation on fisheries.'],
    ['The Chairperson, H.E. Baron Waqa, spoke in Suva on Monday.\n\nThe Chairperson will hold a virtual meeting with New Zealand Foreign Minister Winston Peters next week.'],
    ['The Chairperson of the Pacific Islands Forum, H.E. Baron Waqa, spoke in Suva on Monday.\n\nThe Chairperson did not meet New Zealand Foreign Minister Winston Peters.'],
    ['Peruvian Foreign Minister Elmer Schialer is expected to receive a phone call from his Bolivian counterpart Celinda Sosa Lunda next week. (end) rm.lp'],
  ])('%s', (text) => expect(occurredMeetings(text)).toEqual([]));

  it('the twin: told as held', () => {
    expect(occurredMeetings('Foreign Minister Elmer Schialer and his Chilean counterpart, Alberto van Klaveren, held talks in Lima on Monday.')).toEqual(['Alberto van Klaveren + Elmer Schialer']);
  });
});

describe('probe34 speaker negatives: companies, relayed readouts, a minister\'s own ministry, a university\'s namesake', () => {
  it('"grid operator Kenergo said": a company is no speaker', () => {
    expect(statementSpeakers('Kenya\'s grid operator Kenergo said on Friday that scheduled outages would continue in eight counties.')).toEqual([]);
  });

  it('"spoke with X, who expressed support, according to a ministry readout": X\'s words were relayed, X says nothing', () => {
    expect(statementSpeakers('On Monday, Mudavadi held a telephone conversation with Japanese Foreign Minister Takeshi Iwaya, who expressed Tokyo\'s support for a peaceful settlement, according to a ministry readout.')).toEqual([]);
  });

  it('"Separately, Minister of Trade X will lead…, the ministry said": not the other country whose ministry was named before', () => {
    const text = 'In Dodoma, Tanzanian Foreign Ministry spokesman Juma Hamisi told a briefing that Kenya\'s protest was "a misreading."\n\nSeparately, Minister of Trade Rebecca Miano is scheduled to lead a trade delegation to London next month, the ministry said.';
    expect(statementSpeakers(text)).toEqual(['Juma Hamisi']);
  });

  it('"Dr X of the University of Latvia said": Latvia says nothing', () => {
    expect(statementSpeakers('Economist Dr Anna Kowalczyk of the University of Latvia said the slump made the project "a necessity, not a luxury."')).not.toContain('Latvia');
  });
});

describe("the speaker's own meeting keeps its other side a target (session 29, third-party meetings)", () => {
  const targetNames = (text: string, name: string) => {
    const dataset = run(text);
    return statementsBy(dataset, name).flatMap((s) => s.targets.map((t) => dataset.actors.find((a) => a.id === t)?.name));
  };
  it('"denied that she had met Y": Y is whom the denial is about', () => {
    expect(targetNames('Colombian Foreign Minister Laura Sarabia denied that she had met Venezuelan President Nicolás Maduro in Caracas.', 'Laura Sarabia')).toEqual(['Nicolás Maduro']);
  });
  it('"denied reports that he would meet Y": Y is whom the denial is about', () => {
    expect(targetNames('Bolivian President Luis Arce denied reports that he would meet Chilean President Gabriel Boric in Santiago next week.', 'Luis Arce')).toEqual(['Gabriel Boric']);
  });
});

describe('session 29 companions (m34b): no one joins a meeting by a planned, travel-only, caption or unmet companionship', () => {
  const abuja = 'President Bola Tinubu held talks with Ghanaian President John Mahama at the State House in Abuja on Monday.';
  const pair = ['Bola Tinubu + John Mahama'];

  it.each([
    // Planned: "will be accompanied by" is no companion at the talks told.
    [`${abuja}\n\nPresident Mahama will be accompanied by Foreign Minister Samuel Okudzeto Ablakwa at the ECOWAS summit next month.`],
    // On the way only.
    [`${abuja}\n\nPresident Mahama was accompanied by Foreign Minister Samuel Okudzeto Ablakwa on the flight to Abuja.`],
    // A photo's caption shows who stood there.
    [`${abuja}\n\nPhoto: Foreign Minister Samuel Okudzeto Ablakwa, who accompanied Mahama, speaks to reporters in Abuja.`],
    // The companion of someone who was not at the meeting.
    [`${abuja}\n\nPresident Bassirou Diomaye Faye, who was accompanied by Foreign Minister Yassine Fall, arrived in Dakar later.`],
    // The meeting told two sentences back: the companionship is no longer about it.
    [`${abuja}\n\nThe two leaders discussed the regional power pool.\n\nPresident Mahama, who was accompanied by Foreign Minister Samuel Okudzeto Ablakwa, praised Nigeria.`],
  ])('%s', (text) => expect(occurredMeetings(text)).toEqual(pair));

  it('"X, who accompanied Y, held talks with Z": X\'s own meeting, not Y\'s', () => {
    expect(occurredMeetings(`${abuja}\n\nForeign Minister Samuel Okudzeto Ablakwa, who accompanied Mahama, held talks with Foreign Minister Yusuf Tuggar.`).sort()).toEqual([...pair, 'Samuel Okudzeto Ablakwa + Yusuf Tuggar']);
  });

  it('a companion of a participant of a meeting only expected adds no one; the twin: held', () => {
    const companion = '\n\nForeign Minister Samuel Okudzeto Ablakwa, who accompanied Mahama, told reporters the visit was cordial.';
    const expected = run(`President Bola Tinubu is expected to hold talks with Ghanaian President John Mahama in Abuja on Friday.${companion}`);
    const planned = meetings(expected).filter((m) => m.status === 'planned');
    expect(planned).toHaveLength(1);
    expect(actor(expected, 'Samuel Okudzeto Ablakwa')).toBeDefined();
    expect(planned[0].participants).not.toContain(actor(expected, 'Samuel Okudzeto Ablakwa')!.id);
    expect(occurredMeetings(`${abuja}${companion}`)).toEqual(['Bola Tinubu + John Mahama + Samuel Okudzeto Ablakwa']);
  });

  it('", with Z also present" needs the words saying so after the list', () => {
    expect(occurredMeetings('President Gustavo Petro received Chilean Foreign Minister Alberto van Klaveren at the Casa de Nariño, with Foreign Minister Luis Gilberto Murillo expected to join later.')).toEqual(['Alberto van Klaveren + Gustavo Petro']);
  });

  it('"The Indian delegation included Y" after a meeting with no one of India at it', () => {
    expect(occurredMeetings('Sri Lankan Foreign Minister Vijitha Herath held talks with Maldivian Foreign Minister Abdulla Khaleel in Colombo on Monday. The Indian delegation included High Commissioner Santosh Jha.')).toEqual(['Abdulla Khaleel + Vijitha Herath']);
  });
});

describe('no speaker from a dateline line, a ministry visit, an envoy or a group the text does not settle (session 29, speakers round 2)', () => {
  it('"CITY, Friday" with no day gives the document no date: a weekday alone dates nothing', () => {
    const dataset = extractArticle('Kenya, Ethiopia talk trade\n\nNAIROBI, Friday\n\nForeign Minister Musalia Mudavadi received Ethiopian Foreign Minister Gedion Timothewos on Thursday.', null);
    expect(dataset.documents[0].date).toBeNull();
  });

  it('"at the Ministry in <another country\'s capital>": the bare ministry later is not the home one', () => {
    expect(statementSpeakers('Zambia\'s Foreign Minister Mulambo Haimbe met Angolan Foreign Minister Tete António at the Ministry in Luanda on Monday. Zambia and Angola reviewed the railway project. The Ministry said the two ministers had agreed to meet again.')).toEqual([]);
  });

  it('"the three officials said" after a meeting of four: no one of them is the group', () => {
    expect(statementSpeakers('Malian Foreign Minister Abdoulaye Diop hosted Burkinabè Foreign Minister Karamoko Traoré, Nigerien Foreign Minister Bakary Sangaré and Chadian Foreign Minister Abderaman Koulamallah in Bamako on Monday. In a joint statement, the three officials said they would "pool their intelligence on the border."')).toEqual([]);
  });

  it('"the Foreign Ministry also said Minister X received Y": a readout of X\'s talks, no words of the ministry\'s own', () => {
    expect(statementSpeakers('Nairobi, May 4 (KNA) -- Kenya hosted the Uganda talks. The Foreign Ministry also said Minister of State Korir Sing\'oei received the Chinese Ambassador to Kenya, Guo Haiyan, and discussed bilateral cooperation.')).toEqual([]);
  });

  it('"Y was strongly condemned by X": the adverb between Y and the verb does not make Y the speaker', () => {
    expect(statementSpeakers('Uganda was strongly condemned by Kenya on Monday for closing the border.')).not.toContain('Uganda');
  });

  it('"the ministry said the ambassador\'s remarks…" with no country for the ministry: the ambassador says nothing', () => {
    expect(statementSpeakers('Albania summoned the Greek ambassador on Friday. The ministry said the ambassador\'s remarks were "unacceptable."')).not.toContain('Greece');
  });
});

describe('an organization that acts stays a target (session 29, organization as a frame)', () => {
  const targetNames = firstStatementTargets;
  it('"accused NATO forces of…": the forces act, the organization is whom the words are about', () => {
    expect(targetNames('Belarusian Foreign Minister Maxim Ryzhenkov accused NATO forces of "provoking incidents" near the border.', 'Maxim Ryzhenkov')).toContain('NATO');
  });
  it('"urged the UN Security Council to…": the council is asked to act', () => {
    expect(targetNames('Haitian Prime Minister Alix Didier Fils-Aimé urged the UN Security Council to renew the mission without delay.', 'Alix Didier Fils-Aimé')).toContain('United Nations Security Council');
  });
  it('"remarks aimed at the European Union": what is aimed at a body is about it', () => {
    expect(targetNames('Hungarian Prime Minister Viktor Orbán said the new tariffs were "aimed at the European Union and its farmers."', 'Viktor Orbán')).toContain('European Union');
  });
  it('"France\'s National Assembly" in an opposition figure\'s words: another country\'s legislature stays a target', () => {
    expect(targetNames('Opposition Leader Maxime Prévot criticised France\'s National Assembly for "meddling in our affairs."', 'Maxime Prévot')).toContain('National Assembly');
  });
});

describe('a meeting chaired and attended (session 29, probe35 meetings)', () => {
  const opening = 'Peruvian Foreign Minister Elmer Schialer spoke on Monday.\n\n';
  it('"X will chair a meeting attended by A and B": a planned meeting has not taken place', () => {
    expect(occurredMeetings(`${opening}Schialer will chair an Andean ministerial meeting attended by Bolivian Foreign Minister Celinda Sosa and CAN Secretary-General Gonzalo Gutiérrez.`)).toEqual([]);
  });
  it('"X chaired a meeting attended by hundreds of farmers": no one named attended, no meeting', () => {
    expect(occurredMeetings(`${opening}Schialer chaired a meeting attended by hundreds of farmers in Cusco.`)).toEqual([]);
  });
  it('a photo caption "X chairs a meeting attended by A and B": the present of a picture tells no meeting of its own', () => {
    expect(occurredMeetings(`${opening}Photo caption: Schialer chairs an Andean ministerial meeting attended by Bolivian Foreign Minister Celinda Sosa and CAN Secretary-General Gonzalo Gutiérrez, Lima, Monday.`)).toEqual([]);
  });
});

describe('titles that are no speaker\'s name (session 35, probe35 speakers)', () => {
  it('"General Assembly Member States": the states after the title noun are no person', () => {
    expect(statementSpeakers('General Assembly Member States said the resolution was "long overdue."')).toEqual([]);
  });
  it('"National Assembly Member X said": "Member" is not kept in the speaker\'s name', () => {
    expect(statementSpeakers('National Assembly Member Ama Serwaa Owusu said the bill was "rushed."')).not.toContain('Member Ama Serwaa Owusu');
  });
  it('"recounted what X had said to him": X, quoted by the subject, is no speaker', () => {
    expect(statementSpeakers('Senator Lena Marsh recounted what Chancellor Tomas Vidal had said to her after the vote: the deal was dead.')).not.toContain('Tomas Vidal');
  });
});

describe('s30 m36: hosted meetings, led delegations, companions and the foreign minister (probe35 meetings)', () => {
  const hosted = "Prime Minister Mia Mottley hosted a CARICOM heads of government meeting in Bridgetown, attended by Jamaica's Prime Minister Andrew Holness and CARICOM Secretary-General Carla Barnett.";
  it('"X will host a meeting in Y, attended by A and B": a plan, with its held twin', () => {
    expect(occurredMeetings(hosted.replace('hosted', 'will host'))).toEqual([]);
    expect(occurredMeetings(hosted)).toEqual(['Andrew Holness + Carla Barnett + Mia Mottley']);
  });
  it('"X hosted a meeting in Y, attended by hundreds of farmers": no one named attended, no meeting', () => {
    expect(occurredMeetings('Prime Minister Mia Mottley hosted a town hall meeting in Bridgetown, attended by hundreds of farmers.')).toEqual([]);
  });
  it('a photo caption "X hosts a summit attended by A and B" tells no meeting of its own', () => {
    expect(occurredMeetings("Photo caption: Prime Minister Mia Mottley hosts a CARICOM summit in Bridgetown, attended by Jamaica's Prime Minister Andrew Holness and CARICOM Secretary-General Carla Barnett.")).toEqual([]);
  });

  const talks = "Fijian Prime Minister Sitiveni Rabuka held talks with Australia's Foreign Minister Penny Wong in Suva on Monday.\n\n";
  it('"Y will lead a delegation that includes A": a delegation to come adds no one to the meeting told before', () => {
    expect(occurredMeetings(`${talks}Ms Wong will lead a delegation that includes Pacific Minister Pat Conroy to Nuku'alofa next week.`)).toEqual(['Penny Wong + Sitiveni Rabuka']);
  });
  it('"Y led a delegation that included A" after someone else was named: the text has moved on from the meeting', () => {
    expect(occurredMeetings(`${talks}Opposition leader Inia Seruiratu criticised the visit.\n\nMs Wong led a delegation that included Pacific Minister Pat Conroy.`)).toEqual(['Penny Wong + Sitiveni Rabuka']);
  });
  it('"In 2023, Y led a delegation that included A": a year tells of another trip', () => {
    expect(occurredMeetings(`${talks}In 2023, Ms Wong led a delegation that included Pacific Minister Pat Conroy to Nuku'alofa.`)).toEqual(['Penny Wong + Sitiveni Rabuka']);
  });
  it('a photo caption "Y led a delegation that included A" adds no one', () => {
    expect(occurredMeetings(`${talks}Photo caption: Ms Wong led a delegation that included Pacific Minister Pat Conroy.`)).toEqual(['Penny Wong + Sitiveni Rabuka']);
  });

  it('"will receive a call from Y, who will be accompanied by X": a planned call, and no companion', () => {
    expect(occurredMeetings('On Monday, Cambodian Prime Minister Hun Manet will receive a courtesy call from Thai Deputy Foreign Minister Russ Jalichandra, who will be accompanied by Thai Ambassador Prasas Prasasvinitchai.')).toEqual([]);
  });
  it('"received Y, who was accompanied by X on the flight": company on the way is not at the meeting', () => {
    expect(occurredMeetings('On Monday, Cambodian Prime Minister Hun Manet received Thai Deputy Foreign Minister Russ Jalichandra, who was accompanied by Thai Ambassador Prasas Prasasvinitchai on the flight.')).toEqual(['Hun Manet + Russ Jalichandra']);
  });

  it('"is expected to receive Y, in Amman, in the presence of Z": a planned meeting, with its held twin', () => {
    const received = "Jordanian Foreign Minister Ayman Safadi received the Omani Minister of Foreign Affairs, Sayyid Badr Albusaidi, in Amman, in the presence of Jordan's ambassador to Oman, Hazem al-Khatib.";
    expect(occurredMeetings(received.replace('received', 'is expected to receive'))).toEqual([]);
    expect(occurredMeetings(received)).toEqual(['Ayman Safadi + Badr Albusaidi + Hazem al-Khatib']);
  });

  it('"the foreign minister spoke with Y" after two ministers were named: no one subject, no meeting', () => {
    expect(occurredMeetings("Foreign minister Vijitha Herath and finance minister Anil Jayantha briefed parliament on Tuesday.\n\nEarlier on Monday, the foreign minister spoke over the phone with Nepal's foreign minister Arzu Rana Deuba.")).toEqual([]);
  });
  it('"the foreign minister will speak with Y": a planned call', () => {
    expect(occurredMeetings("Foreign minister Vijitha Herath briefed parliament on Tuesday.\n\nOn Friday, the foreign minister will speak over the phone with Nepal's foreign minister Arzu Rana Deuba.")).toEqual([]);
  });

  const leaders = 'Ghanaian President John Mahama held talks with Ivorian President Alassane Ouattara in Accra on Monday.\n\n';
  it('"The two leaders will witness the signing of agreements by A and B": a plan adds no one', () => {
    expect(occurredMeetings(`${leaders}The two leaders will witness the signing of three agreements by Ghanaian Foreign Minister Samuel Okudzeto Ablakwa and Ivorian Foreign Minister Léon Kacou Adom on Friday.`)).toEqual(['Alassane Ouattara + John Mahama']);
  });
  it('a photo caption "The two leaders witnessed the signing … by A and B" adds no one', () => {
    expect(occurredMeetings(`${leaders}Photo caption: The two leaders witnessed the signing of three agreements by Ghanaian Foreign Minister Samuel Okudzeto Ablakwa and Ivorian Foreign Minister Léon Kacou Adom.`)).toEqual(['Alassane Ouattara + John Mahama']);
  });
  it('"Officials witnessed the signing … by A and B": no group subject, so no meeting is joined', () => {
    expect(occurredMeetings(`${leaders.trim()} Officials witnessed the signing of three agreements by Ghanaian Foreign Minister Samuel Okudzeto Ablakwa and Ivorian Foreign Minister Léon Kacou Adom.`)).toEqual(['Alassane Ouattara + John Mahama']);
  });
  it('"Poland will be represented by a deputy minister": a plan puts no country at the meeting before', () => {
    expect(occurredMeetings("Estonian Foreign Minister Margus Tsahkna hosted his Baltic colleagues in Tallinn on Friday, where he held talks with Latvia's Baiba Braže and Lithuania's Kęstutis Budrys.\n\nPoland will be represented by a deputy minister at the next meeting.")).toEqual(['Baiba Braže + Kęstutis Budrys + Margus Tsahkna']);
  });
});

describe('s30 m36b: probe36 meetings and dates that must not be told', () => {
  it('"both attended the summit without holding talks": the meeting is denied, not held', () => {
    const dataset = run('Colombian President Gustavo Petro and Venezuelan President Nicolás Maduro both attended the CELAC summit in Tegucigalpa in April without holding talks.');
    expect(meetingsBetween(dataset, ['Gustavo Petro', 'Nicolás Maduro'], 'occurred')).toEqual([]);
    expect(meetingsBetween(dataset, ['Gustavo Petro', 'Nicolás Maduro'], 'denied')).toHaveLength(1);
  });
  it('"spoke at the forum instead of meeting Y": no meeting with Y', () => {
    expect(occurredMeetings('Peruvian Foreign Minister Elmer Schialer spoke at the Lima forum instead of meeting Chilean Foreign Minister Alberto van Klaveren.')).toEqual([]);
  });
  it('"held talks with his Uzbek counterpart" with two Uzbeks named with no office: neither is guessed, nor does the country stand in', () => {
    expect(occurredMeetings('Kazakh Foreign Minister Murat Nurtleu held talks with his Uzbek counterpart on Monday in Astana.\n\nBakhtiyor Saidov and Shavkat Mirziyoyev were both in Astana that week.')).toEqual([]);
  });
  it('"held talks with his Uzbek counterpart", the one Uzbek with no office named paragraphs later: not guessed, nor does the country stand in', () => {
    expect(occurredMeetings('Kazakh Foreign Minister Murat Nurtleu held talks with his Uzbek counterpart on Monday in Astana. The talks lasted two hours.\n\nTrade grew by a fifth last year. Rail freight doubled.\n\nBakhtiyor Saidov was in Astana that week.')).toEqual([]);
  });
  it('"hosted his counterparts … Attending were hundreds of students": no one named attended, no meeting', () => {
    expect(occurredMeetings('Costa Rican Foreign Minister Arnoldo André Tinoco on Monday hosted his Central American counterparts in San José.\n\nAttending were hundreds of students from the University of Costa Rica.')).toEqual([]);
  });
  it('"hosted his counterparts", the list three sentences on: too far to be theirs', () => {
    expect(occurredMeetings("Costa Rican Foreign Minister Arnoldo André Tinoco on Monday hosted his Central American counterparts in San José. The bloc was founded in 1991. Its seat is in El Salvador.\n\nAttending were Panama's Javier Martínez-Acha and Honduras's Eduardo Enrique Reina.")).toEqual([]);
  });
  it('"hosted the three foreign ministers of the bloc - a group founded in 1969 -": a dash that names no one adds no one', () => {
    expect(occurredMeetings('Brazilian Foreign Minister Mauro Vieira spoke on Monday.\n\nIn Brasília, Vieira hosted the three foreign ministers of the Andean Community - a group founded in 1969 - for a working lunch.')).toEqual([]);
  });
  it('"received the credentials of the new ambassador" with no name: no one met', () => {
    expect(occurredMeetings('On Friday, Foreign Minister Gabriela Sommerfeld received copies of the credentials of the new Ambassador of Chile to Ecuador at the ministry.')).toEqual([]);
  });
  it('"Friday\'s summit" after a meeting with no day of its own: Friday is the summit\'s, not the meeting\'s', () => {
    const dataset = run('Published on Saturday, 7 March 2026\n\nBrazilian Foreign Minister Mauro Vieira, who flew to Lima on 4 March, was received there by Peruvian President Dina Boluarte, a trip that paved the way for Friday\'s summit.', null);
    const [meeting] = meetingsBetween(dataset, ['Mauro Vieira', 'Dina Boluarte'], 'occurred');
    expect(meeting).toBeDefined();
    expect(meeting.date).not.toBe('2026-03-06');
  });
});

describe('s30 a36: capitalised words and shared demonyms that name no actor (probe36 speakers)', () => {
  it('"Shopkeepers said": a plural common noun opening the sentence is no speaker', () => {
    expect(statementSpeakers('Shopkeepers said the closure of the border post had halved their takings.')).toEqual([]);
  });
  it('"Dr X of Y\'s Institute of Ocean Studies said": the institute\'s field is no speaker', () => {
    expect(statementSpeakers("Dr Siti Rahmah Abdullah of Universiti Malaya's Institute of Ocean Studies said Malaysia \"will not be rushed.\"")).not.toContain('Ocean Studies');
  });
  it('"Dominican authorities" in an article that names the Dominican Republic: Dominica is no actor', () => {
    const dataset = extractArticle('The Dominican Republic closed two border crossings with Haiti. Dominican authorities said the crossings would reopen "once calm returns."');
    expect(dataset.actors.map((a) => a.name)).not.toContain('Dominica');
  });
});

describe('s30 t36: the other side of a meeting stays a target where the words are about it', () => {
  it('"denied reports that X had held a meeting with Y": whom the denial is about stays', () => {
    expect(firstStatementTargets('Presidential spokesman Manuel Adorni denied reports that Milei had held an unannounced meeting with the British ambassador Kirsty Hayes last week.', 'Manuel Adorni')).toContain('Kirsty Hayes');
  });
  it('"he could not meet Y while…": a meeting refused is something said of Y', () => {
    expect(firstStatementTargets('Chilean Foreign Minister Alberto van Klaveren said he could not meet Bolivian Foreign Minister Celinda Sosa "while La Paz keeps its border closed."', 'Alberto van Klaveren')).toContain('Celinda Sosa');
  });
  it('"urged Y to honour the agreements": a country before the agreements is no venue', () => {
    expect(firstStatementTargets('Mexican Foreign Minister Juan Ramón de la Fuente urged Guatemala to honour the agreements signed in 2021.', 'Juan Ramón de la Fuente')).toEqual(['Guatemala']);
  });
  it('"said Y\'s visit opened a new chapter": a visitor of another country than the speaking government stays', () => {
    expect(firstStatementTargets('Ethiopian Prime Minister Abiy Ahmed arrived in Nairobi on Monday.\n\nKenya\'s Ministry of Foreign Affairs said in a statement that Abiy\'s visit "opened a new chapter" in relations.', 'Kenya')).toContain('Abiy Ahmed');
  });
  it('"said ASEAN should act": an organization that acts, named before no calendar, stays', () => {
    expect(firstStatementTargets('Thai Foreign Minister Maris Sangiampongsa said ASEAN should "act before the monsoon."', 'Maris Sangiampongsa')).toEqual(['ASEAN']);
  });
});

describe('s30 s36 speakers and actors (session 30, probes 33-35)', () => {
  it('"The accord with X was signed but said": a name after a preposition is no subject of the verb after "but"', () => {
    expect(statementSpeakers('The accord with Foreign Minister Tomas Lindqvist was signed, but said nothing about "the border question."')).toEqual([]);
  });
  it('"A spokesman for X was not available but said": the unnamed spokesman speaks, not X', () => {
    expect(statementSpeakers('A spokesman for Foreign Minister Tomas Lindqvist was not available but said the accord was "a good start."')).toEqual([]);
  });
  it('"A spokesman for Senator X of the National Party said": neither the senator nor his party speaks', () => {
    expect(statementSpeakers('A spokesman for Senator Julio Ferreira of the National Party said the vote was "a farce."')).toEqual([]);
  });
  it('"In a joint statement, the ministers said" with no meeting told before: no one known signed it', () => {
    expect(statementSpeakers('Nordic foreign ministers gathered in Oslo. In a joint statement, the ministers called on "all parties" to agree to a ceasefire.')).toEqual([]);
  });
  it('"In a joint statement, the ministers said" after two meetings in one sentence: whose is unclear', () => {
    expect(statementSpeakers('Foreign Minister Tomas Lindqvist met Finnish Foreign Minister Elina Valtonen, while Prime Minister Ulf Kristersson met Estonian Prime Minister Kristen Michal. In a joint statement, the ministers called on "all parties" to agree to a ceasefire.')).toEqual([]);
  });
  it('a bare foreign ministry after foreign ministers of two countries is neither\'s', () => {
    expect(statementSpeakers('German Foreign Minister Johann Wadephul held talks with Kenyan Foreign Minister Musalia Mudavadi in Berlin. A planned visit by Wadephul to Nairobi was called off for security reasons, the Foreign Office said.')).toEqual([]);
  });
  it('a bare foreign ministry after the foreign minister of a country other than the one the article is about is neither\'s', () => {
    expect(statementSpeakers('Kyrgyzstan seeks Russian wheat\n\nForeign Minister Sergey Lavrov met Kyrgyz President Sadyr Japarov in Bishkek on Tuesday. Separately, the Foreign Ministry said it "will keep supplies flowing."')).toEqual([]);
  });
});

describe('s30 t37 statement targets (session 30, round 2)', () => {
  it('a country named after the apposition closes stays a target', () => {
    expect(firstStatementTargets('Chadian Foreign Minister Abderaman Koulamallah criticised Khalifa Haftar, the commander of the eastern forces, and Egypt for the raids.', 'Abderaman Koulamallah')).toContain('Egypt');
  });
  it('a quote opening with "As" and a country that acts, not one cited, keeps the country', () => {
    expect(firstStatementTargets('"As Uganda closes its border, we lose trade every day," Kenyan Foreign Minister Musalia Mudavadi said.', 'Musalia Mudavadi')).toContain('Uganda');
  });
  it('a country that makes others afraid is no feared object', () => {
    expect(firstStatementTargets('Kenyan Foreign Minister Musalia Mudavadi said Uganda "makes its neighbours afraid of trade."', 'Musalia Mudavadi')).toEqual(['Uganda']);
  });
  it('a dateline on its own line leaves another country the official speaks of', () => {
    expect(firstStatementTargets('ACCRA, MARCH 11\n\nForeign Minister Kofi Mensah-Boateng said Togo "must reopen the border."', 'Kofi Mensah-Boateng')).toEqual(['Togo']);
  });
  it('a styled name after a title that is no government office keeps the home country', () => {
    expect(firstStatementTargets('KUALA LUMPUR, Monday, 9 March 2026 - Chairman of the National Chamber of Commerce Yang Berhormat Dato Seri Setia Awang Haji Rahman bin Osman held talks with Thai Health Minister Somsak Thepsuthin.\n\nDato Rahman said Malaysia "must export more to Thailand."', 'Rahman bin Osman')).toEqual(['Malaysia', 'Thailand']);
  });
});

describe('s30 m37 meeting participants (session 30, probes 35-36)', () => {
  it('"Rwanda will be represented by X" after a held meeting: a representative to come was not at it', () => {
    expect(occurredMeetings("Kenyan Foreign Minister Musalia Mudavadi on Monday hosted his East African counterparts in Nairobi. Attending were Uganda's Jeje Odongo and Tanzania's Mahmoud Thabit Kombo. Rwanda will be represented by Minister of State Olivier Nduhungirehe at the next round.")).toEqual(['Jeje Odongo + Mahmoud Thabit Kombo + Musalia Mudavadi']);
  });
  it('"Benin was represented by X" after a planned meeting: no one met', () => {
    expect(occurredMeetings('Ghanaian President John Mahama will hold talks with Ivorian President Alassane Ouattara and Togolese President Faure Gnassingbé in Accra next week. Benin was represented by Foreign Minister Olushegun Adjadi Bakari.')).toEqual([]);
  });
  it('"Ethiopia was represented by X at a separate session", after a sentence saying it stayed away: not at the meeting', () => {
    expect(occurredMeetings("Kenyan Foreign Minister Musalia Mudavadi on Monday hosted his East African counterparts in Nairobi. Attending were Uganda's Jeje Odongo and Tanzania's Mahmoud Thabit Kombo. Ethiopia stayed away from the talks. Ethiopia was represented by Ambassador Tesfaye Yilma at a separate session in Addis Ababa.")).toEqual(['Jeje Odongo + Mahmoud Thabit Kombo + Musalia Mudavadi']);
  });
  it('"The Togolese delegation included X" after someone else was named since the meeting: not at it', () => {
    expect(occurredMeetings("Ghanaian Foreign Minister Samuel Okudzeto Ablakwa on Tuesday received his Togolese counterpart, Robert Dussey, in Accra. Opposition MP Kwame Mensah criticised the talks. The Togolese delegation included Togo's ambassador to Ghana, Komi Agbeko.")).toEqual(['Robert Dussey + Samuel Okudzeto Ablakwa']);
  });
  it('"The Togolese delegation included X" after a planned meeting: no one met', () => {
    expect(occurredMeetings("Ghanaian Foreign Minister Samuel Okudzeto Ablakwa will receive his Togolese counterpart, Robert Dussey, in Accra next week. The talks will cover smuggling along the border. The Togolese delegation included Togo's ambassador to Ghana, Komi Agbeko.")).toEqual([]);
  });
  it('"Khalid bin Salman bin Hamad": a dictionary name followed by a lower-case particle may be a namesake\'s', () => {
    expect(occurredMeetings('Emir Khalid bin Salman bin Hamad received Kenyan President William Ruto in Manama on Tuesday.')).not.toContain('Khalid bin Salman + William Ruto');
  });
  it('"Rodrigo Paiz Mejía": a name whose opening only sounds like a dictionary person\'s ("Rodrigo Paz") is someone else', () => {
    expect(occurredMeetings('Honduran congressman Rodrigo Paiz Mejía met Salvadoran Foreign Minister Alexandra Hill Tinoco in Tegucigalpa on Monday.')).toEqual(['Alexandra Hill Tinoco + Rodrigo Paiz Mejía']);
  });
});

describe('s30 m38 a delegation led by a name and its title set off by commas', () => {
  it('"Y, <title>, will lead a delegation that includes X": a planned delegation was not at the meeting told before', () => {
    expect(occurredMeetings("Samoa's Prime Minister La'auli Leuatea Schmidt held talks with New Zealand's Foreign Minister Winston Peters in Apia on Tuesday.\n\nWinston Peters, New Zealand's Minister of Foreign Affairs, will lead a delegation that includes New Zealand's High Commissioner to Tonga, Tiffany Babington, to Nuku'alofa next month.")).toEqual(["La'auli Leuatea Schmidt + Winston Peters"]);
  });
  it('"Y, <title>, led a delegation that included X" when Y was not at the meeting told before: X was not either', () => {
    expect(occurredMeetings("Samoa's Prime Minister La'auli Leuatea Schmidt held talks with New Zealand's Foreign Minister Winston Peters in Apia on Tuesday.\n\nTodd McClay, New Zealand's Minister of Trade, led a delegation that included New Zealand's High Commissioner to Samoa, Trudy Dunlop.")).toEqual(["La'auli Leuatea Schmidt + Winston Peters"]);
  });
});

describe('s31 t38 a complaint against the own government and another country', () => {
  it('"criticised the government of Togo": the government named is another country\'s, which stays the target', () => {
    expect(firstStatementTargets('Ghanaian opposition leader Kwame Asante criticised the government of Togo over the border closure.', 'Kwame Asante')).toEqual(['Togo']);
  });
  it('"criticised Togo": a complaint aimed at another country itself keeps it', () => {
    expect(firstStatementTargets('Ghanaian Foreign Minister Kofi Mensah criticised Togo over the border closure.', 'Kofi Mensah')).toEqual(['Togo']);
  });
  it('"accused the government of "bowing to Togo"": the golds split on such a charge, so the country stays', () => {
    expect(firstStatementTargets('Ghanaian opposition leader Kwame Asante accused the government of "bowing to Togo" on the border.', 'Kwame Asante')).toEqual(['Togo']);
  });
  it('"welcomed the government\'s talks with Togo": only a complaint\'s grounds are its matter', () => {
    expect(firstStatementTargets("Ghanaian opposition leader Kwame Asante welcomed the government's talks with Togo.", 'Kwame Asante')).toEqual(['Togo']);
  });
});

describe('s31 n39 names that are no one, or someone else', () => {
  it('"Michael X" after "Kamla Mitchell": a given name sounding like her surname opens another person, who met no one', () => {
    expect(occurredMeetings("Fiji's Foreign Minister Kamla Mitchell met Tongan Foreign Minister Fekitamoeloa Utoikamanu in Suva on Monday. Opposition leader Michael Dorsett said the government had failed Fiji.")).toEqual(['Fekitamoeloa Utoikamanu + Kamla Mitchell']);
  });
  it('"Professor X of Y University said": the university says nothing', () => {
    expect(statementSpeakers('Professor Ines Aalto of Tampere University said Finland was "well prepared."')).not.toContain('Tampere University');
  });
  it('"X of the Institute for Economic Research said": the institute\'s field is no speaker', () => {
    expect(statementSpeakers('Economist Ana Lopez of the Institute for Economic Research said the tariff on Chilean wine was "a mistake."')).not.toContain('Economic Research');
  });
  it('"Former contractor Anna X said": a given name after a noun for a company opens a person\'s name', () => {
    expect(extractArticle('Former contractor Anna Lindqvist said the Swedish embassy had ignored her warnings.').actors.find((a) => a.name === 'Anna Lindqvist')?.kind).toBe('person');
  });
  it('"The Government of Kenya said": a government named by its country is the country, no body of its own', () => {
    expect(statementSpeakers('The Government of Kenya said it would reopen the border with Somalia.')).toEqual(['Kenya']);
  });
});

describe('s31 a38 names spaced or joined otherwise that are two people', () => {
  const twoArticles = (first: string, second: string) =>
    runPipeline(
      [first, second].map((text, n) => ({ path: `case-${n}.md`, bytes: new TextEncoder().encode(`---\ndate: 2024-05-02\n---\n${text}`) })),
      { readHtml },
    ).dataset;
  it('a respaced surname two people of the article end with is neither', () => {
    expect(statementSpeakers('Nigerian Foreign Minister Yusuf Abubakar met Defence Minister Musa Abubakar in Abuja on Monday. Abu Bakar said the border "must reopen before the harvest."')).not.toEqual(expect.arrayContaining([expect.stringMatching(/^(?:Yusuf|Musa) Abubakar$/)]));
  });
  it('"Abdel Fattah" beside an "Abdel Fattah Kamal" is his given name, not the end of an "Abdelfattah"', () => {
    expect(statementSpeakers('Sudanese army chief Abdel Fattah Kamal met Egyptian Foreign Minister Samir Abdelfattah in Cairo on Monday. Abdel Fattah said the truce "must hold."')).not.toContain('Samir Abdelfattah');
  });
  it('a family name many of a dynasty share ("Al Thani", "Althani") names none of two bearers', () => {
    expect(statementSpeakers('Qatari Minister of State Khalid bin Jassim Al Thani met Trade Minister Hamad bin Ali Al Thani in Doha on Monday. Althani said the gas deal "is close."')).not.toEqual(expect.arrayContaining([expect.stringMatching(/Al Thani$/)]));
  });
  it('the same letters spaced otherwise in two articles, of two countries, are two people', () => {
    const { actors } = twoArticles('Malaysian Foreign Minister Ahmad Abu Bakar met Thai Foreign Minister Maris Sangiampongsa in Bangkok on Tuesday.', 'Nigerian Trade Minister Ahmad Abubakar said on Wednesday that the tariff talks "went well."');
    expect(actors.filter((a) => /^Ahmad Abu ?bakar$/i.test(a.name))).toHaveLength(2);
  });
  it('two members of one dynasty in two articles stay two people', () => {
    const { actors } = twoArticles('Qatari Minister of State Khalid bin Jassim Al Thani said on Tuesday that the gas deal "is close."', 'Qatari Trade Minister Hamad bin Ali Althani said on Wednesday that the tariff talks "went well."');
    expect(actors.filter((a) => /Al ?thani$/i.test(a.name))).toHaveLength(2);
  });
  it('a short name whose c another name writes k is someone else (Cao, Kao)', () => {
    const { actors } = twoArticles('Chinese Vice Foreign Minister Cao Jing met Laotian Foreign Minister Thongsavanh Phomvihane in Vientiane on Tuesday.', 'Chinese Vice Foreign Minister Kao Jing said on Wednesday that the railway talks "went well."');
    expect(actors.filter((a) => /^[CK]ao Jing$/.test(a.name))).toHaveLength(2);
  });
});

describe('s31 m39 meetings on probes 37-38 (hearsay, halls, pronoun subjects)', () => {
  it('"<outlet> reported that X had also met Y" and the next sentence "<outlet> was unable to confirm the information": no meeting with Y', () => {
    expect(occurredMeetings('Ghanaian President John Mahama received Togolese Foreign Minister Robert Dussey in Accra on Monday. Several websites reported on Monday evening that Mr Dussey had also met the opposition leader Mahamudu Bawumia at a hotel in Osu. The Daily Graphic was unable to confirm the information.')).not.toContain('Mahamudu Bawumia + Robert Dussey');
  });
  it('"<outlet> reported that X also met Y, but <outlet> could not independently confirm the meeting": no meeting with Y', () => {
    expect(occurredMeetings('The Daily Nation reported that Somali President Hassan Sheikh Mohamud also met opposition leader Raila Odinga in Nairobi on Sunday, but The Star could not independently confirm the meeting.')).toEqual([]);
  });
  it('"a newspaper reported that X also met Y, but the Foreign Ministry did not confirm it": no meeting', () => {
    expect(occurredMeetings('A Thai newspaper reported that Malaysian Prime Minister Anwar Ibrahim also met former Prime Minister Thaksin Shinawatra in Bangkok on Saturday evening, but the Foreign Ministry did not confirm it.')).toEqual([]);
  });
  it('their positive twins: the same reports with no doubt cast are meetings', () => {
    expect(occurredMeetings('The Daily Nation reported that Somali President Hassan Sheikh Mohamud also met opposition leader Raila Odinga in Nairobi on Sunday.')).toEqual(['Hassan Sheikh Mohamud + Raila Odinga']);
    expect(occurredMeetings('A Thai newspaper reported that Malaysian Prime Minister Anwar Ibrahim also met former Prime Minister Thaksin Shinawatra in Bangkok on Saturday evening.')).toEqual(['Anwar Ibrahim + Thaksin Shinawatra']);
  });
  it('"during the meeting at the General Diwan" in a caption: the hall is no participant', () => {
    expect(occurredMeetings("Sheikh Mohammed bin Abdulrahman Al Thani received Turkish Foreign Minister Hakan Fidan in Doha yesterday.\n\nPhoto caption: Sheikh Mohammed and Fidan during the meeting at the General Diwan.").join(' ')).not.toContain('Diwan');
  });
  it('"<meeting> is expected to be convened under the chairmanship of X. The meeting was attended by A and B": a chair still to come met no one', () => {
    expect(occurredMeetings("The Council of Ministers of the Southern African Development Community is expected to be convened in Maputo next month under the chairmanship of Mozambique's Foreign Minister Maria Manuela Lucas.\n\nThe meeting was attended by the Minister of Foreign Affairs of Namibia, Ms Selma Ashipala-Musavyi; and the Minister of International Relations of South Africa, Mr Ronald Lamola.")).not.toContain('Maria Manuela Lucas + Ronald Lamola + Selma Ashipala-Musavyi');
  });
  it('"received Y at the palace in the presence of the press, and Z criticised": Z was not at the meeting', () => {
    expect(occurredMeetings('President Nikos Christodoulides received Greek Foreign Minister Giorgos Gerapetritis at the Presidential Palace in the presence of the press, and opposition leader Stefanos Stefanou criticised the visit.')).toEqual(['Giorgos Gerapetritis + Nikos Christodoulides']);
  });
  it('"In Lima he held talks with his counterpart, X, and was later received by Y": X and Y did not meet', () => {
    expect(occurredMeetings('Foreign Minister Mauro Vieira crossed the continent on Thursday. In Lima he held talks with his Peruvian counterpart, Elmer Schialer, at the Torre Tagle palace, and was later received by President José Jerí at the Government Palace.')).not.toContain('Elmer Schialer + José Jerí');
  });
});

describe('s31 d39 document dates and ministry speakers from the header', () => {
  const body = 'The Minister of Foreign Affairs held talks with his counterpart on the fisheries protocol.';
  it('a title with bars naming another day is what happened, not the publication date', () => {
    expect(run(`Lomé accord | Accra, Monday 2 March 2026 | One year on\n\n${body}`, null).documents[0].date).toBeNull();
  });
  it('a byline with bars whose day has no year dates nothing', () => {
    expect(run(`Ministers agree on a fisheries patrol\n\nBy Amina Diallo | Le Soleil | Dakar, Monday 16 November\n\n${body}`, null).documents[0].date).toBeNull();
  });
  it('a place set in a header line with no day beside it is no dateline: the bare ministry stays no one', () => {
    const text = "Malawi, Mozambique agree on joint patrols on Lake Malawi\n\nNation Online | Lilongwe | Opinion and analysis\n\nForeign Minister Nancy Tembo held talks with Mozambique's Minister of Foreign Affairs Maria Manuela Lucas.\n\nMeanwhile, the Ministry of Foreign Affairs said in a statement that it had lodged a formal complaint with Mozambique over the detention of fishermen.";
    expect(statementSpeakers(text)).toEqual([]);
    // The twin: the day beside the place makes it the dateline.
    expect(statementSpeakers(text.replace('Lilongwe |', 'Lilongwe, Wednesday, November 18, 2026 |'))).toEqual(['Malawi']);
  });
  it('a deadline told before "later" is no day of the meeting', () => {
    const dataset = run("Ghana and Togo agreed to open the new border post before the end of March. Togo's Foreign Minister Robert Dussey was later received by President John Mahama at Jubilee House.", '2026-11-18');
    const meeting = meetings(dataset).find((m) => m.participants.includes(actor(dataset, 'Robert Dussey')?.id ?? '-'));
    expect(meeting).toBeDefined();
    expect(meeting!.date).toBeNull();
  });
});

describe('s31 s39 a borrowed saying, the road to a body, a scholar, joint officials, a long-held stance', () => {
  it('"urged the European Union to open the road to membership": a body before "road to" is still whom the words are about', () => {
    expect(firstStatementTargets('Ukrainian Foreign Minister Andrii Sybiha urged the European Union to open the road to membership.', 'Andrii Sybiha')).toEqual(['European Union']);
  });
  it('"flying a drone via Somali airspace": a demonym after a route word stays no target, a drone nearby or not', () => {
    expect(firstStatementTargets('Kenyan Foreign Minister Musalia Mudavadi criticised Ethiopia for flying a drone via Somali airspace.', 'Musalia Mudavadi')).toEqual(['Ethiopia']);
  });
  it('"As I told President X, …": whom the speaker told is no borrowed saying', () => {
    expect(firstStatementTargets('"As I told President Lula, trade has no borders," Argentine Foreign Minister Diana Mondino said.', 'Diana Mondino')).toEqual(['Luiz Inácio Lula da Silva']);
  });
  it('"Dr X of Y University said": the scholar named before the institution speaks', () => {
    expect(statementSpeakers('Security analyst Dr Grace Wanjiru of Makerere University said Kampala\'s leverage was "greater than ever".')).toEqual(['Grace Wanjiru']);
  });
  it('"Chilean officials said": one country\'s officials still speak for it', () => {
    expect(statementSpeakers('Chilean officials said the two countries would sign a memorandum next year.')).toEqual(['Chile']);
  });
  it('"has demanded since Monday that …": a recent demand is a statement', () => {
    expect(firstStatementTargets('Colombia has demanded since Monday that Venezuela reopen the border.', 'Colombia')).toEqual(['Venezuela']);
  });
});

describe('s31 m40 meetings left on probes 35-38', () => {
  it('"Foreign Affairs and Trade Minister X" is the foreign minister, not the trade minister: his counterpart is not the trade minister', () => {
    expect(occurredMeetings("Talks in Wellington\n\nForeign Affairs and Trade Minister Winston Peters held talks with his Fijian counterpart in Wellington on Monday.\n\nFiji's Trade Minister Manoa Kamikamica said Suva wanted more exports.")).not.toContain('Manoa Kamikamica + Winston Peters');
  });
  it('"accepted the credentials presented by new ambassadors of 11 countries": no envoy named, no meeting with anyone', () => {
    expect(occurredMeetings('President Ilham Aliyev accepted the credentials presented by new ambassadors of 11 countries in Baku with Foreign Minister Jeyhun Bayramov beside him.')).toEqual([]);
  });
  it('"accepted the credentials of" a country\'s envoy while an unrelated minister is named later: only the envoy met', () => {
    expect(occurredMeetings('President Lula accepted the credentials of French Ambassador Emmanuel Lenain on Monday, and Foreign Minister Mauro Vieira said later that relations were good.')).toEqual(['Emmanuel Lenain + Luiz Inácio Lula da Silva']);
  });
  it('"accepted the invitation of X": no credentials, no meeting', () => {
    expect(occurredMeetings('President Lula accepted the invitation of French President Emmanuel Macron to visit Paris next year.')).toEqual([]);
  });
  it('"Also present at the meeting was X" after a meeting that was called off: X met no one', () => {
    expect(occurredMeetings('A planned meeting between Prime Minister Robert Abela and the EU envoy João Cravinho was cancelled on Tuesday. Also present at the meeting was the Minister of Foreign Affairs, Ian Borg.')).toEqual([]);
  });
  it('"arrived for a visit and was received the same evening": the arrival day is not told, so the meeting stays undated', () => {
    const dataset = extractArticle("Visit\n\nThe talks in Accra on Tuesday were short.\n\nTogo's Minister of Culture, Kossi Lamadokou, arrived in Accra for a two-day visit and was received the same evening by President John Mahama.", '2026-11-19');
    const id = findActor(dataset, 'Kossi Lamadokou')?.id;
    const meeting = dataset.events.find((e) => e.type === 'meeting' && e.participants.includes(id ?? '-'));
    expect(meeting).toBeDefined();
    expect(meeting!.date).toBeNull();
  });
});

describe('s31 s40 a summons placed at the envoy\'s post, a naming verb without its quote, a branch of the state', () => {
  it('"summoned Argentina\'s ambassador in Santiago, X, …": the seat of his post is no envoy\'s country', () => {
    expect(firstStatementTargets('Chilean Foreign Minister Alberto van Klaveren summoned Argentina\'s ambassador in Santiago, Jorge Faurie, to protest against what he called "unacceptable remarks."', 'Alberto van Klaveren')).toEqual(['Argentina', 'Jorge Faurie']);
  });
  it('"summoned Argentina\'s ambassador in Santiago, X, on Monday": a summons with no protest stays no statement', () => {
    expect(statementSpeakers('Chilean Foreign Minister Alberto van Klaveren summoned Argentina\'s ambassador in Santiago, Jorge Faurie, on Monday.')).toEqual([]);
  });
  it('"a plan called the new "Silk Road"": a naming verb before no words said names a plan, it says nothing', () => {
    expect(statementSpeakers('Kazakh officials presented a rail plan called the new "Silk Road" on Monday.')).toEqual([]);
  });
  it('"called the claims" with no quotation after them is a call, not a statement', () => {
    expect(statementSpeakers('The Chinese embassy in Manila called the claims office on Monday.')).toEqual([]);
  });
  it('"… and claimed that Hanoi had …": the speaker\'s own country in the claimed clause is the voice, no target', () => {
    expect(firstStatementTargets('Vietnamese spokeswoman Pham Thu Hang said the report was "false," and claimed that Hanoi had "always respected the law of the sea."', 'Pham Thu Hang')).toEqual([]);
  });
  it('"Emirati company officials": a word other than a branch of the state makes the officials someone else\'s', () => {
    expect(firstStatementTargets('Yemeni Foreign Minister Shaya al-Zindani accused Emirati company officials of "smuggling."', 'Shaya al-Zindani')).toEqual([]);
  });
});

describe('s31 n40 a possessive that is not the country of the person a joint title names', () => {
  it('"Armenia\'s Deputy Chairman of the Government and Georgian Foreign Minister X": a second role with its own country is another person\'s', () => {
    expect(actor(run("Latvian Foreign Minister Baiba Braze met Armenia's Deputy Chairman of the Government and Georgian Foreign Minister Ilia Darchiashvili in Tbilisi on Monday."), 'Ilia Darchiashvili')?.country).toBe('GEO');
  });
  it('"after Armenia\'s election": a possessive after the joint title owns another noun, not the title', () => {
    expect(actor(run("Latvian Foreign Minister Baiba Braze met the Deputy Chairman of the Government and Foreign Minister Tigran Avetisyan in Riga on Monday after Armenia's election."), 'Tigran Avetisyan')?.country).toBeNull();
  });
  it('"after Armenia\'s election that the Foreign Minister X": a word that closes what the possessive owns keeps its country from the title', () => {
    expect(actor(run("Latvian Foreign Minister Baiba Braze said after Armenia's election that the Deputy Chairman of the Government and Foreign Minister Tigran Avetisyan would visit Riga."), 'Tigran Avetisyan')?.country).toBeNull();
  });
  it('"Armenia\'s Deputy Chairman of the Eurasian Council and Foreign Minister X": a body that is no country\'s own executive leaves the title, and the possessive, to the first role', () => {
    expect(actor(run("Latvian Foreign Minister Baiba Braze met Armenia's Deputy Chairman of the Eurasian Council and Foreign Minister Tigran Avetisyan in Riga on Monday."), 'Tigran Avetisyan')?.country).toBeNull();
  });
});

describe('s32 n41 titles, double surnames and demonyms that name no one', () => {
  it('"at the Ministry\'s General Diwan": a hall, so the minister received no "Diwan"', () => {
    expect(occurredMeetings("Sheikh Nasser Al-Sabah received at the Ministry's General Diwan on Sunday Tanzanian envoy Juma Mwinyi.")).toEqual(['Juma Mwinyi + Nasser Al-Sabah']);
  });
  it('"the Government Commission X": a body after the executive body gives its member no country from the possessive', () => {
    expect(actor(run("Georgia's Deputy Chairman of the Government Commission Nino Tsilosani met Latvian Foreign Minister Baiba Braze in Riga on Monday."), 'Nino Tsilosani')?.country).toBeNull();
  });
  it('"Vergara said" beside two people whose double surnames open with it: a new name, not either of them', () => {
    expect(statementSpeakers("Chile's Foreign Minister Ximena Vergara-Solís met Interior Minister Tomás Vergara-Rojas in Santiago on Monday. Vergara said the border plan was ready.")).toEqual(['Vergara']);
  });
  it('"Thai money": a demonym, so no statement about Thailand', () => {
    expect(firstStatementTargets('Cambodian Prime Minister Hun Manet criticised Thai money flowing into the border casinos.', 'Hun Manet')).toEqual([]);
  });
});

describe('s32 d41 header days that are no publication date, lengths of time, a set day as near before as after', () => {
  /** The publication date the pipeline reads from an article with no front matter and this header line. */
  const publicationDate = (header: string) => run(`Ministers agree on a joint fisheries patrol\n\n${header}\n\nThe Minister of Foreign Affairs held talks with his counterpart on the fisheries protocol.`, null).documents[0].date;
  it.each<[header: string]>([
    // 5 June or May 6: no part over 12, no weekday with its day, no outlet whose house style is known.
    ['Mali Actu | Bamako, 05/06/2026 | By the Editorial Staff'],
    ['Le Matin | Rabat, 04-07-2026 | Press release'],
    // A word before the day that is no weekday: the day of another event.
    ['The Citizen | Dar es Salaam | Since 12 March 2026'],
    ['El Tiempo | Bogotá | Desde 3 de marzo de 2026'],
    // A second part with a day: which is the publication's is not said.
    ['El Comercio | Lima, 3 de marzo de 2026 | Cumbre del 28 de febrero'],
  ])('%s dates no article', (header) => {
    expect(publicationDate(header)).toBeNull();
  });

  it('"their first meeting in three years" is how long since the last, not a year three years ahead', () => {
    const dataset = run('Zambian President Hakainde Hichilema met Malawian President Peter Mutharika in Lusaka, their first meeting in three years.', '2026-11-18');
    const [meeting] = meetingsBetween(dataset, ['Hakainde Hichilema', 'Peter Mutharika'], 'occurred');
    expect(meeting.date).toBeNull();
  });

  it('a postponed meeting set for a day as near before the publication date as after it stays undated', () => {
    const dataset = run('A meeting between Kenyan President William Ruto and Tanzanian President Samia Suluhu Hassan, scheduled for Arusha on 1 March, has been postponed indefinitely, diplomatic sources said.', '2027-08-31');
    const [meeting] = meetingsBetween(dataset, ['William Ruto', 'Samia Suluhu Hassan'], 'cancelled');
    expect(meeting.date).toBeNull();
  });
});

describe('s32 n42 names: twins that stay apart, titles that stay titles, a name that stays a person, a head word that names no body', () => {
  it('"Amadou" and "Mamadu" are two names: two people who share a surname stay two', () => {
    const dataset = extractArticle('Dr. Amadou Diallo met Dr. Mamadu Diallo in Conakry on Monday.');
    expect(dataset.actors.filter((a) => a.kind === 'person').map((a) => a.name).sort()).toEqual(['Amadou Diallo', 'Mamadu Diallo']);
  });
  it('"Foreign Minister Prince X": before a given name, "Prince" stays a title, no part of the name', () => {
    expect(statementSpeakers('Saudi Foreign Minister Prince Faisal bin Farhan said Riyadh would host the talks.')).toEqual(['Faisal bin Farhan']);
  });
  it('"Congo" in an article that names both Congos stays the Republic of the Congo', () => {
    const text = "The Democratic Republic of the Congo and Brazzaville signed a river pact on Monday.\n\nCongo's ambassador, Pierre Kabamba, said the pact was overdue.";
    expect(findActor(extractArticle(text), 'Pierre Kabamba')?.country).toBe('COG');
  });
  it('a camel-case word with no country after it stays a person\'s name, not a company\'s', () => {
    const dataset = extractArticle('AbdulRahman Osman said Sudan would attend the talks.');
    expect(findActor(dataset, 'AbdulRahman Osman')?.kind).toBe('person');
  });
  it('"the Union" with no union named before names no one', () => {
    expect(firstStatementTargets('Analyst Arman Zhunusov said the Union "has become a club of presidents."', 'Arman Zhunusov')).toEqual([]);
  });
  it('"the Council" is not read back: it may be an organ of another body', () => {
    expect(firstStatementTargets('The Peace and Security Council met in Addis Ababa on Monday.\n\nAmbassador Abdou Diallo said the Council "must respect the sovereignty of the Sahel."', 'Abdou Diallo')).not.toContain('Peace and Security Council');
  });
});

describe('s32 s41 summoners, bare embassies, companies named after a country, settings that are no targets', () => {
  const summons = 'Gnassingbé hosts Burkina Faso envoy as Lomé protests arrest of traders\n\nTogo Matin | LOMÉ | 20 November 2026\n\nPresident Faure Gnassingbé on Thursday hosted Burkina Faso\'s Minister of State, Karamoko Traoré, at the presidency.\n\nIn Accra, Ghana\'s Foreign Ministry said the traders had "broken the customs law."\n\nSeparately, the foreign ministry summoned Ghana\'s ambassador in Lomé, Kwame Mensah, to protest the arrest of 12 Togolese traders, saying the arrests were "a breach of good neighbourliness."';
  it('a ministry that summons Ghana\'s ambassador is not Ghana\'s, whatever ministry of Ghana was named before', () => {
    expect(statementSpeakers(summons)).toEqual(['Ghana', 'Togo']);
  });
  const embassy = 'Armenia hosts connectivity forum\n\nYEREVAN, Nov 20 (Armenpress) - Armenia hosted a connectivity forum on Friday.\n\nThe European Union\'s Ambassador to Armenia was not invited to the event, ';
  it('"…, the embassy said" with no mission named before: an embassy abroad in the country the story is about, not its voice', () => {
    expect(statementSpeakers(`${embassy}the embassy said.`)).toEqual([]);
  });
  it('twin: "…, the foreign ministry said" is the country\'s', () => {
    expect(statementSpeakers(`${embassy}the foreign ministry said.`)).toEqual(['Armenia']);
  });
  it('"MTN Ghana said": a country closing a company\'s name is the company\'s local arm, no voice of the country', () => {
    expect(statementSpeakers('Accra hosts telecoms talks\n\nMTN Ghana said in a statement that its network expansion depended on "a stable tax regime."')).toEqual([]);
  });
  it('twin: "Meanwhile Ghana said" is the country', () => {
    expect(statementSpeakers('Accra hosts telecoms talks\n\nMeanwhile Ghana said in a statement that the network expansion depended on "a stable tax regime."')).toEqual(['Ghana']);
  });
  it('"denied that X had ever agreed to meet Y": a meeting only agreed to is denied, its other side is no target', () => {
    expect(firstStatementTargets('Presidential spokesman Juan Pérez denied that President Ana Gómez had ever agreed to meet Chilean President Gabriel Boric in November.', 'Juan Pérez')).not.toContain('Gabriel Boric');
  });
  it('twin: a bloc accused outside such a phrase stays a target', () => {
    expect(firstStatementTargets('Senegalese Foreign Minister Yassine Fall accused ECOWAS of "abandoning Mali."', 'Yassine Fall')).toEqual(['ECOWAS', 'Mali']);
  });
  it('twin: a country that acts, not one a route crosses, stays a target', () => {
    expect(firstStatementTargets('Kyrgyz Foreign Minister Jeenbek Kulubaev said Kyrgyzstan would export power to Pakistan once Afghanistan allows a line.', 'Jeenbek Kulubaev')).toEqual(['Afghanistan', 'Pakistan']);
  });
  it('"In their final communiqué, the ministers called on …" with no body\'s session told before: no one known speaks', () => {
    expect(statementSpeakers('Ministers meet in Jakarta\n\nForeign Minister Sugiono met Vietnam\'s Foreign Minister Bui Thanh Son in Jakarta on Wednesday.\n\nIn their final communiqué, the ministers called on Myanmar to "accept the offer of talks."')).toEqual([]);
  });
  it('twin: a capital that acts stays its country', () => {
    expect(firstStatementTargets('Ukrainian Foreign Minister Andrii Sybiha wrote that Minsk was "sabotaging the agreement."', 'Andrii Sybiha')).toEqual(['Belarus']);
  });
});

describe('s32 m41 meetings: no country for a counterpart who may be named, no verb after a determiner, no plan joined', () => {
  it('"held talks with his Ugandan counterpart", a bare "Minister" of Uganda named only sentences later: no meeting with the country Uganda', () => {
    expect(occurredMeetings("Kenyan Foreign Minister Musalia Mudavadi held talks with his Ugandan counterpart in Nairobi on Monday. The two sides agreed to reopen the Busia border post. Traders welcomed the decision. Exporters said the post had been closed for weeks. Uganda's Minister of External Relations, Jeje Odongo, later called on President William Ruto at State House.")).toEqual(['Jeje Odongo + William Ruto']);
  });
  it('"Speaking to <outlet> after the meeting, X said": "the meeting" is a noun for the meeting told before; the one spoken to met no one', () => {
    expect(occurredMeetings('Ghana\'s Foreign Minister Samuel Ablakwa held talks with Togolese Foreign Minister Robert Dussey in Accra on Monday.\n\nThe Togolese delegation included Togo\'s Ambassador to Ghana, Komi Agbo-Mensah.\n\nPresident Mahama could visit Lome in February if his schedule permits, an aide told Africa Monitor.\n\nSpeaking to Africa Monitor after the meeting, Agbo-Mensah said about 3,000 Togolese lived in Ghana, many of them traders in Makola market, and that Ghana had "always treated Togolese traders as family."')).toEqual(['Komi Agbo-Mensah + Robert Dussey + Samuel Ablakwa']);
  });
  it('"is expected to receive a delegation … The delegation included X": a planned meeting joins no one and happened with no one', () => {
    expect(occurredMeetings('Kenyan President William Ruto is expected to receive a Somali delegation led by Foreign Minister Ahmed Moallim Fiqi at State House on Monday. The delegation included Somali Defence Minister Abdulkadir Mohamed Nur.')).toEqual([]);
  });
  it('"The Council will hold its 46th session …, chaired by X and attended by Y": a session to come is no meeting', () => {
    expect(occurredMeetings("The East African Community Council of Ministers will hold its 46th session in Kampala next month, chaired by Kenyan Foreign Minister Musalia Mudavadi and attended by Uganda's Foreign Minister Jeje Odongo and Tanzania's Foreign Minister Mahmoud Thabit Kombo.")).toEqual([]);
  });
  it('"The session will be held next month, co-chaired by A and B": co-chairs of a session to come met no one', () => {
    expect(occurredMeetings('The fifth session of the Kenya-Uganda Joint Permanent Commission will be held in Kampala next year, co-chaired by Mr Musalia Mudavadi, Minister of Foreign Affairs, and Mr Jeje Odongo, Minister of Foreign Affairs of Uganda.')).toEqual([]);
  });
  it('"denied reports that the session was held in Kampala, co-chaired by A and B": a denied session is no meeting of its co-chairs', () => {
    expect(occurredMeetings('The Ugandan ministry denied reports that a secret session of the Joint Permanent Commission was held in Kampala on Monday, co-chaired by Mr Musalia Mudavadi, Minister of Foreign Affairs of Kenya, and Mr Jeje Odongo, Minister of Foreign Affairs of Uganda.')).toEqual([]);
  });
  it('"received the credentials of the ambassadors of Slovenia, X, and of Croatia, Y": the two envoys did not meet each other', () => {
    expect(occurredMeetings('On Friday, President William Ruto received the credentials of the newly appointed ambassadors of Slovenia, Mr Tomaz Lovrencic, and of Croatia, Ms Ivana Horvat, at State House.')).not.toContain('Ivana Horvat + Tomaz Lovrencic + William Ruto');
  });
  it('"welcomed A and B, and the Rwandan government sent a letter from President C": a letter sent, not an envoy; C met no one', () => {
    expect(occurredMeetings("President William Ruto welcomed Uganda's President Yoweri Museveni and Tanzania's President Samia Suluhu Hassan, and the Rwandan government sent a letter from President Paul Kagame.").join()).not.toContain('Paul Kagame');
  });
  it('"welcomed A and B, and the ministry sent Ambassador C to Addis Ababa": no country sent C to the meeting', () => {
    expect(occurredMeetings("President William Ruto welcomed Uganda's President Yoweri Museveni and Tanzania's President Samia Suluhu Hassan, and the Foreign Office sent Ambassador Njambi Kinyungu to Addis Ababa.").join()).not.toContain('Njambi Kinyungu');
  });
  it('"The delegations were also joined by X" after a meeting that was called off: X met no one', () => {
    expect(occurredMeetings("Talks between Kenyan Foreign Minister Musalia Mudavadi and Ugandan Foreign Minister Jeje Odongo in Naivasha were cancelled on Thursday.\n\nThe delegations were also joined by Deputy Prime Minister Rebecca Kadaga.")).toEqual([]);
  });
});
