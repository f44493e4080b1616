/**
 * Countries and places in names and addresses. Country names come from the platform's own region
 * names (Intl.DisplayNames, in English, Khmer and Chinese) and the ISO list's names in the same
 * three languages: its English names keep the forms lists still use ("Turkey", "Czech Republic",
 * "Korea, Republic of"), and its Khmer and Chinese names stand in for a browser that has no
 * region names in those languages (Chromium without full ICU data knows no Khmer "វៀតណាម").
 */
import isoCountries from 'i18n-iso-countries';
import isoCountryNamesEn from 'i18n-iso-countries/langs/en.json';
import isoCountryNamesKm from 'i18n-iso-countries/langs/km.json';
import isoCountryNamesZh from 'i18n-iso-countries/langs/zh.json';
import { textSimilarity } from './name-similarity';
import { PLACE_FORMS } from './name-words';
import { normaliseText } from './text';

/** Other spellings of countries' names that lists use. */
const COUNTRY_ALIASES: Readonly<Record<string, readonly string[]>> = {
  KH: ['kampuchea', 'cambodge', 'campuchia', 'ខេមបូឌា', 'ព្រះរាជាណាចក្រកម្ពុជា'],
  VN: ['viet nam'],
  KR: ['korea', 'south korea', 'republic of korea'],
  CN: ['prc', 'mainland china', 'china mainland'],
  HK: ['hk', 'hong kong', 'hongkong'],
  MO: ['macau', 'macao'],
  TW: ['taiwan roc', 'chinese taipei'],
  US: ['usa', 'united states of america'],
  GB: ['uk', 'great britain'],
  MM: ['burma'],
  LA: ['lao pdr', 'laos'],
};

export interface CountryNames {
  /** Normalised names (one or more words) to ISO codes. */
  byName: ReadonlyMap<string, string>;
  /** For each first word of a name, the most words a name starting with it has. */
  longestFrom: ReadonlyMap<string, number>;
  /** The dataset's country, if known. */
  own: string | null;
  /** Its Latin-script names, for misspellings ("Cmabodia"). */
  ownLatin: readonly string[];
  /** Its names in scripts written without spaces, removed wherever they stand in a word. */
  ownScript: readonly string[];
  /** Every country's names in scripts written without spaces… */
  spacelessSet: ReadonlySet<string>;
  /** …and their lengths (in UTF-16 units), longest first. */
  spacelessLengths: readonly number[];
}

