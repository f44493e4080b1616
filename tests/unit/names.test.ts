import { describe, expect, it } from 'vitest';
import {
  createNameModel,
  isGenericWord,
  nameKey,
  sameFactoryName,
  splitNotes,
} from '../../src/lib/names';
import { nameSimilarity, textSimilarity, wordSimilarity } from '../../src/lib/name-similarity';

/**
 * The name model on the spellings real registries and brands' supplier lists use (the names
 * themselves are fictional). Each pair is the same name once the model sets apart what is not the
 * name, or two names that must stay apart.
 */
const model = createNameModel({
  country: 'KH',
  places: ['Phnom Penh', 'Kandal', 'Takeo', 'Kampong Speu', 'Svay Rieng', 'Preah Sihanouk'],
});
const same = (a: string, b: string) => {
  const key = model.key(a);
  return key !== '' && key === model.key(b);
};

describe('the same name, once what is not the name is set aside', () => {
  it.each([
    // Case, accents, punctuation, width.
    ['case', 'SOVAN TEXTILE CO., LTD.', 'Sovan Textile Co., Ltd.'],
    ['accents', 'Café Kirivong Garment', 'Cafe Kirivong Garment'],
    ['full-width letters', 'ＫＩＲＩＶＯＮＧ Garment', 'Kirivong Garment'],
    ['initials with dots', 'T.R.V (Cambodia) Garment Co., Ltd.', 'TRV Garment Co Ltd'],
    ['hyphens inside a name', 'Ever-Sovan Garment', 'Ever Sovan Garment'],
    ['"&" and "and"', 'T & R Handbags Co., Ltd.', 'T and R Handbags Company Limited'],
    // Legal forms wherever they stand and in any spelling.
    ['Co., Ltd. and Company Limited', 'Sovan Textile Co., Ltd.', 'Sovan Textile Company Limited'],
    ['a glued CO.LTD', 'SOVAN TEXTILE CO.LTD', 'Sovan Textile Co., Ltd.'],
    ['PLC', 'Grand Sovan International (Cambodia) PLC', 'Grand Sovan International'],
    ['Inc. and Corp.', 'Vireak Corp.', 'Vireak Inc.'],
    [
      'a legal form in brackets',
      'Sovan Textile (Single Member Private Limited Company)',
      'Sovan Textile',
    ],
    ['"Limited Liability"', 'Sovan Textile Limited Liability Company', 'Sovan Textile Co., Ltd.'],
    ['a legal form before the name', 'PT Sovan Textile', 'Sovan Textile'],
    ['a Chinese legal form', '索万纺织有限公司', '索万纺织股份有限公司'],
    // Countries and towns as qualifiers.
    [
      'the country in the middle',
      'T.R.V (Cambodia) Garment Co., Ltd.',
      'TRV Garment (Cambodia) Co., Ltd.',
    ],
    ['the country unbracketed', 'Vireak Cambodia Inc.', 'Vireak (Cambodia) Inc.'],
    ['the country misspelt', 'Vireak (Cmabodia) Inc.', 'Vireak Inc.'],
    ['the country in Khmer', 'Vireak (កម្ពុជា) Inc.', 'Vireak Inc.'],
    [
      'the country in Chinese, without brackets',
      '索万纺织柬埔寨有限公司',
      '索万纺织（柬埔寨）有限公司',
    ],
    ['a province in brackets', 'Sovan Textile (Kandal)', 'Sovan Textile'],
    ['a province by another of its names', 'Sovan Textile (Sihanoukville)', 'Sovan Textile'],
    ['a province after a dash', 'Sovan Textile - Kandal', 'Sovan Textile'],
    ['a province closing the name', 'Sovan Textile Co., Ltd. Phnom Penh', 'Sovan Textile'],
    // Abbreviations and plurals of the trade.
    ['Mfg.', 'Kirivong Garment Mfg. Ltd.', 'Kirivong Garment Manufacturing Ltd'],
    ["Int'l", "Grand Sovan Int'l", 'Grand Sovan International'],
    ['Garments', 'Kirivong Garments Co., Ltd.', 'Kirivong Garment Co., Ltd.'],
    ['Fty.', 'Kirivong Garment Fty.', 'Kirivong Garment Factory'],
    ['Ind.', 'Kirivong Garment Ind. Co., Ltd.', 'Kirivong Garment Industrial Co., Ltd.'],
    ['"Sports Wear"', 'Kirivong Sports Wear', 'Kirivong Sportswear'],
    ['"Knit Wear"', 'Kirivong Knit Wear Ltd', 'Kirivong Knitwear Ltd'],
    // Spacing.
    ['split and joined words', 'Sok Jae Garment', 'Sokjae Garment'],
    ['a PDF letter-spaced name', 'S O V A N Textile', 'Sovan Textile'],
    ['a PDF broken word', 'Sovan Tex tile', 'Sovan Textile'],
    // Sites written in several ways.
    ['Roman and Arabic site numbers', 'Vireak II Inc.', 'Vireak 2 Inc.'],
    ['"Branch 2" and "(Branch 2)"', 'Sovan Textile Branch 2', 'Sovan Textile (Branch 2)'],
    ['"2nd Branch"', 'Sovan Textile (2nd Branch)', 'Sovan Textile Branch II'],
    ['a glued "Unit-3"', 'Sovan Textile Unit-3', 'Sovan Textile Unit 3'],
    ['"(Main)" is the site a name without one means', 'Sovan Textile (Main)', 'Sovan Textile'],
    // Khmer: "factory" written before the name, spaces optional, vowels typed in two parts.
    ['Khmer with and without "រោងចក្រ"', 'រោងចក្រ សុវណ្ណ តិចស្ទាយល៍', 'សុវណ្ណ តិចស្ទាយល៍'],
    ['Khmer with and without spaces', 'សុវណ្ណ តិចស្ទាយល៍', 'សុវណ្ណតិចស្ទាយល៍'],
    ['Khmer with an invisible space', 'សុវណ្ណ\u200bតិចស្ទាយល៍', 'សុវណ្ណតិចស្ទាយល៍'],
    ['Khmer vowel typed in two parts', 'ខេ\u17c1\u17b6ម', 'ខេ\u17c4ម'],
    // Invisible characters text copied from elsewhere brings.
    ['a soft hyphen', 'Sov\u00adan Textile', 'Sovan Textile'],
    ['direction marks', 'Sovan\u200e Textile\u200f', 'Sovan Textile'],
    ['an Arabic letter mark and a word joiner', 'So\u061cvan Tex\u2060tile', 'Sovan Textile'],
    ['a Mongolian vowel separator', 'Sovan\u180eTextile', 'Sovan Textile'],
    ['a Hangul filler', 'Sovan\u3164 Textile', 'Sovan Textile'],
    ['an interlinear annotation mark', 'Sovan\ufff9 Textile', 'Sovan Textile'],
    ['a tag character', 'Sovan Textile\u{e0041}', 'Sovan Textile'],
    ['Chinese in traditional characters', '索萬紡織有限公司', '索万纺织有限公司'],
  ])('%s: %j is %j', (_, a, b) => {
    expect(same(a, b)).toBe(true);
  });
});

