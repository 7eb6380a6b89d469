import { describe, expect, it } from 'vitest';
import { MAX_DEPTH_FOR_READABILITY, MAX_ELEMENTS_FOR_READABILITY } from './html';
import { readHtml } from './read-html';

const LONG = 'The two leaders discussed trade, security, and energy, according to officials, who spoke on condition of anonymity.';

const NEWS_PAGE = `<!DOCTYPE html>
<html>
<head>
  <title>Leaders meet in Tehran - Daily Wire</title>
  <meta property="og:title" content="Leaders meet in Tehran">
  <meta property="og:site_name" content="Daily Wire">
  <meta property="article:published_time" content="2023-11-06T21:15:00+03:30">
  <meta property="og:url" content="https://example.com/leaders">
  <script>var tracking = "not text";</script>
  <style>p { color: red }</style>
</head>
<body>
  <nav><a href="/">Home</a> <a href="/world">World</a></nav>
  <article>
    <h1>Leaders meet in Tehran</h1>
    <p>TEHRAN — Ayatollah Ali Khamenei met Prime Minister Mohammed Shia al-Sudani on Monday. ${LONG}</p>
    <p>Mr. Sudani said the meeting was &ldquo;productive&rdquo; &amp; frank. ${LONG}</p>
    <p>A third line<br>after a break. ${LONG}</p>
  </article>
  <footer>Copyright Daily Wire. All rights reserved.</footer>
</body>
</html>`;

describe('readHtml', () => {
  it('reads the article of a news page: paragraphs, headline first, metadata from meta tags', () => {
    const { text, meta, problems } = readHtml(NEWS_PAGE);
    const paragraphs = text.split('\n\n');
    expect(paragraphs[0]).toBe('Leaders meet in Tehran');
    expect(paragraphs.slice(1)).toEqual([
      `TEHRAN — Ayatollah Ali Khamenei met Prime Minister Mohammed Shia al-Sudani on Monday. ${LONG}`,
      `Mr. Sudani said the meeting was “productive” & frank. ${LONG}`,
      `A third line\nafter a break. ${LONG}`,
    ]);
    expect(text).not.toMatch(/tracking|color: red|Home|Copyright/);
    expect(meta).toEqual({ title: 'Leaders meet in Tehran', date: '2023-11-06', outlet: 'Daily Wire', url: 'https://example.com/leaders' });
    expect(problems).toEqual([]);
  });

  it.each([
    ['a bare fragment', '<p>Just a <b>fragment</b> &amp; more.</p><p>Second.</p>', 'Just a fragment & more.\n\nSecond.'],
    ['plain words', 'plain words', 'plain words'],
    ['an empty page', '<html><body></body></html>', ''],
    ['scripts only', '<html><body><script>alert(1)</script></body></html>', ''],
  ])('reads %s', (_, html, expected) => {
    expect(readHtml(html).text).toBe(expected);
  });

  it.each([
    ['name="date"', '<meta name="date" content="November 7, 2023">', { date: '2023-11-07' }, []],
    ['itemprop datePublished', '<meta itemprop="datePublished" content="2023-11-08">', { date: '2023-11-08' }, []],
    ['the <title> when no meta title', '<title>Page title</title>', { title: 'Page title' }, []],
    [
      'JSON-LD datePublished, through Readability',
      '<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle", "datePublished": "2023-11-10T08:00:00Z"}</script>',
      { date: '2023-11-10' },
      [],
    ],
    ['a canonical link', '<link rel="canonical" href="https://example.com/c">', { url: 'https://example.com/c' }, []],
    [
      'an unreadable date, then a good one',
      '<meta property="article:published_time" content="yesterday"><meta name="pubdate" content="2023-11-09">',
      { date: '2023-11-09' },
      ['HTML meta date "yesterday" is not a full calendar date; ignored it'],
    ],
  ])('takes %s', (_, head, expectedMeta, expectedProblems) => {
    const { meta, problems } = readHtml(`<html><head>${head}</head><body><p>${LONG}</p></body></html>`);
    expect(meta).toMatchObject(expectedMeta);
    expect(problems).toEqual(expectedProblems);
  });

  it('reads deeply nested HTML quickly, without article detection, and says so', () => {
    const depth = 20_000; // html, body, the divs and the p
    const html = `<html><body><nav>Menu</nav>${'<div>'.repeat(depth)}<p>Deep text.</p>${'</div>'.repeat(depth)}</body></html>`;
    const started = performance.now();
    const { text, problems } = readHtml(html);
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(text).toBe('Deep text.');
    expect(problems).toEqual([`HTML is nested ${depth + 3} levels deep (limit ${MAX_DEPTH_FOR_READABILITY}); read all of its text without picking out the article`]);
  });

  it('reads just-allowed nesting with article detection in reasonable time', () => {
    const depth = MAX_DEPTH_FOR_READABILITY - 10;
    const html = `<html><body>${'<div>'.repeat(depth)}<p>${LONG}</p>${'</div>'.repeat(depth)}</body></html>`;
    const started = performance.now();
    const { text, problems } = readHtml(html);
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(text).toBe(LONG);
    expect(problems).toEqual([]);
  });

  it('reads huge HTML quickly, without article detection, and says so', () => {
    const count = 200_000; // plus html and body
    const html = `<html><body>${'<p>Para, with a comma.</p>'.repeat(count)}</body></html>`;
    const started = performance.now();
    const { text, problems } = readHtml(html);
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(text.split('\n\n')).toHaveLength(count);
    expect(problems).toEqual([`HTML has ${count + 2} elements (limit ${MAX_ELEMENTS_FOR_READABILITY}); read all of its text without picking out the article`]);
  });
});
