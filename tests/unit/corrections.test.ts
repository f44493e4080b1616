import { describe, expect, it } from 'vitest';
import { choosePort } from '../../scripts/preview';
import {
  findUnrecordedChanges,
  publicCorrections,
  type PreviousPublication,
  type PublishedRow,
} from '../../src/lib/corrections';
import type { FactoryId } from '../../src/lib/ids';
import { loadDataset } from '../../src/lib/load-dataset';
import { scoreDataset } from '../../src/lib/score';
import { errorsOf, makeFiles, problemLines, type FileOverrides } from '../helpers/dataset';

const HEADER = 'factory_id,cycle,date,reason,reason_km,reason_zh';

describe('corrections.csv is validated like the other files', () => {
  it.each([
    ['a valid file', `${HEADER}\nF1,2021,2022-02-01,Wrong column,,\n`, []],
    [
      'an unknown factory',
      `${HEADER}\nF9,2021,2022-02-01,Wrong column,,\n`,
      [
        'corrections.csv:2: factory_id: unknown factory "F9": expected a factory_id from factories.csv',
      ],
    ],
    [
      'an unknown cycle',
      `${HEADER}\nF1,1999,2022-02-01,Wrong column,,\n`,
      ['corrections.csv:2: cycle: unknown cycle "1999": expected a cycle from cycles.csv'],
    ],
    [
      'a bad date',
      `${HEADER}\nF1,2021,2022-02-30,Wrong column,,\n`,
      [
        'corrections.csv:2: date: "2022-02-30" is not a day of the calendar: expected a date as YYYY-MM-DD that exists',
      ],
    ],
    [
      'an empty reason',
      `${HEADER}\nF1,2021,2022-02-01, ,,\n`,
      ['corrections.csv:2: reason: expected a value, found an empty cell'],
    ],
    [
      'a missing column',
      'factory_id,cycle,date\nF1,2021,2022-02-01\n',
      ['corrections.csv:1: reason: missing required column'],
    ],
    [
      'the same correction twice',
      `${HEADER}\nF1,2021,2022-02-01,A,,\nF1,2021,2022-02-01,B,,\n`,
      [
        'corrections.csv:3: date: a second correction of factory "F1" in cycle "2021" on 2022-02-01: first on line 2; expected one row per correction',
      ],
    ],
  ])('%s', (_what, file, errors) => {
    expect(errorsOf({ 'corrections.csv': file })).toEqual(errors);
  });
});

/** The base dataset publishes F1 and F2 in 2021 (their 2020 assessment is the first). */
function scored(overrides: FileOverrides = {}) {
  const { dataset, problems } = loadDataset(makeFiles(overrides));
  if (dataset === undefined) throw new Error(problemLines(problems).join('\n'));
  return { dataset, scores: scoreDataset(dataset) };
}

const row = (factoryId: string, rest: Partial<PublishedRow> = {}): PublishedRow => ({
  cycle: '2021',
  factoryId,
  ciPublished: true,
  ciNonCompliant: '',
  ciNotAssessed: '',
  complianceRate: '',
  lowCompliance: false,
  line: 2,
  ...rest,
});

const previous = (rows: PublishedRow[], correctionRows = 0): PreviousPublication => ({
  scoresFile: '/prev/scores.csv',
  rows,
  correctionRows,
});

