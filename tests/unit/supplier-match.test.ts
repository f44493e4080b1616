import { describe, expect, it } from 'vitest';
import type { SearchRecord } from '../../src/lib/search';
import { emptyListValues, type ListRow } from '../../src/lib/supplier-list';
import { acceptable } from '../../src/lib/supplier-bulk';
import { choose, createMatcher, type RowMatch } from '../../src/lib/supplier-match';

const record = (id: string, n: string, rest: Partial<SearchRecord> = {}): SearchRecord => ({
  id,
  n,
  st: 'open',
  lc: false,
  nc: [],
  ...rest,
});

/** A small registry with the traps real lists fall into (fictional names). */
const RECORDS: SearchRecord[] = [
  record('KH-0001', 'Bamboo Demo Knitwear (Cambodia) Co., Ltd.', {
    km: 'រោងចក្រ បាំប៊ូ នីតវែរ',
    zh: '翠竹示范针织服装（柬埔寨）有限公司',
    al: ['Silk Road Demo Garment Co., Ltd.'],
    pc: 'Northgate Demo Holdings',
    pr: 'Phnom Penh',
    ad: 'No. 12, Street 5, Phnom Penh',
    os: 'KH2019067NZ95AM',
  }),
  // One name, two factories: told apart by the parent company or the place.
  record('KH-0002', 'Twin Rivers Demo Footwear Co., Ltd.', {
    pc: 'River Demo Group',
    pr: 'Kandal',
  }),
  record('KH-0003', 'Twin Rivers Demo Footwear (Cambodia)', {
    pc: 'Delta Demo Holdings',
    pr: 'Takeo',
  }),
  record('KH-0004', 'Harbor Demo Denim Factory', {
    os: 'KH2019113CX11S8',
    st: 'closed',
    cl: '2023-01-16',
    pr: 'Kampong Speu',
  }),
  record('KH-0005', 'Harbor Demo Bags (Cambodia) Co., Ltd.', { pr: 'Kandal' }),
  // A current name that is another factory's former name.
  record('KH-0006', 'Seven Stars Demo Apparel', {
    al: ['Dragonfly Demo Garment Co., Ltd.'],
    pr: 'Phnom Penh',
    ad: 'Phum Chom Chao, Khan Por Senchey, Phnom Penh',
  }),
  record('KH-0007', 'Dragonfly Demo Garment (Cambodia)', { pr: 'Kandal' }),
  // Sites of one company.
  record('KH-0008', 'Lotus Demo Garment II Co., Ltd.', { pr: 'Kandal' }),
  record('KH-0009', 'Lotus Demo Garment III Co., Ltd.', { pr: 'Takeo' }),
  // A registry export note in the name.
  record('KH-0010', 'Morning Dew Demo Apparel (Former name: Evening Demo Apparel Co., Ltd.)', {
    pr: 'Svay Rieng',
  }),
];
const matcher = createMatcher(RECORDS, { country: 'KH' });
const row = (values: Partial<ListRow['values']>, line = 2): ListRow => ({
  line,
  values: { ...emptyListValues(), ...values },
  problems: [],
});
const summary = (m: RowMatch) => ({
  result: m.result,
  basis: m.basis,
  id: m.record?.id ?? null,
  candidates: m.candidates.map((c) => c.record.id),
  notes: m.notes.map((n) => n.code),
});
const check = (values: Partial<ListRow['values']>) => summary(matcher.match(row(values)));

describe('rule: a name decides only when it is one factory’s name, once normalised', () => {
  it.each([
    ['its name as published', 'Bamboo Demo Knitwear (Cambodia) Co., Ltd.', 'name'],
    ['without legal form and country, in capitals', 'BAMBOO DEMO KNITWEAR', 'name'],
    ['another legal form', 'Bamboo Demo Knitwear Company Limited', 'name'],
    ['a misspelt country', 'Bamboo Demo Knitwear (Cmabodia) Co Ltd', 'name'],
    ['split words', 'Bam boo Demo Knitwear', 'name'],
    ['its Khmer name', 'រោងចក្រ បាំប៊ូ នីតវែរ', 'khmerName'],
    ['its Khmer name without "factory" and spaces', 'បាំប៊ូនីតវែរ', 'khmerName'],
    ['its Chinese name without brackets', '翠竹示范针织服装柬埔寨有限公司', 'chineseName'],
    ['a former or other name', 'silk road demo garment', 'alias'],
  ])('%s', (_, name, basis) => {
    expect(check({ name })).toMatchObject({ result: 'matched', basis, id: 'KH-0001', notes: [] });
  });

  it('reads a former name given in a registry note', () => {
    expect(check({ name: 'Evening Demo Apparel Co Ltd' })).toMatchObject({
      result: 'matched',
      basis: 'formerName',
      id: 'KH-0010',
    });
    expect(check({ name: 'Morning Dew Demo Apparel' })).toMatchObject({
      result: 'matched',
      basis: 'name',
      id: 'KH-0010',
    });
  });

  it('reads a former name given in the list’s own note', () => {
    expect(check({ name: 'New Name Demo Ltd (formerly Silk Road Demo Garment)' })).toMatchObject({
      result: 'matched',
      basis: 'alias',
      id: 'KH-0001',
    });
  });
});

