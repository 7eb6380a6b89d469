import { describe, expect, it } from 'vitest';
import { fullNameKey, slugify, tokenKey } from './names';

describe('name keys join spelling and transliteration variants', () => {
  it.each([
    ['Ismail Haniya', 'Ismail Haniyeh'],
    ['Ismail Hanieh', 'Ismail Haniyeh'],
    ['Ebrahim Raisi', 'Ibrahim Raisi'],
    ['Mohammed bin Salman', 'Mohammad bin Salman'],
    ['Mohammed Shia al-Sudani', "Mohammad Shiaa’ al-Sudani"],
    ['Hossein Amir-Abdollahian', 'Hossein Amir Abdollahian'],
    ['Mohammad-Reza Ashtiani', 'Mohammadreza Ashtiani'],
    ['Antony J. Blinken', 'Antony Blinken'],
    ['Muammar Gaddafi', 'Muammar Gadafi'],
    ['Volodymyr Zelenskyy', 'Volodymyr Zelensky'],
    ['Ali Bagheri Kani', 'Ali Baqeri Kani'],
    ['Hassan Sadeghi', 'Hassan Sadeqi'],
    ['Farouk Qaddoumi', 'Farouk Kaddoumi'],
    ['Pavel Frolow', 'Pavel Frolov'],
    ['Gerd Mueller', 'Gerd Müller'],
    ['Gerhard Schroeder', 'Gerhard Schröder'],
    ['Fiona MacAllister', 'Fiona McAllister'],
    ['Alexei Overchuk', 'Aleksei Overchuk'],
    ['Sadyr Zhaparov', 'Sadyr Japarov'],
    ['Sadyr Dzhaparov', 'Sadyr Japarov'],
    ['Kassym-Jomart Toqaev', 'Kassym-Jomart Tokayev'],
    // A given name's romanisations (given-name-variants.json).
    ['Oleh Marchenko', 'Oleg Marchenko'],
    ['Mykola Azarov', 'Nikolai Azarov'],
    ['Oleksandr Kubrakov', 'Alexander Kubrakov'],
    ['Mahamadou Issoufou', 'Mamadou Issoufou'],
    ['Mykhailo Podolyak', 'Mikhail Podolyak'],
    ['Souleymane Cissé', 'Suleiman Cissé'],
    ['Binyamin Ezra', 'Benjamin Ezra'],
    ['Mohamud Abdi Warsame', 'Mohamed Abdi Warsame'],
    ['Oksana Tkatchenko', 'Oksana Tkachenko'],
    ['Ivan Kuznetzov', 'Ivan Kuznetsov'],
    // Russian е after a vowel, written -yev or -ev.
    ['Bakhtiyor Saidov Boyev', 'Bakhtiyor Saidov Boev'],
    ['Dilnoza Kuyeva', 'Dilnoza Kueva'],
    // A digraph inside a name written as one letter, or a letter with a caron folded to one (given-name-variants.json innerDigraphs).
    ['Sherali Rakhimov', 'Sherali Rahimov'],
    ['Radovan Ilčenko', 'Radovan Ilchenko'],
    // An Arabic article joined to the family name or written apart (joinedArticles).
    ['Khalifa bin Saeed Alnuaimi', 'Khalifa bin Saeed Al Nuaimi'],
    // A family name written first keeps its place in the key with its accents too.
    ['Lê Văn Thành', 'Le Van Thanh'],
  ])('%s = %s', (a, b) => expect(fullNameKey(a)).toBe(fullNameKey(b)));

  it.each([
    ['Nawaf Salam', 'Nawaf Sallam', true],
    ['Ali Khamenei', 'Ali Larijani', false],
    ['William Ruto', 'William Rutto', true],
    ['Abiy Ahmed', 'Ahmed Abiy', false],
    // At the start of a name a digraph and its letter are different names; a short name after "Al" keeps it.
    ['Li Chen', 'Li Cen', false],
    ['Daniel Khan', 'Daniel Han', false],
    ['Pedro Almeida', 'Pedro Meida', false],
    ['Joe Biden', 'Hunter Biden', false],
    ['Kim Jong Un', 'Kim Yo Jong', false],
    ['Zhou Qiang', 'Zhao Qiang', false],
    ['Thomas Müller', 'Thomas Miller', false],
    ['Muhammad Yunus', 'Mohammed Yunus', true],
    ['Ashraf Ghani', 'Ashraf Hani', false],
    ['Sergei Lavrov', 'Sergei Lavrova', false],
    ['Emmanuel Macron', 'Emmanuel Micron', false],
    ['Zhang Wei', 'Jang Wei', true],
    ['Zhang Wei', 'Zhao Wei', false],
    // Names that look alike but are two names, not two spellings of one.
    ['Stephen Clarke', 'Steven Clarke', false],
    ['Amadou Diallo', 'Ahmed Diallo', false],
    ['Osman Kavala', 'Ousmane Kavala', false],
    ['Ivan Boyev', 'Ivan Bayev', false],
  ])('%s vs %s: same key %s', (a, b, same) => expect(fullNameKey(a) === fullNameKey(b)).toBe(same));

  it('drops the article particle and apostrophes', () => {
    expect(tokenKey('al-Sudani')).toBe(tokenKey('Sudani'));
    expect(tokenKey("Ma'arib")).toBe(tokenKey('Marib'));
  });

  it.each([
    ['Ali Khamenei', 'ali-khamenei'],
    ['United States', 'united-states'],
    ["Côte d'Ivoire", 'cote-divoire'],
    ['Mohammed Shia al-Sudani', 'mohammed-shia-al-sudani'],
  ])('slug of %s is %s', (name, slug) => expect(slugify(name)).toBe(slug));
});
