/**
 * The disclosure rules that decide, record by record, what of a strike, a response or a
 * correction the public site may carry (contract section 4). The public snapshot (public-site.ts) applies them; the
 * build prints the warnings; the output scan (withheld-strings.ts) searches for what they hold back.
 */
import type { FactoryId, IsoDate, StrikeId } from './ids';
import type { Correction, Dataset, FactoryResponse, Strike } from './model';
import { compareCodePoints, makeProblem, type Problem } from './problems';
import type { Scores } from './score';
import { unpublishedMentionFinder, type Mention, type MentionFinder } from './unpublished-mentions';

/** Factory ids with at least one cycle where `ci_published` is true. */
export function publishedFactoryIds(scores: Scores): Set<FactoryId> {
  return new Set(scores.factoryCycles.filter((row) => row.ciPublished).map((row) => row.factoryId));
}

/**
 * The date of each published factory's first published assessment: the assessment behind its
 * first cycle with `ci_published = true`. Everything a factory was found to do before it is
 * confidential.
 */
export function firstPublishedAssessments(scores: Scores): Map<FactoryId, IsoDate> {
  const first = new Map<FactoryId, IsoDate>();
  // Rows are chronological by cycle, so the first published row of a factory comes first.
  for (const row of scores.factoryCycles) {
    if (row.ciPublished && !first.has(row.factoryId)) first.set(row.factoryId, row.latest.date);
  }
  return first;
}

export type ResponseWithholding =
  | 'factory-never-published'
  | 'before-first-published-assessment'
  | 'key-finding-not-shown'
  | 'names-unpublished-factory';

/** What the response rules need to know of a dataset and its scores, worked out once. */
export interface ResponseRules {
  /** Each published factory's first published assessment (`firstPublishedAssessments`). */
  firstPublished: ReadonlyMap<FactoryId, IsoDate>;
  /** The ids of the key requirements. */
  keyRequirements: ReadonlySet<string>;
  /**
   * Each factory's assessments (of the factories with a response), oldest first, and whether their
   * key findings are shown: those of
   * a published cycle in which the factory is on the low-compliance list; never those of a visit
   * a later one in its cycle superseded.
   */
  keyFindings: ReadonlyMap<FactoryId, ReadonlyArray<{ date: IsoDate; shown: boolean }>>;
  /** Where a text names a factory never published (`unpublishedMentionFinder`). */
  mentions: MentionFinder;
}

export function responseRules(dataset: Dataset, scores: Scores): ResponseRules {
  // Every assessment a response can follow, a visit superseded within its cycle included: its key
  // findings are never shown, and a response after it answers them.
  const byDate = new Map<FactoryId, Map<IsoDate, { date: IsoDate; shown: boolean }>>();
  const at = (factoryId: FactoryId, date: IsoDate) => {
    let dates = byDate.get(factoryId);
    if (dates === undefined) byDate.set(factoryId, (dates = new Map()));
    let entry = dates.get(date);
    if (entry === undefined) dates.set(date, (entry = { date, shown: false }));
    return entry;
  };
  // Only factories with a response are asked about: a registry's millions of assessments are not.
  const answering = new Set(dataset.responses.map((r) => r.factoryId));
  for (const assessment of dataset.assessments) {
    if (answering.has(assessment.factoryId)) at(assessment.factoryId, assessment.date);
  }
  for (const row of scores.factoryCycles) {
    if (!answering.has(row.factoryId)) continue;
    at(row.factoryId, row.latest.date).shown ||= row.ciPublished && row.lowCompliance;
  }
  const keyFindings = new Map<FactoryId, Array<{ date: IsoDate; shown: boolean }>>();
  for (const [factoryId, dates] of byDate) {
    const list = [...dates.values()].sort((a, b) => compareCodePoints(a.date, b.date));
    keyFindings.set(factoryId, list);
  }
  return {
    firstPublished: firstPublishedAssessments(scores),
    keyRequirements: new Set(
      dataset.requirements.filter((r) => r.track === 'key').map((r) => r.id),
    ),
    keyFindings,
    mentions: unpublishedMentionFinder(dataset, publishedFactoryIds(scores)),
  };
}

