/**
 * The supplier check's answers as sentences in the reader's language: why a line matched, what
 * disagreed, how a candidate resembles the line. Pure, so the page and `npm run check-suppliers`
 * write the same report.
 */
import { formatList, formatNumber } from '../i18n/format';
import type { Locale } from '../i18n/locales';
import type { SearchRecord } from '../lib/search';
import type { ListError, RowProblem, SupplierList } from '../lib/supplier-list';
import type {
  Candidate,
  MatchBasis,
  ProvinceNames,
  RowMatch,
  RowNote,
} from '../lib/supplier-match';
import type { NamedFactory } from '../lib/supplier-answer';
import type { ReportContext } from '../lib/check-report';
import type { CheckMessageKey } from './check-messages';

export type Translate = (key: CheckMessageKey, values?: Record<string, string | number>) => string;

const listOf = (items: readonly string[]) => items.join(', ');

/**
 * A place a note names: a province in the reader's language, or a country its line's name gives
 * (an ISO code, "VN") by the country's name ("Vietnam").
 */
function placeName(locale: Locale, province: (name: string) => string, place: string): string {
  if (!/^[A-Z]{2}$/.test(place)) return province(place);
  try {
    return (
      new Intl.DisplayNames([locale === 'zh' ? 'zh-Hans' : locale], { type: 'region' }).of(place) ??
      place
    );
  } catch {
    return place;
  }
}

/** A similarity as two decimals, in the reader's digits ("0.91"). */
export const similarityText = (locale: Locale, value: number) =>
  new Intl.NumberFormat(locale === 'zh' ? 'zh-Hans' : locale, {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  }).format(Math.floor(value * 100) / 100);

/** A line of the list as the page names it: its number, and its sheet when there are several. */
export function lineText(
  t: Translate,
  locale: Locale,
  at: { line: number; sheet?: string | undefined },
): string {
  const line = formatNumber(locale, at.line);
  return at.sheet === undefined
    ? t('check.lineNumber', { line })
    : t('check.lineOnSheet', { line, sheet: at.sheet });
}

/**
 * What was read around the suppliers, a sentence each: the title above the header, the country
 * headings, the notes below; per sheet ("“Tier 2”: …") for a list read from several.
 */
export function aroundText(list: SupplierList, t: Translate, locale: Locale): string[] {
  const number = (value: number) => formatNumber(locale, value);
  const parts = list.sheets ?? [{ sheet: undefined, ...list }];
  const around = parts.flatMap(({ sheet, title, headings, notes }) => {
    const said: string[] = [];
    if (title) {
      said.push(
        t(title.rows === 1 ? 'check.titleSkipped.one' : 'check.titleSkipped', {
          line: number(title.headerLine),
          count: number(title.rows),
        }),
      );
    }
    if (headings) {
      said.push(
        t(headings.length === 1 ? 'check.headingsRead.one' : 'check.headingsRead', {
          lines: headings.map(number).join(', '),
        }),
      );
    }
    if (notes) {
      said.push(
        t(notes.rows === 1 ? 'check.notesSkipped.one' : 'check.notesSkipped', {
          line: number(notes.firstLine),
          count: number(notes.rows),
        }),
      );
    }
    return sheet === undefined ? said : said.map((text) => t('check.onSheet', { sheet, text }));
  });
  const pages = list.pageLines ?? [];
  return pages.length === 0
    ? around
    : [...around, t('check.pageLinesSkipped', { lines: pages.map(number).join(', ') })];
}

/** Which sheets of a workbook were read, when it has several. */
export function sheetsText(
  t: Translate,
  locale: Locale,
  sheets: { read: readonly string[]; count: number },
): string {
  const count = formatNumber(locale, sheets.count);
  const [only, ...more] = sheets.read;
  if (only !== undefined && more.length === 0) return t('check.sheet', { name: only, count });
  const names = formatList(
    locale,
    sheets.read.map((name) => t('check.sheetQuoted', { name })),
  );
  return t('check.sheets', { names, count });
}

/** Which name or id matched: "current name", "former or other name “X”", "OS ID"… */
export function basisText(t: Translate, basis: MatchBasis, name: string): string {
  return t(`why.${basis}`, { name });
}

/** What putting a note or a reason into words needs of the reader's language. */
export interface NoteContext {
  locale: Locale;
  /** The dataset's country in the reader's language. */
  countryName: string;
  /** A province's name in the reader's language. */
  province: (name: string) => string;
}

