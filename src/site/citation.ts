import {
  digitsToSeparate,
  formatDate,
  formatRate,
  requirementLabel,
  cycleLabel,
  datasetTitleText,
  marked,
  plainText,
  publisherText,
  t,
  type Locale,
  joinClauses,
} from '../i18n';
import { localePath } from '../i18n/locales';
import type { PublicFactory, PublicSite } from '../lib/public-site';
import { correctedOn } from './corrections';

/** What a citation needs of the site: its rules and cycles, not its factories. */
type CitationSite = Pick<PublicSite, 'meta' | 'cycles' | 'requirements'>;

/**
 * The ready-to-paste citation of a factory's record in one published cycle (the latest unless
 * `cycleId` names another). It must stand on its own in a letter or a filing: who, which cycle and
 * assessment, what was found (with the issues' names, and never counting a not-assessed issue as
 * compliant), closure, the listing, the publisher, the data's date and the permalink.
 *
 * The permalink names the cycle (`/factories/<id>/?cycle=<cycle>`): the factory's page changes
 * when the next cycle is published, and the link must still lead to the record it cited, which
 * the page keeps under its `#cite-<cycle>` anchor.
 */
export function buildCitation(
  site: CitationSite,
  factory: PublicFactory,
  locale: Locale,
  siteUrl?: URL,
  cycleId?: string,
): Citation {
  const latest =
    cycleId === undefined ? factory.cycles.at(-1) : factory.cycles.find((c) => c.cycle === cycleId);
  const path = localePath(
    locale,
    `/factories/${factory.id}/${latest ? `?cycle=${encodeURIComponent(latest.cycle)}` : ''}`,
  );
  const permalink = siteUrl ? new URL(path, siteUrl).href : path;
  const cycle = site.cycles.find((c) => c.id === latest?.cycle);
  const critical = site.requirements.filter((r) => r.track === 'critical');
  const last = site.cycles.at(-1);
  const dataDate = last?.publishedOn ?? last?.periodEnd ?? '';
  if (latest === undefined || cycle === undefined) return { text: '', permalink, parts: null };

  const nonCompliant = critical.filter((_, i) => latest.critical[i] === 'non_compliant');
  const notAssessed = latest.critical.filter((f) => f === 'not_assessed').length;
  let findings =
    nonCompliant.length > 0
      ? t(locale, 'citation.nonCompliant', {
          count: nonCompliant.length,
          total: critical.length,
          issues: joinClauses(
            locale,
            nonCompliant.map((r) => `${r.id} ${requirementLabel(locale, r)}`),
          ),
        })
      : notAssessed > 0
        ? t(locale, 'citation.noneFoundOfAssessed', {
            assessed: critical.length - notAssessed,
            notAssessed,
          })
        : t(locale, 'citation.noneFound', { total: critical.length });
  if (nonCompliant.length > 0 && notAssessed > 0) {
    findings += t(locale, 'citation.alsoNotAssessed', { notAssessed });
  }
  if (latest.lowCompliance && latest.complianceRate !== null && cycle.lcThreshold !== null) {
    const digits = digitsToSeparate(locale, cycle.lcThreshold, [latest.complianceRate]);
    findings += t(locale, 'citation.lowCompliance', {
      rate: formatRate(locale, latest.complianceRate, digits),
      threshold: formatRate(locale, cycle.lcThreshold, digits),
    });
  }
  const corrected = correctedOn(factory.corrections, latest.cycle);
  if (corrected !== undefined) {
    findings += t(locale, 'citation.corrected', { date: formatDate(locale, corrected) });
  }
  const values = {
    demo: site.meta.demo ? t(locale, 'citation.demo') : '',
    name: factory.name,
    id: factory.id,
    closed: factory.closedOn
      ? t(locale, 'citation.closed', { date: formatDate(locale, factory.closedOn) })
      : '',
    cycle: cycleLabel(locale, cycle),
    assessed: formatDate(locale, latest.latestAssessment),
    findings,
    publisher: marked(locale, publisherText(locale, site.meta)),
    title: marked(locale, datasetTitleText(locale, site.meta)),
    date: formatDate(locale, dataDate),
    url: permalink,
  };
  const text = t(locale, 'citation.text', values);
  // The same text with marks around the record and before the link, to cut it into its parts.
  const [before, record, between, url, ...rest] = t(locale, 'citation.text', {
    ...values,
    cycle: `${MARK}${values.cycle}`,
    findings: `${values.findings}${MARK}`,
    url: `${MARK}${values.url}`,
  }).split(MARK);
  const parts =
    rest.length === 0 &&
    url !== undefined &&
    `${before}${record}${between}${url}` === text &&
    url === permalink
      ? {
          before: plainText(before as string),
          record: plainText(record as string),
          between: plainText(between as string),
        }
      : null;
  // A citation is pasted into letters and filings: none of the page's line-break joiners.
  return { text: plainText(text), permalink, parts };
}

/** Never in a citation: the data may not hold control characters. */
const MARK = '\u0001';

export interface Citation {
  text: string;
  permalink: string;
  /**
   * The text cut around the cycle's own record: `before + record + between + permalink` is the
   * text, and `before` and `between` are the same for every cycle of a factory. Null where a
   * language's template puts the record elsewhere.
   */
  parts: { before: string; record: string; between: string } | null;
}
