/**
 * The search's results, drawn with the DOM: one page of factories in the columns of the static
 * list they replace, so switching between the two changes nothing but the rows. Rows are kept by
 * factory and reason: a query answered while typing mostly reorders the rows already shown, and
 * moving a row costs far less than drawing it again.
 */
import { columnLabels } from '../site/column-labels';
import {
  fillTemplate,
  formatDate,
  formatNumber,
  formatWithPattern,
  type DatePattern,
} from '../i18n/format';
import type { Locale } from '../i18n/locales';
import type { SearchHit, SearchRecord, SearchWhy } from '../lib/search';
import type { SearchMessageKey, SearchMessages } from './search-messages';

/** What the page gives the search besides its form: the texts its results need. */
export interface SearchConfig {
  locale: Locale;
  /** Published factories in all. */
  total: number;
  /** The language prefix of factory links: '' for English, '/km', '/zh'. */
  linkPrefix: string;
  /** The search's UI strings in the reader's language. */
  messages: SearchMessages;
  /** Cycle ids to labels, for the column saying which cycle each row's findings are from. */
  cycleLabels: Record<string, string>;
  /**
   * Closing dates are written as the server's Intl writes them (browsers without the language's
   * Intl data would fall back to English): by this pattern, checked on the server against every
   * closing date, or, where it does not write them all alike, as a list of the dates written.
   */
  datePattern: DatePattern | null;
  closedDates: Record<string, string>;
}

export type Translate = (key: SearchMessageKey, values?: Record<string, string | number>) => string;

export const translator =
  (messages: SearchMessages): Translate =>
  (key, values) =>
    fillTemplate(messages[key], values);

/** What every row needs besides its factory: the same for every row of a page. */
export interface RowContext {
  locale: Locale;
  t: Translate;
  cycleLabels: Record<string, string>;
  provinceLabels: Record<string, string>;
  linkPrefix: string;
  dateOf: (iso: string) => string;
}

export const rowContext = (
  config: SearchConfig,
  t: Translate,
  provinceLabels: Record<string, string>,
): RowContext => ({
  locale: config.locale,
  t,
  cycleLabels: config.cycleLabels,
  provinceLabels,
  linkPrefix: config.linkPrefix,
  dateOf: (iso) =>
    config.closedDates[iso] ??
    (config.datePattern === null
      ? formatDate(config.locale, iso)
      : formatWithPattern(config.datePattern, iso)),
});

/** The factory's name in the reader's script where the registry has it. */
function nameOf(record: SearchRecord, locale: Locale): { text: string; lang: string } {
  if (locale === 'km' && record.km) return { text: record.km, lang: 'km' };
  if (locale === 'zh' && record.zh) return { text: record.zh, lang: 'zh-Hans' };
  return { text: record.n, lang: 'en' };
}

/** Made once per language: building a number format costs more than drawing a row. */
const similarityFormats = new Map<Locale, Intl.NumberFormat>();
function similarityFormat(locale: Locale): Intl.NumberFormat {
  let format = similarityFormats.get(locale);
  if (format === undefined) {
    format = new Intl.NumberFormat(locale === 'zh' ? 'zh-Hans' : locale, {
      minimumFractionDigits: 2,
      maximumFractionDigits: 2,
    });
    similarityFormats.set(locale, format);
  }
  return format;
}

/** Which name or field found the factory: "current name", "former or other name “X”"… */
export function whyText(why: SearchWhy, t: Translate, locale: Locale): string {
  const similarity = similarityFormat(locale).format(Math.floor(why.similarity * 100) / 100);
  const named = why.field !== 'parentCompany' && why.field !== 'buyer' && why.field !== 'province';
  const reason =
    named && why.similarity < 0.995
      ? t(why.field === 'alias' ? 'why.similarAlias' : 'why.similar', {
          similarity,
          name: why.text,
        })
      : t(`why.${why.field}`, { name: why.text });
  return t('search.why', { reason });
}

/**
 * What a row shows, as one string: a row is kept while its factory and the reason it was found
 * are the same (a factory's record never changes while the page is open), and the reason counts
 * only when it is shown.
 */
