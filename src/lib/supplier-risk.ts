/**
 * What a compliance team acts on first in a checked supplier list: how many of the suppliers the
 * check identified are on the low-compliance list, are non-compliant on critical issues (and on
 * which, most frequent first), have closed, or have had strikes that did not meet the legal
 * requirements; the lines behind each count; and the list in order of standing, worst first.
 *
 * Only lines with a matched factory count: a line to confirm is not yet a known factory, so none
 * of its candidates' findings is put on the user's supplier. Pure, so the page, the reports and
 * `npm run check-suppliers` count alike.
 */
import type { SearchRecord } from './search';
import type { RowMatch } from './supplier-answer';

/** A count of the summary, usable as a filter of the lines. */
export type RiskFilter =
  | { kind: 'lowCompliance' }
  | { kind: 'critical'; requirement?: string }
  | { kind: 'closed' }
  | { kind: 'strikesNotLegal' };

export interface RequirementCount {
  requirement: string;
  count: number;
}

export interface RiskSummary {
  /** Lines with a matched factory: the suppliers the counts below are out of. */
  matched: number;
  /** On the latest cycle's low-compliance list. */
  lowCompliance: number;
  /** Non-compliant on at least one critical issue in the factory's latest published cycle. */
  critical: number;
  /** Per critical issue, the suppliers non-compliant on it: most frequent first. */
  byRequirement: RequirementCount[];
  closed: number;
  /** With at least one strike that did not meet the legal requirements. */
  strikesNotLegal: number;
}

const recordOf = (match: RowMatch | undefined): SearchRecord | null =>
  match?.result === 'matched' ? match.record : null;

/** Whether a matched factory falls under a filter. */
export function meets(record: SearchRecord, filter: RiskFilter): boolean {
  switch (filter.kind) {
    case 'lowCompliance':
      return record.lc;
    case 'critical':
      return filter.requirement === undefined
        ? record.nc.length > 0
        : record.nc.includes(filter.requirement);
    case 'closed':
      return record.st === 'closed';
    case 'strikesNotLegal':
      return (record.skn ?? 0) > 0;
  }
}

/**
 * The counts over the lines' matches. `catalogue` is the critical requirements in catalogue
 * order, which breaks ties between issues found as often.
 */
export function riskSummary(
  matches: readonly RowMatch[],
  catalogue: readonly string[] = [],
): RiskSummary {
  const summary: RiskSummary = {
    matched: 0,
    lowCompliance: 0,
    critical: 0,
    byRequirement: [],
    closed: 0,
    strikesNotLegal: 0,
  };
  const perRequirement = new Map<string, number>();
  for (const match of matches) {
    const record = recordOf(match);
    if (record === null) continue;
    summary.matched += 1;
    if (meets(record, { kind: 'lowCompliance' })) summary.lowCompliance += 1;
    if (meets(record, { kind: 'critical' })) summary.critical += 1;
    if (meets(record, { kind: 'closed' })) summary.closed += 1;
    if (meets(record, { kind: 'strikesNotLegal' })) summary.strikesNotLegal += 1;
    for (const requirement of new Set(record.nc)) {
      perRequirement.set(requirement, (perRequirement.get(requirement) ?? 0) + 1);
    }
  }
  const position = (id: string) => {
    const at = catalogue.indexOf(id);
    return at === -1 ? catalogue.length : at;
  };
  summary.byRequirement = [...perRequirement]
    .map(([requirement, count]) => ({ requirement, count }))
    .sort(
      (a, b) =>
        b.count - a.count ||
        position(a.requirement) - position(b.requirement) ||
        a.requirement.localeCompare(b.requirement),
    );
  return summary;
}

/** The indexes of the lines whose matched factory falls under the filter, in the list's order. */
export function linesMeeting(matches: readonly RowMatch[], filter: RiskFilter): number[] {
  return matches.flatMap((match, index) => {
    const record = recordOf(match);
    return record !== null && meets(record, filter) ? [index] : [];
  });
}

export type LineOrder = 'input' | 'standing';

/**
 * How much a matched factory's standing asks for attention, compared term by term: on the
 * latest low-compliance list, critical issues non-compliant, strikes that did not meet the legal
 * requirements, cycles on the list before, closed.
 */
function weight(record: SearchRecord): number[] {
  const before = (record.lcs ?? []).length - (record.lc ? 1 : 0);
  return [
    record.lc ? 1 : 0,
    record.nc.length,
    record.skn ?? 0,
    before,
    record.st === 'closed' ? 1 : 0,
  ];
}

/** Matched lines first, then lines to confirm, then lines not found. */
const RESULT_ORDER = { matched: 0, ambiguous: 1, unmatched: 2 } as const;

/**
 * The lines' indexes in the order asked: the list's own, or standing, worst first (matched
 * factories by the terms of `weight`, then lines to confirm, then not found; the list's order
 * among equals).
 */
export function orderLines(
  indexes: readonly number[],
  matches: readonly RowMatch[],
  order: LineOrder,
): number[] {
  if (order === 'input') return [...indexes];
  const keyed = indexes.map((index) => {
    const match = matches[index];
    const record = recordOf(match);
    return {
      index,
      result: RESULT_ORDER[match?.result ?? 'unmatched'],
      weight: record === null ? [] : weight(record),
    };
  });
  keyed.sort((a, b) => {
    if (a.result !== b.result) return a.result - b.result;
    for (let i = 0; i < Math.max(a.weight.length, b.weight.length); i += 1) {
      const difference = (b.weight[i] ?? 0) - (a.weight[i] ?? 0);
      if (difference !== 0) return difference;
    }
    return a.index - b.index;
  });
  return keyed.map((k) => k.index);
}

/** A filter as a short stable key, for the page's state and the report's heading. */
export function filterKey(filter: RiskFilter): string {
  return filter.kind === 'critical' && filter.requirement !== undefined
    ? `critical:${filter.requirement}`
    : filter.kind;
}
