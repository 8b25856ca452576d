import path from "node:path";
import { defineConfig } from "vitest/config";

// Browser tests: a production build served by `next start`, driven by
// playwright-core in Debian's chromium. One server for the whole run.
export default defineConfig({
  resolve: { alias: { "@": path.resolve(__dirname) } },
  test: {
    include: ["tests/browser/**/*.test.ts"],
    globalSetup: ["tests/browser/global-setup.ts"],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 600_000,
  },
});
