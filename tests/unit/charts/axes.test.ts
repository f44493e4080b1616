import { scaleLinear } from 'd3';
import { describe, expect, it } from 'vitest';
import { dodgeLabels, percentTicks } from '../../../src/charts/axes';
import { estimateTextWidth, wrapText } from '../../../src/charts/text';

describe('dodgeLabels: labels move apart but stay in bounds', () => {
  it('labels far apart stay where they are', () => {
    expect(
      dodgeLabels(
        [
          { y: 50, height: 10 },
          { y: 100, height: 10 },
        ],
        0,
        200,
      ),
    ).toEqual([50, 100]);
  });

  it.each([
    {
      name: 'two at the same place',
      items: [
        { y: 100, height: 16 },
        { y: 100, height: 16 },
      ],
    },
    {
      name: 'three overlapping',
      items: [
        { y: 90, height: 16 },
        { y: 95, height: 30 },
        { y: 92, height: 16 },
      ],
    },
    {
      name: 'crowded at the bottom edge',
      items: [
        { y: 199, height: 16 },
        { y: 198, height: 16 },
      ],
    },
    {
      name: 'crowded at the top edge',
      items: [
        { y: 0, height: 16 },
        { y: 2, height: 16 },
      ],
    },
  ])('$name: no overlap, inside [0, 200]', ({ items }) => {
    const centres = dodgeLabels(items, 0, 200);
    const boxes = items
      .map((item, i) => ({
        top: (centres[i] ?? 0) - item.height / 2,
        bottom: (centres[i] ?? 0) + item.height / 2,
      }))
      .sort((a, b) => a.top - b.top);
    for (const box of boxes) {
      expect(box.top).toBeGreaterThanOrEqual(0);
      expect(box.bottom).toBeLessThanOrEqual(200);
    }
    for (let i = 1; i < boxes.length; i++) {
      expect(boxes[i]?.top).toBeGreaterThanOrEqual((boxes[i - 1]?.bottom ?? 0) - 1e-9);
    }
  });
});

describe('percentTicks', () => {
  it('labels shares as percentages and places them on the scale', () => {
    const scale = scaleLinear().domain([0, 1]).range([300, 0]);
    const ticks = percentTicks(scale, 5, 'en');
    expect(ticks.map((tick) => tick.label)).toEqual(['0%', '20%', '40%', '60%', '80%', '100%']);
    expect(ticks[0]?.at).toBe(300);
    expect(ticks.at(-1)?.at).toBe(0);
  });

  it('uses a decimal when the step is below one percentage point', () => {
    const scale = scaleLinear().domain([0, 0.03]).range([0, 100]);
    expect(percentTicks(scale, 5, 'en').map((tick) => tick.label)).toContain('0.5%');
  });
});

describe('wrapText', () => {
  it.each([
    'No discrimination against workers based on union membership',
    'Bonuses, allowances, leaves count entire employment period',
    'short',
  ])('every line of "%s" fits in 160 units', (text) => {
    const lines = wrapText(text, 160, 13);
    expect(lines.join(' ')).toBe(text);
    for (const line of lines) {
      if (line.includes(' ')) expect(estimateTextWidth(line, 13)).toBeLessThanOrEqual(160);
    }
  });

  it('empty text gives one empty line', () => {
    expect(wrapText('', 100, 13)).toEqual(['']);
  });
});
