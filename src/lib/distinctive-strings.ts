/**
 * Which strings are distinctive enough to search for in published text: a short or common word
 * would raise false alarms. Shared by the output scan (`withheld-strings.ts`) and the build's
 * check of free texts for never-published factories (`unpublished-mentions.ts`).
 * - ids always (as whole tokens);
 * - names, aliases and federations of 6 characters or more after normalising (NFKC, case and
 *   spaces folded), or 3 or more in Han script, where three characters already make a name;
 * - free texts (summaries, responses, addresses) of 20 characters or more after normalising.
 */

export type WithheldKind = 'id' | 'name' | 'text';

export const MIN_NAME_LENGTH = 6;
export const MIN_HAN_NAME_LENGTH = 3;
export const MIN_TEXT_LENGTH = 20;

/** NFKC, lower case, runs of white space as one space, trimmed. */
export function normaliseForSearch(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/gu, ' ').trim();
}

/** Whether a string is distinctive enough to be searched for (see the rules above). */
export function isDistinctive(text: string, kind: WithheldKind): boolean {
  const normalised = normaliseForSearch(text);
  const length = [...normalised].length;
  if (length === 0) return false;
  if (kind === 'id') return true;
  if (kind === 'text') return length >= MIN_TEXT_LENGTH;
  return (
    length >= MIN_NAME_LENGTH ||
    (/\p{Script=Han}/u.test(normalised) && length >= MIN_HAN_NAME_LENGTH)
  );
}
