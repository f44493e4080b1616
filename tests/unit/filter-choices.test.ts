import { describe, expect, it } from 'vitest';
import { indexChoices } from '../../src/islands/filter-choices';
import { parseSearchState } from '../../src/islands/search-state';
import { EMPTY_SEARCH_STATE } from '../../src/lib/search';

describe('the buyer and parent-company filters’ choices, from the search index', () => {
  it('names every buyer and parent company once, and nothing for records without one', () => {
    const choices = indexChoices([
      { pc: 'Northgate Demo Holdings', b: ['Demo Brand A', 'Demo Brand B'] },
      { pc: 'Northgate Demo Holdings', b: ['Demo Brand B'] },
      { b: [] },
      {},
      { pc: 'Long River Demo Group', b: ['', 'Demo Brand C'] },
    ]);
    expect(choices.parent.sort()).toEqual(['Long River Demo Group', 'Northgate Demo Holdings']);
    expect(choices.buyer.sort()).toEqual(['Demo Brand A', 'Demo Brand B', 'Demo Brand C']);
  });

  it('keeps a buyer or parent company from the address before the choices are known', () => {
    const state = parseSearchState(
      '?parent=Atlantis+Holdings&buyer=Demo+Brand+Z&province=Nowhere',
      {
        provinces: ['Kandal'],
        buyers: undefined,
        parents: undefined,
        requirements: ['CI01'],
      },
    );
    expect(state).toEqual({
      ...EMPTY_SEARCH_STATE,
      buyer: 'Demo Brand Z',
      parent: 'Atlantis Holdings',
    });
  });
});
