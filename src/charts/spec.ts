import type { Locale } from '../i18n';
import type { IssueRatesData } from './issue-rates';
import type { RateDistributionData } from './rate-distribution';
import type { RateHistoryData } from './rate-history';
import type { ShareTrendData } from './share-trend';
import type { ChartTable } from './types';

interface ChartBase {
  /** URL-safe and unique on a page: the names of the chart's downloads and of its SVG's ids. */
  id: string;
  title: string;
  /** One sentence stating the main finding with its numbers: the SVG's <desc> and the figure's caption. */
  description: string;
  /** The credit line of the downloaded SVG. */
  source: string;
  /** The date of the data, as the downloaded SVG states it. */
  dataDate: string;
  locale: Locale;
  table: ChartTable;
}

export type ChartSpec =
  | (ChartBase & { kind: 'issue-rates'; data: IssueRatesData })
  | (ChartBase & { kind: 'share-trend'; data: ShareTrendData })
  | (ChartBase & { kind: 'rate-distribution'; data: RateDistributionData })
  | (ChartBase & { kind: 'rate-history'; data: RateHistoryData });

export type ChartKind = ChartSpec['kind'];
