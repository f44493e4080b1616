/**
 * The search's filters and order. Drawn again only when one of them changes, not on every
 * keystroke in the search box: a large registry offers hundreds of buyers and parent companies.
 */
import { memo } from 'react';
import { SEARCH_SORTS, type SearchState } from '../lib/search';
import type { Translate } from './FactorySearchResults';

export interface FiltersProps {
  /** The id prefix of the island's controls. */
  idPrefix: string;
  province: string;
  status: SearchState['status'];
  lc: boolean;
  req: string;
  buyer: string;
  parent: string;
  sort: SearchState['sort'];
  requirements: ReadonlyArray<{ id: string; label: string }>;
  provinces: readonly string[];
  provinceLabels: Record<string, string>;
  buyers: readonly string[];
  parents: readonly string[];
  t: Translate;
  /** Off until the page's script runs: without it the controls could do nothing. */
  disabled: boolean;
  update: (change: Partial<SearchState>) => void;
  clear: () => void;
}

function Filters(props: FiltersProps) {
  const { t, update, disabled } = props;
  const id = (name: string) => `${props.idPrefix}-${name}`;
  return (
    <fieldset disabled={disabled}>
      <legend>{t('search.filters')}</legend>
      <div className="filters">
        <Select
          id={id('province')}
          label={t('search.province')}
          value={props.province}
          onChange={(province) => update({ province })}
          options={[
            ['', t('search.anyProvince')],
            ...props.provinces.map((p) => [p, props.provinceLabels[p] ?? p] as const),
          ]}
        />
        <Select
          id={id('status')}
          label={t('search.status')}
          value={props.status}
          onChange={(status) =>
            update({ status: status === 'open' || status === 'closed' ? status : '' })
          }
          options={[
            ['', t('search.anyStatus')],
            ['open', t('status.open')],
            ['closed', t('status.closed')],
          ]}
        />
        <Select
          id={id('req')}
          label={t('search.requirement')}
          value={props.req}
          onChange={(req) => update({ req })}
          options={[
            ['', t('search.anyRequirement')],
            ...props.requirements.map(
              (r) => [r.id, t('requirement.title', { id: r.id, label: r.label })] as const,
            ),
          ]}
        />
        <Select
          id={id('buyer')}
          label={t('search.buyer')}
          value={props.buyer}
          onChange={(buyer) => update({ buyer })}
          options={[['', t('search.anyBuyer')], ...props.buyers.map((b) => [b, b] as const)]}
        />
        <Select
          id={id('parent')}
          label={t('search.parent')}
          value={props.parent}
          onChange={(parent) => update({ parent })}
          options={[['', t('search.anyParent')], ...props.parents.map((p) => [p, p] as const)]}
        />
        <Select
          id={id('sort')}
          label={t('search.sort')}
          value={props.sort}
          onChange={(sort) => update({ sort: SEARCH_SORTS.find((s) => s === sort) ?? '' })}
          options={[
            ['', t('search.sort.default')],
            ...SEARCH_SORTS.map((s) => [s, t(`search.sort.${s}`)] as const),
          ]}
        />
        <div className="filter-check">
          <input
            id={id('lc')}
            type="checkbox"
            checked={props.lc}
            onChange={(e) => update({ lc: e.target.checked })}
          />{' '}
          <label htmlFor={id('lc')}>{t('search.onlyLowCompliance')}</label>
        </div>
        <div>
          <button type="button" className="secondary" onClick={props.clear}>
            {t('search.clear')}
          </button>
        </div>
      </div>
    </fieldset>
  );
}

export const SearchFilters = memo(Filters);

interface SelectProps {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  options: ReadonlyArray<readonly [value: string, text: string]>;
}

function Select({ id, label, value, onChange, options }: SelectProps) {
  return (
    <div>
      <label htmlFor={id}>{label}</label>{' '}
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        {options.map(([optionValue, text]) => (
          <option key={optionValue} value={optionValue}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );
}
