/**
 * Where a value that should be plain ASCII (an id, a token) holds characters that look like ASCII
 * but are not: a Cyrillic К for a K, a non-breaking hyphen for a hyphen, full-width digits, an
 * invisible space. The message names each, since the eye cannot tell "КH-013" from "KH-013".
 */
import { codePointName } from './unsafe-text';

const SCRIPTS: ReadonlyArray<[RegExp, string]> = [
  [/\p{Script=Cyrillic}/u, 'Cyrillic'],
  [/\p{Script=Greek}/u, 'Greek'],
  [/\p{Script=Armenian}/u, 'Armenian'],
];

function describe(char: string): string {
  const code = codePointName(char);
  for (const [script, name] of SCRIPTS) if (script.test(char)) return `${name} "${char}" (${code})`;
  if (/\p{Pd}|\u2212/u.test(char)) return `a dash that is not the hyphen-minus (${code})`;
  if (/[\p{Zs}\p{Cf}]/u.test(char)) return `an invisible or unusual space (${code})`;
  if (char.normalize('NFKC') !== char) return `the full-width or styled "${char}" (${code})`;
  return `"${char}" (${code})`;
}

/** `; it holds …` naming the characters of `value` outside ASCII, or '' when there are none. */
export function lookAlikeNote(value: string, limit = 3): string {
  const found = [...new Set([...value].filter((char) => char > '\u007f'))];
  if (found.length === 0) return '';
  const named = found.slice(0, limit).map(describe);
  const more = found.length > limit ? ` and ${found.length - limit} more` : '';
  return `; it holds ${named.join(', ')}${more}, where plain ASCII is expected`;
}
