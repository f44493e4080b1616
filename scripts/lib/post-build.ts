/**
 * Checks over the finished site: they run on the merged folder (one build or many shards) before
 * it replaces dist/, and any problem keeps the old dist/ in place. A check of every built file
 * (a scan, a manifest) is added to POST_BUILD_STEPS.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { LOCALES, localePath } from '../../src/i18n/locales';
import { listPageCount, listPagePath } from '../../src/site/factory-list';
import type { SiteCore } from '../../src/site/snapshot';
import { WHOLE_SITE } from '../../src/site/shards';
import { shardFactoryPages } from './site-shards';

export interface PostBuildContext {
  /** The finished site, not yet in place of dist/. */
  dist: string;
  /** The snapshot the pages were built from. */
  core: SiteCore;
}

/** Returns one line per problem; none means the step passed. */
export type PostBuildStep = (context: PostBuildContext) => string[] | Promise<string[]>;

/** Every published factory has its page in every language, and the list has all its pages. */
export function checkComplete({ dist, core }: PostBuildContext): string[] {
  const pages = [...shardFactoryPages(core, WHOLE_SITE)];
  for (const locale of LOCALES) {
    for (let page = 1; page <= listPageCount(core); page += 1) {
      pages.push(`${localePath(locale, listPagePath(page)).slice(1)}index.html`);
    }
  }
  const missing = pages.filter((page) => !existsSync(join(dist, page)));
  return missing.length === 0
    ? []
    : [`${missing.length} pages are missing from the built site, e.g. /${missing[0]}`];
}

export const POST_BUILD_STEPS: PostBuildStep[] = [checkComplete];

export async function runPostBuildSteps(context: PostBuildContext): Promise<string[]> {
  const problems: string[] = [];
  for (const step of POST_BUILD_STEPS) problems.push(...(await step(context)));
  return problems;
}
