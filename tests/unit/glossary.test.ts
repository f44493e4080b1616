import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateRequirements } from '../../scripts/demo/requirements';
import { translateLegalRef } from '../../scripts/demo/translations';
import { en } from '../../src/i18n/en';
import { km } from '../../src/i18n/km';
import { zh } from '../../src/i18n/zh';

/**
 * Each term of src/i18n/glossary.md is rendered the same way wherever its English appears: in
 * every interface string and in the demo catalogue of requirements (labels and legal bases).
 */
interface Term {
  english: string;
  forms: RegExp;
  km: string;
  zh: string;
}

function readGlossary(): Term[] {
  const text = readFileSync(resolve(import.meta.dirname, '../../src/i18n/glossary.md'), 'utf8');
  return text
    .split('\n')
    .filter((line) => line.startsWith('| ') && !line.startsWith('| English'))
    .map((line) => {
      const cells = line
        .slice(2, -2)
        .split(/(?<!\\)\|/)
        .map((cell) => cell.trim());
      const [english = '', forms = '', khmer = '', chinese = ''] = cells;
      const pattern = forms.replace(/^`|`$/g, '').replaceAll('\\|', '|');
      return { english, forms: new RegExp(`\\b(?:${pattern})\\b`, 'i'), km: khmer, zh: chinese };
    });
}

const glossary = readGlossary();
/** `{name}` placeholders are filled with data, not words of the string. */
const words = (text: string) => text.replaceAll(/\{\w+\}/g, ' ');

interface Rendering {
  where: string;
  en: string;
  km: string;
  zh: string;
}

const renderings: Rendering[] = [
  ...(Object.keys(en) as Array<keyof typeof en>).map((key) => ({
    where: `interface string ${key}`,
    en: words(en[key]),
    km: km[key],
    zh: zh[key],
  })),
  ...generateRequirements().flatMap((r) => [
    { where: `${r.id} label`, en: r.labelEn, km: r.labelKm, zh: r.labelZh },
    { where: `${r.id} legal basis`, en: r.legalRef, ...translateLegalRef(r.legalRef) },
  ]),
];

describe('the glossary', () => {
  it('has the terms the project promises, each in three languages', () => {
    for (const term of [
      'critical issue',
      'low-compliance list',
      'strike that did not meet legal requirements',
      'severance',
      'overtime',
      'union',
      'federation',
      'buyer',
      'parent company',
    ]) {
      expect(glossary.map((g) => g.english)).toContain(term);
    }
    for (const term of glossary) {
      expect(term.km, term.english).toMatch(/[\u1780-\u17FF]/);
      expect(term.zh, term.english).toMatch(/[\u4E00-\u9FFF]/);
    }
  });

  it.each(glossary.map((term) => [term.english, term] as const))(
    '"%s" is rendered the same way wherever it appears',
    (_english, term) => {
      const differing = renderings
        .filter((r) => term.forms.test(r.en))
        .flatMap((r) => [
          ...(r.km.includes(term.km) ? [] : [`${r.where} (km): ${r.km}`]),
          ...(r.zh.includes(term.zh) ? [] : [`${r.where} (zh): ${r.zh}`]),
        ]);
      expect(differing).toEqual([]);
    },
  );

  it('would see a string that renders a term another way', () => {
    const union = glossary.find((g) => g.english === 'union');
    expect(union?.forms.test('Strikes by union')).toBe(true);
    expect('罢工（按工人组织）'.includes(union?.zh ?? '')).toBe(false);
  });
});
