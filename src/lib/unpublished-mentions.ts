/**
 * Where a published text names a factory that was never published (contract section 4: such a
 * factory appears nowhere, "not even its name"). Unions are often named after their factory
 * ("Sunrise Garment Workers Union"), and a response or a strike's summary may name another
 * factory or give its id. The disclosure rules withhold such a text, or refuse it where the site
 * must show it; the output scan (withheld-strings.ts) stays the last check.
 *
 * A factory is named by its id (an id of letters and digits) as a whole token, in any case and
 * with any separator between its letters and digits or none ("KH-060", "kh060", "KH 060",
 * "KH–060"); or by a name or alias distinctive enough for the output scan (`isDistinctive`), as
 * written or in the words names are compared in, legal form and bracketed additions aside ("Sun
 * Star Co. Ltd." is named by "SUN STAR COMPANY LIMITED" and "Sun Star Workers Union"; a core
 * needs two words of its own, trade words aside). A union's name, which the site must show, is
 * refused only for an id or the name as written (`MentionFinder`). A name that a published factory's own names contain names that one
 * too: a never-published "Golden Needle" is not found in a text about the published "Golden
 * Needle Garment II". Pure.
 */
import type { FactoryId } from './ids';
import type { Dataset } from './model';
import { isDistinctive, normaliseForSearch } from './distinctive-strings';
import { isGenericWord, nameWords, withoutAdditions } from './names';

export interface Mention {
  factoryId: FactoryId;
  /** The id or name found, as the dataset writes it. */
  found: string;
}

/**
 * Where a text names a never-published factory. `exact` leaves out the name's core (its name
 * without legal form and additions): for a text the site must show, whose refusal stops the
 * build, only the name as written or an id decide, since a core of two common words ("New Day")
 * may be found in another union's name.
 */
export type MentionFinder = (
  text: string | undefined,
  options?: { exact?: boolean },
) => Mention | null;

/** Scripts written without spaces between words, where a name is looked for anywhere. */
const SPACELESS = /[\u1780-\u17ff\p{Script=Han}]/u;
const TOKEN = /[\p{L}\p{N}][\p{L}\p{N}-]*/gu;
/** A run of letters and digits, and what may stand between the parts of an id. */
const RUN = /[\p{L}\p{N}]+/gu;
const ID_SEPARATOR = /^[\s\p{Pd}_./]?$/u;
const compact = (id: string) =>
  id
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '');

/** A name's core as compared ("sun star" for "Sun Star (Cambodia) Co., Ltd."), or '' if none. */
const coreOf = (name: string) => nameWords(withoutAdditions(name)).join(' ');

