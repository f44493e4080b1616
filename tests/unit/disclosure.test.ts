import { describe, expect, it } from 'vitest';
import { disclosureWarnings, withheldStrikeIds } from '../../src/lib/disclosure';
import { withheldStrings } from '../../src/lib/withheld-strings';
import { buildDownloads } from '../../src/lib/downloads';
import { buildApiFiles } from '../../src/lib/api';
import type { FactoryId, IsoDate, StrikeId } from '../../src/lib/ids';
import { loadDataset } from '../../src/lib/load-dataset';
import type { Strike } from '../../src/lib/model';
import { formatCyclesJson } from '../../src/lib/output';
import { buildPublicSite } from '../../src/lib/public-site';
import { scoreDataset } from '../../src/lib/score';
import { assessmentCsv, factoriesCsv, makeFiles, problemLines } from '../helpers/dataset';

/**
 * Strikes and responses under contract section 4. F1 and F2 are published from 2021 on (their
 * 2020 assessment is the confidential first one); F3 is assessed once and never published.
 */
const FILES = {
  'factories.csv': factoriesCsv([
    ['F1', 'Alpha Demo', 'open', '', '0'],
    ['F2', 'Beta Demo', 'open', '', '0'],
    ['F3', 'Secret Demo', 'open', '', '0'],
  ]),
  'assessments/2020.csv': assessmentCsv([
    ['F1', '2020-03-01', 'C', 'NC', 'C'],
    ['F2', '2020-04-01', 'C', 'C', 'C'],
  ]),
  'assessments/2021.csv': assessmentCsv([
    ['F1', '2021-03-01', 'C', 'C', 'C'],
    ['F2', '2021-04-01', 'C', 'C', 'C'],
    ['F3', '2021-05-01', 'NC', 'C', 'C'],
  ]),
  'strikes.csv': [
    'strike_id,factory_id,union,federation,start_date,end_date,workers_involved,legal,requirements_missed,summary',
    'S-F3-2021-1,F3,Riverside Demo Union Local,Secret Federation,2021-06-01,2021-06-03,412,no,notice;secret-ballot,Walk-out at Secret Demo over pay',
    'S-F1-2021-1,F1,Alpha Union,Alpha Federation,2021-07-01,,90,yes,,Walk-out at Alpha',
    '',
  ].join('\n'),
  'responses.csv': [
    'factory_id,date,requirement_id,language,text',
    'F3,2021-07-01,CI01,en,We fixed it at Secret Demo',
    'F1,2020-06-01,CI02,en,Wages were paid in full after the first visit',
    'F1,2020-06-02,,en,Alpha welcomes the programme',
    'F1,2021-03-01,CI02,en,Wages are paid on time',
    '',
  ].join('\n'),
};

function build(overrides: Record<string, string> = {}) {
  const { dataset, problems } = loadDataset(makeFiles({ ...FILES, ...overrides }));
  if (dataset === undefined) throw new Error(problemLines(problems).join('\n'));
  const scores = scoreDataset(dataset);
  const site = buildPublicSite(dataset, scores);
  const downloads = buildDownloads(site, scores, formatCyclesJson(scores));
  const api = buildApiFiles(site);
  const everything = [
    JSON.stringify(site),
    ...downloads.map((d) => d.content),
    ...api.values(),
  ].join('\n');
  return { dataset, scores, site, downloads, everything };
}

const built = build();
const strikesCsv = built.downloads.find((d) => d.name === 'strikes.csv')?.content ?? '';

describe('a strike at a never-published factory shows only union, dates and legality', () => {
  const strike = built.site.strikes.find((s) => s.union === 'Riverside Demo Union Local');

  it('keeps the union, the dates, the legality and the cycle', () => {
    expect(strike).toMatchObject({
      union: 'Riverside Demo Union Local',
      startDate: '2021-06-01',
      endDate: '2021-06-03',
      legal: false,
      cycle: '2021',
    });
  });

  it.each([
    ['the factory', { factoryId: null }],
    ['the federation', { federation: null }],
    ['the head count', { workersInvolved: null }],
    ['the missed requirements', { requirementsMissed: [] }],
    ['the summary', { summary: null }],
  ])('withholds %s', (_what, fields) => {
    expect(strike).toMatchObject(fields);
  });

  it.each([
    ['its strike id', 'S-F3-2021-1'],
    ['its factory id', 'F3'],
    ['its federation', 'Secret Federation'],
    ['its head count', '412'],
    ['its summary', 'Walk-out at Secret Demo'],
    ['a missed requirement', 'secret-ballot'],
  ])('no page data, API file or download carries %s', (_what, text) => {
    expect(built.everything).not.toContain(text);
  });

  it('stands under an id made of its start date alone', () => {
    expect(strike?.id).toBe('withheld-2021-06-01-1');
    expect(strikesCsv).toContain(
      'withheld-2021-06-01-1,2021,,Riverside Demo Union Local,,2021-06-01,2021-06-03,,no,,',
    );
  });

  it('a strike at a published factory keeps everything', () => {
    expect(built.site.strikes.find((s) => s.union === 'Alpha Union')).toMatchObject({
      id: 'S-F1-2021-1',
      factoryId: 'F1',
      federation: 'Alpha Federation',
      workersInvolved: 90,
      summary: 'Walk-out at Alpha',
    });
  });
});

