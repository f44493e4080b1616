/**
 * Colours and type for every chart. Text colours reach at least 4.5:1 on white (the site's
 * palette from global.css, repeated here because a downloaded SVG cannot read CSS variables).
 */
export const FONT_FAMILY =
  "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Noto Sans Khmer', 'Noto Sans SC', sans-serif";

export const COLOURS = {
  /** 16.9:1 on white. */
  ink: '#1a1d21',
  /** 7.56:1 on white. */
  muted: '#4b5563',
  /** Axis lines (4.8:1, also fine for text). */
  axis: '#6b7280',
  grid: '#e5e7eb',
  paper: '#ffffff',
  /** 6.75:1 on white. */
  accent: '#0a5ca8',
  /** 6.54:1 on white; 5.7:1 on ncBg. */
  nc: '#b3261e',
  ncBg: '#fdecea',
  /** 6.55:1 on white. */
  ok: '#1e6b34',
  /** 7.38:1 on white. */
  plum: '#6b3fa0',
  /** 9.9:1 on white. */
  brown: '#5b3d00',
} as const;

/** Font sizes in viewBox units; the charts are 680 wide, so 12 stays legible when scaled down. */
export const FONT = {
  small: 12,
  body: 13,
  heading: 14,
  title: 16,
} as const;

export const CHART_WIDTH = 680;

/** Series styles of line charts: colour and marker shape, so series differ without colour. */
export const SERIES_STYLES = [
  { colour: COLOURS.accent, symbol: 'circle' },
  { colour: COLOURS.nc, symbol: 'square' },
  { colour: COLOURS.ok, symbol: 'triangle' },
  { colour: COLOURS.plum, symbol: 'diamond' },
  { colour: COLOURS.brown, symbol: 'cross' },
] as const;

export type SymbolName = (typeof SERIES_STYLES)[number]['symbol'];
