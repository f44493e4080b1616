/**
 * Site build benchmark: the portal's `npm run build` on the demo data against a bare Astro build
 * of as many trivial pages, run interleaved in the same session (timings here vary ±30 % from
 * run to run, so only the ratio of medians is meaningful), and the bytes a browser transfers for
 * the main page types.
 */
import { spawnSync } from 'node:child_process';
import { PAGE_CONCURRENCY } from '../../astro.config.mjs';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

export function timed(
  command: string,
  args: string[],
  cwd: string,
  env: NodeJS.ProcessEnv,
): number {
  const started = performance.now();
  const result = spawnSync(command, args, {
    cwd,
    env: { ...process.env, ...env, ASTRO_TELEMETRY_DISABLED: '1' },
    encoding: 'utf8',
  });
  if (result.status !== 0)
    throw new Error(`${command} ${args.join(' ')} failed:\n${result.stderr}`);
  return performance.now() - started;
}

/** A bare Astro project with `count` trivial pages, using this project's installed Astro and its page concurrency. */
export function makeBareProject(root: string, count: number): string {
  const dir = join(root, 'bare');
  mkdirSync(join(dir, 'src/pages'), { recursive: true });
  symlinkSync(join(process.cwd(), 'node_modules'), join(dir, 'node_modules'));
  writeFileSync(join(dir, 'package.json'), '{ "type": "module" }\n');
  writeFileSync(
    join(dir, 'astro.config.mjs'),
    `import { defineConfig } from 'astro/config';\nexport default defineConfig({ build: { concurrency: ${PAGE_CONCURRENCY} } });\n`,
  );
  writeFileSync(
    join(dir, 'src/pages/[n].astro'),
    `---\nexport function getStaticPaths() {\n  return Array.from({ length: ${count} }, (_, n) => ({ params: { n: String(n) } }));\n}\nconst { n } = Astro.params;\n---\n<html lang="en"><head><title>Page {n}</title></head><body><h1>Page {n}</h1></body></html>\n`,
  );
  return dir;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
};

/** Bytes over the wire (gzip -9) for a page and everything it loads: CSS, scripts, fetched JSON. */
export function transferred(
  dist: string,
  page: string,
  fetched: string[] = [],
): { files: number; bytes: number; js: number } {
  const html = readFileSync(join(dist, page), 'utf8');
  const assets = new Set<string>();
  for (const match of html.matchAll(
    /(?:href|src|component-url|renderer-url)="(\/_astro\/[^"]+\.(?:css|js))"/g,
  )) {
    assets.add(match[1] as string);
  }
  // Follow static imports between JavaScript chunks.
  const queue = [...assets].filter((a) => a.endsWith('.js'));
  while (queue.length > 0) {
    const file = queue.pop() as string;
    const text = readFileSync(join(dist, file), 'utf8');
    for (const match of text.matchAll(/(?:from|import)\s*"\.\/([^"]+\.js)"/g)) {
      const next = `/_astro/${match[1]}`;
      if (!assets.has(next)) {
        assets.add(next);
        queue.push(next);
      }
    }
  }
  const gz = (path: string) => gzipSync(readFileSync(path), { level: 9 }).length;
  let bytes = gz(join(dist, page));
  let js = 0;
  for (const asset of [...assets, ...fetched]) {
    const size = gz(join(dist, asset));
    bytes += size;
    if (asset.endsWith('.js')) js += size;
  }
  return { files: 1 + assets.size + fetched.length, bytes, js };
}

export function benchSite(runs: number): void {
  const root = process.cwd();
  const work = mkdtempSync(join(tmpdir(), 'bench-site-'));
  try {
    const dist = join(work, 'dist');
    const env = {
      DIST_DIR: dist,
      PORTAL_GENERATED_DIR: join(work, 'generated'),
      ASTRO_CACHE_DIR: join(work, 'cache'),
    };
    const tsx = join(root, 'node_modules/.bin/tsx');
    const astro = join(root, 'node_modules/.bin/astro');
    const portal: number[] = [];
    const bare: number[] = [];
    let bareDir = '';
    for (let run = 0; run < runs; run += 1) {
      portal.push(timed(tsx, [join(root, 'scripts/build.ts')], root, env));
      if (bareDir === '')
        bareDir = makeBareProject(
          work,
          filesUnder(dist).filter((f) => !f.includes('/_astro/')).length,
        );
      bare.push(timed(astro, ['build', '--silent'], bareDir, {}));
    }
    const outputs = filesUnder(dist).filter((f) => !f.includes('/_astro/'));
    const pages = outputs.filter((f) => f.endsWith('.html')).length;
    console.log(
      `\nSite build (demo data): ${pages} pages and ${outputs.length - pages} other files (downloads, chart SVG/CSV, search index)`,
    );
    console.log(
      `  portal: npm run build      median ${(median(portal) / 1000).toFixed(1)} s  (${portal.map((t) => (t / 1000).toFixed(1)).join(', ')})`,
    );
    console.log(
      `  bare Astro, ${outputs.length} trivial pages  median ${(median(bare) / 1000).toFixed(1)} s  (${bare.map((t) => (t / 1000).toFixed(1)).join(', ')})`,
    );
    console.log(
      `  ratio portal / bare: ${(median(portal) / median(bare)).toFixed(2)} (target: under 2)`,
    );

    const factory = readdirSync(join(dist, 'factories')).find((name) =>
      existsSync(join(dist, 'factories', name, 'index.html')),
    );
    const sizes: Array<[string, ReturnType<typeof transferred>]> = [
      ['overview /', transferred(dist, 'index.html')],
      [`factory /factories/${factory}/`, transferred(dist, `factories/${factory}/index.html`)],
      [
        'factories /factories/ (with search index)',
        transferred(dist, 'factories/index.html', ['search-index.json']),
      ],
      [
        'supplier check /check/ (with search index)',
        transferred(dist, 'check/index.html', ['search-index.json']),
      ],
    ];
    console.log('\nTransferred size (gzip -9, the page and everything it loads):');
    for (const [label, size] of sizes) {
      console.log(
        `  ${label.padEnd(46)} ${(size.bytes / 1024).toFixed(1).padStart(6)} KB in ${size.files} files, of which JavaScript ${(size.js / 1024).toFixed(1)} KB`,
      );
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