describe('the stand-in id of a withheld strike', () => {
  const strike = (id: string, factory: string, start: string, union: string): Strike => ({
    id: id as StrikeId,
    factoryId: factory as FactoryId,
    union,
    federation: undefined,
    startDate: start as IsoDate,
    endDate: undefined,
    workersInvolved: undefined,
    legal: false,
    requirementsMissed: [],
    summary: undefined,
    summaryLanguage: 'en',
    cycleId: undefined,
    source: { file: 'strikes.csv', line: 2 },
  });
  const published = new Set(['P1' as FactoryId]);

  it.each([
    [
      'is the same whatever the strike ids are',
      [strike('S-KH-0013-1', 'U1', '2021-06-01', 'Union A')],
      [strike('ZZZ', 'U2', '2021-06-01', 'Union A')],
    ],
    [
      'does not depend on the order of the rows',
      [strike('S2', 'U1', '2021-06-01', 'Union B'), strike('S1', 'U2', '2021-06-01', 'Union A')],
      [strike('S1', 'U2', '2021-06-01', 'Union A'), strike('S2', 'U1', '2021-06-01', 'Union B')],
    ],
  ])('%s', (_rule, first, second) => {
    expect([...withheldStrikeIds(first, published).values()].sort()).toEqual(
      [...withheldStrikeIds(second, published).values()].sort(),
    );
  });

  it('numbers strikes starting the same day by union', () => {
    const ids = withheldStrikeIds(
      [strike('S2', 'U1', '2021-06-01', 'Union B'), strike('S1', 'U2', '2021-06-01', 'Union A')],
      published,
    );
    expect(ids.get('S1' as StrikeId)).toBe('withheld-2021-06-01-1');
    expect(ids.get('S2' as StrikeId)).toBe('withheld-2021-06-01-2');
  });

  it('never takes the id of a strike at a published factory', () => {
    const ids = withheldStrikeIds(
      [
        strike('withheld-2021-06-01-1', 'P1', '2021-06-01', 'Union A'),
        strike('S9', 'U1', '2021-06-01', 'Union A'),
      ],
      published,
    );
    expect(ids.get('S9' as StrikeId)).toBe('withheld-2021-06-01-2');
    expect(ids.has('withheld-2021-06-01-1' as StrikeId)).toBe(false);
  });
});

describe('responses', () => {
  const texts = (id: string) =>
    built.site.factories.find((f) => f.id === id)?.responses.map((r) => r.text);

  it.each([
    ['from a never-published factory is withheld', 'We fixed it at Secret Demo', false],
    [
      "about a requirement, dated before the factory's first published assessment, is withheld",
      'Wages were paid in full after the first visit',
      false,
    ],
    [
      'in general (no requirement), dated before the first published assessment, is shown',
      'Alpha welcomes the programme',
      true,
    ],
    [
      'about a requirement, dated on the first published assessment, is shown',
      'Wages are paid on time',
      true,
    ],
  ])('a response %s', (_rule, text, shown) => {
    expect(built.everything.includes(text)).toBe(shown);
  });

  it('the published factory keeps its other responses in date order', () => {
    expect(texts('F1')).toEqual(['Alpha welcomes the programme', 'Wages are paid on time']);
  });

  it('the build warns about each withheld response at its row', () => {
    expect(problemLines(disclosureWarnings(built.dataset, built.scores))).toEqual([
      'responses.csv:2: factory_id: warning: factory "F3" has never been published: its response is withheld',
      "responses.csv:3: date: warning: a response about CI02 dated 2020-06-01, before the factory's first published assessment (2021-03-01), would reveal a confidential finding: it is withheld",
    ]);
  });

  it('no warning when every response is shown', () => {
    const clean = build({
      'responses.csv': 'factory_id,date,requirement_id,language,text\nF1,2021-04-01,CI01,en,Fine\n',
    });
    expect(disclosureWarnings(clean.dataset, clean.scores)).toEqual([]);
  });
});

