// Takes the README screenshot of a running, seeded client: the browse screen.
//   node screenshot.mjs [BASE_URL] [--out FILE] [--width N] [--height N] [--scale N]
//                       [--search WORDS] [--screen login|browse]
// BASE_URL defaults to http://127.0.0.1:8080; FILE to e2e/screenshots/browse.png.
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';

import { launchBrowser, openClient, screenshotsDir } from './lib/index.mjs';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    out: { type: 'string', default: path.join(screenshotsDir, 'browse.png') },
    width: { type: 'string', default: '1280' },
    height: { type: 'string', default: '800' },
    scale: { type: 'string', default: '1' },
    search: { type: 'string', default: '' },
    screen: { type: 'string', default: 'browse' },
  },
});
const baseUrl = positionals[0] ?? 'http://127.0.0.1:8080';

const browser = await launchBrowser();
try {
  const client = await openClient(browser, baseUrl, {
    viewport: { width: Number(values.width), height: Number(values.height) },
    deviceScaleFactor: Number(values.scale),
  });
  await client.waitFor(() => ['ok', 'failed'].includes(window.moviedbUi.text?.['server.status']))
    .catch(() => {});
  if (values.screen === 'browse') {
    if ((await client.ui()).screen === 'login') await client.click('login.anonymous');
    await client.waitFor(() => window.moviedbUi.text['browse.status'] === 'ready');
    if (values.search) {
      await client.fill('browse.search', values.search);
      await client.waitFor((q) => window.moviedbUi.text['browse.query'] === q &&
        window.moviedbUi.text['browse.status'] === 'ready', values.search);
    }
    await client.page.mouse.move(1, 1);
  }
  await client.nextFrame(3);
  await mkdir(path.dirname(values.out), { recursive: true });
  await client.page.screenshot({ path: values.out });
  await client.close();
  console.log(`screenshot: ${values.out}`);
} finally {
  await browser.close();
}
