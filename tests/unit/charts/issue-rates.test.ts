import { describe, expect, it } from 'vitest';
import {
  describeIssueRates,
  issueRatesTable,
  layoutIssueRates,
  type IssueRatesData,
} from '../../../src/charts/issue-rates';
import { estimateTextWidth } from '../../../src/charts/text';
import { MIN_WIDTH } from '../../../src/charts/theme';

function data(published: number, groups: [string, [string, number][]][]): IssueRatesData {
  return {
    locale: 'en',
    cycleId: '2023',
    cycleLabel: 'Year 2023',
    published,
    groups: groups.map(([key, items]) => ({
      key,
      label: key,
      items: items.map(([id, count]) => ({ id, label: `Label of ${id}`, count })),
    })),
  };
}

const sample = data(40, [
  [
    'Rights',
    [
      ['CI01', 4],
      ['CI02', 0],
      ['CI03', 10],
    ],
  ],
  ['Safety', [['CI14', 2]]],
]);

function layout(input: IssueRatesData) {
  const result = layoutIssueRates(input);
  if (result.kind !== 'issue-rates') throw new Error(`no chart: ${result.reason}`);
  return result;
}

describe('issue-rates layout', () => {
  it('bars are proportional to the share of published factories', () => {
    const { bars } = layout(sample);
    const unit = (bars.find((b) => b.id === 'CI03')?.length ?? 0) / 0.25;
    expect(unit).toBeGreaterThan(0);
    for (const bar of bars) expect(bar.length).toBeCloseTo(bar.share * unit, 6);
  });

  it.each([
    ['CI01', 0.1, '10.0% (4)'],
    ['CI02', 0, '0.0% (0)'],
    ['CI03', 0.25, '25.0% (10)'],
    ['CI14', 0.05, '5.0% (2)'],
  ])('%s: share %d, labelled "%s", leading to its requirement', (id, share, text) => {
    const bar = layout(sample).bars.find((b) => b.id === id);
    expect(bar?.share).toBe(share);
    expect(bar?.value.text).toBe(text);
    expect(bar?.label.lines.join(' ')).toBe(`${id} Label of ${id}`);
    expect(bar?.href).toBe(`/requirements/${id.toLowerCase()}/`);
  });

  it('a bar leads to the requirement page in the chart’s language', () => {
    expect(layout({ ...sample, locale: 'km' }).bars[0]?.href).toBe('/km/requirements/ci01/');
  });

  it('the longest bar takes the plot, its value the right margin', () => {
    const result = layout(data(10, [['G', [['CI01', 10]]]]));
    expect(result.bars[0]?.length).toBeCloseTo(1, 6);
    expect(estimateTextWidth(result.bars[0]?.value.text ?? '', 13) + 6).toBeLessThanOrEqual(
      result.margins.right,
    );
  });

  it('labels wrap to fit the narrowest chart', () => {
    const long = data(10, [['G', [['CI01', 1]]]]);
    const item = long.groups[0]?.items[0];
    if (item)
      item.label = 'Emergency exit doors are unblocked and unlocked during all working hours';
    const bar = layout(long).bars[0];
    expect(bar?.label.lines.length).toBeGreaterThan(1);
    for (const line of bar?.label.lines ?? []) {
      expect(estimateTextWidth(line, 13)).toBeLessThanOrEqual(MIN_WIDTH);
    }
  });

  it('the scale runs from 0 at the start of the bars to the end of the plot', () => {
    const result = layout(sample);
    expect(result.ticks[0]).toMatchObject({ at: 0, label: '0%' });
    expect(result.ticks.at(-1)?.at).toBeCloseTo(1, 6);
  });

  it('rows go down the chart, one heading per group, in order', () => {
    const result = layout(sample);
    expect(result.headings.map((h) => h.lines[0])).toEqual(['Rights', 'Safety']);
    const ys = result.bars.map((b) => b.y);
    expect([...ys].sort((a, b) => a - b)).toEqual(ys);
    expect(result.plotHeight).toBeGreaterThan(ys.at(-1) ?? 0);
  });

  it.each([
    {
      name: 'no published factory',
      input: data(0, [['G', [['CI01', 0]]]]),
      reason: 'no-published-factories',
    },
    { name: 'no requirement', input: data(12, []), reason: 'no-requirements' },
  ])('$name gives a typed no-data result', ({ input, reason }) => {
    expect(layoutIssueRates(input)).toMatchObject({ kind: 'no-data', reason });
  });

  it.each([
    [
      'all zero',
      data(5, [
        [
          'G',
          [
            ['CI01', 0],
            ['CI02', 0],
          ],
        ],
      ]),
    ],
    ['one factory, one requirement', data(1, [['G', [['CI01', 1]]]])],
  ])('%s: no NaN in any coordinate', (_name, input) => {
    expect(JSON.stringify(layoutIssueRates(input))).not.toMatch(/NaN|null|Infinity/);
  });
});

describe('issue-rates table and takeaway', () => {
  it('the table has one row per requirement with count, denominator and share', () => {
    const table = issueRatesTable(sample);
    expect(table.keys).toEqual([
      'group',
      'requirement_id',
      'requirement',
      'non_compliant',
      'published',
      'share_non_compliant',
    ]);
    expect(table.rows).toEqual([
      ['Rights', 'CI01', 'Label of CI01', 4, 40, 0.1],
      ['Rights', 'CI02', 'Label of CI02', 0, 40, 0],
      ['Rights', 'CI03', 'Label of CI03', 10, 40, 0.25],
      ['Safety', 'CI14', 'Label of CI14', 2, 40, 0.05],
    ]);
    expect(table.kinds).toHaveLength(table.columns.length);
  });

  it.each([
    [
      sample,
      'In Year 2023, the most common critical issue was CI03 “Label of CI03”: 25.0% (10) of the 40 factories published were non-compliant.',
    ],
    [
      data(8, [
        [
          'G',
          [
            ['CI01', 2],
            ['CI02', 2],
          ],
        ],
      ]),
      'In Year 2023, the most common critical issues were CI01 “Label of CI01” and CI02 “Label of CI02”: 25.0% (2) of the 8 factories published were non-compliant on each.',
    ],
    [
      data(1, [['G', [['CI01', 0]]]]),
      'In Year 2023, none of the 1 factory published was non-compliant on any critical issue.',
    ],
    [
      data(0, [['G', [['CI01', 0]]]]),
      'No factory was published on the critical issues in Year 2023.',
    ],
  ])('takeaway %#', (input, sentence) => {
    expect(describeIssueRates(input)).toBe(sentence);
  });
});
