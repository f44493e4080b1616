import { describe, expect, it } from 'vitest';
import { parseSdMultiplier, type SdMultiplier } from '../../src/lib/low-compliance';
import { formatCyclesJson, formatScoresCsv } from '../../src/lib/output';
import type { FactoryCycleScore, Scores } from '../../src/lib/score';
import { FINDING_ORDER, findingAt, packFindings, type Finding } from '../../src/lib/rules';
import { assessmentCsv, factoriesCsv, scoreFiles, type FileOverrides } from '../helpers/dataset';

/** Each case names one scoring rule of contract section 2 and states its outcome. */
const row = (scores: Scores, cycle: string, factory: string): FactoryCycleScore | undefined =>
  scores.factoryCycles.find((r) => r.cycleId === cycle && r.factoryId === factory);

const summary = (scores: Scores, cycle: string) => {
  const found = scores.cycles.find((c) => c.cycle.id === cycle);
  if (found === undefined) throw new Error(`no cycle ${cycle}`);
  return found;
};

const twoFactories = (f1Prior: string, f2Prior = '0') =>
  factoriesCsv([
    ['F1', 'Alpha', 'open', '', f1Prior],
    ['F2', 'Beta', 'open', '', f2Prior],
  ]);

describe('critical issues track', () => {
  it.each<[string, FileOverrides, string, string, Partial<FactoryCycleScore>]>([
    [
      'a factory with one assessment and no prior assessment is not published',
      {},
      '2020',
      'F1',
      { assessments: 1, ciPublished: false },
    ],
    [
      'a factory is published from its second assessment',
      {},
      '2021',
      'F1',
      { assessments: 2, ciPublished: true },
    ],
    [
      'prior assessments count toward publication',
      { 'factories.csv': twoFactories('1') },
      '2020',
      'F1',
      { assessments: 2, ciPublished: true },
    ],
    [
      'non-compliant critical requirements are listed even when not published',
      {},
      '2020',
      'F2',
      { ciPublished: false, ciNonCompliant: ['CI02'] as never },
    ],
    [
      'the latest assessment on or before the cycle end gives the findings',
      {
        'assessments/2021.csv': assessmentCsv([
          ['F1', '2021-02-01', 'NC', 'C', 'C'],
          ['F1', '2021-06-01', 'C', 'NC', 'C'],
          ['F2', '2021-04-01', 'C', 'C', 'C'],
        ]),
      },
      '2021',
      'F1',
      { assessments: 3, ciNonCompliant: ['CI02'] as never },
    ],
    [
      'a result carries into a cycle without a new assessment, marked as not updated',
      { 'assessments/2021.csv': assessmentCsv([['F2', '2021-04-01', 'C', 'C', 'C']]) },
      '2021',
      'F1',
      { assessments: 1, updatedThisCycle: false, ciPublished: false },
    ],
    [
      'a not-assessed critical requirement is reported as not assessed, never as compliant',
      {
        'assessments/2021.csv': assessmentCsv([
          ['F1', '2021-03-01', '', 'C', 'C'],
          ['F2', '2021-04-01', 'C', 'C', 'C'],
        ]),
      },
      '2021',
      'F1',
      { ciNotAssessed: ['CI01'] as never, ciNonCompliant: [] as never },
    ],
    [
      'NA on a critical requirement is neither non-compliant nor not assessed',
      {
        'assessments/2021.csv': assessmentCsv([
          ['F1', '2021-03-01', 'na', 'C', 'C'],
          ['F2', '2021-04-01', 'C', 'C', 'C'],
        ]),
      },
      '2021',
      'F1',
      { ciNotAssessed: [] as never, ciNonCompliant: [] as never },
    ],
  ])('%s', (_name, overrides, cycle, factory, expected) => {
    expect(row(scoreFiles(overrides), cycle, factory)).toMatchObject(expected);
  });

  it('fully compliant means no critical NC: not-assessed items do not break it, key NCs do not count', () => {
    const scores = scoreFiles({
      'factories.csv': twoFactories('1', '1'),
      'assessments/2021.csv': assessmentCsv([
        ['F1', '2021-03-01', '', 'C', 'NC'],
        ['F2', '2021-04-01', 'C', 'NC', 'C'],
      ]),
    });
    expect(summary(scores, '2021')).toMatchObject({ ciPublished: 2, ciFullyCompliant: 1 });
    expect(summary(scores, '2021').ciNonCompliantByRequirement).toEqual([
      ['CI01', 0],
      ['CI02', 1],
    ]);
  });

  it('counts per requirement only published factories', () => {
    // F2 is NC on CI02 in 2020 but has a single assessment, so it is not counted.
    expect(summary(scoreFiles({}), '2020').ciNonCompliantByRequirement).toEqual([
      ['CI01', 0],
      ['CI02', 0],
    ]);
  });
});

