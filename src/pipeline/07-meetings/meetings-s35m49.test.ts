import { describe, expect, it } from 'vitest';
import { occurredMeetings } from '../test-support';

describe('"hosted her colleagues A of X, B of Y and C of Z": colleagues, like counterparts, are the plural role before the list of guests', () => {
  it.each([
    ['Foreign Minister Ana Ruiz hosted her colleagues Diego Ferrer of Colombia, Lucía Paz of Ecuador and Marco Rojas of Bolivia in Lima on Monday. Mr Ferrer, Ms Paz and Mr Rojas arrived on Sunday.', ['Ana Ruiz + Diego Ferrer + Lucía Paz + Marco Rojas']],
  ])('%s', (text, expected) => expect(occurredMeetings(text)).toEqual(expected));
});

describe('"X was represented by its State Secretary, and Y by State Secretary Z": the official named after the gapped country took part too', () => {
  it.each([
    ['Foreign Minister Ana Ruiz hosted her colleagues Diego Ferrer of Colombia and Marco Rojas of Bolivia in Lima on Monday. Ecuador was represented by its Deputy Minister, and Chile by Undersecretary Paula Soto. Mr Ferrer, Mr Rojas and Ms Soto arrived on Sunday.', ['Ana Ruiz + Diego Ferrer + Ecuador + Marco Rojas + Paula Soto']],
  ])('%s', (text, expected) => expect(occurredMeetings(text)).toEqual(expected));
});

describe('"We, the Foreign Ministers of A, B, C and D, met today" after the article named them: the sides are the people of the meeting told before', () => {
  it.each([
    ['The foreign ministers of the Andean countries met today in Lima. Foreign Minister Ana Ruiz hosted her colleagues Diego Ferrer of Colombia, Lucía Paz of Ecuador and Marco Rojas of Bolivia. Mr Ferrer, Ms Paz and Mr Rojas arrived on Sunday.\n\nJOINT STATEMENT\n\n1. We, the Foreign Ministers of Bolivia, Colombia, Ecuador and Peru, met today in Lima to reaffirm our commitment to the region.', ['Ana Ruiz + Diego Ferrer + Lucía Paz + Marco Rojas']],
    ['Danish Foreign Minister Jonas Petersen hosted his colleagues Mari Tamm of Estonia and Ilze Kalnina of Latvia in Copenhagen today. Lithuania was represented by its State Secretary. Ms Tamm and Ms Kalnina arrived on Sunday.\n\nWe, the Foreign Ministers of Denmark, Estonia, Latvia and Lithuania, met today in Copenhagen and adopted the following statement.', ['Ilze Kalnina + Jonas Petersen + Lithuania + Mari Tamm']],
  ])('%s', (text, expected) => expect(occurredMeetings(text)).toEqual(expected));
});

describe('"We, the Foreign Ministers of A, B and C, met today" with no meeting of theirs told before: the countries stand for their unnamed officials', () => {
  it.each([
    ['Foreign Minister Ana Ruiz will host her colleagues Diego Ferrer of Colombia, Lucía Paz of Ecuador and Marco Rojas of Bolivia in Lima next week. Mr Ferrer, Ms Paz and Mr Rojas arrived on Sunday.\n\n1. We, the Foreign Ministers of Bolivia, Colombia, Ecuador and Peru, met today in Lima to reaffirm our commitment to the region.', ['Bolivia + Colombia + Ecuador + Peru']],
  ])('%s', (text, expected) => expect(occurredMeetings(text)).toEqual(expected));
});

describe('"X, Minister of Foreign Affairs of the Republic of Y, who is visiting Z, paid a courtesy call on W": the country ends the title, its holder is the antecedent', () => {
  it.each([
    ['Mr. Diego Ferrer, Minister of Foreign Affairs of the Kingdom of Spain, who is visiting Peru, paid a courtesy call on Ms. Ana Ruiz, Prime Minister of Peru.', ['Ana Ruiz + Diego Ferrer']],
  ])('%s', (text, expected) => expect(occurredMeetings(text)).toEqual(expected));
});

describe('"received a delegation led by X, Chair of the Delegation for relations with Y": the body in the tail of X\'s title is no guest', () => {
  it.each([
    ['The following day, President Tomas Okoro received at his office a delegation of the European Parliament led by Ms Anna Berg, Chair of the Delegation for relations with the African Union.', ['Anna Berg + Tomas Okoro']],
  ])('%s', (text, expected) => expect(occurredMeetings(text)).toEqual(expected));
});

describe('"hosted the heads of diplomacy of A and B, X and Y": the countries listed, then their holders in turn, are the guests', () => {
  it.each([
    ['Spanish Foreign Minister Diego Ferrer hosted on Tuesday in Madrid the heads of diplomacy of Portugal and Italy, Rui Sousa and Marco Bellini, for the meeting of the southern group. Mr Sousa and Mr Bellini arrived on Monday.', ['Diego Ferrer + Marco Bellini + Rui Sousa']],
  ])('%s', (text, expected) => expect(occurredMeetings(text)).toEqual(expected));
});

describe('"In the talks took part also X" (a translated word order): X was at the meeting told just before', () => {
  it.each([
    ['Foreign Minister Diego Ferrer hosted his Portuguese counterpart Rui Sousa in Madrid on Tuesday. In the talks took part also Deputy Foreign Minister Ana Ruiz.', ['Ana Ruiz + Diego Ferrer + Rui Sousa']],
  ])('%s', (text, expected) => expect(occurredMeetings(text)).toEqual(expected));
});

describe('"a senior officials\' meeting co-chaired by A and B", "The session was co-chaired by A and B", a long title before a co-chair: the co-chairs met', () => {
  it.each([
    ["It was preceded on Tuesday by a senior officials' meeting co-chaired by Amb. Peter Otieno and the Permanent Secretary of Tanzania's Ministry of Foreign Affairs, Amb. Joseph Mrema.", ['Joseph Mrema + Peter Otieno']],
    ["The ministerial session was co-chaired by Cabinet Secretary Musa Wekesa and Tanzania's Minister of Foreign Affairs Dr. Joseph Mrema.", ['Joseph Mrema + Musa Wekesa']],
    ["The ministerial session, which was held on Wednesday at a Mombasa hotel, was co-chaired by the Prime Cabinet Secretary (PCS) and Cabinet Secretary for Foreign and Diaspora Affairs Hon. Musa Wekesa and Tanzania's Minister of Foreign Affairs Dr. Joseph Mrema.", ['Joseph Mrema + Musa Wekesa']],
  ])('%s', (text, expected) => expect(occurredMeetings(text)).toEqual(expected));
});
