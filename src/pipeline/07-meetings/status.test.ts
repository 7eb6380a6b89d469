import { describe, expect, it } from 'vitest';
import { statusOf } from '.';

describe('meeting status from modality', () => {
  it.each([
    ['Ruto met Abiy in Nairobi on Monday.', 'met', 'occurred'],
    ['Ruto will meet Abiy in Nairobi.', 'meet', 'planned'],
    ['Ruto is expected to travel to Addis Ababa for talks with Abiy.', 'talks with', 'planned'],
    ['Milei plans to hold talks with Boric next week.', 'hold talks', 'planned'],
    ['Ruto could meet Abiy if the border reopens.', 'meet', 'hypothetical'],
    ['The presidency denied that Ruto met Abiy.', 'met', 'denied'],
    ['Talks with the rebels were called off on Friday.', 'Talks with', 'cancelled'],
    ['Talks between Ruto and Abiy were shelved after the border clash.', 'Talks between', 'cancelled'],
    ["Ruto's meeting with Abiy has been put on hold.", 'meeting with', 'cancelled'],
    ['A meeting between Ruto and Abiy was deferred to next year.', 'meeting between', 'cancelled'],
    ['A meeting between Ruto and Abiy has yet to be scheduled.', 'meeting between', 'planned'],
    ['A meeting between Ruto and Abiy has not yet been scheduled.', 'meeting between', 'planned'],
    ['The date of a meeting between Ruto and Abiy is yet to be fixed.', 'meeting between', 'planned'],
    ['Albanese hosted Luxon in Canberra.', 'hosted', 'occurred'],
    ['On Monday, Rabuka spoke with Luxon by phone about next year\'s Pacific Islands Forum summit.', 'spoke with', 'occurred'],
    ['Reports say Ruto met Abiy, but the meeting could not be independently verified.', 'met', 'hypothetical'],
    // A report neither side confirmed is hearsay; one they confirmed happened.
    ['Local media reported that Noboa had met Boluarte in Tumbes, but neither government confirmed it.', 'met', 'hypothetical'],
    ['Local media reported that Noboa had met Boluarte in Tumbes, which both governments later confirmed.', 'met', 'occurred'],
    // Declining to speak of a meeting cancels nothing; declining to meet does.
    ['Lula spoke to Petro on Friday, a spokesperson confirmed, but declined to give details.', 'spoke to', 'occurred'],
    ['Ruto met Hassan Sheikh on Monday, officials said, but refused to comment on the agenda.', 'met', 'occurred'],
    ['Ruto declined to meet Hassan Sheikh on Monday.', 'meet', 'cancelled'],
    // A past meeting told in a "when" clause is not what "would" before it looks ahead to; a meeting to come in one is.
    ['Japan said it would fund a new port in Mombasa, a project first raised when Ruto met Kishida in Tokyo in 2023.', 'met', 'occurred'],
    ['Ruto said he would raise the port when he meets Kishida in Tokyo.', 'meets', 'planned'],
    // A held meeting's purpose looks ahead from it; a meeting still to come keeps its own time.
    ["Vieira held talks with van Klaveren in Santiago on Wednesday to prepare for Boric's visit to Brasilia next month, during which the two sides are expected to sign a trade pact.", 'held talks', 'occurred'],
    ['Vieira met van Klaveren in Santiago on Wednesday, during which they set the date of the summit for next month.', 'met', 'occurred'],
    ["Vieira meets van Klaveren in Santiago next month to prepare for Boric's visit to Brasilia.", 'meets', 'planned'],
    ["Vieira held bilateral talks with van Klaveren in Santiago on Wednesday to prepare for Boric's visit to Brasilia next month.", 'talks', 'occurred'],
    ["Vieira will hold talks with van Klaveren in Santiago next month to prepare for Boric's visit.", 'talks', 'planned'],
    ['Vieira held talks with van Klaveren in Santiago next month.', 'held talks', 'planned'],
    // A trailing clause of circumstance looks ahead from a meeting that took place; "as well as" adds no clause.
    ['Noboa met Petro in Quito on Friday, as both countries brace for a tough review of the border pact next year.', 'met', 'occurred'],
    ['Noboa held talks with Petro in Quito on Friday, while their ministers prepare a summit next month.', 'held talks', 'occurred'],
    ['Noboa will meet Petro in Quito, as well as Boric next year.', 'meet', 'planned'],
    ['Noboa met Petro in Quito, as well as Boric next year.', 'met', 'planned'],
    // A meeting asked for or offered is not one held.
    ['Ecuador has not yet received a formal request for talks with Petro.', 'talks with', 'hypothetical'],
    ['Noboa turned down an offer of direct talks with Petro.', 'talks with', 'hypothetical'],
    ['Noboa held direct talks with Petro.', 'talks with', 'occurred'],
  ])('%s → %s', (sentence, trigger, status) => expect(statusOf(sentence, sentence.indexOf(trigger))).toBe(status));
});
