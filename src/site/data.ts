import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The pages' only way to the data: the snapshot scripts/build-data.ts wrote to src/generated/.
 * Read with fs (not imported) so Vite does not bundle the data into the site's JavaScript.
 */
const GENERATED = join(process.cwd(), 'src/generated');

export interface DatasetMetaJson {
  title: string;
  publisher: string;
  country?: string;
  licence?: string;
  source_url?: string;
  contact?: string;
  demo: boolean;
}

/** One object of cycles.json (contract section 3). */
export interface CycleJson {
  cycle: string;
  label: string;
  period_start: string;
  period_end: string;
  factories_active: number;
  ci_published: number;
  ci_fully_compliant: number;
  ci_noncompliant_by_requirement: Record<string, number>;
  lc_population: number;
  lc_mean: number | null;
  lc_sd: number | null;
  lc_threshold: number | null;
  low_compliance: string[];
  strikes: number;
  strikes_not_legal: number;
}

function readGenerated<T>(name: string): T {
  const path = join(GENERATED, name);
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as T;
  } catch (error) {
    throw new Error(`cannot read ${path}: run "npm run build", which scores the data first`, {
      cause: error,
    });
  }
}

export const loadDatasetMeta = () => readGenerated<DatasetMetaJson>('dataset.json');
export const loadCycles = () => readGenerated<CycleJson[]>('cycles.json');
