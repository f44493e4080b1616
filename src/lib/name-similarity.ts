/**
 * How alike two names are, as the name model compares them: word by word, with the words of the
 * trade weighted down, and letter by letter with spaces set aside, so that "Hung Wha" is close to
 * "Hung Wah" and "In Jae" to "Injae" while "Hung Yip" is not.
 */

/** Rows of the distance table, reused between calls (the matcher compares many short words). */
let rows: [Int32Array, Int32Array, Int32Array] = [
  new Int32Array(64),
  new Int32Array(64),
  new Int32Array(64),
];

/** The code points of a string, or its UTF-16 units when it has no surrogate pair. */
const units = (text: string): string | string[] =>
  /[\ud800-\udfff]/.test(text) ? [...text] : text;

/** Optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours. */
export function editDistance(a: string, b: string): number {
  const x = units(a);
  const y = units(b);
  const n = y.length;
  if (rows[0].length <= n)
    rows = [new Int32Array(n + 1), new Int32Array(n + 1), new Int32Array(n + 1)];
  let [before, previous, current] = rows;
  for (let j = 0; j <= n; j += 1) previous[j] = j;
  for (let i = 1; i <= x.length; i += 1) {
    current[0] = i;
    const xi = x[i - 1];
    for (let j = 1; j <= n; j += 1) {
      const cost = xi === y[j - 1] ? 0 : 1;
      let d = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && xi === y[j - 2] && x[i - 2] === y[j - 1]) {
        d = Math.min(d, before[j - 2]! + 1);
      }
      current[j] = d;
    }
    [before, previous, current] = [previous, current, before];
  }
  return previous[n]!;
}

/** Similarity of two strings: 1 − edit distance ÷ the longer length; `floor` skips hopeless pairs. */
export function textSimilarity(a: string, b: string, floor = 0): number {
  if (a === b) return 1;
  const la = units(a).length;
  const lb = units(b).length;
  const longer = Math.max(la, lb);
  if (longer === 0) return 1;
  // The distance is at least the difference in length; skip the table when that alone rules it out.
  const bound = 1 - Math.abs(la - lb) / longer;
  if (bound < floor) return bound;
  return 1 - editDistance(a, b) / longer;
}

/** Words this similar count as the same word with a typo ("bamobo", "bamboo": 0.83). */
export const SAME_WORD = 0.75;

/** Similarity of two words: 1 − edit distance ÷ the longer length. */
export const wordSimilarity = (a: string, b: string): number => textSimilarity(a, b, SAME_WORD);

/** A word and how much it counts: its length, less for words many factories share. */
export interface WeightedWord {
  text: string;
  weight: number;
}

/**
 * Similarity of two names given as weighted words, from 0 to 1: each word of the first is paired
 * with the most similar unpaired word of the second, if they are at least `SAME_WORD` alike; the
 * paired weight, times the pair's similarity, is counted against the weight of both names (a Dice
 * coefficient). Word order does not matter, a typo costs a little, a missing or extra word costs
 * its weight.
 */
export function weightedDice(a: readonly WeightedWord[], b: readonly WeightedWord[]): number {
  const total = a.reduce((s, w) => s + w.weight, 0) + b.reduce((s, w) => s + w.weight, 0);
  if (total === 0) return 1;
  const unpaired = new Set(b.keys());
  let shared = 0;
  for (const word of a) {
    let bestIndex = -1;
    let bestScore = SAME_WORD;
    for (const index of unpaired) {
      const score = wordSimilarity(word.text, b[index]?.text ?? '');
      if (score >= bestScore) {
        bestIndex = index;
        bestScore = score;
        if (score === 1) break;
      }
    }
    if (bestIndex !== -1) {
      unpaired.delete(bestIndex);
      shared += bestScore * Math.max(word.weight, b[bestIndex]?.weight ?? 0);
    }
  }
  return Math.min(1, (2 * shared) / total);
}

/** Similarity of two names given as words of equal weight (their letters). */
export function nameSimilarity(a: readonly string[], b: readonly string[]): number {
  const weigh = (words: readonly string[]) =>
    words.map((text) => ({ text, weight: [...text].length }));
  return weightedDice(weigh(a), weigh(b));
}
