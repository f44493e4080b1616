/**
 * Settling the lines to confirm in bulk, by rules a user can read on the button before acting:
 *
 * - **Accept where the place agrees.** A line's top candidate is accepted when the line names a
 *   province, town or address and one of the places in it is among the candidate's own (its
 *   province, the places in its address, the places in its names): the matcher's place check says
 *   "agrees". Never when the identity rules flag a conflict: the names do not number the same site
 *   ("Branch 2" against "Branch 3", or against a name without one), they say the factories make
 *   different things ("Bags" against "Knitwear"), the line's name says more than the factory's
 *   (a site, a process or a qualifier: "（二厂）", "(Laundry)", "Printing"), the line's ids point
 *   elsewhere or disagree with its name (an OS ID the factory does not have), or another candidate
 *   agrees on the place too, so the place does not tell them apart.
 * - **Mark the rest not found**: every other line still to confirm.
 *
 * Lines the user settled one by one are never changed by a bulk action.
 */
import type { SearchRecord } from './search';
import type { Candidate, RowMatch } from './supplier-answer';

export interface BulkPlan {
  /** Lines whose top candidate may be accepted, with that candidate. */
  accept: Array<{ index: number; record: SearchRecord }>;
  /** The other lines still to confirm. */
  rest: number[];
}

/** Notes by which the identity rules say a line's ids and names point at different factories. */
const CONFLICTS = new Set([
  'idsDisagree',
  'nameDiffers',
  'otherCountry',
  'osIdDiffers',
  'countryUnread',
  'addressDiffers',
  'placeUnknown',
  'addressAbroad',
  'supplierNameOnly',
  'writtenAsAnother',
  'idWrittenAsAnother',
]);

/** The candidate a line may accept in bulk, or null. */
export function acceptable(match: RowMatch): Candidate | null {
  if (match.result !== 'ambiguous') return null;
  if (match.notes.some((note) => CONFLICTS.has(note.code))) return null;
  const [top, ...others] = match.candidates;
  if (top === undefined || top.place.state !== 'agrees') return null;
  if (top.siteDiffers || top.sitesUnlike || top.tradeDiffers || top.saysMore) return null;
  const placeAlsoAgrees = others.some((other) => other.place.state === 'agrees');
  return placeAlsoAgrees ? null : top;
}

/**
 * What the bulk actions would do, over the matcher's answers (`original`) and the lines the user
 * has settled already (`settled`, by index).
 */
export function bulkPlan(
  original: readonly RowMatch[],
  settled: ReadonlySet<number> | ReadonlyMap<number, unknown>,
): BulkPlan {
  const plan: BulkPlan = { accept: [], rest: [] };
  original.forEach((match, index) => {
    if (match.result !== 'ambiguous' || settled.has(index)) return;
    const candidate = acceptable(match);
    if (candidate === null) plan.rest.push(index);
    else plan.accept.push({ index, record: candidate.record });
  });
  return plan;
}
