import { describe, expect, it } from 'vitest';
import {
  buildEntities,
  entityKey,
  summaryOf,
  slugOfKey,
  slugsOfKeys,
  type Entity,
} from '../../src/lib/buyers';
import { buildAtomFeed, type FeedText } from '../../src/lib/feed';
import { entityFiles } from '../../src/lib/buyers-files';
import type { CycleId, FactoryId, IsoDate, RequirementId, StrikeId } from '../../src/lib/ids';
import type {
  PublicCycle,
  PublicFactory,
  PublicFactoryCycle,
  PublicSite,
  PublicStrike,
} from '../../src/lib/public-site';
import type { Finding } from '../../src/lib/rules';
import { makePublicFactory } from '../helpers/public-site';

const cycle = (id: string, start: string, closed: string[] = []): PublicCycle => ({
  id: id as CycleId,
  label: `Year ${id}`,
  labelKm: null,
  labelZh: null,
  periodStart: start as IsoDate,
  periodEnd: start.replace('-01-01', '-12-31') as IsoDate,
  publishedOn: null,
  factoriesActive: 0,
  ciPublished: 0,
  ciFullyCompliant: 0,
  ciNonCompliantByRequirement: [],
  lcPopulation: 0,
  lcMean: null,
  lcSd: null,
  lcThreshold: null,
  lowCompliance: [],
  strikes: 0,
  strikesNotLegal: 0,
  changes: { enteredList: [], leftList: [], newlyPublished: [], closed: closed as FactoryId[] },
});

const record = (id: string, critical: Finding[], lowCompliance = false): PublicFactoryCycle => ({
  cycle: id as CycleId,
  assessments: 3,
  latestAssessment: `${id}-06-01` as IsoDate,
  updatedThisCycle: true,
  critical,
  lcEligible: true,
  complianceRate: 0.5,
  complianceRateText: '0.500000',
  lowCompliance,
  key: null,
  source: { file: `assessments/${id}.csv`, line: 2 },
});

const C: Finding = 'compliant';
const NC: Finding = 'non_compliant';

function site(factories: PublicFactory[], strikes: Partial<PublicStrike>[] = []): PublicSite {
  return {
    meta: { title: 'Test data', publisher: 'Test publisher', demo: true } as PublicSite['meta'],
    rules: { ciMinAssessments: 2, lcMinAssessments: 3, lcMaxAgeDays: 365, sdMultiplier: 2 },
    requirements: ['CI01', 'CI02'].map((id) => ({
      id: id as RequirementId,
      track: 'critical',
      group: 'wages',
      labelEn: id,
      labelKm: null,
      labelZh: null,
      legalRef: null,
      legalRefKm: null,
      legalRefZh: null,
    })),
    cycles: [cycle('2021', '2021-01-01'), cycle('2022', '2022-01-01', ['F3'])],
    factories,
    strikes: strikes.map((s, i) => ({
      id: `S${i}` as StrikeId,
      factoryId: null,
      union: 'Union',
      federation: null,
      startDate: '2022-03-01' as IsoDate,
      endDate: null,
      workersInvolved: null,
      legal: true,
      requirementsMissed: [],
      summary: null,
      summaryLanguage: null,
      cycle: '2022' as CycleId,
      ...s,
    })),
    corrections: [],
    provinces: [],
  };
}

const F1 = makePublicFactory('F1', 'One', {
  buyers: ['Brand A', 'Other Brand'],
  parentCompany: 'Demo Holdings',
  cycles: [record('2021', [NC, C], true), record('2022', [C, C])],
});
const F2 = makePublicFactory('F2', 'Two', {
  buyers: ['BRAND A.'],
  parentCompany: 'DEMO HOLDINGS LTD.',
  cycles: [record('2021', [C, C]), record('2022', [NC, NC], true)],
});
const F3 = makePublicFactory('F3', 'Three', {
  buyers: ['Brand A Co., Ltd.', 'brand a'],
  status: 'closed',
  closedOn: '2022-05-01' as IsoDate,
  cycles: [record('2021', [C, NC])],
});
const sample = site(
  [F1, F2, F3],
  [
    { factoryId: 'F2' as FactoryId, legal: false },
    { factoryId: 'F2' as FactoryId, legal: true },
  ],
);
const entities = buildEntities(sample);
const brandA = entities.buyers.find((b) => b.slug === 'branda') as Entity;

