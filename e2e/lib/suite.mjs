// The API server and the browser that the tests of one file share: started
// before the first test, stopped after the last (only what this started).
import { after, before } from 'node:test';
import { launchBrowser } from './browser.mjs';
import { startServer } from './server.mjs';

/** Starts both before the file's tests and hands them to `use({ server, browser })`. */
export function shareServerAndBrowser(serverOptions, use) {
  let started = {};
  before(async () => {
    started = { server: await startServer(serverOptions) };
    started.browser = await launchBrowser();
    use(started);
  });
  after(async () => {
    await started.browser?.close();
    await started.server?.stop();
  });
}
