import { makePublicFactory } from '../helpers/public-site';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/lib/load-dataset';
import type { CycleId, FactoryId, IsoDate, RequirementId } from '../../src/lib/ids';
import type { PublicCycle, PublicFactoryCycle, PublicSite } from '../../src/lib/public-site';
import { buildPublicSite } from '../../src/lib/public-site';
import type { Finding } from '../../src/lib/rules';
import { scoreDataset } from '../../src/lib/score';
import {
  EMPTY_SEARCH_STATE,
  buildSearchIndex,
  normaliseForSearch,
  searchFactories,
  searchFactoryHits,
  searchFactoryPage,
  type SearchRecord,
  type SearchState,
  type SearchWhy,
  withIndexProvinceNames,
} from '../../src/lib/search';
import { SearchIndexReader, searchIndexText } from '../../src/lib/search-index-lines';
import {
  asksForTheList,
  parseSearchState,
  serialiseSearchState,
  withSearchState,
  type SearchChoices,
} from '../../src/islands/search-state';
import { assessmentCsv, factoriesCsv, makeFiles } from '../helpers/dataset';

describe('normaliseForSearch', () => {
  it.each([
    // OAR issue 1441: "ST Screen" found nothing though "S.T. Screen Co., Ltd" existed.
    ['S.T. Screen Co., Ltd', 'st screen co ltd'],
    ['S.T. Screen Co., Ltd.', 'st screen co ltd'],
    ['ST SCREEN', 'st screen'],
    ['  Lotus   Demo\tApparel ', 'lotus demo apparel'],
    ['Café', 'cafe'],
    ['ÉCOLE Ñandú Ångström', 'ecole nandu angstrom'],
    ['Đông Nam Łódź Søren Straße', 'dong nam lodz soren strasse'],
    ['O’Neil & Sons (Cambodia)', 'oneil and sons cambodia'],
    // A brand's list writes "and" where the registry writes "&".
    ['Trey Demo Home & Style', 'trey demo home and style'],
    ['Trey Demo Home&Style', 'trey demo home and style'],
    ['Knit/Woven "Demo"', 'knit woven demo'],
    ['KH-2019-067-NZ95AM', 'kh2019067nz95am'],
    // Full-width Latin, as typed with a Chinese input method.
    ['ＡＢＣ Ｇａｒｍｅｎｔ', 'abc garment'],
    ['翠竹（柬埔寨）有限公司', '翠竹 柬埔寨 有限公司'],
    // Khmer may carry invisible zero-width spaces between words, or not.
    ['ស្គ្រីន\u200bខេមបូឌា', 'ស្គ្រីនខេមបូឌា'],
    ['', ''],
    ['...', ''],
  ])('%j becomes %j', (input, expected) => {
    expect(normaliseForSearch(input)).toBe(expected);
  });

  it.each([
    // Khmer vowel signs and the coeng are combining marks: stripping every mark would break them.
    ['Khmer', 'រោងចក្រ បាំប៊ូ នីតវែរ'],
    ['Khmer with subscript consonants', 'ស្គ្រីន ខេមបូឌា'],
    ['Chinese', '翠竹示范针织服装有限公司'],
  ])('%s letters are left intact', (_, text) => {
    expect(normaliseForSearch(text)).toBe(text);
  });
});

const cycleId = (id: string) => id as CycleId;
const CRITICAL = ['CI01', 'CI02', 'CI03'];

function factoryCycle(
  cycle: string,
  critical: Finding[],
  lowCompliance = false,
): PublicFactoryCycle {
  return {
    cycle: cycleId(cycle),
    assessments: 3,
    latestAssessment: `${cycle}-03-01` as IsoDate,
    updatedThisCycle: true,
    critical,
    lcEligible: true,
    complianceRate: 0.8,
    complianceRateText: '0.800000',
    lowCompliance,
    key: lowCompliance ? ['non_compliant'] : null,
    source: { file: `assessments/${cycle}.csv`, line: 2 },
  };
}

const factory = makePublicFactory;

