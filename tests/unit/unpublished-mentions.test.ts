import { describe, expect, it } from 'vitest';
import type { FactoryId } from '../../src/lib/ids';
import { loadDataset } from '../../src/lib/load-dataset';
import { unpublishedMentionFinder } from '../../src/lib/unpublished-mentions';
import { makeFiles, problemLines } from '../helpers/dataset';

const { dataset, problems } = loadDataset(
  makeFiles({
    'factories.csv': [
      'factory_id,name,name_zh,aliases,status',
      'F1,Golden Needle Garment II,,,open',
      'F2,Beta Demo,,,open',
      'KH-0077,Golden Needle Garment,金针示范制衣,Sunrise Demo Apparel,open',
      'KH-060,Sun Star Co. Ltd.,,,open',
      'F3,Orchid Demo Textiles (Cambodia) Co. Ltd.,,,open',
      'KH-061,Orchid Demo Sportswear Co. Ltd.,,,open',
      'KH-062,Cambodian Apparel Co. Ltd.,,,open',
      'KH-063,New Day Co. Ltd.,,,open',
      'KH-0078,Kapok,,,open',
      '2021,Numbered Demo Garment,,,open',
      '',
    ].join('\n'),
  }),
);
if (dataset === undefined) throw new Error(problemLines(problems).join('\n'));
const find = unpublishedMentionFinder(dataset, new Set(['F1', 'F2', 'F3'] as FactoryId[]));

describe('texts that name a factory never published', () => {
  it.each([
    ['its id as a whole token', 'Orders moved to kh-0077 last year', 'KH-0077'],
    [
      'a former name, in any case and spacing',
      'Walk-out at SUNRISE  demo apparel',
      'Sunrise Demo Apparel',
    ],
    ['its Chinese name inside a sentence', '订单转到金针示范制衣了', '金针示范制衣'],
  ])('finds %s', (_what, text, found) => {
    expect(find(text)).toEqual({ factoryId: 'KH-0077', found });
  });

  it.each([
    ['its id without its hyphen', 'Orders moved to kh060 last year'],
    ['its id with a space', 'see KH 060'],
    ['its id with an en dash', 'see KH–060.'],
    ['its id with full-width letters', 'see ＫＨ－０６０'],
    ['its name with another legal form', 'SUN STAR COMPANY LIMITED moved the orders'],
    ['its name without punctuation', 'Sun Star Co Ltd'],
    ['its name hyphenated', 'SUN-STAR company limited'],
    ['its name without a legal form, in a union’s name', 'Sun Star Workers Union'],
  ])('finds %s', (_what, text) => {
    expect(find(text)).toEqual({ factoryId: 'KH-060', found: expect.any(String) as string });
  });

  it('looks for a union’s name by the name as written or an id only, since refusing it stops the build', () => {
    expect(find('Sun Star Workers Union', { exact: true })).toBeNull();
    expect(find('New Day Workers Union', { exact: true })).toBeNull();
    expect(find('Sun Star Co. Ltd. Workers Union', { exact: true })).toEqual({
      factoryId: 'KH-060',
      found: 'Sun Star Co. Ltd.',
    });
    expect(find('KH 060 Workers Union', { exact: true })).toMatchObject({ factoryId: 'KH-060' });
  });

  it.each([
    [
      'a core of one word of its own and a word of the trade',
      'Coalition of Cambodian Apparel Workers',
    ],
    ['another id that begins the same', 'Orders moved to KH-00771'],
    ['a name a published factory’s name contains', 'Walk-out at Golden Needle Garment II'],
    ['a name too short to tell (“Kapok”)', 'Kapok cotton is used'],
    ['a word that begins a name', 'Sunrise Demo Apparelworks Ltd'],
    ['another id its id begins', 'see KH 0601 and KH-06'],
    ['its id run into a word', 'see KH060A'],
    ['a core of one word (“Sun Star” is two)', 'Star Workers Union'],
    ['a part of its name a published name shares', 'Orchid Demo Workers Union'],
    ['a published factory’s name', 'Orchid Demo Textiles Co., Ltd.'],
    ['an id of digits alone, as a year', 'In 2021 the union was registered'],
    ['nothing', undefined],
  ])('finds nothing in %s', (_what, text) => {
    expect(find(text)).toBeNull();
  });
});
