import { OTHER_LOCALES, type Locale } from '../i18n/locales';
import type { PublicCycle, PublicFactory, PublicRequirement } from '../lib/public-site';
import { loadSite } from './data';

/**
 * The static paths of the pages with a parameter, shared by the English routes (at the root) and
 * the other languages' routes (under /km/ and /zh/), so every language has the same pages.
 */
export const factoryPaths = () =>
  loadSite().factories.map((factory) => ({ params: { id: factory.id }, props: { factory } }));

export const requirementPaths = () =>
  loadSite().requirements.map((requirement) => ({
    params: { id: requirement.id.toLowerCase() },
    props: { requirement },
  }));

export const cyclePaths = () => {
  const cycles = loadSite().cycles;
  return cycles.map((cycle, index) => ({
    params: { cycle: cycle.id },
    props: { cycle, previous: cycles[index - 1] },
  }));
};

/** The same paths once per language other than English, with `lang` as the first segment. */
export function inOtherLocales<P extends Record<string, string>, T extends object>(
  paths: ReadonlyArray<{ params: P; props: T }>,
): Array<{ params: P & { lang: Locale }; props: T & { locale: Locale } }> {
  return OTHER_LOCALES.flatMap((lang) =>
    paths.map((path) => ({
      params: { ...path.params, lang },
      props: { ...path.props, locale: lang },
    })),
  );
}

export const localePaths = () =>
  OTHER_LOCALES.map((lang) => ({ params: { lang }, props: { locale: lang } }));

export type { PublicCycle, PublicFactory, PublicRequirement };