describe('closed factories', () => {
  const closed = (closedOn: string) =>
    factoriesCsv([
      ['F1', 'Alpha', 'open', '', '0'],
      ['F2', 'Beta', 'closed', closedOn, '1'],
    ]);
  const onlyF1In2021 = assessmentCsv([['F1', '2021-03-01', 'C', 'C', 'C']]);

  it('a factory closed before the cycle starts leaves the cycle', () => {
    const scores = scoreFiles({
      'factories.csv': closed('2020-12-31'),
      'assessments/2021.csv': onlyF1In2021,
    });
    expect(row(scores, '2021', 'F2')).toBeUndefined();
    expect(summary(scores, '2021').factoriesActive).toBe(1);
    expect(row(scores, '2020', 'F2')).toMatchObject({ ciPublished: true });
  });

  it('a factory closed on the first day of the cycle is still active in it', () => {
    const scores = scoreFiles({
      'factories.csv': closed('2021-01-01'),
      'assessments/2021.csv': onlyF1In2021,
    });
    expect(row(scores, '2021', 'F2')).toMatchObject({ updatedThisCycle: false, ciPublished: true });
  });
});

describe('low-compliance track', () => {
  // Ten factories with three prior assessments each; rates in 2021 set by how many of 10 key
  // requirements are NC.
  const requirements =
    [
      'id,track,group,label_en',
      'CI01,critical,a,x',
      ...Array.from({ length: 10 }, (_, i) => `K${i},key,a,k${i}`),
    ].join('\n') + '\n';
  const columns = ['CI01', ...Array.from({ length: 10 }, (_, i) => `K${i}`)];
  const ids = Array.from({ length: 10 }, (_, i) => `F${i}`);
  const factories = factoriesCsv(ids.map((id) => [id, `Factory ${id} Demo`, 'open', '', '3']));
  const cells = (nc: number) => [
    'NA',
    ...Array.from({ length: 10 }, (_, i) => (i < nc ? 'NC' : 'C')),
  ];
  const dataset = (ncCounts: number[], dates?: string[]): FileOverrides => ({
    'requirements.csv': requirements,
    'factories.csv': factories,
    'assessments/2020.csv': assessmentCsv([], columns),
    'assessments/2021.csv': assessmentCsv(
      ids.map((id, i) => [id, dates?.[i] ?? '2021-06-01', ...cells(ncCounts[i] ?? 0)]),
      columns,
    ),
  });

  it('lists a factory strictly below mean − 2·sd (population sd)', () => {
    // rates: nine at 1.0, one at 0.0 → mean 0.9, sd 0.3, threshold 0.3.
    const scores = scoreFiles(dataset([0, 0, 0, 0, 0, 0, 0, 0, 0, 10]));
    const c = summary(scores, '2021');
    expect(c.lcPopulation).toBe(10);
    expect(c.lcMean).toBeCloseTo(0.9, 12);
    expect(c.lcSd).toBeCloseTo(0.3, 12);
    expect(c.lcThreshold).toBeCloseTo(0.3, 12);
    expect(c.lowCompliance).toEqual(['F9']);
  });

  it('the rate counts key and critical requirements; NA and empty count in neither part', () => {
    const scores = scoreFiles({
      ...dataset([0, 0, 0, 0, 0, 0, 0, 0, 0, 0]),
      'assessments/2021.csv': assessmentCsv(
        ids.map((id, i) =>
          i === 0
            ? [id, '2021-06-01', 'NC', 'NA', '', 'NC', 'C', 'C', 'C', 'C', 'C', 'C', 'C']
            : [id, '2021-06-01', ...cells(0)],
        ),
        columns,
      ),
    });
    expect(row(scores, '2021', 'F0')?.ratio).toEqual({ compliant: 7, assessed: 9 });
    expect(formatScoresCsv(scores)).toContain(
      '2021,F0,4,2021-06-01,true,true,CI01,,0.777778,true,true',
    );
  });

  it('a factory whose rate is undefined has an empty rate and is not eligible', () => {
    const scores = scoreFiles({
      ...dataset([0, 0, 0, 0, 0, 0, 0, 0, 0, 0]),
      'assessments/2021.csv': assessmentCsv(
        ids.map((id, i) =>
          i === 0
            ? [id, '2021-06-01', 'NA', '', '', '', '', '', '', '', '', '', '']
            : [id, '2021-06-01', ...cells(0)],
        ),
        columns,
      ),
    });
    expect(row(scores, '2021', 'F0')).toMatchObject({ ratio: undefined, lcEligible: false });
    expect(formatScoresCsv(scores)).toContain('2021,F0,4,2021-06-01,true,true,,,,false,false');
  });

  it('a factory exactly at the threshold is not listed (strictly below)', () => {
    // rates 1.0 ×8 and 0.5 ×2: mean 0.9, sd 0.2, threshold 0.5 with k = 2.
    const scores = scoreFiles(dataset([0, 0, 0, 0, 0, 0, 0, 0, 5, 5]));
    expect(summary(scores, '2021').lcThreshold).toBeCloseTo(0.5, 12);
    expect(summary(scores, '2021').lowCompliance).toEqual([]);
    const k1 = parseSdMultiplier('1') as SdMultiplier;
    expect(
      summary(scoreFiles(dataset([0, 0, 0, 0, 0, 0, 0, 0, 5, 5]), k1), '2021').lowCompliance,
    ).toEqual(['F8', 'F9']);
  });

  it('identical rates never list anyone, whatever the float rounding', () => {
    // 9/10 is not exact in binary: the float mean can differ from the rate by one ulp.
    const scores = scoreFiles(
      dataset([1, 1, 1, 1, 1, 1, 1, 1, 1, 1]),
      parseSdMultiplier('0') as SdMultiplier,
    );
    expect(summary(scores, '2021').lowCompliance).toEqual([]);
  });

  it('needs at least three assessments', () => {
    const scores = scoreFiles({
      ...dataset([0, 0, 0, 0, 0, 0, 0, 0, 0, 10]),
      'factories.csv': factoriesCsv(
        ids.map((id, i) => [id, `${id} Demo`, 'open', '', i === 9 ? '1' : '3']),
      ),
    });
    expect(row(scores, '2021', 'F9')).toMatchObject({
      assessments: 2,
      ciPublished: true,
      lcEligible: false,
      lowCompliance: false,
    });
    expect(summary(scores, '2021').lcPopulation).toBe(9);
  });

  it('excludes a latest assessment more than 365 days before the cycle end; exactly 365 is included', () => {
    const dates = ['2021-01-01', '2020-12-31', ...Array.from({ length: 8 }, () => '2021-06-01')];
    const scores = scoreFiles({
      ...dataset([0, 0, 0, 0, 0, 0, 0, 0, 0, 0], dates),
      'assessments/2020.csv': assessmentCsv([['F1', '2020-12-31', ...cells(0)]], columns),
      'assessments/2021.csv': assessmentCsv(
        ids
          .filter((id) => id !== 'F1')
          .map((id, i) => [id, dates[i === 0 ? 0 : i + 1] ?? '', ...cells(0)]),
        columns,
      ),
    });
    // 2021-01-01 → 2021-12-31 is 364 days; 2020-12-31 → 2021-12-31 is exactly 365 days.
    expect(row(scores, '2021', 'F0')?.lcEligible).toBe(true);
    expect(row(scores, '2021', 'F1')).toMatchObject({ lcEligible: true, updatedThisCycle: false });
  });

  it('an empty population gives null statistics and an empty list', () => {
    const c = summary(scoreFiles({}), '2020');
    expect(c).toMatchObject({
      lcPopulation: 0,
      lcMean: null,
      lcSd: null,
      lcThreshold: null,
      lowCompliance: [],
    });
    expect(formatCyclesJson(scoreFiles({}))).toContain('"lc_mean": null');
  });
});

