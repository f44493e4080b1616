/**
 * Issue rates: for one cycle, the share of published factories non-compliant on each critical
 * requirement, as horizontal bars grouped by requirement group.
 */
import { scaleLinear } from 'd3';
import { cycleLabel, requirementLabel, t, tOr, type Locale } from '../i18n';
import { localePath } from '../i18n/locales';
import type { PublicCycle, PublicSite } from '../lib/public-site';
import { percentTicks } from './axes';
import { thinTicks, type Margins } from './fluid';
import { formatFactories, formatList, formatShare } from './format';
import { estimateTextWidth, wrapText } from './text';
import { FONT, MIN_WIDTH } from './theme';
import { noData, type ChartTable, type NoData, type TextBlock, type Tick } from './types';

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
    cycleLabel: cycleLabel(locale, cycle),
    published: cycle.ciPublished,
    groups: [...groups.values()],
  };
}

export interface IssueBar {
  id: string;
  count: number;
  share: number;
  /** Where the bar leads: the requirement's page. */
  href: string;
  label: TextBlock;
  /** Top of the bar, from the top of the plot. */
  y: number;
  /** Length across the plot, 0 to 1. */
  length: number;
  height: number;
  value: { y: number; text: string };
}

export interface IssueRatesLayout {
  kind: 'issue-rates';
  margins: Margins;
  plotHeight: number;
  /** Ticks across the plot (at: 0 to 1). */
  ticks: (Tick & { className: string | undefined })[];
  axisLabel: string;
  headings: TextBlock[];
  bars: IssueBar[];
}

const TOP = 4;
const BOTTOM = 46;
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

/**
 * One row per requirement: its label above its bar, which runs across the plot with the value
 * at its end. Labels wrap to the narrowest chart, so the layout holds at every width.
 */
export function layoutIssueRates(data: IssueRatesData): IssueRatesLayout | NoData {
  const items = data.groups.flatMap((g) => g.items);
  if (items.length === 0) return noData('no-requirements');
  if (data.published <= 0) return noData('no-published-factories');

  const values = items.map((item) => formatIssueValue(data.locale, item.count, data.published));
  const right = Math.max(...values.map((v) => estimateTextWidth(v, FONT.body, true))) + 10;
  const maxShare = Math.max(...items.map((item) => issueShare(item.count, data.published)));
  const x = scaleLinear()
    .domain([0, Math.min(1, Math.max(maxShare, 0.05))])
    .nice(5)
    .range([0, 1]);
  const wrapAt = MIN_WIDTH - 4;

  const headings: TextBlock[] = [];
  const bars: IssueBar[] = [];
  let y = 0;
  data.groups.forEach((group, groupIndex) => {
    if (groupIndex > 0) y += GROUP_GAP;
    if (group.label !== '') {
      headings.push({
        x: 0,
        y: y + 18,
        lines: wrapText(group.label, wrapAt, FONT.heading),
        anchor: 'start',
      });
      y += HEADING_HEIGHT + ((headings.at(-1)?.lines.length ?? 1) - 1) * LINE;
    }
    for (const item of group.items) {
      const share = issueShare(item.count, data.published);
      const label = item.label === '' ? item.id : `${item.id} ${item.label}`;
      const lines = wrapText(label, wrapAt, FONT.body);
      const barY = y + lines.length * LINE + 4;
      bars.push({
        id: item.id,
        count: item.count,
        share,
        href: localePath(data.locale, `/requirements/${item.id.toLowerCase()}/`),
        label: { x: 0, y: y + FONT.body, lines, anchor: 'start' },
        y: barY,
        length: Math.max(0, x(share)),
        height: BAR_HEIGHT,
        value: {
          y: barY + BAR_HEIGHT / 2 + FONT.body * 0.35,
          text: formatIssueValue(data.locale, item.count, data.published),
        },
      });
      y = barY + BAR_HEIGHT + ROW_GAP;
    }
  });
  return {
    kind: 'issue-rates',
    margins: { top: TOP, right, bottom: BOTTOM, left: 0 },
    plotHeight: y,
    ticks: thinTicks(percentTicks(x, 5, data.locale), right + 16),
    axisLabel: t(data.locale, 'chart.issueRates.axis'),
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
    links: data.groups.flatMap((group) =>
      group.items.map((item) => localePath(locale, `/requirements/${item.id.toLowerCase()}/`)),
    ),
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
