/**
 * The supplier check: a pasted list or a chosen file is read and matched in the browser against
 * /search-index.json, the same public index the factory search loads, and shown as a report that
 * can be corrected line by line, filtered, downloaded (CSV, XLSX) and printed. Nothing is uploaded.
 * Nothing is rendered on the server: without JavaScript the page shows its <noscript> notice.
 */
import { useEffect, useId, useMemo, useRef, useState, type FormEvent, type RefObject } from 'react';
import { fillTemplate, formatDate, formatNumber } from '../i18n/format';
import type { Locale } from '../i18n/locales';
import type { SearchRecord } from '../lib/search';
import {
  LIST_FIELDS,
  MAX_LIST_BYTES,
  MAX_LIST_ROWS,
  readPastedList,
  type ListError,
  type ListField,
  type RowProblem,
  type SupplierList,
} from '../lib/supplier-list';
import {
  choose,
  createMatcher,
  type Candidate,
  type Matcher,
  type MatchResult,
  type RowMatch,
  type RowNote,
} from '../lib/supplier-match';
import { reportRows, type ReportContext } from '../lib/check-report';
import type { CheckMessageKey, CheckMessages } from './check-messages';
import { matchRows, readListFile, saveCsv, saveXlsx } from './check-input';

export interface SupplierCheckProps {
  locale: Locale;
  messages: CheckMessages;
  /** The language prefix of factory links: '' for English, '/km', '/zh'. */
  linkPrefix: string;
  /** The site's address for links in the report; the page's own origin when empty. */
  siteUrl: string;
  /** The dataset's country (ISO 3166-1 alpha-2), to tell lines in other countries apart. */
  country: string | null;
  /** The country's name in the reader's language. */
  countryName: string;
  /** Critical requirement ids to labels in the reader's language. */
  requirementLabels: Record<string, string>;
  /** Cycle ids to labels. */
  cycleLabels: Record<string, string>;
  /** Closing dates formatted on the server. */
  closedDates: Record<string, string>;
}

type Translate = (key: CheckMessageKey, values?: Record<string, string | number>) => string;
type Filter = 'all' | MatchResult;

const INDEX_URL = '/search-index.json';
const PAGE_SIZE = 100;

type Phase =
  | { state: 'loading' }
  | { state: 'ready' }
  | { state: 'indexFailed' }
  | { state: 'working'; message: string }
  | { state: 'failed'; error: ListError };

interface Checked {
  list: SupplierList;
  matches: RowMatch[];
  encoding: string | null;
  /** The file's name, or null for a pasted list. */
  source: string | null;
  /** The sheet read, when the workbook has several. */
  sheet?: { name: string; count: number } | undefined;
  milliseconds: number;
  date: string;
}

