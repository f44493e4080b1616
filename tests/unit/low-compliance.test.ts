import { describe, expect, it } from 'vitest';
import {
  describePopulation,
  formatRatio,
  parseSdMultiplier,
  selectBelowThreshold,
  type SdMultiplier,
} from '../../src/lib/low-compliance';

const k = (text: string) => parseSdMultiplier(text) as SdMultiplier;
const ratios = (...pairs: Array<[number, number]>) =>
  pairs.map(([compliant, assessed]) => ({ compliant, assessed }));

describe('formatRatio', () => {
  it.each<[number, number, string]>([
    [25, 27, '0.925926'],
    [14, 27, '0.518519'],
    [1, 1, '1.000000'],
    [0, 5, '0.000000'],
    [1, 3, '0.333333'],
    [2, 3, '0.666667'],
    // 1/128 = 0.0078125 exactly: half rounds up.
    [1, 128, '0.007813'],
  ])('%i/%i is %s', (c, d, text) => {
    expect(formatRatio({ compliant: c, assessed: d })).toBe(text);
  });
});

describe('parseSdMultiplier', () => {
  it.each(['2', '1.5', '0', ' 3 ', '2.50'])('accepts %j', (text) => {
    expect(parseSdMultiplier(text)?.value).toBe(Number(text));
  });
  it.each(['-1', 'two', '', '1e2', '.5', '2.'])('refuses %j', (text) => {
    expect(parseSdMultiplier(text)).toBeUndefined();
  });
});

describe('selectBelowThreshold', () => {
  it('agrees with the float rule away from ties', () => {
    const population = ratios([27, 27], [26, 27], [25, 27], [27, 27], [14, 27], [26, 27]);
    const stats = describePopulation(population, k('2'));
    const floatRule = population.map((r) => r.compliant / r.assessed < (stats?.threshold ?? 0));
    expect(selectBelowThreshold(population, k('2'))).toEqual(floatRule);
    expect(floatRule).toEqual([false, false, false, false, true, false]);
  });

  it("mixes denominators exactly (NA items shrink a factory's denominator)", () => {
    const population = ratios([9, 10], [18, 20], [27, 30], [1, 3]);
    expect(selectBelowThreshold(population, k('1'))).toEqual([false, false, false, true]);
  });

  it('never lists anyone when every rate is equal, where floats would list them all', () => {
    const population = ratios([1, 10], [1, 10], [1, 10]);
    // In floats the mean of three 0.1s is 0.10000000000000002, above each rate.
    const stats = describePopulation(population, k('0'));
    expect(population.map((r) => r.compliant / r.assessed < (stats?.threshold ?? 0))).toEqual([
      true,
      true,
      true,
    ]);
    expect(selectBelowThreshold(population, k('0'))).toEqual([false, false, false]);
  });

  it('with k = 0 lists exactly those below the mean', () => {
    expect(selectBelowThreshold(ratios([1, 2], [1, 1], [3, 4]), k('0'))).toEqual([
      true,
      false,
      false,
    ]);
  });

  it('gives an empty list for an empty population', () => {
    expect(selectBelowThreshold([], k('2'))).toEqual([]);
    expect(describePopulation([], k('2'))).toBeUndefined();
  });
});
