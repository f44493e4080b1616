import { describe, expect, it } from 'vitest';
import type { PublicSite, PublicStrike } from '../../src/lib/public-site';
import { strikesPage } from '../../src/site/strikes-page';

const strike = (
  id: string,
  cycle: string | null,
  union: string,
  legal: boolean,
  startDate: string,
): PublicStrike =>
  ({
    id,
    factoryId: null,
    union,
    federation: union === 'Union A' ? 'Federation 1' : null,
    startDate,
    endDate: null,
    workersInvolved: null,
    legal,
    requirementsMissed: legal ? [] : ['notice'],
    summary: null,
    summaryLanguage: null,
    cycle,
  }) as unknown as PublicStrike;

const cycles = ['2021', '2022', '2023'].map((id) => ({ id })) as unknown as PublicSite['cycles'];
/** In the snapshot's order: by start date. */
const strikes = [
  strike('S3', null, 'Union C', false, '2020-01-15'),
  strike('S1', '2021', 'Union A', false, '2021-03-01'),
  strike('S2', '2021', 'Union B', true, '2021-05-01'),
  strike('S4', '2023', 'Union A', true, '2023-02-01'),
  strike('S5', '2023', 'Union B', false, '2023-06-01'),
  strike('S6', null, 'Union A', true, '2024-02-01'),
];
const page = strikesPage({ cycles, strikes });

describe('/strikes/: every strike is on the page or one link away', () => {
  it('each cycle counts its own strikes, newest cycle first, and a cycle without one says 0', () => {
    expect(page.cycles.map((row) => [row.cycle.id, row.all, row.notLegal])).toEqual([
      ['2023', 2, 1],
      ['2022', 0, 0],
      ['2021', 2, 1],
    ]);
  });

  it('the latest cycle’s strikes are listed in full, newest first', () => {
    expect(page.latest?.id).toBe('2023');
    expect(page.latestStrikes.map((s) => s.id)).toEqual(['S5', 'S4']);
  });

  it('a strike that started outside every cycle’s period, in no report, is listed in full', () => {
    expect(page.outside.map((s) => s.id)).toEqual(['S6', 'S3']);
  });

  it('no strike is lost: the cycles’ counts and the list outside them add up to every strike', () => {
    const counted = page.cycles.reduce((sum, row) => sum + row.all, 0) + page.outside.length;
    expect(counted).toBe(strikes.length);
  });

  it('every union keeps its row, the most strikes outside the rules first', () => {
    expect(
      page.byUnion.map((row) => [row.union, row.strikes.length, row.all, row.federation]),
    ).toEqual([
      ['Union A', 1, 3, 'Federation 1'],
      ['Union B', 1, 2, null],
      ['Union C', 1, 1, null],
    ]);
  });

  it('a strike whose cycle has no report is listed with those outside every period', () => {
    const empty = strikesPage({ cycles: [] as unknown as PublicSite['cycles'], strikes });
    expect(empty.latest).toBeUndefined();
    expect(empty.latestStrikes).toEqual([]);
    expect(empty.outside.map((s) => s.id)).toEqual(['S6', 'S5', 'S4', 'S2', 'S1', 'S3']);
  });
});
