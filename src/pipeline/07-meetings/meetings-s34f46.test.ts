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

describe('"at a bilateral meeting between X and visiting Thai Foreign Minister Y"; "Z and Thai Ambassador to Kenya W were present during the meeting"', () => {
  it.each([
    ['The deal was reached at a bilateral meeting between Foreign Minister Tomas Okoro and visiting Thai Foreign Minister Peter Mwangi at State House in the city yesterday.', ['Peter Mwangi + Tomas Okoro']],
    ['The deal was reached at a bilateral meeting between Foreign Minister Tomas Okoro and visiting Thai Foreign Minister Peter Mwangi at State House in the city yesterday.\n\nForeign Secretary Ali Hassan and Thai Ambassador to Kenya Anan Sornkaew were present during the meeting.', ['Ali Hassan + Anan Sornkaew + Peter Mwangi + Tomas Okoro']],
  ])('%s', (text, expected) => expect(occurredMeetings(text)).toEqual(expected));
});

describe('"were present at the delegation-level talks"; "spoke over phone with"', () => {
  it.each([
    ["External Affairs Minister Tomas Okoro held talks with his Nepalese counterpart Ram Thapa on Monday. The talks at the palace also covered the railway line, officials said. Foreign Secretary Ali Hassan and Nepal's Foreign Secretary Hari Rai were present at the delegation-level talks.", ['Ali Hassan + Hari Rai + Ram Thapa + Tomas Okoro']],
    ['Separately, Foreign Minister Tomas Okoro on Sunday spoke over phone with Sri Lankan Foreign Minister Nimal Perera and discussed the fishermen issue, the ministry said.', ['Nimal Perera + Tomas Okoro']],
  ])('%s', (text, expected) => expect(occurredMeetings(text)).toEqual(expected));
});
