import type { Locale } from '../i18n';
import type { IssueRatesData } from './issue-rates';
import type { RateDistributionData } from './rate-distribution';
import type { RateHistoryData } from './rate-history';
import type { ShareTrendData } from './share-trend';
import type { ChartTable } from './types';

interface ChartBase {
  /** URL-safe: the chart's downloads are /charts/<id>.svg and /charts/<id>.csv. */
  id: string;
  title: string;
  /** One sentence stating the main finding with its numbers: the SVG's <desc> and the figure's caption. */
  description: string;
  /** The credit line of the downloaded SVG. */
  source: string;
  locale: Locale;
  table: ChartTable;
}

export type ChartSpec =
  | (ChartBase & { kind: 'issue-rates'; data: IssueRatesData })
  | (ChartBase & { kind: 'share-trend'; data: ShareTrendData })
  | (ChartBase & { kind: 'rate-distribution'; data: RateDistributionData })
  | (ChartBase & { kind: 'rate-history'; data: RateHistoryData });

export type ChartKind = ChartSpec['kind'];

/** What every chart component takes. */
export interface ChartProps<Data> {
  id: string;
  title: string;
  description: string;
  data: Data;
  /** Set for the downloaded file: draws the title and the credit line inside the SVG. */
  frame?: { heading: string; source: string } | undefined;
}
