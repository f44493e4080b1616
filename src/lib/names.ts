/**
 * The one model of a factory's name that the validator, the factory search and the supplier check
 * share. A name as registries and brands write it carries much that is not the name: a legal form
 * anywhere and in any spelling ("Co., Ltd", "(Single Member Private Limited Company)", "有限公司"),
 * the country or town in brackets ("T.F.G (Cambodia) Garment"), a site ("Branch 2", "MK2"), notes
 * about other names ("(Former name: X)", "trading as Y"), and spacing broken by PDFs and by
 * transliteration ("S H I N E", "In Jae" for "Injae"). A name model (`createNameModel`) sets
 * those apart, so that two names are the same name exactly when their keys are equal.
 */
import {
  countryNamesOf,
  createPlaceFinder,
  normalisedCountries,
  placeWords,
  type CountryNames,
} from './name-places';
import {
  GENERIC_WORDS,
  HAN_FILLER_SUFFIX,
  HAN_GENERIC,
  HAN_LEGAL,
  KHMER_FILLER,
  KHMER_GENERIC,
  KHMER_LEGAL,
  LEADING_LEGAL,
  LEGAL_PHRASES,
  SITE_WORDS,
  WORD_FORMS,
} from './name-words';
import { splitNotes, type NoteName } from './name-notes';
import { takeSites } from './name-sites';
import { normaliseText } from './text';

export { normaliseText } from './text';
export { splitNotes, type NoteName } from './name-notes';

/** Another name of the factory, given in a note inside its name. */
export interface ParsedName {
  /** The words that name the factory, normalised, in order: no legal form, country or qualifier. */
  words: string[];
  /**
   * The name as compared: its words with spaces set aside (and the "factory" Chinese and Khmer
   * write around a name), then its sites. Empty when nothing is left to compare.
   */
  key: string;
  /** Sites the name numbers ("Branch 2" → "2", "MK2" → "mk2"), sorted. */
  sites: string[];
  /** Places the name is qualified with, as the context spells them ("(Kandal)", "- Phnom Penh"). */
  places: string[];
  /** Countries the name mentions (ISO codes). */
  countries: string[];
  /** Former and other names given in notes. */
  notes: NoteName[];
}

export interface NameContext {
  /** The dataset's country (ISO 3166-1 alpha-2): its name, misspelt too, qualifies a name anywhere. */
  country?: string | null;
  /** Places (provinces, towns) that qualify a name in brackets, after a dash or at its end. */
  places?: readonly string[];
}

/** The script of a word, by its first letter in Khmer or Chinese (names are not mixed inside a word). */
export function scriptOf(word: string): 'khmer' | 'han' | 'other' {
  for (let i = 0; i < word.length; i += 1) {
    const c = word.charCodeAt(i);
    if (c < 0x1780) continue;
    if (c <= 0x17ff || (c >= 0x19e0 && c <= 0x19ff)) return 'khmer';
    if (
      (c >= 0x3400 && c <= 0x9fff) ||
      (c >= 0xf900 && c <= 0xfaff) ||
      (c >= 0xd840 && c <= 0xd87f) // the surrogates of the supplementary ideographs
    ) {
      return 'han';
    }
  }
  return 'other';
}
const isLatin = (word: string) => scriptOf(word) === 'other';

/** Legal phrases as word lists, longest first, by their first word. */
const LEGAL_WORDS = new Map<string, string[][]>();
for (const phrase of LEGAL_PHRASES.map((p) => p.split(' ')).sort((a, b) => b.length - a.length)) {
  const first = phrase[0] as string;
  LEGAL_WORDS.set(first, [...(LEGAL_WORDS.get(first) ?? []), phrase]);
}

/** Removes each legal phrase wherever it stands, and a leading "PT". */
function withoutLegalForms(words: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < words.length;) {
    const phrase = LEGAL_WORDS.get(words[i] as string)?.find((p) =>
      p.every((w, k) => words[i + k] === w),
    );
    if (phrase) {
      i += phrase.length;
      continue;
    }
    out.push(words[i] as string);
    i += 1;
  }
  if (out.length > 1 && LEADING_LEGAL.has(out[0] as string)) out.shift();
  return out.map((word) => withoutScriptForms(word, HAN_LEGAL, KHMER_LEGAL)).filter(Boolean);
}

/** A Chinese or Khmer word without the given parts, which stand inside words in those scripts. */
function withoutScriptForms(
  word: string,
  han: readonly string[],
  khmer: readonly string[],
  hanSuffixes: readonly string[] = [],
): string {
  const script = scriptOf(word);
  if (script === 'other') return word;
  const parts = script === 'han' ? han : khmer;
  let out = word;
  for (const part of parts) if (out.includes(part)) out = out.split(part).join('');
  for (const suffix of script === 'han' ? hanSuffixes : []) {
    if (out.endsWith(suffix) && out.length > suffix.length) out = out.slice(0, -suffix.length);
  }
  return out;
}

/**
 * A Chinese or Khmer word without the country that closes it ("佐凡制衣柬埔寨"): without a
 * dataset's country, only there, as a country's name may stand inside a word of a name.
 */
