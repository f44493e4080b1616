import {
  buildComplianceModel,
  nonComplianceProbability,
  type FactoryState,
} from './compliance-model.ts';
import type { Cycle } from './cycles.ts';
import { formatDay, type Day } from './dates.ts';
import type { FactoryPlan } from './factory-plans.ts';
import { createRng, type Rng } from './random.ts';
import type { Requirement } from './requirements.ts';

/** One non-compliance finding a factory or its union may answer in responses.csv. */
export interface Finding {
  factoryIndex: number;
  date: Day;
  requirementId: string;
}

export interface AssessmentFile {
  cycle: Cycle;
  header: string[];
  rows: string[][];
}

/**
 * `NA` is used sparingly: child-labour remediation when no underage worker was ever found, maternity
 * pay when nobody took maternity leave since the last visit, and night-work pay where there is no
 * night shift.
 */
const NA_CHANCE: Readonly<Record<string, number>> = { CI01: 0.03, LR46: 0.05 };
const NIGHT_WORK_REQUIREMENT = 'LR38';
/** A monitor rarely leaves a point unassessed. */
const NOT_ASSESSED_CHANCE = 0.0006;
const DAYS_PER_YEAR = 365.25;
/** Share of published assessments with findings that keep one finding for responses.csv. */
const FINDING_SAMPLE_CHANCE = 0.035;

/**
 * The assessment files, one cycle at a time, so only one cycle's rows are in memory. Each factory
 * draws from its own stream, and its previous findings carry into the next visit.
 * `findings` receives a small sample of published non-compliance findings.
 */
export function* generateAssessmentFiles(
  seed: number,
  plans: readonly FactoryPlan[],
  cycles: readonly Cycle[],
  requirements: readonly Requirement[],
  findings: Finding[],
): Generator<AssessmentFile> {
  const ids = requirements.map((r) => r.id);
  const header = ['factory_id', 'assessment_date', ...ids];
  const model = buildComplianceModel(ids);
  const naChances = ids.map((id) => NA_CHANCE[id] ?? 0);
  const nightWorkIndex = ids.indexOf(NIGHT_WORK_REQUIREMENT);
  const criticalCount = requirements.filter((r) => r.track === 'critical').length;
  const start = cycles[0]?.start ?? 0;

  const rngs: (Rng | undefined)[] = [];
  const lastFound = plans.map(() => new Uint8Array(ids.length));
  const visitsDone = new Int32Array(plans.length);

  for (const cycle of cycles) {
    const rows: string[][] = [];
    plans.forEach((plan, f) => {
      for (let v = visitsDone[f] ?? 0; v < plan.visits.length; v++) {
        const date = plan.visits[v] as Day;
        if (date > cycle.end) break;
        const rng = (rngs[f] ??= createRng(seed, `assessments:${plan.id}`));
        const seen = plan.priorAssessments + v;
        const state: FactoryState = {
          quality: plan.quality,
          chronic: plan.chronic,
          yearsSinceStart: (date - start) / DAYS_PER_YEAR,
          published: seen >= 2,
        };
        const found = lastFound[f] as Uint8Array;
        const row = [plan.id, formatDay(date)];
        let criticalFindings = 0;
        for (let r = 0; r < ids.length; r++) {
          let cell: string;
          if (r === nightWorkIndex && !plan.nightWork) cell = 'NA';
          else if (rng.chance(naChances[r] ?? 0)) cell = 'NA';
          else if (rng.chance(NOT_ASSESSED_CHANCE)) cell = '';
          else
            cell = rng.chance(nonComplianceProbability(model, r, state, found[r] === 1))
              ? 'NC'
              : 'C';
          found[r] = cell === 'NC' ? 1 : 0;
          if (cell === 'NC' && r < criticalCount) criticalFindings++;
          row.push(cell);
        }
        rows.push(row);
        visitsDone[f] = v + 1;
        // Only findings already public are answered; key findings are public only for
        // low-compliance factories, which in this model are the chronic ones.
        if (seen + 1 >= 2 && criticalFindings > 0 && rng.chance(FINDING_SAMPLE_CHANCE)) {
          const answerable = ids.filter(
            (_, r) => found[r] === 1 && (r < criticalCount || plan.chronic),
          );
          findings.push({ factoryIndex: f, date, requirementId: rng.pick(answerable) });
        }
      }
    });
    yield { cycle, header, rows };
  }
}
