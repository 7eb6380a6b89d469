/** Step 2 of ingest: a YAML front matter block at the top of a text or Markdown file. */
import { YAMLParseError, parse } from 'yaml';
import { EMPTY_META, isRecord, readRecordMeta, type PartialMeta } from './record-meta';

export interface FrontMatterResult {
  /** The text after the block (the whole text when there is no closed block). */
  text: string;
  meta: PartialMeta;
  /** Warning reasons: a malformed block or unusable values. */
  problems: string[];
}

const OPENING = /^---[ \t]*\n/;
/** The block's end: a `---` or `...` line. */
const CLOSING = /^(?:---|\.\.\.)[ \t]*$/m;
/** How a front matter block begins: a `key:` line. */
const FIRST_KEY = /^[A-Za-z_][\w-]*[ \t]*:/;

export function splitFrontMatter(text: string): FrontMatterResult {
  const opening = OPENING.exec(text);
  if (!opening) return { text, meta: EMPTY_META, problems: [] };
  const rest = text.slice(opening[0].length);
  const closing = CLOSING.exec(rest);
  const yaml = closing ? rest.slice(0, closing.index) : rest;
  const firstLine = yaml.split('\n').find((line) => line.trim() !== '' && !line.trimStart().startsWith('#'));
  // A leading --- followed by prose is a rule, not metadata: reading it as YAML would drop article text.
  if (firstLine !== undefined && !FIRST_KEY.test(firstLine)) return { text, meta: EMPTY_META, problems: [] };
  if (!closing) {
    return { text, meta: EMPTY_META, problems: ['front matter opened with --- is never closed; read the whole file as text'] };
  }
  const body = rest.slice(closing.index + closing[0].length).replace(/^\n/, '');
  let data: unknown;
  try {
    data = parse(yaml);
  } catch (error) {
    return { text: body, meta: EMPTY_META, problems: [`malformed front matter (${describeYamlError(error)}); kept the text after it`] };
  }
  // Not a record only when the block is empty (or comments): its first line is a key.
  if (!isRecord(data)) return { text: body, meta: EMPTY_META, problems: [] };
  const { meta, problems } = readRecordMeta(data);
  return { text: body, meta, problems: problems.map((problem) => `front matter ${problem}; ignored it`) };
}

/** First line of the parser's message, with the line number counted in the file (the block starts on line 2). */
function describeYamlError(error: unknown): string {
  if (!(error instanceof YAMLParseError)) return error instanceof Error ? error.message : String(error);
  const message = error.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
  const line = error.linePos?.[0].line;
  return line === undefined ? message : `${message}, line ${line + 1}`;
}
