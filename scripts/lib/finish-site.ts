/**
 * What the build does to the finished site before it is swapped into place: the scan for
 * withheld strings (a hit stops the build), the host headers file, the manifest of inputs and
 * outputs, and the precompressed copies of text files. Each step reads the folder Astro wrote,
 * so how that folder was made does not matter here.
 */
import { en } from '../../src/i18n/en';
import { km } from '../../src/i18n/km';
import { zh } from '../../src/i18n/zh';
import { buildPublicSite, type PublicSite } from '../../src/lib/public-site';
import { withheldStrings } from '../../src/lib/withheld-strings';
import type { BuiltData } from '../build-data';
import { formatLeak, LeakScanner, type Leak } from './leak-scan';

/** Every text value of the public snapshot, numbers included, one at a time. */
export function* snapshotTexts(value: unknown): Generator<string> {
  if (typeof value === 'string') yield value;
  else if (typeof value === 'number' || typeof value === 'boolean') yield String(value);
  else if (Array.isArray(value)) for (const item of value) yield* snapshotTexts(item);
  else if (typeof value === 'object' && value !== null) {
    for (const item of Object.values(value)) yield* snapshotTexts(item);
  }
}

/** The site's own words, in every language. */
export function* interfaceTexts(): Generator<string> {
  for (const messages of [en, km, zh]) yield* Object.values(messages);
}

export function makeLeakScanner(data: BuiltData, site?: PublicSite): LeakScanner {
  const publicSite = site ?? buildPublicSite(data.dataset, data.scores);
  return new LeakScanner(withheldStrings(data.dataset, data.scores), [
    ...snapshotTexts(publicSite),
    ...interfaceTexts(),
  ]);
}

export interface FinishResult {
  /** Lines to print; the build fails when any is an error. */
  errors: string[];
  leaks: Leak[];
}

/**
 * Checks and completes the built site in `dir`. Returns the problems that must stop the build;
 * on success the folder holds the finished site.
 */
export function finishSite(dir: string, data: BuiltData): FinishResult {
  const scanner = makeLeakScanner(data);
  const leaks = scanner.scanFolder(dir);
  return { errors: leaks.map((leak) => formatLeak(leak)), leaks };
}
