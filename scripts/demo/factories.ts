import { formatDay, yearOf } from './dates.ts';
import type { FactoryPlan } from './factory-plans.ts';
import {
  BUYERS,
  COMPANY_SUFFIXES,
  GROUP_STEMS,
  GROUP_SUFFIXES,
  PRODUCTS,
  PROVINCES,
  STEMS,
  VILLAGE_WORDS,
} from './name-parts.ts';
import { generateOsId } from './os-ids.ts';
import type { Rng } from './random.ts';

export const FACTORY_HEADER = [
  'factory_id',
  'name',
  'name_km',
  'name_zh',
  'aliases',
  'parent_company',
  'province',
  'address',
  'buyers',
  'os_id',
  'workers',
  'women_workers',
  'status',
  'closed_on',
  'prior_assessments',
] as const;

export interface Factory {
  id: string;
  name: string;
  province: string;
  workers: number;
}

const GROUP_SHARE = 0.4;
const GROUP_SIZES: readonly (readonly [number, number])[] = [
  [2, 30],
  [3, 25],
  [4, 15],
  [5, 10],
  [6, 8],
  [8, 6],
  [10, 4],
  [12, 2],
];
const BUYER_COUNTS: readonly (readonly [number, number])[] = [
  [0, 15],
  [1, 30],
  [2, 28],
  [3, 17],
  [4, 10],
];
/** A few brands buy from many factories: weight brand i by 1/(i+1). */
const BUYER_WEIGHTS = BUYERS.map((name, i) => [name, 1 / (i + 1)] as const);
const KHMER_DIGITS = '០១២៣៤៥៦៧៨៩';

function khmerNumber(n: number): string {
  return [...String(n)].map((d) => KHMER_DIGITS[Number(d)]).join('');
}

function shuffled<T>(rng: Rng, items: readonly T[]): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = rng.int(0, i);
    [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
  }
  return copy;
}

function pickBuyers(rng: Rng, count: number, preferred: readonly string[]): string[] {
  const chosen = new Set<string>();
  for (let attempt = 0; chosen.size < count && attempt < 20; attempt++) {
    chosen.add(
      preferred.length > 0 && rng.chance(0.7) ? rng.pick(preferred) : rng.weighted(BUYER_WEIGHTS),
    );
  }
  return [...chosen];
}

interface Group {
  name: string;
  buyers: string[];
}

/** Parent companies: about 40% of factories belong to a group of 2–12 sister factories. */
function assignGroups(rng: Rng, count: number): (Group | null)[] {
  const membership: (Group | null)[] = Array.from({ length: count }, () => null);
  const order = shuffled(rng, [...Array(count).keys()]);
  const used = new Set<string>();
  const target = Math.round(count * GROUP_SHARE);
  let position = 0;
  while (position < target) {
    const size = Math.min(rng.weighted(GROUP_SIZES), count - position);
    if (size < 2) break;
    let name = `${rng.pick(GROUP_STEMS)} ${rng.pick(GROUP_SUFFIXES)}`;
    for (let attempt = 0; used.has(name); attempt++) {
      const stem = attempt < 10 ? rng.pick(STEMS)[0] : String(attempt);
      name = `${rng.pick(GROUP_STEMS)} ${stem} ${rng.pick(GROUP_SUFFIXES)}`;
    }
    used.add(name);
    const group = { name, buyers: pickBuyers(rng, rng.int(1, 4), []) };
    for (const index of order.slice(position, position + size)) membership[index] = group;
    position += size;
  }
  return membership;
}

interface Names {
  name: string;
  nameKm: string;
  nameZh: string;
}

const SUFFIX_WEIGHTS = COMPANY_SUFFIXES.map(([en, zh, weight]) => [[en, zh], weight] as const);

