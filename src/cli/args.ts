import { parseArgs, type ParseArgsConfig } from 'node:util';

type Options = NonNullable<ParseArgsConfig['options']>;

/**
 * Strict command-line parsing for the project's commands: `--help` prints the usage and exits 0;
 * an unknown flag, a flag without its value or a wrong number of arguments prints what was
 * wrong and the usage, and exits 2 before anything is touched.
 */
export function parseCommandLine<T extends Options>(usage: string, options: T, positionals: { min: number; max: number }) {
  const fail = (problem: string): never => {
    console.error(`${problem}\n\n${usage}`);
    process.exit(2);
  };
  let parsed: { values: Record<string, string | boolean | undefined>; positionals: string[] };
  try {
    parsed = parseArgs({
      args: process.argv.slice(2),
      options: { ...options, help: { type: 'boolean' } },
      allowPositionals: true,
      strict: true,
    });
  } catch (err) {
    return fail((err as Error).message);
  }
  if (parsed.values.help) {
    console.log(usage);
    process.exit(0);
  }
  const count = parsed.positionals.length;
  if (count < positionals.min) fail('Missing argument.');
  if (count > positionals.max) fail(`Unexpected argument: ${parsed.positionals.slice(positionals.max).join(' ')}`);
  return parsed as { values: { [K in keyof T]?: T[K]['type'] extends 'boolean' ? boolean : string }; positionals: string[] };
}

/** Errors whose message already tells an operator what to do; anything else is printed with its stack. */
const EXPLAINED_ERRORS = new Set(['ConfigError', 'DatasetError', 'LocalNeo4jError']);

/** Runs a command's main function: exit 1 with the message (no stack trace) when it says what went wrong. */
export function runCommand(main: () => Promise<void>): void {
  main().catch((err: unknown) => {
    console.error(err instanceof Error && EXPLAINED_ERRORS.has(err.name) ? err.message : err);
    process.exit(1);
  });
}
