/**
 * Site markers in names: which of a company's factories a name means ("Branch 2", "Factory II",
 * "2nd Branch", "Unit-3", "(HD-01)", "Makalot Garment - MK2", "Hana I", "（二厂）", "分厂"). Two names that differ
 * only in their site are two factories.
 */
import { ROMAN, SITE_WORDS } from './name-words';

/** Khmer digits (០–៩) as ASCII ones. */
const asciiDigits = (text: string) =>
  text.replace(/[\u17e0-\u17e9]/gu, (digit) => String(digit.charCodeAt(0) - 0x17e0));

/** A site's number: digits without leading zeros, a Roman numeral's value, "2nd" as 2. */
function siteNumber(text: string): string | null {
  const word = asciiDigits(text);
  if (/^\d{1,4}$/.test(word)) return String(Number(word));
  const ordinal = /^(\d{1,3})(?:st|nd|rd|th)$/.exec(word);
  if (ordinal) return String(Number(ordinal[1]));
  const roman = ROMAN.get(word);
  return roman === undefined ? null : String(roman);
}

const HAN_DIGITS = '一二三四五六七八九';
/** A Chinese number up to 99 ("二" 2, "十二" 12, "二十一" 21), or null. */
function hanNumber(text: string): number | null {
  if (/^\d{1,3}$/.test(text)) return Number(text);
  const digit = (c: string | undefined) => (c === undefined ? -1 : HAN_DIGITS.indexOf(c) + 1);
  const m = /^([一二三四五六七八九])?(十)?([一二三四五六七八九])?$/u.exec(text);
  if (m === null || text === '') return null;
  if (m[2] === undefined) return m[3] === undefined ? digit(m[1]) : null;
  return (m[1] === undefined ? 1 : digit(m[1])) * 10 + (m[3] === undefined ? 0 : digit(m[3]));
}

/**
 * A Chinese site marker closing a word: "二厂" and "第二工厂" (second factory), "3号厂", "分厂"
 * (branch factory). Chinese writes no spaces, so it may be glued to the name ("海港示范箱包二厂").
 */
const HAN_SITE = /^(.*?)第?([一二三四五六七八九十]{1,3}|\d{1,3})号?(?:工厂|分厂|厂|车间)$/u;
const HAN_BRANCH = /^(.*?)(?:分厂|分公司)$/u;

function hanSite(word: string): { rest: string; site: string } | null {
  const numbered = HAN_SITE.exec(word);
  const number = numbered ? hanNumber(numbered[2] as string) : null;
  if (numbered && number !== null) return { rest: numbered[1] as string, site: String(number) };
  const branch = HAN_BRANCH.exec(word);
  return branch ? { rest: branch[1] as string, site: 'branch' } : null;
}

/**
 * A Khmer site marker closing a word: "សាខា" (branch), "សាខា២" and "សាខាទី២" (branch 2), and
 * "រោងចក្រទី២" (factory 2; "រោងចក្រ" alone opens many names and numbers nothing).
 */
const KHMER_BRANCH = /^(.*?)សាខា(?:\s*ទី)?\s*([\u17e0-\u17e9\d]{1,3})?$/u;
const KHMER_FACTORY = /^(.*?)រោងចក្រ\s*ទី\s*([\u17e0-\u17e9\d]{1,3})$/u;

function khmerSite(word: string): { rest: string; site: string } | null {
  const m = KHMER_BRANCH.exec(word) ?? KHMER_FACTORY.exec(word);
  if (m === null) return null;
  const number = m[2] === undefined ? null : siteNumber(m[2]);
  return { rest: (m[1] as string).trim(), site: number ?? 'branch' };
}

/**
 * Whether a run of Chinese or Khmer is only a site marker ("二厂", "第二工厂", "分厂", "សាខា ២"),
 * no name: beside a name in another script, it is part of that name.
 */
export const isSiteMarker = (run: string): boolean =>
  (/\p{Script=Han}/u.test(run) ? hanSite(run) : khmerSite(run.replace(/\s+/gu, '')))?.rest === '';

const GLUED_SITE =
  /^(branch|unit|factory|fty|phase|plant|site|no|bldg|building|division)(\d{1,3}|[ivx]{1,4})$/;
const SITE_CODE = /^([a-z]{1,3})(\d{1,3})$/;

/**
 * Site markers taken out of the words: "Branch 2", "Factory II", "2nd Branch", "Unit-3", and a
 * number, code or "Branch" closing a name that has a word of its own before it ("Hana I",
 * "Makalot MK2", "Lotus Garment Branch").
 */
export function takeSites(
  words: readonly string[],
  isOwnWord: (word: string) => boolean,
): { words: string[]; sites: string[] } {
  const sites: string[] = [];
  const out: string[] = [];
  for (let i = 0; i < words.length; i += 1) {
    const word = words[i] as string;
    const next = words[i + 1];
    const han = /\p{Script=Han}/u.test(word) ? hanSite(word) : null;
    if (han !== null) {
      sites.push(han.site);
      if (han.rest !== '') out.push(han.rest);
      continue;
    }
    const khmer = /[\u1780-\u17ff]/u.test(word) ? khmerSite(word) : null;
    if (khmer !== null) {
      // "សាខា ២": the number is the next word.
      const number = khmer.site === 'branch' && next !== undefined ? siteNumber(next) : null;
      sites.push(number ?? khmer.site);
      if (khmer.rest !== '') out.push(khmer.rest);
      if (number !== null) i += 1;
      continue;
    }
    const glued = GLUED_SITE.exec(word);
    if (glued) {
      sites.push(siteNumber(glued[2] as string) ?? (glued[2] as string));
      continue;
    }
    if (SITE_WORDS.has(word) && next !== undefined) {
      const number = siteNumber(next) ?? (/^[a-h]$/.test(next) ? next : null);
      if (number !== null) {
        sites.push(number);
        i += 1;
        continue;
      }
    }
    if (next !== undefined && SITE_WORDS.has(next) && /^\d{1,3}(?:st|nd|rd|th)$/.test(word)) {
      sites.push(siteNumber(word) as string);
      i += 1;
      continue;
    }
    out.push(word);
  }
  // A number or site code closing a name of more words: "Hana I", "Lotus Garment 2", "Makalot MK2";
  // "Branch" or "Branch Factory" closing it without a number is a branch, as "分厂" is.
  if (out.length > 2 && out.at(-1) === 'factory' && out.at(-2) === 'branch') out.pop();
  const last = out.at(-1);
  if (last !== undefined && out.length > 1 && out.some((w) => isOwnWord(w) && w !== last)) {
    const number = siteNumber(last);
    const code = SITE_CODE.exec(last);
    if (last === 'branch') {
      sites.push('branch');
      out.pop();
    } else if (number !== null) {
      sites.push(number);
      out.pop();
    } else if (code) {
      sites.push(`${code[1]}${Number(code[2])}`);
      out.pop();
    }
  }
  return { words: out, sites: [...new Set(sites)].sort() };
}
