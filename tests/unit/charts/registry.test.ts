import { makePublicFactory } from '../../helpers/public-site';
import { describe, expect, it } from 'vitest';
import { chartById, chartCsv, chartIds, renderChart } from '../../../src/charts/registry';
import { LOCALES } from '../../../src/i18n/locales';
import type { CycleId, FactoryId, IsoDate, RequirementId } from '../../../src/lib/ids';
import type {
  PublicCycle,
  PublicFactory,
  PublicFactoryCycle,
  PublicSite,
} from '../../../src/lib/public-site';

const rid = (id: string) => id as RequirementId;
const cid = (id: string) => id as CycleId;
const fid = (id: string) => id as FactoryId;
const date = (d: string) => d as IsoDate;

function cycle(id: string, overrides: Partial<PublicCycle>): PublicCycle {
  return {
    id: cid(id),
    label: `Cycle ${id}`,
    labelKm: null,
    labelZh: null,
    periodStart: date('2020-01-01'),
    periodEnd: date('2020-12-31'),
    publishedOn: null,
    factoriesActive: 3,
    ciPublished: 0,
    ciFullyCompliant: 0,
    ciNonCompliantByRequirement: [
      { id: rid('CI01'), count: 0 },
      { id: rid('CI02'), count: 0 },
    ],
    lcPopulation: 0,
    lcMean: null,
    lcSd: null,
    lcThreshold: null,
    lowCompliance: [],
    strikes: 0,
    strikesNotLegal: 0,
    changes: null,
    ...overrides,
  };
}

function record(cycleId: string, rate: number | null, listed = false): PublicFactoryCycle {
  return {
    cycle: cid(cycleId),
    assessments: 3,
    latestAssessment: date('2020-05-01'),
    updatedThisCycle: true,
    critical: ['compliant', 'compliant'],
    lcEligible: rate !== null,
    complianceRate: rate,
    complianceRateText: rate === null ? null : rate.toFixed(6),
    lowCompliance: listed,
    key: listed ? ['non_compliant'] : null,
    source: { file: `assessments/${cycleId}.csv`, line: 2 },
  };
}

function factory(id: string, name: string, cycles: PublicFactoryCycle[]): PublicFactory {
  return makePublicFactory(id, name, { cycles });
}

/** Three cycles: a normal one, one where nothing was published, and one with a listed factory. */
function smallSite(): PublicSite {
  return {
    meta: { title: 'Test data', publisher: 'Test publisher', demo: true },
    rules: { ciMinAssessments: 2, lcMinAssessments: 3, lcMaxAgeDays: 365, sdMultiplier: 2 },
    requirements: [
      {
        id: rid('CI01'),
        track: 'critical',
        group: 'fundamental-rights',
        labelEn: 'No child labour',
        labelKm: null,
        labelZh: null,
        legalRef: null,
        legalRefKm: null,
        legalRefZh: null,
      },
      // A label a spreadsheet would run as a formula, to prove the CSV neutralises it.
      {
        id: rid('CI02'),
        track: 'critical',
        group: 'wages',
        labelEn: '=1+1 Minimum wage paid',
        labelKm: null,
        labelZh: null,
        legalRef: null,
        legalRefKm: null,
        legalRefZh: null,
      },
      {
        id: rid('LR03'),
        track: 'key',
        group: 'contracts',
        labelEn: 'Payslips are accurate',
        labelKm: null,
        labelZh: null,
        legalRef: null,
        legalRefKm: null,
        legalRefZh: null,
      },
    ],
    cycles: [
      cycle('2020', {
        ciPublished: 2,
        ciFullyCompliant: 1,
        ciNonCompliantByRequirement: [
          { id: rid('CI01'), count: 1 },
          { id: rid('CI02'), count: 0 },
        ],
        lcPopulation: 2,
        lcMean: 0.75,
        lcSd: 0.25,
        lcThreshold: 0.25,
      }),
      cycle('2021-H1', {}),
      cycle('2022', {
        ciPublished: 3,
        ciFullyCompliant: 2,
        ciNonCompliantByRequirement: [
          { id: rid('CI01'), count: 0 },
          { id: rid('CI02'), count: 1 },
        ],
        lcPopulation: 3,
        lcMean: 0.7,
        lcSd: 0.3,
        lcThreshold: 0.1,
        lowCompliance: [fid('KH-0001')],
      }),
    ],
    factories: [
      factory('KH-0001', 'Alpha & <Demo> "Wear"', [
        record('2020', 0.5),
        record('2022', 0.05, true),
      ]),
      factory('KH-0002', 'Beta Demo', [record('2020', 1), record('2022', 1)]),
      factory('KH-0003', 'Gamma Demo', [record('2022', 0.9)]),
      factory('KH-0004', 'Delta Demo', [record('2022', null)]),
    ],
    strikes: [],
    corrections: [],
    provinces: [],
  };
}

