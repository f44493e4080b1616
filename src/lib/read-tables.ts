import { decodeUtf8, parseCsv, type CsvTable } from './csv';
import type { DateRange } from './dates';
import { findIdCollisions, type IdIndex } from './identity';
import type { CycleId, FactoryId, IsoDate, RequirementId, StrikeId } from './ids';
import type { Cycle, Factory, FactoryResponse, Province, Requirement, Strike } from './model';
import { FILE_COLUMN, makeProblem, unknownFactory, type Problem } from './problems';
import { readTable, type TableRow } from './table';
import {
  cyclesSpec,
  factoriesSpec,
  provincesSpec,
  requirementsSpec,
  responsesSpec,
  strikesSpec,
} from './schemas';
import { quoteValue } from './unsafe-text';
import { pushAll } from './arrays';

export interface Read<T> {
  value: T;
  problems: Problem[];
}

export function missingFile(file: string): Problem {
  return makeProblem(
    'error',
    file,
    1,
    FILE_COLUMN,
    'file is missing: expected it in the data folder',
  );
}

/**
 * Decodes and parses a CSV file; a missing file is an error when `required`, unless the file is
 * there but was refused unread (a link, too large), which is reported where it was refused.
 */
export function readCsvFile(
  file: string,
  bytes: Uint8Array | undefined,
  required: boolean,
  refusedUnread = false,
): Read<CsvTable | undefined> {
  if (bytes === undefined) {
    return { value: undefined, problems: required && !refusedUnread ? [missingFile(file)] : [] };
  }
  const decoded = decodeUtf8(bytes, file);
  if (decoded.problems.length > 0) return { value: undefined, problems: decoded.problems };
  const { table, problems } = parseCsv(decoded.text, file);
  return { value: table, problems };
}

export function readRequirements(table: CsvTable, dates: DateRange): Read<Requirement[]> {
  const { rows, problems } = readTable(table, requirementsSpec, dates);
  const ids = findIdCollisions(table.file, 'id', rows, (r) => r.id, 'requirement id');
  pushAll(problems, ids.problems);
  const value = ids.unique.map(({ line, value: r }) => ({
    id: r.id as RequirementId,
    track: r.track,
    group: r.group,
    labelEn: r.label_en,
    labelKm: r.label_km,
    labelZh: r.label_zh,
    legalRef: r.legal_ref,
    legalRefKm: r.legal_ref_km,
    legalRefZh: r.legal_ref_zh,
    source: { file: table.file, line },
  }));
  return { value, problems };
}

export function readCycles(table: CsvTable, dates: DateRange): Read<Cycle[]> {
  const { rows, problems } = readTable(table, cyclesSpec, dates);
  const ids = findIdCollisions(table.file, 'cycle', rows, (r) => r.cycle, 'cycle');
  pushAll(problems, ids.problems);
  const cycles: Cycle[] = [];
  for (const { line, value: r } of ids.unique) {
    cycles.push({
      id: r.cycle as CycleId,
      label: r.label,
      labelKm: r.label_km,
      labelZh: r.label_zh,
      periodStart: r.period_start,
      periodEnd: r.period_end,
      publishedOn: r.published_on,
      source: { file: table.file, line },
    });
  }
  cycles.sort((a, b) =>
    a.periodStart < b.periodStart ? -1 : a.periodStart > b.periodStart ? 1 : 0,
  );
  pushAll(problems, findOverlaps(table.file, cycles));
  return { value: cycles, problems };
}

function findOverlaps(file: string, chronological: readonly Cycle[]): Problem[] {
  const problems: Problem[] = [];
  let latest: Cycle | undefined;
  for (const cycle of chronological) {
    if (latest !== undefined && cycle.periodStart <= latest.periodEnd) {
      problems.push(
        makeProblem(
          'error',
          file,
          cycle.source.line,
          'period_start',
          `period ${cycle.periodStart}–${cycle.periodEnd} overlaps cycle "${latest.id}" (${latest.periodStart}–${latest.periodEnd}, line ${latest.source.line}): expected periods that do not overlap`,
        ),
      );
    }
    if (latest === undefined || cycle.periodEnd > latest.periodEnd) latest = cycle;
  }
  return problems;
}

export function readFactories(table: CsvTable, dates: DateRange): Read<Factory[]> {
  const { rows, problems } = readTable(table, factoriesSpec, dates);
  const ids = findIdCollisions(table.file, 'factory_id', rows, (r) => r.factory_id, 'factory id');
  pushAll(problems, ids.problems);
  pushAll(problems, findSharedOsIds(table.file, ids.unique));
  const factories: Factory[] = [];
  for (const { line, value: r } of ids.unique) {
    factories.push({
      id: r.factory_id as FactoryId,
      name: r.name,
      nameKm: r.name_km,
      nameZh: r.name_zh,
      aliases: r.aliases ?? [],
      parentCompany: r.parent_company,
      province: r.province,
      address: r.address,
      buyers: r.buyers ?? [],
      osId: r.os_id,
      workers: r.workers,
      womenWorkers: r.women_workers,
      status: r.status,
      closedOn: r.closed_on,
      priorAssessments: r.prior_assessments ?? 0,
      source: { file: table.file, line },
    });
  }
  return { value: factories, problems };
}

