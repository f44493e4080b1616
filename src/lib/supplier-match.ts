/**
 * Matching the lines of a supplier list to the published factories, over the same index the
 * factory search loads, by rules that cannot name the wrong factory:
 *
 * 1. An OS ID or factory id decides only when it belongs to one factory and the line's name, if
 *    it gives one, agrees with that factory's names beyond the words of the trade (and what it
 *    makes) and is no other factory's name; otherwise the line is to confirm, with the reason.
 * 2. A name decides only when it is, once normalised by the name model (`names.ts`), the current,
 *    former or other name of exactly one factory, no other factory's name goes on from it ("X
 *    Garment International" beside "X Garment"), and the line's province, town or address does
 *    not contradict that factory's province. Two factories with the same normalised name are
 *    never told apart by the name: only by where they are or by their parent company. A line
 *    that places itself in another country is not matched.
 * 3. A similar name, whichever of a factory's names it resembles, is offered to confirm, never
 *    taken; a line that shares only words of the trade with a factory is offered nothing.
 *
 * Each answer carries why: which name or id matched, how similar, and what disagreed.
 * Pure and synchronous over an index, so it can run on the page or in a worker.
 */
import {
  nameIndexOf,
  type NamedRecord,
  type NameIndex,
  type NameMatch,
  type NameVariant,
} from './name-index';
import { compactId, type SearchRecord } from './search';
import {
  exactCandidate,
  rank,
  rankOf,
  type Candidate,
  type MatchResult,
  type PlaceCheck,
  namesForNote,
  type RowMatch,
  type RowNote,
} from './supplier-answer';
import { parseOsId, type ListRow } from './supplier-list';
import { withoutAdditions } from './names';
import { normaliseText } from './text';
import { addressesAgree, nameBeforeAddress } from './supplier-address';
import { knownPlaceWordsOf, withDoubts } from './supplier-doubts';
import { alternativesOf } from './name-alternatives';
import { longerNamesOf } from './name-longer';
import { countryOfLine, provincesInEnglish, type ProvinceNames } from './supplier-place';

export type { NameKind } from './name-index';
export type { ProvinceNames } from './supplier-place';
export {
  choose,
  type Candidate,
  type MatchBasis,
  type MatchResult,
  type PlaceCheck,
  type RowMatch,
  type RowNote,
} from './supplier-answer';

/** A similar name is offered when its own words are at least this alike… */
export const OWN_WORDS_ALIKE = 0.75;
/** …and the whole name this alike… */
export const CANDIDATE_SIMILARITY = 0.7;
/**
 * …and, when the two names make different things ("Jorvik Knitwear", "Orvik Footwear"), only
 * when their own words are this alike: a look-alike word alone is then another factory.
 */
export const OWN_WORDS_SAME = 0.95;

/** Whether a similar name is close enough to offer to the user. */
export function offered(match: NameMatch): boolean {
  return (
    match.own >= (match.tradeDiffers ? OWN_WORDS_SAME : OWN_WORDS_ALIKE) &&
    match.similarity >= CANDIDATE_SIMILARITY
  );
}
const MAX_CANDIDATES = 5;

export interface MatcherOptions {
  /** ISO 3166-1 alpha-2 code of the dataset's country; lines naming another country are not matched. */
  country?: string | null;
  /**
   * The provinces' names in Khmer and Chinese (provinces.csv), so that a list giving a province
   * in those scripts is placed like one giving it in English.
   */
  provinces?: ProvinceNames;
}

export interface Matcher {
  match(row: ListRow): RowMatch;
  /** The index it matches against (shared with the factory search). */
  index: NameIndex;
}

