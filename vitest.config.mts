import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

export const alias = {
  '@toasoan/editor/server': here('./libs/editor/src/server.ts'),
  '@toasoan/editor': here('./libs/editor/src/index.ts'),
  '@toasoan/vi-text': here('./libs/vi-text/src/index.ts'),
  '@toasoan/workflow': here('./libs/workflow/src/index.ts'),
};

export default defineConfig({
  resolve: { alias },
  test: {
    include: ['libs/**/*.test.ts', 'test/api/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    fileParallelism: true,
    maxWorkers: 2,
  },
});
