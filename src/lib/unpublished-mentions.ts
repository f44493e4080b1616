/**
 * Where a published text names a factory that was never published (contract section 4: such a
 * factory appears nowhere, "not even its name"). Unions are often named after their factory
 * ("Sunrise Garment Workers Union"), and a response or a strike's summary may name another
 * factory or give its id. The disclosure rules withhold such a text, or refuse it where the site
 * must show it; the output scan (withheld-strings.ts) stays the last check.
 *
 * A factory is named by its id as a whole token (an id of letters and digits), or by a name or
 * alias distinctive enough for the output scan (`isDistinctive`) that no published factory's own names contain: a never-published
 * "Golden Needle" is not found in a text about the published "Golden Needle Garment II". Pure.
 */
import type { FactoryId } from './ids';
import type { Dataset } from './model';
import { isDistinctive, normaliseForSearch } from './distinctive-strings';

export interface Mention {
  factoryId: FactoryId;
  /** The id or name found, as the dataset writes it. */
  found: string;
}

export type MentionFinder = (text: string | undefined) => Mention | null;

/** Scripts written without spaces between words, where a name is looked for anywhere. */
const SPACELESS = /[\u1780-\u17ff\p{Script=Han}]/u;
const TOKEN = /[\p{L}\p{N}][\p{L}\p{N}-]*/gu;

export function unpublishedMentionFinder(
  dataset: Dataset,
  published: ReadonlySet<FactoryId>,
): MentionFinder {
  const ids = new Map<string, Mention>();
  /** Spaced names by their first word; names in spaceless scripts apart. */
  const byFirstWord = new Map<string, Array<{ text: string; mention: Mention }>>();
  const spaceless: Array<{ text: string; mention: Mention }> = [];
  const publishedNames: string[] = [];
  for (const factory of dataset.factories) {
    const names = [factory.name, factory.nameKm, factory.nameZh, ...factory.aliases];
    if (published.has(factory.id)) {
      for (const name of names)
        if (name !== undefined) publishedNames.push(normaliseForSearch(name));
      continue;
    }
    // An id of digits alone ("1023") is as often a year or a count in a text: only ids with
    // letters and digits are looked for (the output scan still searches every id).
    if (/\p{L}/u.test(factory.id) && /\p{N}/u.test(factory.id)) {
      ids.set(factory.id.toLowerCase(), { factoryId: factory.id, found: factory.id });
    }
    for (const name of names) {
      if (name === undefined || !isDistinctive(name, 'name')) continue;
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
  return (raw) => {
    if (raw === undefined || raw === '') return null;
    for (const token of raw.match(TOKEN) ?? []) {
      const id = ids.get(token.toLowerCase());
      if (id) return id;
    }
    return nameIn(normaliseForSearch(raw));
  };
}
