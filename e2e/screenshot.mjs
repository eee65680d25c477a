// Takes the README screenshot of a running client:
//   node screenshot.mjs [BASE_URL] [--out FILE] [--width N] [--height N] [--scale N]
// BASE_URL defaults to http://127.0.0.1:8080; FILE to e2e/screenshots/client.png.
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';

import { launchBrowser, openClient, repoRoot } from './lib/index.mjs';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    out: { type: 'string', default: path.join(repoRoot, 'e2e', 'screenshots', 'client.png') },
    width: { type: 'string', default: '1280' },
    height: { type: 'string', default: '800' },
    scale: { type: 'string', default: '1' },
  },
});
const baseUrl = positionals[0] ?? 'http://127.0.0.1:8080';

const browser = await launchBrowser();
try {
  const client = await openClient(browser, baseUrl, {
    viewport: { width: Number(values.width), height: Number(values.height) },
    deviceScaleFactor: Number(values.scale),
  });
  // Let the first requests land (a few frames, or until the server answered).
  await client.waitFor(() => ['ok', 'failed'].includes(window.moviedbUi.text?.['server.status']))
    .catch(() => {});
  await client.nextFrame(2);
  await mkdir(path.dirname(values.out), { recursive: true });
  await client.page.screenshot({ path: values.out });
  await client.close();
  console.log(`screenshot: ${values.out}`);
} finally {
  await browser.close();
}
