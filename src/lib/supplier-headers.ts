/**
 * The header of a supplier list: which of its columns the check reads, and which row it is on.
 * Brands keep their lists in the layouts of the ODSAS template, the Transparency Pledge and Open
 * Supply Hub (research notes, part 2 section 2), in English and in the dataset's languages, often
 * under a title of a few rows. Pure.
 */

/** The fields of a list the check uses. Other columns are kept out of the report. */
export const LIST_FIELDS = [
  'name',
  'nativeName',
  'supplierName',
  'address',
  'city',
  'province',
  'country',
  'parentCompany',
  'osId',
  'factoryId',
] as const;
export type ListField = (typeof LIST_FIELDS)[number];

/**
 * Header names per field, compared after normalisation (lower case; spaces, underscores and hyphens
 * alike; "(optional)" and a trailing `*` ignored). ODSAS and OSH names first, then common variants,
 * then the same in Khmer and Chinese.
 */
const HEADER_NAMES: Readonly<Record<ListField, readonly string[]>> = {
  name: [
    'name',
    'factory name',
    'facility name',
    // A sheet of subcontractors (Tier 2 of many lists) names them beside the supplier they work
    // for: the subcontractor is the line's factory.
    'subcontractor name',
    'sub contractor name',
    'subcontractor',
    'sub contractor',
    'supplier name',
    'site name',
    'production unit',
    'production unit name',
    'manufacturer name',
    'vendor name',
    'name of factory',
    'name of facility',
    'name of supplier',
    'manufacturing site name',
    'production site name',
    'factory',
    'facility',
    'supplier',
    'vendor',
    'manufacturer',
    'manufacturing site',
    'production site',
    'company name',
    'ឈ្មោះរោងចក្រ',
    'រោងចក្រ',
    '工厂名称',
    '工厂名',
    '供应商名称',
    '工厂',
    // The same in traditional characters (Taiwan, Hong Kong).
    '工廠名稱',
    '工廠名',
    '供應商名稱',
    '工廠',
  ],
  // Beside a column of factory names, the supplier's: its name stands for a factory only on a
  // line that gives none ("Supplier name | Factory name" lists leave a one-site supplier's blank).
  supplierName: [
    'supplier name',
    'name of supplier',
    'vendor name',
    'supplier',
    'vendor',
    'manufacturer name',
    'manufacturer',
    'company name',
    '供应商名称',
    '供应商',
    '供應商名稱',
    '供應商',
  ],
  nativeName: [
    'native language name',
    'local name',
    'name in local language',
    'khmer name',
    'chinese name',
    'name km',
    'name zh',
  ],
  address: [
    'address',
    'site address',
    'factory address',
    'facility address',
    'full address',
    'street address',
    // The Transparency Pledge's own header, and its plural elsewhere.
    'subcontractor address',
    'site addresses',
    'addresses',
    'factory addresses',
    'facility addresses',
    'អាសយដ្ឋាន',
    '地址',
    '工厂地址',
    '工廠地址',
  ],
  city: [
    'city',
    'town',
    'city town',
    'town city',
    'district',
    'municipality',
    'city district',
    'district city',
    // A place in a word of its own: a town, a province or a country, all read as places.
    'location',
    'factory location',
    'facility location',
    'site location',
    '城市',
    '縣市',
    '所在地',
    'ទីតាំង',
  ],
  province: [
    'province',
    'state province',
    'province state',
    'state',
    'region',
    'state region',
    'ខេត្ត',
    'ខេត្ត រាជធានី',
    '省份',
    '省',
  ],
  country: [
    'country',
    'country name',
    'country code',
    'country region',
    'country territory',
    'country or territory',
    'country or region',
    'factory country',
    'facility country',
    'country of production',
    'production country',
    'country of manufacture',
    'manufacturing country',
    'ប្រទេស',
    '国家',
    '国家 地区',
    '國家',
    '國家 地區',
  ],
  parentCompany: [
    'parent company',
    'parent company name',
    'parent',
    'owner',
    'owner company',
    '母公司',
  ],
  osId: ['os id', 'osid', 'open supply hub id', 'oar id', 'os hub id', 'osh id'],
  factoryId: ['factory id'],
};