describe('a registry without a country of its own', () => {
  it('takes no place for one abroad', () => {
    const m = createMatcher(RECORDS).match(
      row({ name: 'Bamboo Demo Knitwear', city: 'Ho Chi Minh City' }),
    );
    expect(summary(m)).toMatchObject({ result: 'matched', id: 'KH-0001' });
  });
});

describe('a country cell saying the registry’s country, beside an address abroad', () => {
  it('offers the factory of the name to confirm, saying which country the address names', () => {
    const m = matcher.match(
      row({ name: 'Bamboo Demo Knitwear', address: 'Yangon 11011, Myanmar', country: 'Cambodia' }),
    );
    expect(m.result).toBe('ambiguous');
    expect(m.candidates.map((c) => c.record.id)).toEqual(['KH-0001']);
    expect(m.notes).toContainEqual({ code: 'addressAbroad', country: 'Myanmar' });
    expect(acceptable(m)).toBeNull();
  });

  it('matches where the address is at home', () => {
    const m = matcher.match(
      row({
        name: 'Bamboo Demo Knitwear',
        address: 'Street 9, Phnom Penh, Cambodia',
        country: 'KH',
      }),
    );
    expect(m.result).toBe('matched');
  });
});

describe('two factories of one name, neither where the line says', () => {
  it('says none of them is there', () => {
    const m = matcher.match(row({ name: 'Twin Rivers Demo Footwear', province: 'Svay Rieng' }));
    expect(m.result).toBe('ambiguous');
    expect(m.notes).toContainEqual({ code: 'sameNameElsewhere', listPlaces: ['Svay Rieng'] });
    const there = matcher.match(row({ name: 'Twin Rivers Demo Footwear', province: 'Kandal' }));
    expect(there.notes.map((n) => n.code)).not.toContain('sameNameElsewhere');
  });
});

describe('an id beside the name of two factories', () => {
  it.each([
    ['the id’s factory’s name as written', 'Twin Rivers Demo Footwear Co., Ltd.'],
    ['the name both share, written as neither', 'TWIN RIVERS DEMO FOOTWEAR'],
  ])('settles which with %s', (_, name) => {
    const m = matcher.match(row({ name, factoryId: 'KH-0002' }));
    expect(summary(m)).toMatchObject({ result: 'matched', id: 'KH-0002', basis: 'factoryId' });
  });

  it('offers the namesake where the line places it, beside the id’s factory elsewhere', () => {
    const m = matcher.match(
      row({ name: 'Twin Rivers Demo Footwear', province: 'Takeo', factoryId: 'KH-0002' }),
    );
    expect(m.result).toBe('ambiguous');
    expect(m.candidates.map((c) => c.record.id)).toEqual(['KH-0002', 'KH-0003']);
    expect(m.candidates[1]?.place.state).toBe('agrees');
  });

  it('leaves to confirm a line that writes the other’s name letter for letter', () => {
    const m = matcher.match(
      row({ name: 'Twin Rivers Demo Footwear (Cambodia)', factoryId: 'KH-0002' }),
    );
    expect(m.result).toBe('ambiguous');
    expect(m.candidates.map((c) => c.record.id)).toEqual(['KH-0002', 'KH-0003']);
    expect(m.notes).toContainEqual(
      expect.objectContaining({
        code: 'idWrittenAsAnother',
        factoryName: 'Twin Rivers Demo Footwear (Cambodia)',
      }),
    );
    expect(acceptable(m)).toBeNull();
  });
});

describe('a name cell holding the address too', () => {
  it('offers the factory its name before the address gives, to confirm', () => {
    const m = matcher.match(
      row({ name: 'Harbor Demo Denim Factory, No. 12 Street D-000, Kampong Speu' }),
    );
    expect(m.result).toBe('ambiguous');
    expect(m.candidates[0]?.record.id).toBe('KH-0004');
    expect(acceptable(m)).toBeNull();
  });
});

