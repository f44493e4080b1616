/**
 * Scores one data folder in this process and prints one JSON line of measurements. A separate
 * process per measurement keeps peak memory (maxRSS) the scorer's own.
 */
import { loadDataset } from '../../src/lib/load-dataset';
import { formatCyclesJson, formatScoresCsv } from '../../src/lib/output';
import { scoreDataset } from '../../src/lib/score';
import { readDataFolder } from '../lib/data-folder';
import { resolveBuildDate } from '../lib/pipeline';

const dataDir = process.argv[2];
if (dataDir === undefined) throw new Error('usage: score-once.ts DATA_DIR');

const t0 = performance.now();
const files = readDataFolder(dataDir);
const t1 = performance.now();
const { dataset, problems } = loadDataset(files, { buildDate: resolveBuildDate(process.env) });
const t2 = performance.now();
if (dataset === undefined) throw new Error(`${dataDir} has errors (${problems.length} problems)`);
const scores = scoreDataset(dataset);
const t3 = performance.now();
const bytes = formatScoresCsv(scores).length + formatCyclesJson(scores).length;
const t4 = performance.now();

process.stdout.write(
  `${JSON.stringify({
    inputBytes: [...files.values()].reduce((sum, b) => sum + b.length, 0),
    factories: dataset.factories.length,
    cycles: dataset.cycles.length,
    assessments: dataset.assessments.length,
    outputBytes: bytes,
    readMs: t1 - t0,
    validateMs: t2 - t1,
    scoreMs: t3 - t2,
    formatMs: t4 - t3,
    totalMs: t4 - t0,
    maxRssMiB: process.resourceUsage().maxRSS / 1024,
  })}\n`,
);