function cycle(id: string, lowCompliance: string[]): PublicCycle {
  return {
    id: cycleId(id),
    label: `Year ${id}`,
    labelKm: null,
    labelZh: null,
    periodStart: `${id}-01-01` as IsoDate,
    periodEnd: `${id}-12-31` as IsoDate,
    publishedOn: null,
    factoriesActive: 3,
    ciPublished: 3,
    ciFullyCompliant: 1,
    ciNonCompliantByRequirement: [],
    lcPopulation: 3,
    lcMean: 0.8,
    lcSd: 0.1,
    lcThreshold: 0.6,
    lowCompliance: lowCompliance as FactoryId[],
    strikes: 0,
    strikesNotLegal: 0,
    changes: null,
  };
}

const C: Finding = 'compliant';
const NC: Finding = 'non_compliant';

/** Three published factories, shaped like the snapshot the site reads. */
const SITE: PublicSite = {
  meta: { title: 'Test', publisher: 'Test publisher', demo: true } as PublicSite['meta'],
  rules: { ciMinAssessments: 2, lcMinAssessments: 3, lcMaxAgeDays: 540, sdMultiplier: 2 },
  // A key requirement between critical ones: the critical findings follow the critical order.
  requirements: ['CI01', 'LR02', 'CI02', 'CI03'].map((id) => ({
    id: id as RequirementId,
    track: id.startsWith('CI') ? 'critical' : 'key',
    group: 'wages',
    labelEn: id,
    labelKm: null,
    labelZh: null,
    legalRef: null,
    legalRefKm: null,
    legalRefZh: null,
  })),
  cycles: [cycle('2020', ['KH-0002']), cycle('2021', ['KH-0001'])],
  factories: [
    factory('KH-0001', 'S.T. Screen Co., Ltd.', {
      nameKm: 'រោងចក្រ អេសធី ស្គ្រីន',
      nameZh: '丝网印刷示范有限公司',
      aliases: ['Sunrise Demo Printing'],
      parentCompany: 'Northgate Demo Holdings',
      province: 'Phnom Penh',
      buyers: ['Alpine Demo Outdoor', 'Trey Demo Home & Style'],
      osId: 'KH2019067NZ95AM',
      cycles: [factoryCycle('2020', [C, C, C]), factoryCycle('2021', [NC, C, C], true)],
    }),
    factory('KH-0002', 'Lotus Demo Apparel (Cambodia) Co., Ltd.', {
      aliases: ['Old Riverside Demo Garment'],
      province: 'Kandal',
      buyers: ['Trey Demo Home & Style'],
      status: 'closed',
      closedOn: '2020-11-01' as IsoDate,
      cycles: [factoryCycle('2020', [C, NC, NC], true)],
    }),
    factory('KH-0003', 'Café Demo Knit', {
      parentCompany: 'Northgate Demo Holdings',
      province: 'Kandal',
      osId: 'KH-2020-111-ABCDE',
      cycles: [factoryCycle('2021', [C, C, C])],
    }),
  ],
  strikes: [],
  corrections: [],
  provinces: [],
};
const INDEX = buildSearchIndex(SITE);
const ids = (records: ReadonlyArray<{ id: string }>) => records.map((r) => r.id);
const search = (state: Partial<SearchState>) =>
  ids(searchFactories(INDEX, { ...EMPTY_SEARCH_STATE, ...state }));

describe('withIndexProvinceNames', () => {
  const names = new Map([
    ['ភ្នំពេញ', 'Phnom Penh'],
    ['金边', 'Phnom Penh'],
    ['កណ្ដាល', 'Kandal'],
  ]);

  it.each([
    ['ភ្នំពេញ', 'Phnom Penh'],
    ['金边', 'Phnom Penh'],
    ['金边 莲花', 'Phnom Penh 莲花'],
    ['រោងចក្រកណ្ដាល', 'រោងចក្រ Kandal'],
    ['Lotus Demo', 'Lotus Demo'],
  ])('reads %s as %s', (q, expected) => {
    expect(withIndexProvinceNames(q, names)).toBe(expected);
  });

  it('finds the factories of a province by its Khmer or Chinese name', () => {
    const local = new Map([
      ['កណ្ដាល', 'Kandal'],
      ['干丹', 'Kandal'],
    ]);
    const english = search({ q: 'Kandal' });
    expect(english).toContain('KH-0003');
    expect(search({ q: 'កណ្ដាល' })).toEqual([]);
    expect(search({ q: withIndexProvinceNames('កណ្ដាល', local) })).toEqual(english);
    expect(search({ q: withIndexProvinceNames('干丹', local) })).toEqual(english);
  });
});

