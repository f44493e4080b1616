/**
 * The `_headers` file that Netlify and Cloudflare Pages read: the same Content-Security-Policy
 * the pages carry as <meta> (with the script and style hashes of every page, so the header
 * never blocks what a page needs), plus what a <meta> cannot say: frame-ancestors, nosniff.
 */
import { closeSync, openSync, readSync } from 'node:fs';
import { join } from 'node:path';
import { listFiles } from './manifest';

const META = /<meta http-equiv="content-security-policy" content="([^"]*)"/i;

/** The head of a page, where its policy is: enough bytes to hold it without reading the page. */
function readHead(path: string): string {
  const buffer = new Uint8Array(16_384);
  const fd = openSync(path, 'r');
  try {
    const read = readSync(fd, buffer, 0, buffer.length, 0);
    return new TextDecoder().decode(buffer.subarray(0, read));
  } finally {
    closeSync(fd);
  }
}

/** The union, directive by directive, of the policies of every page of the site. */
export function sitePolicy(dir: string): string {
  const directives = new Map<string, Set<string>>();
  for (const path of listFiles(dir).filter((p) => p.endsWith('.html'))) {
    const content = META.exec(readHead(join(dir, path)))?.[1];
    if (content === undefined) continue;
    for (const directive of content.split(';')) {
      const [name, ...sources] = directive.trim().split(/\s+/);
      if (!name) continue;
      const set = directives.get(name) ?? new Set<string>();
      for (const source of sources) set.add(source.replaceAll('&#39;', "'"));
      directives.set(name, set);
    }
  }
  directives.set('frame-ancestors', new Set(["'none'"]));
  return [...directives].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

export function hostHeaders(dir: string): string {
  return [
    '# Response headers for Netlify and Cloudflare Pages, written by the build (see README.md).',
    '/*',
    `  Content-Security-Policy: ${sitePolicy(dir)}`,
    '  Referrer-Policy: no-referrer',
    '  X-Content-Type-Options: nosniff',
    '/_astro/*',
    '  Cache-Control: public, max-age=31536000, immutable',
    '',
  ].join('\n');
}
