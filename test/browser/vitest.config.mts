import { defineConfig } from 'vitest/config';
import { alias } from '../../vitest.config.mjs';

// Browser tests: the built admin (npm run build:admin) served by the real API, driven in
// Debian's Chromium through playwright-core. One file at a time: each starts its own app.
export default defineConfig({
  resolve: { alias },
  test: {
    include: ['test/browser/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 180_000,
    pool: 'forks',
    fileParallelism: false,
  },
});