describe('buildSearchIndex', () => {
  it('has one record per factory of the snapshot, in its order, and no other', () => {
    expect(ids(INDEX)).toEqual(['KH-0001', 'KH-0002', 'KH-0003']);
  });

  it('keeps every field the results show and filter on', () => {
    expect(INDEX[0]).toMatchObject({
      id: 'KH-0001',
      n: 'S.T. Screen Co., Ltd.',
      km: 'រោងចក្រ អេសធី ស្គ្រីន',
      zh: '丝网印刷示范有限公司',
      al: ['Sunrise Demo Printing'],
      pc: 'Northgate Demo Holdings',
      pr: 'Phnom Penh',
      b: ['Alpine Demo Outdoor', 'Trey Demo Home & Style'],
      os: 'KH2019067NZ95AM',
      st: 'open',
      cy: '2021',
      lc: true,
      lcs: ['2021'],
      nc: ['CI01'],
    });
  });

  it.each([
    ['KH-0001', { lc: true, lcs: ['2021'], nc: ['CI01'], cy: '2021' }],
    // Closed in 2020: listed then, so "ever" but not on the latest cycle's list.
    ['KH-0002', { lc: false, lcs: ['2020'], nc: ['CI02', 'CI03'], cy: '2020', cl: '2020-11-01' }],
    ['KH-0003', { lc: false, nc: [], cy: '2021' }],
  ])(
    '%s: list membership and non-compliant critical issues of its latest record',
    (id, expected) => {
      expect(INDEX.find((r) => r.id === id)).toMatchObject(expected);
    },
  );

  it('leaves out absent fields instead of writing null or empty lists', () => {
    const json = JSON.stringify(INDEX);
    expect(json).not.toContain('null');
    expect(json).not.toContain('[]},');
    expect(INDEX[2]).not.toHaveProperty('al');
    expect(INDEX[2]).not.toHaveProperty('lcs');
    expect(INDEX[2]).not.toHaveProperty('sk');
    expect(INDEX[2]).not.toHaveProperty('b');
  });

  it('a factory never published is not in the index (built from CSV through the snapshot)', () => {
    const { dataset } = loadDataset(
      makeFiles({
        'factories.csv': factoriesCsv([
          ['F1', 'Alpha Demo', 'open', '', '0'],
          ['F2', 'Beta Demo', 'open', '', '0'],
          ['F3', 'Secret Demo', 'open', '', '0'],
        ]),
        'assessments/2021.csv': assessmentCsv([
          ['F1', '2021-03-01', 'C', 'C', 'NC'],
          ['F2', '2021-04-01', 'C', 'C', 'C'],
          ['F3', '2021-05-01', 'NC', 'C', 'C'],
        ]),
      }),
    );
    if (dataset === undefined) throw new Error('invalid test dataset');
    const index = buildSearchIndex(buildPublicSite(dataset, scoreDataset(dataset)));
    expect(ids(index)).toEqual(['F1', 'F2']);
    expect(JSON.stringify(index)).not.toMatch(/F3|Secret/i);
  });
});