describe('rule: the place the line gives must not contradict the factory’s', () => {
  it.each([
    ['a town abroad', { city: 'Ho Chi Minh City' }, 'Ho Chi Minh City'],
    ['an address abroad', { address: 'Lot A2, VSIP, Thuan An' }, 'Lot A2, VSIP, Thuan An'],
    ['a town abroad, in the address', { address: 'Gazipur' }, 'Gazipur'],
    // The country column vouches for the country, not for a town it does not hold.
    [
      'a town abroad beside the registry’s country',
      { city: 'Ho Chi Minh City', country: 'Cambodia' },
      'Ho Chi Minh City',
    ],
  ])(
    'offers the factory of the name to confirm for %s that no published address names',
    (_, values, listPlace) => {
      const m = matcher.match(row({ name: 'Bamboo Demo Knitwear', ...values }));
      expect(m.result).toBe('ambiguous');
      expect(m.candidates.map((c) => c.record.id)).toEqual(['KH-0001']);
      expect(m.notes).toContainEqual({ code: 'placeUnknown', listPlace });
      expect(acceptable(m)).toBeNull();
    },
  );

  it.each([
    ['an address in its province', { address: 'Street 9, Phnom Penh' }, 'matched'],
    ['its province', { province: 'Phnom Penh' }, 'matched'],
    ['its province after the name', { name: 'Bamboo Demo Knitwear, Phnom Penh City' }, 'matched'],
    // A town no province names, but a published factory's address does.
    ['a town of the registry’s addresses', { city: 'Chom Chao' }, 'matched'],
    // A village in Khmer script: no word the registry's English addresses could hold.
    ['a village written in Khmer', { address: 'ភូមិត្រពាំងថ្លឹង' }, 'matched'],
    ['a province spelt otherwise in Chinese', { address: '波萝勉省' }, 'matched'],
    ['another province', { address: 'National Road 2, Takeo' }, 'ambiguous'],
    ['another province in the name', { name: 'Bamboo Demo Knitwear (Takeo)' }, 'ambiguous'],
    [
      'another province after the name',
      { name: 'Bamboo Demo Knitwear, Takeo Province' },
      'ambiguous',
    ],
  ])('with %s: %s', (_, values, result) => {
    const m = matcher.match(row({ name: 'Bamboo Demo Knitwear', ...values }));
    expect(m.result).toBe(result);
    if (result === 'ambiguous') {
      expect(m.notes).toContainEqual({
        code: 'placeDiffers',
        listPlaces: ['Takeo'],
        factoryPlaces: ['Phnom Penh'],
        factoryName: 'Bamboo Demo Knitwear (Cambodia) Co., Ltd.',
        factoryNameKm: 'រោងចក្រ បាំប៊ូ នីតវែរ',
        factoryNameZh: '翠竹示范针织服装（柬埔寨）有限公司',
      });
      expect(m.candidates[0]).toMatchObject({ similarity: 1, place: { state: 'differs' } });
    }
  });

  it('says where the line and the factory agree', () => {
    expect(
      matcher.match(row({ name: 'Bamboo Demo Knitwear', address: 'Phnom Penh' })).place,
    ).toEqual({ state: 'agrees', listPlaces: ['Phnom Penh'], factoryPlaces: ['Phnom Penh'] });
  });
});

describe('rule: two factories with one normalised name are never told apart by the name', () => {
  it('offers both to confirm, saying why', () => {
    expect(check({ name: 'Twin Rivers Demo Footwear' })).toEqual({
      result: 'ambiguous',
      basis: null,
      id: null,
      candidates: ['KH-0002', 'KH-0003'],
      notes: ['sameName'],
    });
  });

  it('even when the line writes one of them exactly', () => {
    expect(check({ name: 'Twin Rivers Demo Footwear Co., Ltd.' })).toMatchObject({
      result: 'ambiguous',
      candidates: ['KH-0002', 'KH-0003'],
    });
  });

  it.each([
    ['the province', { province: 'Takeo' }, 'place'],
    ['the parent company', { parentCompany: 'DELTA DEMO HOLDINGS' }, 'parentCompany'],
  ])('settles them by %s', (_, values, by) => {
    expect(check({ name: 'Twin Rivers Demo Footwear', ...values })).toMatchObject({
      result: 'matched',
      basis: 'name',
      id: 'KH-0003',
      notes: ['sameNameSettled'],
    });
    expect(
      matcher.match(row({ name: 'Twin Rivers Demo Footwear', ...values })).notes[0],
    ).toMatchObject({ by, count: 2 });
  });

  it('not by the place when the line writes, letter for letter, the name of the one elsewhere', () => {
    // KH-0002 is in Kandal; the line says Takeo, where KH-0003 is, but writes KH-0002's name.
    expect(check({ name: 'Twin Rivers Demo Footwear Co., Ltd.', province: 'Takeo' })).toMatchObject(
      {
        result: 'ambiguous',
        candidates: ['KH-0003', 'KH-0002'],
        notes: ['sameName', 'writtenAsAnother'],
      },
    );
    // Written as the one in the place, the place settles it.
    expect(
      check({ name: 'Twin Rivers Demo Footwear (Cambodia)', province: 'Takeo' }),
    ).toMatchObject({ result: 'matched', id: 'KH-0003' });
  });

  it('a former name that another factory bears today is to confirm', () => {
    for (const name of ['Dragonfly Demo Garment Co., Ltd.', 'Dragonfly Demo Garment Co Ltd']) {
      expect(check({ name })).toMatchObject({
        result: 'ambiguous',
        candidates: ['KH-0007', 'KH-0006'],
        notes: ['sameName'],
      });
    }
    expect(check({ name: 'Seven Stars Demo Apparel' })).toMatchObject({
      result: 'matched',
      id: 'KH-0006',
    });
  });
});

