import { defineConfig } from 'vitest/config';

/** Unit and property tests run in Node; browser end-to-end tests are separate (e2e/). */
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
  },
});
