import { describe, expect, it } from 'vitest';
import { wrapText } from '../../src/charts/text';
import { km } from '../../src/i18n/km';
import { zh } from '../../src/i18n/zh';

/**
 * Chart labels wrap Khmer and Chinese between words, as browsers do, never inside one: the lines
 * put back together are the text, and each line ends where the ICU dictionary ends a word.
 */
const words = new Intl.Segmenter('km', { granularity: 'word' });
const wordEnds = (text: string) =>
  new Set([...words.segment(text)].map(({ index, segment }) => index + segment.length));

describe('wrapping chart labels between words', () => {
  it.each([
    ['a Khmer compound stays whole', 'កូដកម្មដែលមិនបានបំពេញតាមលក្ខខណ្ឌច្បាប់', 'លក្ខខណ្ឌ'],
    ['a Khmer label from the glossary', 'បញ្ជីអនុលោមភាពទាប', 'អនុលោម'],
    ['Chinese', '未符合合法罢工要求的罢工', '罢工'],
  ])('%s', (_name, text, word) => {
    const lines = wrapText(text, 40, 13);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join('')).toBe(text);
    expect(lines.some((line) => line.includes(word))).toBe(true);
    const ends = wordEnds(text);
    let at = 0;
    for (const line of lines.slice(0, -1)) {
      at += line.length;
      expect(ends.has(at)).toBe(true);
    }
  });

  it('keeps punctuation with its word: a colon after, a bracket before', () => {
    const lines = wrapText('ក្នុងឆ្នាំ៖ បញ្ហា（93）不合规', 30, 13);
    expect(lines.every((line) => !/^[៖）。，]/.test(line))).toBe(true);
    expect(lines.every((line) => !/（$/.test(line))).toBe(true);
  });

  it('breaks a name at its spaces only, where its words fit a line', () => {
    const name = 'រោងចក្រ ម៉ាក់ណូលីយ៉ា ស្ព័រវែរ (ខេមបូឌា) 61.2%';
    const lines = wrapText(name, 110, 13, false, true);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ')).toBe(name);
    expect(lines.some((line) => line.includes('(ខេមបូឌា)'))).toBe(true);
    expect(lines.some((line) => line.includes('ម៉ាក់ណូលីយ៉ា'))).toBe(true);
    // A word wider than the line is still cut between syllables rather than overflow it.
    expect(wrapText('ម៉ាក់ណូលីយ៉ាម៉ាក់ណូលីយ៉ាម៉ាក់ណូលីយ៉ា', 60, 13, false, true).length).toBeGreaterThan(1);
  });

  it('still wraps Latin text at spaces only', () => {
    expect(wrapText('No child labour at all', 80, 13)).toEqual(['No child', 'labour at', 'all']);
  });

  it.each([
    ['km', km],
    ['zh', zh],
  ] as const)(
    'every %s interface string wrapped narrow puts back together whole',
    (_l, messages) => {
      for (const text of Object.values(messages)) {
        const unspaced = text.replaceAll(/\s+/g, '');
        expect(wrapText(text, 60, 13).join('').replaceAll(/\s+/g, '')).toBe(unspaced);
      }
    },
  );
});
