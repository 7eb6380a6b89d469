/**
 * Command-line options for the CLIs: one spec gives both the parser (node:util parseArgs, strict)
 * and the --help text, so the two cannot drift apart.
 */
import { parseArgs } from 'node:util';

export interface OptionSpec {
  type: 'string' | 'boolean';
  description: string;
  /** Placeholder for a string option's value in --help: `--input <dir>`. */
  valueName?: string;
  default?: string;
}

export interface CommandSpec<Options extends Record<string, OptionSpec>> {
  /** One line: `npm run extract -- [--input <dir>]`. */
  usage: string;
  summary: string;
  options: Options;
}

export type OptionValues<Options extends Record<string, OptionSpec>> = {
  [Name in keyof Options]: Options[Name]['type'] extends 'boolean'
    ? boolean
    : Options[Name] extends { default: string }
      ? string
      : string | undefined;
};

/** Wrong arguments: the CLI prints the message and a pointer to --help, and exits with status 2. */
export class UsageError extends Error {}

export type ParsedCommandLine<Options extends Record<string, OptionSpec>> = { help: true } | { help: false; values: OptionValues<Options> };

export function parseCommandLine<Options extends Record<string, OptionSpec>>(
  spec: CommandSpec<Options>,
  argv: string[],
): ParsedCommandLine<Options> {
  // Booleans default to false so that every value matches its OptionValues type.
  const options = Object.fromEntries(
    Object.entries(spec.options).map(([name, option]) => [
      name,
      option.type === 'boolean' ? { type: option.type, default: false } : option.default === undefined ? { type: option.type } : { type: option.type, default: option.default },
    ]),
  );
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({ args: argv, options: { ...options, help: { type: 'boolean', short: 'h' } }, strict: true, allowPositionals: false }));
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  if (values.help) return { help: true };
  for (const [name, option] of Object.entries(spec.options)) {
    if (option.type === 'string' && values[name] === '') throw new UsageError(`option --${name} needs a value`);
  }
  return { help: false, values: values as OptionValues<Options> };
}

export function helpText<Options extends Record<string, OptionSpec>>(spec: CommandSpec<Options>): string {
  const rows: [string, string][] = Object.entries(spec.options).map(([name, option]) => [
    option.type === 'string' ? `--${name} <${option.valueName ?? 'value'}>` : `--${name}`,
    option.default === undefined ? option.description : `${option.description} (default ${option.default})`,
  ]);
  rows.push(['-h, --help', 'show this help']);
  const width = Math.max(...rows.map(([flag]) => flag.length));
  return [`usage: ${spec.usage}`, '', spec.summary, '', 'options:', ...rows.map(([flag, text]) => `  ${flag.padEnd(width)}  ${text}`), ''].join('\n');
}
