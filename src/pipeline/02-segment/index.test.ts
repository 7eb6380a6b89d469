import { describe, expect, it } from 'vitest';
import { classifyBlocks, splitArticles, turnLabelAt } from '.';

const SCRAPE = `Kenya Hosts Ethiopia

Kenyan President William Ruto meets Ethiopian Prime Minister Abiy Ahmed in Nairobi, Kenya March 4, 2024. (Handout via Reuters)
Kenyan President William Ruto meets Ethiopian Prime Minister Abiy Ahmed in Nairobi, Kenya March 4, 2024. (Handout via Reuters)
TT

Kenya Hosts Ethiopia

Kenyan President William Ruto held talks with Ethiopian Prime Minister Abiy Ahmed in Nairobi on Monday, his office said in a statement released to reporters.



Ghana Urges Calm

File photo: Ghana's president speaks in Accra. (File photo/Reuters)

Ghana's foreign ministry urged all parties on Wednesday to respect the electoral commission's final count and to keep their supporters calm.`;

describe('articles and blocks of a scraped file', () => {
  it('splits articles at two or more blank lines before a headline', () => {
    const articles = splitArticles(SCRAPE);
    expect(articles).toHaveLength(2);
    expect(articles[1].startsWith('Ghana Urges Calm')).toBe(true);
  });

  it('does not split a short trailing fragment into an article of its own', () => {
    expect(splitArticles(`${'Body sentence. '.repeat(20)}\n\n\n\nShort tail`)).toHaveLength(1);
  });

  it.each([
    ['Kenya Hosts Ethiopia', 'headline', false],
    ['Kenyan President William Ruto meets', 'caption', false],
    ['TT', 'boilerplate', false],
    ['Kenyan President William Ruto held talks', 'body', false],
  ])('the first "%s" line is a %s (repeated: %s)', (start, kind, repeated) => {
    const text = splitArticles(SCRAPE)[0];
    const block = classifyBlocks(text, true).find((b) => text.slice(b.start).startsWith(start))!;
    expect(block.kind).toBe(kind);
    expect(block.repeated).toBe(repeated);
  });

  it('marks repeats of captions and headlines, and file photos', () => {
    const [first, second] = splitArticles(SCRAPE);
    const blocks = classifyBlocks(first, true);
    expect(blocks.filter((b) => b.kind === 'caption').map((b) => b.repeated)).toEqual([false, true]);
    expect(blocks.filter((b) => b.kind === 'headline').map((b) => b.repeated)).toEqual([false, true]);
    expect(classifyBlocks(second, false).find((b) => b.kind === 'caption')?.filePhoto).toBe(true);
  });

  it('reads a leading "date YYYY-MM-DD" as a metadata block and keeps the rest of the line', () => {
    const text = ' date 2023-11-06 A handout picture shows the two leaders. Credit… Office';
    const blocks = classifyBlocks(text, true);
    expect(blocks[0].kind).toBe('metadata');
    expect(text.slice(blocks[0].start, blocks[0].end)).toBe('date 2023-11-06');
    expect(blocks[1].kind).toBe('caption');
  });

  it.each([
    ['The two leaders shake hands in Lima. Photo credit: Office of the President', 'caption'],
    ['The two leaders shake hands in Lima. Credit score… Reuters', 'caption'],
    ['The minister said the opposition sought to discredit: the report was accurate, she added.', 'body'],
  ])('"credit" marks a caption only as a word of its own: %s', (line, kind) => {
    expect(classifyBlocks(`${line}\n\nThe talks ended without an agreement, the two delegations said afterwards.`, false)[0].kind).toBe(kind);
  });

  it.each([
    ['Tanzanian Foreign Minister Mahmoud Kombo (R) and Zambian Foreign Minister Mulambo Haimbe in Lusaka, Nov. 5, 2026. Photo by Xinhua/Peng Lijun', 'caption'],
    ['Ghanaian President John Mahama greets Togolese President Faure Gnassingbé at Jubilee House in Accra on Thursday. — Photo courtesy Presidency', 'caption'],
    ['Foreign Minister Retno Marsudi (left) shakes hands with her Thai counterpart in Jakarta. PHOTO: MOFA', 'caption'],
    ['The minister said the photo by the border post showed troops, and Kenya rejected the claim.', 'body'],
    ['The talks (held in Lusaka) ended with a joint communique on trade and the border.', 'body'],
  ])('a credit line at the end or a position mark makes a caption: %s', (line, kind) => {
    expect(classifyBlocks(`${line}\n\nThe talks ended without an agreement, the two delegations said afterwards.`, false)[0].kind).toBe(kind);
  });
});