describe('strikes', () => {
  it('a strike belongs to the cycle whose period holds its start date', () => {
    const scores = scoreFiles({
      'strikes.csv':
        'strike_id,factory_id,union,start_date,end_date,legal\nS1,F1,U,2020-12-30,2021-01-04,no\nS2,F2,U,2021-02-01,,yes\nS3,F2,V,2021-03-01,,NO\n',
    });
    expect(summary(scores, '2020')).toMatchObject({ strikes: 1, strikesNotLegal: 1 });
    expect(summary(scores, '2021')).toMatchObject({ strikes: 2, strikesNotLegal: 1 });
  });
});

describe('output order and format', () => {
  it('sorts rows by cycle start, whatever the order of cycles.csv, then by factory id in code-point order', () => {
    const scores = scoreFiles({
      'cycles.csv':
        'cycle,label,period_start,period_end\n2021,Y,2021-01-01,2021-12-31\n2020,Y,2020-01-01,2020-12-31\n',
      'factories.csv': factoriesCsv([
        ['b1', 'Lower Demo', 'open', '', '0'],
        ['F10', 'Ten Demo', 'open', '', '0'],
        ['F9', 'Nine Demo', 'open', '', '0'],
      ]),
      'assessments/2020.csv': assessmentCsv([
        ['b1', '2020-03-01', 'C', 'C', 'C'],
        ['F10', '2020-03-01', 'C', 'C', 'C'],
        ['F9', '2020-03-01', 'C', 'C', 'C'],
      ]),
      'assessments/2021.csv': assessmentCsv([['F9', '2021-03-01', 'C', 'C', 'C']]),
    });
    expect(scores.factoryCycles.map((r) => `${r.cycleId}/${r.factoryId}`)).toEqual([
      '2020/F10',
      '2020/F9',
      '2020/b1',
      '2021/F10',
      '2021/F9',
      '2021/b1',
    ]);
  });

  it('keeps numeric-looking requirement ids in catalogue order in cycles.json', () => {
    const scores = scoreFiles({
      'requirements.csv':
        'id,track,group,label_en\n9,critical,a,x\n10,critical,a,y\nLR03,key,a,z\n',
      'assessments/2020.csv': assessmentCsv(
        [['F1', '2020-03-01', 'C', 'C', 'C']],
        ['9', '10', 'LR03'],
      ),
      'assessments/2021.csv': assessmentCsv(
        [['F1', '2021-03-01', 'C', 'NC', 'C']],
        ['9', '10', 'LR03'],
      ),
    });
    const json = formatCyclesJson(scores);
    expect(json.indexOf('"9": 0')).toBeLessThan(json.indexOf('"10": '));
  });
});

describe('findings held as bytes', () => {
  it('every finding reads back as itself, in any order; past the end is "not assessed"', () => {
    const findings: Finding[] = [
      ...FINDING_ORDER,
      ...[...FINDING_ORDER].reverse(),
      'non_compliant',
    ];
    const packed = packFindings(findings);
    expect(packed).toHaveLength(findings.length);
    expect(findings.map((_, i) => findingAt(packed, i))).toEqual(findings);
    expect(findingAt(packed, findings.length)).toBe('not_assessed');
  });
});