describe('grouping buyers and groups by the name model', () => {
  it.each([
    ['Brand A', 'BRAND A.'],
    ['Brand A', 'Brand A Co., Ltd.'],
    ['Brand A', '  brand   a '],
    ['Demo Holdings', 'DEMO HOLDINGS LTD.'],
  ])('"%s" and "%s" are one buyer', (a, b) => {
    expect(entityKey(a)).toBe(entityKey(b));
  });

  it('spellings of one buyer share one page, with every spelling shown, the most used first and capitals last', () => {
    expect(entities.buyers.map((b) => b.slug)).toEqual(['branda', 'otherbrand']);
    expect(brandA.spellings).toEqual(['Brand A', 'Brand A Co., Ltd.', 'brand a', 'BRAND A.']);
    expect(brandA.name).toBe('Brand A');
    expect(brandA.factoryIds).toEqual(['F1', 'F2', 'F3']);
  });

  it('a summary for the lists counts the factories', () => {
    expect(summaryOf(brandA)).toMatchObject({ slug: 'branda', factoryCount: 3, listedNow: 1 });
    expect(summaryOf(brandA)).not.toHaveProperty('factoryIds');
  });

  it('a factory naming one buyer in two spellings counts once', () => {
    expect(brandA.factoryIds.filter((id) => id === 'F3')).toHaveLength(1);
  });

  it('parent companies group the same way', () => {
    expect(entities.groups).toHaveLength(1);
    expect(entities.groups[0]?.factoryIds).toEqual(['F1', 'F2']);
    expect(entities.groups[0]?.spellings).toEqual(['Demo Holdings', 'DEMO HOLDINGS LTD.']);
    expect(entities.groups[0]?.name).toBe('Demo Holdings');
  });

  it('a buyer reported only by factories that were never published has no entry', () => {
    // The public snapshot holds published factories only: nothing else can reach the grouping.
    const only = buildEntities(site([F1]));
    expect(only.buyers.map((b) => b.name)).toEqual(['Brand A', 'Other Brand']);
  });
});

describe('counts of a buyer’s factories', () => {
  it('counts open, closed, listed now and ever, and critical non-compliance now', () => {
    expect(brandA).toMatchObject({
      open: 2,
      closed: 1,
      listedNow: 1,
      listedEver: 2,
      nonCompliantNow: 2,
      strikes: 2,
      strikesNotLegal: 1,
    });
  });

  it('counts each cycle: published, non-compliant, listed, closed', () => {
    expect(brandA.cycles).toEqual([
      { cycle: '2021', published: 3, nonCompliant: 2, listed: 1, closed: 0 },
      { cycle: '2022', published: 2, nonCompliant: 1, listed: 1, closed: 1 },
    ]);
  });

  it('a factory last published in an earlier cycle is not on the list now', () => {
    const f3 = entities.standings.get('F3');
    expect(f3).toMatchObject({ latestCycle: '2021', nonCompliant: ['CI02'], listedNow: false });
    expect(entities.standings.get('F1')).toMatchObject({
      listedNow: false,
      listedCycles: ['2021'],
    });
    expect(entities.standings.get('F2')).toMatchObject({
      listedNow: true,
      nonCompliant: ['CI01', 'CI02'],
    });
  });
});