export default function SupplierCheck(props: SupplierCheckProps) {
  const { locale } = props;
  const t: Translate = (key, values) => fillTemplate(props.messages[key], values);
  const number = (value: number) => formatNumber(locale, value);
  const ids = useId();
  const id = (name: string) => `${ids}-${name}`;
  const [mounted, setMounted] = useState(false);
  const [phase, setPhase] = useState<Phase>({ state: 'loading' });
  const [matcher, setMatcher] = useState<Matcher | null>(null);
  const [text, setText] = useState('');
  const [checked, setChecked] = useState<Checked | null>(null);
  /** The user's picks by row index: a factory, or null for "none of these". */
  const [choices, setChoices] = useState<ReadonlyMap<number, SearchRecord | null>>(new Map());
  const [filter, setFilter] = useState<Filter>('all');
  /**
   * The rows the filter shows, fixed when the filter is chosen: a row answered in the "to confirm"
   * view stays in place (keyboard users change a select with the arrow keys), and leaves the view
   * only when the filter is chosen again.
   */
  const [filtered, setFiltered] = useState<readonly number[] | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const [page, setPage] = useState(0);
  const [printing, setPrinting] = useState(false);
  const generation = useRef(0);
  const resultsHeading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    setMounted(true);
    const controller = new AbortController();
    fetch(INDEX_URL, { signal: controller.signal })
      .then(async (response) => {
        if (!response.ok) throw new Error(`${INDEX_URL}: HTTP ${response.status}`);
        const records = (await response.json()) as SearchRecord[];
        setMatcher(createMatcher(records, { country: props.country }));
        setPhase({ state: 'ready' });
      })
      .catch((error: unknown) => {
        if (controller.signal.aborted) return;
        console.error(error);
        setPhase({ state: 'indexFailed' });
      });
    return () => controller.abort();
    // Runs once: the index does not change while the page is open.
  }, []);

  useEffect(() => {
    if (!printing) return;
    // Printing shows every line; print() returns once the dialog closes.
    window.print();
    setPrinting(false);
  }, [printing]);

  const effective = useMemo(
    () =>
      checked?.matches.map((match, index) =>
        choices.has(index) ? choose(match, choices.get(index) ?? null) : match,
      ) ?? [],
    [checked, choices],
  );
  const counts = useMemo(() => {
    const c: Record<MatchResult, number> = { matched: 0, ambiguous: 0, unmatched: 0 };
    for (const m of effective) c[m.result] += 1;
    return c;
  }, [effective]);

  if (!mounted) return null;

  const run = async (
    source: string | null,
    read: () => Promise<
      { list: SupplierList; encoding: string | null; sheet?: Checked['sheet'] } | ListError
    >,
  ) => {
    if (matcher === null) return;
    const current = ++generation.current;
    const started = performance.now();
    const result = await read();
    if (current !== generation.current) return;
    if ('code' in result) {
      setPhase({ state: 'failed', error: result });
      setAnnouncement('');
      return;
    }
    const total = result.list.rows.length;
    const progress = (done: number) =>
      setPhase({
        state: 'working',
        message: t('check.progress', { done: number(done), total: number(total) }),
      });
    progress(0);
    const matches = await matchRows(
      result.list.rows,
      matcher,
      progress,
      () => current !== generation.current,
    );
    if (matches === null) return;
    setChecked({
      list: result.list,
      matches,
      encoding: result.encoding,
      sheet: result.sheet,
      source,
      milliseconds: performance.now() - started,
      date: new Date().toISOString().slice(0, 10),
    });
    setChoices(new Map());
    setFilter('all');
    setFiltered(null);
    setPage(0);
    setPhase({ state: 'ready' });
    const found: Record<MatchResult, number> = { matched: 0, ambiguous: 0, unmatched: 0 };
    for (const match of matches) found[match.result] += 1;
    setAnnouncement(
      t('check.summary', {
        matched: number(found.matched),
        ambiguous: number(found.ambiguous),
        unmatched: number(found.unmatched),
      }),
    );
    requestAnimationFrame(() => resultsHeading.current?.focus());
  };

  const checkText = (event: FormEvent) => {
    event.preventDefault();
    void run(null, async () => {
      const reading = readPastedList(text);
      return reading.ok ? { list: reading.list, encoding: null } : reading.error;
    });
  };

  const checkFile = (file: File | undefined) => {
    if (file === undefined) return;
    setPhase({ state: 'working', message: t('check.reading', { name: file.name }) });
    void run(file.name, async () => {
      const { reading, encoding, sheet } = await readListFile(file);
      return reading.ok ? { list: reading.list, encoding, sheet } : reading.error;
    });
  };

  const busy = phase.state === 'working' || phase.state === 'loading';
  const limits = { size: formatBytes(locale, MAX_LIST_BYTES), rows: number(MAX_LIST_ROWS) };

  return (
    <div className="supplier-check">
      {phase.state === 'indexFailed' ? (
        <p className="notice" role="alert">
          {t('check.error.index')}
        </p>
      ) : (
        <form className="check-form no-print" onSubmit={checkText}>
          <div className="field">
            <label htmlFor={id('paste')}>{t('check.pasteLabel')}</label>
            <p id={id('paste-hint')} className="muted">
              {t('check.pasteHint')}
            </p>
            <textarea
              id={id('paste')}
              rows={8}
              value={text}
              spellCheck={false}
              aria-describedby={id('paste-hint')}
              onChange={(e) => setText(e.target.value)}
            />
            <div>
              <button type="submit" disabled={busy}>
                {t('check.run')}
              </button>
            </div>
          </div>
          <div className="field">
            <label htmlFor={id('file')}>{t('check.fileLabel')}</label>
            <p id={id('file-hint')} className="muted">
              {t('check.fileHint', limits)}
            </p>
            <input
              id={id('file')}
              type="file"
              accept=".csv,.tsv,.txt,.xlsx,.json,text/csv,text/plain,application/json,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              aria-describedby={id('file-hint')}
              disabled={busy}
              onChange={(e) => {
                checkFile(e.target.files?.[0]);
                e.target.value = '';
              }}
            />
          </div>
        </form>
      )}

      {/* Progress shows while a list is read; the result is announced but already on screen. */}
      <p
        className={`check-status no-print${busy ? '' : ' visually-hidden'}`}
        role="status"
        aria-live="polite"
      >
        {phase.state === 'loading'
          ? t('check.loading')
          : phase.state === 'working'
            ? phase.message
            : announcement}
      </p>
      {phase.state === 'failed' && (
        <p className="notice check-error" role="alert">
          {describeError(phase.error, t, locale)}
        </p>
      )}

      {checked && phase.state !== 'failed' && (
        <Report
          checked={checked}
          effective={effective}
          counts={counts}
          choices={choices}
          onChoose={(index, record) => setChoices((before) => new Map(before).set(index, record))}
          filter={filter}
          filtered={filtered}
          onFilter={(f) => {
            setFilter(f);
            setFiltered(
              f === 'all' ? null : effective.flatMap((m, index) => (m.result === f ? [index] : [])),
            );
            setPage(0);
          }}
          page={page}
          onPage={(next) => {
            setPage(next);
            resultsHeading.current?.focus();
            resultsHeading.current?.scrollIntoView();
          }}
          printing={printing}
          onPrint={() => setPrinting(true)}
          headingRef={resultsHeading}
          props={props}
          t={t}
          id={id}
        />
      )}
    </div>
  );
}

