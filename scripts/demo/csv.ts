import Papa from 'papaparse';

/** RFC 4180 CSV with LF line ends, quoting only where needed, ending with a newline. */
export function toCsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return `${Papa.unparse({ fields: [...header], data: rows as string[][] }, { newline: '\n' })}\n`;
}
