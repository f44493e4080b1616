/**
 * The supplier check: a pasted list or a chosen file is read and matched in the browser against
 * /search-index.json, the same public index the factory search loads, and shown as a report that
 * can be corrected line by line, filtered, downloaded (CSV, XLSX) and printed. Nothing is uploaded.
 * Reading and matching run in a worker (check.worker.ts, driven by use-check-worker.ts), so no
 * file freezes the page, and a long read can be cancelled; the form is CheckForm, the report
 * CheckReport. The form is rendered on the server, disabled until the page's script
 * runs, so that the page does not shift when it arrives; without JavaScript the page's <noscript>
 * notice says why nothing can be used.
 */
import { startTransition, useEffect, useId, useMemo, useRef, useState } from 'react';
import { fillTemplate, formatNumber } from '../i18n/format';
import type { Locale } from '../i18n/locales';
import type { SearchRecord } from '../lib/search';
import type { DatePattern } from '../i18n/format';
import { choose, type ProvinceNames, type MatchResult } from '../lib/supplier-match';
import { bulkPlan } from '../lib/supplier-bulk';
import { linesMeeting, riskSummary, type LineOrder, type RiskFilter } from '../lib/supplier-risk';
import type { CheckMessages } from './check-messages';
import { describeError, type Translate } from './check-text';
import { CheckForm } from './CheckForm';
import { Report, type Checked, type Filter } from './CheckReport';
import { useCheckWorker, type Finished } from './use-check-worker';

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
  /** The provinces' names in three languages, so a list may give a province in any of them. */
  provinces: ProvinceNames;
  /** Critical requirement ids to labels in the reader's language. */
  requirementLabels: Record<string, string>;
  /** Cycle ids to labels. */
  cycleLabels: Record<string, string>;
  /** Closing dates formatted on the server. */
  closedDates: Record<string, string>;
  /**
   * How the server writes a date in the reader's language, for the dates the page makes (the
   * day of the check): a browser without the language's date names would write it in English.
   * Null when the pattern does not reproduce the server's dates.
   */
  datePattern: DatePattern | null;
  /** The dataset's title and publisher in the reader's language, for the reports. */
  datasetTitle: string;
  publisher: string;
  /** The date of the data, formatted, and as an ISO date (empty when unknown). */
  dataAsOf: string;
  dataDate: string;
  /** The latest cycle's label. */
  latestCycle: string;
  /**
   * The largest file and the most lines checked, formatted on the server: the browser's first
   * unit format loads locale data, a task of over 100 ms on a slow phone as the page starts.
   */
  fileLimits: { size: string; rows: string };
}

