import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDataFolder } from '../../scripts/lib/data-folder';
import { LOCALES } from '../../src/i18n/locales';
import { loadDataset } from '../../src/lib/load-dataset';
import { buildPublicSite } from '../../src/lib/public-site';
import { scoreDataset } from '../../src/lib/score';
import { buildCitation } from '../../src/site/citation';

const site = (() => {
  const { dataset } = loadDataset(
    readDataFolder(resolve(import.meta.dirname, '../golden/small/data')),
  );
  if (dataset === undefined) throw new Error('fixture invalid');
  return buildPublicSite(dataset, scoreDataset(dataset));
})();

describe.each(LOCALES)('a citation in %s, cut around its cycle', (locale) => {
  const cases = site.factories.flatMap((factory) =>
    factory.cycles.map((c) => [factory.id, c.cycle, factory] as const),
  );

  it.each(cases)('of %s in %s is its parts joined', (_id, cycle, factory) => {
    for (const siteUrl of [undefined, new URL('https://compliance.example.org')]) {
      const citation = buildCitation(site, factory, locale, siteUrl, cycle);
      const parts = citation.parts;
      expect(parts).not.toBeNull();
      expect(`${parts?.before}${parts?.record}${parts?.between}${citation.permalink}`).toBe(
        citation.text,
      );
      expect(parts?.record).toContain(site.cycles.find((c) => c.id === cycle)?.label);
    }
  });

  it('shares the words before and after the record across every cycle of a factory', () => {
    for (const factory of site.factories) {
      const frames = new Set(
        factory.cycles.map((c) => {
          const parts = buildCitation(site, factory, locale, undefined, c.cycle).parts;
          return `${parts?.before}|${parts?.between}`;
        }),
      );
      expect(frames.size).toBe(1);
    }
  });
});
