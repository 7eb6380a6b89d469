import { describe, expect, it } from 'vitest';
import { occurredMeetings } from '../test-support';

describe('"The Chairman of the Supreme Council, Commander-in-Chief of the Armed Forces, General X, received Y": the bodies of titles apposed to X are no parties', () => {
  it.each([
    ['The Chairman of the Supreme State Council, Commander-in-Chief of the Armed Forces, General Tomas Verlaine, received on Monday the Foreign Minister of Peru, Paul Ostrov.', ['Paul Ostrov + Tomas Verlaine']],
    ['The Member of the Supreme State Council, Lt. Gen. Tomas Verlaine, met on Monday with the Foreign Minister of Peru, Paul Ostrov.', ['Paul Ostrov + Tomas Verlaine']],
  ])('%s', (text, expected) => expect(occurredMeetings(text)).toEqual(expected));
});

describe('"Chief of Defence Forces General X met Y", "Minister of Finance and Public Enterprises X": "Forces" and "Enterprises" are no names', () => {
  it.each([
    ['Chief of Defence Forces and Chief of Army Staff General Karl Brenner met Peruvian Foreign Minister Paul Ostrov on Thursday.', ['Karl Brenner + Paul Ostrov']],
    ['Deputy Minister of Finance and Public Enterprises Ana Ruiz met Peruvian Foreign Minister Paul Ostrov on Monday.', ['Ana Ruiz + Paul Ostrov']],
  ])('%s', (text, expected) => expect(occurredMeetings(text)).toEqual(expected));
});

describe('"received at the Royal Miraflores Palace the Head of Government of Peru, X": the hall\'s name ends before "the"; a head of government is a prime minister', () => {
  it.each([
    ['President Tomas Verlaine received on Thursday at the Royal Miraflores Palace the Head of Government of the Republic of Peru, Mrs Ana Ruiz, who is on an official visit.', ['Ana Ruiz + Tomas Verlaine']],
    // "his Peruvian counterpart" of a prime minister is the Peruvian head of government, not the president whose greetings she brought.
    ['President Tomas Verlaine received on Thursday at the Royal Miraflores Palace the Head of Government of the Republic of Peru, Mrs Ana Ruiz.\n\nMrs Ruiz conveyed to the President the greetings of President Luis Ortega Salas.\n\nThe following day, Prime Minister Karl Brenner and his Peruvian counterpart co-chaired in Caracas the session of the Joint Commission.', ['Ana Ruiz + Tomas Verlaine', 'Ana Ruiz + Karl Brenner']],
  ])('%s', (text, expected) => expect(occurredMeetings(text)).toEqual(expected));
});

describe('"The President of the Republic, Head of Government, H.E. X": each title of the chain is X\'s, so "the Head of State" finds X', () => {
  it.each([
    ['The President of the Republic, Head of Government, H.E. Tomas Verlaine, received yesterday the Minister of Foreign Affairs of Peru, Dr Paul Ostrov.\n\nAlso on Saturday, the Head of State had a telephone exchange with the President of the Republic of Chile, Marta Quiroga Lenz.', ['Marta Quiroga Lenz + Tomas Verlaine', 'Paul Ostrov + Tomas Verlaine']],
    // Both heads of state were named last in one sentence: the one styled with no country is the outlet's own.
    ['The President of the Republic, Head of Government, H.E. Tomas Verlaine, received yesterday the Minister of Foreign Affairs of Peru, Dr Paul Ostrov.\n\nAlso on Saturday, the Head of State had a telephone exchange with the President of the Republic of Chile, Marta Quiroga Lenz.\n\nIt should be recalled that the Head of State and Peruvian Prime Minister Ana Ruiz had met in Lima in February 2024.', ['Ana Ruiz + Tomas Verlaine', 'Marta Quiroga Lenz + Tomas Verlaine', 'Paul Ostrov + Tomas Verlaine']],
  ])('%s', (text, expected) => expect(occurredMeetings(text)).toEqual(expected));
});

describe('"She requested the Chilean minister to convey …, and recalled her meeting with Y": a request\'s object is no subject of the meeting told after it', () => {
  it.each([
    ['Prime Minister Ana Ruiz received Chilean Foreign Minister Marta Quiroga Lenz on Thursday. She requested the Chilean foreign minister to convey her warm greetings to President Tomas Verlaine, and recalled with fondness her meeting with President Verlaine in Santiago in July 2025.', ['Ana Ruiz + Marta Quiroga Lenz', 'Ana Ruiz + Tomas Verlaine']],
  ])('%s', (text, expected) => expect(occurredMeetings(text)).toEqual(expected));
});