describe('texts that name a factory never published', () => {
  const named = build({
    'strikes.csv': [
      'strike_id,factory_id,union,federation,start_date,end_date,workers_involved,legal,requirements_missed,summary',
      'S-F1-2021-1,F1,Alpha Union,Federation of Secret Demo Workers,2021-07-01,,90,yes,,Walk-out after orders moved to secret demo',
      'S-F2-2021-1,F2,Beta Union,,2021-08-01,,40,yes,,Walk-out over pay (see F3)',
      'S-F2-2021-2,F2,Beta Union,,2021-09-01,,40,yes,,Walk-out at Alpha Demo II and F30',
      '',
    ].join('\n'),
    'responses.csv': [
      'factory_id,date,requirement_id,language,text',
      'F1,2021-04-01,,en,We moved our orders away from Secret Demo',
      'F1,2021-04-02,,en,Our F3 line is closed',
      'F1,2021-04-03,,en,Alpha welcomes the programme',
      '',
    ].join('\n'),
  });

  it('withholds a response, summary or federation that gives its name or id, and warns at the row', () => {
    const texts = named.site.factories.find((f) => f.id === 'F1')?.responses.map((r) => r.text);
    expect(texts).toEqual(['Alpha welcomes the programme']);
    const strikes = named.site.strikes.map((s) => [s.id, s.federation, s.summary]);
    expect(strikes).toEqual([
      ['S-F1-2021-1', null, null],
      ['S-F2-2021-1', null, null],
      ['S-F2-2021-2', null, 'Walk-out at Alpha Demo II and F30'],
    ]);
    expect(named.everything.toLowerCase()).not.toContain('secret demo');
    expect(problemLines(disclosureWarnings(named.dataset, named.scores))).toEqual([
      'responses.csv:2: text: warning: the response gives the name of factory "F3", which has never been published (it appears nowhere on the site): it is withheld',
      'responses.csv:3: text: warning: the response gives the id of factory "F3", which has never been published (it appears nowhere on the site): it is withheld',
      'strikes.csv:2: federation: warning: the federation gives the name of factory "F3", which has never been published (it appears nowhere on the site): it is withheld',
      'strikes.csv:2: summary: warning: the summary gives the name of factory "F3", which has never been published (it appears nowhere on the site): it is withheld',
      'strikes.csv:3: summary: warning: the summary gives the id of factory "F3", which has never been published (it appears nowhere on the site): it is withheld',
    ]);
  });

  it('refuses a union whose name gives it, which the site would have to show', () => {
    const union = build({
      'strikes.csv': [
        'strike_id,factory_id,union,start_date,legal',
        'S-F3-2021-1,F3,Secret Demo Workers Union,2021-06-01,no',
        '',
      ].join('\n'),
    });
    expect(
      problemLines(
        disclosureWarnings(union.dataset, union.scores).filter((p) => p.severity === 'error'),
      ),
    ).toEqual([
      "strikes.csv:2: union: the union's name gives the name of factory \"F3\", which has never been published (it appears nowhere on the site), and the site lists every strike's union: expected a union name without the factory's, or the strike left out until the factory is published",
    ]);
  });
});

describe('corrections under the disclosure rules', () => {
  const built = build({
    'corrections.csv': [
      'factory_id,cycle,date,reason',
      'F1,2020,2022-01-10,Recounted the confidential first visit of Alpha',
      'F1,2021,2022-01-11,Recounted the published visit of Alpha',
      'F3,2021,2022-01-12,Recounted the visit of Secret Demo',
      'F2,2022,2022-01-13,Withdrawn: the visit of Beta was another factory’s',
      '',
    ].join('\n'),
    'cycles.csv': [
      'cycle,label,period_start,period_end,published_on',
      '2020,Year 2020,2020-01-01,2020-12-31,',
      '2021,Year 2021,2021-01-01,2021-12-31,',
      '2022,Year 2022,2022-01-01,2022-12-31,',
      '',
    ].join('\n'),
    'assessments/2022.csv': assessmentCsv([['F1', '2022-03-01', 'C', 'C', 'C']]),
  });
  const reasons = (site: typeof built.site) =>
    site.corrections.map((c) => [c.factoryId, c.cycle, c.reason]);

  it('lists a correction of a confidential cycle or of a never-published factory without either, and its reason nowhere', () => {
    expect(reasons(built.site)).toEqual([
      ['F2', '2022', 'Withdrawn: the visit of Beta was another factory’s'],
      [null, '2021', null],
      ['F1', '2021', 'Recounted the published visit of Alpha'],
      [null, '2020', null],
    ]);
    expect(built.everything).not.toContain('confidential first visit');
    expect(built.everything).not.toContain('visit of Secret Demo');
    expect(
      built.site.factories.find((f) => f.id === 'F1')?.corrections.map((c) => c.cycle),
    ).toEqual(['2021']);
  });

  it('searches the built site for the withheld reasons', () => {
    const searched = withheldStrings(built.dataset, built.scores).map((s) => s.text);
    expect(searched).toContain('Recounted the confidential first visit of Alpha');
    expect(searched).toContain('Recounted the visit of Secret Demo');
    expect(searched).not.toContain('Recounted the published visit of Alpha');
  });

  it('the build warns at the row of each correction it lists without its factory', () => {
    expect(
      problemLines(disclosureWarnings(built.dataset, built.scores)).filter((l) =>
        l.startsWith('corrections.csv'),
      ),
    ).toEqual([
      'corrections.csv:2: cycle: warning: the findings of factory "F1" in cycle "2020" are not published (a first assessment stays confidential): its correction is listed without the factory, and its reason is withheld',
      'corrections.csv:4: factory_id: warning: factory "F3" has never been published: its correction is listed without the factory, and its reason is withheld',
    ]);
  });
});
