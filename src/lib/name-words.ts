/**
 * The words of factory names that say nothing about which factory is meant, as registries and
 * brands' supplier lists write them: legal forms, words every garment factory shares, site
 * markers, and how notes about former names are introduced. Each list is written in the
 * normalised form the name model compares (lower case, no accents, no punctuation).
 */

/**
 * Legal forms, longest first, so "company limited" goes before "company" and "limited". Some are
 * written glued by exports that drop spaces ("CO.,LTD" reads "co ltd", "CO.LTD" reads "coltd").
 */
export const LEGAL_PHRASES: readonly string[] = [
  'single member private limited company',
  'single member limited liability company',
  'sole member private limited company',
  'public limited company',
  'public company limited',
  'private limited company',
  'limited liability company',
  'limited liability partnership',
  'joint stock company',
  'limited liability',
  'company limited',
  'private limited',
  'sole proprietorship',
  'co limited',
  'co ltd',
  'co inc',
  'pte ltd',
  'pvt ltd',
  'sdn bhd',
  'ltd co',
  'company',
  'limited',
  'coltd',
  'colimited',
  'pteltd',
  'pvtltd',
  'sdnbhd',
  'corporation',
  'incorporated',
  'corp',
  'inc',
  'ltd',
  'plc',
  'llc',
  'llp',
  'pte',
  'pvt',
  'jsc',
  'sarl',
  'gmbh',
  'bhd',
  'tbk',
  'co',
];

/** Legal forms that stand in front of a name ("PT Sumber …", Indonesia's "perseroan terbatas"). */
export const LEADING_LEGAL: ReadonlySet<string> = new Set(['pt', 'cv']);

/** Chinese legal forms, longest first; Chinese writes no spaces, so they are found inside a word. */
export const HAN_LEGAL: readonly string[] = [
  '股份有限公司',
  '有限责任公司',
  '有限公司',
  '责任公司',
  '公司',
];

/** Khmer legal forms ("ក្រុមហ៊ុន" company, "ឯ.ក" single member, transliterated "Co., Ltd"). */
export const KHMER_LEGAL: readonly string[] = [
  'ទទួលខុសត្រូវមានកម្រិត',
  'ក្រុមហ៊ុន',
  'ខូអិលធីឌី',
  'លីមីតធីត',
  'លីមីធីត',
  'ឯកជន',
];

/**
 * Words of company names that describe the business rather than name it: weighted down when
 * names are compared, but kept in the key ("Kin Tai Garment Factory" and "Kin Tai Garment" may
 * be two factories of one group).
 */
export const FILLER_WORDS: ReadonlySet<string> = new Set([
  'factory',
  'manufacturing',
  'manufacturer',
  'manufacture',
  'industrial',
  'industry',
  'international',
  'enterprise',
  'group',
  'holding',
  'the',
]);

/**
 * "Factory" as Chinese and Khmer write it around a name ("…制衣厂", "រោងចក្រ …"): left out of
 * the key, as a legal form is.
 */
export const HAN_FILLER_SUFFIX: readonly string[] = ['工厂', '厂'];
export const KHMER_FILLER: readonly string[] = ['រោងចក្រ'];

/**
 * Words of the trade that many factories share: weighted down when names are compared, never
 * enough on their own to offer a factory as a candidate.
 */
export const GENERIC_WORDS: ReadonlySet<string> = new Set([
  'garment',
  'apparel',
  'textile',
  'knit',
  'knitting',
  'knitwear',
  'clothing',
  'clothes',
  'fashion',
  'wear',
  'sportswear',
  'sport',
  'footwear',
  'shoe',
  'bag',
  'handbag',
  'denim',
  'jeans',
  'leather',
  'sweater',
  'underwear',
  'lingerie',
  'intimate',
  'uniform',
  'accessory',
  'printing',
  'print',
  'embroidery',
  'washing',
  'laundry',
  'dyeing',
  'spinning',
  'weaving',
  'woven',
  'fabric',
  'yarn',
  'mill',
  'trading',
  'export',
  'import',
  'investment',
  'development',
  'production',
  'product',
  'design',
  'sewing',
  'and',
  'of',
  ...FILLER_WORDS,
]);

/** Chinese and Khmer words of the trade, found inside a word. */
export const HAN_GENERIC: readonly string[] = [
  '运动服',
  '针织',
  '纺织',
  '制衣',
  '服装',
  '服饰',
  '时装',
  '鞋业',
  '箱包',
  '牛仔',
  '制品',
  '织造',
  '印染',
  '贸易',
  '国际',
  '实业',
  '集团',
  '制造',
  '工厂',
];
export const KHMER_GENERIC: readonly string[] = [
  'សម្លៀកបំពាក់',
  'វាយនភណ្ឌ',
  'កាត់ដេរ',
  'ហ្គាមេន',
  'អន្តរជាតិ',
  'ឧស្សាហកម្ម',
  'រោងចក្រ',
];