describe('names that stay apart', () => {
  it.each([
    ['another site number', 'Vireak I Inc.', 'Vireak II Inc.'],
    ['a site and none', 'Vireak I Inc.', 'Vireak Inc.'],
    ['another branch', 'Sovan Textile Branch 2', 'Sovan Textile Branch 3'],
    ['a branch and the main site', 'Sovan Textile Branch', 'Sovan Textile'],
    ['a site code', 'Sovan Garment - MK2', 'Sovan Garment - MK3'],
    ['another product word', 'Sovan Textile', 'Sovan Garment'],
    ['a word of its own more', 'First Vireak Apparel', 'Vireak Apparel'],
    ['a word of the trade more', 'Kirivong Garment Factory', 'Kirivong Garment'],
    ['knitting and knitwear', 'Sovan Knitting', 'Sovan Knitwear'],
    ['a number leading the name', '8 Star Sportswear', '9 Star Sportswear'],
  ])('%s: %j and %j', (_, a, b) => {
    expect(same(a, b)).toBe(false);
  });

  it('keeps a country name that is the only word of its own ("Korea Textile")', () => {
    expect(model.parse('Korea Textile Co., Ltd.').words).toEqual(['korea', 'textile']);
  });

  it('gives no key to a name that is only a legal form', () => {
    expect(model.key('Co., Ltd.')).toBe('');
    expect(model.key('   ')).toBe('');
  });
});

