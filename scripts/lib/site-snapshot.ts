import type { PipelineResult } from './pipeline';

type Output = NonNullable<PipelineResult['output']>;

/**
 * The files the pages read. The scorer's own outputs are kept as they are; what the public site
 * may show of them is decided by the disclosure rules when pages are built.
 */
export function buildSiteSnapshot(output: Output): Map<string, string> {
  const { dataset } = output;
  const files = new Map(output.files);
  files.set('dataset.json', `${JSON.stringify(dataset.meta, null, 2)}\n`);
  return files;
}
