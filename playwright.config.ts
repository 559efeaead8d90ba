import { defineConfig, devices } from '@playwright/test';

const PORT = 4173;

// Browser downloads are impossible here: drive the system's Chromium.
const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 30_000,
  reporter: [['list'], ['json', { outputFile: 'reports/e2e.json' }]],
  use: {
    baseURL: `http://localhost:${PORT}/`,
    trace: 'retain-on-failure',
    acceptDownloads: true,
    launchOptions: { executablePath: '/usr/bin/chromium', args: chromiumArgs },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
  webServer: {
    // The production build from the real seeds through the real pipeline (`npm start`); `npm test`
    // has just built it (E2E_PREBUILT=1), so it only serves.
    command:
      process.env.E2E_PREBUILT === '1' ? 'npx vite preview --strictPort --port 4173' : 'npm start',
    url: `http://localhost:${PORT}/`,
    timeout: 240_000,
    // Only reuse a running server when asked, so a stale build never answers for a new one.
    reuseExistingServer: process.env.E2E_REUSE_SERVER === '1',
    stdout: 'pipe',
    stderr: 'pipe',
  },
});
