/**
 * What the supplier check answers for a line of a supplier list: its result, the factory and
 * which of its names or ids matched, the candidates to confirm with how each resembles the line
 * and where it is, and the notes that say what disagreed. Also the user's choice among candidates.
 */
import { NAME_KINDS, type NameKind } from './name-index';
import type { SearchRecord } from './search';

export type MatchBasis = 'factoryId' | 'osId' | NameKind | 'chosen';
export type MatchResult = 'matched' | 'ambiguous' | 'unmatched';

/** Where the line says the factory is, against where the factory is. */
export interface PlaceCheck {
  state: 'agrees' | 'differs' | 'unknown';
  /** Places the line names (province, town), as the dataset spells them. */
  listPlaces: string[];
  /** Places the factory is known by. */
  factoryPlaces: string[];
}

/** A factory a note names: its name, and its names in Khmer and Chinese where it has them. */
export interface NamedFactory {
  factoryName: string;
  factoryNameKm?: string;
  factoryNameZh?: string;
}

/** A factory's names, for a note. */
export const namesForNote = (record: SearchRecord): NamedFactory => ({
  factoryName: record.n,
  ...(record.km ? { factoryNameKm: record.km } : {}),
  ...(record.zh ? { factoryNameZh: record.zh } : {}),
});

/** Something the user should know about a line's match. */
export type RowNote =
  | { code: 'noName' }
  | { code: 'tradeWordsOnly'; listName: string }
  | { code: 'factoryIdNotFound'; value: string }
  | { code: 'osIdNotFound'; value: string }
  /** The line's OS ID is no published factory's, and the factory its name gives has another. */
  | ({ code: 'osIdDiffers'; value: string; factoryOsId: string } & NamedFactory)
  | { code: 'idsDisagree'; factoryId: string; osId: string }
  | ({ code: 'nameDiffers'; basis: 'factoryId' | 'osId'; listName: string } & NamedFactory)
  | ({ code: 'placeDiffers'; listPlaces: string[]; factoryPlaces: string[] } & NamedFactory)
  | { code: 'sameName'; count: number }
  /** Several factories bear the name, and none is where the line says. */
  | { code: 'sameNameElsewhere'; listPlaces: string[] }
  | { code: 'sameNameSettled'; count: number; by: 'place' | 'address' | 'parentCompany' }
  | { code: 'otherCountry'; country: string }
  /** The line's country cell names no country the check can read ("Bangaldesh", "Mainland"). */
  | { code: 'countryUnread'; country: string }
  /** Two factories bear the name; the place gives one, but the line writes the other's name. */
  | ({ code: 'writtenAsAnother' } & NamedFactory)
  /** Two factories bear the name; the line's id gives one, but it writes the other's name. */
  | ({ code: 'idWrittenAsAnother' } & NamedFactory)
  /** An earlier line of the list is matched to the same factory. */
  | { code: 'sameFactoryAs'; line: number; sheet?: string }
  /** The line gives no factory name: its supplier's name was compared instead. */
  | { code: 'supplierNameOnly'; name: string }
  /** The line's country cell is the registry's country, but its address names another. */
  | { code: 'addressAbroad'; country: string }
  /** The line's place names no province, no country and nothing of the factory's address. */
  | { code: 'placeUnknown'; listPlace: string }
  /** The line's address gives another house number or street than the factory's. */
  | { code: 'addressDiffers'; listAddress: string; factoryAddress: string }
  /** The line's name is one factory's, and the beginning of others' ("X Garment International"). */
  | ({ code: 'longerName'; count: number } & NamedFactory);

export interface Candidate {
  record: SearchRecord;
  /** The factory's name that matched, as published (the id for a match by id). */
  matchedName: string;
  /** Which of its names, or its id. */
  basis: MatchBasis;
  /** 1 for the same normalised name or an id; below 1 for a similar name. */
  similarity: number;
  place: PlaceCheck;
  /** Both name a site, and not the same one ("Branch 2", "Branch 3"). */
  siteDiffers: boolean;
  /** The names do not number the same site ("Factory 2" against a name without one, too). */
  sitesUnlike: boolean;
  /** Both names say what the factory makes, and not the same thing ("Bags", "Knitwear"). */
  tradeDiffers: boolean;
  /**
   * The line's name says more than the factory's: words it lacks, misspellings aside, or a part
   * in brackets or after a dash ("（二厂）", "(Laundry)", "Printing").
   */
  saysMore: boolean;
}

/**
 * A candidate whose name or id is the line's exactly (similarity 1): nothing of its site, trade
 * or additions differs from the line's.
 */
export const exactCandidate = (
  record: SearchRecord,
  matchedName: string,
  basis: MatchBasis,
  place: PlaceCheck,
): Candidate => ({
  record,
  matchedName,
  basis,
  similarity: 1,
  place,
  siteDiffers: false,
  sitesUnlike: false,
  tradeDiffers: false,
  saysMore: false,
});

export interface RowMatch {
  result: MatchResult;
  /** How the matched factory was found, for `matched` rows. */
  basis: MatchBasis | null;
  /** The matched factory, for `matched` rows. */
  record: SearchRecord | null;
  matchedName: string | null;
  /** Where the line's places stand against the matched factory's. */
  place: PlaceCheck | null;
  /** For `ambiguous` rows the choices, best first. */
  candidates: Candidate[];
  notes: RowNote[];
}

/** Which of a factory's names says most, when two answers are otherwise alike. */
const NAME_ORDER: readonly MatchBasis[] = NAME_KINDS;

export const rankOf = (basis: MatchBasis) => {
  const at = NAME_ORDER.indexOf(basis);
  return at === -1 ? NAME_ORDER.length : at;
};

/** Best first: most similar, then where the line says, then the current name, then by id. */
export function rank(candidates: Candidate[]): Candidate[] {
  const placeOrder = { agrees: 0, unknown: 1, differs: 2 } as const;
  return candidates.sort(
    (a, b) =>
      b.similarity - a.similarity ||
      placeOrder[a.place.state] - placeOrder[b.place.state] ||
      rankOf(a.basis) - rankOf(b.basis) ||
      a.record.id.localeCompare(b.record.id),
  );
}

/** A line's match after the user picked a candidate, or decided none of them is the factory. */
export function choose(match: RowMatch, record: SearchRecord | null): RowMatch {
  if (record === null) {
    return { ...match, result: 'unmatched', basis: 'chosen', record: null, matchedName: null };
  }
  const candidate = match.candidates.find((c) => c.record === record);
  return {
    ...match,
    result: 'matched',
    basis: 'chosen',
    record,
    matchedName: candidate?.matchedName ?? record.n,
    place: candidate?.place ?? match.place,
  };
}
