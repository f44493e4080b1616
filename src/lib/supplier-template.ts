/**
 * A supplier list template in the ODSAS layout (Open Data Standard for the Apparel Sector, research
 * notes part 2 section 2.1): its header in its order, and one example line, so the file reads back
 * through the check as it stands. The example names no real factory.
 */
import { toSafeCsv } from './downloads';

export const ODSAS_HEADER = [
  'Factory Name',
  'Factory Type',
  'Product Type',
  'Brands produced',
  'Parent company',
  'Address',
  'Country',
  'Total Workers',
  'Line Workers (optional)',
  '% Female workers (optional)',
  'longitude (optional)',
  'latitude (optional)',
  'Factory contact details (optional)',
] as const;

const EXAMPLE = [
  'Example Demo Garment Co., Ltd.',
  'Final production',
  'Apparel',
  'Example Brand',
  'Example Demo Holdings',
  'No. 1, Example Street, Phnom Penh',
  'Cambodia',
  1200,
  '',
  '',
  '',
  '',
  '',
];

export const TEMPLATE_FILE_NAME = 'supplier-list-template-odsas.csv';

/** The template as a spreadsheet-safe CSV (a BOM, the header, the example line). */
export function supplierTemplateCsv(): string {
  return toSafeCsv(ODSAS_HEADER, [EXAMPLE]);
}
