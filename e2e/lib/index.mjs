// Shared e2e helpers: the API server, the browser, and the client driver.
export { apiBinary, artifactsDir, repoRoot, webRoot } from './paths.mjs';
export { startServer } from './server.mjs';
export { CHROMIUM_ARGS, CHROMIUM_PATH, launchBrowser } from './browser.mjs';
export { Client, cspViolations, openClient } from './client.mjs';