/** The name a note gives a factory: in the reader's script where the factory has one. */
function factoryNameIn(item: NamedFactory, locale: Locale): string {
  return (
    (locale === 'km' ? item.factoryNameKm : locale === 'zh' ? item.factoryNameZh : undefined) ??
    item.factoryName
  );
}

export function describeNote(
  item: RowNote | RowProblem,
  t: Translate,
  context: NoteContext,
): string {
  const { locale, countryName, province } = context;
  switch (item.code) {
    case 'noName':
      return t('check.note.noName');
    case 'tradeWordsOnly':
      return t('check.note.tradeWordsOnly', { name: item.listName });
    case 'factoryIdNotFound':
      return t('check.note.factoryIdNotFound', { value: item.value });
    case 'osIdNotFound':
      return t('check.note.osIdNotFound', { value: item.value });
    case 'osIdDiffers':
      return t('check.note.osIdDiffers', {
        value: item.value,
        factory: factoryNameIn(item, locale),
        own: item.factoryOsId,
      });
    case 'idsDisagree':
      return t('check.note.idsDisagree', { factoryId: item.factoryId, osId: item.osId });
    case 'nameDiffers':
      return t(`check.note.nameDiffers.${item.basis}`, {
        name: item.listName,
        factory: factoryNameIn(item, locale),
      });
    case 'placeDiffers':
      return t('check.note.placeDiffers', {
        list: listOf(item.listPlaces.map((place) => placeName(locale, province, place))),
        factory: factoryNameIn(item, locale),
        places: listOf(item.factoryPlaces.map(province)) || '—',
      });
    case 'sameName':
      return t('check.note.sameName', { count: item.count });
    case 'sameNameElsewhere':
      return t('check.note.sameNameElsewhere', {
        list: listOf(item.listPlaces.map((place) => placeName(locale, province, place))),
      });
    case 'sameNameSettled':
      return t(`check.note.sameNameSettled.${item.by}`, { count: item.count });
    case 'otherCountry':
      return t('check.note.otherCountry', { country: item.country, own: countryName });
    case 'countryUnread':
      return t('check.note.countryUnread', { country: item.country, own: countryName });
    case 'writtenAsAnother':
      return t('check.note.writtenAsAnother', { factory: factoryNameIn(item, locale) });
    case 'idWrittenAsAnother':
      return t('check.note.idWrittenAsAnother', { factory: factoryNameIn(item, locale) });
    case 'sameFactoryAs':
      return t('check.note.sameFactoryAs', { line: lineText(t, locale, item) });
    case 'supplierNameOnly':
      return t('check.note.supplierNameOnly', { name: item.name });
    case 'addressAbroad':
      return t('check.note.addressAbroad', { country: item.country, own: countryName });
    case 'placeUnknown':
      return t('check.note.placeUnknown', { place: item.listPlace, own: countryName });
    case 'addressDiffers':
      return t('check.note.addressDiffers', {
        list: item.listAddress,
        factory: item.factoryAddress,
      });
    case 'longerName':
      return t(item.count === 1 ? 'check.note.longerName.one' : 'check.note.longerName', {
        count: item.count,
        factory: factoryNameIn(item, locale),
      });
    case 'malformedRow':
      return t('check.problem.malformedRow', { detail: item.detail });
    case 'badOsId':
      return t('check.problem.badOsId', { value: item.value });
    case 'longValue':
      return t('check.problem.longValue', {
        column: item.column,
        length: item.length,
        limit: item.limit,
      });
  }
}

/** Notes that leave a line's one same-named factory to confirm for its place. */
const PLACE_DOUBTS: ReadonlySet<RowNote['code']> = new Set([
  'placeUnknown',
  'addressAbroad',
  'addressDiffers',
  'countryUnread',
]);

