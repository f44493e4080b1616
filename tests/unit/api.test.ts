import Ajv2020 from 'ajv/dist/2020';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDataFolder } from '../../scripts/lib/data-folder';
import { buildApiFiles } from '../../src/lib/api';
import { loadDataset } from '../../src/lib/load-dataset';
import { buildPublicSite } from '../../src/lib/public-site';
import { scoreDataset } from '../../src/lib/score';

function apiOf(dir: string) {
  const { dataset } = loadDataset(readDataFolder(dir));
  if (dataset === undefined) throw new Error(`${dir} is invalid`);
  return buildApiFiles(buildPublicSite(dataset, scoreDataset(dataset)));
}

const fixture = apiOf(resolve(import.meta.dirname, '../golden/small/data'));
const demo = apiOf(resolve(import.meta.dirname, '../../data'));
const parse = (files: Map<string, string>, name: string): unknown =>
  JSON.parse(files.get(name) ?? 'null');

describe.each([
  ['the small fixture', fixture],
  ['the demo data', demo],
])('the JSON API of %s', (_name, files) => {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  const validator = (schema: string) => ajv.compile(parse(files, `schemas/${schema}`) as object);
  const validateFactory = validator('factory.schema.json');
  const validateCycle = validator('cycle.schema.json');
  const validateIndex = validator('factories.schema.json');

  it('validates every file against the JSON Schema published beside it', () => {
    const invalid: string[] = [];
    for (const [name, content] of files) {
      const check = name.startsWith('factories/')
        ? validateFactory
        : name.startsWith('cycles/')
          ? validateCycle
          : name === 'factories.json'
            ? validateIndex
            : undefined;
      if (check && !check(JSON.parse(content)))
        invalid.push(`${name}: ${ajv.errorsText(check.errors)}`);
    }
    expect(invalid).toEqual([]);
  });

  it('refuses a factory file that lacks a field or has a wrong finding (the schemas check)', () => {
    const [name, content] = [...files].find(([n]) => n.startsWith('factories/')) ?? ['', '{}'];
    const factory = JSON.parse(content) as Record<string, unknown> & {
      cycles: Array<{ critical: Record<string, string> }>;
    };
    const { id: _id, ...withoutId } = factory;
    expect(validateFactory(withoutId), name).toBe(false);
    const first = factory.cycles[0];
    if (first) first.critical = { ...first.critical, CI01: 'maybe' };
    expect(validateFactory(factory), name).toBe(false);
  });

  it('has one file per factory of the index and per cycle', () => {
    const index = parse(files, 'factories.json') as {
      factories: Array<{ api: string }>;
      cycles: Array<{ api: string }>;
    };
    for (const entry of [...index.factories, ...index.cycles]) {
      expect(files.has(entry.api.replace('/api/', '')), entry.api).toBe(true);
    }
  });
});

describe('the API follows the disclosure rules', () => {
  it('never names a factory that was never published', () => {
    const everything = [...fixture.values()].join('\n');
    expect(everything).not.toContain('KH-006');
    expect(everything).not.toContain('Harbor Demo Bags');
    expect(fixture.has('factories/KH-006.json')).toBe(false);
  });

  it('keeps a first assessment confidential and shows key findings only for listed cycles', () => {
    const kh002 = parse(fixture, 'factories/KH-002.json') as {
      cycles: Array<{ cycle: string; key: unknown }>;
    };
    expect(kh002.cycles.map((c) => c.cycle)).toEqual(['2020', '2021', '2022']);
    expect(kh002.cycles.every((c) => c.key === null)).toBe(true);
    const kh003 = parse(fixture, 'factories/KH-003.json') as {
      cycles: Array<{ key: Record<string, string> | null; critical: Record<string, string> }>;
    };
    expect(kh003.cycles[0]?.key).toMatchObject({ LR22: 'non_compliant' });
    expect(kh003.cycles[0]?.critical).toMatchObject({ CI09: 'non_compliant', CI01: 'compliant' });
  });
});
