import type { Finding } from './assessments.ts';
import { formatDay, type Day } from './dates.ts';
import type { FactoryPlan } from './factory-plans.ts';
import type { Rng } from './random.ts';
import type { Requirement } from './requirements.ts';
import {
  factoryResponse,
  factoryStatement,
  unionResponse,
  unionStatement,
  type Language,
} from './response-texts.ts';
import type { UnionAssignment } from './unions.ts';

export const RESPONSE_HEADER = [
  'factory_id',
  'date',
  'requirement_id',
  'language',
  'text',
] as const;

const UNION_SHARE = 0.25;
const GENERAL_SHARE = 0.15;
const FACTORY_LANGUAGES: readonly (readonly [Language, number])[] = [
  ['en', 5],
  ['km', 3],
  ['zh', 3],
];
const UNION_LANGUAGES: readonly (readonly [Language, number])[] = [
  ['km', 3],
  ['en', 2],
  ['zh', 1],
];

function labelIn(language: Language, requirement: Requirement): string {
  if (language === 'km') return requirement.labelKm;
  if (language === 'zh') return requirement.labelZh;
  return requirement.labelEn;
}

/**
 * Responses by factories, and some by their unions, to published findings: written two weeks to
 * three months after the assessment, never after the factory closed or the last period ended.
 * Most answer one requirement; some are general statements. Sorted by date, then factory id.
 */
export function generateResponses(
  rng: Rng,
  findings: readonly Finding[],
  plans: readonly FactoryPlan[],
  requirements: readonly Requirement[],
  unions: UnionAssignment,
  lastDay: Day,
): string[][] {
  const byId = new Map(requirements.map((r) => [r.id, r]));
  const responses: { factoryIndex: number; date: Day; row: string[] }[] = [];
  for (const finding of findings) {
    const plan = plans[finding.factoryIndex];
    const requirement = byId.get(finding.requirementId);
    if (!plan || !requirement) continue;
    const date = finding.date + rng.int(14, 90);
    if (date > lastDay || (plan.closedOn !== null && date > plan.closedOn)) continue;
    const present = unions.byFactory[finding.factoryIndex] ?? [];
    const union = present.length > 0 && rng.chance(UNION_SHARE) ? rng.pick(present) : null;
    const general = rng.chance(GENERAL_SHARE);
    const language = rng.weighted(union ? UNION_LANGUAGES : FACTORY_LANGUAGES);
    const label = labelIn(language, requirement);
    let text: string;
    if (union) {
      text = general
        ? unionStatement(language, union.name)
        : unionResponse(language, label, union.name);
    } else {
      text = general
        ? factoryStatement(language)
        : factoryResponse(language, label, requirement.id, requirement.group);
    }
    responses.push({
      factoryIndex: finding.factoryIndex,
      date,
      row: [plan.id, formatDay(date), general ? '' : requirement.id, language, text],
    });
  }
  responses.sort((a, b) => a.date - b.date || a.factoryIndex - b.factoryIndex);
  return responses.map((r) => r.row);
}
