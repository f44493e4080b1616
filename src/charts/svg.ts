/**
 * SVG as strings. Charts are drawn for every page of the build, so they are written straight to
 * markup (escaped here, once) rather than through a component renderer: a factory's chart costs
 * tens of microseconds instead of milliseconds.
 */

/** Rounds a coordinate to 2 decimals: enough for any screen, and a much smaller file. */
export const px = (value: number) => Math.round(value * 100) / 100;

/** A fraction of the plot's width as an SVG length: the charts stretch to their column. */
export const pct = (fraction: number) => `${px(fraction * 100)}%`;

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
};

export const escapeXml = (text: string) => text.replace(/[&<>"]/g, (c) => ESCAPES[c] ?? c);

export type Attrs = Record<string, string | number | null | undefined | false>;

/** An element with its attributes (null, undefined and false are left out) and children. */
export function h(tag: string, attrs: Attrs = {}, ...children: string[]): string {
  let open = `<${tag}`;
  for (const [name, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    open += ` ${name}="${escapeXml(String(typeof value === 'number' ? px(value) : value))}"`;
  }
  return children.length === 0 ? `${open}/>` : `${open}>${children.join('')}</${tag}>`;
}

/** Text content, escaped. */
export const text = (content: string) => escapeXml(content);
