import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/dist/**/*.test.ts'],
    // Building a fixture site takes a few seconds on a 2-core machine.
    testTimeout: 120_000,
  },
});
