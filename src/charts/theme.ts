/**
 * Colours and type for every chart. Text colours reach at least 4.5:1 on white (the site's
 * palette from global.css, repeated here because a downloaded SVG cannot read CSS variables).
 */

/**
 * The one name of the bundled Khmer face (Noto Sans Khmer, Khmer block only) on the pages, in the
 * charts and in every downloaded SVG, which carries the face itself under this name.
 */
export const KHMER_FAMILY = 'Portal Khmer';

/** The pages' stack: Khmer from the bundled face, everything else from the system. */
export const FONT_FAMILY = `'${KHMER_FAMILY}', system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Noto Sans SC', 'PingFang SC', 'Microsoft YaHei', sans-serif`;

export const COLOURS = {
  /** 16.9:1 on white. */
  ink: '#1a1d21',
  /** 7.56:1 on white. */
  muted: '#4b5563',
  /** Axis lines (4.8:1, also fine for text). */
  axis: '#6b7280',
  grid: '#e5e7eb',
  /** Behind the strip of dots. */
  surface: '#f5f6f8',
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

/** Font sizes in CSS pixels: the charts stretch to their column without scaling their text. */
export const FONT = {
  small: 12,
  body: 13,
  heading: 14,
  title: 16,
} as const;

/** The narrowest chart the layouts plan for: a 360 px phone less the page's margins. */
export const MIN_WIDTH = 320;

/** Series styles of line charts: colour and marker shape, so series differ without colour. */
export const SERIES_STYLES = [
  { colour: COLOURS.accent, symbol: 'circle' },
  { colour: COLOURS.nc, symbol: 'square' },
  { colour: COLOURS.ok, symbol: 'triangle' },
  { colour: COLOURS.plum, symbol: 'diamond' },
  { colour: COLOURS.brown, symbol: 'cross' },
] as const;

export type SymbolName = (typeof SERIES_STYLES)[number]['symbol'];