describe('what a name says besides the name', () => {
  it.each([
    [
      '(Former name: X)',
      'Sovan Textile (Former name: Kirivong Garment Co., Ltd.)',
      'formerName',
      'Kirivong Garment Co., Ltd.',
    ],
    [
      'formerly X',
      'Sovan Textile Co., Ltd. formerly Kirivong Garment',
      'formerName',
      'Kirivong Garment',
    ],
    [
      'formerly known as X',
      'Sovan Textile, formerly known as Kirivong Garment',
      'formerName',
      'Kirivong Garment',
    ],
    ['f/k/a X', 'Sovan Textile f/k/a Kirivong Garment', 'formerName', 'Kirivong Garment'],
    [
      '(Previously X)',
      'Sovan Textile (Previously Kirivong Garment)',
      'formerName',
      'Kirivong Garment',
    ],
    ['trading as X', 'Sovan Holdings trading as Sovan Textile', 'otherName', 'Sovan Textile'],
    ['t/a X', 'Sovan Holdings t/a Sovan Textile', 'otherName', 'Sovan Textile'],
    ['d/b/a X', 'Sovan Holdings d/b/a Sovan Textile', 'otherName', 'Sovan Textile'],
    ['（原名：X）', '索万纺织有限公司（原名：基里翁制衣）', 'formerName', '基里翁制衣'],
  ])('a note %s is another name, and not part of the name', (_, name, kind, text) => {
    const { main, notes } = splitNotes(name);
    expect(notes).toEqual([{ kind, text }]);
    expect(main).not.toContain(text);
  });

  it('leaves a name without a note as it is', () => {
    expect(splitNotes('Exact Apparel (Cambodia) Co., Ltd.')).toEqual({
      main: 'Exact Apparel (Cambodia) Co., Ltd.',
      notes: [],
    });
  });

  it.each([
    ['Sovan Textile (Branch 2)', ['2']],
    ['Sovan Textile - MK2', ['mk2']],
    ['Sovan Textile (HD-01)', ['hd1']],
    ['Vireak Factory No. 3', ['3']],
    ['Sovan Textile Phase III', ['3']],
    ['Sovan Textile', []],
    ['Sovan Textile（二厂）', ['2']],
    ['Sovan Textile 第二工厂', ['2']],
    ['索万纺织二厂', ['2']],
    ['索万纺织第十二工厂', ['12']],
    ['索万纺织3号厂', ['3']],
    ['索万纺织分厂', ['branch']],
    ['Sovan Textile Co., Ltd. Branch', ['branch']],
    ['Sovan Textile សាខា', ['branch']],
    ['Sovan Textile សាខា ២', ['2']],
    ['រោងចក្រ សុវណ្ណ សាខាទី២', ['2']],
    ['រោងចក្រ សុវណ្ណ រោងចក្រទី៣', ['3']],
    ['Sovan Textile Branch ២', ['2']],
    ['រោងចក្រ សុវណ្ណ', []],
    ['Sovan Textile (Branch)', ['branch']],
    ['Sovan Textile Branch Factory', ['branch']],
    // A word of the name, not a site: nothing of its own before it.
    ['Garment Branch', []],
    ['索万纺织厂', []],
    ['索万纺织', []],
  ])('%j numbers its site %j', (name, sites) => {
    expect(model.parse(name).sites).toEqual(sites);
  });

  it.each([
    ['Sovan Textile (Kandal)', ['Kandal'], []],
    ['Sovan Textile (Cambodia) - Kompong Speu', ['Kampong Speu'], ['KH']],
    ['Sovan Textile (Vietnam)', [], ['VN']],
    ['Sovan Textile', [], []],
  ])('%j is qualified by the places %j and countries %j', (name, places, countries) => {
    const parsed = model.parse(name);
    expect(parsed.places).toEqual(places);
    expect(parsed.countries).toEqual(countries);
  });

  it.each([
    ['No. 5, Street 2, Kompong Speu province', ['Kampong Speu']],
    ['Sihanoukville', ['Preah Sihanouk']],
    ['Village 3, Svay Reing', ['Svay Rieng']],
    ['Phnompenh', ['Phnom Penh']],
    ['Bavet Special Economic Zone', []],
  ])('finds in %j the places %j', (text, places) => {
    expect(model.placesIn(text)).toEqual(places);
  });
});

describe('nameKey and sameFactoryName, for the validator', () => {
  it.each([
    ['Sovan Textile Co., Ltd.', 'SOVAN TEXTILE (CAMBODIA) COMPANY LIMITED', true],
    ['Sovan Textile', 'Sovan Garment', false],
    ['Co., Ltd.', 'Company Limited', false],
  ])('%j and %j: %s', (a, b, expected) => {
    expect(sameFactoryName(a, b)).toBe(expected);
  });

  it('is the same without a dataset (any country in brackets is a qualifier)', () => {
    expect(nameKey('Sovan Textile (Vietnam) Co., Ltd.')).toBe(nameKey('Sovan Textile'));
  });
});

describe('words of the trade', () => {
  it.each([
    ['garment', true],
    ['knitwear', true],
    ['manufacturing', true],
    ['sovan', false],
    ['制衣', true],
    ['索万', false],
    ['សម្លៀកបំពាក់', true],
  ])('%s: %s', (word, expected) => {
    expect(isGenericWord(word)).toBe(expected);
  });
});

describe('similarity', () => {
  it.each([
    ['bamboo', 'bamboo', 1],
    ['bamobo', 'bamboo', 5 / 6],
    ['denim', 'denmi', 0.8],
  ])('%s ~ %s', (a, b, expected) => {
    expect(wordSimilarity(a, b)).toBeCloseTo(expected, 6);
  });

  it('counts a missing word against the score and ignores word order', () => {
    expect(nameSimilarity(['harbor', 'demo', 'bags'], ['harbor', 'demo', 'denim'])).toBeCloseTo(
      20 / 29,
      6,
    );
    expect(nameSimilarity(['demo', 'harbor'], ['harbor', 'demo'])).toBe(1);
  });

  it('compares letters with spaces set aside: a typo is close, another name is not', () => {
    expect(textSimilarity('hungwha', 'hungwah')).toBeCloseTo(6 / 7, 6);
    expect(textSimilarity('hungyip', 'hungwah')).toBeLessThan(0.6);
  });
});
