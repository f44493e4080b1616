import { en } from '../../src/i18n/en';
import { km } from '../../src/i18n/km';
import { zh } from '../../src/i18n/zh';

/** The site's own words, in every language: texts the scan for withheld strings passes over. */
export function* interfaceTexts(): Generator<string> {
  for (const messages of [en, km, zh]) yield* Object.values(messages);
}
