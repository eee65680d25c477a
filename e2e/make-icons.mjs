// Draws the home-screen icons of web/manifest.json (and the Apple touch icon)
// from web/favicon.svg with the system Chromium. The PNGs are committed: run
// this again only when the favicon changes.
//   node make-icons.mjs
import { readFile } from 'node:fs/promises';
import path from 'node:path';

import { launchBrowser, webRoot } from './lib/index.mjs';

const favicon = await readFile(path.join(webRoot, 'favicon.svg'), 'utf8');

// Launchers that mask icons (maskable) or round them themselves (Apple) want
// a full square: the favicon's backdrop fills it and its picture shrinks into
// the safe zone (the centred circle of 80% diameter).
const backdrop = /<rect width="64" height="64"[^>]*\/>/.exec(favicon)?.[0];
if (!backdrop) throw new Error('favicon.svg: no 64×64 backdrop rect found');
const fullSquare = favicon.replace(backdrop,
  `${backdrop.replace(/ rx="[^"]*"/, '')}<g transform="translate(32 32) scale(0.8) translate(-32 -32)">`)
  .replace('</svg>', '</g></svg>');

const icons = [
  { file: 'icon-192.png', size: 192, svg: favicon },
  { file: 'icon-512.png', size: 512, svg: favicon },
  { file: 'maskable-512.png', size: 512, svg: fullSquare },
  { file: 'apple-touch-icon.png', size: 180, svg: fullSquare },
];

const browser = await launchBrowser();
try {
  const page = await browser.newPage();
  for (const { file, size, svg } of icons) {
    await page.setViewportSize({ width: size, height: size });
    const sized = svg.replace('<svg ', `<svg width="${size}" height="${size}" `);
    await page.setContent(`<style>html,body{margin:0;background:transparent}svg{display:block}</style>${sized}`);
    const out = path.join(webRoot, 'icons', file);
    await page.screenshot({ path: out, omitBackground: true });
    console.log(`${out}: ${size}×${size}`);
  }
} finally {
  await browser.close();
}
