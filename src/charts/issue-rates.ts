/**
 * Issue rates: for one cycle, the share of published factories non-compliant on each critical
 * requirement, as horizontal bars grouped by requirement group.
 */
import { scaleLinear } from 'd3';
import { requirementLabel, t, tOr, type Locale } from '../i18n';
import type { PublicCycle, PublicSite } from '../lib/public-site';
import { percentTicks } from './axes';
import { formatFactories, formatList, formatShare } from './format';
import { estimateTextWidth, wrapText } from './text';
import { CHART_WIDTH, FONT } from './theme';
import {
  noData,
  type ChartSize,
  type ChartTable,
  type NoData,
  type TextBlock,
  type Tick,
} from './types';

export interface IssueRatesItem {
  id: string;
  label: string;
  count: number;
}

export interface IssueRatesGroup {
  key: string;
  label: string;
  items: IssueRatesItem[];
}

export interface IssueRatesData {
  locale: Locale;
  cycleId: string;
  cycleLabel: string;
  /** Factories published on the critical issues in the cycle: the denominator of every bar. */
  published: number;
  groups: IssueRatesGroup[];
}

/** The cycle's counts, grouped in catalogue order of the groups' first requirement. */
export function issueRatesData(
  site: PublicSite,
  cycle: PublicCycle,
  locale: Locale,
): IssueRatesData {
  const requirements = new Map(site.requirements.map((r) => [r.id as string, r]));
  const groups = new Map<string, IssueRatesGroup>();
  for (const { id, count } of cycle.ciNonCompliantByRequirement) {
    const requirement = requirements.get(id);
    const key = requirement?.group ?? '';
    let group = groups.get(key);
    if (!group) {
      group = { key, label: key === '' ? '' : tOr(locale, `group.${key}`, key), items: [] };
      groups.set(key, group);
    }
    group.items.push({
      id,
      label: requirement ? requirementLabel(locale, requirement) : '',
      count,
    });
  }
  return {
    locale,
    cycleId: cycle.id,
    cycleLabel: cycle.label,
    published: cycle.ciPublished,
    groups: [...groups.values()],
  };
}

export interface IssueBar {
  id: string;
  count: number;
  share: number;
  label: TextBlock;
  x: number;
  y: number;
  width: number;
  height: number;
  value: TextBlock;
}

export interface IssueRatesLayout {
  kind: 'issue-rates';
  width: number;
  height: number;
  /** Left edge and width of the bars' scale. */
  plot: { x: number; width: number; top: number; bottom: number };
  ticks: Tick[];
  axisLabel: TextBlock;
  headings: TextBlock[];
  bars: IssueBar[];
}

const MARGIN = { top: 8, right: 8, bottom: 46, left: 14 };
const BAR_HEIGHT = 14;
const LINE = 16;
const ROW_GAP = 10;
const HEADING_HEIGHT = 28;
const GROUP_GAP = 10;

export const issueShare = (count: number, published: number) => count / published;

export function formatIssueValue(locale: Locale, count: number, published: number): string {
  return t(locale, 'chart.issueRates.value', {
    share: formatShare(locale, issueShare(count, published)),
    count,
  });
}

