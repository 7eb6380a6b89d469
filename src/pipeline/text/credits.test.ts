import { describe, expect, it } from 'vitest';
import { closesCredit, closingCredit, datelineCredit } from './credits';

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
