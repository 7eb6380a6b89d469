import { describe, expect, it } from 'vitest';
import { occurredMeetings } from '../test-support';

describe('a title opened by "newly" and a participle ("received the newly appointed X")', () => {
  it.each([
    // The participle after "newly" describes the title; it does not keep the person from being the object.
    ['Kenyan Prime Minister Joseph Kamau on Sunday received the newly appointed British High Commissioner in Nairobi, Jane Marriott, and discussed trade.', ['Jane Marriott + Joseph Kamau']],
    ['Chilean President Gabriel Boric met the newly elected Bolivian President Rodrigo Paz in Santiago on Monday.', ['Gabriel Boric + Rodrigo Paz']],
  ])('%s', (text, expected) => expect(occurredMeetings(text)).toEqual(expected));
});

describe('a body\'s acronym in brackets inside a joiner\'s title ("National Intelligence Agency (NIA) chief X")', () => {
  it.each([
    // The bracketed acronym is part of the title before the name, so the list after "attended by" opens there.
    ['Ghanaian President John Mahama met Togolese President Faure Gnassingbé in Accra on Tuesday. The meeting was also attended by National Intelligence Agency (NIA) chief Kofi Mensah and Togolese Defence Minister Komi Dossou.', ['Faure Gnassingbé + John Mahama + Kofi Mensah + Komi Dossou']],
    ['Peruvian President Dina Boluarte received Chilean Foreign Minister Alberto van Klaveren in Lima. Also present were National Intelligence Directorate (DINI) head Juan Carlos Liendo and Peru\'s foreign minister, Elmer Schialer.', ['Alberto van Klaveren + Dina Boluarte + Elmer Schialer + Juan Carlos Liendo']],
  ])('%s', (text, expected) => expect(occurredMeetings(text)).toEqual(expected));
});
