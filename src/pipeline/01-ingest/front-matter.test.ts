import { describe, expect, it } from 'vitest';
import { splitFrontMatter } from './front-matter';

const none = { title: null, date: null, outlet: null, url: null };

describe('splitFrontMatter', () => {
  it.each([
    [
      'all known keys',
      '---\ntitle: Leaders meet\ndate: 2023-11-06\noutlet: Daily News\nurl: https://example.com/a\n---\nBody text.\n',
      { text: 'Body text.\n', meta: { title: 'Leaders meet', date: '2023-11-06', outlet: 'Daily News', url: 'https://example.com/a' }, problems: [] },
    ],
    [
      'source and publisher as outlet, keys in any case',
      '---\nTitle: "Quoted: title"\nSource: Wire\n---\nBody',
      { text: 'Body', meta: { ...none, title: 'Quoted: title', outlet: 'Wire' }, problems: [] },
    ],
    ['publisher as outlet', '---\npublisher: Gazette\n...\nBody', { text: 'Body', meta: { ...none, outlet: 'Gazette' }, problems: [] }],
    ['a long-form date', '---\ndate: November 6, 2023\n---\nBody', { text: 'Body', meta: { ...none, date: '2023-11-06' }, problems: [] }],
    ['an empty block', '---\n---\nBody', { text: 'Body', meta: none, problems: [] }],
    ['unknown keys only', '---\ntags: [a, b]\n---\n\nBody', { text: '\nBody', meta: none, problems: [] }],
    ['no front matter', 'Title line\n---\nmore', { text: 'Title line\n---\nmore', meta: none, problems: [] }],
    [
      'an unparseable date',
      '---\ntitle: T\ndate: sometime soon\n---\nBody',
      { text: 'Body', meta: { ...none, title: 'T' }, problems: ['front matter date "sometime soon" is not a full calendar date; ignored it'] },
    ],
    [
      'a title that is a list',
      '---\ntitle: [a, b]\n---\nBody',
      { text: 'Body', meta: none, problems: ['front matter title is not text; ignored it'] },
    ],
    [
      'malformed YAML',
      '---\ntitle: "unclosed\ndate: 2023-11-06\n---\nBody kept.',
      { text: 'Body kept.', meta: none, problems: [expect.stringMatching(/^malformed front matter \(.+, line \d+\); kept the text after it$/)] },
    ],
    [
      'duplicate keys',
      '---\ntitle: A\ntitle: B\n---\nBody',
      { text: 'Body', meta: none, problems: ['malformed front matter (Map keys must be unique, line 3); kept the text after it'] },
    ],
    ['a rule above a list', '---\n- just\n- a list\n---\nBody', { text: '---\n- just\n- a list\n---\nBody', meta: none, problems: [] }],
    [
      'rules around prose with a colon',
      '---\nOfficials said: the talks went well.\n---\nMore.',
      { text: '---\nOfficials said: the talks went well.\n---\nMore.', meta: none, problems: [] },
    ],
    ['a lone rule above prose', '---\nProse, never closed.', { text: '---\nProse, never closed.', meta: none, problems: [] }],
    ['a block of comments only', '---\n# nothing yet\n---\nBody', { text: 'Body', meta: none, problems: [] }],
    [
      'an unclosed block',
      '---\ntitle: T\nBody with no end',
      { text: '---\ntitle: T\nBody with no end', meta: none, problems: ['front matter opened with --- is never closed; read the whole file as text'] },
    ],
  ])('%s', (_, input, expected) => {
    expect(splitFrontMatter(input)).toEqual(expected);
  });
});