export function layoutIssueRates(
  data: IssueRatesData,
  size: ChartSize = { width: CHART_WIDTH },
): IssueRatesLayout | NoData {
  const { width } = size;
  const items = data.groups.flatMap((g) => g.items);
  if (items.length === 0) return noData('no-requirements', width);
  if (data.published <= 0) return noData('no-published-factories', width);

  const values = items.map((item) => formatIssueValue(data.locale, item.count, data.published));
  const valueWidth = Math.max(...values.map((v) => estimateTextWidth(v, FONT.body))) + 8;
  const plotX = MARGIN.left;
  const plotWidth = Math.max(40, width - MARGIN.left - MARGIN.right - valueWidth);
  const maxShare = Math.max(...items.map((item) => issueShare(item.count, data.published)));
  const x = scaleLinear()
    .domain([0, Math.min(1, Math.max(maxShare, 0.05))])
    .nice(5)
    .range([plotX, plotX + plotWidth]);

  const headings: TextBlock[] = [];
  const bars: IssueBar[] = [];
  let y = MARGIN.top;
  data.groups.forEach((group, groupIndex) => {
    if (groupIndex > 0) y += GROUP_GAP;
    if (group.label !== '') {
      headings.push({ x: plotX, y: y + 18, lines: [group.label], anchor: 'start' });
      y += HEADING_HEIGHT;
    }
    for (const item of group.items) {
      const share = issueShare(item.count, data.published);
      const text = item.label === '' ? item.id : `${item.id} ${item.label}`;
      const lines = wrapText(text, width - MARGIN.left - MARGIN.right, FONT.body);
      const barY = y + lines.length * LINE + 4;
      const barWidth = Math.max(0, x(share) - plotX);
      bars.push({
        id: item.id,
        count: item.count,
        share,
        label: { x: plotX, y: y + FONT.body, lines, anchor: 'start' },
        x: plotX,
        y: barY,
        width: barWidth,
        height: BAR_HEIGHT,
        value: {
          x: plotX + barWidth + 6,
          y: barY + BAR_HEIGHT / 2 + FONT.body * 0.35,
          lines: [formatIssueValue(data.locale, item.count, data.published)],
          anchor: 'start',
        },
      });
      y = barY + BAR_HEIGHT + ROW_GAP;
    }
  });
  const bottom = y;
  return {
    kind: 'issue-rates',
    width,
    height: bottom + MARGIN.bottom,
    plot: { x: plotX, width: plotWidth, top: MARGIN.top, bottom },
    ticks: percentTicks(x, 5, data.locale),
    axisLabel: {
      x: plotX,
      y: bottom + 38,
      lines: [t(data.locale, 'chart.issueRates.axis')],
      anchor: 'start',
    },
    headings,
    bars,
  };
}

export function issueRatesTable(data: IssueRatesData): ChartTable {
  const { locale } = data;
  return {
    columns: [
      t(locale, 'chart.col.group'),
      t(locale, 'chart.col.requirementId'),
      t(locale, 'chart.col.requirement'),
      t(locale, 'chart.col.nonCompliant'),
      t(locale, 'chart.col.published'),
      t(locale, 'chart.col.shareNonCompliant'),
    ],
    keys: [
      'group',
      'requirement_id',
      'requirement',
      'non_compliant',
      'published',
      'share_non_compliant',
    ],
    kinds: ['text', 'text', 'text', 'count', 'count', 'percent'],
    rowHeader: 1,
    rows: data.groups.flatMap((group) =>
      group.items.map((item) => [
        group.label,
        item.id,
        item.label,
        item.count,
        data.published,
        data.published > 0 ? issueShare(item.count, data.published) : '',
      ]),
    ),
  };
}

export function issueRatesTitle(data: IssueRatesData): string {
  return t(data.locale, 'chart.issueRates.title', { cycle: data.cycleLabel });
}

export function describeIssueRates(data: IssueRatesData): string {
  const { locale } = data;
  const cycle = data.cycleLabel;
  const items = data.groups.flatMap((g) => g.items);
  if (data.published <= 0 || items.length === 0) {
    return t(locale, 'chart.issueRates.descEmpty', { cycle });
  }
  const max = Math.max(...items.map((item) => item.count));
  const published = formatFactories(locale, data.published);
  if (max === 0) return t(locale, 'chart.issueRates.descNone', { cycle, published });
  const top = items.filter((item) => item.count === max);
  return t(locale, top.length === 1 ? 'chart.issueRates.desc.one' : 'chart.issueRates.desc.other', {
    cycle,
    published,
    value: formatIssueValue(locale, max, data.published),
    issues: formatList(
      locale,
      top.map((item) =>
        item.label === ''
          ? item.id
          : t(locale, 'chart.issueRates.issue', { id: item.id, label: item.label }),
      ),
    ),
  });
}
