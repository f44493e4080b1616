import { defineConfig } from 'astro/config';
import react from '@astrojs/react';
import { join } from 'node:path';

/**
 * Pages Astro renders at once. Ten keep the process busy while others are written to disk: with
 * four it waited on the disk, and the pages took about 9% longer. The bench's bare Astro build
 * uses the same number.
 */
export const PAGE_CONCURRENCY = 10;

// A fully static site: every page is prerendered from the public snapshot in src/generated/.
export default defineConfig({
  output: 'static',
  // The data step (scripts/build-data.ts) writes the files served as they are, the project's
  // public/ folder included, next to the snapshot the pages read. npm run build adds them to the
  // built site itself, once for all shards, and points Astro at an empty folder instead.
  publicDir:
    process.env.PORTAL_PUBLIC_DIR ??
    join(process.env.PORTAL_GENERATED_DIR ?? 'src/generated', 'public'),
  // SITE_URL (e.g. https://compliance.example.org) makes permalinks in citations absolute in the
  // HTML itself; without it the citation's script completes them in the browser.
  ...(process.env.SITE_URL ? { site: process.env.SITE_URL } : {}),
  trailingSlash: 'always',
  integrations: [react()],
  // A strict Content-Security-Policy as a <meta> on every page: Astro hashes the scripts and
  // styles it emits; everything else is this origin only. The host headers (public/_headers,
  // the README's nginx block) repeat the directives a <meta> cannot carry.
  security: {
    csp: {
      algorithm: 'SHA-256',
      directives: [
        "default-src 'self'",
        "object-src 'none'",
        "base-uri 'none'",
        "form-action 'self'",
        // A chart's PNG download draws the page's own SVG from a blob: URL onto a canvas.
        "img-src 'self' blob:",
        // The factory search and the supplier check run in workers served from this origin.
        "worker-src 'self'",
      ],
      // A chart sizes its own box in a style attribute (height and the padding its percentage
      // positions are measured inside). Attributes cannot run script or load anything under
      // default-src 'self'; style elements and stylesheets stay hash- and origin-bound.
      styleDirective: {
        resources: ["'self'", { resource: "'unsafe-inline'", kind: 'attribute' }],
      },
    },
  },
  // Stylesheets as files, never inlined: a factory page is one of hundreds of thousands, and a
  // browser fetches the shared CSS once.
  build: { concurrency: PAGE_CONCURRENCY, format: 'directory', inlineStylesheets: 'never' },
  // Scripts as files too, never inlined: a browser caches them once for every page, and a page
  // carries neither their text nor its hash in the Content-Security-Policy.
  vite: {
    build: { assetsInlineLimit: (file) => (file.endsWith('.js') ? false : undefined) },
  },
  // Builds of fixture sites in tests run beside the main one, each with its own cache.
  ...(process.env.ASTRO_CACHE_DIR ? { cacheDir: process.env.ASTRO_CACHE_DIR } : {}),
});
