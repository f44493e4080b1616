import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDataFolder } from '../../scripts/lib/data-folder';
import { LOCALES } from '../../src/i18n/locales';
import type { CycleId, FactoryId } from '../../src/lib/ids';
import { loadDataset } from '../../src/lib/load-dataset';
import { buildPublicSite } from '../../src/lib/public-site';
import { scoreDataset } from '../../src/lib/score';
import {
  factoriesByName,
  LIST_PAGE_SIZE,
  listPage,
  listPageCount,
  listPageGuide,
  GUIDE_ALL_PAGES,
  listPagePath,
} from '../../src/site/factory-list';
import {
  factoryRange,
  OTHER_PAGE_WEIGHT,
  otherPageCount,
  otherPageWeight,
  parseShard,
  type Shard,
} from '../../src/site/shards';
import { factoryShards, siteCore, type FactoryCard, type SiteCore } from '../../src/site/snapshot';

const fixture = (() => {
  const { dataset } = loadDataset(
    readDataFolder(resolve(import.meta.dirname, '../golden/small/data')),
  );
  if (dataset === undefined) throw new Error('fixture invalid');
  return buildPublicSite(dataset, scoreDataset(dataset));
})();

describe('the snapshot the pages read', () => {
  const core = siteCore(fixture, 0, 3);

  it('has a card for every published factory, in id order, without the full record', () => {
    expect(core.factories.map((f) => f.id)).toEqual(fixture.factories.map((f) => f.id));
    for (const card of core.factories) {
      expect(Object.keys(card).sort()).toEqual(
        [
          'buyers',
          'closedOn',
          'id',
          'latest',
          'name',
          'nameKm',
          'nameZh',
          'parentCompany',
          'province',
          'status',
          'workers',
        ].sort(),
      );
    }
  });

  it("a card's latest record names the critical issues found non-compliant, in catalogue order", () => {
    const critical = fixture.requirements.filter((r) => r.track === 'critical');
    for (const factory of fixture.factories) {
      const latest = factory.cycles.at(-1);
      const card = core.factories.find((f) => f.id === factory.id);
      expect(card?.latest).toEqual({
        cycle: latest?.cycle,
        nonCompliant: critical
          .filter((_, i) => latest?.critical[i] === 'non_compliant')
          .map((r) => r.id),
        complianceRate: latest?.complianceRate,
        lowCompliance: latest?.lowCompliance,
        keyNonCompliant:
          latest?.key === null
            ? null
            : fixture.requirements
                .filter((r) => r.track === 'key')
                .filter((_, i) => latest?.key?.[i] === 'non_compliant')
                .map((r) => r.id),
      });
    }
  });

  it("keeps each cycle's records of the factories on its list, and only those", () => {
    for (const cycle of fixture.cycles) {
      const listed = core.listed[cycle.id] ?? {};
      expect(Object.keys(listed).sort()).toEqual([...cycle.lowCompliance].sort());
      for (const [id, record] of Object.entries(listed)) {
        const full = fixture.factories
          .find((f) => f.id === id)
          ?.cycles.find((c) => c.cycle === cycle.id);
        expect(record.complianceRate).toBe(full?.complianceRate);
        expect(record.lowCompliance).toBe(true);
        expect(record.keyNonCompliant).not.toBeNull();
      }
    }
    expect(Object.values(core.listed).some((l) => Object.keys(l).length > 0)).toBe(true);
  });

  it('cuts the full records into shards of the given size, in id order, none lost', () => {
    const shards = [...factoryShards(fixture.factories, 3)];
    expect(shards.map((s) => s.index)).toEqual([0, 1, 2, 3]);
    expect(shards.map((s) => s.factories.length)).toEqual([3, 3, 3, 1]);
    expect(shards.flatMap((s) => s.factories)).toEqual(fixture.factories);
    expect(core.shardSize).toBe(3);
  });
});