export default function SupplierCheck(props: SupplierCheckProps) {
  const { locale } = props;
  const t: Translate = (key, values) => fillTemplate(props.messages[key], values);
  const number = (value: number) => formatNumber(locale, value);
  const ids = useId();
  const id = (name: string) => `${ids}-${name}`;
  const [mounted, setMounted] = useState(false);
  const [checked, setChecked] = useState<Checked | null>(null);
  /** The user's picks by row index: a factory, or null for "none of these". */
  const [choices, setChoices] = useState<ReadonlyMap<number, SearchRecord | null>>(new Map());
  /** Earlier choices, most recent last: what "undo" goes back to. */
  const [history, setHistory] = useState<ReadonlyArray<ReadonlyMap<number, SearchRecord | null>>>(
    [],
  );
  const [filter, setFilter] = useState<Filter>('all');
  const [risk, setRisk] = useState<RiskFilter | null>(null);
  const [order, setOrder] = useState<LineOrder>('input');
  /**
   * The rows the filter shows, fixed when the filter is chosen: a row answered in the "to confirm"
   * view stays in place (keyboard users change a select with the arrow keys), and leaves the view
   * only when the filter is chosen again.
   */
  const [filtered, setFiltered] = useState<readonly number[] | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const [page, setPage] = useState(0);
  const [printing, setPrinting] = useState(false);
  const resultsHeading = useRef<HTMLHeadingElement>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  /** Set when a new report is on its way: its heading takes the focus once it is drawn. */
  const focusReport = useRef(false);

  /** Called by the worker's reply, after this render: `setPhase` below is set by then. */
  const showReport = ({ source, started, rows, matches, outcome }: Finished) => {
    const { encoding, sheets } = outcome.checked;
    const list = { ...outcome.checked.list, rows };
    const found: Record<MatchResult, number> = { matched: 0, ambiguous: 0, unmatched: 0 };
    for (const match of matches) found[match.result] += 1;
    focusReport.current = true;
    // The report of thousands of lines is drawn as a transition: React draws it in slices
    // between which the page answers input, instead of in one task that freezes the tab.
    startTransition(() => {
      setChecked({
        list,
        matches,
        encoding,
        sheets,
        source,
        milliseconds: performance.now() - started,
        date: new Date().toISOString().slice(0, 10),
      });
      setChoices(new Map());
      setHistory([]);
      setFilter('all');
      setRisk(null);
      setOrder('input');
      setFiltered(null);
      setPage(0);
      setPhase({ state: 'ready' });
      setAnnouncement(
        t('check.summary', {
          matched: number(found.matched),
          ambiguous: number(found.ambiguous),
          unmatched: number(found.unmatched),
        }),
      );
    });
  };

  const { phase, setPhase, checkPasted, checkFile, cancel } = useCheckWorker({
    country: props.country,
    provinces: props.provinces,
    fileInput,
    texts: {
      checking: () => t('check.checking'),
      reading: (name) => t('check.reading', { name }),
      progress: (done, total) => t('check.progress', { done: number(done), total: number(total) }),
    },
    // A new list replaces the old report at once: no result of the last list stays on screen.
    onStart: () => {
      setChecked(null);
      setChoices(new Map());
      setHistory([]);
    },
    onFinished: showReport,
    onFailed: () => setAnnouncement(''),
  });

  useEffect(() => setMounted(true), []);

  useEffect(() => {
    if (checked === null || !focusReport.current) return;
    focusReport.current = false;
    resultsHeading.current?.focus();
  }, [checked]);

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
  const summary = useMemo(
    () => riskSummary(effective, Object.keys(props.requirementLabels)),
    [effective, props.requirementLabels],
  );
  const plan = useMemo(() => bulkPlan(checked?.matches ?? [], choices), [checked, choices]);

  const busy = phase.state === 'working' || phase.state === 'loading';

  /** Replaces the choices, keeping the ones before for "undo". */
  const settle = (next: ReadonlyMap<number, SearchRecord | null>, message: string) => {
    setHistory((before) => [...before, choices]);
    setChoices(next);
    setAnnouncement(message);
  };
  const acceptAgreeing = () => {
    const next = new Map(choices);
    for (const { index, record } of plan.accept) next.set(index, record);
    settle(
      next,
      t(plan.accept.length === 1 ? 'check.bulk.accepted.one' : 'check.bulk.accepted', {
        count: number(plan.accept.length),
      }),
    );
  };
  const markRestNotFound = () => {
    const next = new Map(choices);
    for (const index of plan.rest) next.set(index, null);
    settle(
      next,
      t(plan.rest.length === 1 ? 'check.bulk.marked.one' : 'check.bulk.marked', {
        count: number(plan.rest.length),
      }),
    );
  };
  const undo = () => {
    const previous = history.at(-1);
    if (previous === undefined) return;
    setHistory(history.slice(0, -1));
    setChoices(previous);
    setAnnouncement(t('check.bulk.undone'));
  };

  return (
    <div className="supplier-check">
      {phase.state === 'indexFailed' ? (
        <p className="check-error" role="alert">
          {t('check.error.index')}
        </p>
      ) : (
        <CheckForm
          t={t}
          id={id}
          mounted={mounted}
          busy={busy}
          fileInput={fileInput}
          fileLimits={props.fileLimits}
          onPasted={checkPasted}
          onFile={checkFile}
        />
      )}

      {/* Progress shows while a list is read; the result is announced but already on screen. */}
      <p
        className={`check-status no-print${busy ? ' check-busy' : ' visually-hidden'}`}
        role="status"
        aria-live="polite"
      >
        {phase.state === 'loading'
          ? t('check.loading')
          : phase.state === 'working'
            ? phase.message
            : announcement}
      </p>
      {phase.state === 'working' && (
        <p className="no-print">
          <button
            type="button"
            className="secondary"
            onClick={() => {
              cancel();
              setAnnouncement(t('check.cancelled'));
            }}
          >
            {t('check.cancel')}
          </button>
        </p>
      )}
      {phase.state === 'failed' && (
        <p className="check-error" role="alert">
          {describeError(phase.error, t, locale)}
        </p>
      )}

      {checked && phase.state !== 'failed' && (
        <Report
          checked={checked}
          effective={effective}
          counts={counts}
          summary={summary}
          choices={choices}
          onChoose={(index, record) => {
            setHistory((before) => [...before, choices]);
            setChoices((before) => new Map(before).set(index, record));
          }}
          filter={filter}
          risk={risk}
          filtered={filtered}
          onFilter={(f) => {
            setFilter(f);
            setRisk(null);
            setFiltered(
              f === 'all' ? null : effective.flatMap((m, index) => (m.result === f ? [index] : [])),
            );
            setPage(0);
          }}
          onRisk={(next) => {
            setRisk(next);
            setFilter('all');
            setFiltered(next === null ? null : linesMeeting(effective, next));
            setPage(0);
          }}
          order={order}
          onOrder={(next) => {
            setOrder(next);
            setPage(0);
          }}
          plan={plan}
          canUndo={history.length > 0}
          onAccept={acceptAgreeing}
          onRest={markRestNotFound}
          onUndo={undo}
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