let allNames: Map<string, string> | undefined;
/** Every region name the platform knows, in English, Khmer and Chinese. */
function regionNames(): Map<string, string> {
  if (allNames) return allNames;
  const names = new Map<string, string>();
  const displays = ['en', 'km', 'zh'].flatMap((l) => {
    try {
      return [new Intl.DisplayNames([l], { type: 'region' })];
    } catch {
      return [];
    }
  });
  const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  for (const a of letters) {
    for (const b of letters) {
      // Retired codes ("VD", "BU") name today's countries ("VN", "MM").
      let code = a + b;
      try {
        code = new Intl.Locale(`und-${code}`).region ?? code;
      } catch {
        continue;
      }
      if (code === 'ZZ') continue;
      for (const display of displays) {
        let name: string | undefined;
        try {
          name = display.of(code);
        } catch {
          name = undefined;
        }
        if (name === undefined || name === code) continue;
        // "Myanmar (Burma)", "Hong Kong SAR China": the whole and the part before brackets.
        for (const variant of [name, name.replace(/\s*[(（].*$/u, '')]) {
          const key = normaliseText(variant);
          if (key !== '' && !names.has(key)) names.set(key, code);
        }
      }
    }
  }
  // The ISO names and their common other forms ("Turkey", "Czech Republic"), where the
  // platform's names have moved on ("Türkiye", "Czechia").
  const isoNames = [isoCountryNamesEn, isoCountryNamesKm, isoCountryNamesZh].flatMap((list) =>
    Object.entries(list.countries as Record<string, string | string[]>),
  );
  for (const [code, forms] of isoNames) {
    for (const form of typeof forms === 'string' ? [forms] : forms) {
      for (const variant of [form, form.replace(/,.*$/u, '')]) {
        const key = normaliseText(variant);
        if (key !== '' && !names.has(key)) names.set(key, code);
      }
    }
  }
  for (const [code, aliases] of Object.entries(COUNTRY_ALIASES)) {
    for (const alias of aliases) names.set(normaliseText(alias), code);
  }
  // Two-letter codes are words in names ("MK", "HK" is an alias above); only names count.
  allNames = names;
  return names;
}

const SPACELESS = /[\u1780-\u17ff\p{Script=Han}]/u;

export function countryNamesOf(own: string | null): CountryNames {
  const byName = regionNames();
  const ownNames = own === null ? [] : [...byName].filter(([, c]) => c === own).map(([n]) => n);
  const spaceless = [...byName.keys()].filter((n) => SPACELESS.test(n) && !n.includes(' '));
  const longestFrom = new Map<string, number>();
  for (const name of byName.keys()) {
    const words = name.split(' ');
    const first = words[0] as string;
    longestFrom.set(first, Math.max(longestFrom.get(first) ?? 0, words.length));
  }
  return {
    byName,
    longestFrom,
    own,
    ownLatin: ownNames.filter((n) => !SPACELESS.test(n) && n.length >= 5),
    ownScript: ownNames.filter((n) => SPACELESS.test(n)),
    spacelessSet: new Set(spaceless),
    spacelessLengths: [...new Set(spaceless.map((n) => n.length))].sort((a, b) => b - a),
  };
}

const misspelt = new WeakMap<CountryNames, Map<string, boolean>>();
/** A word that is the dataset's country misspelt ("Cmabodia"). */
function misspeltOwn(names: CountryNames, word: string): boolean {
  let known = misspelt.get(names);
  if (!known) {
    known = new Map();
    misspelt.set(names, known);
  }
  let answer = known.get(word);
  if (answer === undefined) {
    answer = names.ownLatin.some(
      (n) => !n.includes(' ') && n[0] === word[0] && textSimilarity(word, n, 0.8) >= 0.8,
    );
    if (known.size > 100_000) known.clear();
    known.set(word, answer);
  }
  return answer;
}

/**
 * The countries named in a list of words: their codes, the words without any country, and the
 * words without the dataset's own country only.
 */
export function normalisedCountries(
  names: CountryNames,
  words: readonly string[],
): { codes: string[]; rest: string[]; ownOnly: string[] } {
  const codes: string[] = [];
  const rest: string[] = [];
  const ownOnly: string[] = [];
  for (let i = 0; i < words.length;) {
    let taken = 0;
    let code: string | undefined;
    const word = words[i] as string;
    const longest = Math.min(names.longestFrom.get(word) ?? 0, words.length - i);
    for (let length = longest; length >= 1; length -= 1) {
      code = names.byName.get(length === 1 ? word : words.slice(i, i + length).join(' '));
      if (code !== undefined) {
        taken = length;
        break;
      }
    }
    if (code === undefined && names.own !== null && word.length >= 5 && misspeltOwn(names, word)) {
      code = names.own;
      taken = 1;
    }
    if (code !== undefined) {
      codes.push(code);
      if (code !== names.own) ownOnly.push(...words.slice(i, i + taken));
      i += taken;
    } else {
      rest.push(word);
      ownOnly.push(word);
      i += 1;
    }
  }
  return { codes: [...new Set(codes)], rest, ownOnly };
}

/** Words of a text as places are compared, with other spellings of places written one way. */
export function placeWords(text: string): string[] {
  const words = normaliseText(text).split(' ').filter(Boolean);
  const out: string[] = [];
  for (let i = 0; i < words.length; i += 1) {
    const pair = `${words[i]} ${words[i + 1] ?? ''}`;
    const asPair = PLACE_FORMS.get(pair);
    if (asPair !== undefined && words[i + 1] !== undefined) {
      out.push(...asPair.split(' '));
      i += 1;
      continue;
    }
    const word = words[i] as string;
    out.push(...(PLACE_FORMS.get(word) ?? word).split(' '));
  }
  return out;
}

/** Places (a dataset's provinces and towns) found in texts, by their words, space-blind. */
export interface PlaceFinder {
  /** The places a text mentions, as the dataset spells them. */
  find(text: string): string[];
  /** The place spelt by `words` from `start`, and how many words it takes. */
  at(words: readonly string[], start: number): { place: string; length: number } | null;
}

export function createPlaceFinder(places: readonly string[]): PlaceFinder {
  const byCompact = new Map<string, string>();
  const lengths = new Set<number>();
  for (const place of places) {
    const words = placeWords(place);
    if (words.length === 0) continue;
    byCompact.set(words.join(''), place);
    lengths.add(words.length);
    // Written as one word or as more ("Svayrieng", "Svay Rieng").
    lengths.add(1);
    if (words.length > 1) lengths.add(words.length + 1);
  }
  const sorted = [...lengths].sort((a, b) => b - a);
  const compacts = [...byCompact.keys()];
  const nearCache = new Map<string, string | null>();
  /** A misspelt place of some length ("Svay Reing"); short ones are too easily other words. */
  const near = (compact: string): string | null => {
    let place = nearCache.get(compact);
    if (place === undefined) {
      const found =
        compact.length >= 6 && !/\d/.test(compact)
          ? compacts.find((c) => c[0] === compact[0] && textSimilarity(c, compact, 0.85) >= 0.85)
          : undefined;
      place = found === undefined ? null : (byCompact.get(found) ?? null);
      if (nearCache.size > 50_000) nearCache.clear();
      nearCache.set(compact, place);
    }
    return place;
  };
  const at = (words: readonly string[], start: number) => {
    if (compacts.length === 0) return null;
    for (const length of sorted) {
      if (start + length > words.length) continue;
      const compact =
        length === 1 ? (words[start] as string) : words.slice(start, start + length).join('');
      const place = byCompact.get(compact) ?? near(compact);
      if (place !== null) return { place, length };
    }
    return null;
  };
  const cache = new Map<string, string[]>();
  const find = (text: string): string[] => {
    const cached = cache.get(text);
    if (cached) return cached;
    const words = placeWords(text);
    const found = new Set<string>();
    for (let i = 0; i < words.length; i += 1) {
      const hit = at(words, i);
      if (hit) {
        found.add(hit.place);
        i += hit.length - 1;
      }
    }
    const result = [...found];
    if (cache.size > 10_000) cache.clear();
    cache.set(text, result);
    return result;
  };
  return { find, at };
}

/**
 * The country a cell gives as an ISO 3166-1 code ("VN", "VNM", "vnm"), as the ISO alpha-2
 * code, or null when the cell is not a country code. Only a country column is read this way:
 * in a name or an address, two or three capitals are as often initials.
 */
export function countryCodeOf(cell: string): string | null {
  const code = cell.trim().toUpperCase();
  if (/^[A-Z]{2}$/.test(code)) return isoCountries.isValid(code) ? code : null;
  if (/^[A-Z]{3}$/.test(code)) return isoCountries.alpha3ToAlpha2(code) ?? null;
  return null;
}

/**
 * The country a text names whole ("VIETNAM", "Viet Nam", "中国", "Korea, Republic of"), as the ISO
 * alpha-2 code, or null. Codes are not read here: see `countryCodeOf`.
 */
export function countryNamedBy(text: string): string | null {
  return regionNames().get(normaliseText(text)) ?? null;
}