export function unpublishedMentionFinder(
  dataset: Dataset,
  published: ReadonlySet<FactoryId>,
): MentionFinder {
  const ids = new Map<string, Mention>();
  /** Ids by their letters and digits alone, and how many runs of either they have at most. */
  const compactIds = new Map<string, Mention>();
  let idRuns = 1;
  /** Cores of two words or more by their first word; the published factories' cores, unspaced. */
  const coresByFirstWord = new Map<string, Array<{ core: string; mention: Mention }>>();
  const publishedCores: string[] = [];
  /** Spaced names by their first word; names in spaceless scripts apart. */
  const byFirstWord = new Map<string, Array<{ text: string; mention: Mention }>>();
  const spaceless: Array<{ text: string; mention: Mention }> = [];
  const publishedNames: string[] = [];
  for (const factory of dataset.factories) {
    const names = [factory.name, factory.nameKm, factory.nameZh, ...factory.aliases];
    if (published.has(factory.id)) {
      for (const name of names) {
        if (name === undefined) continue;
        publishedNames.push(normaliseForSearch(name));
        publishedCores.push(coreOf(name).replaceAll(' ', ''));
      }
      continue;
    }
    // An id of digits alone ("1023") is as often a year or a count in a text: only ids with
    // letters and digits are looked for (the output scan still searches every id).
    if (/\p{L}/u.test(factory.id) && /\p{N}/u.test(factory.id)) {
      const mention = { factoryId: factory.id, found: factory.id };
      ids.set(factory.id.toLowerCase(), mention);
      compactIds.set(compact(factory.id), mention);
      idRuns = Math.max(idRuns, factory.id.normalize('NFKC').match(RUN)?.length ?? 1);
    }
    for (const name of names) {
      if (name === undefined || !isDistinctive(name, 'name')) continue;
      const core = coreOf(name);
      // Two words of its own at least: "Cambodian Apparel" is one word and a word of the trade.
      const ownWords = core.split(' ').filter((word) => !isGenericWord(word)).length;
      if (!SPACELESS.test(core) && ownWords >= 2 && isDistinctive(core, 'name')) {
        // "SUN-STAR" and "Sunstar" are read as one word: the core is looked for so written too.
        for (const form of [core, core.replaceAll(' ', '')]) {
          const first = form.split(' ')[0] as string;
          const list = coresByFirstWord.get(first) ?? [];
          list.push({ core: form, mention: { factoryId: factory.id, found: name } });
          coresByFirstWord.set(first, list);
        }
      }
      const text = normaliseForSearch(name);
      const entry = { text, mention: { factoryId: factory.id, found: name } };
      if (SPACELESS.test(text)) {
        spaceless.push(entry);
        continue;
      }
      const first = text.split(' ')[0] as string;
      const list = byFirstWord.get(first) ?? [];
      list.push(entry);
      byFirstWord.set(first, list);
    }
  }
  /** Whether a name found is also in a published factory's names, so names that one too. */
  const exempt = new Map<string, boolean>();
  const isExempt = (text: string) => {
    let answer = exempt.get(text);
    if (answer === undefined) {
      answer = publishedNames.some((name) => name.includes(text));
      exempt.set(text, answer);
    }
    return answer;
  };
  const nameIn = (text: string): Mention | null => {
    const words = text.split(' ');
    for (let i = 0; i < words.length; i += 1) {
      for (const entry of byFirstWord.get(words[i] as string) ?? []) {
        const rest = words.slice(i).join(' ');
        const ends =
          rest.length === entry.text.length || !/[\p{L}\p{N}]/u.test(rest[entry.text.length] ?? '');
        if (rest.startsWith(entry.text) && ends && !isExempt(entry.text)) return entry.mention;
      }
    }
    if (SPACELESS.test(text)) {
      for (const entry of spaceless) {
        if (text.includes(entry.text) && !isExempt(entry.text)) return entry.mention;
      }
    }
    return null;
  };
  /** An id written with other separators, or none, between its runs of letters and digits. */
  const compactIdIn = (raw: string): Mention | null => {
    const text = raw.normalize('NFKC');
    const runs = [...text.matchAll(RUN)];
    for (let i = 0; i < runs.length; i += 1) {
      let joined = '';
      for (let k = i; k < runs.length && k < i + idRuns; k += 1) {
        const run = runs[k] as RegExpExecArray;
        if (k > i) {
          const before = runs[k - 1] as RegExpExecArray;
          const gap = text.slice(before.index + before[0].length, run.index);
          if (!ID_SEPARATOR.test(gap)) break;
        }
        joined += run[0].toLowerCase();
        const id = compactIds.get(joined);
        if (id) return id;
      }
    }
    return null;
  };
  const coreExempt = new Map<string, boolean>();
  /** Whether a published factory's core holds this one, spaces aside (so names that one too). */
  const isCoreExempt = (core: string) => {
    let answer = coreExempt.get(core);
    if (answer === undefined) {
      const glued = core.replaceAll(' ', '');
      answer = publishedCores.some((name) => name.includes(glued));
      coreExempt.set(core, answer);
    }
    return answer;
  };
  const coreIn = (text: string): Mention | null => {
    const words = nameWords(text);
    const spaced = ` ${words.join(' ')} `;
    for (const word of new Set(words)) {
      for (const entry of coresByFirstWord.get(word) ?? []) {
        const core = ` ${entry.core} `;
        if (spaced.includes(core) && !isCoreExempt(core)) return entry.mention;
      }
    }
    return null;
  };
  return (raw, options) => {
    if (raw === undefined || raw === '') return null;
    for (const token of raw.match(TOKEN) ?? []) {
      const id = ids.get(token.toLowerCase());
      if (id) return id;
    }
    const found = compactIdIn(raw) ?? nameIn(normaliseForSearch(raw));
    return found ?? (options?.exact === true ? null : coreIn(raw));
  };
}
