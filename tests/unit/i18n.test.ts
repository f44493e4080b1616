import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en';
import { km } from '../../src/i18n/km';
import { localePath, splitLocalePath } from '../../src/i18n/locales';
import { zh } from '../../src/i18n/zh';
import {
  datePattern,
  fillTemplate,
  formatList,
  formatPercent,
  formatWithPattern,
  joinClauses,
} from '../../src/i18n/format';
import {
  factoryText,
  formatDate,
  formatGapPoints,
  formatNumber,
  plainText,
  requirementLabel,
} from '../../src/i18n';
import type { PublicFactory, PublicRequirement } from '../../src/lib/public-site';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe.each([
  ['km', km],
  ['zh', zh],
] as const)('the %s strings', (_locale, messages) => {
  it('have exactly the English keys', () => {
    expect(Object.keys(messages)).toEqual(Object.keys(en));
  });

  it('keep every placeholder of each English string', () => {
    const mismatches = Object.entries(en).filter(
      ([key, english]) =>
        JSON.stringify(placeholders(english)) !==
        JSON.stringify(placeholders((messages as Record<string, string>)[key] ?? '')),
    );
    expect(mismatches.map(([key]) => key)).toEqual([]);
  });

  it('translate the strings (no English left but for symbols and codes)', () => {
    // A placeholder ("{name}") is code, not English.
    const same = Object.entries(en).filter(
      ([key, english]) =>
        /[a-z]{4}/.test(english.replace(/\{\w+\}/g, '')) &&
        (messages as Record<string, string>)[key] === english,
    );
    expect(same.map(([key]) => key)).toEqual([]);
  });
});

describe('language paths', () => {
  it.each([
    ['en', '/factories/KH-001/', '/factories/KH-001/'],
    ['km', '/factories/KH-001/', '/km/factories/KH-001/'],
    ['zh', '/', '/zh/'],
  ] as const)('%s %s → %s and back', (locale, path, prefixed) => {
    expect(localePath(locale, path)).toBe(prefixed);
    expect(splitLocalePath(prefixed)).toEqual({ locale, path });
  });
});

describe('text from the data in the reader’s language', () => {
  const requirement = {
    id: 'CI01',
    labelEn: 'No child labour',
    labelKm: 'គ្មានពលកម្មកុមារ',
    labelZh: null,
  } as PublicRequirement;
  const factory = {
    id: 'F1',
    name: 'Lotus Demo',
    nameKm: null,
    nameZh: '莲花示范',
  } as PublicFactory;

  it('uses the translation where the data has one', () => {
    // Read as written: the page keeps ពលកម្ម whole with a joiner (src/lib/khmer-words.ts).
    expect(plainText(requirementLabel('km', requirement))).toBe('គ្មានពលកម្មកុមារ');
    expect(factoryText('zh', factory)).toEqual({
      text: '莲花示范',
      lang: 'zh-Hans',
      fallback: false,
    });
  });

  it('falls back to English visibly, never silently', () => {
    expect(requirementLabel('zh', requirement)).toBe(
      `No child labour ${zh['i18n.englishFallback']}`,
    );
    expect(factoryText('km', factory)).toEqual({ text: 'Lotus Demo', lang: 'en', fallback: true });
  });

  it('formats numbers and dates for each language through Intl', () => {
    expect(formatNumber('en', 1234567)).toBe('1,234,567');
    expect(formatDate('en', '2021-08-31')).toBe('Aug 31, 2021');
    expect(formatDate('zh', '2021-08-31')).toBe('2021年8月31日');
    expect(formatDate('km', '2021-08-31')).not.toBe(formatDate('en', '2021-08-31'));
  });
});