describe('bulk accept leaves a line whose top candidate is in doubt', () => {
  it.each([
    [
      'its address gives another house number and street',
      {
        name: 'Bamobo Demo Knitwear',
        province: 'Phnom Penh',
        address: 'No. 327, Street 438, Phnom Penh',
      },
    ],
    [
      'its country cell names no country it knows',
      { name: 'Bamobo Demo Knitwear', province: 'Phnom Penh', country: 'Bangaldesh' },
    ],
    [
      'it writes the name of the factory the place rules out',
      { name: 'Twin Rivers Demo Footwear Co., Ltd.', province: 'Takeo' },
    ],
  ])('when %s', (_, values) => {
    const m = matcher.match(row(values));
    expect(m.result).toBe('ambiguous');
    expect(acceptable(m)).toBeNull();
  });

  it('and takes one where nothing is', () => {
    const m = matcher.match(row({ name: 'Bamobo Demo Knitwear', province: 'Phnom Penh' }));
    expect(acceptable(m)?.record.id).toBe('KH-0001');
  });
});

describe('rule: a name does not decide against an address plainly elsewhere', () => {
  it('offers the factory to confirm when the line gives another house number and street', () => {
    const name = 'Bamboo Demo Knitwear (Cambodia) Co., Ltd.';
    const m = matcher.match(row({ name, address: 'No. 327, Street 438, Phnom Penh' }));
    expect(summary(m)).toMatchObject({
      result: 'ambiguous',
      candidates: ['KH-0001'],
      notes: ['addressDiffers'],
    });
    expect(check({ name, address: 'No 12, St. 5, Phnom Penh' })).toMatchObject({
      result: 'matched',
      id: 'KH-0001',
    });
    expect(check({ name, address: 'Street 9, Phnom Penh' })).toMatchObject({
      result: 'matched',
      id: 'KH-0001',
    });
  });
});

describe('a cell that holds more than the name', () => {
  it.each([
    ['two names around a slash', 'Bamboo Demo Knitwear / Bamboo Knit House'],
    ['the name in two scripts', 'Bamboo Demo Knitwear រោងចក្រ បាំប៊ូ នីតវែរ'],
    ['the name in Chinese beside it', 'Bamboo Demo Knitwear 翠竹示范针织服装有限公司'],
  ])('reads %s as names of one factory', (_, name) => {
    expect(check({ name })).toMatchObject({ result: 'matched', id: 'KH-0001' });
  });

  it('asks to confirm when its names are two factories', () => {
    expect(check({ name: 'Bamboo Demo Knitwear / Harbor Demo Denim Factory' })).toMatchObject({
      result: 'ambiguous',
      candidates: ['KH-0001', 'KH-0004'],
      notes: ['sameName'],
    });
  });

  it.each([
    ['a group in brackets', 'Bamboo Demo Knitwear (Northgate Demo Holdings Group)'],
    ['a description after a dash', 'Bamboo Demo Knitwear - Cut and Sew Unit'],
  ])('offers the factory, to confirm, for a name with %s', (_, name) => {
    const m = matcher.match(row({ name }));
    expect(summary(m)).toMatchObject({ result: 'ambiguous', candidates: ['KH-0001'] });
    expect(m.candidates[0]?.similarity).toBeLessThan(1);
  });
});

