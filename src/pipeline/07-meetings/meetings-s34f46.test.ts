import { describe, expect, it } from 'vitest';
import { occurredMeetings } from '../test-support';

describe('"The foreign ministers of A, B and C met …, with X hosting his B counterpart Y and C\'s minister Z joining by video": the people named for the listed sides met', () => {
  it.each([
    ['The foreign ministers of Chile, Peru and Bolivia met on Monday in a hybrid format, with Foreign Minister Ana Ruiz hosting her Peruvian counterpart Luis Quispe at the ministry in Santiago and Bolivian Foreign Minister Pedro Mamani joining the talks via video link from La Paz.', ['Ana Ruiz + Luis Quispe + Pedro Mamani']],
  ])('%s', (text, expected) => expect(occurredMeetings(text)).toEqual(expected));
});

describe('"The meeting was hosted by the Minister X, and attended by B\'s minister Y and C\'s minister Z", after "A, B and C signed … after a trilateral meeting": the host and the guests met, not their countries', () => {
  it.each([
    ["Chile, Peru and Bolivia have signed an agreement on lithium standards, after a trilateral meeting in Santiago yesterday.\n\nThe meeting was hosted by the Minister of Foreign Affairs and Trade, Ana Ruiz, and attended by Peru's Minister of Trade, Luis Quispe, and Bolivia's Minister of Labour, Pedro Mamani.", ['Ana Ruiz + Luis Quispe + Pedro Mamani']],
  ])('%s', (text, expected) => expect(occurredMeetings(text)).toEqual(expected));
});
