import { formatRatio } from './low-compliance';
import type { Scores } from './score';

/** Columns of OUT/scores.csv, in the contract's order. */
export const SCORES_COLUMNS = [
  'cycle',
  'factory_id',
  'assessments',
  'latest_assessment',
  'updated_this_cycle',
  'ci_published',
  'ci_noncompliant',
  'ci_not_assessed',
  'compliance_rate',
  'lc_eligible',
  'low_compliance',
] as const;

/**
 * OUT/scores.csv: the publisher's complete audit trail. Every cell is an id, a date, a number or
 * a boolean (ids match `[A-Za-z0-9-]+`), so no cell ever needs quoting.
 *
 * With `publicOnly`, the site's /downloads/scores.csv: only rows with `ci_published = true`, and
 * the compliance rate only where `lc_eligible` is true (contract section 4).
 */
export function formatScoresCsv(scores: Scores, options: { publicOnly?: boolean } = {}): string {
  return [...scoresCsvChunks(scores, options)].join('');
}

/** Lines of a scores CSV per chunk: a large site's file is written without one string of it all. */
const LINES_PER_CHUNK = 2000;

/** The same file as formatScoresCsv, in pieces of whole lines. */
export function* scoresCsvChunks(
  scores: Scores,
  { publicOnly = false }: { publicOnly?: boolean } = {},
): Generator<string> {
  let lines = [SCORES_COLUMNS.join(',')];
  for (const row of scores.factoryCycles) {
    if (publicOnly && !row.ciPublished) continue;
    const showRate = row.ratio !== undefined && (!publicOnly || row.lcEligible);
    lines.push(
      [
        row.cycleId,
        row.factoryId,
        String(row.assessments),
        row.latest.date,
        String(row.updatedThisCycle),
        String(row.ciPublished),
        row.ciNonCompliant.join(';'),
        row.ciNotAssessed.join(';'),
        showRate && row.ratio ? formatRatio(row.ratio) : '',
        String(row.lcEligible),
        String(row.lowCompliance),
      ].join(','),
    );
    if (lines.length >= LINES_PER_CHUNK) {
      yield `${lines.join('\n')}\n`;
      lines = [];
    }
  }
  if (lines.length > 0) yield `${lines.join('\n')}\n`;
}

/** OUT/cycles.json, with the contract's keys in the contract's order. */
export function formatCyclesJson(scores: Scores): string {
  const cycles = scores.cycles.map((summary) => ({
    cycle: summary.cycle.id,
    label: summary.cycle.label,
    period_start: summary.cycle.periodStart,
    period_end: summary.cycle.periodEnd,
    factories_active: summary.factoriesActive,
    ci_published: summary.ciPublished,
    ci_fully_compliant: summary.ciFullyCompliant,
    // A Map keeps the catalogue order even for ids such as "7" that objects would reorder.
    ci_noncompliant_by_requirement: new Map(summary.ciNonCompliantByRequirement),
    lc_population: summary.lcPopulation,
    lc_mean: summary.lcMean,
    lc_sd: summary.lcSd,
    lc_threshold: summary.lcThreshold,
    low_compliance: summary.lowCompliance,
    strikes: summary.strikes,
    strikes_not_legal: summary.strikesNotLegal,
  }));
  return stringifyOrdered(cycles);
}

/** JSON.stringify with two-space indents that writes a Map as an object in insertion order. */
export function stringifyOrdered(value: unknown, indent = ''): string {
  const inner = `${indent}  `;
  if (value instanceof Map) {
    if (value.size === 0) return '{}';
    const entries = [...value].map(
      ([key, item]) => `${inner}${JSON.stringify(String(key))}: ${stringifyOrdered(item, inner)}`,
    );
    return `{\n${entries.join(',\n')}\n${indent}}`;
  }
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    return `[\n${value.map((item) => `${inner}${stringifyOrdered(item, inner)}`).join(',\n')}\n${indent}]`;
  }
  if (typeof value === 'object' && value !== null) {
    return stringifyOrdered(new Map(Object.entries(value)), indent);
  }
  return JSON.stringify(value) ?? 'null';
}
