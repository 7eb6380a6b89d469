import { describe, expect, it } from 'vitest';
import { extractArticle } from '../test-support';

const persons = (text: string) => extractArticle(text, '2024-02-18').actors.filter((a) => a.kind === 'person').map((a) => a.name);

/** Each meeting's two actor names, sorted, in the order the meetings are reported. */
function meetings(text: string): string[] {
  const dataset = extractArticle(text, '2024-02-18');
  const name = (id: string) => dataset.actors.find((a) => a.id === id)?.name;
  return dataset.events.flatMap((e) => (e.type === 'meeting' ? [e.participants.map(name).sort().join(' + ')] : []));
}

describe('a spelling note names the person whose name it respells', () => {
  it.each([
    // The person named last is someone else: the respelled surname, not the order, picks the person.
    [
      'Turkish Foreign Minister Hakan Fidan held talks with Kyrgyz Foreign Minister Jeenbek Kulubayev in Ankara on Monday. Fidan praised the ties. Kulubaev, as his surname is also transliterated, said on Tuesday that Bishkek would stay neutral. Later, Kulubayev met Azerbaijani Foreign Minister Jeyhun Bayramov in Baku.',
      'Jeenbek Kulubayev + Jeyhun Bayramov',
    ],
  ])('%s', (text, meeting) => {
    expect(meetings(text)).toContain(meeting);
    expect(persons(text)).toHaveLength(3);
  });

  it('a note that respells nobody and names no country makes nobody else its person', () => {
    const text = 'Turkish Foreign Minister Hakan Fidan visited Oslo on Monday. Ozturk, as his surname is also transliterated, said on Tuesday that the talks were useful.';
    expect(persons(text)).not.toContain('Hakan Fidan');
  });
});

describe('Icelandic letters fold to their plain spellings in name keys', () => {
  it.each([
    ['Norwegian Foreign Minister Espen Barth Eide met Icelandic Foreign Minister Þórdís Kolbrún Reykfjörð Gylfadóttir in Oslo on Monday. Thordis Kolbrun Reykfjord Gylfadottir said the talks were useful.'],
  ])('%s', (text) => {
    const names = persons(text);
    expect(new Set(names).size).toBe(names.length);
    expect(names.filter((n) => /^(?:Þórdís|Thordis)/.test(n))).toHaveLength(1);
  });
});

describe('a foreign ministry named by its seat speaks for its country', () => {
  const actorsOf = (text: string) => extractArticle(text, '2024-02-18').actors.map((a) => `${a.name} (${a.kind})`);
  it.each([
    ['Itamaraty said on Monday that Brazil would not recognise the vote in Venezuela.', 'Brazil (country)'],
    ['The Farnesina said on Monday that Italy had recalled its ambassador to Minsk.', 'Italy (country)'],
  ])('%s → %s', (text, actor) => {
    expect(actorsOf(text)).toContain(actor);
    expect(actorsOf(text).some((a) => /Itamaraty|Farnesina/.test(a))).toBe(false);
  });
});
