/**
 * Link-preview images: which image each page shows when its address is shared, and what the
 * image says. One image per page type and language, and one per published cycle for its report;
 * a factory or a buyer shows its page type's image, since drawing an image costs about as much
 * as building a hundred pages (one per factory would cost more than the rest of the build at
 * registry scale, while cycles number a few dozen). Every word and number on an image is a
 * published fact of the site's core (title, publisher, cycle labels and counts), never a
 * factory's record.
 */
import {
  cycleLabel,
  formatDate,
  datasetTitleText,
  formatNumber,
  formatPercent,
  marked,
  plainText,
  publisherText,
  t,
  type MessageKey,
} from '../i18n';
import type { Locale } from '../i18n/locales';
import type { PublicSite } from '../lib/public-site';

export const PREVIEW_WIDTH = 1200;
export const PREVIEW_HEIGHT = 630;

/** Page types with an image of their own; pages under them (a buyer, a requirement) share it. */
export const PREVIEW_PAGES = [
  'overview',
  'factories',
  'factory',
  'low-compliance',
  'strikes',
  'cycles',
  'requirements',
  'methodology',
  'downloads',
  'api',
  'corrections',
  'check',
  'buyers',
  'groups',
  'not-found',
] as const;

export type PreviewPage = (typeof PREVIEW_PAGES)[number];

/** A page type's image, or a cycle report's (`cycles/<cycle id>`). */
export type PreviewId = PreviewPage | `cycles/${string}`;

type PreviewSite = Pick<PublicSite, 'meta' | 'cycles' | 'requirements'>;

/** Where an image is served: one folder per language, cycle reports' in a folder of their own. */
export const previewPath = (locale: Locale, id: PreviewId) => `/previews/${locale}/${id}.png`;

const cyclePreview = (cycleId: string): PreviewId => `cycles/${cycleId}`;

/** Every image of a site, in a fixed order: the page types', then each published cycle's. */
export const previewIds = (site: Pick<PublicSite, 'cycles'>): readonly PreviewId[] => [
  ...PREVIEW_PAGES,
  ...site.cycles.map((cycle) => cyclePreview(cycle.id)),
];

const OWN_IMAGE = new Set<string>(PREVIEW_PAGES);

/**
 * The image of a page, from its path without the language prefix; a page with no address of
 * its own is the not-found page.
 */
export function previewIdOf(
  site: Pick<PublicSite, 'cycles'>,
  unprefixedPath: string,
  ownAddress = true,
): PreviewId {
  if (!ownAddress) return 'not-found';
  const [section, item] = unprefixedPath.split('/').filter((part) => part !== '');
  if (section === undefined) return 'overview';
  if (section === 'factories')
    return item === undefined || item === 'page' ? 'factories' : 'factory';
  if (section === 'cycles' && item !== undefined && site.cycles.some((c) => c.id === item)) {
    return cyclePreview(item);
  }
  return OWN_IMAGE.has(section) ? (section as PreviewPage) : 'overview';
}

export interface PreviewFigure {
  value: string;
  label: string;
}

/** What one image shows, as plain text (no line-break joiners) in one language. */
export interface PreviewCard {
  locale: Locale;
  /** The small line above the heading: the site's title, or its publisher on the home page. */
  kicker: string;
  heading: string;
  /** Shown only on the demo data. */
  demo: string | null;
  /** Which cycle the figures are of, or a line about the page where it has no figures. */
  subline: string;
  figures: PreviewFigure[];
  /** The share of published factories fully compliant, per cycle, with the one to stress. */
  trend: { title: string; shares: (number | null)[]; stress: number } | null;
  /** The image's text alternative, in the page's language. */
  alt: string;
}