export function createMatcher(
  records: readonly SearchRecord[],
  options: MatcherOptions = {},
): Matcher {
  const own = options.country?.toUpperCase() ?? null;
  const index = nameIndexOf(records, own);
  const { model } = index;
  const entryOf = new Map(index.entries.map((entry) => [entry.record, entry]));
  const byFactoryId = new Map<string, SearchRecord>();
  const byOsId = new Map<string, SearchRecord>();
  /** The shapes of the registry's ids ("AA9999" for KH-0001), to tell them from a brand's own. */
  const idShapes = new Set<string>();
  for (const record of records) {
    byFactoryId.set(compactId(record.id), record);
    idShapes.add(shapeOf(record.id));
    if (record.os) byOsId.set(compactId(record.os), record);
  }
  const parentKey = (text: string | undefined) => (text ? model.key(text) : '');
  const inEnglish = provincesInEnglish(options.provinces ?? []);
  const longerThan = longerNamesOf(index, MAX_CANDIDATES);
  /**
   * A name cell closing with its province after a comma, in any of the dataset's languages and
   * with its word for province ("…有限公司，茶胶省", "X Co., Ltd., Takeo Province"), as the name
   * model reads a place after a name: "X Co., Ltd., Takeo".
   */
  const provinceAfterName = (text: string): string => {
    const at = Math.max(text.lastIndexOf(','), text.lastIndexOf('，'));
    if (at <= 0) return text;
    const tail = inEnglish(text.slice(at + 1))
      .replace(/\b(?:province|city|municipality)\b|省|市|ខេត្ត|រាជធានី|ក្រុង/giu, ' ')
      .replace(/[\s,，、.]+/gu, ' ')
      .trim();
    const [place, ...more] = model.placesIn(tail);
    return place !== undefined && more.length === 0 && tail.toLowerCase() === place.toLowerCase()
      ? `${text.slice(0, at).trim()}, ${place}`
      : text;
  };

  const doubts = { own, model, inEnglish, knownPlaceWords: knownPlaceWordsOf(records) };
  const match = (row: ListRow): RowMatch => withDoubts(row, matchRow(row), doubts);

  const matchRow = (row: ListRow): RowMatch => {
    const notes: RowNote[] = [];
    const { name, nativeName, parentCompany, country } = row.values;
    const [address, city, province] = [
      row.values.address,
      row.values.city,
      row.values.province,
    ].map(inEnglish) as [string, string, string];
    const listNames = [...new Set([name, nativeName].filter((v) => v !== ''))];
    // A line without a factory name is compared by its supplier's, never matched by it alone;
    // nor does the supplier's name gainsay the factory's id.
    const bySupplier = listNames.length === 0 && row.values.supplierName !== '';
    if (bySupplier) listNames.push(row.values.supplierName);
    const variants: NameVariant[] = listNames.flatMap(alternativesOf).flatMap((text) => {
      const main = index.variant(provinceAfterName(text));
      return [main, ...main.parsed.notes.map((n) => index.variant(n.text, n.kind))];
    });
    const usable = variants.filter((v) => v.parsed.key !== '');
    // Without what the line adds in brackets or after a dash ("(Shenzhou Group)", "(Cut & Sew)"):
    // to find candidates by, never to decide by.
    const loose = listNames
      .flatMap((text) => [withoutAdditions(text), nameBeforeAddress(text) ?? ''])
      .filter((text) => text !== '' && !listNames.includes(text))
      .map((text) => index.variant(text))
      .filter((v) => v.parsed.key !== '');
    const listPlaces = [
      ...new Set([
        ...model.placesIn([address, city, province].filter(Boolean).join(', ')),
        ...variants.flatMap((v) => v.parsed.places),
      ]),
    ];
    const nameCountries = new Set(variants.flatMap((v) => v.parsed.countries));

    const placeOf = (entry: NamedRecord | undefined): PlaceCheck => {
      const factoryPlaces = entry ? index.placesOf(entry) : [];
      const foreign =
        own !== null &&
        [...nameCountries].some(
          (c) => c !== own && !entry?.variants.some((v) => v.parsed.countries.includes(c)),
        );
      const state = foreign
        ? 'differs'
        : listPlaces.length === 0 || factoryPlaces.length === 0
          ? 'unknown'
          : listPlaces.some((p) => factoryPlaces.includes(p))
            ? 'agrees'
            : 'differs';
      return { state, listPlaces, factoryPlaces };
    };
    const placeNote = (record: SearchRecord, place: PlaceCheck): RowNote => ({
      code: 'placeDiffers',
      listPlaces: place.listPlaces.length > 0 ? place.listPlaces : [...nameCountries],
      factoryPlaces: place.factoryPlaces,
      ...namesForNote(record),
    });
    const result = (
      kind: MatchResult,
      extra: Partial<Omit<RowMatch, 'result' | 'notes'>> = {},
    ): RowMatch => ({
      result: kind,
      basis: null,
      record: null,
      matchedName: null,
      place: null,
      candidates: [],
      notes,
      ...extra,
    });

    /** Similar names, best first, one per factory, without generic-only look-alikes. */
    const similar = (exclude: ReadonlySet<SearchRecord> = new Set()): Candidate[] => {
      const best = new Map<SearchRecord, Candidate>();
      for (const variant of [...usable, ...loose]) {
        for (const entry of index.nearby(variant)) {
          if (exclude.has(entry.record)) continue;
          for (const theirs of entry.variants) {
            const compared = index.compare(variant, theirs);
            if (!offered(compared)) continue;
            // The line's name without its additions is not the line's name.
            const similarity = loose.includes(variant)
              ? Math.min(0.99, compared.similarity)
              : compared.similarity;
            const before = best.get(entry.record);
            if (before === undefined || similarity > before.similarity) {
              best.set(entry.record, {
                record: entry.record,
                matchedName: theirs.original,
                basis: theirs.kind,
                similarity,
                place: placeOf(entry),
                siteDiffers: compared.siteDiffers,
                // A site the line names in what the loose form leaves out counts too.
                sitesUnlike:
                  compared.sitesUnlike ||
                  usable.some((v) => v.parsed.sites.join('+') !== theirs.parsed.sites.join('+')),
                tradeDiffers: compared.tradeDiffers,
                saysMore: loose.includes(variant) || compared.saysMore,
              });
            }
          }
        }
      }
      return rank([...best.values()]);
    };

    /** The factories one of whose names is the line's name, once normalised. */
    const namedExactly = new Set(
      usable.flatMap((variant) => (index.byKey.get(variant.parsed.key) ?? []).map((h) => h.entry)),
    );
    /**
     * Whether the line's name agrees with a factory's names beyond the words of the trade, and
     * names no other factory: "Harbor Bags" with the OS ID of "Harbor Denim" is an id on the
     * wrong row, or the wrong name on the id's.
     */
    const nameAgrees = (record: SearchRecord): boolean => {
      if (bySupplier) return true;
      const entry = entryOf.get(record);
      if (usable.length === 0) return listNames.length === 0;
      if (namedExactly.size > 0 && (entry === undefined || !namedExactly.has(entry))) return false;
      return usable.some((variant) =>
        (entry?.variants ?? []).some((theirs) => {
          const compared = index.compare(variant, theirs);
          return (
            compared.similarity === 1 || (compared.own >= OWN_WORDS_ALIKE && !compared.tradeDiffers)
          );
        }),
      );
    };

    // 1. Ids.
    const { factoryId, osId } = row.values;
    const byId: Array<{ record: SearchRecord; basis: 'factoryId' | 'osId' }> = [];
    if (factoryId !== '') {
      const record = byFactoryId.get(compactId(factoryId));
      if (record) byId.push({ record, basis: 'factoryId' });
      // A brand's own number for the factory ("647936") is not the registry's: no note.
      else if (idShapes.has(shapeOf(factoryId)))
        notes.push({ code: 'factoryIdNotFound', value: factoryId });
    }
    if (osId !== '') {
      const os = parseOsId(osId);
      // A factory id typed in the OS ID column is still an id of this site.
      const record = os === null ? byFactoryId.get(compactId(osId)) : byOsId.get(compactId(os));
      if (record) byId.push({ record, basis: os === null ? 'factoryId' : 'osId' });
      else if (os !== null) notes.push({ code: 'osIdNotFound', value: osId });
    }
    // A line that is nothing but an id.
    if (byId.length === 0 && listNames.length === 1) {
      const compact = compactId(listNames[0] as string);
      const asFactory = byFactoryId.get(compact);
      const asOs = byOsId.get(compact);
      const only = asFactory ?? asOs;
      if (only) {
        const basis = asFactory ? 'factoryId' : 'osId';
        return result('matched', {
          basis,
          record: only,
          matchedName: basis === 'factoryId' ? only.id : (only.os ?? only.id),
          place: placeOf(entryOf.get(only)),
        });
      }
    }
    if (byId.length > 0) {
      const ids = [...new Map(byId.map((hit) => [hit.record, hit])).values()];
      const idCandidate = (hit: (typeof ids)[number]): Candidate =>
        exactCandidate(
          hit.record,
          hit.basis === 'factoryId' ? hit.record.id : (hit.record.os ?? hit.record.id),
          hit.basis,
          placeOf(entryOf.get(hit.record)),
        );
      /** A factory the line's name is, by the variant of its names that `matches`. */
      const namesake = (entry: NamedRecord, matches: (v: NameVariant) => boolean): Candidate => {
        const variant = entry.variants.find(matches);
        return exactCandidate(
          entry.record,
          variant?.original ?? entry.record.n,
          variant?.kind ?? 'name',
          placeOf(entry),
        );
      };
      if (ids.length > 1) {
        notes.push({ code: 'idsDisagree', factoryId, osId });
        return result('ambiguous', { candidates: ids.map(idCandidate) });
      }
      const hit = ids[0] as (typeof ids)[number];
      const candidate = idCandidate(hit);
      const agrees = nameAgrees(hit.record);
      // Two factories of one name: the id settles which, unless the line writes, letter for
      // letter, the other's name and not the id's factory's (an OS ID copied from its namesake).
      const written = new Set(listNames.map(normaliseText));
      const writes = (entry: NamedRecord | undefined) =>
        entry?.variants.some((v) => written.has(normaliseText(v.original))) ?? false;
      const hitEntry = entryOf.get(hit.record);
      const writtenAsOther = writes(hitEntry)
        ? undefined
        : [...namedExactly].find((entry) => entry !== hitEntry && writes(entry));
      if (agrees && candidate.place.state !== 'differs' && writtenAsOther !== undefined) {
        notes.push({ code: 'idWrittenAsAnother', ...namesForNote(writtenAsOther.record) });
        return result('ambiguous', {
          candidates: [
            candidate,
            namesake(writtenAsOther, (v) => written.has(normaliseText(v.original))),
          ],
        });
      }
      if (agrees && candidate.place.state !== 'differs') {
        return result('matched', {
          basis: hit.basis,
          record: hit.record,
          matchedName: candidate.matchedName,
          place: candidate.place,
        });
      }
      if (!agrees) {
        notes.push({
          code: 'nameDiffers',
          basis: hit.basis,
          listName: listNames[0] ?? '',
          ...namesForNote(hit.record),
        });
      }
      if (candidate.place.state === 'differs') notes.push(placeNote(hit.record, candidate.place));
      // The factories the line's name is, beside the id's: a wrong id hides none of them.
      const namesakes = [...namedExactly]
        .filter((entry) => entry.record !== hit.record)
        .map((entry) => namesake(entry, (v) => usable.some((u) => u.parsed.key === v.parsed.key)));
      const others = agrees ? rank(namesakes) : similar(new Set([hit.record]));
      return result('ambiguous', {
        candidates: [candidate, ...others].slice(0, MAX_CANDIDATES),
      });
    }

    // 2. The country the line gives.
    const given = countryOfLine(model, { country, address, city, province });
    if (own !== null && given !== null && !given.codes.includes(own)) {
      notes.push({ code: 'otherCountry', country: given.text });
      return result('unmatched');
    }
    if (listNames.length === 0) {
      notes.push({ code: 'noName' });
      return result('unmatched');
    }

    // 3. The same name. A site one of the line's names gives ("金星制衣二厂 Golden Star Garment",
    // "Golden Star Garment / 金星制衣二厂") is the line's: a name of it without one is no match.
    const lineSites = [...new Set(usable.flatMap((v) => v.parsed.sites))].sort().join('+');
    const same = new Map<SearchRecord, { entry: NamedRecord; variant: NameVariant }>();
    for (const variant of usable) {
      if (lineSites !== '' && variant.parsed.sites.join('+') !== lineSites) continue;
      for (const hit of index.byKey.get(variant.parsed.key) ?? []) {
        const before = same.get(hit.entry.record);
        if (!before || rankOf(hit.variant.kind) < rankOf(before.variant.kind)) {
          same.set(hit.entry.record, hit);
        }
      }
    }
    if (same.size > 0) {
      const hits = [...same.values()].map((hit) => ({ ...hit, place: placeOf(hit.entry) }));
      const candidates = rank(
        hits.map((hit) =>
          exactCandidate(hit.entry.record, hit.variant.original, hit.variant.kind, hit.place),
        ),
      );
      const lineOs = osId === '' ? null : parseOsId(osId);
      const matched = (hit: (typeof hits)[number]) => {
        // An OS ID no published factory has, on a line whose name is a factory with another one:
        // the name or the id is the wrong factory's, and the check cannot tell which.
        const own = hit.entry.record.os;
        if (lineOs !== null && own !== undefined && compactId(own) !== compactId(lineOs)) {
          notes.push({
            code: 'osIdDiffers',
            value: osId,
            factoryOsId: own,
            ...namesForNote(hit.entry.record),
          });
          const chosen = candidates.filter((c) => c.record === hit.entry.record);
          return result('ambiguous', { candidates: chosen });
        }
        return result('matched', {
          basis: hit.variant.kind,
          record: hit.entry.record,
          matchedName: hit.variant.original,
          place: hit.place,
        });
      };
      if (hits.length === 1) {
        const hit = hits[0] as (typeof hits)[number];
        // Another factory whose name is this one and more ("Morning Dew Garment International"
        // for "Morning Dew Garment") may be the one the line shortened, unless it is elsewhere.
        const longer = new Map<SearchRecord, Candidate>();
        for (const variant of usable) {
          for (const other of longerThan(variant)) {
            const { record } = other.entry;
            const place = placeOf(other.entry);
            if (record === hit.entry.record || place.state === 'differs' || longer.has(record))
              continue;
            const compared = index.compare(variant, other.variant);
            longer.set(record, {
              record,
              matchedName: other.variant.original,
              basis: other.variant.kind,
              similarity: compared.similarity,
              place,
              siteDiffers: compared.siteDiffers,
              sitesUnlike: compared.sitesUnlike,
              tradeDiffers: compared.tradeDiffers,
              saysMore: compared.saysMore,
            });
          }
        }
        if (hit.place.state !== 'differs' && longer.size > 0) {
          notes.push({ code: 'longerName', count: longer.size, ...namesForNote(hit.entry.record) });
          return result('ambiguous', {
            candidates: [...candidates, ...rank([...longer.values()])].slice(0, MAX_CANDIDATES),
          });
        }
        if (hit.place.state !== 'differs') return matched(hit);
        notes.push(placeNote(hit.entry.record, hit.place));
        return result('ambiguous', {
          candidates: [...candidates, ...similar(new Set([hit.entry.record]))].slice(
            0,
            MAX_CANDIDATES,
          ),
        });
      }
      // Several factories bear this name: where the line says it is may tell them apart, or its
      // parent company, when every other one is known to be elsewhere or another company's.
      const agreeing = hits.filter((h) => h.place.state === 'agrees');
      // …unless the line writes, letter for letter, the name of one the place rules out.
      const written = new Set(listNames.map(normaliseText));
      const writtenAs = (h: (typeof hits)[number]) =>
        written.has(normaliseText(h.variant.original));
      const settledByPlace =
        agreeing.length === 1 &&
        hits.every((h) => h === agreeing[0] || h.place.state === 'differs');
      const writtenElsewhere = hits.find((h) => h !== agreeing[0] && writtenAs(h));
      if (
        settledByPlace &&
        (writtenAs(agreeing[0] as (typeof hits)[number]) || !writtenElsewhere)
      ) {
        notes.push({ code: 'sameNameSettled', count: hits.length, by: 'place' });
        return matched(agreeing[0] as (typeof hits)[number]);
      }
      // …or the address, where the line gives the house and street of one of them alone.
      const atAddress = hits.filter((h) => addressesAgree(address, h.entry.record.ad));
      const [byAddress] = atAddress;
      if (
        atAddress.length === 1 &&
        byAddress !== undefined &&
        byAddress.place.state !== 'differs' &&
        (writtenAs(byAddress) || !hits.some((h) => h !== byAddress && writtenAs(h)))
      ) {
        notes.push({ code: 'sameNameSettled', count: hits.length, by: 'address' });
        return matched(byAddress);
      }
      const parent = parentKey(parentCompany);
      if (parent !== '') {
        const byParent = hits.filter((h) => parentKey(h.entry.record.pc) === parent);
        const othersKnown = hits.every(
          (h) => byParent.includes(h) || parentKey(h.entry.record.pc) !== '',
        );
        const pick = byParent[0];
        if (byParent.length === 1 && othersKnown && pick && pick.place.state !== 'differs') {
          notes.push({ code: 'sameNameSettled', count: hits.length, by: 'parentCompany' });
          return matched(pick);
        }
      }
      notes.push({ code: 'sameName', count: hits.length });
      // Where the line's place is none of theirs, it may be another factory of the name still.
      if (listPlaces.length > 0 && hits.every((h) => h.place.state === 'differs')) {
        notes.push({ code: 'sameNameElsewhere', listPlaces });
      }
      if (settledByPlace && writtenElsewhere) {
        notes.push({ code: 'writtenAsAnother', ...namesForNote(writtenElsewhere.entry.record) });
      }
      return result('ambiguous', { candidates: candidates.slice(0, MAX_CANDIDATES) });
    }

    // 4. Similar names: to confirm, never taken.
    if (usable.every((v) => v.ownText === '')) {
      notes.push({ code: 'tradeWordsOnly', listName: listNames[0] ?? '' });
      return result('unmatched');
    }
    const candidates = similar();
    if (candidates.length === 0) return result('unmatched');
    return result('ambiguous', { candidates: candidates.slice(0, MAX_CANDIDATES) });
  };

  return { match, index };
}

/** An id's shape, separators and case aside: letters as A, digits as 9 ("kh-0001" is AA9999). */
const shapeOf = (id: string) => compactId(id).replace(/\p{L}/gu, 'A').replace(/\p{N}/gu, '9');