describe('searchFactories: what users type finds the factory', () => {
  it.each([
    ['ST Screen', 'KH-0001'],
    ['st screen co ltd', 'KH-0001'],
    ['S.T. SCREEN', 'KH-0001'],
    ['Lotsu Demo', 'KH-0002'],
    ['lotus demo aparel', 'KH-0002'],
    ['Old Riverside Demo Garment', 'KH-0002'],
    ['riverside', 'KH-0002'],
    ['Sunrise Demo Printing', 'KH-0001'],
    ['KH2019067NZ95AM', 'KH-0001'],
    ['KH-2019-067-NZ95AM', 'KH-0001'],
    ['kh 2019067 nz95am', 'KH-0001'],
    ['KH2020111ABCDE', 'KH-0003'],
    ['KH-2020-111-ABCDE', 'KH-0003'],
    ['KH-0002', 'KH-0002'],
    ['kh0002', 'KH-0002'],
    ['រោងចក្រ អេសធី ស្គ្រីន', 'KH-0001'],
    ['ស្គ្រីន', 'KH-0001'],
    ['丝网印刷示范有限公司', 'KH-0001'],
    ['丝网印刷', 'KH-0001'],
    ['cafe', 'KH-0003'],
    ['CAFÉ demo', 'KH-0003'],
    // Words in another order, or from two fields, when the whole phrase matches nothing.
    ['Screen ST', 'KH-0001'],
    ['lotus kandal', 'KH-0002'],
    ['Screen 丝网印刷', 'KH-0001'],
    ['Knit Café', 'KH-0003'],
    ['Alpine Demo Outdoor', 'KH-0001'],
  ])('%j finds %s first', (q, expected) => {
    expect(search({ q })[0]).toBe(expected);
  });

  it.each([['KH-0001'], ['KH2019067NZ95AM'], ['kh 0003']])(
    'an exact id (%j) returns that factory only, not ids a character away',
    (q) => {
      expect(search({ q })).toHaveLength(1);
    },
  );

  it.each([['Zebra Tannery'], ['xyzzy'], ['Café 丝网印刷']])('%j finds nothing', (q) => {
    expect(search({ q })).toEqual([]);
  });

  it('a factory whose field holds the whole query comes before those matching word by word', () => {
    const index = buildSearchIndex({
      ...SITE,
      factories: [
        // Every word matches a short field here, which Fuse alone would rank first.
        factory('KH-0101', 'Riverside', { aliases: ['Demo Garment'] }),
        factory('KH-0102', 'Riverside Demo Garment Factory (Cambodia) Co., Ltd.', {}),
      ],
    });
    const found = (q: string) => ids(searchFactories(index, { ...EMPTY_SEARCH_STATE, q }));
    expect(found('Riverside Demo Garment')).toEqual(['KH-0102', 'KH-0101']);
  });

  it('says a factory was found by the name that holds the query’s words, not by its current name', () => {
    const index = buildSearchIndex({
      ...SITE,
      factories: [
        factory('KH-0101', 'Coral Demo Apparel Co., Ltd.', {}),
        factory('KH-0102', 'Crane Demo Knitwear International Ltd.', {
          aliases: ['Coral Demo Denim Manufacturing Co., Ltd.'],
        }),
      ],
    });
    const hits = searchFactoryHits(index, { ...EMPTY_SEARCH_STATE, q: 'Coral Demo Aparel' });
    expect(hits.map((h) => h.record.id)).toEqual(['KH-0101', 'KH-0102']);
    expect(hits[1]?.why).toMatchObject({
      field: 'alias',
      text: 'Coral Demo Denim Manufacturing Co., Ltd.',
      exact: false,
    });
  });

  it('a buyer shared by several factories finds them all', () => {
    expect(search({ q: 'Trey Demo Home & Style' }).sort()).toEqual(['KH-0001', 'KH-0002']);
  });

  it('an empty or punctuation-only query lists every factory in index order', () => {
    expect(search({ q: '' })).toEqual(['KH-0001', 'KH-0002', 'KH-0003']);
    expect(search({ q: ' .,- ' })).toEqual(['KH-0001', 'KH-0002', 'KH-0003']);
  });
});

