/**
 * Whom the words are aimed at (session 30, round 2): not a body or country in the apposition that says who a person
 * is; not whom the speaker cites in their own words ("As President X told us, …"); not what someone is said to fear;
 * not the article's own country in the mouth of its official, when a dateline on a line of its own gives that country
 * or when honorifics stand between the official's title and name; and the words a postposed "declared" gives.
 */
import { describe, expect, it } from 'vitest';
import { firstStatementTargets as targetsOf } from '../test-support';

describe('statement targets (session 30, round 2)', () => {
  it.each<[text: string, speaker: string, targets: string[]]>([
    // The apposition after a person's name says who the person is: the words are about the person.
    ['Chadian Foreign Minister Abderaman Koulamallah criticised Khalifa Haftar, the commander of Libya\'s National Army, for the raids.', 'Abderaman Koulamallah', ['Khalifa Haftar']],
    ['The Kenyan Foreign Ministry denied reports that its envoy had met Abdel Fattah al-Burhan, the head of Sudan\'s army, in Nairobi.', 'Kenya', ['Abdel Fattah al-Burhan']],
    // Whom the speaker cites to make the point is not whom the point is aimed at.
    ['"As President William Ruto told us last year, \'the border is a bridge, not a wall,\'" Kenyan Foreign Minister Musalia Mudavadi said at a briefing.', 'Musalia Mudavadi', []],
    // What someone is said to fear tells of the one afraid.
    ['Zambian opposition leader Given Lubinda said President Hakainde Hichilema "is afraid of Washington."', 'Given Lubinda', ['Hakainde Hichilema']],
    // A dateline on a line of its own gives the home country: its unmarked foreign minister speaks for it, not of it.
    ['Ghana, Togo agree on border posts\n\nACCRA, MARCH 11\n\nForeign Minister Kofi Mensah-Boateng held talks with Togolese Foreign Minister Robert Dussey.\n\n"Ghana\'s position on the border has not changed," Foreign Minister Kofi Mensah-Boateng told reporters.', 'Kofi Mensah-Boateng', []],
    // Honorifics between the title and the name: the title is still the official's home office.
    ['KUALA LUMPUR, Monday, 9 March 2026 - Minister of Health II Yang Berhormat Dato Seri Setia Awang Haji Rahman bin Osman held talks with Thai Health Minister Somsak Thepsuthin.\n\nDato Rahman said Malaysia "values Thailand\'s support."', 'Rahman bin Osman', ['Thailand']],
    // "…," declared Minister X: the words before are the minister's.
    ['"We thank Mauritania for its patience," declared Minister Yassine Fall after the talks.', 'Yassine Fall', ['Mauritania']],
  ])('%s', (text, speaker, targets) => {
    expect(targetsOf(text, speaker)).toEqual(targets);
  });
});
