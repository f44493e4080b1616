/**
 * How likely each requirement is to be found non-compliant. The base rates are for an average
 * factory at the start of the programme: common problems (evacuation drills, overtime, heat,
 * nursing rooms) are frequent, fundamental-rights violations such as child or forced labour rare.
 * They are tuned so that the figures the scorer reports sit where BFC's published ones do
 * (research notes, part 1, section 3).
 */
interface RequirementModel {
  /** Probability of `NC` at an average factory before any improvement. */
  base: number;
  /** How strongly the factory's quality moves that probability (logit units per SD). */
  sensitivity: number;
}

const FUNDAMENTAL = 0.6;
const MANAGED = 0.9;

const MODELS: Readonly<Record<string, RequirementModel>> = {
  CI01: { base: 0.012, sensitivity: FUNDAMENTAL },
  CI02: { base: 0.005, sensitivity: FUNDAMENTAL },
  CI03: { base: 0.04, sensitivity: FUNDAMENTAL },
  CI04: { base: 0.01, sensitivity: FUNDAMENTAL },
  CI05: { base: 0.006, sensitivity: FUNDAMENTAL },
  CI06: { base: 0.008, sensitivity: FUNDAMENTAL },
  CI07: { base: 0.005, sensitivity: FUNDAMENTAL },
  CI08: { base: 0.025, sensitivity: FUNDAMENTAL },
  CI09: { base: 0.015, sensitivity: FUNDAMENTAL },
  CI10: { base: 0.01, sensitivity: FUNDAMENTAL },
  CI11: { base: 0.005, sensitivity: FUNDAMENTAL },
  CI12: { base: 0.035, sensitivity: FUNDAMENTAL },
  CI13: { base: 0.008, sensitivity: FUNDAMENTAL },
  CI14: { base: 0.2, sensitivity: MANAGED },
  CI15: { base: 0.06, sensitivity: MANAGED },
  CI16: { base: 0.08, sensitivity: MANAGED },
  CI17: { base: 0.1, sensitivity: MANAGED },
  CI18: { base: 0.07, sensitivity: MANAGED },
  CI19: { base: 0.05, sensitivity: MANAGED },
  CI20: { base: 0.12, sensitivity: MANAGED },
  CI21: { base: 0.08, sensitivity: MANAGED },
  LR22: { base: 0.02, sensitivity: FUNDAMENTAL },
  LR23: { base: 0.1, sensitivity: MANAGED },
  LR24: { base: 0.16, sensitivity: MANAGED },
  LR25: { base: 0.1, sensitivity: MANAGED },
  LR26: { base: 0.15, sensitivity: MANAGED },
  LR27: { base: 0.2, sensitivity: MANAGED },
  LR28: { base: 0.28, sensitivity: MANAGED },
  LR29: { base: 0.25, sensitivity: MANAGED },
  LR30: { base: 0.3, sensitivity: MANAGED },
  LR31: { base: 0.1, sensitivity: MANAGED },
  LR32: { base: 0.12, sensitivity: MANAGED },
  LR33: { base: 0.15, sensitivity: MANAGED },
  LR34: { base: 0.12, sensitivity: MANAGED },
  LR35: { base: 0.15, sensitivity: MANAGED },
  LR36: { base: 0.06, sensitivity: MANAGED },
  LR37: { base: 0.06, sensitivity: MANAGED },
  LR38: { base: 0.08, sensitivity: MANAGED },
  LR39: { base: 0.08, sensitivity: MANAGED },
  LR40: { base: 0.2, sensitivity: MANAGED },
  // BFC's 32nd synthesis found 76% of factories over the 2-hour daily overtime limit.
  LR41: { base: 0.6, sensitivity: MANAGED },
  LR42: { base: 0.1, sensitivity: MANAGED },
  LR43: { base: 0.08, sensitivity: MANAGED },
  LR44: { base: 0.12, sensitivity: MANAGED },
  LR45: { base: 0.08, sensitivity: MANAGED },
  LR46: { base: 0.06, sensitivity: MANAGED },
  LR47: { base: 0.3, sensitivity: MANAGED },
  LR48: { base: 0.25, sensitivity: MANAGED },
  LR49: { base: 0.1, sensitivity: MANAGED },
  LR50: { base: 0.15, sensitivity: MANAGED },
  LR51: { base: 0.1, sensitivity: MANAGED },
  LR52: { base: 0.1, sensitivity: MANAGED },
};

/** Improvement per year across the industry, in logit units; it levels off after a decade. */
const YEARLY_TREND = 0.035;
const TREND_YEARS = 10;
/**
 * Extra improvement once a factory's findings are public. Robertson (ILR Review 2020) found that
 * the least-compliant factories did not improve with disclosure, so chronic factories do not get it.
 */
const DISCLOSURE_EFFECT = 0.35;
/** A finding left unremediated tends to be found again at the next visit. */
const PERSISTENCE = 1.0;

function logit(p: number): number {
  return Math.log(p / (1 - p));
}

/** Per requirement, in catalogue order: base logit and sensitivity. */
export interface ComplianceModel {
  baseLogits: Float64Array;
  sensitivities: Float64Array;
}

export function buildComplianceModel(requirementIds: readonly string[]): ComplianceModel {
  const baseLogits = new Float64Array(requirementIds.length);
  const sensitivities = new Float64Array(requirementIds.length);
  requirementIds.forEach((id, i) => {
    const model = MODELS[id];
    if (!model) throw new Error(`no compliance model for requirement ${id}`);
    baseLogits[i] = logit(model.base);
    sensitivities[i] = model.sensitivity;
  });
  return { baseLogits, sensitivities };
}

export interface FactoryState {
  quality: number;
  chronic: boolean;
  yearsSinceStart: number;
  published: boolean;
}

/** Probability that requirement `index` is found non-compliant at this visit. */
export function nonComplianceProbability(
  model: ComplianceModel,
  index: number,
  state: FactoryState,
  foundLastTime: boolean,
): number {
  let x = (model.baseLogits[index] ?? 0) - (model.sensitivities[index] ?? 0) * state.quality;
  if (!state.chronic) {
    x -= YEARLY_TREND * Math.min(TREND_YEARS, state.yearsSinceStart);
    if (state.published) x -= DISCLOSURE_EFFECT;
  }
  if (foundLastTime) x += PERSISTENCE;
  return 1 / (1 + Math.exp(-x));
}
