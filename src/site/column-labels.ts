/**
 * A card table's column names, given once on the table rather than on every cell: a style
 * attribute that sets `--column-1`, `--column-2`, … to the names of the data columns (the cells
 * after the row's header), which the card layout (src/styles/layout.css, `.column-labels`) writes
 * before each cell on narrow screens. A history of twenty cycles in Khmer repeated its five
 * column names in a hundred attributes. A column named null has no label before its cells.
 */
export function columnLabels(names: ReadonlyArray<string | null>): string {
  return names
    .flatMap((name, i) => (name === null ? [] : [`--column-${i + 1}:${cssString(name)}`]))
    .join(';');
}

/** A CSS string: quotes, backslashes and line breaks escaped, so a name cannot end it early. */
export function cssString(text: string): string {
  return `"${text.replace(/["\\]/g, '\\$&').replace(/[\n\r\f]/g, '\\a ')}"`;
}