function formatBytes(locale: Locale, bytes: number): string {
  return new Intl.NumberFormat(locale === 'zh' ? 'zh-Hans' : locale, {
    style: 'unit',
    unit: 'megabyte',
    maximumFractionDigits: 1,
  }).format(bytes / (1024 * 1024));
}

function describeError(error: ListError, t: Translate, locale: Locale): string {
  switch (error.code) {
    case 'empty':
      return t('check.error.empty');
    case 'tooBig':
      return t('check.error.tooBig', {
        size: formatBytes(locale, error.bytes),
        limit: formatBytes(locale, error.limit),
      });
    case 'tooManyRows':
      return t('check.error.tooManyRows', {
        rows: formatNumber(locale, error.rows),
        limit: formatNumber(locale, error.limit),
      });
    case 'wrongType':
      return t('check.error.wrongType', { name: error.name });
    case 'legacyExcel':
      return t('check.error.legacyExcel');
    case 'noNameColumn':
      return t('check.error.noNameColumn', { header: error.header.join(', ') || '—' });
    case 'badJson':
      return t('check.error.badJson');
    case 'unreadable':
      return t('check.error.unreadable', { detail: error.detail });
  }
}

function describeNote(item: RowNote | RowProblem, t: Translate, countryName: string): string {
  switch (item.code) {
    case 'noName':
      return t('check.note.noName');
    case 'factoryIdNotFound':
      return t('check.note.factoryIdNotFound', { value: item.value });
    case 'osIdNotFound':
      return t('check.note.osIdNotFound', { value: item.value });
    case 'nameDiffers':
      return t('check.note.nameDiffers', { name: item.listName });
    case 'otherCountry':
      return t('check.note.otherCountry', { country: item.country, own: countryName });
    case 'malformedRow':
      return t('check.problem.malformedRow', { detail: item.detail });
    case 'badOsId':
      return t('check.problem.badOsId', { value: item.value });
  }
}

/** The factory's name in the reader's script where the registry has it. */
function nameOf(record: SearchRecord, locale: Locale): { text: string; lang: string } {
  if (locale === 'km' && record.km) return { text: record.km, lang: 'km' };
  if (locale === 'zh' && record.zh) return { text: record.zh, lang: 'zh-Hans' };
  return { text: record.n, lang: 'en' };
}

