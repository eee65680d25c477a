// Shared e2e helpers: the API server, the browser, and the client driver.
export { apiBinary, artifactsDir, repoRoot, screenshotsDir, vegaMovies, webRoot } from './paths.mjs';
export { importInto, startServer, superadminOptions } from './server.mjs';
export { CHROMIUM_ARGS, CHROMIUM_PATH, launchBrowser } from './browser.mjs';
export { Client, cspViolations, openClient } from './client.mjs';
export { Api, uniqueName } from './api.mjs';
export { shareServerAndBrowser } from './suite.mjs';
