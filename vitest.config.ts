import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 120_000,
    // A hook that drives Chromium on a loaded machine gets as long as a test.
    hookTimeout: 60_000,
    // A page's script may run many seconds late on a loaded machine (a search's worker reading
    // its index while other builds take both cores): polls wait for it, never time it.
    expect: { poll: { timeout: 45_000 } },
  },
});
