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
      'KH-0078,Kapok,,,open',
      '2021,Numbered Demo Garment,,,open',
      '',
    ].join('\n'),
  }),
);
if (dataset === undefined) throw new Error(problemLines(problems).join('\n'));
const find = unpublishedMentionFinder(dataset, new Set(['F1', 'F2'] as FactoryId[]));

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
    ['another id that begins the same', 'Orders moved to KH-00771'],
    ['a name a published factory’s name contains', 'Walk-out at Golden Needle Garment II'],
    ['a name too short to tell (“Kapok”)', 'Kapok cotton is used'],
    ['a word that begins a name', 'Sunrise Demo Apparels Ltd'],
    ['an id of digits alone, as a year', 'In 2021 the union was registered'],
    ['nothing', undefined],
  ])('finds nothing in %s', (_what, text) => {
    expect(find(text)).toBeNull();
  });
});
