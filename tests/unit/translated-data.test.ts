import { describe, expect, it } from 'vitest';
import {
  cycleLabel,
  datasetTitleText,
  legalRefText,
  marked,
  provinceText,
  publisherText,
  writtenText,
  type Locale,
} from '../../src/i18n';
import { buildApiFiles } from '../../src/lib/api';
import type { IsoDate } from '../../src/lib/ids';
import { loadDataset } from '../../src/lib/load-dataset';
import { buildPublicSite, type PublicSite } from '../../src/lib/public-site';
import { scoreDataset } from '../../src/lib/score';
import { BASE_FILES, makeFiles, problemLines, type FileOverrides } from '../helpers/dataset';

/**
 * The contract's optional texts in Khmer and Chinese (cycles, legal bases, dataset title and
 * publisher, provinces, the language of strike summaries): validated, carried to the public
 * snapshot and the API, and shown with the "(English)" mark wherever English stands in.
 */
const BUILD_DATE = '2026-03-15' as IsoDate;

const TRANSLATED: FileOverrides = {
  'dataset.json': JSON.stringify({
    title: 'Test data',
    title_km: 'ទិន្នន័យសាកល្បង',
    publisher: 'Test publisher',
    publisher_zh: '测试发布者',
    demo: true,
  }),
  'requirements.csv': [
    'id,track,group,label_en,label_km,label_zh,legal_ref,legal_ref_km,legal_ref_zh',
    'CI01,critical,fundamental-rights,No child labour,,,"Labour Law 1997, Art. 177",ច្បាប់ស្តីពីការងារ មាត្រា 177,',
    'CI02,critical,wages,Minimum wage paid,,,,,',
    'LR03,key,contracts,Payslips are accurate,,,,,',
    '',
  ].join('\n'),
  'cycles.csv': [
    'cycle,label,label_km,label_zh,period_start,period_end,published_on',
    '2020,Year 2020,ឆ្នាំ 2020,2020年,2020-01-01,2020-12-31,',
    '2021,Year 2021,,2021年,2021-01-01,2021-12-31,',
    '',
  ].join('\n'),
  'factories.csv': [
    'factory_id,name,province,status',
    'F1,Alpha Demo,Kandal,open',
    'F2,Beta Demo,Kampot,open',
    '',
  ].join('\n'),
  'provinces.csv': ['name_en,name_km,name_zh', 'Kandal,កណ្ដាល,干丹', 'Takeo,តាកែវ,', ''].join('\n'),
  'strikes.csv': [
    'strike_id,factory_id,union,start_date,legal,summary,summary_language',
    'S1,F1,Demo Union,2021-05-01,no,Stoppage over wages,en',
    'S2,F1,Demo Union,2021-06-01,yes,ការធ្វើកូដកម្ម,km',
    'S3,F2,Demo Union,2021-07-01,yes,Sit-in,',
    '',
  ].join('\n'),
};

function load(overrides: FileOverrides) {
  return loadDataset(makeFiles(overrides), { buildDate: BUILD_DATE });
}

function site(overrides: FileOverrides): PublicSite {
  const { dataset, problems } = load(overrides);
  if (dataset === undefined) throw new Error(problemLines(problems).join('\n'));
  return buildPublicSite(dataset, scoreDataset(dataset));
}

describe('optional translations: old datasets stay valid and unchanged', () => {
  it('a dataset without the new columns and files loads with the same warnings as before', () => {
    const { dataset, problems } = load({});
    expect(dataset).toBeDefined();
    expect(problemLines(problems).some((line) => line.includes('provinces'))).toBe(false);
    expect(dataset?.provinces).toEqual([]);
    expect(dataset?.cycles.map((c) => [c.labelKm, c.labelZh])).toEqual([
      [undefined, undefined],
      [undefined, undefined],
    ]);
  });
});

describe('optional translations: validated like every other cell', () => {
  it.each<[string, FileOverrides, string]>([
    [
      'an unknown summary_language',
      {
        'strikes.csv':
          'strike_id,factory_id,union,start_date,legal,summary,summary_language\nS1,F1,U,2021-05-01,no,Text,fr\n',
      },
      'strikes.csv:2: summary_language:',
    ],
    [
      'a province named twice in provinces.csv',
      { 'provinces.csv': 'name_en,name_km\nKandal,កណ្ដាល\nKandal,កណ្តាល\n' },
      'provinces.csv:3: name_en: duplicate province "Kandal": first on line 2',
    ],
    ['provinces.csv without name_en', { 'provinces.csv': 'name_km\nកណ្ដាល\n' }, 'provinces.csv:1:'],
    [
      'a title_km that is blank',
      { 'dataset.json': JSON.stringify({ title: 'T', title_km: ' ', publisher: 'P', demo: true }) },
      'dataset.json:1: title_km: expected a non-empty string',
    ],
  ])('%s is refused', (_name, overrides, expected) => {
    const { dataset, problems } = load(overrides);
    expect(dataset).toBeUndefined();
    const errors = problemLines(problems.filter((p) => p.severity === 'error'));
    expect(errors.some((line) => line.startsWith(expected))).toBe(true);
  });

  it('a factory province missing from provinces.csv is a warning naming the row', () => {
    const { dataset, problems } = load(TRANSLATED);
    expect(dataset).toBeDefined();
    const warnings = problemLines(problems.filter((p) => p.severity === 'warning'));
    expect(warnings, warnings.join('\n')).toContain(
      'factories.csv:3: province: warning: province "Kampot" is not in provinces.csv: pages in Khmer and Chinese show it in English',
    );
  });
});

