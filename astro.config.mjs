import { defineConfig } from 'astro/config';
import react from '@astrojs/react';

// A fully static site: every page is prerendered from the public snapshot in src/generated/.
export default defineConfig({
  output: 'static',
  trailingSlash: 'always',
  integrations: [react()],
  build: { concurrency: 4, format: 'directory' },
  // Builds of fixture sites in tests run beside the main one, each with its own cache.
  ...(process.env.ASTRO_CACHE_DIR ? { cacheDir: process.env.ASTRO_CACHE_DIR } : {}),
});