/**
 * A header that names the factory in words of its own ("Full name of all authorized production
 * units and processing facilities"): a word for a name and a word for a site, and none that makes
 * it another party's name.
 */
const NAME_WORDS = new Set(['name', 'names']);
const SITE_WORDS = new Set([
  'factory',
  'factories',
  'facility',
  'facilities',
  'supplier',
  'suppliers',
  'site',
  'sites',
  'manufacturer',
  'manufacturing',
  'production',
  'unit',
  'units',
  'vendor',
  'plant',
  'mill',
]);
const OTHER_PARTY_WORDS = new Set([
  'parent',
  'group',
  'owner',
  'holding',
  'brand',
  'buyer',
  'contact',
  'person',
  'email',
  'local',
  'native',
  'khmer',
  'chinese',
  'subcontractor',
]);

function namesTheFactory(header: string): boolean {
  const words = header.split(' ');
  return (
    words.some((w) => NAME_WORDS.has(w)) &&
    words.some((w) => SITE_WORDS.has(w)) &&
    !words.some((w) => OTHER_PARTY_WORDS.has(w))
  );
}

/** The list's layout, recognised from its header; shown to the user, not used for matching. */
export type ListLayout = 'odsas' | 'osh' | 'columns' | 'lines';

/**
 * A header as compared: lower case; a bracketed note ("(optional)", "(English)") and a trailing
 * `*` ignored; spaces, underscores, hyphens and slashes alike ("Country/Region").
 */
export function normaliseHeader(header: string): string {
  return (
    header
      .replace(/^\uFEFF/, '')
      // camelCase keys of a JSON export: "facilityName" is "facility name".
      .replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2')
      .toLowerCase()
      .replace(/\([^)]*\)/g, '')
      .replace(/\*+\s*$/, '')
      .replace(/[\s_/-]+/g, ' ')
      .trim()
  );
}

/** A header's bracket saying its column is in the local language: "(Local Language)", "(Khmer)". */
const LOCAL_NOTE =
  /[(（][^)）]*(?:\b(?:local|khmer|chinese|native|original)\b|ខ្មែរ|中文)[^)）]*[)）]/iu;

/**
 * The field each header names, or `undefined` for other columns. Where several headers name one
 * field, the earlier name in the lists above wins: a list with "Factory Name" and "Supplier" is
 * read by "Factory Name". Without any of them, a header naming the factory in other words is its
 * name column.
 */
export function mapHeader(header: readonly string[]): Array<ListField | undefined> {
  const names = header.map(normaliseHeader);
  // A name column whose bracket says it is in the local language ("Name (Local Language)",
  // "Factory name (Khmer)") holds the name in that language, not the factory's main name.
  const fields: Array<ListField | undefined> = names.map((name, index) =>
    HEADER_NAMES.name.includes(name) && LOCAL_NOTE.test(header[index] ?? '')
      ? 'nativeName'
      : undefined,
  );
  const localNames = fields.includes('nativeName');
  for (const field of LIST_FIELDS) {
    if (field === 'supplierName' || (field === 'nativeName' && localNames)) continue;
    let best = -1;
    let bestRank = Infinity;
    names.forEach((name, index) => {
      if (fields[index] !== undefined) return;
      // Beside a column of names in the local language, a supplier's column is the supplier's.
      if (field === 'name' && localNames && HEADER_NAMES.supplierName.includes(name)) return;
      const rank = HEADER_NAMES[field].indexOf(name);
      if (rank !== -1 && rank < bestRank) {
        best = index;
        bestRank = rank;
      }
    });
    if (best !== -1) fields[best] = field;
  }
  if (!fields.includes('name')) {
    const at = names.findIndex(
      (name, index) => fields[index] === undefined && namesTheFactory(name),
    );
    if (at !== -1) fields[at] = 'name';
  }
  // A second name column headed in Khmer or Chinese ("ឈ្មោះរោងចក្រ", "工厂名称") beside an English
  // one holds the name in that language: read, not left out.
  if (!fields.includes('nativeName')) {
    const at = names.findIndex(
      (name, index) =>
        fields[index] === undefined &&
        HEADER_NAMES.name.includes(name) &&
        /[\u1780-\u17ff\p{Script=Han}]/u.test(name),
    );
    if (at !== -1) fields[at] = 'nativeName';
  }
  if (fields.includes('name') || fields.includes('nativeName')) {
    const at = names.findIndex(
      (name, index) => fields[index] === undefined && HEADER_NAMES.supplierName.includes(name),
    );
    if (at !== -1) fields[at] = 'supplierName';
  }
  return fields;
}

