import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { chartById, siteChartIds } from '../../src/charts/registry';
import { apiFiles } from '../../src/lib/api';
import { buildEntities, type Entities } from '../../src/lib/buyers';
import { entityFeedPath, entityFiles, entityPath } from '../../src/lib/buyers-files';
import { buildDownloads } from '../../src/lib/downloads';
import { buildAtomFeed, type FeedText } from '../../src/lib/feed';
import { formatNumber, t } from '../../src/i18n';
import { LOCALES } from '../../src/i18n/locales';
import type { Dataset } from '../../src/lib/model';
import { formatCyclesJson } from '../../src/lib/output';
import { buildPublicSite, type PublicSite } from '../../src/lib/public-site';
import type { Scores } from '../../src/lib/score';
import { buildSearchIndex } from '../../src/lib/search';
import { searchIndexText } from '../../src/lib/search-index-lines';
import { chartSpecFile } from '../../src/site/charts';
import { entitySnapshotFiles } from '../../src/site/entities';
import { CORE_FILE, factoryShards, shardFile, siteCore } from '../../src/site/snapshot';
import type { FileContent } from './atomic-write';
import { previewImageFiles } from './preview-images';

const STATIC_DIR = resolve(import.meta.dirname, '../../public');

/** A download this large or larger is also served compressed, as `<name>.gz`. */
export const GZIP_FROM_BYTES = 1_000_000;

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/** The feed's words (English: one feed serves every reader). */
function feedText(title: string): FeedText {
  const n = (value: number) => formatNumber('en', value);
  return {
    feedTitle: t('en', 'feed.title', { title }),
    cyclePublished: (cycle) => ({
      title: t('en', 'feed.cycleTitle', { label: cycle.label }),
      summary: t('en', 'feed.cycleSummary', {
        published: n(cycle.ciPublished),
        fully: n(cycle.ciFullyCompliant),
        listed: n(cycle.lowCompliance.length),
        strikes: n(cycle.strikesNotLegal),
      }),
    }),
    entered: (name, cycle) => t('en', 'feed.entered', { name, label: cycle.label }),
    left: (name, cycle) => t('en', 'feed.left', { name, label: cycle.label }),
    newlyPublished: (name, cycle) => t('en', 'feed.published', { name, label: cycle.label }),
    closed: (name, cycle) => t('en', 'feed.closed', { name, label: cycle.label }),
  };
}

/** A buyer's feed: its factories' changes, and each cycle as it concerns them. */
function* buyerFeeds(site: PublicSite, entities: Entities, siteUrl: string) {
  const n = (value: number) => formatNumber('en', value);
  for (const buyer of entities.buyers) {
    const feedPath = entityFeedPath('buyer', buyer.slug);
    if (feedPath === null) continue;
    const byCycle = new Map(buyer.cycles.map((c) => [c.cycle as string, c]));
    const text: FeedText = {
      ...feedText(site.meta.title),
      feedTitle: t('en', 'feed.buyerTitle', { name: buyer.name, title: site.meta.title }),
      cyclePublished: (cycle) => {
        const counts = byCycle.get(cycle.id);
        return {
          title: t('en', 'feed.cycleTitle', { label: cycle.label }),
          summary: t('en', 'feed.buyerCycleSummary', {
            name: buyer.name,
            published: n(counts?.published ?? 0),
            noncompliant: n(counts?.nonCompliant ?? 0),
            listed: n(counts?.listed ?? 0),
          }),
        };
      },
    };
    const scope = {
      factoryIds: new Set<string>(buyer.factoryIds),
      name: `buyer:${buyer.slug}`,
      selfPath: feedPath,
      pagePath: entityPath('buyer', buyer.slug),
    };
    yield [`public${feedPath}`, buildAtomFeed(site, text, siteUrl, scope)] as [string, string];
  }
}

/** The search index, one record per line, so that the page can read it as it arrives. */
const searchIndexChunks = (site: PublicSite): Generator<string> =>
  searchIndexText(buildSearchIndex(site));

/**
 * The site-wide charts' specs in every language, for the pages, which do not hold every factory;
 * a factory's own chart is made by its page from its record. Pages draw their charts and the
 * browser makes their downloads, so no chart is written as a picture or a table here.
 */
function* chartSpecs(site: PublicSite): Generator<[string, FileContent]> {
  for (const locale of LOCALES) {
    for (const id of siteChartIds(site)) {
      const chart = chartById(site, id, locale);
      if (chart) yield [chartSpecFile(locale, id), JSON.stringify(chart)];
    }
  }
}

/**
 * The scored data the snapshot is made from. The snapshot lets go of each part once it is done
 * with it (the raw dataset once the public snapshot is made, the scores once their downloads
 * are written), so what follows runs without them.
 */
export interface SnapshotInput {
  dataset: Dataset | undefined;
  scores: Scores | undefined;
  /**
   * Files the build needs from the raw data beside the public snapshot (the strings the output
   * scan looks for), made while the dataset is still held. They are not served.
   */
  buildFiles?: (
    site: PublicSite,
    dataset: Dataset,
    scores: Scores,
  ) => Iterable<[string, FileContent]>;
}

/**
 * What the site is built from, one file at a time: the snapshot the pages read (a small core and
 * shards of factory records, see src/site/snapshot.ts) and `public/`, the files served as they
 * are: the project's static files, the API, the feed, the search index and the downloads. All of it is made by the disclosure rules of src/lib/public-site.ts; the scorer's
 * complete audit trail (scores.csv with unpublished rows) is not part of it.
 */
export function* siteSnapshotFiles(input: SnapshotInput): Generator<[string, FileContent]> {
  if (input.dataset === undefined || input.scores === undefined) {
    throw new Error('the snapshot needs the dataset and its scores');
  }
  const site = buildPublicSite(input.dataset, input.scores);
  if (input.buildFiles) yield* input.buildFiles(site, input.dataset, input.scores);
  input.dataset = undefined;
  const entities = buildEntities(site);
  yield [
    CORE_FILE,
    JSON.stringify(siteCore(site, entities.buyers.length + entities.groups.length)),
  ];
  yield* entitySnapshotFiles(entities);
  for (const shard of factoryShards(site.factories)) {
    yield [shardFile(shard.index), JSON.stringify(shard.factories)];
  }
  const downloads = buildDownloads(site, input.scores, formatCyclesJson(input.scores));
  input.scores = undefined;
  for (let next = downloads.shift(); next !== undefined; next = downloads.shift()) {
    yield [`public/downloads/${next.name}`, { chunks: next.chunks(), gzipFrom: GZIP_FROM_BYTES }];
  }
  for (const path of filesUnder(STATIC_DIR)) {
    yield [join('public', relative(STATIC_DIR, path)), readFileSync(path)];
  }
  for (const [name, content] of apiFiles(site)) yield [`public/api/${name}`, content];
  for (const [path, content] of entityFiles(site, entities)) yield [`public/${path}`, content];
  const siteUrl = process.env['SITE_URL'] ?? '';
  yield ['public/feed.xml', buildAtomFeed(site, feedText(site.meta.title), siteUrl)];
  yield* buyerFeeds(site, entities, siteUrl);
  yield ['public/search-index.json', { chunks: searchIndexChunks(site) }];
  yield* chartSpecs(site);
  yield* previewImageFiles(site);
}
