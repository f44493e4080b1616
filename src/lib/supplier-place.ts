/**
 * Where a supplier list's line says its factory is: the province in any of the dataset's
 * languages, and the country, for the matcher (`supplier-match.ts`). Pure.
 */
import { countryCodeOf } from './name-places';
import type { NameModel } from './names';

/** Provinces' names in English, Khmer and Chinese (provinces.csv). */
export type ProvinceNames = ReadonlyArray<{
  nameEn: string;
  nameKm: string | null;
  nameZh: string | null;
}>;

/**
 * A text with each province written in Khmer or Chinese replaced by its English name, so that
 * the places the dataset spells in English are found in it ("ខេត្តតាកែវ" → "Takeo").
 */
export function provincesInEnglish(provinces: ProvinceNames): (text: string) => string {
  // Longest names first, so a name inside a longer one is not taken for it.
  const names = provinces
    .flatMap((p) =>
      [p.nameKm, p.nameZh].flatMap((name) =>
        name?.trim() ? [{ name: name.trim().normalize('NFC'), english: p.nameEn }] : [],
      ),
    )
    .sort((a, b) => b.name.length - a.name.length);
  return (text) => {
    if (names.length === 0 || text === '') return text;
    let out = text.normalize('NFC').replace(/\u200b/g, '');
    for (const { name, english } of names) {
      if (out.includes(name)) out = out.split(name).join(`, ${english}, `);
    }
    return out;
  };
}

/**
 * The country a line gives, as ISO codes with the text that gave it: its country column (a
 * name, or an ISO code: "VN", "VNM"), else a part of its address, town or province that names a
 * country and nothing else ("…, Yangon, Myanmar"; not "Jordan Road"). Null when it gives none.
 */
export function countryOfLine(
  model: NameModel,
  line: { country: string; address: string; city: string; province: string },
): { codes: string[]; text: string } | null {
  const { country } = line;
  if (country !== '') {
    const code = countryCodeOf(country);
    const codes = code !== null ? [code] : model.countriesIn(country);
    if (codes.length > 0) return { codes, text: country };
  }
  // A part of the address that is a country, its postcode aside ("Bangladesh 1703").
  for (const part of [line.address, line.city, line.province].flatMap((t) => t.split(/[,;\n]/))) {
    const codes = model.countriesOnly(part.replace(/\d+/g, ' '));
    if (codes.length > 0) return { codes, text: part.trim() };
  }
  // A country closing an address written without commas ("… Shenzhen Guangdong China").
  const words = line.address
    .replace(/[\d.,;:()]+/g, ' ')
    .trim()
    .split(/\s+/);
  for (let n = 1; n <= 3 && words.length >= n + 2; n += 1) {
    const tail = words.slice(-n).join(' ');
    const codes = model.countriesOnly(tail);
    if (codes.length > 0) return { codes, text: tail };
  }
  return null;
}

/** Words any address may hold: a shared one says nothing of the place. */
const ADDRESS_WORDS = new Set(
  (
    'road street avenue boulevard highway city town district province region state village ' +
    'commune sangkat khan phum khum srok building floor zone industrial park special economic ' +
    'national kingdom area block group number plot house unit'
  ).split(' '),
);

/**
 * The words of an address that may name a place: four Latin letters or more, address words aside.
 * A registry's addresses are written in Latin letters: a word in another script cannot be found
 * in them, so it is none.
 */
export function placeWords(text: string): string[] {
  return (
    text
      .normalize('NFKC')
      .toLowerCase()
      .match(/\p{Script=Latin}{4,}/gu) ?? []
  ).filter((word) => !ADDRESS_WORDS.has(word));
}

/**
 * The place a line writes that the check cannot put in the registry's country: an address, town
 * or province naming no province, no country and no word that any published factory's address
 * uses ("Ho Chi Minh City" in a registry of Cambodian factories; "Chom Chao" is in the addresses
 * of the factories there). `knownWords` holds the registry's address words (`placeWords`). Null
 * when the line writes no place, one the check can place, or one without a word to look up.
 */
export function unplacedPlace(
  model: NameModel,
  line: { country: string; address: string; city: string; province: string },
  knownWords: ReadonlySet<string>,
): string | null {
  const text = [line.address, line.city, line.province]
    .map((part) => part.trim())
    .filter(Boolean)
    .join(', ');
  if (text === '' || model.placesIn(text).length > 0) return null;
  if (countryOfLine(model, line) !== null) return null;
  // Without a word to look up (short words only, or another script than the registry's
  // addresses: a Khmer address), the check cannot tell; it does not doubt.
  const words = placeWords(text);
  if (words.length === 0) return null;
  return words.some((word) => knownWords.has(word)) ? null : text;
}