describe('shards of the page build', () => {
  it.each([
    ['2/4', { index: 2, count: 4 }],
    ['1/1', { index: 1, count: 1 }],
    [' 3/3 ', { index: 3, count: 3 }],
    ['0/4', undefined],
    ['5/4', undefined],
    ['2/0', undefined],
    ['2', undefined],
    ['a/b', undefined],
    ['-1/2', undefined],
  ])('"%s" reads as %o', (text, shard) => {
    expect(parseShard(text)).toEqual(shard);
  });

  const cases = [1, 2, 3, 4, 7].flatMap((count) =>
    [0, 1, 2, 5, 13, 601].map((factories) => [count, factories] as const),
  );
  it.each(
    cases.flatMap(([count, factories]) =>
      [0, 1, 250].map((other) => [count, factories, other] as const),
    ),
  )(
    'in %i shards, each of %i factory pages per language is built by exactly one shard, with %i other pages',
    (count, factories, other) => {
      const builtBy = new Map<string, number>();
      for (let index = 1; index <= count; index += 1) {
        const shard: Shard = { index, count };
        for (const locale of LOCALES) {
          const { start, end } = factoryRange(shard, locale, factories, other);
          expect(start).toBeLessThanOrEqual(end);
          for (let i = start; i < end; i += 1) {
            const page = `${locale}/${i}`;
            expect(builtBy.has(page), page).toBe(false);
            builtBy.set(page, index);
          }
        }
      }
      expect(builtBy.size).toBe(factories * LOCALES.length);
    },
  );

  it('gives the first shard fewer factory pages by what its other pages weigh', () => {
    // 1,000 factories in three languages and 500 other pages weighing 700: 3,700 in two halves.
    const pages = (index: number) =>
      LOCALES.reduce((sum, locale) => {
        const { start, end } = factoryRange({ index, count: 2 }, locale, 1000, 500);
        return sum + end - start;
      }, 0);
    expect([pages(1), pages(2)]).toEqual([1150, 1850]);
    expect(pages(1) + Math.round(500 * OTHER_PAGE_WEIGHT)).toBe(pages(2));
  });

  const shares = (count: number, factories: number, other: number, weight?: number) =>
    Array.from({ length: count }, (_, i) =>
      LOCALES.reduce((sum, locale) => {
        const { start, end } = factoryRange(
          { index: i + 1, count },
          locale,
          factories,
          other,
          weight,
        );
        return sum + end - start;
      }, 0),
    );

  it('shares what the first shard cannot take evenly among the others', () => {
    // 100 factories, 300 pages; 1,000 other pages weigh 1,400, more than a third of 1,700.
    expect(shares(3, 100, 1000)).toEqual([0, 150, 150]);
    expect(shares(4, 100, 10)).toEqual([64, 78, 79, 79]);
  });

  it('cuts evenly with a weight of 0, as PORTAL_OTHER_PAGE_WEIGHT=0 asks', () => {
    expect(shares(3, 100, 1000, 0)).toEqual([100, 100, 100]);
    const before = process.env['PORTAL_OTHER_PAGE_WEIGHT'];
    try {
      process.env['PORTAL_OTHER_PAGE_WEIGHT'] = '0';
      expect(otherPageWeight()).toBe(0);
      process.env['PORTAL_OTHER_PAGE_WEIGHT'] = '2.5';
      expect(otherPageWeight()).toBe(2.5);
      delete process.env['PORTAL_OTHER_PAGE_WEIGHT'];
      expect(otherPageWeight()).toBe(OTHER_PAGE_WEIGHT);
      for (const bad of ['-1', 'heavy', '1e3', 'NaN']) {
        process.env['PORTAL_OTHER_PAGE_WEIGHT'] = bad;
        expect(() => otherPageWeight(), bad).toThrow(/PORTAL_OTHER_PAGE_WEIGHT must be a number/);
      }
    } finally {
      if (before === undefined) delete process.env['PORTAL_OTHER_PAGE_WEIGHT'];
      else process.env['PORTAL_OTHER_PAGE_WEIGHT'] = before;
    }
  });

  it('refuses a core written before buyers and groups were counted', () => {
    const { entities: _entities, ...old } = siteCore(fixture);
    expect(() => otherPageCount(old as SiteCore)).toThrow(/older data step/);
    expect(otherPageCount(siteCore(fixture, 7))).toBe(otherPageCount(siteCore(fixture, 0)) + 21);
  });

  it('three shards build one language each when there are no other pages', () => {
    for (const [index, locale] of LOCALES.entries()) {
      const shard = { index: index + 1, count: 3 };
      const sizes = LOCALES.map((other) => {
        const { start, end } = factoryRange(shard, other, 10);
        return [other, end - start];
      });
      expect(sizes).toEqual(LOCALES.map((other) => [other, other === locale ? 10 : 0]));
    }
  });
});

function card(id: string, name: string): FactoryCard {
  return {
    id: id as FactoryId,
    name,
    nameKm: null,
    nameZh: null,
    province: null,
    parentCompany: null,
    buyers: [],
    workers: null,
    status: 'open',
    closedOn: null,
    latest: {
      cycle: '2022' as CycleId,
      nonCompliant: [],
      complianceRate: null,
      lowCompliance: false,
      keyNonCompliant: null,
    },
  };
}