describe('turn labels of a transcript', () => {
  const firstWords = (text: string) => classifyBlocks(text, false).map((b) => text.slice(b.start, b.end).split(' ')[0]);

  it.each<[text: string, words: string[]]>([
    ['Q: Did the minister travel to Lima?\n\nMarquez: The minister met his Peruvian counterpart on Friday.', ['Did', 'The']],
    ['Bogota Briefing\n\nSpokesperson Ana Marquez: The minister met his Peruvian counterpart on Friday.\n\nSpokesperson Ana Marquez: No talks with Quito are planned.', ['Bogota', 'The', 'No']],
    ['Q: Any news from Quito?\n\nMr. Restrepo: No talks with Quito are planned this month.', ['Any', 'No']],
  ])('a speaker\'s name label is taken off in a transcript: %s', (text, words) => {
    expect(firstWords(text)).toEqual(words);
  });

  it.each<[text: string, words: string[]]>([
    ['Marquez: No talks with Quito are planned\n\nQ: Any news from Quito?\n\nMarquez: Nothing new was agreed this week.', ['Marquez:', 'Any', 'Nothing']],
    ['Q: Did the minister travel to Lima?\n\nRead: Peru and Colombia sign a trade pact.\n\nAlso read: Ecuador recalls its envoy.', ['Did', 'Read:', 'Also']],
    ['Colombia Hosts Peru\n\nTuesday: the two ministers met in Bogota to discuss the border.\n\nPeruvian officials said the talks went well.', ['Colombia', 'Tuesday:', 'Peruvian']],
  ])('a label stays in a headline, on a furniture line, and outside a transcript: %s', (text, words) => {
    expect(firstWords(text)).toEqual(words);
  });
});

describe('a sentence that ends in a quote', () => {
  it.each<[line: string, kind: string]>([
    ["The UN envoy in Chile, Ana Ruiz, said any vote must be 'free and fair.'", 'body'],
    ['The UN envoy in Chile, Ana Ruiz, said any vote must be "free and fair."', 'body'],
    ["Chile says vote 'free and fair'", 'headline'],
  ])('%s', (line, kind) => {
    expect(classifyBlocks(`Chile votes\n\n${line}\n\nThe talks ended without an agreement, the two delegations said afterwards.`, false)[1].kind).toBe(kind);
  });
});

describe("an interview's turns and introduction", () => {
  const text = 'Lamola: Talks go on\n\nLamola spoke to Daily Maverick about the talks. Excerpts:\n\nQ: Did you meet Mr Nandi?\n\nA: Yes. We met in Windhoek.';

  it.each<[from: string, turn: 'question' | 'answer' | null]>([
    ['Did you', 'question'],
    ['Yes.', 'answer'],
    ['We met', 'answer'],
    ['Lamola spoke', null],
  ])('the line of "%s" is a turn: %s', (from, turn) => {
    expect(turnLabelAt(text, text.indexOf(from))?.turn ?? null).toBe(turn);
  });

  it.each<[line: string, kind: string]>([
    ['Lamola spoke to Daily Maverick about the talks. Excerpts:', 'body'],
    ['Lamola spoke to Daily Maverick about the talks and the region; here are edited excerpts of the conversation:', 'headline'],
    ['South Africa and Namibia: the talks', 'headline'],
  ])('a sentence then a lead ending in a colon is body text: %s', (line, kind) => {
    expect(classifyBlocks(`${line}\n\nThe talks ended without an agreement, the two delegations said afterwards.`, false)[0].kind).toBe(kind);
  });
});