function withoutTrailingCountry(word: string, countries: CountryNames): string {
  if (scriptOf(word) === 'other') return word;
  for (const length of countries.spacelessLengths) {
    if (word.length > length && countries.spacelessSet.has(word.slice(-length))) {
      return word.slice(0, -length);
    }
  }
  return word;
}

/** Whether a word is a word of the trade (in Chinese or Khmer: made only of such words). */
export function isGenericWord(word: string): boolean {
  if (isLatin(word)) return GENERIC_WORDS.has(word);
  return withoutScriptForms(word, HAN_GENERIC, KHMER_GENERIC) === '';
}

/** Runs of single letters ("s h i n e", from a PDF's letter spacing) as one word. */
function joinSpacedLetters(words: readonly string[]): string[] {
  const out: string[] = [];
  let run: string[] = [];
  const flush = () => {
    if (run.length >= 3) out.push(run.join(''));
    else out.push(...run);
    run = [];
  };
  for (const word of words) {
    if (isLatin(word) && /^\p{L}$/u.test(word)) run.push(word);
    else {
      flush();
      out.push(word);
    }
  }
  flush();
  return out;
}

const MAIN_SITE: ReadonlySet<string> = new Set(['main', 'main factory', 'head office', 'hq']);

const isOwnWord = (word: string) => !isGenericWord(word);
const hasDistinctive = (words: readonly string[]) => words.some(isOwnWord);

/**
 * The words of a normalised text as a name compares them: abbreviations and plurals of the trade
 * written out ("Mfg" → "manufacturing", "Garments" → "garment"), legal forms removed.
 */
/**
 * A text's words as names are compared: normalised (case, accents, punctuation, width), the
 * trade's words in one form ("Garments" is "garment"), legal forms removed.
 */
export function nameWords(text: string): string[] {
  const words = joinWear(joinSpacedLetters(normaliseText(text).split(' ').filter(Boolean)));
  return withoutLegalForms(words.map(wordForm)).map(wordForm);
}

/** What a trade's "… wear" is written as in one word ("Sports Wear" is "Sportswear"). */
const WEAR: ReadonlyMap<string, string> = new Map([
  ['sport', 'sportswear'],
  ['sports', 'sportswear'],
  ['knit', 'knitwear'],
  ['foot', 'footwear'],
  ['under', 'underwear'],
  ['active', 'activewear'],
  ['swim', 'swimwear'],
  ['night', 'nightwear'],
  ['outer', 'outerwear'],
  ['work', 'workwear'],
]);

/** "Sports Wear" as "sportswear", the word the same factory's other lists write. */
function joinWear(words: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < words.length; i += 1) {
    const joined = words[i + 1] === 'wear' ? WEAR.get(words[i] as string) : undefined;
    if (joined === undefined) out.push(words[i] as string);
    else {
      out.push(joined);
      i += 1;
    }
  }
  return out;
}

/** A word as the name model compares it: abbreviations written out, plurals of the trade singular. */
function wordForm(word: string): string {
  const form = WORD_FORMS.get(word);
  if (form !== undefined) return form;
  if (word.length > 4 && word.endsWith('s') && GENERIC_WORDS.has(word.slice(0, -1))) {
    return word.slice(0, -1);
  }
  return word;
}

/** What a bracketed part or a part after a dash says. */
type Qualifier =
  | { kind: 'empty' }
  | { kind: 'country'; codes: string[] }
  | { kind: 'place'; places: string[] }
  | { kind: 'site'; sites: string[] }
  | { kind: 'words' };

export interface NameModel {
  parse(name: string): ParsedName;
  /** The key of a name (see `ParsedName.key`). */
  key(name: string): string;
  /** The places of the context a text mentions, as the context spells them. */
  placesIn(text: string): string[];
  /** The countries a text names (ISO codes). */
  countriesIn(text: string): string[];
  /**
   * The countries a text names when it names nothing else ("Myanmar", "Viet Nam", but not
   * "Jordan Road"), as ISO codes; none otherwise.
   */
  countriesOnly(text: string): string[];
}

