import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type {
  PublicCycle,
  PublicFactory,
  PublicRequirement,
  PublicSite,
  PublicStrike,
} from '../lib/public-site';

/**
 * The pages' only way to the data: the public snapshot scripts/build-data.ts wrote to
 * src/generated/. Read with fs (not imported) so Vite does not bundle the data into JavaScript.
 */
export const GENERATED =
  process.env['PORTAL_GENERATED_DIR'] ?? join(process.cwd(), 'src/generated');

let cached: PublicSite | undefined;

export function loadSite(): PublicSite {
  if (cached) return cached;
  const path = join(GENERATED, 'site.json');
  try {
    cached = JSON.parse(readFileSync(path, 'utf8')) as PublicSite;
  } catch (error) {
    throw new Error(`cannot read ${path}: run "npm run build", which scores the data first`, {
      cause: error,
    });
  }
  return cached;
}

export const latestCycle = (site: PublicSite): PublicCycle | undefined => site.cycles.at(-1);

export function factoryById(site: PublicSite): Map<string, PublicFactory> {
  return new Map(site.factories.map((f) => [f.id, f]));
}

export function requirementById(site: PublicSite): Map<string, PublicRequirement> {
  return new Map(site.requirements.map((r) => [r.id, r]));
}

export const criticalRequirements = (site: PublicSite) =>
  site.requirements.filter((r) => r.track === 'critical');
export const keyRequirements = (site: PublicSite) =>
  site.requirements.filter((r) => r.track === 'key');

export const strikesOf = (site: PublicSite, factory: PublicFactory): PublicStrike[] =>
  site.strikes.filter((s) => s.factoryId === factory.id);

/** Sister factories: other published factories with the same parent company. */
export function siblingsOf(site: PublicSite, factory: PublicFactory): PublicFactory[] {
  if (factory.parentCompany === null) return [];
  return site.factories.filter(
    (f) => f.id !== factory.id && f.parentCompany === factory.parentCompany,
  );
}

export type { PublicCycle, PublicFactory, PublicRequirement, PublicSite, PublicStrike };
