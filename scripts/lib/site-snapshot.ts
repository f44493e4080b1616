import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { chartCsv, listCharts, renderChartSvg } from '../../src/charts/registry';
import { buildDownloads } from '../../src/lib/downloads';
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

/**
 * What the site is built from: the public snapshot (site.json) that pages read, and `public/`,
 * the files served as they are: the project's static files, the downloads and every chart as SVG
 * and CSV. All of it is made by the disclosure rules of src/lib/public-site.ts; the scorer's
 * complete audit trail (scores.csv with unpublished rows) is not part of it.
 */
export function buildSiteSnapshot(output: Output): Map<string, string | Uint8Array> {
  const site = buildPublicSite(output.dataset, output.scores);
  const cyclesJson = output.files.get('cycles.json') ?? '';
  const files = new Map<string, string | Uint8Array>([['site.json', JSON.stringify(site)]]);
  for (const path of filesUnder(STATIC_DIR)) {
    files.set(join('public', relative(STATIC_DIR, path)), readFileSync(path));
  }
  for (const download of buildDownloads(site, output.scores, cyclesJson)) {
    files.set(`public/downloads/${download.name}`, download.content);
  }
  for (const chart of listCharts(site)) {
    files.set(`public/charts/${chart.id}.svg`, renderChartSvg(chart));
    files.set(`public/charts/${chart.id}.csv`, chartCsv(chart));
  }
  return files;
}