/** The name model for a dataset: its country and places are qualifiers, not names. */
export function createNameModel(context: NameContext = {}): NameModel {
  const own = context.country?.toUpperCase() ?? null;
  const countries: CountryNames = countryNamesOf(own);
  const finder = createPlaceFinder(context.places ?? []);
  const placesIn = (text: string): string[] => finder.find(text);

  const countriesIn = (text: string): string[] =>
    normalisedCountries(countries, nameWords(text)).codes;
  const countriesOnly = (text: string): string[] => {
    const found = normalisedCountries(countries, nameWords(text));
    return found.rest.length === 0 ? found.codes : [];
  };

  const classify = (text: string): Qualifier => {
    const words = nameWords(text);
    // "(Main)", "- Head Office": the main site, which a name without a site means too.
    if (words.length === 0 || MAIN_SITE.has(words.join(' '))) return { kind: 'empty' };
    const found = normalisedCountries(countries, words);
    if (found.codes.length > 0 && found.rest.length === 0)
      return { kind: 'country', codes: found.codes };
    const mentioned = placesIn(found.rest.join(' '));
    // Compared as places are spelt ("Sihanoukville" is Preah Sihanouk).
    const ofPlaces = new Set(mentioned.flatMap((p) => placeWords(p)));
    if (mentioned.length > 0 && placeWords(found.rest.join(' ')).every((w) => ofPlaces.has(w))) {
      return { kind: 'place', places: mentioned };
    }
    const { words: rest, sites } = takeSites(
      found.rest[0] !== undefined && SITE_WORDS.has(found.rest[0])
        ? found.rest
        : ['x', ...found.rest],
      isOwnWord,
    );
    if (sites.length > 0 && rest.filter((w) => w !== 'x').length === 0)
      return { kind: 'site', sites };
    return { kind: 'words' };
  };

  const parse = (name: string): ParsedName => {
    const { main, notes } = splitNotes(name);
    const sites: string[] = [];
    const foundPlaces: string[] = [];
    const codes: string[] = [];
    const note = (q: Qualifier) => {
      if (q.kind === 'country') codes.push(...q.codes);
      else if (q.kind === 'place') foundPlaces.push(...q.places);
      else if (q.kind === 'site') sites.push(...q.sites);
    };
    // Bracketed parts, then a last part after a spaced dash ("Makalot Garment - MK2").
    let text = main.replace(/[(（[【]([^()（）[\]【】]*)[)）\]】]/gu, (_, inner: string) => {
      const q = classify(inner);
      note(q);
      return q.kind === 'words' ? ` ${inner} ` : ' ';
    });
    const dashed = text.split(/\s+[-–—]\s+|\s+[-–—]$/u);
    if (dashed.length > 1) {
      const last = dashed.at(-1) as string;
      const q = classify(last);
      if (q.kind !== 'words') {
        note(q);
        text = dashed.slice(0, -1).join(' ');
      }
    }
    let words = nameWords(text);

    // Countries wherever they stand, as long as the name keeps a word of its own.
    const found = normalisedCountries(countries, words);
    if (found.codes.length > 0 && hasDistinctive(found.rest)) {
      codes.push(...found.codes);
      words = found.rest;
    } else if (found.ownOnly.length < words.length && hasDistinctive(found.ownOnly)) {
      words = found.ownOnly;
    }
    // A place closing the name ("… Co., Ltd. Phnom Penh").
    for (let start = Math.max(0, words.length - 3); start < words.length; start += 1) {
      const hit = finder.at(words, start);
      if (hit && start + hit.length === words.length && hasDistinctive(words.slice(0, start))) {
        foundPlaces.push(hit.place);
        words = words.slice(0, start);
        break;
      }
    }
    const taken = takeSites(words, isOwnWord);
    words = taken.words.map((w) =>
      own === null
        ? withoutTrailingCountry(w, countries)
        : withoutScriptForms(w, countries.ownScript, countries.ownScript),
    );
    words = words.filter(Boolean);
    sites.push(...taken.sites);
    const uniqueSites = [...new Set(sites)].sort();

    // Chinese and Khmer write "factory" around the name ("…制衣厂", "រោងចក្រ …"), where English
    // has it in the registered name.
    const kept = words
      .map((w) => withoutScriptForms(w, [], KHMER_FILLER, HAN_FILLER_SUFFIX))
      .filter(Boolean);
    const compared = kept.length > 0 ? kept : words;
    const joined = compared.join('');
    const key =
      joined === '' && uniqueSites.length === 0
        ? ''
        : uniqueSites.length > 0
          ? `${joined}#${uniqueSites.join('+')}`
          : joined;
    return {
      words,
      key,
      sites: uniqueSites,
      places: [...new Set(foundPlaces)],
      countries: [...new Set(codes)],
      notes,
    };
  };

  // Lists repeat names, and a registry's names repeat in its aliases.
  const cache = new Map<string, ParsedName>();
  const cachedParse = (name: string): ParsedName => {
    let parsed = cache.get(name);
    if (!parsed) {
      parsed = parse(name);
      if (cache.size > 50_000) cache.clear();
      cache.set(name, parsed);
    }
    return parsed;
  };
  return {
    parse: cachedParse,
    key: (name) => cachedParse(name).key,
    placesIn,
    countriesIn,
    countriesOnly,
  };
}

let defaultModel: NameModel | undefined;

/**
 * The key of a factory name without a dataset's context: two names with the same non-empty key
 * are the same name once case, accents, punctuation, width, legal forms, countries, filler words
 * and spacing are set aside. For the validator's duplicate-name warnings.
 */
export const nameKey = (name: string): string => (defaultModel ??= createNameModel()).key(name);

/** Whether two names are the same factory name (see `nameKey`). */
export function sameFactoryName(a: string, b: string): boolean {
  const key = nameKey(a);
  return key !== '' && key === nameKey(b);
}

/** A name without its bracketed parts and a last part after a spaced dash. */
export function withoutAdditions(text: string): string {
  return text
    .replace(/[(（[【][^()（）[\]【】]*[)）\]】]/gu, ' ')
    .replace(/\s+[-–—]\s+[^-–—]*$/u, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