describe('searchFactories: the order a registry’s users expect, and why each was found', () => {
  const index = buildSearchIndex({
    ...SITE,
    factories: [
      factory('KH-0201', 'Sandal Demo Textiles Co., Ltd.', {
        status: 'closed',
        closedOn: '2023-10-01' as IsoDate,
        province: 'Phnom Penh',
      }),
      // Open, and bearing the first one's name as a former name: it must not come first.
      factory('KH-0202', 'Bright Demo Knitting Industrial Co., Ltd.', {
        aliases: ['Sandal Demo Textiles (Cambodia) Co., Ltd.'],
        province: 'Phnom Penh',
      }),
      factory('KH-0203', 'Sandal Demo Textile Works', { province: 'Kandal' }),
      factory('KH-0204', 'Tonle Demo Knitwear Co., Ltd.', { province: 'Kandal' }),
      factory('KH-0205', 'Tonle Demo Knitting Co., Ltd.', { province: 'Kandal' }),
      factory('KH-0206', 'Lotus Demo Knitting Co., Ltd.', {
        nameKm: 'រោងចក្រ ឡូតុស នីតធីង',
        osId: 'KH2021094D1A5RT',
        province: 'Takeo',
        buyers: ['Alpine Demo Outdoor'],
      }),
    ],
  });
  const hits = (q: string) => searchFactoryHits(index, { ...EMPTY_SEARCH_STATE, q });
  const found = (q: string) => hits(q).map((h) => h.record.id);

  it('puts the factory whose current name the query is first, then the one whose former name it is', () => {
    const answer = hits('Sandal Demo Textiles Co., Ltd. Phnom Penh');
    expect(answer.map((h) => h.record.id).slice(0, 2)).toEqual(['KH-0201', 'KH-0202']);
    expect(answer[0]?.why).toEqual({
      field: 'name',
      text: 'Sandal Demo Textiles Co., Ltd.',
      exact: true,
      similarity: 1,
    });
    expect(answer[1]?.why).toMatchObject({
      field: 'alias',
      text: 'Sandal Demo Textiles (Cambodia) Co., Ltd.',
      exact: true,
    });
  });

  it.each([
    ['Tonle Knitware', 'KH-0204'],
    ['Lotus Knitting Company Limited', 'KH-0206'],
    ['LOTUS DEMO KNITTING CO.LTD', 'KH-0206'],
    ['Lotus Demo Knit', 'KH-0206'],
  ])('%j finds %s first', (q, id) => {
    expect(found(q)[0]).toBe(id);
  });

  it.each<[string, Partial<SearchWhy>]>([
    ['Lotus Demo Knitting', { field: 'name', exact: true }],
    ['ឡូតុស នីតធីង', { field: 'khmerName', exact: true }],
    ['KH-2021-094-D1A5RT', { field: 'osId', text: 'KH2021094D1A5RT' }],
    ['kh0206', { field: 'factoryId', text: 'KH-0206' }],
    ['Alpine Demo Outdoor', { field: 'buyer', text: 'Alpine Demo Outdoor' }],
    ['Lotsu Demo Knitting', { field: 'name', exact: false }],
  ])('says why %j found the factory: %j', (q, why) => {
    expect(hits(q)[0]).toMatchObject({ record: { id: 'KH-0206' }, why });
  });

  it('rates a misspelt name below 1', () => {
    expect(hits('Lotsu Demo Knitting')[0]?.why.similarity).toBeLessThan(1);
  });
});

describe('searchFactories: filters narrow the results', () => {
  it.each<[string, Partial<SearchState>, string[]]>([
    ['no filter', {}, ['KH-0001', 'KH-0002', 'KH-0003']],
    ['province', { province: 'Kandal' }, ['KH-0002', 'KH-0003']],
    ['closed', { status: 'closed' }, ['KH-0002']],
    ['open', { status: 'open' }, ['KH-0001', 'KH-0003']],
    ['on the latest low-compliance list', { lc: true }, ['KH-0001']],
    ['non-compliant on CI02', { req: 'CI02' }, ['KH-0002']],
    ['non-compliant on CI01 in the latest record only', { req: 'CI01' }, ['KH-0001']],
    ['buyer', { buyer: 'Alpine Demo Outdoor' }, ['KH-0001']],
    ['parent company', { parent: 'Northgate Demo Holdings' }, ['KH-0001', 'KH-0003']],
    ['two filters', { parent: 'Northgate Demo Holdings', province: 'Kandal' }, ['KH-0003']],
    ['query and filter', { q: 'demo', province: 'Kandal' }, ['KH-0002', 'KH-0003']],
    ['exact id excluded by a filter', { q: 'KH-0002', status: 'open' }, []],
    ['a value no factory has', { province: 'Atlantis' }, []],
  ])('%s', (_, state, expected) => {
    expect(search(state).sort()).toEqual(expected);
  });
});

