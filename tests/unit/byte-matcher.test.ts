import { describe, expect, it } from 'vitest';
import { ByteMatcher, type Hit } from '../../scripts/lib/byte-matcher';

const bytes = (text: string) => new TextEncoder().encode(text);
const found = (patterns: string[], text: string) =>
  new ByteMatcher(patterns)
    .find(bytes(text))
    .map((hit) => patterns[hit.pattern])
    .sort();

describe('the multi-string matcher', () => {
  it.each([
    ['finds a string', ['Harbor Demo Bags'], 'at Harbor Demo Bags.', ['Harbor Demo Bags']],
    ['ignores ASCII case', ['Harbor Demo Bags'], 'HARBOR demo bags', ['Harbor Demo Bags']],
    [
      'finds overlapping strings',
      ['Demo Bags', 'Harbor Demo'],
      'Harbor Demo Bags',
      ['Demo Bags', 'Harbor Demo'],
    ],
    [
      'finds a string inside another found string',
      ['Demo', 'Harbor Demo Bags'],
      'Harbor Demo Bags',
      ['Demo', 'Harbor Demo Bags'],
    ],
    [
      'finds Khmer and Chinese text',
      ['ឡូតុស', '莲花示范'],
      'x ឡូតុស y 莲花示范制衣',
      ['ឡូតុស', '莲花示范'],
    ],
    ['finds a token in a path', ['KH-006'], '/factories/KH-006/index.html', ['KH-006']],
    ['finds a token after a URL escape', ['KH-006'], 'q=x%2FKH-006%2F', ['KH-006']],
    ['finds a token after a JSON escape', ['KH-006'], '"a\\nKH-006"', ['KH-006']],
    [
      'does not find a token inside a longer id',
      ['KH-006'],
      'KH-0061 KH-006-2 xKH-006 KH-006_a',
      [],
    ],
    ['finds a token at the very start and end', ['KH-006'], 'KH-006', ['KH-006']],
    ['does not require boundaries beside non-word ends', ['(Demo)'], 'x(Demo)y', ['(Demo)']],
    [
      'finds nothing in unrelated text',
      ['Harbor Demo Bags', 'KH-006'],
      'Lotus Demo Apparel KH-001',
      [],
    ],
  ])('%s', (_rule, patterns, text, expected) => {
    expect(found(patterns, text)).toEqual(expected);
  });

  it('reports where each match starts', () => {
    expect(new ByteMatcher(['Bags']).find(bytes('Demo Bags, Bags'))).toEqual([
      { pattern: 0, start: 5 },
      { pattern: 0, start: 11 },
    ]);
  });

  it('reports the first of patterns that differ only in ASCII case', () => {
    expect(new ByteMatcher(['x', 'BAGS', 'Bags', 'bags']).find(bytes('Demo bags'))).toEqual([
      { pattern: 1, start: 5 },
    ]);
  });

  it('finds patterns that extend one another, whatever their order in the list', () => {
    const patterns = ['Demo Bags Ltd', 'Demo', 'Demo Bags', 'Dem', 'Bags Ltd', 'Demo Bag'];
    expect(found(patterns, 'Demo Bags Ltd')).toEqual(
      ['Bags Ltd', 'Demo', 'Demo Bags', 'Demo Bags Ltd'].sort(),
    );
  });

  /** A seeded generator, so a failure is reproducible. */
  function random(seed: number) {
    let state = seed >>> 0;
    return (n: number) => {
      state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
      return state % n;
    };
  }

  /** Every start of a pattern in a text by brute force, with the same token rule. */
  function naive(patterns: string[], text: string): Hit[] {
    const word = /[A-Za-z0-9_-]/;
    const lower = text.toLowerCase();
    const hits: Hit[] = [];
    patterns.forEach((pattern, index) => {
      const p = pattern.toLowerCase();
      for (let at = lower.indexOf(p); at >= 0; at = lower.indexOf(p, at + 1)) {
        const before = text[at - 1];
        const after = text[at + p.length];
        if (word.test(p[0] ?? '') && before !== undefined && word.test(before)) continue;
        if (word.test(p.at(-1) ?? '') && after !== undefined && word.test(after)) continue;
        hits.push({ pattern: index, start: at });
      }
    });
    return hits.sort((a, b) => a.start - b.start || a.pattern - b.pattern);
  }

  it.each([1, 2, 3, 4, 5, 6, 7, 8])(
    'agrees with a brute-force search on random text fed in random chunks (seed %i)',
    (seed) => {
      const next = random(seed);
      const alphabet = 'ab-A B.c';
      const word = (n: number) =>
        Array.from({ length: n }, () => alphabet[next(alphabet.length)]).join('');
      const patterns = [...new Set(Array.from({ length: 12 }, () => word(1 + next(4))))];
      const text = word(400);
      const matcher = new ByteMatcher(patterns, seed % 2 === 0 ? 1 << 24 : 16);
      const stream = matcher.scan();
      const data = bytes(text);
      const hits: Hit[] = [];
      for (let at = 0; at < data.length;) {
        const size = 1 + next(7);
        hits.push(...stream.push(data.subarray(at, at + size)));
        at += size;
      }
      hits.push(...stream.end());
      hits.sort((a, b) => a.start - b.start || a.pattern - b.pattern);
      expect(hits).toEqual(naive(patterns, text));
    },
  );
});
