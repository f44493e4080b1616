/**
 * npm run score -- --data DIR --out DIR [--sd K]
 *
 * Validates a dataset and writes OUT/scores.csv and OUT/cycles.json (data contract section 3),
 * leaving any other file in OUT as it is.
 * Any error: every problem is printed, the exit code is 1 and nothing is written.
 */
import { existsSync, statSync } from 'node:fs';
import { resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { parseSdMultiplier } from '../src/lib/low-compliance';
import { writeFilesInto } from './lib/atomic-write';
import { runPipeline } from './lib/pipeline';
import { countWords, logLine, printProblems, summariseProblems } from './lib/report';

const USAGE = 'usage: npm run score -- --data DIR --out DIR [--sd K] [--previous DIR]';

function main(): number {
  let args;
  try {
    args = parseArgs({
      options: {
        data: { type: 'string' },
        out: { type: 'string' },
        sd: { type: 'string' },
        previous: { type: 'string' },
      },
      strict: true,
    }).values;
  } catch (error) {
    process.stderr.write(logLine((error as Error).message) + `${USAGE}\n`);
    return 2;
  }
  if (args.data === undefined || args.out === undefined) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const sd = args.sd === undefined ? undefined : parseSdMultiplier(args.sd);
  if (args.sd !== undefined && sd === undefined) {
    process.stderr.write(
      logLine(`--sd: expected a non-negative decimal number such as 2 or 1.5, found "${args.sd}"`) +
        `${USAGE}\n`,
    );
    return 2;
  }
  const [data, out] = [resolve(args.data), resolve(args.out)];
  if (out === data || out.startsWith(`${data}${sep}`)) {
    process.stderr.write(
      logLine(
        `--out: ${args.out} is inside the data folder ${args.data}, whose files the scorer reads: expected a folder outside it`,
      ) + `${USAGE}\n`,
    );
    return 2;
  }
  if (existsSync(args.out) && !statSync(args.out).isDirectory()) {
    process.stderr.write(
      logLine(
        `--out: ${args.out} is a file: expected a folder to write scores.csv and cycles.json into`,
      ) + `${USAGE}\n`,
    );
    return 2;
  }
  const started = performance.now();
  const { problems, output } = runPipeline(args.data, sd, { previousDir: args.previous });
  printProblems(problems, args.data);
  const { errors, warnings } = summariseProblems(problems);
  if (output === undefined) {
    process.stderr.write(
      logLine(`${countWords(errors, warnings)} in ${args.data}: nothing was written.`),
    );
    return 1;
  }
  writeFilesInto(args.out, output.files);
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  process.stderr.write(
    logLine(
      `Scored ${output.dataset.factories.length} factories over ${output.dataset.cycles.length} cycles ` +
        `(${output.dataset.assessments.length} assessments, ${countWords(errors, warnings)}) in ${seconds} s: wrote ${args.out}/scores.csv and cycles.json`,
    ),
  );
  return 0;
}

try {
  process.exitCode = main();
} catch (error) {
  process.stderr.write(logLine(`score: ${(error as Error).message}`));
  process.exitCode = 1;
}
