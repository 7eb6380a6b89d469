import { describe, expect, it } from 'vitest';
import { extractArticle, statementSpeakers } from '../test-support';

/** Each meeting participant of `text` as "name (country)", sorted. */
function participants(text: string): string[] {
  const dataset = extractArticle(text, '2025-05-12');
  const ids = new Set(dataset.events.flatMap((e) => (e.type === 'meeting' ? e.participants : [])));
  return dataset.actors.filter((a) => ids.has(a.id)).map((a) => `${a.name} (${a.country ?? '-'})`).sort();
}

describe('titles that name an envoy, a chief executive, a known body', () => {
  it.each([
    // An envoy's posting ("to Peru") stands between the title and the name; the envoy is of the country before the title.
    ['Peruvian Foreign Minister Elmer Schialer met Chilean Ambassador to Peru Ana Soto-Bravo in Lima on Monday.', ['Ana Soto-Bravo (CHL)', 'Elmer Schialer (PER)']],
    ['Ghanaian President John Mahama received Nigerian High Commissioner to Ghana Musa Okonkwo in Accra on Monday.', ['John Mahama (GHA)', 'Musa Okonkwo (NGA)']],
    // A ministry's chief executive, titled as Pacific governments do.
    ["Fijian Prime Minister Sitiveni Rabuka met Samoa's acting CEO for foreign affairs, Agafili Tuala Leo, in Suva on Monday.", ['Agafili Tuala Leo (WSM)', 'Sitiveni Rabuka (FJI)']],
    // "Ceo" written as a name is no chief executive.
    ['Malawian President Lazarus Chakwera met business chamber chairperson Mr Ceo Banda in Lilongwe on Monday.', ['Ceo Banda (-)', 'Lazarus Chakwera (MWI)']],
  ])('%s', (text, expected) => {
    expect(participants(text)).toEqual(expected);
  });

  it('reads the Kurdistan Regional Government by its acronym', () => {
    expect(statementSpeakers('The KRG said on Monday that it welcomed the agreement on oil exports.')).toEqual(['Kurdistan Regional Government']);
  });
});
