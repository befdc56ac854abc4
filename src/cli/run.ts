import { readFileSync } from 'node:fs';
import { Argument, Command, CommanderError, Option } from 'commander';
import { UsageError } from './usage-error.js';
import type { Io } from './io.js';

export type { Io } from './io.js';

/** package.json sits two levels up from both src/cli and dist/cli. */
const version = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;

/**
 * The whole CLI: flags → library calls → output, returning the exit code (0 ok, 1 some inputs
 * failed, 2 usage error). Never exits the process. Commands are imported when they run, so
 * `--help`, `--version` and `schema` load neither jieba nor the grammars.
 */
export async function run(argv: readonly string[], io: Io): Promise<number> {
  let code = 0;
  const debug = argv.includes('--debug');
  const program = new Command('plan-extract')
    .description('Turn Chinese government work plans (工作要点) into structured data.')
    .exitOverride()
    .configureOutput({ writeOut: (s) => void io.stdout.write(s), writeErr: (s) => void io.stderr.write(s) })
    .version(version)
    .showHelpAfterError('(add --help for usage)');

  program
    .command('parse')
    .description('parse plans to JSON, JSON Lines or CSV tables (files, folders, globs, - for stdin)')
    .argument('[inputs...]', 'files, folders or globs; - reads standard input')
    .option('--records <file>', 'read plans as JSON Lines {"path", "text" | "base64"} from FILE (- for standard input); write one line per record, in order')
    .option('--json', 'one document, pretty-printed (the default for one file)')
    .option('--jsonl', 'one document per line (the default for several inputs)')
    .option('--csv', 'tables sections, metrics, times, policies, orgs, tasks (needs --out or --table)')
    .option('--out <dir>', 'write files into this folder instead of standard output')
    .addOption(new Option('--table <name>', 'with --csv: one table to standard output').choices(['sections', 'metrics', 'times', 'policies', 'orgs', 'tasks']))
    .option('--xlsx <file>', 'also write one Excel workbook: a sheet per table, tasks first')
    .addOption(new Option('--headers <lang>', 'column names in CSV tables and the workbook: en (docs/csv.md) or zh').choices(['en', 'zh']))
    .option('--jobs <n>', 'parallel workers (default: available cores; 1 = no workers)')
    .option('--encoding <name>', 'force a text encoding: utf-8, utf-16le, utf-16be, gb18030 (gbk)')
    .option('--max-size <MB>', 'refuse files larger than this many megabytes (default 32)')
    .option('--quiet', 'no progress bar and no summary line')
    .option('--debug', 'print stack traces for failed files')
    .action(async (inputs: string[], raw: { records?: string }) => {
      const { parseOptions } = await import('./parse-options.js');
      const options = parseOptions(raw);
      if (raw.records !== undefined) {
        if (inputs.length > 0) throw new UsageError(`--records reads every plan from ${raw.records}: give no other inputs (got ${inputs.join(' ')})`);
        const { recordsCommand } = await import('./records-command.js');
        code = await recordsCommand(raw.records, options, io);
        return;
      }
      if (inputs.length === 0) throw new UsageError("missing required argument 'inputs': files, folders or globs (- for standard input), or --records FILE|-");
      const { parseCommand } = await import('./parse-command.js');
      code = await parseCommand(inputs, options, io);
    });

  program
    .command('outline')
    .description('print the heading tree of one plan')
    .argument('<file>', 'a plan; - reads standard input')
    .option('--encoding <name>', 'force a text encoding')
    .option('--debug', 'print a stack trace if the file fails')
    .action(async (file: string, raw: { encoding?: string; debug?: boolean }) => {
      const { parseOptions } = await import('./parse-options.js');
      const { outlineCommand } = await import('./outline-command.js');
      const { encoding } = parseOptions({ encoding: raw.encoding });
      code = await outlineCommand(file, { ...(encoding ? { encoding } : {}), debug: raw.debug ?? false }, io);
    });

  program
    .command('tasks')
    .description('print the tasks of one plan as a table (a 任务分解表): deadline, lead, support, targets')
    .argument('<file>', 'a plan; - reads standard input')
    .option('--encoding <name>', 'force a text encoding')
    .addOption(new Option('--headers <lang>', 'column names: en or zh').choices(['en', 'zh']))
    .option('--width <columns>', 'lay out for this many columns (default: the terminal, else 120)')
    .option('--debug', 'print a stack trace if the file fails')
    .action(async (file: string, raw: { encoding?: string; headers?: 'en' | 'zh'; width?: string; debug?: boolean }) => {
      const { parseOptions } = await import('./parse-options.js');
      const { tasksCommand } = await import('./tasks-command.js');
      const { encoding } = parseOptions({ encoding: raw.encoding });
      const width = raw.width === undefined ? undefined : Number(raw.width);
      if (width !== undefined && !(Number.isInteger(width) && width >= 20 && width <= 1000)) throw new UsageError(`invalid --width: expected a whole number from 20 to 1000, got ${JSON.stringify(raw.width)}`);
      code = await tasksCommand(file, { ...(encoding ? { encoding } : {}), ...(raw.headers ? { headers: raw.headers } : {}), ...(width ? { width } : {}), debug: raw.debug ?? false }, io);
    });

  program
    .command('diff')
    .description('compare two plans: items added, dropped, moved, reworded; targets, deadlines, owners, policies changed')
    .argument('<old>', 'the earlier plan (or one county\'s); - reads standard input')
    .argument('<new>', 'the later plan (or its neighbour\'s)')
    .option('--json', 'the diff as JSON (plan-extract schema diff prints its schema)')
    .option('--csv', 'one row per change, as CSV')
    .option('--exit-code', 'exit 1 when there are differences, as git diff does')
    .option('--encoding <name>', 'force a text encoding for both plans')
    .option('--debug', 'print a stack trace if a plan fails')
    .action(async (oldFile: string, newFile: string, raw: { json?: boolean; csv?: boolean; exitCode?: boolean; encoding?: string; debug?: boolean }) => {
      const { parseOptions } = await import('./parse-options.js');
      const { diffCommand } = await import('./diff-command.js');
      if (raw.json && raw.csv) throw new UsageError('choose one output format, not --json and --csv');
      const { encoding } = parseOptions({ encoding: raw.encoding });
      const format = raw.json ? 'json' : raw.csv ? 'csv' : 'text';
      code = await diffCommand(oldFile, newFile, { format, exitCode: raw.exitCode ?? false, ...(encoding ? { encoding } : {}), debug: raw.debug ?? false }, io);
    });

  program
    .command('view')
    .description('one self-contained HTML page: a plan with every finding highlighted, or two plans side by side (view OLD NEW)')
    .argument('<files...>', 'one plan, or OLD NEW to compare; - reads standard input')
    .option('--encoding <name>', 'force a text encoding')
    .option('--debug', 'print a stack trace if a plan fails')
    .action(async (files: string[], raw: { encoding?: string; debug?: boolean }) => {
      const { parseOptions } = await import('./parse-options.js');
      const { viewCommand } = await import('./view-command.js');
      const { encoding } = parseOptions({ encoding: raw.encoding });
      code = await viewCommand(files, { ...(encoding ? { encoding } : {}), debug: raw.debug ?? false }, io);
    });

  program
    .command('schema')
    .description('print the JSON Schema of the output document (or of the diff)')
    .addArgument(new Argument('[which]', 'document (default) or diff').choices(['document', 'diff']))
    .action(async (which: 'document' | 'diff' | undefined) => {
      const { schemaCommand } = await import('./schema-command.js');
      code = await schemaCommand(io, which ?? 'document');
    });

  program
    .command('check')
    .description('re-parse every fixture and compare it with its NAME.expected.json')
    .argument('<fixtures-dir>', 'folder of inputs, each with NAME.expected.json beside it')
    .option('--update', 'rewrite the expected files instead of failing')
    .option('--expected <dir>', 'the expected files are in this folder (same relative names), not beside the inputs')
    .option('--jobs <n>', 'parallel workers (default 1)')
    .action(async (dir: string, raw: { update?: boolean; jobs?: string; expected?: string }) => {
      const { parseOptions } = await import('./parse-options.js');
      const { checkCommand } = await import('./check-command.js');
      const { jobs } = parseOptions({ jobs: raw.jobs ?? '1' });
      code = await checkCommand(dir, { update: raw.update ?? false, jobs, ...(raw.expected ? { expected: raw.expected } : {}) }, io);
    });

  program
    .command('score')
    .description('score the parser against answer keys (precision, recall, F1 per category)')
    .argument('<inputs-dir>', 'folder of plans')
    .requiredOption('--expected <dir>', 'folder of answer keys NAME.expected.json, at the same relative names')
    .option('--details', 'list every difference')
    .option('--json', 'the numbers as JSON')
    .option('--jobs <n>', 'parallel workers (default 1)')
    .action(async (dir: string, raw: { expected: string; details?: boolean; json?: boolean; jobs?: string }) => {
      const { parseOptions } = await import('./parse-options.js');
      const { scoreCommand } = await import('./score-command.js');
      const { jobs } = parseOptions({ jobs: raw.jobs ?? '1' });
      code = await scoreCommand(dir, { expected: raw.expected, details: raw.details ?? false, json: raw.json ?? false, jobs }, io);
    });

  try {
    await program.parseAsync(argv as string[], { from: 'user' });
    return code;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2;
    if (error instanceof UsageError) {
      io.stderr.write(`plan-extract: ${error.message}\n`);
      return 2;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.stderr.write(`plan-extract: ${message}\n`);
    if (debug && error instanceof Error && error.stack) io.stderr.write(error.stack + '\n');
    return 2;
  }
}