const coreWith = (factories: FactoryCard[]) => ({ ...siteCore(fixture), factories }) as SiteCore;

describe('the factory list without JavaScript', () => {
  it('sorts by name as a reader scans: case and accents aside, numbers by value, then id', () => {
    const core = coreWith([
      card('F5', 'Factory 10'),
      card('F4', 'factory 2'),
      card('F3', 'Éclair Demo'),
      card('F2', 'Alpha Demo'),
      card('F1', 'alpha demo'),
      card('F6', 'Eclair Demo Knit'),
    ]);
    expect(factoriesByName(core).map((f) => f.id)).toEqual(['F1', 'F2', 'F3', 'F6', 'F4', 'F5']);
  });

  it('puts a fixed number of factories on each page, the rest on the last, and names every page by its first factory', () => {
    const many = Array.from({ length: 2 * LIST_PAGE_SIZE + 7 }, (_, i) =>
      card(`F${String(i).padStart(4, '0')}`, `Demo Factory ${i}`),
    );
    const core = coreWith(many);
    expect(listPageCount(core)).toBe(3);
    expect([1, 2, 3].map((page) => listPage(core, page).length)).toEqual([
      LIST_PAGE_SIZE,
      LIST_PAGE_SIZE,
      7,
    ]);
    expect(new Set([1, 2, 3].flatMap((page) => listPage(core, page))).size).toBe(many.length);
    expect(listPageGuide(core, 2).map((entry) => [entry.page, entry.first.name])).toEqual([
      [1, 'Demo Factory 0'],
      [2, `Demo Factory ${LIST_PAGE_SIZE}`],
      [3, `Demo Factory ${2 * LIST_PAGE_SIZE}`],
    ]);
  });

  it('guides a long list by runs of pages, the run being read page by page, so every page is two links away', () => {
    const pages = GUIDE_ALL_PAGES * 2 - 10;
    const many = Array.from({ length: pages * LIST_PAGE_SIZE - 3 }, (_, i) =>
      card(`F${String(i).padStart(6, '0')}`, `Demo Factory ${i}`),
    );
    const core = coreWith(many);
    expect(listPageCount(core)).toBe(pages);
    const run = Math.ceil(Math.sqrt(pages));
    const runs = Array.from({ length: Math.ceil(pages / run) }, (_, i) => [
      i * run + 1,
      Math.min((i + 1) * run, pages),
    ]);
    // Read from a page of the second run: the other runs whole, the second one page by page.
    const guide = listPageGuide(core, run + 2);
    expect(guide.map((entry) => [entry.page, entry.lastPage])).toEqual([
      runs[0],
      ...Array.from({ length: run }, (_, i) => [run + 1 + i, run + 1 + i]),
      ...runs.slice(2),
    ]);
    expect(guide.map((entry) => entry.first.name).slice(0, 3)).toEqual([
      'Demo Factory 0',
      `Demo Factory ${run * LIST_PAGE_SIZE}`,
      `Demo Factory ${(run + 1) * LIST_PAGE_SIZE}`,
    ]);
    expect(guide[0]?.last.name).toBe(`Demo Factory ${run * LIST_PAGE_SIZE - 1}`);
    expect(guide.at(-1)?.last.name).toBe(`Demo Factory ${many.length - 1}`);
    // From the first, a middle and the last page: every run's start, every page of its own run,
    // in page order, and no more than about twice √pages links.
    for (const current of [1, Math.ceil(pages / 2), pages]) {
      const named = listPageGuide(core, current).map((entry) => entry.page);
      const start = Math.floor((current - 1) / run) * run + 1;
      const own = Array.from({ length: Math.min(run, pages - start + 1) }, (_, i) => start + i);
      expect(named).toEqual(
        [...new Set([...runs.map(([from]) => from as number), ...own])].sort((a, b) => a - b),
      );
      expect(named.length).toBeLessThanOrEqual(2 * run);
    }
    // A short list names each page on its own.
    const short = listPageGuide(coreWith(many.slice(0, GUIDE_ALL_PAGES * LIST_PAGE_SIZE)), 3);
    expect(short.map((entry) => entry.page)).toEqual(
      Array.from({ length: GUIDE_ALL_PAGES }, (_, i) => i + 1),
    );
  });

  it('has one page even without factories, and the first page is /factories/ itself', () => {
    expect(listPageCount(coreWith([]))).toBe(1);
    expect(listPagePath(1)).toBe('/factories/');
    expect(listPagePath(2)).toBe('/factories/page/2/');
  });
});
