import { describe, expect, it } from 'vitest';
import { UsageError, helpText, parseCommandLine } from './args';

const spec = {
  usage: 'demo [--input <dir>] [--limit <n>] [--verbose]',
  summary: 'Does a demo.',
  options: {
    input: { type: 'string', valueName: 'dir', default: 'data/corpus', description: 'folder to read' },
    limit: { type: 'string', valueName: 'n', description: 'how many' },
    verbose: { type: 'boolean', description: 'say more' },
  },
} as const;

describe('parseCommandLine', () => {
  it.each<[string[], unknown]>([
    [[], { help: false, values: { input: 'data/corpus', verbose: false } }],
    [['--input', 'x', '--limit=3', '--verbose'], { help: false, values: { input: 'x', limit: '3', verbose: true } }],
    [['--help'], { help: true }],
    [['-h', '--input', 'x'], { help: true }],
  ])('%j', (argv, expected) => {
    expect(parseCommandLine(spec, argv)).toEqual(expected);
  });

  it.each<[string[], RegExp]>([
    [['--nope'], /Unknown option '--nope'/],
    [['stray'], /Unexpected argument 'stray'/],
    [['--input'], /--input <value>' argument missing/],
    [['--input='], /option --input needs a value/],
  ])('refuses %j', (argv, message) => {
    expect(() => parseCommandLine(spec, argv)).toThrow(UsageError);
    expect(() => parseCommandLine(spec, argv)).toThrow(message);
  });
});

describe('helpText', () => {
  it('lists every option with its default, aligned', () => {
    expect(helpText(spec)).toBe(
      [
        'usage: demo [--input <dir>] [--limit <n>] [--verbose]',
        '',
        'Does a demo.',
        '',
        'options:',
        '  --input <dir>  folder to read (default data/corpus)',
        '  --limit <n>    how many',
        '  --verbose      say more',
        '  -h, --help     show this help',
        '',
      ].join('\n'),
    );
  });
});
