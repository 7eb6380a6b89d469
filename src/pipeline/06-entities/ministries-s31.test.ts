/**
 * A bare ministry is the country of the place where the outlet writes from when that place is set in a header line beside
 * the outlet's name and the day ("By X | Outlet | Lilongwe, Wednesday, November 18, 2026", "Outlet (AGENCY) - Doha, 18
 * November 2026"), or opens a dateline whose day is in digits with dots ("ASHGABAT, 05.03.2026 /AGENCY/."). Hand-written,
 * about other countries than the probes'.
 */
import { describe, expect, it } from 'vitest';
import { statementSpeakers } from '../test-support';

describe('the bare ministry of the place a header line or a dotted dateline gives', () => {
  it.each<[text: string, speakers: string[]]>([
    // The headline names Malawi first, but Mozambique's minister is named too: the byline's place settles it.
    [
      'Malawi, Mozambique agree on joint patrols on Lake Malawi\n\nBy Grace Phiri | Nation Online | Lilongwe, Wednesday, November 18, 2026\n\nForeign Minister Nancy Tembo held talks with Mozambique\'s Minister of Foreign Affairs Maria Manuela Lucas in Lilongwe.\n\nMeanwhile, the Ministry of Foreign Affairs said in a statement that Malawi had lodged a formal complaint with Mozambique over the detention of fishermen.',
      ['Malawi'],
    ],
    // The headline names the visitor's country first: the outlet's own header says where it writes from.
    [
      'Sheikh Mohammed receives Iranian Foreign Minister\n\nGulf Times (GT) - Doha, 18 November 2026\n\nSheikh Mohammed bin Abdulrahman Al Thani received Iranian Foreign Minister Abbas Araghchi at the Ministry\'s headquarters yesterday.\n\nThe Ministry of Foreign Affairs said in a statement that Qatar "stands ready to host any dialogue that serves regional security."',
      ['Qatar'],
    ],
    [
      'Turkmenistan and Uzbekistan discuss cooperation in energy\n\nASHGABAT, 05.03.2026 /TDH/. On 4 March, Minister of Foreign Affairs of Turkmenistan Rashid Meredov met with Minister of Foreign Affairs of Uzbekistan Bakhtiyor Saidov, who arrived in Ashgabat on an official visit.\n\nThe Ministry of Foreign Affairs said that the parties "expressed satisfaction with the dynamics of political dialogue" with Uzbekistan.',
      ['Turkmenistan'],
    ],
    // "Port-Louis", as Mauritian outlets write their capital.
    [
      'Seychelles and Comoros ministers meet in Port-Louis\n\nLe Mauricien | Port-Louis, Friday 20 November 2026 | Communiqué\n\nThe Minister of Foreign Affairs of Seychelles, Sylvestre Radegonde, and the Minister of Foreign Affairs of the Comoros, Mbae Mohamed, held talks yesterday.\n\nThe Ministry reiterates that the Chagos Archipelago is part of Mauritius and calls upon the United Kingdom to complete the treaty.',
      ['Mauritius'],
    ],
  ])('%s', (text, speakers) => {
    expect(statementSpeakers(text)).toEqual(speakers);
  });
});
