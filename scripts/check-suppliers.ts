/**
 * npm run check-suppliers -- --list FILE [--data DIR] --out REPORT.csv [--lang en|km|zh] [--site URL]
 *
 * The supplier check of the site's /check/ page, for compliance teams that check lists in batch:
 * the same reading of CSV, XLSX, TXT and JSON lists, the same matcher over the same public index
 * (scored here from the data folder, so no built site is needed) and the same report, written as
 * CSV, or as XLSX when REPORT ends in .xlsx.
 *
 * Exit codes: 0 the report was written; 1 the data folder has errors or the list cannot be read
 * (nothing is written); 2 the command was not used as above.
 */
import { existsSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import { parseArgs } from 'node:util';
import readXlsxFile from 'read-excel-file/node';
import writeXlsxFile from 'write-excel-file/node';
import { en, type Messages } from '../src/i18n/en';
import { fillTemplate, formatDate, formatNumber } from '../src/i18n/format';
import { cycleLabel, datasetTitleText, marked, publisherText, requirementLabel } from '../src/i18n';
import { km } from '../src/i18n/km';
import { LANGUAGE_TAGS, localePath, LOCALES, type Locale } from '../src/i18n/locales';
import { zh } from '../src/i18n/zh';
import {
  aroundText,
  describeError,
  provinceNamer,
  reportContext,
  sheetsText,
  type Translate,
} from '../src/islands/check-text';
import { reportBook, reportCsvText, type ExportInput } from '../src/islands/check-export';
import { withAutoFilter } from '../src/lib/xlsx-filter';
import { riskSummary } from '../src/lib/supplier-risk';
import { buildPublicSite } from '../src/lib/public-site';
import { buildSearchIndex, type SearchRecord } from '../src/lib/search';
import { checkList } from '../src/lib/supplier-check';
import { createMatcher } from '../src/lib/supplier-match';
import { runPipeline } from './lib/pipeline';
import { countWords, printProblems, summariseProblems } from './lib/report';

const USAGE =
  'usage: npm run check-suppliers -- --list FILE [--data DIR] --out REPORT.csv|REPORT.xlsx [--lang en|km|zh] [--site URL]';
const MESSAGES: Record<Locale, Messages> = { en, km, zh };

/** Writes the whole report or nothing: a broken run never leaves half a report behind. */
function writeFileAtomically(path: string, content: string | Uint8Array): void {
  const partial = join(dirname(path), `.${basename(path)}.partial-${process.pid}`);
  writeFileSync(partial, content);
  renameSync(partial, path);
}

function usage(problem: string): number {
  process.stderr.write(`check-suppliers: ${problem}\n${USAGE}\n`);
  return 2;
}

async function main(): Promise<number> {
  let args;
  try {
    args = parseArgs({
      options: {
        list: { type: 'string' },
        data: { type: 'string', default: 'data' },
        out: { type: 'string' },
        lang: { type: 'string', default: 'en' },
        site: { type: 'string', default: process.env['SITE_URL'] ?? '' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
      allowPositionals: false,
    }).values;
  } catch (error) {
    return usage((error as Error).message);
  }
  if (args.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (args.list === undefined) return usage('--list FILE is required: the supplier list to check');
  if (args.out === undefined)
    return usage('--out REPORT.csv is required: where to write the report');
  if (!(LOCALES as readonly string[]).includes(args.lang)) {
    return usage(`--lang: expected one of ${LOCALES.join(', ')}, found "${args.lang}"`);
  }
  if (!existsSync(args.list) || !statSync(args.list).isFile()) {
    return usage(`--list: no file at ${args.list}`);
  }
  if (!['.csv', '.xlsx'].includes(extname(args.out).toLowerCase())) {
    return usage(`--out: expected a file name ending in .csv or .xlsx, found "${args.out}"`);
  }
  const site = args.site.replace(/\/$/, '');
  if (site !== '' && !/^https?:\/\/[^/\s]+/.test(site)) {
    return usage(
      `--site: expected the site's address, such as https://compliance.example.org, found "${site}"`,
    );
  }
  const locale = args.lang as Locale;
  const t: Translate = (key, values) => fillTemplate(MESSAGES[locale][key], values);

  // The data folder, scored as the site build scores it.
  const { problems, output } = runPipeline(args.data, undefined);
  const { errors, warnings } = summariseProblems(problems);
  if (output === undefined) {
    printProblems(problems, args.data);
    process.stderr.write(`${countWords(errors, warnings)} in ${args.data}: nothing was written.\n`);
    return 1;
  }
  // The data's warnings are the publisher's business, not the list's: counted, not listed.
  if (warnings > 0) {
    process.stderr.write(
      `The data folder ${args.data} has ${warnings === 1 ? '1 warning' : `${warnings} warnings`}; npm run score lists them.\n`,
    );
  }
  const publicSite = buildPublicSite(output.dataset, output.scores);
  // The index as the page receives it, through JSON.
  const records = JSON.parse(JSON.stringify(buildSearchIndex(publicSite))) as SearchRecord[];
  const declared = publicSite.meta.country?.trim().toUpperCase() ?? '';
  const country = /^[A-Z]{2}$/.test(declared) ? declared : null;
  const countryName =
    country === null
      ? ''
      : (new Intl.DisplayNames([LANGUAGE_TAGS[locale]], { type: 'region' }).of(country) ?? country);

  // The list, read as the page reads a chosen file.
  const bytes = new Uint8Array(readFileSync(args.list));
  const matcher = createMatcher(records, { country, provinces: publicSite.provinces });
  const outcome = await checkList({ file: args.list, bytes }, matcher, {
    readSheets: async (data) => readXlsxFile(Buffer.from(data)),
  });
  if (!outcome.ok) {
    process.stderr.write(`${args.list}: ${describeError(outcome.error, t, locale)}\n`);
    return 1;
  }
  const { matches } = outcome.checked;
  const { rows } = outcome.checked.list;

  const labels = new Map(
    publicSite.requirements.map((r) => [r.id as string, requirementLabel(locale, r)]),
  );
  const context = reportContext({
    t,
    locale,
    countryName,
    factoryUrl: (id) => `${site}${localePath(locale, '')}/factories/${id}/`,
    requirementLabel: (id) => labels.get(id) ?? id,
    closedOn: (record) =>
      record.cl
        ? t('status.closedOn', { date: formatDate(locale, record.cl) })
        : t('status.closed'),
    province: provinceNamer(publicSite.provinces, locale),
  });
  const counts = { matched: 0, ambiguous: 0, unmatched: 0 };
  for (const match of matches) counts[match.result] += 1;
  const critical = publicSite.requirements.filter((r) => r.track === 'critical').map((r) => r.id);
  const latest = publicSite.cycles.at(-1);
  const dataDate = latest?.publishedOn ?? latest?.periodEnd ?? null;
  const today = new Date().toISOString().slice(0, 10);
  const input: ExportInput = {
    list: outcome.checked.list,
    matches,
    context,
    source: {
      title: marked(locale, datasetTitleText(locale, publicSite.meta)),
      publisher: marked(locale, publisherText(locale, publicSite.meta)),
      dataAsOf: dataDate === null ? '—' : formatDate(locale, dataDate),
      dataDate: dataDate ?? '',
      latestCycle: latest ? cycleLabel(locale, latest) : '—',
      site,
      checkedOn: formatDate(locale, today),
      checkDate: today,
      list: basename(args.list),
    },
    counts,
    summary: riskSummary(matches, critical),
    requirementLabel: (id) => labels.get(id) ?? id,
    t,
    locale,
  };
  let report: string | Uint8Array;
  if (extname(args.out).toLowerCase() === '.xlsx') {
    const book = reportBook(input);
    const sheet = t('check.sheetName');
    const written = await writeXlsxFile(book.data, {
      sheet,
      columns: book.columns,
      stickyRowsCount: book.stickyRowsCount,
    }).toBuffer();
    report = withAutoFilter(new Uint8Array(written), book.filterRange, sheet);
  } else {
    report = reportCsvText(input);
  }
  writeFileAtomically(args.out, report);

  const count = (result: 'matched' | 'ambiguous' | 'unmatched') => counts[result];
  const number = (value: number) => formatNumber('en', value);
  process.stderr.write(
    `Checked ${number(rows.length)} ${rows.length === 1 ? 'line' : 'lines'} of ${args.list} against ${number(records.length)} published factories: ` +
      `${number(count('matched'))} matched, ${number(count('ambiguous'))} to confirm, ${number(count('unmatched'))} not found. ` +
      `Wrote ${args.out}\n`,
  );
  // What was read around the suppliers, as the page says it.
  const english: Translate = (key, values) => fillTemplate(en[key], values);
  const { sheets } = outcome.checked;
  if (sheets) process.stderr.write(`${sheetsText(english, 'en', sheets)}\n`);
  for (const text of aroundText(outcome.checked.list, english, 'en')) {
    process.stderr.write(`${text}\n`);
  }
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`check-suppliers: ${(error as Error).message}\n`);
    process.exitCode = 1;
  },
);