describe('search state in the address', () => {
  const CHOICES: SearchChoices = {
    provinces: ['Kandal', 'Phnom Penh'],
    buyers: ['Trey Demo Home & Style'],
    parents: ['Northgate Demo Holdings'],
    requirements: CRITICAL,
  };

  it.each<[string, Partial<SearchState>]>([
    ['nothing', {}],
    ['a query', { q: 'st screen' }],
    ['a query with symbols', { q: 'Trey Demo Home & Style #2 ?=+' }],
    ['Khmer and Chinese', { q: 'ស្គ្រីន 丝网' }],
    [
      'every filter',
      {
        q: 'demo',
        province: 'Phnom Penh',
        status: 'closed',
        lc: true,
        req: 'CI02',
        buyer: 'Trey Demo Home & Style',
        parent: 'Northgate Demo Holdings',
      },
    ],
  ])('%s survives serialise then parse', (_, partial) => {
    const state = { ...EMPTY_SEARCH_STATE, ...partial };
    expect(parseSearchState(serialiseSearchState(state), CHOICES)).toEqual(state);
  });

  it.each<[string, string, Partial<SearchState>]>([
    ['a deep link with + for spaces', '?q=st+screen', { q: 'st screen' }],
    ['parameters in any order', 'lc=1&q=x&status=open', { q: 'x', lc: true, status: 'open' }],
    ['unknown parameters', '?utm_source=mail&page=2&q=lotus', { q: 'lotus' }],
    ['an unknown status', '?status=maybe', {}],
    ['lc other than 1', '?lc=yes', {}],
    ['a province not offered', '?province=Atlantis', {}],
    ['a requirement not offered', '?req=LR02', {}],
    [
      'a buyer and parent offered',
      '?buyer=Trey+Demo+Home+%26+Style&parent=Northgate+Demo+Holdings',
      {
        buyer: 'Trey Demo Home & Style',
        parent: 'Northgate Demo Holdings',
      },
    ],
  ])('parse: %s', (_, query, expected) => {
    expect(parseSearchState(query, CHOICES)).toEqual({ ...EMPTY_SEARCH_STATE, ...expected });
  });

  it('serialises only what differs from "any", in a fixed order', () => {
    expect(serialiseSearchState(EMPTY_SEARCH_STATE)).toBe('');
    expect(
      serialiseSearchState({
        ...EMPTY_SEARCH_STATE,
        parent: 'Northgate Demo Holdings',
        lc: true,
        q: ' st screen ',
        req: 'CI15',
      }),
    ).toBe('q=st+screen&lc=1&req=CI15&parent=Northgate+Demo+Holdings');
  });

  it.each<[string, Partial<SearchState>, boolean]>([
    ['nothing', {}, true],
    ['only spaces typed', { q: '   ' }, true],
    ['a query', { q: 'l' }, false],
    ['a province', { province: 'Kandal' }, false],
    ['a status', { status: 'open' }, false],
    ['the low-compliance list', { lc: true }, false],
    ['a requirement', { req: 'CI15' }, false],
    ['a buyer', { buyer: 'Trey Demo Home & Style' }, false],
    ['a parent company', { parent: 'Northgate Demo Holdings' }, false],
    ['an order', { sort: 'name' }, false],
  ])('asks for the static list with %s: %s', (_, partial, expected) => {
    expect(asksForTheList({ ...EMPTY_SEARCH_STATE, ...partial })).toBe(expected);
  });

  it.each([
    ['', { q: 'st screen' }, 'q=st+screen'],
    ['?utm_source=mail&q=old&lc=1', { q: 'new' }, 'utm_source=mail&q=new'],
    ['lang=km&province=Kandal', {}, 'lang=km'],
  ])(
    "the page query %j with %j becomes %j, keeping parameters not the search's",
    (current, partial, expected) => {
      expect(withSearchState(current, { ...EMPTY_SEARCH_STATE, ...partial })).toBe(expected);
    },
  );
});

describe('searchFactoryPage: one page of results, counted in full', () => {
  const queries: Array<Partial<SearchState>> = [
    {},
    { q: 'demo' },
    { q: 'Lotsu Demo' },
    { q: 'demo', province: 'Kandal' },
    { q: 'KH-0002' },
    { q: 'KH-0002', status: 'open' },
    { status: 'closed' },
    { q: 'xyzzy' },
  ];
  it.each(queries.flatMap((state) => [0, 1, 2, 50].map((limit) => [state, limit] as const)))(
    'the page of %j with limit %i is the start of every hit, with their number',
    (partial, limit) => {
      const state = { ...EMPTY_SEARCH_STATE, ...partial };
      const all = searchFactoryHits(INDEX, state);
      const page = searchFactoryPage(INDEX, state, limit);
      expect(page.total).toBe(all.length);
      expect(page.hits).toEqual(all.slice(0, limit));
    },
  );
});

