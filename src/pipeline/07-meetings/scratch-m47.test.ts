import { it } from 'vitest';
import { occurredMeetings } from '../test-support';
const rows = [
  'NAIROBI, November 13, 2026 (KNA) – President Peter Otieno received, today, Friday, at the State House in the city of Nairobi, Deputy Prime Minister and Minister of Foreign Affairs of the Republic of Uganda, John Mukasa, who conveyed to him the greetings of the Ugandan President.',
  'President Peter Otieno received, today, Friday, at the State House in the city of Nairobi, Deputy Prime Minister and Minister of Foreign Affairs of the Republic of Uganda, John Mukasa, who conveyed to him the greetings of the Ugandan President.\n\nThe meeting was attended by Vice President of Kenya and Deputy Chairman of the Party Executive Committee, Mary Wanjiru, Minister of Foreign Affairs Paul Kamau, Head of the General Intelligence Service James Mwangi, and the Ambassador of the Republic of Uganda to Kenya, Sarah Namata.',
];
it('scratch', () => { for (const r of rows) console.log("OUT", JSON.stringify(occurredMeetings(r))); });