function composeNames(rng: Rng, used: Set<string>): Names {
  for (let attempt = 0; ; attempt++) {
    const [stemEn, stemKm, stemZh] = rng.pick(STEMS);
    const [productEn, productKm, productZh] = rng.pick(PRODUCTS);
    const [suffixEn, suffixZh] = rng.weighted(SUFFIX_WEIGHTS);
    // After a few collisions, number the factory like a second site of the same company.
    const number = attempt < 8 ? null : rng.int(2, 9 + Math.floor(attempt / 4));
    const name = `${stemEn} Demo ${productEn}${number === null ? '' : ` ${number}`} ${suffixEn}`;
    if (used.has(name)) continue;
    used.add(name);
    const cambodiaKm = suffixEn.includes('Cambodia') ? ' (ខេមបូឌា)' : '';
    return {
      name,
      nameKm: `រោងចក្រ ${stemKm} ${productKm}${number === null ? '' : ` ${khmerNumber(number)}`}${cambodiaKm} (សាកល្បង)`,
      nameZh: `${stemZh}示范${productZh}${number === null ? '' : `第${number}`}${suffixZh}`,
    };
  }
}

function composeAddress(rng: Rng, province: string, stem: string): string {
  if (province !== 'Phnom Penh' && rng.chance(0.25)) {
    const lot = `${rng.pick(['A', 'B', 'C', 'D', 'E'])}-${rng.int(1, 40)}`;
    return `Lot ${lot}, ${stem} Demo Special Economic Zone, ${province}`;
  }
  const village = rng.sample(VILLAGE_WORDS, 2).join(' ');
  return `No. ${rng.int(1, 400)}, Street D-${rng.int(100, 999)}, Phum ${village}, ${province}`;
}

/** Workers: log-normal around 1,000, between 200 and 6,000; 75–90% of them women. */
function drawWorkforce(rng: Rng): [workers: number, women: number] {
  const workers = Math.round(Math.min(6000, Math.max(200, 1000 * Math.exp(0.75 * rng.normal()))));
  return [workers, Math.min(workers, Math.round(workers * (0.75 + 0.15 * rng.float())))];
}

/** The registry: one row per planned factory, in id order. */
export function generateFactories(
  rng: Rng,
  plans: readonly FactoryPlan[],
): { factories: Factory[]; rows: string[][] } {
  const groups = assignGroups(rng, plans.length);
  const usedNames = new Set<string>();
  // Different English names can share a native one ("Apparel" and "Garment" are both 制衣); a
  // factory whose native name is taken is listed without one rather than with a twin's.
  const usedNative = new Set<string>();
  const nativeName = (name: string, chance: number) => {
    if (!rng.chance(chance) || usedNative.has(name)) return '';
    usedNative.add(name);
    return name;
  };
  const factories: Factory[] = [];
  const rows = plans.map((plan, i) => {
    const names = composeNames(rng, usedNames);
    const aliases: string[] = [];
    if (rng.chance(0.12)) {
      const count = rng.chance(0.8) ? 1 : 2;
      for (let k = 0; k < count; k++) aliases.push(composeNames(rng, usedNames).name);
    }
    const group = groups[i] ?? null;
    const province = rng.weighted(PROVINCES);
    const address = composeAddress(rng, province, rng.pick(STEMS)[0]);
    const buyers = pickBuyers(rng, rng.weighted(BUYER_COUNTS), group?.buyers ?? []);
    // Open Supply Hub ids exist from 2019, so factories closed before then have none.
    const lastYear = Math.min(2023, plan.closedOn === null ? 2023 : yearOf(plan.closedOn));
    const osId =
      lastYear >= 2019 && rng.chance(0.6)
        ? generateOsId(rng, rng.int(2019, lastYear), rng.chance(0.2))
        : '';
    const [workers, women] = drawWorkforce(rng);
    factories.push({ id: plan.id, name: names.name, province, workers });
    return [
      plan.id,
      names.name,
      nativeName(names.nameKm, 0.92),
      nativeName(names.nameZh, 0.55),
      aliases.join(';'),
      group?.name ?? '',
      province,
      address,
      buyers.join(';'),
      osId,
      String(workers),
      String(women),
      plan.closedOn === null ? 'open' : 'closed',
      plan.closedOn === null ? '' : formatDay(plan.closedOn),
      String(plan.priorAssessments),
    ];
  });
  return { factories, rows };
}
