import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDataFolder } from '../../scripts/lib/data-folder';
import { disclosureWarnings } from '../../src/lib/disclosure';
import { buildDownloads, neutraliseCell } from '../../src/lib/downloads';
import { loadDataset } from '../../src/lib/load-dataset';
import type { Dataset } from '../../src/lib/model';
import { formatCyclesJson } from '../../src/lib/output';
import { buildPublicSite } from '../../src/lib/public-site';
import { scoreDataset } from '../../src/lib/score';
import { assessmentCsv, factoriesCsv, makeFiles, type FileOverrides } from '../helpers/dataset';

/** The disclosure rules of contract section 4, on the shared fixture and on small cases. */
function build(dataset: Dataset) {
  const scores = scoreDataset(dataset);
  const site = buildPublicSite(dataset, scores);
  const cyclesJson = formatCyclesJson(scores);
  return { scores, site, downloads: buildDownloads(site, scores, cyclesJson), cyclesJson };
}

function fromFiles(overrides: FileOverrides) {
  const { dataset } = loadDataset(makeFiles(overrides));
  if (dataset === undefined) throw new Error('invalid test dataset');
  return build(dataset);
}

const fixture = (() => {
  const { dataset } = loadDataset(
    readDataFolder(resolve(import.meta.dirname, '../golden/small/data')),
  );
  if (dataset === undefined) throw new Error('fixture invalid');
  return build(dataset);
})();
const everything =
  JSON.stringify(fixture.site) + fixture.downloads.map((d) => d.content).join('\n');
const factory = (id: string) => fixture.site.factories.find((f) => f.id === id);

describe('a factory never published appears nowhere', () => {
  it.each(['KH-006', 'Harbor Demo Bags', 'KH-012', 'Delta Demo Wear'])(
    '%s is in no page data and no download',
    (text) => {
      expect(everything).not.toContain(text);
    },
  );

  it('every other assessed factory is published', () => {
    expect(fixture.site.factories.map((f) => f.id)).toEqual([
      'KH-001',
      'KH-002',
      'KH-003',
      'KH-004',
      'KH-005',
      'KH-007',
      'KH-008',
      'KH-009',
      'KH-010',
      'KH-011',
    ]);
  });
});