describe('rule: a similar name is offered to confirm, never taken', () => {
  it.each([
    ['a misspelt name', 'Bamobo Demo Knitwear'],
    ['a misspelt name and word of the trade', 'Bamobo Demo Knitware'],
    ['words in another order', 'Demo Bamboo Knitwear'],
    ['a word of the trade left out', 'Bamboo Demo'],
    ['a misspelt former name', 'Silk Raod Demo Garment'],
  ])('%s', (_, name) => {
    const m = matcher.match(row({ name }));
    expect(summary(m)).toMatchObject({ result: 'ambiguous', candidates: ['KH-0001'] });
    expect(m.candidates[0]?.similarity).toBeLessThan(1);
  });

  it('asks to confirm a name whose factory has another OS ID than the line’s, unknown, one', () => {
    const m = matcher.match(row({ name: 'Harbor Demo Denim Factory', osId: 'KH2020001AAAAA1' }));
    expect(summary(m)).toMatchObject({ result: 'ambiguous', candidates: ['KH-0004'] });
    expect(m.notes.map((n) => n.code)).toEqual(['osIdNotFound', 'osIdDiffers']);
    // A factory without an OS ID of its own is not contradicted by one.
    const without = matcher.match(
      row({ name: 'Seven Stars Demo Apparel', osId: 'KH2020001AAAAA1' }),
    );
    expect(summary(without)).toMatchObject({ result: 'matched', id: 'KH-0006' });
  });

  it.each([
    ['a second factory in Chinese', 'Harbor Demo Bags（二厂）'],
    ['a process in brackets', 'Harbor Demo Bags (Laundry)'],
    ['a process after the name', 'Harbor Demo Bags Printing'],
    ['a part after a dash', 'Harbor Demo Bags - Washing Plant'],
  ])('marks a candidate whose name the line’s says more than: %s', (_, name) => {
    const m = matcher.match(row({ name, province: 'Kandal' }));
    const harbor = m.candidates.find((c) => c.record.id === 'KH-0005');
    expect(harbor?.saysMore).toBe(true);
  });

  it.each([
    ['Harbor Demo Bags（二厂）'],
    ['Harbor Demo Bags 第二工厂'],
    ['Harbor Demo Bags 分厂'],
    ['Harbor Demo Bags សាខា'],
    ['Harbor Demo Bags Co., Ltd. សាខា ២'],
  ])('never takes %s, a second factory, for the factory of the name', (name) => {
    const m = matcher.match(row({ name, province: 'Kandal' }));
    expect(m.result).not.toBe('matched');
    expect(m.candidates.find((c) => c.record.id === 'KH-0005')?.sitesUnlike).toBe(true);
  });

  it.each([
    ['in Chinese beside the English name', { name: 'Harbor Demo Bags 海港示范箱包二厂' }],
    ['in a second name after a slash', { name: 'Harbor Demo Bags / Harbor Demo Bags Factory 2' }],
    [
      'in the name column of another language',
      { name: 'Harbor Demo Bags', nativeName: '海港示范箱包二厂' },
    ],
  ])('never takes a line whose site is given %s for the factory without one', (_, values) => {
    const m = matcher.match(row({ ...values, province: 'Kandal' }));
    expect(m.result).not.toBe('matched');
  });

  it.each([['Harbr Demo Bags'], ['Harbr Demo Bags Factory']])(
    'does not mark %j, a misspelt name or one with “Factory”, as saying more',
    (name) => {
      const m = matcher.match(row({ name, province: 'Kandal' }));
      expect(m.candidates.find((c) => c.record.id === 'KH-0005')?.saysMore).toBe(false);
    },
  );

  it('marks a candidate whose name makes something else, or gives no site where the line gives one', () => {
    const bags = matcher.match(row({ name: 'Harbor Demo Knitwear', province: 'Kandal' }));
    const harbor = bags.candidates.find((c) => c.record.id === 'KH-0005');
    expect(harbor?.tradeDiffers).toBe(true);
    const site = matcher.match(
      row({ name: 'Dragonfly Demo Garment - Factory 2', province: 'Kandal' }),
    );
    expect(site.result).toBe('ambiguous');
    const dragonfly = site.candidates.find((c) => c.record.id === 'KH-0007');
    expect(dragonfly?.sitesUnlike).toBe(true);
    const lotus = matcher.match(row({ name: 'Lotus Demo Garment IV' }));
    expect(lotus.candidates.every((c) => c.sitesUnlike)).toBe(true);
  });

  it('offers another site of the same name, marked as another site', () => {
    const m = matcher.match(row({ name: 'Lotus Demo Garment 2' }));
    expect(summary(m)).toMatchObject({ result: 'matched', id: 'KH-0008' });
    const other = matcher.match(row({ name: 'Lotus Demo Garment IV' }));
    expect(summary(other)).toMatchObject({ result: 'ambiguous' });
    expect(other.candidates.every((c) => c.siteDiffers)).toBe(true);
  });

  it.each([
    ['Lotus Demo Garment III', 'matched', 'KH-0009'],
    ['Lotus Demo Garment 3', 'matched', 'KH-0009'],
    ['Lotus Demo Garmnet II', 'ambiguous', null],
  ])('reads Roman numerals as site numbers: %s', (name, result, id) => {
    expect(check({ name })).toMatchObject({ result, id });
  });
});

