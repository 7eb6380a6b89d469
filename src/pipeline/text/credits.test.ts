import { describe, expect, it } from 'vitest';
import { closesCredit, closingCredit, datelineCredit, signOffCredit, staffBylineCredit } from './credits';

describe('datelineCredit', () => {
  it.each([
    ['LIMA (Andina) - The cabinet met on Tuesday.', 'Andina'],
    ['Montevideo, June 3, EFE -- The ministers agreed.', 'EFE'],
    ['Hanoi, 4 March 2026 — The talks resumed.', undefined],
    ['The ministers of Chile and Peru met in Lima on Tuesday.', undefined],
  ])('%s', (line, expected) => expect(datelineCredit(line)).toBe(expected));
});

describe('closingCredit', () => {
  it.each([
    ['(VNA)', 'VNA'],
    ['— Kazinform.', 'Kazinform'],
    ['The talks will resume in Astana next month.', undefined],
  ])('%s', (line, expected) => expect(closingCredit(line)).toBe(expected));
});

describe('closesCredit', () => {
  it.each([
    [') - Th', true],
    [' -- T', true],
    ['): Th', true],
    [' said', false],
    [', the', false],
  ])('%s', (after, expected) => expect(closesCredit(after)).toBe(expected));
});

describe('staffBylineCredit', () => {
  it.each([
    ['Port row deepens\n\nBy Graphic Reporter\n\n', 'Graphic'],
    ['Port row deepens\n\nBy Vanguard Correspondent\n', 'Vanguard'],
    // A person's byline, or the words "by" opens in a sentence, credit no outlet.
    ['Port row deepens\n\nBy Ama Owusu\n\n', undefined],
    ['By then the reporter had left Lagos.', undefined],
  ])('%s', (opening, expected) => expect(staffBylineCredit(opening)).toBe(expected));
});

describe('signOffCredit', () => {
  it.each([
    ['The talks resume in June.\n\nPublished in Dawn, June 3rd, 2026.', 'Dawn'],
    ['The talks resume in June.\n\nPublished in The Hindu, June 3, 2026.', 'Hindu'],
    ['The report was published in June by the ministry.', undefined],
  ])('%s', (text, expected) => expect(signOffCredit(text)).toBe(expected));
});