/**
 * The assessment a response about a key requirement answers: the factory's latest assessment on
 * or before the response's date.
 */
function answeredAssessment(
  response: FactoryResponse,
  rules: ResponseRules,
): { date: IsoDate; shown: boolean } | undefined {
  const dates = rules.keyFindings.get(response.factoryId) ?? [];
  let answered: { date: IsoDate; shown: boolean } | undefined;
  for (const d of dates) if (d.date <= response.date) answered = d;
  return answered;
}

/**
 * Why a response is not shown, or null when it is: a response from a factory never published
 * would name it; a response about a requirement dated before the factory's first published
 * assessment answers a confidential finding and so reveals it; a response about a key
 * requirement answers findings the site shows only while the factory is on the low-compliance
 * list, so it is shown only when the assessment it follows is one whose key findings are shown.
 * A general statement (no requirement) of a published factory reveals no finding and is shown
 * whatever its date. A response that names a factory never published is not shown either.
 */
export function responseWithholding(
  response: FactoryResponse,
  rules: ResponseRules,
): ResponseWithholding | null {
  const first = rules.firstPublished.get(response.factoryId);
  if (first === undefined) return 'factory-never-published';
  const { requirementId } = response;
  if (requirementId !== undefined && response.date < first) {
    return 'before-first-published-assessment';
  }
  if (
    requirementId !== undefined &&
    rules.keyRequirements.has(requirementId) &&
    !answeredAssessment(response, rules)?.shown
  ) {
    return 'key-finding-not-shown';
  }
  return rules.mentions(response.text) === null ? null : 'names-unpublished-factory';
}

export type CorrectionWithholding = 'factory-never-published' | 'cycle-confidential';

const cycleKey = (factoryId: string, cycleId: string) => `${factoryId}\u0000${cycleId}`;

/**
 * The factory-cycle pairs that were scored and are not published (a factory's confidential
 * first assessment, say), as keys for `correctionWithholding`.
 */
export function confidentialCycles(scores: Scores): Set<string> {
  return new Set(
    scores.factoryCycles
      .filter((row) => !row.ciPublished)
      .map((row) => cycleKey(row.factoryId, row.cycleId)),
  );
}

/**
 * Why a correction is listed without its factory and reason, or null when it is shown whole: a
 * correction of a factory never published would name it, and one of a cycle whose findings of
 * the factory are confidential would reveal that it was assessed then, and what the reason says
 * of the finding. A correction of a cycle with no findings of the factory in today's data (an
 * assessment withdrawn as another factory's) is shown: it is the record of that withdrawal.
 */
export function correctionWithholding(
  correction: Correction,
  published: ReadonlySet<FactoryId>,
  confidential: ReadonlySet<string>,
): CorrectionWithholding | null {
  if (!published.has(correction.factoryId)) return 'factory-never-published';
  if (confidential.has(cycleKey(correction.factoryId, correction.cycleId))) {
    return 'cycle-confidential';
  }
  return null;
}

/** The prefix of the ids that stand in for the strike ids of never-published factories. */
export const WITHHELD_STRIKE_PREFIX = 'withheld-';

/**
 * The public ids of strikes at factories never published. A strike id often embeds the factory
 * id (`S-KH-0013-2021`), and a hash of it, keyed or not, can be reversed by anyone who can guess
 * the ids and the key. So the stand-in is made only of what the site shows anyway: the start
 * date, and a number when several such strikes start on the same day (ranked by union, end date
 * and legality, the strike id breaking ties only between strikes that look the same). It carries
 * nothing of the strike id or the factory, is the same on every build of the same data, and
 * anyone who has the data can rebuild it. A stand-in never equals a real strike id of the site.
 */
