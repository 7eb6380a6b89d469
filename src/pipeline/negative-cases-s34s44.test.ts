/**
 * Things that must NOT become statements or targets (session 34, s44). Hand-written, about other countries than the probes'.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle, findActor, firstStatementTargets, statementSpeakers } from './test-support';

describe('a foreign head of state whose message is carried says nothing', () => {
  it('"the Head of State" after "the Kenyan Head of State, X" in a Gabonese release is the President of the Republic', () => {
    const text = 'The President of the Republic, Ana Ferreira, received the Foreign Minister of Kenya, John Mwangi, bearer of a written message from the Kenyan Head of State, Peter Otieno.\n\nMwangi said he had quoted the words of President Otieno.\n\nAccording to a note, the Head of State reaffirmed that "peace will not be built with foreign troops".';
    expect(statementSpeakers(text)).not.toContain('Peter Otieno');
  });
});

describe('an abbreviated title is no actor of its own', () => {
  it('"The COAS said"', () => {
    const text = 'Chief of Army Staff General Tariq Mehmood-Khan met the visiting Nepalese foreign minister on Thursday. The COAS said Bangladesh "will continue to play its role".';
    expect(findActor(extractArticle(text), 'COAS')).toBeUndefined();
  });
});

describe('whose words are passed on is no target', () => {
  it.each<[text: string, speaker: string, notTarget: string]>([
    ['Kenyan Foreign Minister John Mwangi declared that Kenya "considers Uganda a partner", and he quoted President Peter Otieno, for whom "the railway is the spine of the region".', 'John Mwangi', 'Peter Otieno'],
    ['Nepalese Foreign Minister Ram Prasad Adhikari said Nepal considered Bangladesh "a reliable partner", and conveyed the best wishes of President Hari Bahadur Thapa to the prime minister.', 'Ram Prasad Adhikari', 'Hari Bahadur Thapa'],
  ])('%s', (text, speaker, notTarget) => {
    expect(firstStatementTargets(text, speaker)).not.toContain(notTarget);
  });
});