describe('chartIds and chartById', () => {
  const site = smallSite();
  const ids = chartIds(site);

  it('lists every chart the site shows, with ids that are stable and URL-safe', () => {
    expect(ids).toEqual([
      'issue-rates-2020',
      'issue-rates-2021-h1',
      'issue-rates-2022',
      'rate-distribution-2020',
      'rate-distribution-2022',
      'trend-full-compliance',
      'requirement-ci01-trend',
      'requirement-ci02-trend',
      'factory-kh-0001-rate',
      'factory-kh-0002-rate',
      'factory-kh-0003-rate',
    ]);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
  });

  it('a cycle without a low-compliance population has no distribution, a factory never in it no rate history', () => {
    expect(chartById(site, 'rate-distribution-2021-h1')).toBeUndefined();
    expect(chartById(site, 'factory-kh-0004-rate')).toBeUndefined();
  });

  it('a cycle without published factories still has its issue chart, saying so', () => {
    expect(chartById(site, 'issue-rates-2021-h1')?.description).toBe(
      'No factory was published on the critical issues in Cycle 2021-H1.',
    );
  });

  it.each(ids.flatMap((id) => LOCALES.map((locale) => [id, locale] as const)))(
    '%s (%s) has a title, a one-sentence takeaway, a rectangular table and its date',
    (id, locale) => {
      const chart = chartById(site, id, locale);
      if (!chart) throw new Error(`no chart ${id}`);
      expect(chart.id).toBe(id);
      expect(chart.title).not.toBe('');
      expect(chart.description).toMatch(/^[^.。។]+(?:\.\d[^.。។]*)*[.。។]$/u);
      expect(chart.table.keys).toHaveLength(chart.table.columns.length);
      expect(chart.table.kinds).toHaveLength(chart.table.columns.length);
      for (const row of chart.table.rows) expect(row).toHaveLength(chart.table.columns.length);
      expect(chart.dataDate).not.toBe('');
    },
  );

  it('refuses two factories whose ids make the same chart id', () => {
    const clash = smallSite();
    clash.factories.push(factory('kh-0001', 'Lower-case twin', [record('2020', 0.9)]));
    expect(() => chartById(clash, 'factory-kh-0001-rate')).toThrow(/factory-kh-0001-rate/);
  });

  it('an English name standing in for a missing translation says so, in the chart too', () => {
    const km = chartById(site, 'factory-kh-0001-rate', 'km');
    expect(km?.title).toContain('Alpha & <Demo> "Wear" (ជាភាសាអង់គ្លេស)');
    expect(chartById(site, 'factory-kh-0001-rate', 'en')?.title).not.toContain('(English)');
    const distribution = chartById(site, 'rate-distribution-2022', 'zh');
    if (distribution?.kind !== 'rate-distribution') throw new Error('no distribution');
    expect(distribution.data.listed.map((f) => f.name)).toContain('Alpha & <Demo> "Wear" （英文）');
  });

  it('an unknown id, or one of the right form for nothing in the data, has no chart', () => {
    expect(chartById(site, 'no-such-chart')).toBeUndefined();
    expect(chartById(site, 'issue-rates-1999')).toBeUndefined();
    expect(chartById(site, 'requirement-lr03-trend')).toBeUndefined();
    expect(chartById(site, 'trend-full-compliance')?.kind).toBe('share-trend');
  });

  it('finds a chart without building the others: the cost of a page does not grow with the site', () => {
    const big = smallSite();
    for (let i = 0; i < 3000; i++) {
      big.factories.push(
        factory(`KH-9${String(i).padStart(4, '0')}`, `F ${i}`, [record('2022', 0.9)]),
      );
    }
    chartById(big, 'factory-kh-0001-rate');
    // A chart asked for by a page is built from its own factory only: poisoning every other
    // factory's records would break any chart that read them.
    for (const f of big.factories.slice(4)) f.cycles = null as unknown as typeof f.cycles;
    expect(chartById(big, 'factory-kh-0001-rate')?.table.rows).toHaveLength(2);
  });
});