describe('lists in the reader’s language', () => {
  it.each([
    ['en', 'notice, conciliation, arbitration', 'Alpha Co., Ltd.; Beta'],
    ['km', 'notice, conciliation, arbitration', 'Alpha Co., Ltd.; Beta'],
    ['zh', 'notice、conciliation、arbitration', 'Alpha Co., Ltd.；Beta'],
  ] as const)('%s separates items and clauses as the language does', (locale, items, clauses) => {
    expect(formatList(locale, ['notice', 'conciliation', 'arbitration'])).toBe(items);
    expect(joinClauses(locale, ['Alpha Co., Ltd.', 'Beta'])).toBe(clauses);
    expect(formatList(locale, [])).toBe('');
    expect(formatList(locale, ['one'])).toBe('one');
  });
});

describe('filling a template', () => {
  it.each([
    ['no placeholder', 'Cite this record', {}, 'Cite this record'],
    ['one at each end', '{a} and {b}', { a: 1, b: 'two' }, '1 and two'],
    ['the same twice, side by side', '{n}{n} of {total}', { n: 0, total: 21 }, '00 of 21'],
    [
      'an unknown name stays visible',
      'Found {count} in {place}',
      { count: 3 },
      'Found 3 in {place}',
    ],
    ['braces that are no placeholder', '{ a } {a-b} {}', { a: 'x' }, '{ a } {a-b} {}'],
  ])('%s', (_name, template, values, filled) => {
    expect(fillTemplate(template, values)).toBe(filled);
    // Filled again from its cut-up form: the same words.
    expect(fillTemplate(template, values)).toBe(filled);
  });
});

describe('dates written by a pattern, for browsers without the language’s Intl data', () => {
  const days = (from: number, to: number) => {
    const out: string[] = [];
    for (let t = Date.UTC(from, 0, 1); t < Date.UTC(to + 1, 0, 1); t += 86_400_000) {
      out.push(new Date(t).toISOString().slice(0, 10));
    }
    return out;
  };

  it.each(['en', 'km', 'zh'] as const)(
    '%s: every day of 1999–2001 and 2023–2025 as Intl writes it',
    (locale) => {
      const pattern = datePattern(locale);
      expect(pattern.months).toHaveLength(12);
      for (const day of [...days(1999, 2001), ...days(2023, 2025)]) {
        expect(formatWithPattern(pattern, day), day).toBe(formatDate(locale, day));
      }
    },
  );

  it('the pattern carries the language’s month names, not English ones', () => {
    expect(formatWithPattern(datePattern('en'), '2021-08-31')).toBe('Aug 31, 2021');
    expect(formatWithPattern(datePattern('zh'), '2021-08-31')).toBe('2021年8月31日');
    expect(formatWithPattern(datePattern('km'), '2021-08-31')).toMatch(/[\u1780-\u17ff]/u);
  });
});

describe('formats made once are not mixed up', () => {
  it('percentages with different decimals in each language', () => {
    expect(formatPercent('en', 0.6923, 0)).toBe('69%');
    expect(formatPercent('en', 0.6923, 2)).toBe('69.23%');
    expect(formatPercent('en', 0.6923, 0)).toBe('69%');
    expect(formatNumber('en', 0.5)).toBe('0.5');
    expect(formatDate('zh', '2021-08-31')).toBe('2021年8月31日');
    expect(formatDate('en', '2021-08-31')).toBe('Aug 31, 2021');
  });
});

describe('the gap between a listed rate and the threshold', () => {
  it.each([
    ['en', 0.6923, 0.6924, 2, '0.01'],
    ['en', 0.5, 0.6, 1, '10.0'],
    // Rates that part at the second decimal can lie closer than 0.01 points: never "0.00".
    ['en', 0.692349, 0.692351, 2, '0.0002'],
    ['zh', 0.5, 0.6, 1, '10.0'],
  ] as const)(
    'in %s, %f below %f with %i decimals reads %s points',
    (locale, rate, threshold, digits, text) => {
      expect(formatGapPoints(locale, rate, threshold, digits)).toBe(text);
    },
  );
});
