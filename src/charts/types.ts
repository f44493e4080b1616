import type { Locale } from '../i18n';

/** How a table column is shown on the page; the CSV always gets the raw value. */
export type ColumnKind = 'text' | 'count' | 'percent';

/** A chart's numbers as a table: the HTML table under the chart and the CSV download. */
export interface ChartTable {
  /** Column headings in the chart's language. */
  columns: string[];
  /** snake_case CSV headers, one per column. */
  keys: string[];
  kinds: ColumnKind[];
  /** Percent columns hold fractions in [0, 1]. */
  rows: (string | number)[][];
  /** The column that names each row (a `<th scope="row">`). */
  rowHeader: number;
  /** Where a row's header links to (a requirement's or a factory's page), per row. */
  links?: (string | null)[];
  /**
   * Decimals of a row's percent cells, per row (one when absent): more where a rate would read
   * the same as the threshold beside it ("67.31%" against "67.31%" is "67.308%" and "67.305%").
   */
  percentDigits?: number[];
}

/** What a layout returns when there is nothing to draw: a typed value, never NaN coordinates. */
export interface NoData {
  kind: 'no-data';
  reason: NoDataReason;
}

export type NoDataReason =
  'no-published-factories' | 'no-requirements' | 'no-cycles' | 'no-values' | 'empty-population';

export const noData = (reason: NoDataReason): NoData => ({ kind: 'no-data', reason });

export interface Tick {
  /** Position along the axis, in pixels. */
  at: number;
  label: string;
}

/** A text label, possibly wrapped onto several lines. */
export interface TextBlock {
  x: number;
  /** Baseline of the first line. */
  y: number;
  lines: string[];
  anchor: 'start' | 'middle' | 'end';
}

export type { Locale };
