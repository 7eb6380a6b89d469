/**
 * Targets (session 34, s44): whose words or courtesies a speaker passes on, and the speaker's own side of a meeting the
 * speaker denies, are not whom the words are about.
 */
import { describe, expect, it } from 'vitest';
import { firstStatementTargets } from '../test-support';

describe('words or courtesies passed on', () => {
  it.each<[text: string, speaker: string, targets: string[]]>([
    ['Kenyan Foreign Minister John Mwangi declared that Kenya "considers Uganda a strategic partner", and he quoted President Peter Otieno, for whom "the railway is the spine of the region".', 'John Mwangi', ['Uganda']],
    ['Nepalese Foreign Minister Ram Prasad Adhikari said Nepal considered Bangladesh "a reliable partner", and conveyed the best wishes of President Hari Bahadur Thapa to the prime minister.', 'Ram Prasad Adhikari', ['Bangladesh']],
  ])('%s', (text, speaker, targets) => {
    expect(firstStatementTargets(text, speaker)).toEqual(targets);
  });
});

describe('a denied meeting', () => {
  it('the speaker\'s compatriot said to have met is no target; the other side is', () => {
    const text = 'Venezuelan Foreign Ministry Spokesman Luis Perez-Rivas dismissed as "pure fabrication" a report claiming that Venezuelan Foreign Minister Carlos Mendez-Oria had secretly met US Special Envoy John Carter-Hill in Oslo.';
    const targets = firstStatementTargets(text, 'Luis Perez-Rivas');
    expect(targets).toContain('John Carter-Hill');
    expect(targets).not.toContain('Carlos Mendez-Oria');
  });
});