describe('slugs', () => {
  it.each([
    ['branda', 'branda'],
    ['makalot#mk2', 'makalot-mk2'],
    ['pearl#2+3', 'pearl-2-3'],
  ])('the Latin key "%s" is its own slug "%s"', (key, slug) => {
    expect(slugOfKey(key)).toBe(slug);
  });

  it.each(['con', 'nul', 'com1', 'lpt9'])(
    'the key "%s", a reserved file name on Windows, is tagged',
    (key) => {
      expect(slugOfKey(key)).toMatch(new RegExp(`^${key}-x[0-9a-z]{7}$`));
    },
  );

  it('a very long key gives a short tagged slug', () => {
    const slug = slugOfKey('a'.repeat(500));
    expect(slug.length).toBeLessThanOrEqual(80);
    expect(slug).not.toBe(slugOfKey('a'.repeat(499)));
  });

  it('a key in another script gets a stable tagged slug', () => {
    const slug = slugOfKey(entityKey('ក្រុមហ៊ុន ឡូតុស'));
    expect(slug).toMatch(/^x-[0-9a-z]{7}$/);
    expect(slugOfKey(entityKey('ក្រុមហ៊ុន ឡូតុស'))).toBe(slug);
  });

  it('two different keys never share a slug, whatever their order', () => {
    const keys = ['=co ltd', '=co. ltd', 'a#1', 'a1', '中国', '中國', 'ab'];
    const forward = slugsOfKeys(keys);
    const backward = slugsOfKeys([...keys].reverse());
    expect(new Set(forward.values()).size).toBe(new Set(keys).size);
    expect([...forward]).toEqual([...backward]);
  });

  it('a new buyer with a similar name never moves an existing buyer’s page', () => {
    const before = slugsOfKeys(['branda']);
    const after = slugsOfKeys(['branda', 'brand#a', entityKey('Brand Ä')]);
    expect(after.get('branda')).toBe(before.get('branda'));
  });
});

describe('files of a buyer', () => {
  const files = new Map(
    [...entityFiles(sample, entities)].map(([path, content]) => [
      path,
      typeof content === 'string' ? content : [...content.chunks].join(''),
    ]),
  );

  it('the API index lists every buyer with counts, and each buyer has a file and a CSV', () => {
    const index = JSON.parse(files.get('api/buyers.json') ?? '{}') as {
      entries: Array<{ slug: string; factoryCount: number; api: string }>;
    };
    expect(index.entries.map((e) => [e.slug, e.factoryCount])).toEqual([
      ['branda', 3],
      ['otherbrand', 1],
    ]);
    expect(files.has('api/buyers/branda.json')).toBe(true);
    expect(files.has('api/groups/demoholding.json') || files.has('api/groups.json')).toBe(true);
    const csv = files.get('downloads/buyers/branda.csv') ?? '';
    expect(csv.startsWith('\uFEFFfactory_id,name,province,status')).toBe(true);
    expect(csv.split('\n').filter(Boolean)).toHaveLength(4);
    expect(files.has('api/schemas/buyer.schema.json')).toBe(true);
  });

  it("a buyer's file says the findings are the factories', as of the latest cycle", () => {
    const file = JSON.parse(files.get('api/buyers/branda.json') ?? '{}') as {
      asOf: string;
      note: string;
      factories: Array<{ id: string; criticalNonCompliant: string[] }>;
    };
    expect(file.asOf).toBe('2022');
    expect(file.note).toContain('not a finding about the buyer');
    expect(file.factories.find((f) => f.id === 'F2')?.criticalNonCompliant).toEqual([
      'CI01',
      'CI02',
    ]);
  });
});

describe("a buyer's feed", () => {
  const text: FeedText = {
    feedTitle: 'Brand A feed',
    cyclePublished: (c) => ({ title: `Cycle ${c.id}`, summary: 'summary' }),
    entered: (name) => `${name} entered`,
    left: (name) => `${name} left`,
    newlyPublished: (name) => `${name} published`,
    closed: (name) => `${name} closed`,
  };
  it('carries changes at its own factories only, and links to itself', () => {
    const other = makePublicFactory('F9', 'Nine', { cycles: [record('2022', [C, C])] });
    const withOther = site([F1, F2, F3, other]);
    withOther.cycles[1] = {
      ...(withOther.cycles[1] as PublicCycle),
      changes: {
        enteredList: ['F2', 'F9'] as FactoryId[],
        leftList: [],
        newlyPublished: [],
        closed: ['F3'] as FactoryId[],
      },
    };
    const xml = buildAtomFeed(withOther, text, 'https://example.org', {
      factoryIds: new Set(['F1', 'F2', 'F3']),
      name: 'buyer:branda',
      selfPath: '/buyers/branda/feed.xml',
      pagePath: '/buyers/branda/',
    });
    expect(xml).toContain('Two entered');
    expect(xml).toContain('Three closed');
    expect(xml).not.toContain('Nine');
    expect(xml).toContain('href="https://example.org/buyers/branda/feed.xml"');
    expect(xml).toContain(':buyer:branda:cycle:2022</id>');
  });
});
