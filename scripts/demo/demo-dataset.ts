import { generateAssessmentFiles, type Finding } from './assessments.ts';
import { CYCLE_HEADER, cycleRows, generateCycles } from './cycles.ts';
import { toCsv } from './csv.ts';
import { generateDatasetJson } from './dataset-json.ts';
import { PROVINCES } from './name-parts.ts';
import { FACTORY_HEADER, generateFactories } from './factories.ts';
import { planFactories } from './factory-plans.ts';
import { createRng } from './random.ts';
import { generateRequirements, REQUIREMENT_HEADER, requirementRows } from './requirements.ts';
import { generateResponses, RESPONSE_HEADER } from './responses.ts';
import { generateStrikes, STRIKE_HEADER } from './strikes.ts';
import { PROVINCE_NAMES } from './translations.ts';
import { assignUnions } from './unions.ts';

export interface DemoOptions {
  seed: number;
  factories: number;
  cycles: number;
}

export interface DemoFile {
  /** Relative to the dataset folder, with `/` separators. */
  path: string;
  content: string;
  /** Data rows (header excluded); 0 for JSON. */
  rows: number;
}

function csvFile(path: string, header: readonly string[], rows: readonly string[][]): DemoFile {
  return { path, content: toCsv(header, rows), rows: rows.length };
}

/**
 * The whole demo dataset, one file at a time in the layout of the data contract, so a caller can
 * write each file and let it go. Same options, same bytes.
 */
export function* generateDemoFiles(options: DemoOptions): Generator<DemoFile> {
  const { seed } = options;
  const requirements = generateRequirements();
  const cycles = generateCycles(options.cycles, createRng(seed, 'cycles'));
  const plans = planFactories(createRng(seed, 'factory-plans'), options.factories, cycles);
  const { factories, rows: factoryRows } = generateFactories(createRng(seed, 'factories'), plans);
  const unions = assignUnions(createRng(seed, 'unions'), plans.length);

  yield { path: 'dataset.json', content: generateDatasetJson(), rows: 0 };
  yield csvFile('requirements.csv', REQUIREMENT_HEADER, requirementRows(requirements));
  yield csvFile('cycles.csv', CYCLE_HEADER, cycleRows(cycles));
  yield csvFile('factories.csv', FACTORY_HEADER, factoryRows);
  yield csvFile(
    'provinces.csv',
    ['name_en', 'name_km', 'name_zh'],
    PROVINCES.map(([name]) => {
      const names = PROVINCE_NAMES[name];
      if (names === undefined) throw new Error(`no Khmer and Chinese name for province "${name}"`);
      return [name, names.km, names.zh];
    }),
  );

  const findings: Finding[] = [];
  for (const file of generateAssessmentFiles(seed, plans, cycles, requirements, findings)) {
    yield csvFile(`assessments/${file.cycle.id}.csv`, file.header, file.rows);
  }

  const strikes = generateStrikes(createRng(seed, 'strikes'), plans, factories, cycles, unions);
  yield csvFile('strikes.csv', STRIKE_HEADER, strikes);
  const lastDay = cycles.at(-1)?.end ?? 0;
  const responses = generateResponses(
    createRng(seed, 'responses'),
    findings,
    plans,
    requirements,
    unions,
    lastDay,
  );
  yield csvFile('responses.csv', RESPONSE_HEADER, responses);
}
