import { defineConfig } from "@playwright/test";
import { findChromium } from "./scripts/chromium-path.mjs";

const PORT = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://localhost:${PORT}`;
const browser = findChromium();

export default defineConfig({
  testDir: ".e-screens",
  outputDir: `test-results/${PORT}`,
  fullyParallel: false,
  workers: 1,
  forbidOnly: true,
  retries: 0,
  reporter: [["list"]],
  timeout: 30_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: browser && !browser.bundled ? browser.path : undefined,
      // Without the networking flags Chromium floods this machine's closed network with requests.
      args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    },
  },
  webServer: {
    // A production build on its own embedded Postgres, created for this run and deleted after.
    command: `npm start -- -p ${PORT}`,
    url: `${baseURL}/api/health`,
    timeout: 120_000,
    reuseExistingServer: false,
    gracefulShutdown: { signal: "SIGTERM", timeout: 10_000 },
    stdout: "pipe",
    env: {
      DATABASE_URL: "",
      CQM_DATA_DIR: `.data/e2e-${PORT}`,
      CQM_EPHEMERAL_DB: "1",
      // Each app port gets its own database port, so parallel runs never race for one.
      CQM_PG_PORT: String(55_000 + (PORT % 1000)),
      NEXTAUTH_SECRET: "e2e-only-secret-that-is-long-enough-000000",
      NEXTAUTH_URL: baseURL,
      ENABLE_OUTBOX_PAGE: "1",
      SMTP_URL: "",
    },
  },
});