describe('published findings change only with a recorded correction', () => {
  const base = scored();

  it('nothing changed: no problem', () => {
    expect(
      findUnrecordedChanges(base.dataset, base.scores, previous([row('F1'), row('F2')])),
    ).toEqual([]);
  });

  it.each([
    ['ci_noncompliant', { ciNonCompliant: 'CI02' }, 'ci_noncompliant "CI02" → ""'],
    ['ci_not_assessed', { ciNotAssessed: 'CI01' }, 'ci_not_assessed "CI01" → ""'],
    ['compliance_rate', { complianceRate: '0.500000' }, 'compliance_rate "0.500000" → ""'],
    ['low_compliance', { lowCompliance: true }, 'low_compliance "true" → "false"'],
  ])('a changed %s is refused at the row the findings come from', (field, was, change) => {
    expect(
      problemLines(findUnrecordedChanges(base.dataset, base.scores, previous([row('F1', was)]))),
    ).toEqual([
      `assessments/2021.csv:2: ${field}: the published findings of factory "F1" in cycle "2021" changed since the previous publication (${change}; /prev/scores.csv:2): expected a new row in corrections.csv (factory_id, cycle, date, reason) recording the correction`,
    ]);
  });

  it('findings no longer published are a change too', () => {
    const withdrawn = scored({
      'assessments/2021.csv': 'factory_id,assessment_date,CI01,CI02,LR03\nF2,2021-04-01,C,C,C\n',
    });
    expect(
      problemLines(
        findUnrecordedChanges(withdrawn.dataset, withdrawn.scores, previous([row('F1')])),
      ),
    ).toEqual([
      expect.stringMatching(
        /^assessments\/2020\.csv:2: ci_published: the published findings of factory "F1" in cycle "2021" changed since the previous publication \(ci_published "true" → "false"/,
      ),
    ]);
  });

  it('a row the previous publication did not publish may appear', () => {
    expect(
      findUnrecordedChanges(
        base.dataset,
        base.scores,
        previous([row('F1', { ciPublished: false, ciNonCompliant: 'CI02' })]),
      ),
    ).toEqual([]);
  });

  it('a new correction row records the change', () => {
    const corrected = scored({
      'corrections.csv': `${HEADER}\nF1,2021,2022-05-01,Data entry error,,\n`,
    });
    expect(
      findUnrecordedChanges(
        corrected.dataset,
        corrected.scores,
        previous([row('F1', { ciNonCompliant: 'CI02' })]),
      ),
    ).toEqual([]);
  });

  it('a correction already published does not record a new change', () => {
    const corrected = scored({
      'corrections.csv': `${HEADER}\nF1,2021,2022-05-01,Data entry error,,\n`,
    });
    expect(
      findUnrecordedChanges(
        corrected.dataset,
        corrected.scores,
        previous([row('F1', { ciNonCompliant: 'CI02' })], 1),
      ),
    ).toHaveLength(1);
  });
});

describe('corrections on the site', () => {
  const { dataset } = scored({
    'corrections.csv': `${HEADER}\nF1,2021,2022-05-01,Data entry error,,\nF2,2020,2022-06-01,Withdrawn: another factory's visit,,\n`,
  });

  it('lists every correction newest first; a factory not published is not named, nor its reason', () => {
    expect(
      publicCorrections(dataset.corrections, (c) => c.factoryId === ('F1' as FactoryId)),
    ).toEqual([
      {
        factoryId: null,
        cycle: '2020',
        date: '2022-06-01',
        reason: null,
        reasonKm: null,
        reasonZh: null,
      },
      {
        factoryId: 'F1',
        cycle: '2021',
        date: '2022-05-01',
        reason: 'Data entry error',
        reasonKm: null,
        reasonZh: null,
      },
    ]);
  });
});

describe('the preview port', () => {
  it.each([
    ['the default', undefined, undefined, { port: 4321 }],
    ['PORT', undefined, '8080', { port: 8080 }],
    ['--port before PORT', '9090', '8080', { port: 9090 }],
    ['an empty PORT as unset', undefined, '', { port: 4321 }],
    [
      'no port 0',
      '0',
      undefined,
      { error: '--port: expected a port number from 1 to 65535, found "0"' },
    ],
    [
      'no word',
      undefined,
      'http',
      { error: 'PORT: expected a port number from 1 to 65535, found "http"' },
    ],
    [
      'no port past 65535',
      '70000',
      undefined,
      { error: '--port: expected a port number from 1 to 65535, found "70000"' },
    ],
  ])('%s', (_what, flag, env, expected) => {
    expect(choosePort(flag, env)).toEqual(expected);
  });
});
