import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lastWord, quoteSpans, splitSentences } from './sentences';

const split = (text: string) => splitSentences(text, 0, text.length).map((s) => text.slice(s.start, s.end));

describe('sentence splitting', () => {
  it.each([
    ['Mr. Ruto met Dr. Abiy in Nairobi. They spoke for an hour.', ['Mr. Ruto met Dr. Abiy in Nairobi.', 'They spoke for an hour.']],
    ['The U.S. secretary of state, Antony J. Blinken, arrived. He met the PM.', ['The U.S. secretary of state, Antony J. Blinken, arrived.', 'He met the PM.']],
    ['Attacks since Oct. 17 rose. "We will respond," she said. Talks continue.', ['Attacks since Oct. 17 rose.', '"We will respond," she said.', 'Talks continue.']],
    ['“It is over.” The minister left.', ['“It is over.”', 'The minister left.']],
    ['J. K. Rowling and George W. Bush spoke. They left.', ['J. K. Rowling and George W. Bush spoke.', 'They left.']],
    ['He welcomed the round in a post on X. Russian officials objected.', ['He welcomed the round in a post on X.', 'Russian officials objected.']],
    // "Ma." (Maria) opening a name ends no sentence; a surname "Ma" before a new sentence still ends one.
    ['Foreign Secretary Ma. Cristina Reyes met him. They spoke.', ['Foreign Secretary Ma. Cristina Reyes met him.', 'They spoke.']],
    ['He met Jack Ma. Chinese officials objected.', ['He met Jack Ma.', 'Chinese officials objected.']],
    ['He met Jack Ma. Cristina Reyes objected.', ['He met Jack Ma.', 'Cristina Reyes objected.']],
    ['President Felipe Santos Jr. met him. They spoke.', ['President Felipe Santos Jr. met him.', 'They spoke.']],
  ])('%s', (text, expected) => expect(split(text)).toEqual(expected));
});

describe('the word before a period', () => {
  it('is the run of letters and periods a pattern anchored at the end finds', () => {
    const character = fc.constantFrom('a', 'Z', '.', ' ', '5', 'é', 'Ж', '𝐀', '\uD835', '\uDC00', '😀', '-');
    const text = fc.array(character, { maxLength: 10 }).map((characters) => characters.join(''));
    fc.assert(
      fc.property(text, fc.nat(12), (slice, cut) => {
        const from = Math.min(cut, slice.length);
        expect(lastWord(slice, from, slice.length)).toBe(slice.slice(from).match(/(?<![\p{L}.])[\p{L}.]+$/u)?.[0] ?? '');
      }),
      { seed: 17, numRuns: 5000 },
    );
  });
});

describe('quotation spans', () => {
  it('finds curly and straight quotes, and runs an unclosed quote to the end', () => {
    const text = 'He said “no deal” and "never again". Then: “open';
    const spans = quoteSpans(text, 0, text.length).map((s) => text.slice(s.start, s.end));
    expect(spans).toEqual(['“no deal”', '"never again"', '“open']);
  });

  it('reads single quotes as quotes in a paragraph with no double ones, not apostrophes or an unclosed mark', () => {
    const text = "Okafor said Abuja was 'not for sale', in Port Harcourt's 'free zone' since the '90s.";
    const spans = quoteSpans(text, 0, text.length).map((s) => text.slice(s.start, s.end));
    expect(spans).toEqual(["'not for sale'", "'free zone'"]);
    const mixed = 'He said "no" to \'that\'.';
    expect(quoteSpans(mixed, 0, mixed.length).map((s) => mixed.slice(s.start, s.end))).toEqual(['"no"']);
  });

  it('ends a sentence after a closing single quote', () => {
    const text = "Okafor said it was 'over.' Adeyemi disagreed.";
    expect(splitSentences(text, 0, text.length).map((s) => text.slice(s.start, s.end))).toEqual(["Okafor said it was 'over.'", 'Adeyemi disagreed.']);
  });
});
