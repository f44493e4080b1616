/**
 * What the built site must never contain (contract section 4): the ids, names and aliases of
 * every factory never published, and the distinctive texts the disclosure rules hold back
 * (withheld strike summaries, federations and ids, withheld responses). The build scans every
 * file it writes for these strings in the forms they take in files, and stops on a hit.
 *
 * Which strings are searched, so that a short or common word never raises a false alarm: the
 * distinctive ones (`distinctive-strings.ts`; ids as whole tokens: `KH-006` is not found inside
 * `KH-0061`), and never a string that the published factories' records, strikes and
 * corrections or the site's own words also contain (a published factory's former name may be a
 * never-published factory's name): the caller drops those by scanning those texts with the same
 * matcher.
 */
import { keepWordsWhole } from './khmer-words';
import {
  confidentialCycles,
  correctionWithholding,
  publishedFactoryIds,
  responseRules,
  responseWithholding,
} from './disclosure';
import type { Dataset } from './model';
import type { Scores } from './score';
import { isDistinctive, type WithheldKind } from './distinctive-strings';

export interface WithheldString {
  text: string;
  kind: WithheldKind;
  /** What the string is, for the report: `name of never-published factory KH-006`. */
  what: string;
}

/** Every withheld string of a dataset, distinctive ones only, each once per kind. */
export function withheldStrings(dataset: Dataset, scores: Scores): WithheldString[] {
  const published = publishedFactoryIds(scores);
  const rules = responseRules(dataset, scores);
  const found: WithheldString[] = [];
  const add = (text: string | undefined, kind: WithheldKind, what: string) => {
    if (text !== undefined && isDistinctive(text, kind)) found.push({ text, kind, what });
  };
  for (const factory of dataset.factories) {
    if (published.has(factory.id)) continue;
    const of = `of never-published factory ${factory.id}`;
    add(factory.id, 'id', `id ${of}`);
    add(factory.name, 'name', `name ${of}`);
    add(factory.nameKm, 'name', `Khmer name ${of}`);
    add(factory.nameZh, 'name', `Chinese name ${of}`);
    for (const alias of factory.aliases) add(alias, 'name', `alias ${of}`);
    add(factory.address, 'text', `address ${of}`);
  }
  for (const strike of dataset.strikes) {
    if (published.has(strike.factoryId)) continue;
    const of = `of withheld strike ${strike.source.file}:${strike.source.line}`;
    add(strike.id, 'id', `strike_id ${of}`);
    add(strike.federation, 'name', `federation ${of}`);
    add(strike.summary, 'text', `summary ${of}`);
  }
  for (const response of dataset.responses) {
    if (responseWithholding(response, rules) === null) continue;
    add(
      response.text,
      'text',
      `text of withheld response ${response.source.file}:${response.source.line}`,
    );
  }
  const confidential = confidentialCycles(scores);
  for (const correction of dataset.corrections) {
    if (correctionWithholding(correction, published, confidential) === null) continue;
    const of = `of withheld correction ${correction.source.file}:${correction.source.line}`;
    add(correction.reason, 'text', `reason ${of}`);
    add(correction.reasonKm, 'text', `Khmer reason ${of}`);
    add(correction.reasonZh, 'text', `Chinese reason ${of}`);
  }
  const seen = new Set<string>();
  return found.filter((s) => {
    const key = `${s.kind}\u0000${s.text}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

const HTML_ESCAPES: ReadonlyArray<Record<string, string>> = [
  // Astro escapes an apostrophe as &#39;, React as &#x27;, XML writers as &apos;.
  { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' },
  { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#x27;' },
  { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' },
];

const escapeWith = (text: string, table: Record<string, string>) =>
  text.replace(/[&<>"']/g, (c) => table[c] ?? c);

/**
 * The forms a string takes in the files of a static site: as it is, HTML- and XML-escaped,
 * JSON-escaped (and that escaped again in an HTML attribute, as island props are), doubled
 * quotes in CSV, and URL-encoded (ids in paths, names in search links). Upper and lower case
 * forms are added for letters beyond ASCII; the matcher folds ASCII case itself.
 */
export function encodedForms(text: string): string[] {
  const forms = new Set<string>();
  // Khmer words the pages keep whole carry joiners between their syllables (./khmer-words.ts).
  const bases = [text, keepWordsWhole(text), text.toLowerCase(), text.toUpperCase()];
  for (const base of new Set(bases)) {
    const json = JSON.stringify(base).slice(1, -1);
    forms.add(base);
    forms.add(json);
    forms.add(base.replaceAll('"', '""'));
    forms.add(encodeURIComponent(base));
    forms.add(encodeURIComponent(base).replaceAll('%20', '+'));
    for (const table of HTML_ESCAPES) {
      forms.add(escapeWith(base, table));
      forms.add(escapeWith(json, table));
    }
  }
  return [...forms].filter((form) => form !== '');
}
