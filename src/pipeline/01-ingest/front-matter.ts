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

export function splitFrontMatter(text: string): FrontMatterResult {
  const opening = OPENING.exec(text);
  if (!opening) return { text, meta: EMPTY_META, problems: [] };
  const rest = text.slice(opening[0].length);
  const closing = CLOSING.exec(rest);
  if (!closing) {
    return { text, meta: EMPTY_META, problems: ['front matter opened with --- is never closed; read the whole file as text'] };
  }
  const yaml = rest.slice(0, closing.index);
  const body = rest.slice(closing.index + closing[0].length).replace(/^\n/, '');
  let data: unknown;
  try {
    data = parse(yaml);
  } catch (error) {
    return { text: body, meta: EMPTY_META, problems: [`malformed front matter (${describeYamlError(error)}); kept the text after it`] };
  }
  if (data == null) return { text: body, meta: EMPTY_META, problems: [] };
  if (!isRecord(data)) return { text: body, meta: EMPTY_META, problems: ['front matter is not a list of key: value lines; kept the text after it'] };
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