/** Abbreviations and plurals, each to the word it stands for. */
export const WORD_FORMS: ReadonlyMap<string, string> = new Map([
  ['mfg', 'manufacturing'],
  ['mfr', 'manufacturing'],
  ['mfrs', 'manufacturing'],
  ['manuf', 'manufacturing'],
  ['manufactory', 'manufacturing'],
  ['manufacturers', 'manufacturer'],
  ['intl', 'international'],
  ['ind', 'industrial'],
  ['inds', 'industrial'],
  ['indus', 'industrial'],
  ['industries', 'industrial'],
  ['industry', 'industrial'],
  ['fty', 'factory'],
  ['factories', 'factory'],
  ['gmt', 'garment'],
  ['gmts', 'garment'],
  ['garments', 'garment'],
  ['apparels', 'apparel'],
  ['textiles', 'textile'],
  ['knits', 'knit'],
  ['knitwears', 'knitwear'],
  ['fashions', 'fashion'],
  ['sports', 'sport'],
  ['shoes', 'shoe'],
  ['bags', 'bag'],
  ['handbags', 'handbag'],
  ['accessories', 'accessory'],
  ['fabrics', 'fabric'],
  ['mills', 'mill'],
  ['exports', 'export'],
  ['exporters', 'export'],
  ['exporter', 'export'],
  ['imports', 'import'],
  ['products', 'product'],
  ['designs', 'design'],
  ['enterprises', 'enterprise'],
  ['ent', 'enterprise'],
  ['holdings', 'holding'],
  ['grp', 'group'],
  ['corpn', 'corporation'],
  ['ltda', 'ltd'],
]);

/** Words that number a site when a number follows them: "Branch 2", "Factory II", "Unit-3". */
export const SITE_WORDS: ReadonlySet<string> = new Set([
  'branch',
  'factory',
  'fty',
  'unit',
  'phase',
  'plant',
  'site',
  'building',
  'bldg',
  'workshop',
  'no',
  'number',
  'division',
]);

/** Roman numerals as sites are numbered (I to XX). */
export const ROMAN: ReadonlyMap<string, number> = new Map(
  ['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x'].flatMap((r, i) => [
    [r, i + 1] as const,
    [`x${r}`, i + 11] as const,
  ]),
);

/**
 * How a note about another name of the factory starts, inside brackets or after the name:
 * "(Former name: X)", "formerly X", "f/k/a X", "trading as X", "t/a X", "d/b/a X". Matched on the
 * text as written, case-insensitively; the Chinese and Khmer forms mean "former name".
 */
export const FORMER_NAME_NOTE =
  /(?:former(?:ly)?(?:\s+(?:name|known\s+as|called))?|previous(?:ly)?(?:\s+(?:name|known\s+as|called))?|old\s+name|renamed\s+from|f\/k\/a|fka|prev\.|ex\s*[:\-–]|原名|曾用名|旧名|ឈ្មោះចាស់|ឈ្មោះមុន)/
    .source;
export const OTHER_NAME_NOTE =
  /(?:trading\s+as|t\/a|d\/b\/a|dba|doing\s+business\s+as|a\/k\/a|also\s+known\s+as|operating\s+as)/
    .source;

/**
 * Traditional Chinese characters common in company names, each to its simplified form, so that
 * "製衣" and "制衣", "國際" and "国际" compare equal.
 */
export const TRADITIONAL_HAN: ReadonlyMap<string, string> = new Map(
  [
    '製制',
    '紡纺',
    '織织',
    '國国',
    '際际',
    '實实',
    '業业',
    '廠厂',
    '裝装',
    '飾饰',
    '針针',
    '責责',
    '貿贸',
    '發发',
    '龍龙',
    '華华',
    '興兴',
    '豐丰',
    '達达',
    '東东',
    '廣广',
    '門门',
    '誠诚',
    '協协',
    '億亿',
    '聯联',
    '錦锦',
    '長长',
    '順顺',
    '勝胜',
    '鴻鸿',
    '榮荣',
    '匯汇',
    '寶宝',
    '鳳凤',
    '飛飞',
    '進进',
    '運运',
    '動动',
    '時时',
    '開开',
    '設设',
    '計计',
    '資资',
    '產产',
    '來来',
    '創创',
    '團团',
    '衛卫',
    '紗纱',
    '綿绵',
    '絲丝',
    '線线',
    '區区',
    '亞亚',
    '灣湾',
    '島岛',
    '偉伟',
    '萬万',
    '義义',
    '禮礼',
    '麗丽',
    '藝艺',
    '樂乐',
    '寧宁',
    '賓宾',
    '騰腾',
    '輝辉',
    '歐欧',
    '遠远',
    '雙双',
    '紅红',
    '綠绿',
    '藍蓝',
    '銀银',
    '鋒锋',
    '濤涛',
    '鵬鹏',
    '僑侨',
  ].map((pair) => [pair[0] as string, pair[1] as string]),
);

/**
 * Place names written in more than one way, each to the spelling registries use: Khmer place names
 * are transliterated in several ways ("Kompong", "Kg." for "Kampong"), and a province is often
 * given by its main town.
 */
export const PLACE_FORMS: ReadonlyMap<string, string> = new Map([
  ['kompong', 'kampong'],
  ['kg', 'kampong'],
  ['sihanoukville', 'preah sihanouk'],
  ['kampong som', 'preah sihanouk'],
  ['kompong som', 'preah sihanouk'],
  ['takhmao', 'kandal'],
  ['ta khmau', 'kandal'],
  ['phnompenh', 'phnom penh'],
]);
