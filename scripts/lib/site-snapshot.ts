import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { buildApiFiles } from '../../src/lib/api';
import { buildDownloads } from '../../src/lib/downloads';
import { buildAtomFeed, type FeedText } from '../../src/lib/feed';
import { formatNumber, t } from '../../src/i18n';
import { buildPublicSite } from '../../src/lib/public-site';
import type { PipelineResult } from './pipeline';

type Output = NonNullable<PipelineResult['output']>;

const STATIC_DIR = resolve(import.meta.dirname, '../../public');

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

/**
 * What the site is built from: the public snapshot (site.json) that pages read, and `public/`,
 * the files served as they are: the project's static files and the downloads. Charts are drawn by
 * the pages and downloaded from them, so none is written here. All of it is made by the
 * disclosure rules of src/lib/public-site.ts; the scorer's
 * complete audit trail (scores.csv with unpublished rows) is not part of it.
 */
export function buildSiteSnapshot(output: Output): Map<string, string | Uint8Array> {
  const site = buildPublicSite(output.dataset, output.scores);
  const cyclesJson = output.files.get('cycles.json') ?? '';
  const files = new Map<string, string | Uint8Array>([['site.json', JSON.stringify(site)]]);
  for (const path of filesUnder(STATIC_DIR)) {
    files.set(join('public', relative(STATIC_DIR, path)), readFileSync(path));
  }
  for (const [name, content] of buildApiFiles(site)) files.set(`public/api/${name}`, content);
  files.set(
    'public/feed.xml',
    buildAtomFeed(site, feedText(site.meta.title), process.env['SITE_URL'] ?? ''),
  );
  for (const download of buildDownloads(site, output.scores, cyclesJson)) {
    files.set(`public/downloads/${download.name}`, download.content);
  }
  return files;
}