/** Why a line has its result, in a few words. */
export function reasonText(match: RowMatch, t: Translate, context: NoteContext): string {
  const { locale, province } = context;
  if (match.result === 'matched' && match.basis !== null) {
    const basis = basisText(t, match.basis, match.matchedName ?? '');
    return match.place?.state === 'agrees'
      ? `${basis}; ${t('check.placeAgrees', { place: listOf(match.place.listPlaces.map(province)) })}`
      : basis;
  }
  if (match.result === 'ambiguous') {
    const codes = new Set(match.notes.map((n) => n.code));
    if (
      codes.has('idsDisagree') ||
      codes.has('nameDiffers') ||
      codes.has('osIdDiffers') ||
      codes.has('idWrittenAsAnother')
    ) {
      return t('check.reason.idDiffers');
    }
    if (codes.has('placeDiffers')) return t('check.reason.placeDiffers');
    if (codes.has('sameName')) return t('check.reason.sameName');
    if (codes.has('longerName')) return t('check.reason.longerName');
    const best = match.candidates[0];
    if (best?.similarity === 1 && codes.has('supplierNameOnly')) {
      return t('check.reason.supplierName');
    }
    if (best?.similarity === 1 && match.notes.some((n) => PLACE_DOUBTS.has(n.code)))
      return t('check.reason.placeToConfirm');
    return best
      ? t('check.reason.similar', { similarity: similarityText(locale, best.similarity) })
      : '';
  }
  return '';
}

/** How a candidate resembles the line: "same name · former or other name “X”". */
export function candidateWhy(candidate: Candidate, t: Translate, locale: Locale): string {
  const basis = basisText(t, candidate.basis, candidate.matchedName);
  if (candidate.basis === 'factoryId' || candidate.basis === 'osId') return basis;
  const how =
    candidate.similarity === 1
      ? t('check.candidate.same')
      : t('check.candidate.similar', { similarity: similarityText(locale, candidate.similarity) });
  const site = candidate.siteDiffers ? ` · ${t('check.candidate.siteDiffers')}` : '';
  return `${how} · ${basis}${site}`;
}

/** A candidate in one line of text, for the CSV and XLSX reports. */
export function candidateText(
  candidate: Candidate,
  t: Translate,
  locale: Locale,
  closedOn: (record: SearchRecord) => string,
  province: (name: string) => string,
): string {
  const { record } = candidate;
  const status = record.st === 'closed' ? closedOn(record) : t('status.open');
  const where = [record.pr ? province(record.pr) : '', record.ad].filter(Boolean).join(', ');
  const details = [
    candidateWhy(candidate, t, locale),
    where,
    status,
    record.os ? `OS ID ${record.os}` : '',
    record.cy === undefined
      ? ''
      : t('check.candidate.criticalCount', { count: formatNumber(locale, record.nc.length) }),
    record.lc ? t('status.lowCompliance') : '',
  ].filter(Boolean);
  return `${record.id} ${record.n} (${details.join('; ')})`;
}

export function describeError(error: ListError, t: Translate, locale: Locale): string {
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
    case 'jsonTooDeep':
      return t('check.error.jsonTooDeep', { limit: formatNumber(locale, error.limit) });
    case 'unreadable':
      return t('check.error.unreadable', { detail: error.detail });
  }
}

export function formatBytes(locale: Locale, bytes: number): string {
  return new Intl.NumberFormat(locale === 'zh' ? 'zh-Hans' : locale, {
    style: 'unit',
    unit: 'megabyte',
    maximumFractionDigits: 1,
  }).format(bytes / (1024 * 1024));
}

/** A province's name in the reader's language, where provinces.csv gives it. */
export function provinceNamer(
  provinces: ProvinceNames,
  locale: Locale,
): (province: string) => string {
  const names = new Map(
    provinces.map((p) => [
      p.nameEn,
      (locale === 'km' ? p.nameKm : locale === 'zh' ? p.nameZh : null) ?? p.nameEn,
    ]),
  );
  return (province) => names.get(province) ?? province;
}

/** What the report needs to put a match into words, in the reader's language. */
export function reportContext(options: {
  t: Translate;
  locale: Locale;
  countryName: string;
  factoryUrl: (id: string) => string;
  requirementLabel: (id: string) => string;
  closedOn: (record: SearchRecord) => string;
  province: (name: string) => string;
}): ReportContext {
  const { t, locale, countryName, province } = options;
  const words: NoteContext = { locale, countryName, province };
  return {
    factoryUrl: options.factoryUrl,
    requirementLabel: options.requirementLabel,
    describe: (item) => describeNote(item, t, words),
    reason: (match) => reasonText(match, t, words),
    candidate: (candidate) =>
      candidateText(candidate, t, locale, options.closedOn, options.province),
  };
}
