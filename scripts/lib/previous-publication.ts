/**
 * Reads the previous publication a build is compared with (`--previous DIR`, PREVIOUS_DIR): a
 * folder holding that publication's manifest.json and scores.csv, such as its downloads/ folder.
 * The scores.csv must be the one the manifest lists, and this dataset's corrections.csv must
 * begin with the corrections that publication was built from: both are checked here.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PreviousPublication, PublishedRow } from '../../src/lib/corrections';
import { CORRECTIONS_FILE } from '../../src/lib/corrections';
import { FILE_COLUMN, makeProblem, type Problem } from '../../src/lib/problems';
import { MANIFEST_PATH, sha256, type Manifest } from './manifest';

const SCORES_PATH = 'downloads/scores.csv';

export function readPreviousPublication(
  dir: string,
  corrections: Uint8Array | undefined,
): { value: PreviousPublication | undefined; problems: Problem[] } {
  const manifestFile = join(dir, 'manifest.json');
  const scoresFile = join(dir, 'scores.csv');
  const refuse = (file: string, message: string) => ({
    value: undefined,
    problems: [makeProblem('error', file, 1, FILE_COLUMN, message)],
  });
  for (const file of [manifestFile, scoresFile]) {
    if (!existsSync(file)) {
      return refuse(
        file,
        `file is missing: expected the previous publication's ${MANIFEST_PATH} and ${SCORES_PATH} in ${dir}`,
      );
    }
  }
  let manifest: Manifest;
  try {
    manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as Manifest;
    if (!Array.isArray(manifest.files) || !Array.isArray(manifest.inputs))
      throw new Error('no file lists');
  } catch (error) {
    return refuse(
      manifestFile,
      `expected a site manifest (JSON with inputs and files): ${(error as Error).message}`,
    );
  }
  const scoresBytes = readFileSync(scoresFile);
  const listed = manifest.files.find((f) => f.path === SCORES_PATH);
  if (listed === undefined || listed.sha256 !== sha256(scoresBytes)) {
    return refuse(
      scoresFile,
      `is not the ${SCORES_PATH} that ${manifestFile} lists: expected the two files of one publication`,
    );
  }
  const before = manifest.inputs.find((input) => input.file === CORRECTIONS_FILE);
  if (before !== undefined) {
    const now = corrections ?? new Uint8Array(0);
    if (now.length < before.bytes || sha256(now.subarray(0, before.bytes)) !== before.sha256) {
      return refuse(
        CORRECTIONS_FILE,
        `the ${before.rows ?? 0} corrections published before (${manifestFile}) are not the start of this file: expected corrections.csv to keep every published row and only gain new ones`,
      );
    }
  }
  return {
    value: {
      scoresFile,
      rows: parseScores(scoresBytes.toString('utf8')),
      correctionRows: before?.rows ?? 0,
    },
    problems: [],
  };
}

/** scores.csv holds ids, dates, numbers and booleans only, so a split on commas reads it. */
function parseScores(text: string): PublishedRow[] {
  const [header = '', ...lines] = text.split('\n');
  const columns = header.split(',');
  const at = (name: string) => columns.indexOf(name);
  return lines.flatMap((line, i) => {
    if (line === '') return [];
    const cells = line.split(',');
    const cell = (name: string) => cells[at(name)] ?? '';
    const eligible = cell('lc_eligible') === 'true';
    return [
      {
        cycle: cell('cycle'),
        factoryId: cell('factory_id'),
        ciPublished: cell('ci_published') === 'true',
        ciNonCompliant: cell('ci_noncompliant'),
        ciNotAssessed: cell('ci_not_assessed'),
        // The audit trail shows every rate; the public file only the population's.
        complianceRate: eligible ? cell('compliance_rate') : '',
        lowCompliance: cell('low_compliance') === 'true',
        line: i + 2,
      },
    ];
  });
}