interface ReportProps {
  checked: Checked;
  effective: RowMatch[];
  counts: Record<MatchResult, number>;
  choices: ReadonlyMap<number, SearchRecord | null>;
  onChoose: (index: number, record: SearchRecord | null) => void;
  filter: Filter;
  filtered: readonly number[] | null;
  onFilter: (filter: Filter) => void;
  page: number;
  onPage: (page: number) => void;
  printing: boolean;
  onPrint: () => void;
  headingRef: RefObject<HTMLHeadingElement | null>;
  props: SupplierCheckProps;
  t: Translate;
  id: (name: string) => string;
}

function Report({
  checked,
  effective,
  counts,
  choices,
  onChoose,
  filter,
  filtered,
  onFilter,
  page,
  onPage,
  printing,
  onPrint,
  headingRef,
  props,
  t,
  id,
}: ReportProps) {
  const { locale, linkPrefix } = props;
  const number = (value: number) => formatNumber(locale, value);
  const { list } = checked;
  const total = list.rows.length;
  // Printed and downloaded reports hold every line, whatever the filter on screen.
  const indexes = printing || filtered === null ? list.rows.map((_, index) => index) : filtered;
  const shown = indexes.flatMap((index) => {
    const row = list.rows[index];
    const match = effective[index];
    return row && match ? [{ row, index, match }] : [];
  });
  const pages = Math.max(1, Math.ceil(shown.length / PAGE_SIZE));
  const from = printing ? 0 : Math.min(page, pages - 1) * PAGE_SIZE;
  const visible = printing ? shown : shown.slice(from, from + PAGE_SIZE);
  const origin = props.siteUrl || window.location.origin;
  const context: ReportContext = {
    factoryUrl: (factoryId) => `${origin}${linkPrefix}/factories/${factoryId}/`,
    requirementLabel: (req) => props.requirementLabels[req] ?? req,
    describe: (item) => describeNote(item, t, props.countryName),
  };
  const fileName = (extension: string) => `supplier-check-${checked.date}.${extension}`;
  const columnsUsed = LIST_FIELDS.flatMap((field: ListField) =>
    list.columns[field] === undefined
      ? []
      : [`${list.columns[field]} (${t(`check.field.${field}`)})`],
  );
  const summary = t('check.summary', {
    matched: number(counts.matched),
    ambiguous: number(counts.ambiguous),
    unmatched: number(counts.unmatched),
  });
  const cycle = (cycleId: string) => props.cycleLabels[cycleId] ?? cycleId;
  const date = (iso: string) => props.closedDates[iso] ?? formatDate(locale, iso);

  return (
    <section className="check-report" aria-labelledby={id('results')}>
      <h2 id={id('results')} ref={headingRef} tabIndex={-1}>
        {t('check.results')}
      </h2>
      <p className="print-only">
        {t('check.printHeading', { date: formatDate(locale, checked.date), total: number(total) })}
      </p>
      <p data-check-ms={Math.round(checked.milliseconds)}>
        <strong>{summary}</strong>{' '}
        {t('check.done', {
          total: number(total),
          seconds: new Intl.NumberFormat(locale === 'zh' ? 'zh-Hans' : locale, {
            minimumFractionDigits: 1,
            maximumFractionDigits: 1,
          }).format(Math.max(0.1, checked.milliseconds / 1000)),
        })}
      </p>
      <ul className="check-reading">
        <li>
          {checked.source === null
            ? t('check.sourcePasted')
            : t('check.sourceFile', { name: checked.source })}
        </li>
        <li>{t('check.readAs', { layout: t(`check.layout.${list.layout}`) })}</li>
        {columnsUsed.length > 0 && (
          <li>{t('check.columnsUsed', { columns: columnsUsed.join(', ') })}</li>
        )}
        {list.blankRows > 0 && (
          <li>{t('check.blankSkipped', { count: number(list.blankRows) })}</li>
        )}
        {checked.encoding && <li>{t('check.encoding', { encoding: checked.encoding })}</li>}
        {checked.sheet && (
          <li>
            {t('check.sheet', { name: checked.sheet.name, count: number(checked.sheet.count) })}
          </li>
        )}
      </ul>

      <div className="check-actions no-print">
        <button
          type="button"
          onClick={() => saveCsv(reportRows(list.rows, effective, context), fileName('csv'))}
        >
          {t('check.downloadCsv')}
        </button>
        <button
          type="button"
          className="secondary"
          onClick={() => void saveXlsx(reportRows(list.rows, effective, context), fileName('xlsx'))}
        >
          {t('check.downloadXlsx')}
        </button>
        <button type="button" className="secondary" onClick={onPrint}>
          {t('check.print')}
        </button>
      </div>

      <fieldset className="check-filter no-print">
        <legend>{t('check.show')}</legend>
        {(
          [
            ['all', t('check.show.all', { count: number(total) })],
            ['matched', t('check.show.matched', { count: number(counts.matched) })],
            ['ambiguous', t('check.show.ambiguous', { count: number(counts.ambiguous) })],
            ['unmatched', t('check.show.unmatched', { count: number(counts.unmatched) })],
          ] as const
        ).map(([value, label]) => (
          <label key={value}>
            <input
              type="radio"
              name={id('filter')}
              value={value}
              checked={filter === value}
              onChange={() => onFilter(value)}
            />{' '}
            {label}
          </label>
        ))}
      </fieldset>

      <div className="table-scroll" tabIndex={0} role="region" aria-label={t('check.results')}>
        {/* Explicit roles keep the table's semantics on phones, where CSS lays rows out as cards. */}
        <table className="check-table" role="table">
          <caption>
            {shown.length === 0
              ? summary
              : t('check.page', {
                  from: number(printing ? 1 : from + 1),
                  to: number(printing ? shown.length : from + visible.length),
                  total: number(shown.length),
                })}
          </caption>
          <thead role="rowgroup">
            <tr role="row">
              {(
                [
                  ['check.col.line', 'num'],
                  ['check.col.yourList', undefined],
                  ['check.col.result', undefined],
                  ['col.factory', undefined],
                  ['check.col.standing', undefined],
                ] as const
              ).map(([key, className]) => (
                <th key={key} scope="col" role="columnheader" className={className}>
                  {t(key)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody role="rowgroup">
            {visible.map(({ row, index, match }) => {
              const original = checked.matches[index];
              const record = match.result === 'matched' ? match.record : null;
              const notes = [...row.problems, ...match.notes].map((n) =>
                describeNote(n, t, props.countryName),
              );
              return (
                <tr key={index} role="row" className={`check-${match.result}`}>
                  <td role="cell" className="num" data-label={t('check.col.line')}>
                    {number(row.line)}
                  </td>
                  <th scope="row" role="rowheader">
                    {row.values.name || row.values.nativeName || '—'}
                    {notes.length > 0 && (
                      <ul className="check-notes">
                        {notes.map((note) => (
                          <li key={note}>{note}</li>
                        ))}
                      </ul>
                    )}
                  </th>
                  <td role="cell">
                    <span className={`badge check-badge-${match.result}`}>
                      {t(`check.result.${match.result}`)}
                    </span>
                  </td>
                  <td role="cell" data-label={t('col.factory')}>
                    {record && (
                      <>
                        <a
                          href={`${linkPrefix}/factories/${record.id}/`}
                          lang={nameOf(record, locale).lang}
                        >
                          {nameOf(record, locale).text}
                        </a>{' '}
                        <span className="nowrap muted">{record.id}</span>{' '}
                        {record.st === 'closed' ? (
                          <span className="badge badge-closed">
                            {record.cl
                              ? t('status.closedOn', { date: date(record.cl) })
                              : t('status.closed')}
                          </span>
                        ) : (
                          <span className="badge">{t('status.open')}</span>
                        )}
                        {match.basis && (
                          <div className="muted">
                            {t(`check.basis.${match.basis}`, { name: match.matchedName ?? '' })}
                          </div>
                        )}
                      </>
                    )}
                    {original && candidatesOf(original).length > 0 && (
                      <CandidateSelect
                        label={t('check.choose', { line: number(row.line) })}
                        candidates={candidatesOf(original)}
                        value={
                          choices.has(index)
                            ? (choices.get(index)?.id ?? 'none')
                            : (original.record?.id ?? '')
                        }
                        onChange={(value) =>
                          onChoose(
                            index,
                            value === 'none'
                              ? null
                              : (candidatesOf(original).find((c) => c.record.id === value)
                                  ?.record ?? null),
                          )
                        }
                        t={t}
                      />
                    )}
                  </td>
                  <td role="cell">
                    {record && (
                      <Standing
                        record={record}
                        t={t}
                        cycle={cycle}
                        locale={locale}
                        labels={props.requirementLabels}
                      />
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>

      {!printing && pages > 1 && (
        <nav className="check-pages no-print" aria-label={t('check.results')}>
          <button
            type="button"
            className="secondary"
            disabled={page === 0}
            onClick={() => onPage(page - 1)}
          >
            {t('check.previous')}
          </button>{' '}
          <span>
            {t('check.page', {
              from: number(from + 1),
              to: number(from + visible.length),
              total: number(shown.length),
            })}
          </span>{' '}
          <button
            type="button"
            className="secondary"
            disabled={page >= pages - 1}
            onClick={() => onPage(page + 1)}
          >
            {t('check.next')}
          </button>
        </nav>
      )}
    </section>
  );
}

/** The factories a user may pick for a row: its match (if any) and the other candidates. */
function candidatesOf(original: RowMatch): Candidate[] {
  if (original.candidates.length === 0) return [];
  const first =
    original.result === 'matched' && original.record
      ? [
          {
            record: original.record,
            matchedName: original.matchedName ?? original.record.n,
            similarity: 1,
          },
        ]
      : [];
  return [...first, ...original.candidates];
}

function CandidateSelect({
  label,
  candidates,
  value,
  onChange,
  t,
}: {
  label: string;
  candidates: Candidate[];
  value: string;
  onChange: (value: string) => void;
  t: Translate;
}) {
  return (
    <select
      className="no-print"
      aria-label={label}
      value={value}
      onChange={(e) => onChange(e.target.value)}
    >
      {value === '' && <option value="">{t('check.choosePrompt')}</option>}
      {candidates.map((c) => (
        <option key={c.record.id} value={c.record.id}>
          {c.matchedName} ({c.record.id})
        </option>
      ))}
      <option value="none">{t('check.chooseNone')}</option>
    </select>
  );
}

/** Findings, listing and strikes of a matched factory, each under its label. */
function Standing({
  record,
  t,
  cycle,
  locale,
  labels,
}: {
  record: SearchRecord;
  t: Translate;
  cycle: (id: string) => string;
  locale: Locale;
  labels: Record<string, string>;
}) {
  const number = (value: number) => formatNumber(locale, value);
  const listed = record.lcs ?? [];
  const before = record.lc ? listed.slice(0, -1) : listed;
  const latest = listed.at(-1);
  return (
    <dl className="check-standing">
      <dt>{t('check.col.critical')}</dt>
      <dd>
        {record.cy === undefined ? null : record.nc.length === 0 ? (
          t('check.nc.none', { cycle: cycle(record.cy) })
        ) : (
          <>
            {t('check.nc.some', { count: number(record.nc.length), cycle: cycle(record.cy) })}
            <ul className="compact">
              {record.nc.map((r) => (
                <li key={r}>{labels[r] ?? r}</li>
              ))}
            </ul>
          </>
        )}
      </dd>
      <dt>{t('check.col.lowCompliance')}</dt>
      <dd>
        {latest === undefined ? (
          t('check.lc.never')
        ) : (
          <>
            {record.lc && (
              <span className="badge badge-lc">{t('check.lc.now', { cycle: cycle(latest) })}</span>
            )}
            {before.length > 0 && (
              <div>
                {t('check.lc.before', {
                  cycle: cycle(before.at(-1) ?? latest),
                  count: number(before.length),
                })}
              </div>
            )}
          </>
        )}
      </dd>
      <dt>{t('check.col.strikes')}</dt>
      <dd>
        {(record.sk ?? 0) === 0
          ? t('check.strikes.none')
          : t('check.strikes.some', {
              count: number(record.sk ?? 0),
              notLegal: number(record.skn ?? 0),
            })}
      </dd>
    </dl>
  );
}
