import { describe, expect, it } from 'vitest';
import { occurredMeetings } from '../test-support';

describe('"met the Administrator of the Nicaragua Canal, X": the country inside a body\'s name is no party, the person apposed after it is', () => {
  it.each([
    ['Foreign Minister Rafael Acuña Prado also met the Administrator of the Nicaragua Canal, Tomás Reyes Aguilar, on Thursday afternoon.', ['Rafael Acuña Prado + Tomás Reyes Aguilar']],
    ['Foreign Minister Rafael Acuña Prado also met the Director of the Nicaragua Canal, Tomás Reyes Aguilar, on Thursday afternoon.', ['Rafael Acuña Prado + Tomás Reyes Aguilar']],
  ])('%s', (text, expected) => expect(occurredMeetings(text)).toEqual(expected));
});

describe('"received at the Palacio de la Moneda Korea\'s Vice Minister, X": a hall\'s name with its connectors between the verb and its object', () => {
  it.each([
    ["On Monday, President Gabriel Ortúzar Vidal received at the Palacio de las Cortes Korea's Vice Minister of Foreign Affairs, Kim Jun-seo, who is leading a trade mission.", ['Gabriel Ortúzar Vidal + Kim Jun-seo']],
  ])('%s', (text, expected) => expect(occurredMeetings(text)).toEqual(expected));
});

describe('"X chaired in Y the meeting of the commission on Z, with A and the two directors-general of B, C (Uruguay) and D (Argentina)": everyone listed met', () => {
  it.each([
    ['Earlier, on Monday, Foreign Minister Ramón Cardozo Ferreira chaired in Salto the meeting of the Uruguay-Argentina river commission on the dredging of the channel, with Argentine Foreign Minister Lucía Ferreyra Vidal and the two directors-general of the Salto Grande Authority, Pablo Quiroga Lenz (Uruguay) and Marta Ibáñez Sosa (Argentina).', ['Lucía Ferreyra Vidal + Marta Ibáñez Sosa + Pablo Quiroga Lenz + Ramón Cardozo Ferreira']],
  ])('%s', (text, expected) => expect(occurredMeetings(text)).toEqual(expected));
});

describe('"Also present were A, Vice-President of the Assembly, and the ambassador of Laos in Hanoi, B": the list goes on past a title apposed to a name; "Vice-Chairman" is a role', () => {
  it.each([
    ["President Tô Văn Hùng received on Friday at the Presidential Palace the Vice-Chairman of the National Assembly of Laos, Khampheng Sisavath, who is on an official visit.\n\nAlso present were Nguyễn Thị Lan, Vice-President of the Committee for External Relations, and the ambassador of the Lao People's Democratic Republic in Hanoi, Bounmy Phommachanh.", ['Bounmy Phommachanh + Khampheng Sisavath + Nguyễn Thị Lan + Tô Văn Hùng']],
    ["President Tô Văn Hùng received on Friday at the Presidential Palace the Minister of Foreign Affairs of Laos, Khampheng Sisavath, who is on an official visit.\n\nAlso present were Nguyễn Thị Lan, Vice-President of the Committee for External Relations, and the ambassador of the Lao People's Democratic Republic in Hanoi, Bounmy Phommachanh.", ['Bounmy Phommachanh + Khampheng Sisavath + Nguyễn Thị Lan + Tô Văn Hùng']],
  ])('%s', (text, expected) => expect(occurredMeetings(text)).toEqual(expected));
});

describe('"received X, in a meeting that also included Y": Y was at it', () => {
  it.each([
    ['President Mauricio Peralta Vega received yesterday at the Government Palace the German Minister of State for Europe, Anna Kessler-Braun, in a meeting that also included Foreign Minister Tomás Ibarra Solís.', ['Anna Kessler-Braun + Mauricio Peralta Vega + Tomás Ibarra Solís']],
  ])('%s', (text, expected) => expect(occurredMeetings(text)).toEqual(expected));
});

describe('"was received by Y, to whom he delivered a letter from Z": the letter is past the relative clause, the visit stays a meeting', () => {
  it.each([
    ['Later, Foreign Minister Arturo Benavente Ríos was received by Vice President Inés Carrasco Mora, to whom he delivered a letter from President Julio Salgado Peña.', ['Arturo Benavente Ríos + Inés Carrasco Mora']],
  ])('%s', (text, expected) => expect(occurredMeetings(text)).toEqual(expected));
});

describe('"The Sri Lankan delegation included X": a nationality of two words names the side whose member came along', () => {
  it.each([
    ['Foreign Minister Aminath Shareef and her Sri Lankan counterpart, Nimal Gunasekera, signed on Monday in Malé two agreements on fisheries.\n\nThe Sri Lankan delegation included the Deputy Minister of Trade, Kumari Jayawardena.', ['Aminath Shareef + Kumari Jayawardena + Nimal Gunasekera']],
  ])('%s', (text, expected) => expect(occurredMeetings(text)).toEqual(expected));
});

describe('"X took part in the audience": X joins the audience just told', () => {
  it.each([
    ["The Head of State, General Mamadou Keïta, received on Tuesday at the Palace the Special Envoy of the Japanese Government for Africa, Kenji Watanabe. The Minister of Foreign Affairs, Fatoumata Diallo-Sangaré, took part in the audience.", ['Fatoumata Diallo-Sangaré + Kenji Watanabe + Mamadou Keïta']],
  ])('%s', (text, expected) => expect(occurredMeetings(text)).toEqual(expected));
});