export function readStrikes(
  table: CsvTable,
  factoryIds: IdIndex,
  cycles: readonly Cycle[],
  dates: DateRange,
): Read<Strike[]> {
  const { rows, problems } = readTable(table, strikesSpec, dates);
  const ids = findIdCollisions(table.file, 'strike_id', rows, (r) => r.strike_id, 'strike id');
  pushAll(problems, ids.problems);
  const strikes: Strike[] = [];
  for (const { line, value: r } of ids.unique) {
    const rowProblems: Problem[] = [];
    if (!factoryIds.has(r.factory_id)) {
      rowProblems.push(
        unknownFactory(table.file, line, r.factory_id, factoryIds.meant(r.factory_id)),
      );
    }
    pushAll(problems, rowProblems);
    if (rowProblems.length > 0) continue;
    const cycle = cycles.find((c) => c.periodStart <= r.start_date && r.start_date <= c.periodEnd);
    if (cycle === undefined) {
      problems.push(
        makeProblem(
          'warning',
          table.file,
          line,
          'start_date',
          `${r.start_date} falls in no cycle's period: the strike is listed but counted in no cycle`,
        ),
      );
    }
    strikes.push({
      id: r.strike_id as StrikeId,
      factoryId: r.factory_id as FactoryId,
      union: r.union,
      federation: r.federation,
      startDate: r.start_date,
      endDate: r.end_date,
      workersInvolved: r.workers_involved,
      legal: r.legal === 'yes',
      requirementsMissed: r.requirements_missed ?? [],
      summary: r.summary,
      summaryLanguage: r.summary_language ?? 'en',
      cycleId: cycle?.id,
      source: { file: table.file, line },
    });
  }
  return { value: strikes, problems };
}

export function readResponses(
  table: CsvTable,
  factoryIds: IdIndex,
  requirementIds: IdIndex,
  dates: DateRange,
): Read<FactoryResponse[]> {
  const { rows, problems } = readTable(table, responsesSpec, dates);
  const responses: FactoryResponse[] = [];
  for (const { line, value: r } of rows) {
    const rowProblems: Problem[] = [];
    if (!factoryIds.has(r.factory_id)) {
      rowProblems.push(
        unknownFactory(table.file, line, r.factory_id, factoryIds.meant(r.factory_id)),
      );
    }
    if (r.requirement_id !== undefined && !requirementIds.has(r.requirement_id)) {
      const meant = requirementIds.meant(r.requirement_id);
      rowProblems.push(
        makeProblem(
          'error',
          table.file,
          line,
          'requirement_id',
          `unknown requirement ${quoteValue(r.requirement_id)}: expected an id from requirements.csv or an empty cell${meant === undefined ? '' : `; did you mean ${JSON.stringify(meant)}?`}`,
        ),
      );
    }
    pushAll(problems, rowProblems);
    if (rowProblems.length > 0) continue;
    responses.push({
      factoryId: r.factory_id as FactoryId,
      date: r.date as IsoDate,
      requirementId: r.requirement_id as RequirementId | undefined,
      language: r.language,
      text: r.text,
      source: { file: table.file, line },
    });
  }
  return { value: responses, problems };
}

/**
 * provinces.csv: each English name once (compared as factories.csv is matched, exactly), and every
 * province a factory names is expected here, or its pages show the English name marked as such.
 */
export function readProvinces(
  table: CsvTable,
  factories: readonly Factory[],
  dates: DateRange,
): Read<Province[]> {
  const { rows, problems } = readTable(table, provincesSpec, dates);
  const ids = findIdCollisions(table.file, 'name_en', rows, (r) => r.name_en, 'province');
  pushAll(problems, ids.problems);
  const provinces = ids.unique.map(({ line, value: r }) => ({
    nameEn: r.name_en,
    nameKm: r.name_km,
    nameZh: r.name_zh,
    source: { file: table.file, line },
  }));
  const known = new Set(provinces.map((p) => p.nameEn));
  const warned = new Set<string>();
  for (const factory of factories) {
    const name = factory.province;
    if (name === undefined || known.has(name) || warned.has(name)) continue;
    warned.add(name);
    problems.push(
      makeProblem(
        'warning',
        factory.source.file,
        factory.source.line,
        'province',
        `province ${quoteValue(name)} is not in provinces.csv: pages in Khmer and Chinese show it in English`,
      ),
    );
  }
  return { value: provinces, problems };
}

/** One Open Supply Hub id on two factories would let a supplier list match either. */
function findSharedOsIds(
  file: string,
  rows: readonly TableRow<{ factory_id: string; os_id?: string | undefined }>[],
): Problem[] {
  const first = new Map<string, { factoryId: string; line: number }>();
  const problems: Problem[] = [];
  for (const { line, value } of rows) {
    if (value.os_id === undefined) continue;
    const earlier = first.get(value.os_id);
    if (earlier === undefined) {
      first.set(value.os_id, { factoryId: value.factory_id, line });
      continue;
    }
    problems.push(
      makeProblem(
        'error',
        file,
        line,
        'os_id',
        `${value.os_id} is already the Open Supply Hub id of factory ${quoteValue(earlier.factoryId)} on line ${earlier.line}: expected each os_id on one factory only (compared without hyphens and spaces)`,
      ),
    );
  }
  return problems;
}
