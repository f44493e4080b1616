import { z } from 'zod';
import {
  count,
  groupSlug,
  isoDate,
  list,
  newRequirementId,
  newSlugId,
  oneOf,
  optional,
  osId,
  priorCount,
  required,
  requirementId,
  slugId,
  text,
} from './cells';
import { CELL_LIMITS, formatCount } from './limits';
import type { CrossCheck, TableSpec } from './table';
import { checkWebAddress } from './web-address';
import { FACTORY_STATUSES, RESPONSE_LANGUAGES, TRACKS } from './rules';

/** One schema per input file (contract section 1). Column names are the files' own snake_case. */

const requirementRow = z.object({
  id: required(newRequirementId),
  track: required(oneOf(TRACKS)),
  group: required(groupSlug),
  label_en: required(text),
  label_km: optional(text),
  label_zh: optional(text),
  legal_ref: optional(text),
  legal_ref_km: optional(text),
  legal_ref_zh: optional(text),
});

const cycleRow = z.object({
  cycle: required(newSlugId),
  label: required(text),
  label_km: optional(text),
  label_zh: optional(text),
  period_start: required(isoDate),
  period_end: required(isoDate),
  published_on: optional(isoDate),
});

const factoryRow = z.object({
  factory_id: required(newSlugId),
  name: required(text),
  name_km: optional(text),
  name_zh: optional(text),
  aliases: optional(list),
  parent_company: optional(text),
  province: optional(text),
  address: optional(text),
  buyers: optional(list),
  os_id: optional(osId),
  workers: optional(count),
  women_workers: optional(count),
  status: required(oneOf(FACTORY_STATUSES)),
  closed_on: optional(isoDate),
  prior_assessments: optional(priorCount),
});

const strikeRow = z.object({
  strike_id: required(newSlugId),
  factory_id: required(slugId),
  union: required(text),
  federation: optional(text),
  start_date: required(isoDate),
  end_date: optional(isoDate),
  workers_involved: optional(count),
  legal: required(oneOf(['yes', 'no'])),
  requirements_missed: optional(list),
  summary: optional(text),
  summary_language: optional(oneOf(RESPONSE_LANGUAGES)),
});

const responseRow = z.object({
  factory_id: required(slugId),
  date: required(isoDate),
  requirement_id: optional(requirementId),
  language: required(oneOf(RESPONSE_LANGUAGES)),
  text: required(text),
});

/** The fixed columns of an assessment file; one column per requirement id follows. */
export const assessmentKeyRow = z.object({
  factory_id: required(slugId),
  assessment_date: required(isoDate),
});
export const ASSESSMENT_KEY_COLUMNS = ['factory_id', 'assessment_date'] as const;

function spec<S extends z.ZodObject>(
  schema: S,
  required: readonly string[],
  dates: readonly string[] = [],
  crossCheck?: CrossCheck<z.infer<S>>,
): TableSpec<S> {
  const columns = Object.keys(schema.shape);
  return {
    schema,
    required,
    optional: columns.filter((name) => !required.includes(name)),
    dates,
    ...(crossCheck === undefined ? {} : { crossCheck }),
  };
}

const cyclePeriod: CrossCheck<z.infer<typeof cycleRow>> = (r, parsed) =>
  parsed('period_start') && parsed('period_end') && r.period_end! < r.period_start!
    ? [
        [
          'period_end',
          `expected a date on or after period_start ${r.period_start}, found ${r.period_end}`,
        ],
      ]
    : [];

const factoryCells: CrossCheck<z.infer<typeof factoryRow>> = (r, parsed) => {
  const problems: Array<[string, string]> = [];
  if (r.workers !== undefined && r.women_workers !== undefined && r.women_workers > r.workers) {
    problems.push([
      'women_workers',
      `expected at most workers (${r.workers}), found ${r.women_workers}`,
    ]);
  }
  if (parsed('closed_on')) {
    if (r.status === 'closed' && r.closed_on === undefined) {
      problems.push([
        'closed_on',
        'expected the closing date of a closed factory, found an empty cell',
      ]);
    }
    if (r.status === 'open' && r.closed_on !== undefined) {
      problems.push([
        'closed_on',
        `expected an empty cell for an open factory, found ${r.closed_on}`,
      ]);
    }
  }
  return problems;
};

const strikeDates: CrossCheck<z.infer<typeof strikeRow>> = (r, parsed) =>
  parsed('start_date') && r.end_date !== undefined && r.end_date < r.start_date!
    ? [['end_date', `expected a date on or after start_date ${r.start_date}, found ${r.end_date}`]]
    : [];

export const requirementsSpec = spec(requirementRow, ['id', 'track', 'group', 'label_en']);
export const cyclesSpec = spec(
  cycleRow,
  ['cycle', 'label', 'period_start', 'period_end'],
  ['period_start', 'period_end', 'published_on'],
  cyclePeriod,
);
export const factoriesSpec = spec(
  factoryRow,
  ['factory_id', 'name', 'status'],
  ['closed_on'],
  factoryCells,
);
export const strikesSpec = spec(
  strikeRow,
  ['strike_id', 'factory_id', 'union', 'start_date', 'legal'],
  ['start_date', 'end_date'],
  strikeDates,
);
export const responsesSpec = spec(
  responseRow,
  ['factory_id', 'date', 'language', 'text'],
  ['date'],
);

/** provinces.csv: one row per province name used in factories.csv, with its Khmer and Chinese names. */
const provinceRow = z.object({
  name_en: required(text),
  name_km: optional(text),
  name_zh: optional(text),
});
export const provincesSpec = spec(provinceRow, ['name_en']);

export type RequirementRow = z.infer<typeof requirementRow>;
export type CycleRow = z.infer<typeof cycleRow>;
export type FactoryRow = z.infer<typeof factoryRow>;
export type StrikeRow = z.infer<typeof strikeRow>;
export type ResponseRow = z.infer<typeof responseRow>;

const metaText = z.string().max(CELL_LIMITS.other, {
  error: `expected at most ${formatCount(CELL_LIMITS.other)} characters`,
});
const title = metaText.trim().min(1, { error: 'expected a non-empty string' });
function webAddress() {
  return metaText.superRefine((value, context) => {
    const message = checkWebAddress(value);
    if (message !== undefined) context.addIssue({ code: 'custom', message });
  });
}

export const datasetMetaSchema = z.object({
  title,
  title_km: title.optional(),
  title_zh: title.optional(),
  publisher: title,
  publisher_km: title.optional(),
  publisher_zh: title.optional(),
  country: metaText.optional(),
  licence: metaText.optional(),
  source_url: webAddress().optional(),
  contact: webAddress().optional(),
  demo: z.boolean({ error: 'expected true or false' }),
});
export type DatasetMeta = z.infer<typeof datasetMetaSchema>;
export const DATASET_META_KEYS = Object.keys(datasetMetaSchema.shape);
