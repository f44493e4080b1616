import { buildDownloads } from '../../src/lib/downloads';
import { buildPublicSite } from '../../src/lib/public-site';
import type { PipelineResult } from './pipeline';

type Output = NonNullable<PipelineResult['output']>;

/**
 * What the site is built from: the public snapshot (site.json) and the download files. Both are
 * made by the disclosure rules of src/lib/public-site.ts; the scorer's complete audit trail
 * (scores.csv with unpublished rows) is not part of it.
 */
export function buildSiteSnapshot(output: Output): Map<string, string> {
  const site = buildPublicSite(output.dataset, output.scores);
  const cyclesJson = output.files.get('cycles.json') ?? '';
  const files = new Map<string, string>([['site.json', JSON.stringify(site)]]);
  for (const download of buildDownloads(site, output.scores, cyclesJson)) {
    files.set(`downloads/${download.name}`, download.content);
  }
  return files;
}
