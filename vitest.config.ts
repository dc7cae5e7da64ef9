import { defineConfig } from 'vitest/config';

/**
 * Two projects: `unit` runs before the build (pure functions, content against the report, the build's
 * error messages); `dist` runs over the built site in dist/ (size budgets, every page one document), after `npm run build`.
 */
export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['src/**/*.test.ts', 'tests/*.test.ts'] } },
      { test: { name: 'dist', include: ['tests/dist/**/*.test.ts'] } },
    ],
  },
});
