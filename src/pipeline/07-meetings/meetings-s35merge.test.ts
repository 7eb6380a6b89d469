import { describe, expect, it } from 'vitest';
import { occurredMeetings } from '../test-support';

describe('"X was represented by its State Secretary, and Y by Z" with Z of no known country: Z stands for Y, so X is not taken for his side; a joint statement\'s "We, the Foreign Ministers of …" then finds that meeting', () => {
  it.each([
    ['Peruvian Foreign Minister Ana Ruiz hosted her colleagues Diego Ferrer of Colombia and Marco Rojas of Bolivia in Lima on Monday. Ecuador was represented by its Deputy Minister, and Chile by Undersecretary Paula Soto. Mr Ferrer, Mr Rojas and Ms Soto arrived on Sunday.', ['Ana Ruiz + Diego Ferrer + Ecuador + Marco Rojas + Paula Soto']],
    ['Peruvian Foreign Minister Ana Ruiz hosted her colleagues Diego Ferrer of Colombia and Marco Rojas of Bolivia in Lima on Monday. Ecuador was represented by its Deputy Minister, and Chile by Undersecretary Paula Soto. Mr Ferrer, Mr Rojas and Ms Soto arrived on Sunday.\n\nWe, the Foreign Ministers of Bolivia, Chile, Colombia, Ecuador and Peru, met today in Lima and adopted the following statement.', ['Ana Ruiz + Diego Ferrer + Ecuador + Marco Rojas + Paula Soto', 'Ana Ruiz + Diego Ferrer + Ecuador + Marco Rojas']],
  ])('%s', (text, expected) => expect(occurredMeetings(text)).toEqual(expected));
});