describe('findings are shown only for published cycles', () => {
  it("a first assessment stays confidential: KH-002's 2019 findings are not in the snapshot", () => {
    expect(factory('KH-002')?.cycles.map((c) => c.cycle)).toEqual(['2020', '2021', '2022']);
  });

  it('a closed factory keeps its page with its last published findings', () => {
    expect(factory('KH-004')).toMatchObject({ status: 'closed', closedOn: '2021-08-31' });
    expect(factory('KH-004')?.cycles.at(-1)).toMatchObject({
      cycle: '2021',
      latestAssessment: '2021-04-12',
    });
  });

  it('the compliance rate appears only where the factory is in the low-compliance population', () => {
    const kh004 = factory('KH-004')?.cycles.find((c) => c.cycle === '2019');
    expect(kh004).toMatchObject({
      lcEligible: false,
      complianceRate: null,
      complianceRateText: null,
    });
    expect(factory('KH-001')?.cycles[0]).toMatchObject({
      lcEligible: true,
      complianceRateText: '1.000000',
    });
  });

  it('key-requirement findings appear only for factories on the list', () => {
    const kh003 = factory('KH-003')?.cycles ?? [];
    expect(kh003.map((c) => c.key !== null)).toEqual([true, true, true, false]);
    expect(
      fixture.site.factories
        .filter((f) => f.id !== 'KH-003')
        .flatMap((f) => f.cycles)
        .every((c) => c.key === null),
    ).toBe(true);
  });

  it('a response about a key requirement is shown only after an assessment whose key findings are', () => {
    const files = readDataFolder(resolve(import.meta.dirname, '../golden/small/data'));
    files.set(
      'responses.csv',
      new TextEncoder().encode(
        [
          'factory_id,date,requirement_id,language,text',
          'KH-003,2021-06-01,LR22,en,Listed then: the union leader was reinstated',
          'KH-003,2022-06-01,LR22,en,Not listed then: the union leader was reinstated',
          'KH-001,2021-06-01,LR23,en,Never listed: the exit doors are unlocked now',
          'KH-001,2021-06-02,CI15,en,A critical issue: panic bars fitted',
          'KH-001,2021-06-03,,en,A general statement',
          '',
        ].join('\n'),
      ),
    );
    const { dataset } = loadDataset(files);
    if (dataset === undefined) throw new Error('invalid test dataset');
    const built = build(dataset);
    const texts = (id: string) =>
      built.site.factories.find((f) => f.id === id)?.responses.map((r) => r.text);
    expect(texts('KH-003')).toEqual(['Listed then: the union leader was reinstated']);
    expect(texts('KH-001')).toEqual(['A critical issue: panic bars fitted', 'A general statement']);
    const shown = JSON.stringify(built.site) + built.downloads.map((d) => d.content).join('\n');
    expect(shown).not.toContain('Not listed then');
    expect(shown).not.toContain('Never listed');
    expect(
      disclosureWarnings(dataset, built.scores).map((p) => `${p.file}:${p.line}: ${p.column}`),
    ).toEqual(['responses.csv:3: requirement_id', 'responses.csv:4: requirement_id']);
  });

  it('a response about a key requirement after a visit superseded within its cycle answers that visit', () => {
    const files = readDataFolder(resolve(import.meta.dirname, '../golden/small/data'));
    const decode = (name: string) => new TextDecoder().decode(files.get(name));
    // KH-003, listed in 2021 and not in 2022, was visited twice in 2022: the January visit is
    // superseded by the later one, and its key findings are shown nowhere.
    const visit = decode('assessments/2022.csv')
      .split('\n')
      .find((line) => line.startsWith('KH-003,'));
    if (visit === undefined) throw new Error('KH-003 has no 2022 row');
    const january = visit.replace(/^KH-003,\d{4}-\d{2}-\d{2}/, 'KH-003,2022-01-20');
    files.set(
      'assessments/2022.csv',
      new TextEncoder().encode(`${decode('assessments/2022.csv').trimEnd()}\n${january}\n`),
    );
    files.set(
      'responses.csv',
      new TextEncoder().encode(
        [
          'factory_id,date,requirement_id,language,text',
          'KH-003,2022-02-01,LR23,en,After the January visit: the exit doors are unlocked now',
          '',
        ].join('\n'),
      ),
    );
    const { dataset } = loadDataset(files);
    if (dataset === undefined) throw new Error('invalid test dataset');
    const built = build(dataset);
    const shown = JSON.stringify(built.site) + built.downloads.map((d) => d.content).join('\n');
    expect(shown).not.toContain('After the January visit');
    expect(
      disclosureWarnings(dataset, built.scores).map((p) => `${p.file}:${p.line}: ${p.message}`),
    ).toEqual([
      'responses.csv:2: a response about LR23 dated 2022-02-01 follows an assessment (2022-01-20) whose findings on key requirements are not shown, the factory not being on the low-compliance list: it would reveal one, and is withheld',
    ]);
  });

  it('findings trace to their source row', () => {
    expect(factory('KH-005')?.cycles.at(-1)?.source).toEqual({
      file: 'assessments/2022.csv',
      line: 6,
    });
  });
});

