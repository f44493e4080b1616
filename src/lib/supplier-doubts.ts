/**
 * What leaves a line matched by name alone to confirm: what it gives that may make it another
 * factory of the name. Applied by the matcher (`supplier-match.ts`) to each line's answer. Pure.
 */
import type { NameModel } from './names';
import type { SearchRecord } from './search';
import { addressesDiffer } from './supplier-address';
import { exactCandidate, type RowMatch, type RowNote } from './supplier-answer';
import type { ListRow } from './supplier-list';
import { countryOfLine, placeWords, unplacedPlace } from './supplier-place';

export interface DoubtContext {
  /** The registry's country (ISO code), when the dataset gives one. */
  own: string | null;
  model: NameModel;
  /** A place written in Khmer or Chinese with its province in English (`provincesInEnglish`). */
  inEnglish: (text: string) => string;
  /** The registry's address words that may name a place (`knownPlaceWordsOf`). */
  knownPlaceWords: ReadonlySet<string>;
}

/** Every word of a published factory's address that may name a place. */
export function knownPlaceWordsOf(records: readonly SearchRecord[]): Set<string> {
  const words = new Set<string>();
  for (const record of records) for (const word of placeWords(record.ad ?? '')) words.add(word);
  return words;
}

/**
 * A match by name alone is only offered to confirm, with a note, when the line gives what may
 * make it another factory of the name: a country cell naming no country the check can read (a
 * factory abroad), an address in another country than its country cell says, a place it cannot
 * put in the registry's country (a town abroad), an
 * address plainly not the factory's (another house number or street: a factory the registry
 * does not publish, say, whose name the published one once bore), or no factory name but its
 * supplier's (a trading company may bear a factory's name).
 */
export function withDoubts(row: ListRow, found: RowMatch, context: DoubtContext): RowMatch {
  const { own, model, inEnglish, knownPlaceWords } = context;
  const { record } = found;
  const { country, address, supplierName } = row.values;
  const bySupplier = row.values.name === '' && row.values.nativeName === '' && supplierName !== '';
  const countryUnread =
    country !== '' &&
    countryOfLine(model, { country, address: '', city: '', province: '' }) === null;
  const place = {
    country,
    address: inEnglish(address),
    city: inEnglish(row.values.city),
    province: inEnglish(row.values.province),
  };
  // The place as the address, town and province give it: a country column saying the registry's
  // country does not vouch for an address in Yangon.
  const written = { ...place, country: '' };
  const abroad = own === null ? null : countryOfLine(model, written);
  const addressAbroad = abroad !== null && own !== null && !abroad.codes.includes(own);
  // Without the registry's country, no place can be said to be outside it.
  const unplaced = own === null ? null : unplacedPlace(model, written, knownPlaceWords);
  const doubtsAbout = (factory: SearchRecord): RowNote[] => [
    ...(bySupplier ? [{ code: 'supplierNameOnly' as const, name: supplierName }] : []),
    ...(countryUnread ? [{ code: 'countryUnread' as const, country }] : []),
    ...(addressAbroad ? [{ code: 'addressAbroad' as const, country: abroad.text }] : []),
    ...(unplaced !== null ? [{ code: 'placeUnknown' as const, listPlace: unplaced }] : []),
    ...(addressesDiffer(address, factory.ad)
      ? [
          {
            code: 'addressDiffers' as const,
            listAddress: address,
            factoryAddress: factory.ad ?? '',
          },
        ]
      : []),
  ];
  // A line to confirm gets the same notes about its top candidate: bulk accept leaves it.
  const top = found.result === 'ambiguous' ? found.candidates[0] : undefined;
  if (top !== undefined) {
    const doubts = doubtsAbout(top.record);
    return doubts.length === 0 ? found : { ...found, notes: [...found.notes, ...doubts] };
  }
  if (found.result !== 'matched' || record === null) return found;
  if (found.basis === 'factoryId' || found.basis === 'osId') return found;
  const doubts = doubtsAbout(record);
  if (doubts.length === 0) return found;
  return {
    ...found,
    result: 'ambiguous',
    record: null,
    matchedName: null,
    place: null,
    candidates: [
      exactCandidate(
        record,
        found.matchedName ?? record.n,
        found.basis ?? 'name',
        found.place ?? { state: 'unknown', listPlaces: [], factoryPlaces: [] },
      ),
    ],
    basis: null,
    notes: [...found.notes, ...doubts],
  };
}