describe('"received this Wednesday, in Lima, X"; "The audience … was witnessed by A, and by the Minister B": all were at the audience', () => {
  it.each([
    ['Lima - The President of the Republic, Tomas Verlaine, received this Wednesday, in Lima, the Minister of State for Foreign Affairs of Chile, Marta Quiroga Lenz.', ['Marta Quiroga Lenz + Tomas Verlaine']],
    ['Lima - The President of the Republic, Tomas Verlaine, received this Wednesday, in Lima, the Minister of State for Foreign Affairs of Chile, Marta Quiroga Lenz, bearer of a written message from the Chilean Head of State, Luis Ortega Salas.\n\nThe audience, which took place at the Palacio de Gobierno, was witnessed by the Minister of External Relations, Ana Ruiz, and by the Minister of State and Chief of the Civil House, Karl Brenner.', ['Ana Ruiz + Karl Brenner + Marta Quiroga Lenz + Tomas Verlaine']],
    // "the Minister of State and Chief of Staff …, B" after "A, and by": a chain of titles of B joined by "and", not A again; a title's own place ("at the Presidency", "in the Ministry of") stays in it.
    ['Accra - President Tomas Verlaine received on Tuesday at Jubilee House the Ambassador of Togo, Paul Ostrov.\n\nThe audience was attended by the Minister for Foreign Affairs, Ana Ruiz, and by the Minister of State and Chief of Staff at the Presidency, Karl Brenner.', ['Ana Ruiz + Karl Brenner + Paul Ostrov + Tomas Verlaine']],
    ['Nairobi - President Tomas Verlaine on Monday received the High Commissioner of Uganda, Paul Ostrov, at State House.\n\nThe meeting was also attended by the Minister of Defence, Ana Ruiz, and by the Minister of State and Principal Secretary in the Ministry of Interior, Karl Brenner.', ['Ana Ruiz + Karl Brenner + Paul Ostrov + Tomas Verlaine']],
  ])('%s', (text, expected) => expect(occurredMeetings(text)).toEqual(expected));
});

describe('"X was also present during the meeting", a paragraph on: X joins the meeting it names', () => {
  it.each([
    ['Peruvian Foreign Minister Paul Ostrov called on Prime Minister Tomas Verlaine on Thursday.\n\nDeputy Prime Minister and Foreign Minister Senator Karl Brenner was also present during the meeting.', ['Karl Brenner + Paul Ostrov + Tomas Verlaine']],
  ])('%s', (text, expected) => expect(occurredMeetings(text)).toEqual(expected));
});

describe('"The Council was attended by the following:" and a numbered list: the person each item opens with met the others', () => {
  it.each([
    ['1. Jamaica hosted a special meeting of the CARICOM Council for Trade at the Knutsford Court, Kingston, on Monday.\n\n2. The meeting was attended by the following:\n\n   (i) Hon. Aubyn Hill-Marsh, Minister of Industry and Commerce, Jamaica (Chair);\n   (ii) Hon. Kerrie Symmonds-Blake, Minister of Foreign Trade, Barbados;\n   (iii) Ms Carla Barnett-Hyde, Secretary-General of CARICOM.\n\n   Apologies were received from Hon. Vasant Bharrat-Singh, Minister of Tourism, Guyana, who was represented by his deputy.', ['Aubyn Hill-Marsh + Carla Barnett-Hyde + Kerrie Symmonds-Blake']],
  ])('%s', (text, expected) => expect(occurredMeetings(text)).toEqual(expected));
});

describe('"The Sri Lankan delegation included, in particular, X": an aside after the verb', () => {
  it.each([
    ['Foreign Minister Aminath Shareef and her Sri Lankan counterpart, Nimal Gunasekera, signed on Monday in Malé two agreements on fisheries.\n\nThe Sri Lankan delegation included, in particular, the Deputy Minister of Trade, Mr Kumari Jayawardena, and the Minister of Ports, Mrs Anula Perera.', ['Aminath Shareef + Anula Perera + Kumari Jayawardena + Nimal Gunasekera']],
  ])('%s', (text, expected) => expect(occurredMeetings(text)).toEqual(expected));
});

describe('"in the presence of the Prime Minister, Mr A, the Minister of State, Minister of X, the Y and Z, Mr B, and …": each titled name of the list', () => {
  it.each([
    ['President Tomas Verlaine received on Thursday the Head of Government of the Republic of Peru, Mrs Ana Ruiz.\n\nThe audience took place in the presence of the Prime Minister, Mr Karl Brenner, the Minister of State, Minister of Foreign Affairs, the National Community Abroad and African Affairs, Mr Paul Ostrov, and the Director of Cabinet at the Presidency of the Republic, Mr Luis Ortega Salas.', ['Ana Ruiz + Karl Brenner + Luis Ortega Salas + Paul Ostrov + Tomas Verlaine']],
  ])('%s', (text, expected) => expect(occurredMeetings(text)).toEqual(expected));
});