describe('rule: a line that shares only words of the trade gets no candidate', () => {
  it.each([
    ['only words of the trade', 'Demo Garment Factory Co., Ltd.', ['tradeWordsOnly']],
    ['one shared word of its own list', 'Demo', ['tradeWordsOnly']],
    ['an unknown name', 'Acme Demo Widgets Ltd', []],
    ['an unknown name sharing the trade words', 'Quorin Demo Knitwear (Cambodia) Co., Ltd.', []],
  ])('%s', (_, name, notes) => {
    expect(check({ name })).toEqual({
      result: 'unmatched',
      basis: null,
      id: null,
      candidates: [],
      notes,
    });
  });
});

describe('rule: an id decides only when the line’s name agrees with its factory', () => {
  it.each([
    [
      'the OS ID, with hyphens',
      { osId: 'KH-2019067-NZ95AM', name: 'Bamboo Demo Knitwear' },
      'osId',
    ],
    [
      'the OS ID, the line’s name misspelt',
      { osId: 'KH2019067NZ95AM', name: 'Bamobo Knitwear' },
      'osId',
    ],
    ['the OS ID and the Khmer name', { osId: 'KH2019067NZ95AM', name: 'បាំប៊ូ នីតវែរ' }, 'osId'],
    ['the factory id', { factoryId: 'kh 0001', name: 'Silk Road Demo Garment' }, 'factoryId'],
    ['a factory id in the OS ID column', { osId: 'kh-0001', name: 'Bamboo Demo' }, 'factoryId'],
    ['a line that is only an OS ID', { name: 'KH-2019067-NZ95AM' }, 'osId'],
    ['a line that is only a factory id', { name: 'kh 0001' }, 'factoryId'],
  ])('%s', (_, values, basis) => {
    expect(check(values)).toMatchObject({ result: 'matched', basis, id: 'KH-0001', notes: [] });
  });

  it('asks to confirm when the id’s factory bears another name, and offers the name’s factory', () => {
    const m = matcher.match(row({ name: 'Bamboo Demo Knitwear', osId: 'kh2019113cx11s8' }));
    expect(summary(m)).toEqual({
      result: 'ambiguous',
      basis: null,
      id: null,
      candidates: ['KH-0004', 'KH-0001'],
      notes: ['nameDiffers'],
    });
    expect(m.notes[0]).toEqual({
      code: 'nameDiffers',
      basis: 'osId',
      listName: 'Bamboo Demo Knitwear',
      factoryName: 'Harbor Demo Denim Factory',
    });
  });

  it('asks to confirm when the line shares only words of the trade with the id’s factory', () => {
    expect(check({ name: 'Demo Denim Factory', osId: 'KH2019113CX11S8' })).toMatchObject({
      result: 'ambiguous',
      candidates: ['KH-0004'],
      notes: ['nameDiffers'],
    });
  });

  it('asks to confirm when the place contradicts the id’s factory', () => {
    expect(
      check({ name: 'Harbor Demo Denim', osId: 'KH2019113CX11S8', province: 'Svay Rieng' }),
    ).toMatchObject({ result: 'ambiguous', candidates: ['KH-0004'], notes: ['placeDiffers'] });
  });

  it('asks which is meant when the factory id and the OS ID are two factories', () => {
    expect(
      check({ name: 'Harbor Demo Denim', factoryId: 'KH-0004', osId: 'KH2019067NZ95AM' }),
    ).toMatchObject({
      result: 'ambiguous',
      candidates: ['KH-0004', 'KH-0001'],
      notes: ['idsDisagree'],
    });
  });

  it('falls back to the name when an id is not published, and says so', () => {
    expect(
      check({ name: 'Seven Stars Demo Apparel', osId: 'KH2020001AAAAAA', factoryId: 'KH-9999' }),
    ).toMatchObject({
      result: 'matched',
      basis: 'name',
      id: 'KH-0006',
      notes: ['factoryIdNotFound', 'osIdNotFound'],
    });
  });

  it('says nothing of a brand’s own number for the factory, which is no registry id', () => {
    for (const factoryId of ['647936', 'HM-20931-B']) {
      expect(check({ name: 'Seven Stars Demo Apparel', factoryId })).toMatchObject({
        result: 'matched',
        id: 'KH-0006',
        notes: [],
      });
    }
  });
});

