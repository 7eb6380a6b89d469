/** Who speaks for a bare "the ministry" placed by a dateline line, a ministry visit or an envoy's headline; a joint statement of a meeting's N officials; Wisma Putra. */
import { describe, expect, it } from 'vitest';
import { statementSpeakers } from '../test-support';

describe('speakers of "CITY, Friday 20 November" lines, "at the Ministry in <capital>", "the ministry said the ambassador…", "the four officials said", Wisma Putra, "X strongly condemned"', () => {
  it.each<[text: string, speakers: string[]]>([
    // A dateline on a line of its own: the capital places the bare ministry at home.
    ['Kenya, Ethiopia talk trade; Eritrean envoy summoned\n\nNAIROBI, Friday 20 November 2026\n\nForeign Minister Musalia Mudavadi received Ethiopian Foreign Minister Gedion Timothewos on Thursday.\n\nThe Ministry of Foreign Affairs said it had handed the Eritrean envoy a protest note.', ['Kenya']],
    ['Ecuador and Colombia review border\n\nQuito, 30th October 2026\n\nPresident Daniel Noboa received Colombian Foreign Minister Rosa Villavicencio on Tuesday.\n\nThe Ministry wishes to inform the public that no agreement on border tariffs was signed.', ['Ecuador']],
    // No dateline: the ministry where the talks were held, in the capital of the country the release is about.
    ['Zambia\'s Foreign Minister Mulambo Haimbe received Angolan Foreign Minister Tete António at the Ministry in Lusaka on Monday. Zambia and Angola reviewed the railway project. The Ministry said the two ministers had agreed to meet again in Luanda.', ['Zambia']],
    // A headline's first country is an envoy's: the dateline, not the guest, places "the ministry".
    ['Greek ambassador summoned over remarks on minority\n\nTIRANA, 20 November 2026 (ATA) - The Ministry of Foreign Affairs summoned the ambassador on Friday. The ministry said the ambassador\'s remarks were "unacceptable interference in the internal affairs of Albania."', ['Albania']],
    // "In a joint statement, the three officials": exactly the three people of the meeting just told.
    ['Malian Foreign Minister Abdoulaye Diop hosted Burkinabè Foreign Minister Karamoko Traoré and Nigerien Foreign Minister Bakary Sangaré in Bamako on Monday. In a joint statement, the three officials said they would "pool their intelligence on the border."', ['Abdoulaye Diop', 'Bakary Sangaré', 'Karamoko Traoré']],
    // A foreign ministry's seat that one country alone uses speaks for it, whoever the headline names first.
    ['Live: Thai Prime Minister visits Malaysia\n\nThai Prime Minister Anutin Charnvirakul arrives in Kuala Lumpur.\n\nWisma Putra said in a statement that the two countries would reopen the border crossing.', ['Malaysia']],
    // An adverb of manner between the speaker and its verb.
    ['Separately, Peru strongly condemned the attack on the Bolivian consulate in Arica.', ['Peru']],
    ['The Foreign Ministry of Armenia flatly denied reports that its troops had crossed the border.', ['Armenia']],
  ])('%s', (text, speakers) => {
    expect(statementSpeakers(text)).toEqual(speakers);
  });
});
