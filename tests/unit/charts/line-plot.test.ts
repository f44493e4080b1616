import { describe, expect, it } from 'vitest';
import { pathInPixels, plotPaths, segmentsOf, segmentsPath } from '../../../src/charts/line-plot';

describe('lines across the plot', () => {
  const points = [
    { x: 0.1, y: 20 },
    { x: 0.2, y: 40 },
    null,
    { x: 0.4, y: 60 },
    { x: 0.5, y: 80 },
    { x: 0.6, y: 70.125 },
  ];

  it('a missing point starts a new stroke; neighbours share one', () => {
    expect(segmentsPath(segmentsOf(points))).toBe('M10 20L20 40M40 60L50 80L60 70.13');
  });

  it('a lone point draws nothing', () => {
    expect(segmentsPath(segmentsOf([{ x: 0.5, y: 10 }, null]))).toBe('');
    expect(plotPaths(220, { d: '', attrs: { stroke: 'red' } })).toBe('');
  });

  it('paths sit in a plot-sized box stretched to 100 units, with strokes that keep their width', () => {
    const svg = plotPaths(220, { d: 'M0 10H100', attrs: { stroke: 'red' } }, { d: '', attrs: {} });
    expect(svg).toBe(
      '<svg viewBox="0 0 100 220" preserveAspectRatio="none" overflow="visible" fill="none">' +
        '<path d="M0 10H100" vector-effect="non-scaling-stroke" stroke="red"/></svg>',
    );
  });

  it('in pixels for a file: x scaled to the plot width, y and vertical moves kept', () => {
    expect(pathInPixels('M10 20L20 40M40 60L50 80', 600)).toBe('M60 20L120 40M240 60L300 80');
    expect(pathInPixels('M0 220H100M7.69 220v6M15.4 220v6', 500)).toBe(
      'M0 220H500M38.45 220v6M77 220v6',
    );
    expect(pathInPixels('M0 1h50l10 5', 200)).toBe('M0 1h100l20 5');
  });
});