describe('lines for factories elsewhere or without a name', () => {
  it.each([
    [
      'a factory in another country',
      { name: 'Harbor Demo Denim Factory', country: 'Vietnam' },
      ['otherCountry'],
    ],
    ['a line without a name', { address: 'Phnom Penh' }, ['noName']],
  ])('leaves %s unmatched', (_, values, notes) => {
    expect(check(values)).toEqual({
      result: 'unmatched',
      basis: null,
      id: null,
      candidates: [],
      notes,
    });
  });

  it.each(['Turkey', 'TURKEY', 'Czech Republic', 'Chinese Taipei', 'Korea, Republic of'])(
    'does not match a line whose country is %s, an older or ISO name of another country',
    (country) => {
      expect(check({ name: 'Harbor Demo Denim Factory', country })).toMatchObject({
        result: 'unmatched',
        notes: ['otherCountry'],
      });
      const address = `Organize Sanayi Bolgesi 4, ${country}`;
      expect(check({ name: 'Harbor Demo Denim Factory', address }).result).toBe('unmatched');
    },
  );

  it.each(['Cambodia', 'KH', 'kh', 'កម្ពុជា', '柬埔寨', 'Kampuchea'])(
    'matches a line whose country is %s',
    (country) => {
      expect(check({ name: 'Harbor Demo Denim Factory', country }).result).toBe('matched');
    },
  );

  it('asks to confirm a line whose name says another country', () => {
    const m = check({ name: 'Harbor Demo Denim Factory (Vietnam)' });
    expect(m).toMatchObject({ result: 'ambiguous', notes: ['placeDiffers'] });
    expect(m.candidates[0]).toBe('KH-0004');
  });
});

describe('an id on the wrong row', () => {
  it('asks to confirm when the line’s name is exactly another factory’s, and offers both', () => {
    const m = check({ name: 'HARBOR DEMO BAGS (CAMBODIA) CO., LTD.', osId: 'KH2019113CX11S8' });
    expect(m).toMatchObject({ result: 'ambiguous', notes: ['nameDiffers'] });
    expect(m.candidates.slice(0, 2)).toEqual(['KH-0004', 'KH-0005']);
  });

  it('asks to confirm when the line’s name makes another thing than the id’s factory', () => {
    const m = check({ name: 'Harbor Demo Footwear Co., Ltd.', osId: 'KH2019113CX11S8' });
    expect(m).toMatchObject({ result: 'ambiguous', notes: ['nameDiffers'] });
    expect(m.candidates[0]).toBe('KH-0004');
  });
});

describe('the country a line gives', () => {
  it.each([
    ['an ISO alpha-2 code', { country: 'VN' }, 'VN'],
    ['an ISO alpha-3 code', { country: 'BGD' }, 'BGD'],
    ['an alpha-3 code in lower case', { country: 'vnm' }, 'vnm'],
    ['the end of its address', { address: 'Lot 12, Hlaing Tharyar, Yangon, Myanmar' }, 'Myanmar'],
    ['its city column', { city: 'Viet Nam' }, 'Viet Nam'],
    ['its address, with a postcode', { address: 'Gazipur, Bangladesh 1703' }, 'Bangladesh 1703'],
    [
      'the end of an address without commas',
      { address: 'Houjie Shenzhen Guangdong China' },
      'China',
    ],
  ])('leaves a factory in another country, named by %s, unmatched', (_, values, country) => {
    const m = matcher.match(row({ name: 'Harbor Demo Denim Factory', ...values }));
    expect(summary(m)).toEqual({
      result: 'unmatched',
      basis: null,
      id: null,
      candidates: [],
      notes: ['otherCountry'],
    });
    expect(m.notes[0]).toEqual({ code: 'otherCountry', country });
  });

  it.each([['Bangaldesh'], ['Vietam'], ['Chinese Mainland']])(
    'only offers to confirm a factory of the name when the country cell reads %j, no country it knows',
    (country) => {
      const m = matcher.match(row({ name: 'Harbor Demo Denim Factory', country }));
      expect(summary(m)).toEqual({
        result: 'ambiguous',
        basis: null,
        id: null,
        candidates: ['KH-0004'],
        notes: ['countryUnread'],
      });
      // …unless an id decides.
      const byOsId = matcher.match(
        row({ name: 'Harbor Demo Denim Factory', country, osId: 'KH2019113CX11S8' }),
      );
      expect(summary(byOsId)).toMatchObject({ result: 'matched', id: 'KH-0004' });
    },
  );

  it.each([
    ['its alpha-3 code', { country: 'KHM' }],
    ['its name at the end of the address', { address: 'Road 4, Kampong Speu, Cambodia' }],
    ['a street named after another country', { address: 'No. 5, Jordan Road, Kampong Speu' }],
  ])('matches a line in the dataset’s country given by %s', (_, values) => {
    expect(check({ name: 'Harbor Demo Denim Factory', ...values })).toMatchObject({
      result: 'matched',
      id: 'KH-0004',
    });
  });
});