describe('optional translations: carried to the public snapshot', () => {
  const translated = site(TRANSLATED);

  it('keeps only provinces a published factory is in', () => {
    const used = new Set(translated.factories.map((f) => f.province));
    expect(translated.provinces.every((p) => used.has(p.nameEn))).toBe(true);
    expect(translated.provinces.map((p) => p.nameEn)).not.toContain('Takeo');
  });

  it('keeps the language of a strike summary, English when not given', () => {
    const languages = Object.fromEntries(
      translated.strikes.filter((s) => s.factoryId !== null).map((s) => [s.id, s.summaryLanguage]),
    );
    for (const [id, language] of Object.entries({ S1: 'en', S2: 'km', S3: 'en' })) {
      if (id in languages) expect(languages[id]).toBe(language);
    }
  });

  it('puts the per-language texts in the API, null where the dataset has none', () => {
    const api = buildApiFiles(translated);
    const index = JSON.parse(api.get('factories.json') ?? '{}') as Record<string, unknown>;
    expect(index).toMatchObject({
      title: 'Test data',
      titleKm: 'ទិន្នន័យសាកល្បង',
      titleZh: null,
      publisherKm: null,
      publisherZh: '测试发布者',
    });
    const cycle = JSON.parse(api.get('cycles/2021.json') ?? '{}') as Record<string, unknown>;
    expect(cycle).toMatchObject({ label: 'Year 2021', labelKm: null, labelZh: '2021年' });
  });
});

describe('the "(English)" mark where English stands in', () => {
  const translated = site(TRANSLATED);
  const [y2020, y2021] = translated.cycles;
  const ci01 = translated.requirements[0];
  if (y2020 === undefined || y2021 === undefined || ci01 === undefined) throw new Error('fixture');

  it.each<[string, Locale, () => string, string]>([
    ['a translated cycle label', 'km', () => cycleLabel('km', y2020), 'ឆ្នាំ 2020'],
    [
      'a missing Khmer cycle label',
      'km',
      () => cycleLabel('km', y2021),
      'Year 2021 (ជាភាសាអង់គ្លេស)',
    ],
    ['a Chinese cycle label', 'zh', () => cycleLabel('zh', y2021), '2021年'],
    ['English on an English page', 'en', () => cycleLabel('en', y2021), 'Year 2021'],
    [
      'a missing Chinese legal basis',
      'zh',
      () => marked('zh', legalRefText('zh', ci01) ?? { text: '', lang: '', fallback: false }),
      'Labour Law 1997, Art. 177 （英文）',
    ],
    [
      'a Khmer legal basis',
      'km',
      () => marked('km', legalRefText('km', ci01) ?? { text: '', lang: '', fallback: false }),
      'ច្បាប់ស្តីពីការងារ មាត្រា 177',
    ],
    [
      'a Khmer title',
      'km',
      () => marked('km', datasetTitleText('km', translated.meta)),
      'ទិន្នន័យសាកល្បង',
    ],
    [
      'a missing Chinese title',
      'zh',
      () => marked('zh', datasetTitleText('zh', translated.meta)),
      'Test data （英文）',
    ],
    [
      'a missing Khmer publisher',
      'km',
      () => marked('km', publisherText('km', translated.meta)),
      'Test publisher (ជាភាសាអង់គ្លេស)',
    ],
    [
      'a province in provinces.csv',
      'zh',
      () => marked('zh', provinceText('zh', translated.provinces, 'Kandal')),
      '干丹',
    ],
    [
      'a province missing from provinces.csv',
      'km',
      () => marked('km', provinceText('km', translated.provinces, 'Kampot')),
      'Kampot (ជាភាសាអង់គ្លេស)',
    ],
  ])('%s (%s)', (_name, _locale, render, expected) => {
    expect(render()).toBe(expected);
  });

  it('a requirement without a legal basis has none to show', () => {
    const ci02 = translated.requirements[1];
    expect(ci02 && legalRefText('km', ci02)).toBeUndefined();
  });

  it.each<[Locale, Locale, string | undefined, string]>([
    ['km', 'en', '(ជាភាសាអង់គ្លេស)', 'en'],
    ['zh', 'km', '（高棉文）', 'km'],
    ['en', 'zh', '(in Chinese)', 'zh-Hans'],
    ['km', 'km', undefined, 'km'],
  ])('a text written in another language names it (page %s, text %s)', (page, text, mark, lang) => {
    const shown = writtenText(page, 'text', text);
    expect(shown.mark).toBe(mark);
    expect(shown.lang).toBe(lang);
  });

  it('the dataset without translations shows every cycle label marked on Khmer pages', () => {
    const plain = site({ 'dataset.json': BASE_FILES['dataset.json'] ?? '' });
    expect(plain.cycles.map((c) => cycleLabel('km', c))).toEqual([
      'Year 2020 (ជាភាសាអង់គ្លេស)',
      'Year 2021 (ជាភាសាអង់គ្លេស)',
    ]);
  });
});