/** Well-formedness in the small: balanced tags, quoted attributes, escaped text, one root. */
function xmlProblems(text: string): string[] {
  const problems: string[] = [];
  const body = text.replace(/^<\?xml version="1\.0" encoding="UTF-8"\?>\n/, '').trim();
  if (body === text.trim()) problems.push('no XML declaration');
  const stack: string[] = [];
  let roots = 0;
  for (const token of body.split(/(<[^>]*>)/)) {
    if (token.startsWith('</')) {
      const name = token.slice(2, -1).trim();
      if (stack.pop() !== name) problems.push(`unexpected ${token}`);
    } else if (token.startsWith('<')) {
      const match = /^<([A-Za-z][\w:-]*)((?:\s+[A-Za-z][\w:-]*="[^"<]*")*)\s*(\/?)>$/.exec(token);
      if (!match) {
        problems.push(`malformed ${token}`);
        continue;
      }
      if (stack.length === 0) roots++;
      if (match[3] !== '/') stack.push(match[1] ?? '');
    } else if (/[<>]|&(?!(?:amp|lt|gt|quot|#\d+|#x[0-9a-fA-F]+);)/.test(token)) {
      problems.push(`unescaped text ${token}`);
    } else if (stack.length === 0 && token.trim() !== '') {
      problems.push(`text outside the root: ${token}`);
    }
  }
  if (stack.length > 0) problems.push(`unclosed ${stack.join(', ')}`);
  if (roots !== 1) problems.push(`${roots} root elements`);
  return problems;
}

describe('renderChart', () => {
  const site = smallSite();

  it.each(chartIds(site).map((id) => [id] as const))(
    '%s is well-formed, accessible SVG that fills its column',
    (id) => {
      const chart = chartById(site, id);
      if (!chart) throw new Error(`no chart ${id}`);
      const svg = renderChart(chart);
      expect(xmlProblems(`<?xml version="1.0" encoding="UTF-8"?>\n${svg}`)).toEqual([]);
      expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
      expect(svg).toContain('role="img"');
      // Named by the title and takeaway its figure writes beside it, not a second copy of them.
      expect(svg).toContain(`aria-labelledby="${id}-name ${id}-caption"`);
      expect(chart.title).not.toBe('');
      expect(chart.description).not.toBe('');
      expect(svg).not.toMatch(/<title|<desc/);
      // The page's font stack is inherited, not repeated on every chart.
      expect(svg).not.toContain('font-family');
      expect(svg).toMatch(/ style="height:\d+px;padding:\d+px \d+px \d+px \d+px"/);
      expect(svg).not.toMatch(/NaN|undefined|Infinity/);
    },
  );

  it('a name with markup characters reaches the title and takeaway as text, not into the SVG', () => {
    const chart = chartById(site, 'factory-kh-0001-rate');
    if (!chart) throw new Error('missing chart');
    expect(chart.title).toContain('Alpha & <Demo> "Wear"');
    expect(chart.description).toContain('Alpha & <Demo> "Wear"');
    expect(renderChart(chart)).not.toContain('<Demo>');
  });

  it('the ids inside a chart are named after it, so two charts on a page do not share one', () => {
    const chart = chartById(site, 'factory-kh-0001-rate');
    if (!chart) throw new Error('missing chart');
    const ids = [...renderChart(chart).matchAll(/ id="([^"]+)"/g)].map((m) => m[1]);
    expect(ids.length).toBeGreaterThan(0);
    for (const id of ids) expect(id).toMatch(/^factory-kh-0001-rate-/);
  });

  it('the bars of the issue chart lead to their requirements', () => {
    const chart = chartById(site, 'issue-rates-2022', 'zh');
    if (!chart) throw new Error('missing chart');
    const svg = renderChart(chart);
    expect(svg).toContain('<g data-href="/zh/requirements/ci02/"');
    // The chart is one image to assistive technology: no link or focusable element inside it.
    expect(svg).not.toMatch(/<a[\s>]|tabindex/);
    expect(chart.table.links).toEqual(['/zh/requirements/ci01/', '/zh/requirements/ci02/']);
  });
});

describe('chartCsv', () => {
  const site = smallSite();

  it('has a BOM, snake_case headers, and shares as fractions with 6 decimals', () => {
    const chart = chartById(site, 'trend-full-compliance');
    if (!chart) throw new Error('missing chart');
    expect(chartCsv(chart)).toBe(
      '\uFEFFcycle_id,cycle,published,fully_compliant_count,fully_compliant_share\n' +
        '2020,Cycle 2020,2,1,0.5\n' +
        '2021-H1,Cycle 2021-H1,0,0,\n' +
        '2022,Cycle 2022,3,2,0.666667\n',
    );
  });

  it('neutralises cells a spreadsheet would run as formulas', () => {
    const chart = chartById(site, 'issue-rates-2022');
    if (!chart) throw new Error('missing chart');
    const csv = chartCsv(chart);
    expect(csv).toContain(",'=1+1 Minimum wage paid,");
    expect(csv).not.toMatch(/,=1\+1/);
  });
});