describe('where a factory is', () => {
  const placed = createMatcher(
    [
      record('KH-0101', 'Peacock Demo Knitwear Co., Ltd.', {
        pr: 'Kampong Chhnang',
        ad: 'Lot D-27, Kampot Pepper Demo Special Economic Zone, Kampong Chhnang',
      }),
      record('KH-0102', 'Lantern Demo Apparel', { pr: 'Kampot' }),
      record('KH-0103', 'Orchid Demo Bags', { ad: 'Street 7, Kampot' }),
    ],
    {
      country: 'KH',
      provinces: [
        { nameEn: 'Kampong Chhnang', nameKm: 'កំពង់ឆ្នាំង', nameZh: '磅清扬' },
        { nameEn: 'Kampot', nameKm: 'កំពត', nameZh: '贡布' },
      ],
    },
  );
  const placeOf = (name: string, values: Partial<ListRow['values']>) => {
    const m = placed.match(row({ name, ...values }));
    return { result: m.result, place: (m.place ?? m.candidates[0]?.place)?.state };
  };

  it('is its province, not another province its address names', () => {
    expect(placeOf('Peacock Demo Knitwear', { province: 'Kampot' })).toEqual({
      result: 'ambiguous',
      place: 'differs',
    });
    expect(placeOf('Peacock Demo Knitwear', { province: 'Kampong Chhnang' })).toEqual({
      result: 'matched',
      place: 'agrees',
    });
  });

  it('is where its address says when it has no province', () => {
    expect(placeOf('Orchid Demo Bags', { city: 'Kampot' })).toEqual({
      result: 'matched',
      place: 'agrees',
    });
  });

  it.each([
    ['Khmer', 'ខេត្តកំពង់ឆ្នាំង', 'កំពត'],
    ['Chinese', '磅清扬省', '贡布省'],
  ])('reads a province written in %s', (_, same, other) => {
    expect(placeOf('Peacock Demo Knitwear', { province: same })).toEqual({
      result: 'matched',
      place: 'agrees',
    });
    expect(placeOf('Peacock Demo Knitwear', { address: `ផ្លូវ ៥, ${other}` })).toEqual({
      result: 'ambiguous',
      place: 'differs',
    });
  });
});

describe('a name that begins longer names', () => {
  const names = createMatcher(
    [
      record('KH-0201', 'Morning Dew Demo Garment (Cambodia) Co., Ltd.', { pr: 'Phnom Penh' }),
      record('KH-0202', 'Morning Dew Demo Garment International Ltd.', { pr: 'Kandal' }),
      record('KH-0203', 'Golden Demo Knit Co., Ltd.', { pr: 'Kandal' }),
      record('KH-0204', 'Golden Demo Knitex Co., Ltd.', { pr: 'Kandal' }),
    ],
    { country: 'KH' },
  );
  const named = (values: Partial<ListRow['values']>) => summary(names.match(row(values)));

  it('asks to confirm, offering the factory it names and those whose names go on', () => {
    expect(named({ name: 'Morning Dew Demo Garment' })).toEqual({
      result: 'ambiguous',
      basis: null,
      id: null,
      candidates: ['KH-0201', 'KH-0202'],
      notes: ['longerName'],
    });
  });

  it('matches when the longer names are elsewhere than the line says', () => {
    expect(named({ name: 'Morning Dew Demo Garment', province: 'Phnom Penh' })).toMatchObject({
      result: 'matched',
      id: 'KH-0201',
    });
  });

  it('matches the longer name itself, and a name that only begins another word', () => {
    expect(named({ name: 'Morning Dew Demo Garment International' })).toMatchObject({
      result: 'matched',
      id: 'KH-0202',
    });
    expect(named({ name: 'Golden Demo Knit' })).toMatchObject({
      result: 'matched',
      id: 'KH-0203',
    });
  });
});

describe('the user’s choice', () => {
  it('records the pick among the candidates, or that none is right', () => {
    const m = matcher.match(row({ name: 'Twin Rivers Demo Footwear' }));
    const picked = choose(m, RECORDS[2] ?? null);
    expect(summary(picked)).toMatchObject({ result: 'matched', basis: 'chosen', id: 'KH-0003' });
    expect(picked.candidates).toHaveLength(2);
    expect(summary(choose(m, null))).toMatchObject({
      result: 'unmatched',
      basis: 'chosen',
      id: null,
    });
  });
});
