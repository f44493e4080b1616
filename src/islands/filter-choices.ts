/**
 * The buyer and parent-company filters take their choices from the search index, not from the
 * page: a registry's parent companies would be most of the page's weight (9,909 of them, 964 KB
 * of options, at 100,000 factories), and without JavaScript the filters are off anyway. A filter
 * is filled the first time it is used once the whole index is in, so its options cost nothing
 * until someone opens it.
 */
import type { SearchRecord } from '../lib/search';

/** The filters whose choices come from the index. */
export type IndexedFilter = 'buyer' | 'parent';

export type IndexChoices = Record<IndexedFilter, string[]>;

/** Every buyer and parent company the index names, each once, in no particular order. */
export function indexChoices(records: Iterable<Pick<SearchRecord, 'b' | 'pc'>>): IndexChoices {
  const buyers = new Set<string>();
  const parents = new Set<string>();
  for (const record of records) {
    if (record.pc) parents.add(record.pc);
    for (const buyer of record.b ?? []) if (buyer !== '') buyers.add(buyer);
  }
  return { buyer: [...buyers], parent: [...parents] };
}

/** Makes sure a select can show `value`, adding it as an option if it has none. */
export function offerValue(select: HTMLSelectElement, value: string): void {
  if (value === '' || [...select.options].some((option) => option.value === value)) return;
  select.add(new Option(value, value));
}

/**
 * Fills each select with its choices, in the reader's language's order, when it is first
 * focused or pressed after the choices are known (at once if it already has the focus). The
 * first option ("any …") and the value shown stay.
 */
export function fillOnUse(
  selects: Record<IndexedFilter, HTMLSelectElement>,
  locale: string,
): (choices: IndexChoices) => void {
  let known: IndexChoices | null = null;
  const filled = new Set<IndexedFilter>();
  const fill = (name: IndexedFilter) => {
    if (known === null || filled.has(name)) return;
    filled.add(name);
    const select = selects[name];
    const current = select.value;
    const any = select.options[0];
    const options = document.createDocumentFragment();
    if (any) options.append(any);
    const order = new Intl.Collator(locale);
    for (const value of [...known[name]].sort(order.compare)) {
      options.append(new Option(value, value));
    }
    select.replaceChildren(options);
    offerValue(select, current);
    select.value = current;
  };
  for (const name of ['buyer', 'parent'] as const) {
    const select = selects[name];
    select.addEventListener('focus', () => fill(name));
    select.addEventListener('pointerdown', () => fill(name));
  }
  return (choices) => {
    known = choices;
    for (const name of ['buyer', 'parent'] as const) {
      if (document.activeElement === selects[name]) fill(name);
    }
  };
}
