/**
 * One page of every page type a built site has, chosen from the site's own open data so the same
 * list serves any dataset: a factory on the low-compliance list, a closed one, an open one, the
 * latest cycle report and a critical requirement, beside the fixed pages.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const LOCALE_PREFIXES = ['', '/km', '/zh'] as const;

export interface PageType {
  /** A short name for the page type, used in test names and screenshot file names. */
  name: string;
  path: string;
}

interface ApiFactory {
  id: string;
  status: string;
  lowCompliance: boolean;
  url: string;
}
interface ApiIndex {
  factories: ApiFactory[];
  cycles?: { id: string }[];
}

export function pageTypes(dist: string): PageType[] {
  const index = JSON.parse(readFileSync(join(dist, 'api/factories.json'), 'utf8')) as ApiIndex;
  const factories = index.factories;
  const listed = factories.find((f) => f.lowCompliance);
  const closed = factories.find((f) => f.status === 'closed');
  const open = factories.find((f) => f.status !== 'closed' && !f.lowCompliance);
  const cycles = (index.cycles ?? []).map((c) => c.id);
  const latest = cycles.at(-1);
  const types: PageType[] = [
    { name: 'overview', path: '/' },
    { name: 'factories', path: '/factories/' },
    ...(listed ? [{ name: 'factory-listed', path: listed.url }] : []),
    ...(closed ? [{ name: 'factory-closed', path: closed.url }] : []),
    ...(open ? [{ name: 'factory-open', path: open.url }] : []),
    { name: 'low-compliance', path: '/low-compliance/' },
    { name: 'strikes', path: '/strikes/' },
    { name: 'cycles', path: '/cycles/' },
    ...(latest ? [{ name: 'cycle', path: `/cycles/${latest}/` }] : []),
    { name: 'requirements', path: '/requirements/' },
    { name: 'methodology', path: '/methodology/' },
    { name: 'downloads', path: '/downloads/' },
    { name: 'api', path: '/api/' },
    { name: 'corrections', path: '/corrections/' },
    { name: 'check', path: '/check/' },
  ];
  types.push(...entityPageTypes(dist));
  const requirement = ['ci01', 'ci1', 'ci15']
    .map((id) => `/requirements/${id}/`)
    .find((path) => existsSync(join(dist, path, 'index.html')));
  if (requirement) types.push({ name: 'requirement', path: requirement });
  return types.filter((type) => existsSync(join(dist, type.path, 'index.html')));
}

/** The buyers' and groups' indexes and the page of the buyer and group with most factories. */
function entityPageTypes(dist: string): PageType[] {
  const types: PageType[] = [];
  for (const [name, file] of [
    ['buyer', 'api/buyers.json'],
    ['group', 'api/groups.json'],
  ] as const) {
    const path = join(dist, file);
    if (!existsSync(path)) continue;
    const { entries } = JSON.parse(readFileSync(path, 'utf8')) as {
      entries: Array<{ url: string; factoryCount: number }>;
    };
    types.push({ name: `${name}s`, path: `/${name}s/` });
    const largest = [...entries].sort((a, b) => b.factoryCount - a.factoryCount)[0];
    if (largest) types.push({ name, path: largest.url });
  }
  return types;
}

/** Every page type in the three languages, as `[name, locale prefix + path]`. */
export function localisedPageTypes(dist: string): PageType[] {
  return LOCALE_PREFIXES.flatMap((prefix) =>
    pageTypes(dist).map((type) => ({
      name: `${type.name}${prefix ? `-${prefix.slice(1)}` : '-en'}`,
      path: prefix + type.path,
    })),
  );
}
