/**
 * Each page's description for search results and link previews (`<meta name="description">`,
 * Open Graph, Twitter), in the page's language and from the page's own facts. A description is
 * read away from the site, in a result list or a chat, so it names the demo data as such and
 * says which cycle its findings belong to.
 */
import {
  cycleLabel,
  datasetTitleText,
  factoryText,
  formatDate,
  formatNumber,
  formatRate,
  marked,
  provinceText,
  publisherText,
  requirementLabel,
  t,
  type Locale,
} from '../i18n';
import type { PublicFactory, PublicRequirement, PublicSite } from '../lib/public-site';

/** Search engines show about this much; shorter says too little to choose a result by. */
export const DESCRIPTION_MIN = 50;
export const DESCRIPTION_MAX = 160;

const ELLIPSIS = '…';
/** Chinese sentences follow each other without a space. */
const FULL_STOP_WITHOUT_SPACE = /[。！？]$/u;

/** Characters as a reader counts them in any script: Khmer vowels stay with their consonant. */
/** Made once: a segmenter costs more to make than a description to cut. */
const GRAPHEMES = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
const graphemes = (text: string): string[] => [...GRAPHEMES.segment(text)].map((s) => s.segment);

/** Length in Unicode code points, the stricter of the usual counts (never under graphemes). */
export const descriptionLength = (text: string): number => [...text].length;

/**
 * The first candidate that fits DESCRIPTION_MAX; when none does, the last one cut at a word (or,
 * in scripts without spaces, a character) with an ellipsis. Too short a text gets `context`
 * after it (the site's title and publisher), so it still says where it comes from.
 */
export function fitDescription(candidates: readonly string[], context: string): string {
  const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();
  const texts = candidates.map(collapse);
  const padded = texts.map((text) =>
    descriptionLength(text) < DESCRIPTION_MIN
      ? collapse(`${text}${FULL_STOP_WITHOUT_SPACE.test(text) ? '' : ' '}${context}`)
      : text,
  );
  const fitting = padded.find((text) => descriptionLength(text) <= DESCRIPTION_MAX);
  if (fitting !== undefined) return fitting;
  const longest = padded.at(-1) ?? '';
  const kept: string[] = [];
  let length = descriptionLength(ELLIPSIS);
  for (const grapheme of graphemes(longest)) {
    length += descriptionLength(grapheme);
    if (length > DESCRIPTION_MAX) break;
    kept.push(grapheme);
  }
  let cut = kept.join('');
  const space = cut.lastIndexOf(' ');
  // At a word where the text has words; a cut inside a long word or an unspaced script stays.
  if (space > DESCRIPTION_MAX / 2) cut = cut.slice(0, space);
  return `${cut.replace(/[\s,;:·、，；：]+$/u, '')}${ELLIPSIS}`;
}

type DescribedSite = Pick<
  PublicSite,
  'meta' | 'cycles' | 'requirements' | 'rules' | 'strikes' | 'corrections' | 'provinces'
> & { factories: readonly unknown[] };

const n = (locale: Locale, value: number) => formatNumber(locale, value);

function common(locale: Locale, site: DescribedSite) {
  return {
    demo: site.meta.demo ? t(locale, 'seo.demo') : '',
    count: n(locale, site.factories.length),
    cycles: n(locale, site.cycles.length),
    critical: n(locale, site.requirements.filter((r) => r.track === 'critical').length),
    key: n(locale, site.requirements.filter((r) => r.track === 'key').length),
    k: n(locale, site.rules.sdMultiplier),
  };
}

/** The site's title and publisher, appended to a description too short to stand alone. */
export function siteContext(locale: Locale, site: Pick<PublicSite, 'meta'>): string {
  return t(locale, 'seo.site', {
    title: marked(locale, datasetTitleText(locale, site.meta)),
    publisher: marked(locale, publisherText(locale, site.meta)),
  });
}

/** Pages whose description needs nothing but the site's figures. */
export type SitePage =
  | 'overview'
  | 'factories'
  | 'lowCompliance'
  | 'strikes'
  | 'cycles'
  | 'requirements'
  | 'methodology'
  | 'downloads'
  | 'api'
  | 'corrections'
  | 'check'
  | 'notFound';

export function describeSitePage(locale: Locale, site: DescribedSite, page: SitePage): string {
  const values = common(locale, site);
  const latest = site.cycles.at(-1);
  const first = site.cycles[0];
  const text = (() => {
    switch (page) {
      case 'overview':
        return t(locale, 'seo.overview', {
          ...values,
          label: latest ? cycleLabel(locale, latest) : '',
        });
      case 'lowCompliance':
        return latest && latest.lcThreshold !== null
          ? t(locale, 'seo.lowCompliance', {
              ...values,
              count: n(locale, latest.lowCompliance.length),
              label: cycleLabel(locale, latest),
              threshold: formatRate(locale, latest.lcThreshold),
            })
          : t(locale, 'seo.lowComplianceNone', values);
      case 'strikes':
        return t(locale, 'seo.strikes', {
          ...values,
          count: n(locale, site.strikes.length),
          notLegal: n(locale, site.strikes.filter((s) => !s.legal).length),
        });
      case 'cycles':
        return t(locale, 'seo.cycles', {
          ...values,
          count: values.cycles,
          first: first ? cycleLabel(locale, first) : '',
          last: latest ? cycleLabel(locale, latest) : '',
        });
      case 'methodology':
        return t(locale, 'seo.methodology', {
          ...values,
          ci: n(locale, site.rules.ciMinAssessments),
        });
      case 'corrections':
        return t(locale, 'seo.corrections', {
          ...values,
          count: n(locale, site.corrections.length),
        });
      default:
        return t(locale, `seo.${page}`, values);
    }
  })();
  return fitDescription([text], siteContext(locale, site));
}