export const rowKey = (hit: SearchHit, showWhy: boolean): string =>
  showWhy
    ? `${hit.record.id}\u0000${hit.why.field}\u0000${hit.why.text}\u0000${hit.why.similarity}`
    : hit.record.id;

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string> = {},
  ...children: Array<Node | string>
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

/** The columns after the factory and its status, in the static list's order. */
const RESULT_COLUMNS = [
  'col.criticalNc',
  'col.findingsOf',
  'col.id',
  'col.province',
  'col.parent',
] as const satisfies readonly SearchMessageKey[];

function drawRow({ record: r, why }: SearchHit, showWhy: boolean, c: RowContext) {
  const { locale, t } = c;
  const name = nameOf(r, locale);
  const heading = element(
    'th',
    { scope: 'row' },
    element('a', { href: `${c.linkPrefix}/factories/${r.id}/`, lang: name.lang }, name.text),
  );
  if (showWhy) heading.append(element('div', { class: 'search-why' }, whyText(why, t, locale)));
  const status = element('td', { class: 'answer' });
  if (r.st === 'open') status.append(t('status.open'), ' ');
  if (r.st === 'closed') {
    const closed =
      r.cl === undefined ? t('status.closed') : t('status.closedOn', { date: c.dateOf(r.cl) });
    status.append(' ', element('span', { class: 'badge badge-closed' }, closed));
  }
  if (r.lc) status.append(element('span', { class: 'badge badge-lc' }, t('status.lowCompliance')));
  const cell = (text: string, className?: string) =>
    element('td', className ? { class: className } : {}, text);
  return element(
    'tr',
    {},
    heading,
    status,
    cell(r.cy === undefined ? '' : formatNumber(locale, r.nc.length), 'num'),
    cell(r.cy === undefined ? '' : (c.cycleLabels[r.cy] ?? r.cy)),
    cell(r.id, 'nowrap'),
    cell(r.pr === undefined ? '' : (c.provinceLabels[r.pr] ?? r.pr)),
    cell(r.pc ?? ''),
  );
}

/** A results table that keeps its rows between answers. */
export class ResultsTable {
  readonly root: HTMLDivElement;
  private readonly caption: HTMLTableCaptionElement;
  private readonly body: HTMLTableSectionElement;
  private rows = new Map<string, HTMLTableRowElement>();

  constructor(private readonly context: RowContext) {
    const { t } = context;
    const head = (key: SearchMessageKey, className?: string) =>
      element('th', { scope: 'col', ...(className ? { class: className } : {}) }, t(key));
    this.caption = element('caption');
    this.body = element('tbody');
    // One card per factory on phones, as the list's own table (src/styles/layout.css), each data
    // cell under its column's name, given once on the table.
    this.root = element(
      'div',
      { class: 'table-scroll', tabindex: '0', role: 'region' },
      element(
        'table',
        {
          class: 'card-table column-labels',
          style: columnLabels([null, ...RESULT_COLUMNS.map((key) => t(key))]),
        },
        this.caption,
        element(
          'thead',
          {},
          element(
            'tr',
            {},
            head('col.factory'),
            head('col.status'),
            ...RESULT_COLUMNS.map((key) => head(key, key === 'col.criticalNc' ? 'num' : undefined)),
          ),
        ),
        this.body,
      ),
    );
  }

  show(hits: readonly SearchHit[], showWhy: boolean, caption: string): void {
    this.root.setAttribute('aria-label', caption);
    this.caption.textContent = caption;
    const rows = new Map<string, HTMLTableRowElement>();
    const ordered = hits.map((hit) => {
      const key = rowKey(hit, showWhy);
      const row = this.rows.get(key) ?? rows.get(key) ?? drawRow(hit, showWhy, this.context);
      rows.set(key, row);
      return row;
    });
    this.rows = rows;
    this.body.replaceChildren(...ordered);
  }

  /** Puts the keyboard on the factory's link in the row at `index`, if there is such a row. */
  focusRow(index: number): void {
    this.body.rows[index]?.querySelector('a')?.focus();
  }
}
