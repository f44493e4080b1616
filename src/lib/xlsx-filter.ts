/**
 * An autofilter on a worksheet written by write-excel-file, which has no option for one: the
 * `<autoFilter>` element goes into the sheet right after its data (the schema's order), and the
 * workbook names the range `_xlnm._FilterDatabase`, which LibreOffice needs to show the buttons.
 */
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';

const SHEET = 'xl/worksheets/sheet1.xml';
const WORKBOOK = 'xl/workbook.xml';

/** The workbook with an autofilter over `range` (A1 notation, e.g. "A6:W120") on its first sheet. */
export function withAutoFilter(xlsx: Uint8Array, range: string, sheetName: string): Uint8Array {
  if (!/^[A-Z]+\d+:[A-Z]+\d+$/.test(range)) throw new Error(`not a cell range: ${range}`);
  const files = unzipSync(xlsx);
  const sheet = files[SHEET];
  const workbook = files[WORKBOOK];
  if (sheet === undefined || workbook === undefined) {
    throw new Error('the workbook has no first sheet to filter');
  }
  const sheetXml = strFromU8(sheet);
  const at = sheetXml.indexOf('</sheetData>');
  if (at === -1) throw new Error('the first sheet has no data');
  const end = at + '</sheetData>'.length;
  files[SHEET] = strToU8(
    `${sheetXml.slice(0, end)}<autoFilter ref="${range}"/>${sheetXml.slice(end)}`,
  );
  const absolute = range.replace(/([A-Z]+)(\d+)/g, '$$$1$$$2');
  const quoted = `'${sheetName.replace(/'/g, "''").replace(/&/g, '&amp;').replace(/</g, '&lt;')}'`;
  const name = `<definedName name="_xlnm._FilterDatabase" localSheetId="0" hidden="1">${quoted}!${absolute}</definedName>`;
  const workbookXml = strFromU8(workbook);
  files[WORKBOOK] = strToU8(
    workbookXml.includes('<definedNames/>')
      ? workbookXml.replace('<definedNames/>', `<definedNames>${name}</definedNames>`)
      : workbookXml.includes('<definedNames>')
        ? workbookXml.replace('<definedNames>', `<definedNames>${name}`)
        : workbookXml.replace('</sheets>', `</sheets><definedNames>${name}</definedNames>`),
  );
  return zipSync(files, { level: 6 });
}