const HEADINGS: Record<Exclude<PreviewPage, 'overview' | 'factory'>, MessageKey> = {
  factories: 'factories.title',
  'low-compliance': 'lc.title',
  strikes: 'strikes.title',
  cycles: 'cycles.title',
  requirements: 'requirements.title',
  methodology: 'methodology.title',
  downloads: 'downloads.title',
  api: 'api.title',
  corrections: 'corrections.title',
  check: 'check.title',
  buyers: 'entity.buyersTitle',
  groups: 'entity.groupsTitle',
  'not-found': 'notFound.title',
};

function figuresOf(locale: Locale, cycle: PreviewSite['cycles'][number]): PreviewFigure[] {
  const n = (value: number) => formatNumber(locale, value);
  return [
    { value: n(cycle.factoriesActive), label: t(locale, 'overview.factoriesCovered') },
    {
      value:
        cycle.ciPublished > 0
          ? formatPercent(locale, cycle.ciFullyCompliant / cycle.ciPublished)
          : '–',
      label: t(locale, 'overview.fullyCompliant'),
    },
    { value: n(cycle.lowCompliance.length), label: t(locale, 'overview.lowCompliance') },
  ];
}

/**
 * The card of one image: the latest cycle's figures, a cycle report's own figures and period, or
 * a factory page's line.
 */
export function previewCard(locale: Locale, site: PreviewSite, id: PreviewId): PreviewCard {
  const title = plainText(marked(locale, datasetTitleText(locale, site.meta)));
  const publisher = plainText(
    t(locale, 'site.publishedBy', { publisher: marked(locale, publisherText(locale, site.meta)) }),
  );
  const report = id.startsWith('cycles/')
    ? site.cycles.findIndex((c) => cyclePreview(c.id) === id)
    : -1;
  if (id.startsWith('cycles/') && report === -1) throw new Error(`no cycle for the image ${id}`);
  const index = report === -1 ? site.cycles.length - 1 : report;
  const cycle = site.cycles[index];
  const label = cycle ? plainText(cycleLabel(locale, cycle)) : '';
  const critical = site.requirements.filter((r) => r.track === 'critical').length;
  const heading = plainText(
    id === 'overview'
      ? title
      : id === 'factory'
        ? t(locale, 'preview.factory')
        : report !== -1
          ? t(locale, 'cycle.title', { label })
          : t(locale, HEADINGS[id as Exclude<PreviewPage, 'overview' | 'factory'>]),
  );
  const perFactory = id === 'factory';
  const figures = cycle && !perFactory ? figuresOf(locale, cycle).map(plainFigure) : [];
  const subline = perFactory
    ? t(locale, 'preview.factoryLine', { count: formatNumber(locale, critical) })
    : cycle === undefined
      ? ''
      : report !== -1
        ? t(locale, 'cycle.period', {
            start: formatDate(locale, cycle.periodStart),
            end: formatDate(locale, cycle.periodEnd),
          })
        : t(locale, 'overview.latest', { label });
  const shares = site.cycles.map((c) =>
    c.ciPublished > 0 ? c.ciFullyCompliant / c.ciPublished : null,
  );
  const trend =
    perFactory || shares.every((share) => share === null)
      ? null
      : { title: plainText(t(locale, 'chart.trend.fullCompliance.title')), shares, stress: index };
  const kicker = id === 'overview' ? publisher : title;
  const details = figures.map((f) => t(locale, 'preview.altFigure', { ...f }));
  const alt = t(locale, 'preview.alt', {
    heading,
    site: id === 'overview' ? publisher : title,
    details: [plainText(subline), ...details]
      .filter((part) => part !== '')
      .join(t(locale, 'preview.altJoin')),
  });
  return {
    locale,
    kicker,
    heading,
    demo: site.meta.demo ? plainText(t(locale, 'site.demoLabel')) : null,
    subline: plainText(subline),
    figures,
    trend,
    alt: plainText(alt),
  };
}

const plainFigure = (figure: PreviewFigure): PreviewFigure => ({
  value: plainText(figure.value),
  label: plainText(figure.label),
});