/** A page of the factory list without JavaScript, beyond the first (which has the search). */
export function describeFactoryListPage(
  locale: Locale,
  site: DescribedSite,
  range: { from: number; to: number },
): string {
  return fitDescription(
    [
      t(locale, 'seo.factoriesPage', {
        ...common(locale, site),
        from: n(locale, range.from),
        to: n(locale, range.to),
      }),
    ],
    siteContext(locale, site),
  );
}

export function describeCycle(
  locale: Locale,
  site: DescribedSite,
  cycle: DescribedSite['cycles'][number],
): string {
  return fitDescription(
    [
      t(locale, 'seo.cycle', {
        ...common(locale, site),
        label: cycleLabel(locale, cycle),
        published: n(locale, cycle.ciPublished),
        fully: n(locale, cycle.ciFullyCompliant),
        listed: n(locale, cycle.lowCompliance.length),
        strikes: n(locale, cycle.strikes),
      }),
    ],
    siteContext(locale, site),
  );
}

export function describeRequirement(
  locale: Locale,
  site: DescribedSite,
  requirement: PublicRequirement,
): string {
  const values = {
    ...common(locale, site),
    id: requirement.id,
    label: requirementLabel(locale, requirement),
  };
  const latest = site.cycles.at(-1);
  const text =
    requirement.track === 'critical' && latest
      ? t(locale, 'seo.requirementCritical', {
          ...values,
          count: n(
            locale,
            latest.ciNonCompliantByRequirement.find((x) => x.id === requirement.id)?.count ?? 0,
          ),
          published: n(locale, latest.ciPublished),
          cycle: cycleLabel(locale, latest),
        })
      : t(locale, 'seo.requirementKey', values);
  return fitDescription([text], siteContext(locale, site));
}

/**
 * A factory's description: its name and id (the id tells apart factories of one name), its
 * province and status, and its latest published cycle's critical issues and listing. Where the
 * whole does not fit, the province and then the closing date give way; only a name too long
 * for any of these is cut, with an ellipsis.
 */
export function describeFactory(
  locale: Locale,
  site: DescribedSite,
  factory: Pick<
    PublicFactory,
    'id' | 'name' | 'nameKm' | 'nameZh' | 'province' | 'status' | 'closedOn' | 'cycles'
  >,
): string {
  const values = common(locale, site);
  const latest = factory.cycles.at(-1);
  const cycle = site.cycles.find((c) => c.id === latest?.cycle);
  const total = site.requirements.filter((r) => r.track === 'critical').length;
  const nonCompliant = latest?.critical.filter((f) => f === 'non_compliant').length ?? 0;
  const notAssessed = latest?.critical.filter((f) => f === 'not_assessed').length ?? 0;
  const findings =
    nonCompliant > 0
      ? t(locale, 'seo.findingsNonCompliant', {
          count: n(locale, nonCompliant),
          total: n(locale, total),
        })
      : notAssessed > 0
        ? t(locale, 'seo.findingsNoneOfAssessed', {
            assessed: n(locale, total - notAssessed),
            total: n(locale, total),
          })
        : t(locale, 'seo.findingsNone', { total: n(locale, total) });
  const closed = factory.status === 'closed' && factory.closedOn !== null;
  const describe = (province: string, status: string) =>
    t(locale, 'seo.factory', {
      demo: values.demo,
      name: marked(locale, factoryText(locale, factory)),
      id: factory.id,
      province,
      status,
      cycle: cycle ? cycleLabel(locale, cycle) : '',
      findings,
      listed: latest?.lowCompliance ? t(locale, 'seo.listed') : '',
    });
  const province =
    factory.province === null
      ? ''
      : t(locale, 'seo.factoryProvince', {
          province: marked(locale, provinceText(locale, site.provinces, factory.province)),
        });
  const status = closed
    ? t(locale, 'seo.factoryClosed', { date: formatDate(locale, factory.closedOn as string) })
    : t(locale, 'seo.factoryOpen');
  const shortStatus = closed ? t(locale, 'seo.factoryClosedShort') : status;
  // Shorter and shorter: the province, then the closing date, go before the findings would.
  return fitDescription(
    [describe(province, status), describe('', status), describe('', shortStatus)],
    siteContext(locale, site),
  );
}