export function withheldStrikeIds(
  strikes: readonly Strike[],
  published: ReadonlySet<FactoryId>,
): Map<StrikeId, string> {
  const shown = new Set<string>(strikes.filter((s) => published.has(s.factoryId)).map((s) => s.id));
  const withheld = strikes
    .filter((s) => !published.has(s.factoryId))
    .sort(
      (a, b) =>
        compareCodePoints(a.startDate, b.startDate) ||
        compareCodePoints(a.union, b.union) ||
        compareCodePoints(a.endDate ?? '', b.endDate ?? '') ||
        Number(a.legal) - Number(b.legal) ||
        compareCodePoints(a.id, b.id),
    );
  const ids = new Map<StrikeId, string>();
  const next = new Map<string, number>();
  for (const strike of withheld) {
    let n = next.get(strike.startDate) ?? 1;
    let id = `${WITHHELD_STRIKE_PREFIX}${strike.startDate}-${n}`;
    while (shown.has(id)) {
      n += 1;
      id = `${WITHHELD_STRIKE_PREFIX}${strike.startDate}-${n}`;
    }
    next.set(strike.startDate, n + 1);
    ids.set(strike.id, id);
  }
  return ids;
}

/**
 * One warning per response the site will not show, per correction it lists without its factory
 * and per strike text it withholds, at its row, so a publisher knows every row is either
 * published or withheld by a named rule; and an error per union whose name names a factory never
 * published, which the site would have to show.
 */
export function disclosureWarnings(dataset: Dataset, scores: Scores): Problem[] {
  const rules = responseRules(dataset, scores);
  const published = publishedFactoryIds(scores);
  const confidential = confidentialCycles(scores);
  const problems: Problem[] = [];
  const warn = (at: { file: string; line: number }, column: string, message: string) =>
    problems.push(makeProblem('warning', at.file, at.line, column, message));
  const withoutFactory = 'its correction is listed without the factory, and its reason is withheld';
  for (const correction of dataset.corrections) {
    const { factoryId, cycleId, source } = correction;
    const rule = correctionWithholding(correction, published, confidential);
    if (rule === 'factory-never-published') {
      warn(
        source,
        'factory_id',
        `factory "${factoryId}" has never been published: ${withoutFactory}`,
      );
    } else if (rule === 'cycle-confidential') {
      warn(
        source,
        'cycle',
        `the findings of factory "${factoryId}" in cycle "${cycleId}" are not published (a first assessment stays confidential): ${withoutFactory}`,
      );
    }
  }
  for (const response of dataset.responses) {
    const { factoryId, source } = response;
    const about = `a response about ${response.requirementId ?? ''} dated ${response.date}`;
    const rule = responseWithholding(response, rules);
    if (rule === 'factory-never-published') {
      warn(
        source,
        'factory_id',
        `factory "${factoryId}" has never been published: its response is withheld`,
      );
    } else if (rule === 'before-first-published-assessment') {
      warn(
        source,
        'date',
        `${about}, before the factory's first published assessment (${rules.firstPublished.get(factoryId) ?? ''}), would reveal a confidential finding: it is withheld`,
      );
    } else if (rule === 'key-finding-not-shown') {
      warn(
        source,
        'requirement_id',
        `${about} follows an assessment (${answeredAssessment(response, rules)?.date ?? ''}) whose findings on key requirements are not shown, the factory not being on the low-compliance list: it would reveal one, and is withheld`,
      );
    } else if (rule === 'names-unpublished-factory') {
      warn(
        source,
        'text',
        `${namesUnpublished('the response', rules.mentions(response.text))}: it is withheld`,
      );
    }
  }
  for (const strike of dataset.strikes) {
    // Refused, not withheld: only the name as written or an id decide (`MentionFinder`).
    const union = rules.mentions(strike.union, { exact: true });
    if (union) {
      problems.push(
        makeProblem(
          'error',
          strike.source.file,
          strike.source.line,
          'union',
          `${namesUnpublished("the union's name", union)}, and the site lists every strike's union: expected a union name without the factory's, or the strike left out until the factory is published`,
        ),
      );
    }
    if (!published.has(strike.factoryId)) continue;
    for (const [column, text] of [
      ['federation', strike.federation],
      ['summary', strike.summary],
    ] as const) {
      const found = rules.mentions(text);
      if (found)
        warn(strike.source, column, `${namesUnpublished(`the ${column}`, found)}: it is withheld`);
    }
  }
  return problems;
}

function namesUnpublished(subject: string, mention: Mention | null): string {
  if (mention === null) return '';
  const named = mention.found === mention.factoryId ? 'the id' : 'the name';
  return `${subject} gives ${named} of factory "${mention.factoryId}", which has never been published (it appears nowhere on the site)`;
}
