/**
 * The low-compliance list: factories whose compliance rate is strictly below
 * mean − k·sd of the eligible population (population standard deviation).
 *
 * The published mean, sd and threshold are floating-point numbers, but whether a factory is
 * listed is decided in exact rational arithmetic: rates are fractions C/(C+NC), so the test
 * `r < mean − k·sd` can be rearranged into integers. Rounding can then never name a factory
 * (for instance when every factory has the same rate and the float sd comes out as 1e-17).
 */

export interface Ratio {
  /** Requirements found compliant. */
  compliant: number;
  /** Requirements found compliant or non-compliant (NA and not assessed count in neither). */
  assessed: number;
}

/** A non-negative decimal multiplier kept as an exact fraction as well as a number. */
export interface SdMultiplier {
  value: number;
  numerator: bigint;
  denominator: bigint;
  text: string;
}

export function parseSdMultiplier(text: string): SdMultiplier | undefined {
  const match = /^(\d+)(?:\.(\d+))?$/.exec(text.trim());
  if (!match) return undefined;
  const decimals = match[2] ?? '';
  return {
    value: Number(text),
    numerator: BigInt(`${match[1]}${decimals}`),
    denominator: 10n ** BigInt(decimals.length),
    text: text.trim(),
  };
}

export function rateOf(ratio: Ratio): number {
  return ratio.compliant / ratio.assessed;
}

export interface PopulationStats {
  mean: number;
  sd: number;
  threshold: number;
}

/** Mean and population standard deviation (divide by N) of the rates; undefined when empty. */
export function describePopulation(
  ratios: readonly Ratio[],
  k: SdMultiplier,
): PopulationStats | undefined {
  if (ratios.length === 0) return undefined;
  const rates = ratios.map(rateOf);
  const mean = rates.reduce((sum, r) => sum + r, 0) / rates.length;
  const variance = rates.reduce((sum, r) => sum + (r - mean) ** 2, 0) / rates.length;
  const sd = Math.sqrt(variance);
  return { mean, sd, threshold: mean - k.value * sd };
}

/**
 * For each ratio, whether it is strictly below mean − k·sd, decided exactly.
 * With every rate written a_i / L over a common denominator L, S = Σa_i and Q = N·Σa_i² − S²:
 * r_j < mean − k·sd  ⇔  S − N·a_j > k·√Q  ⇔  S − N·a_j > 0 and q²(S − N·a_j)² > p²·Q for k = p/q.
 */
export function selectBelowThreshold(ratios: readonly Ratio[], k: SdMultiplier): boolean[] {
  if (ratios.length === 0) return [];
  const common = ratios.reduce((l, r) => lcm(l, BigInt(r.assessed)), 1n);
  const scaled = ratios.map((r) => BigInt(r.compliant) * (common / BigInt(r.assessed)));
  const n = BigInt(ratios.length);
  const sum = scaled.reduce((s, a) => s + a, 0n);
  const sumSquares = scaled.reduce((s, a) => s + a * a, 0n);
  const spread = n * sumSquares - sum * sum;
  const right = k.numerator * k.numerator * spread;
  const denominatorSquared = k.denominator * k.denominator;
  return scaled.map((a) => {
    const gap = sum - n * a;
    return gap > 0n && denominatorSquared * gap * gap > right;
  });
}

function gcd(a: bigint, b: bigint): bigint {
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}

function lcm(a: bigint, b: bigint): bigint {
  return (a / gcd(a, b)) * b;
}

/** The ratio as a decimal with `places` digits, rounded half up on the exact fraction. */
export function formatRatio(ratio: Ratio, places = 6): string {
  const scale = 10n ** BigInt(places);
  const c = BigInt(ratio.compliant);
  const d = BigInt(ratio.assessed);
  const scaled = (2n * c * scale + d) / (2n * d);
  const whole = scaled / scale;
  const fraction = (scaled % scale).toString().padStart(places, '0');
  return `${whole}.${fraction}`;
}
