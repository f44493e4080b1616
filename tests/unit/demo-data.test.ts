import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateCycles, MAX_CYCLES } from '../../scripts/demo/cycles';
import { formatDay } from '../../scripts/demo/dates';
import { generateDemoFiles, type DemoOptions } from '../../scripts/demo/demo-dataset';
import { createRng } from '../../scripts/demo/random';
import { readDataFolder } from '../../scripts/lib/data-folder';
import type { IsoDate } from '../../src/lib/ids';
import { loadDataset } from '../../src/lib/load-dataset';
import { scoreDataset } from '../../src/lib/score';

const DATA = resolve(import.meta.dirname, '../../data');

function generate(options: DemoOptions): Map<string, Uint8Array> {
  const encoder = new TextEncoder();
  return new Map(
    [...generateDemoFiles(options)].map((file) => [file.path, encoder.encode(file.content)]),
  );
}

describe('the committed demo dataset', () => {
  const { dataset, problems } = loadDataset(readDataFolder(DATA));

  it('validates with no errors and says it is fictional', () => {
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(dataset?.meta.demo).toBe(true);
  });

  it('is exactly what the generator makes with its default options', () => {
    for (const file of generateDemoFiles({ seed: 2014, factories: 600, cycles: 14 })) {
      expect(readFileSync(join(DATA, file.path), 'utf8'), file.path).toBe(file.content);
    }
  });

  it('has 21 critical and 31 key requirements, each labelled in three languages', () => {
    const requirements = dataset?.requirements ?? [];
    expect(requirements.filter((r) => r.track === 'critical')).toHaveLength(21);
    expect(requirements.filter((r) => r.track === 'key')).toHaveLength(31);
    expect(requirements.every((r) => r.labelKm && r.labelZh)).toBe(true);
  });

  it('names only fictional factories: every English name says "Demo"', () => {
    const names = (dataset?.factories ?? []).flatMap((f) => [f.name, ...f.aliases]);
    expect(names.filter((name) => !name.includes('Demo'))).toEqual([]);
  });

  it("reproduces BFC's published ranges in every cycle (data/README.md)", () => {
    if (dataset === undefined) throw new Error('demo data invalid');
    const scores = scoreDataset(dataset);
    for (const cycle of scores.cycles) {
      const published = scores.factoryCycles.filter(
        (r) => r.cycleId === cycle.cycle.id && r.ciPublished,
      );
      const violations = published.reduce((sum, r) => sum + r.ciNonCompliant.length, 0);
      const label = cycle.cycle.id;
      expect(cycle.ciFullyCompliant / cycle.ciPublished, label).toBeGreaterThanOrEqual(0.3);
      expect(cycle.ciFullyCompliant / cycle.ciPublished, label).toBeLessThanOrEqual(0.55);
      expect(violations / cycle.ciPublished, label).toBeLessThan(1.5);
      expect(cycle.lowCompliance.length / cycle.lcPopulation, label).toBeGreaterThan(0);
      expect(cycle.lowCompliance.length / cycle.lcPopulation, label).toBeLessThan(0.08);
    }
    const closed = dataset.factories.filter((f) => f.status === 'closed').length;
    expect(closed / dataset.factories.length).toBeCloseTo(0.2, 1);
  });
});

describe('the demo generator', () => {
  it('gives the same bytes for the same options and different data for another seed', () => {
    const options = { seed: 7, factories: 60, cycles: 5 };
    const a = [...generateDemoFiles(options)].map((f) => f.content);
    const b = [...generateDemoFiles(options)].map((f) => f.content);
    const c = [...generateDemoFiles({ ...options, seed: 8 })].map((f) => f.content);
    expect(a).toEqual(b);
    expect(c).not.toEqual(a);
  });

  it.each([
    { seed: 1, factories: 1, cycles: 1 },
    { seed: 2, factories: 40, cycles: 3 },
    { seed: 3, factories: 250, cycles: 20 },
  ])('makes a dataset without errors for %o', (options) => {
    // Twenty generated cycles from 2014 run to 2029: built as on a day after the last one.
    const { problems } = loadDataset(generate(options), { buildDate: '2030-12-31' as IsoDate });
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
  });

  it.each([1, 14, 20, MAX_CYCLES])(
    'with %i cycles, ends its last cycle in 2023 and starts no earlier than 1990',
    (count) => {
      const cycles = generateCycles(count, createRng(1, 'cycles'));
      expect(cycles).toHaveLength(count);
      expect(formatDay(cycles[0]!.start) >= '1990-01-01').toBe(true);
      const last = formatDay(cycles.at(-1)!.end);
      expect(count >= 14 ? last === '2023-12-31' : last <= '2023-12-31').toBe(true);
    },
  );
});
