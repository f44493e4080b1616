import { defineConfig } from 'astro/config';
import react from '@astrojs/react';

// A fully static site: every page is prerendered from the scored data in src/generated/.
export default defineConfig({
  output: 'static',
  trailingSlash: 'always',
  integrations: [react()],
  build: { concurrency: 4, format: 'directory' },
});
