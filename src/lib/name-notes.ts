/**
 * Notes that registry exports and supplier lists write inside a name about the factory's other
 * names: "(Former name: X)", "formerly X", "f/k/a X", "trading as X", "t/a X", "d/b/a X", and
 * "原名" or "ឈ្មោះចាស់" (former name) in Chinese and Khmer.
 */
import { FORMER_NAME_NOTE, OTHER_NAME_NOTE } from './name-words';

/** Another name of the factory, given in a note inside its name. */
export interface NoteName {
  kind: 'formerName' | 'otherName';
  text: string;
}

const NOTE_IN_BRACKETS = new RegExp(
  `[(（\\[]\\s*(${FORMER_NAME_NOTE}|${OTHER_NAME_NOTE})\\s*[:：]?\\s*([^)）\\]]+?)\\s*[)）\\]]`,
  'giu',
);
const NOTE_AFTER = new RegExp(
  `(?:^|[\\s,;/])(${FORMER_NAME_NOTE}|${OTHER_NAME_NOTE})(?:\\s*[:：]\\s*|\\s+)(.+)$`,
  'iu',
);
const FORMER = new RegExp(`^${FORMER_NAME_NOTE}$`, 'iu');

/** Notes about other names, taken out of the name. */
export function splitNotes(raw: string): { main: string; notes: NoteName[] } {
  const notes: NoteName[] = [];
  const kind = (introducer: string): NoteName['kind'] =>
    FORMER.test(introducer.trim()) ? 'formerName' : 'otherName';
  let main = raw.replace(NOTE_IN_BRACKETS, (_, introducer: string, text: string) => {
    notes.push({ kind: kind(introducer), text: text.trim() });
    return ' ';
  });
  const after = NOTE_AFTER.exec(main);
  if (after && after.index > 0) {
    const [, introducer = '', text = ''] = after;
    const rest = text.replace(/[)）\]]+\s*$/, '').trim();
    if (rest !== '') {
      notes.push({ kind: kind(introducer), text: rest });
      main = main.slice(0, after.index);
    }
  }
  return { main: main.trim(), notes };
}