describe('the search index file: one record per line, read as it arrives', () => {
  const text = [...searchIndexText(INDEX, 2)].join('');

  it('is the index as one valid JSON document', () => {
    expect(JSON.parse(text)).toEqual(INDEX);
  });

  it('holds one record per line', () => {
    expect(text.split('\n').filter((line) => line.startsWith('{'))).toHaveLength(INDEX.length);
  });

  it.each([1, 2, 7, 64, text.length])('reads it back in pieces of %i characters', (size) => {
    const reader = new SearchIndexReader();
    const read: SearchRecord[] = [];
    for (let at = 0; at < text.length; at += size)
      read.push(...reader.push(text.slice(at, at + size)));
    read.push(...reader.end());
    expect(read).toEqual(INDEX);
  });

  it('gives the first records before the last piece arrives', () => {
    const reader = new SearchIndexReader();
    const firstLineEnd = text.indexOf('\n', text.indexOf('{'));
    expect(reader.push(text.slice(0, firstLineEnd + 1))).toEqual(INDEX.slice(0, 1));
  });

  it.each([
    ['written on one line', JSON.stringify(INDEX)],
    ['written on one line with a final line break', `${JSON.stringify(INDEX)}\n`],
    ['an empty index', [...searchIndexText([])].join('')],
  ])('reads an index %s', (_, file) => {
    const reader = new SearchIndexReader();
    const read = [...reader.push(file), ...reader.end()];
    expect(read).toEqual(JSON.parse(file));
  });

  it.each([
    ['a line that is not a record', '[\n1,\n]\n'],
    ['a cut record', '[\n{"id":"F1",\n]\n'],
  ])('refuses %s', (_, file) => {
    const reader = new SearchIndexReader();
    expect(() => [...reader.push(file), ...reader.end()]).toThrow();
  });
});

describe('searchFactoryPage: the order a reader chooses', () => {
  const rec = (id: string, n: string, rest: Partial<SearchRecord> = {}): SearchRecord => ({
    id,
    n,
    st: 'open',
    lc: false,
    nc: [],
    ...rest,
  });
  const RECORDS: SearchRecord[] = [
    rec('F1', 'Mango Demo Knit', { cy: '2021', nc: ['CI01'], rt: 0.8 }),
    rec('F2', 'Apple Demo Denim', { st: 'closed', cl: '2023-10-02', cy: '2021', nc: [], rt: 0.95 }),
    rec('F3', 'Zebra Demo Bags', { st: 'closed', cl: '2022-01-15' }),
    rec('F4', 'Kiwi Demo Shoes', { cy: '2021', nc: ['CI01', 'CI02'], rt: 0.6 }),
    rec('F5', 'Banana Demo Apparel', { cy: '2021', nc: ['CI02'] }),
  ];
  it.each<[string, Partial<SearchState>, string[]]>([
    ['the list order without a choice', {}, ['F1', 'F2', 'F3', 'F4', 'F5']],
    ['name', { sort: 'name' }, ['F2', 'F5', 'F4', 'F1', 'F3']],
    [
      'closing date, latest first, open factories after',
      { sort: 'closed' },
      ['F2', 'F3', 'F1', 'F4', 'F5'],
    ],
    [
      'compliance rate, lowest first, factories without one after',
      { sort: 'rate' },
      ['F4', 'F1', 'F2', 'F3', 'F5'],
    ],
    [
      'critical issues, most first, factories without findings after',
      { sort: 'critical' },
      ['F4', 'F1', 'F5', 'F2', 'F3'],
    ],
    ['a query and a filter, sorted', { q: 'demo', status: 'closed', sort: 'name' }, ['F2', 'F3']],
  ])('%s', (_, partial, expected) => {
    const page = searchFactoryPage(RECORDS, { ...EMPTY_SEARCH_STATE, ...partial }, 3);
    expect(page.total).toBe(expected.length);
    expect(ids(page.hits.map((h) => h.record))).toEqual(expected.slice(0, 3));
  });

  it.each([
    ['sort=rate', 'rate'],
    ['sort=critical&q=x', 'critical'],
    ['sort=bogus', ''],
    ['', ''],
  ])('reads the order from the address (%s)', (query, sort) => {
    expect(parseSearchState(query).sort).toBe(sort);
  });

  it('writes the order into the address after the filters', () => {
    expect(serialiseSearchState({ ...EMPTY_SEARCH_STATE, q: 'x', lc: true, sort: 'closed' })).toBe(
      'q=x&lc=1&sort=closed',
    );
  });
});
