import { describe, expect, it } from 'vitest';
import { addressesDiffer, nameBeforeAddress } from '../../src/lib/supplier-address';

const REGISTRY = 'No. 164, Street D-171, Phum Kork Sre, Phnom Penh';

describe('a line’s address against the factory’s', () => {
  it.each([
    ['another house number on another street', 'No. 201, Street D-495, Phnom Penh', REGISTRY],
    [
      'another lot on another national road',
      'Lot 12, National Road 4, Kandal',
      'Lot 15, National Road 5, Kandal',
    ],
  ])('differs where it gives %s', (_, line, factory) => {
    expect(addressesDiffer(line, factory)).toBe(true);
  });

  it.each([
    ['the same address written otherwise', 'no.164, street d171, Phnom Penh', REGISTRY],
    ['only a village and a province', 'Phum Kork Sre, Phnom Penh', REGISTRY],
    ['no address', '', REGISTRY],
    ['a road where the registry gives none', 'National Road 5, Phnom Penh', 'Phum Kork Sre'],
    ['another house number only', 'No. 201, Street D-171, Phnom Penh', REGISTRY],
    ['another street only (another entrance)', 'No 164, St. D-495, Phnom Penh', REGISTRY],
    [
      'a road numbered like a house',
      'National Road No.1, Sangkat Bavet, Svay Rieng',
      'No. 66, Street 395, Svay Rieng',
    ],
  ])('does not differ with %s', (_, line, factory) => {
    expect(addressesDiffer(line, factory)).toBe(false);
  });
});

describe('a name cell that goes on with the factory’s address', () => {
  it.each([
    ['Tonle Demo Bags Co., Ltd., No. 12 Street D-000, Phnom Penh', 'Tonle Demo Bags Co., Ltd.'],
    ['Lotus Demo Apparel, Lot 5, Phnom Penh SEZ', 'Lotus Demo Apparel'],
    ['Lotus Demo Apparel, Phum Kork Sre, Phnom Penh', 'Lotus Demo Apparel'],
    ['Lotus Demo Apparel Co., Ltd., 271 Street D-733', 'Lotus Demo Apparel Co., Ltd.'],
  ])('reads %j as the name %j', (cell, name) => {
    expect(nameBeforeAddress(cell)).toBe(name);
  });

  it.each([
    'Tonle Demo Bags Co., Ltd.',
    'Lotus Demo Apparel, Cambodia',
    'Lotus, Cedar & Sons Demo Garment',
    'No. 1 Demo Garment, Ltd.',
  ])('keeps %j whole', (cell) => {
    expect(nameBeforeAddress(cell)).toBeNull();
  });
});