export function layoutOf(header: readonly string[]): ListLayout {
  const names = new Set(header.map(normaliseHeader));
  if (
    names.has('factory name') &&
    ['brands produced', 'factory type', 'total workers'].some((n) => names.has(n))
  )
    return 'odsas';
  if (['name', 'address', 'country'].every((n) => names.has(n))) return 'osh';
  return 'columns';
}

/** Rows of a title read at most above a list's header. */
export const MAX_TITLE_ROWS = 20;
/** Rows under a header candidate read to tell a table from a list of names. */
const ROWS_BELOW = 5;
/** The non-empty rows at the top of a list that `headerRowOf` reads, at most. */
export const HEADER_SEARCH_ROWS = MAX_TITLE_ROWS + 1 + ROWS_BELOW;

const filledCells = (cells: readonly string[]) => cells.filter((cell) => cell.trim() !== '').length;

/**
 * Which of a table's rows (its non-empty rows, in order, as cell texts) is its header: the first
 * with a column of factory names, when the rows above it are a title ("Supplier list",
 * "Updated: June 2024", "Published: | 15/03/2024 | Data as of …") and, below a title, the rows
 * after it are a table (most have two cells or more: a list of names, one a line, with "Golden
 * Needle, Manufacturer" among them has no title) or every cell of it names a column; otherwise the first row with more cells than a
 * title's, or the first row. A row of more than two cells above a header is a title only when
 * the header follows it: without one, it is the header itself.
 */
export function headerRowOf(rows: ReadonlyArray<readonly string[]>): number {
  const limit = Math.min(rows.length, MAX_TITLE_ROWS + 1);
  let wide: number | undefined;
  for (let i = 0; i < limit; i += 1) {
    const cells = rows[i] as readonly string[];
    const fields = mapHeader(cells);
    if (fields.includes('name') || fields.includes('nativeName')) {
      // A row of groups over the header ("Factory | Location | Products" over "Factory Name |
      // Address | City | Country"): the row under it names the factory and more columns.
      const next = rows[i + 1];
      if (next !== undefined) {
        const under = mapHeader(next);
        const count = (f: ReadonlyArray<ListField | undefined>) =>
          f.filter((field) => field !== undefined).length;
        if (
          (under.includes('name') || under.includes('nativeName')) &&
          count(under) > count(fields)
        ) {
          continue;
        }
      }
      if (i === 0) return 0;
      const below = rows.slice(i + 1, i + 1 + ROWS_BELOW);
      const table = below.filter((row) => filledCells(row) >= 2).length * 2 >= below.length;
      // Every word of it a column's name: a header, however sparse the rows under it.
      const named = cells.every((cell, j) => cell.trim() === '' || fields[j] !== undefined);
      return filledCells(cells) >= 2 && (table || named) ? i : (wide ?? 0);
    }
    if (filledCells(cells) > 2) wide ??= i;
  }
  return wide ?? 0;
}