describe('strikes and responses of never-published factories', () => {
  const threeFactories = {
    'factories.csv': factoriesCsv([
      ['F1', 'Alpha Demo', 'open', '', '0'],
      ['F2', 'Beta Demo', 'open', '', '0'],
      ['F3', 'Secret Demo', 'open', '', '0'],
    ]),
    'assessments/2021.csv': assessmentCsv([
      ['F1', '2021-03-01', 'C', 'C', 'C'],
      ['F2', '2021-04-01', 'C', 'C', 'C'],
      ['F3', '2021-05-01', 'NC', 'C', 'C'],
    ]),
    'strikes.csv':
      'strike_id,factory_id,union,start_date,legal,summary\nS1,F3,Riverside Demo Union Local,2021-06-01,no,Walk-out at Secret Demo\nS2,F1,Alpha Union,2021-07-01,yes,Walk-out at Alpha\n',
    'responses.csv':
      'factory_id,date,requirement_id,language,text\nF3,2021-07-01,CI01,en,We fixed it at Secret Demo\nF1,2021-07-01,,en,Alpha statement\n',
  };
  const built = fromFiles(threeFactories);

  it('lists the strike with union, dates and legality under a stand-in id, without the factory or summary', () => {
    expect(built.site.strikes[0]).toMatchObject({
      id: 'withheld-2021-06-01-1',
      factoryId: null,
      summary: null,
      legal: false,
      startDate: '2021-06-01',
    });
    expect(built.site.strikes[1]).toMatchObject({
      id: 'S2',
      factoryId: 'F1',
      summary: 'Walk-out at Alpha',
    });
  });

  it('does not show the response and never names the factory', () => {
    const text = JSON.stringify(built.site) + built.downloads.map((d) => d.content).join('');
    expect(text).not.toContain('F3');
    expect(text).not.toContain('We fixed it');
    expect(text).not.toContain('Walk-out at Secret Demo');
    expect(built.site.factories.find((f) => f.id === 'F1')?.responses).toHaveLength(1);
  });
});

describe('downloads', () => {
  const file = (name: string) => fixture.downloads.find((d) => d.name === name)?.content ?? '';

  it('scores.csv has only published rows, rates only where eligible, and no BOM', () => {
    const lines = file('scores.csv').split('\n');
    expect(lines[0]).toBe(
      'cycle,factory_id,assessments,latest_assessment,updated_this_cycle,ci_published,ci_noncompliant,ci_not_assessed,compliance_rate,lc_eligible,low_compliance',
    );
    expect(lines.filter((l) => l.includes(',false,') && l.split(',')[5] === 'false')).toEqual([]);
    expect(lines).toContain('2019,KH-004,2,2019-07-01,true,true,CI18,,,false,false');
    expect(lines).toContain(
      '2019,KH-003,4,2019-02-11,true,true,CI09;CI12;CI15;CI16;CI19;CI20;CI21,,0.518519,true,true',
    );
    expect(lines.some((l) => l.startsWith('2019,KH-002,'))).toBe(false);
    expect(file('scores.csv').startsWith('\uFEFF')).toBe(false);
  });

  it('cycles.json is the scorer output as it is', () => {
    expect(file('cycles.json')).toBe(fixture.cyclesJson);
  });

  it('other CSVs start with a BOM and keep Khmer and Chinese text', () => {
    expect(file('factories.csv').startsWith('\uFEFFfactory_id,')).toBe(true);
    expect(file('factories.csv')).toContain('莲花示范制衣');
  });

  it('a quoted name with commas and quotes survives', () => {
    expect(file('factories.csv')).toContain('"Pearl Demo Knit ""Factory 2"""');
  });
});

describe('neutraliseCell', () => {
  it.each([
    ['=HYPERLINK("x")', `'=HYPERLINK("x")`],
    ['+1 555', `'+1 555`],
    ['@SUM(A1)', `'@SUM(A1)`],
    ['\tx', `'\tx`],
    ['\rx', `'\rx`],
    ['-cmd', `'-cmd`],
    ['-5', '-5'],
    ['-0.25', '-0.25'],
    ['Lotus Demo', 'Lotus Demo'],
    ['', ''],
  ])('%j → %j', (input, output) => {
    expect(neutraliseCell(input)).toBe(output);
  });
});
