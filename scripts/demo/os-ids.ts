import type { Rng } from './random.ts';

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const SYMBOLS = [...CROCKFORD];

/**
 * A well-formed Open Supply Hub id created in `year`: country, creation date as YYYYDDD, five random Crockford
 * base-32 symbols and the check symbol OS Hub computes (research notes part 2, section 2.4).
 * Some are written with hyphens between the parts, as OS Hub itself can print them.
 */
export function generateOsId(rng: Rng, year: number, hyphenated: boolean): string {
  const country = 'KH';
  const day = String(rng.int(1, 365)).padStart(3, '0');
  let random = '';
  for (let i = 0; i < 5; i++) random += rng.pick(SYMBOLS);
  const body = `${year}${day}${random}`;
  let sum = country.charCodeAt(0) + country.charCodeAt(1);
  for (const symbol of body) sum += CROCKFORD.indexOf(symbol);
  const check = CROCKFORD[sum % 32] ?? '0';
  return hyphenated
    ? [country, `${year}${day}`, random, check].join('-')
    : `${country}${body}${check}`;
}
