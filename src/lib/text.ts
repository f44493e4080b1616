/**
 * Text as the search and the name model compare it: compatibility-decomposed (full-width Latin
 * becomes ASCII), without Latin accents, lower-case, without punctuation, single-spaced, with
 * Khmer typed in its canonical order and Chinese in simplified characters.
 */
import { TRADITIONAL_HAN } from './name-words';

/**
 * Accents that decomposition splits off Latin, Greek and Cyrillic letters (é → e + ◌́). Marks on
 * other scripts stay: Khmer vowel signs and the coeng are combining marks too, and removing them
 * would corrupt Khmer names.
 */
const ACCENTS = /([\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}])\p{M}+/gu;
/** Letters that carry their accent as a stroke, so decomposition leaves them as they are. */
const STROKED: Readonly<Record<string, string>> = {
  đ: 'd',
  ð: 'd',
  ħ: 'h',
  ı: 'i',
  ł: 'l',
  ø: 'o',
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  þ: 'th',
};
const STROKED_RE = new RegExp(`[${Object.keys(STROKED).join('')}]`, 'g');
/**
 * The dots of initials ("S.T.", "T.F.G") are dropped so the letters join; other dots separate
 * words ("Co.Ltd", "No.5").
 */
const INITIAL_DOTS = /(?<![\p{L}\p{N}])(\p{L})\.(?=\p{L}(?![\p{L}\p{N}]))/gu;
/**
 * Marks inside a word or code ("O'Neil", "KH-0001") are dropped, so the parts join; so are
 * invisible characters: zero-width ones, which Khmer text may or may not carry between words,
 * and the soft hyphen, direction marks, invisible operators, fillers and tags that text copied
 * from elsewhere brings, which would make two names that look the same differ.
 */
const JOINERS =
  /['`\u2018\u2019\u02bc\u2010\u2011\u00ad\u061c\u115f\u1160\u180e\u200b-\u200f\u2060-\u2064\u3164\ufeff\uffa0\ufff9-\ufffb\u{e0000}-\u{e007f}-]/gu;
/** Every other punctuation mark or symbol separates words. */
const SEPARATORS = /[\p{P}\p{S}\s]+/gu;

/**
 * Khmer that looks the same can be typed in several orders: vowels typed in two parts, a final
 * nasal before the vowel, the subscript "ro" before another subscript. Each to one order.
 */
const KHMER_ORDER: ReadonlyArray<readonly [RegExp, string]> = [
  [/\u17c1\u17b8/g, '\u17be'],
  [/\u17c1\u17b6/g, '\u17c4'],
  [/\u17c6\u17bb/g, '\u17bb\u17c6'],
  [/\u17d2\u179a(\u17d2[\u1780-\u17a2])/g, '$1\u17d2\u179a'],
  [/[\u17b4\u17b5]/g, ''],
];
const KHMER = /[\u1780-\u17ff]/;
const HAN = /\p{Script=Han}/u;
const TRADITIONAL = new RegExp(`[${[...TRADITIONAL_HAN.keys()].join('')}]`, 'gu');

/** Printable ASCII without anything decomposition or the joiners would change. */
const PLAIN = /^[\x20-\x7e]*$/;

export function normaliseText(text: string): string {
  if (PLAIN.test(text)) {
    return text
      .replace(INITIAL_DOTS, '$1')
      .toLowerCase()
      .replace(/\s*&\s*/g, ' and ')
      .replace(JOINERS, '')
      .replace(SEPARATORS, ' ')
      .trim();
  }
  let out = text
    .normalize('NFKD')
    .replace(ACCENTS, '$1')
    .replace(INITIAL_DOTS, '$1')
    .toLowerCase()
    .replace(STROKED_RE, (c) => STROKED[c] ?? c)
    // "Home & Style" and "Home and Style" are the same name.
    .replace(/\s*&\s*/g, ' and ')
    .replace(JOINERS, '')
    .replace(SEPARATORS, ' ')
    .trim();
  if (KHMER.test(out)) for (const [pattern, to] of KHMER_ORDER) out = out.replace(pattern, to);
  if (HAN.test(out)) out = out.replace(TRADITIONAL, (c) => TRADITIONAL_HAN.get(c) ?? c);
  return out;
}
