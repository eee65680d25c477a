// Drives the moviedb client through its test bridge (window.moviedbUi, see
// wasm-client/bridge/bridge.hpp): waits for frames, finds widgets by key and
// clicks/types at their rectangles with real mouse and keyboard events.
import { mkdir } from 'node:fs/promises';
import path from 'node:path';

import { artifactsDir } from './paths.mjs';

// On the MongoDB stand-in one search takes seconds (see server.mjs).
const DEFAULT_TIMEOUT_MS = process.env.MOVIEDB_E2E_MONGODB_URI ? 60000 : 15000;

function slug(name) {
  return name.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '').toLowerCase() || 'screenshot';
}

export class Client {
  /** @param {import('playwright-core').Page} page */
  constructor(page, context) {
    this.page = page;
    this.context = context;
    /** console errors, page errors, CSP violations and failed requests, as text */
    this.problems = [];
  }

  /** Resolves once the client drew its first frame with the UI font loaded. */
  async waitReady(timeout = DEFAULT_TIMEOUT_MS) {
    await this.page.waitForFunction(() => window.moviedbUi && window.moviedbUi.ready === true, null, { timeout });
    return this.ui();
  }

  /** The bridge document as of now. */
  ui() {
    return this.page.evaluate(() => window.moviedbUi);
  }

  /** Waits until the client rendered `count` more frames (so it has seen earlier input). */
  async nextFrame(count = 1, timeout = DEFAULT_TIMEOUT_MS) {
    const start = await this.page.evaluate(() => window.moviedbUi.frame);
    await this.page.waitForFunction((target) => window.moviedbUi.frame >= target, start + count, { timeout });
  }

  /**
   * Waits for `predicate(arg)` to return true in the page and returns moviedbUi.
   * The predicate runs in the page (no closures over test variables: pass
   * `arg`) and reads `window.moviedbUi` itself.
   */
  async waitFor(predicate, arg, timeout = DEFAULT_TIMEOUT_MS) {
    await this.page.waitForFunction(predicate, arg, { timeout });
    return this.ui();
  }

  /** Waits for the screen to be `name`. */
  waitForScreen(name, timeout) {
    return this.waitFor((n) => window.moviedbUi?.screen === n, name, timeout);
  }

  /** Waits for bridge text `key` to exist (and equal `value` when given); returns it. */
  async waitForText(key, value, timeout) {
    const ui = await this.waitFor(({ k, v }) => {
      const text = window.moviedbUi?.text;
      return Boolean(text) && k in text && (v === undefined || v === null || text[k] === v);
    }, { k: key, v: value ?? null }, timeout);
    return ui.text[key];
  }

  /** The rectangle of widget `key` in CSS px relative to the page; waits for it to be visible. */
  async item(key, timeout = DEFAULT_TIMEOUT_MS) {
    const ui = await this.waitFor((k) => Boolean(window.moviedbUi?.items?.[k]), key, timeout);
    return ui.items[key];
  }

  /** Centre of widget `key` in viewport coordinates (what the mouse uses). */
  async centreOf(key) {
    const rect = await this.item(key);
    const scroll = await this.page.evaluate(() => ({ x: window.scrollX, y: window.scrollY }));
    return { x: rect.x + rect.w / 2 - scroll.x, y: rect.y + rect.h / 2 - scroll.y };
  }

  /** Moves to widget `key` and clicks it: move, frame, down, frame, up, frame. */
  async click(key) {
    const { x, y } = await this.centreOf(key);
    await this.page.mouse.move(x, y);
    await this.nextFrame();
    await this.page.mouse.down();
    await this.nextFrame();
    await this.page.mouse.up();
    await this.nextFrame();
  }

  /** Presses one key (Playwright key name) with a frame between down and up. */
  async press(key) {
    await this.page.keyboard.down(key);
    await this.nextFrame();
    await this.page.keyboard.up(key);
    await this.nextFrame();
  }

  /** Taps widget `key` with a finger (a touch screen's context: `phone`), then waits a frame. */
  async tap(key) {
    const { x, y } = await this.centreOf(key);
    await this.page.touchscreen.tap(x, y);
    await this.nextFrame(2);
  }

  /** Clicks widget `key` to focus it, then types `text` one key at a time. */
  async type(key, text) {
    await this.click(key);
    for (const ch of text) await this.press(ch);
  }

  /** Types `text` one key at a time into whatever has the keyboard focus. */
  async typeText(text) {
    for (const ch of text) await this.press(ch);
  }

  /** Types `text` at a fast typist's pace (`delayMs` between keys), not waiting for frames. */
  async typeFast(text, delayMs = 25) {
    await this.page.keyboard.type(text, { delay: delayMs });
    await this.nextFrame(2);
  }

  /**
   * Clicks widget `key` until it is the field being typed in (a click can be
   * lost on a loaded machine: typing would then go nowhere), selects what it
   * holds (Ctrl+A), and types `text` over it (quickly).
   */
  async fill(key, text) {
    for (let attempt = 1; ; attempt += 1) {
      await this.click(key);
      try {
        await this.waitFor((k) => Boolean(window.moviedbUi.items[k]?.active), key, 2000);
        break;
      } catch (error) {
        if (attempt === 3) throw error;
      }
    }
    await this.page.keyboard.down('Control');
    await this.press('a');
    await this.page.keyboard.up('Control');
    await this.press('Backspace');
    await this.typeFast(text, 10);
  }

  /** Bridge text `key` as of now (undefined when not shown). */
  async text(key) {
    return (await this.ui()).text[key];
  }

  /** Turns the mouse wheel over widget `key` by `deltaY` CSS px. */
  async wheel(key, deltaY) {
    const { x, y } = await this.centreOf(key);
    await this.page.mouse.move(x, y);
    await this.page.mouse.wheel(0, deltaY);
    await this.nextFrame(2);
  }

  /** Saves a PNG to build/e2e-artifacts/<name>.png; returns its path. */
  async screenshot(name) {
    await mkdir(artifactsDir, { recursive: true });
    const file = path.join(artifactsDir, `${slug(name)}.png`);
    await this.page.screenshot({ path: file });
    return file;
  }

  /** Signs in through the login form and waits for the session. */
  async signIn(username, password) {
    await this.waitForScreen('login');
    await this.fill('login.username', username);
    await this.fill('login.password', password);
    await this.click('login.submit');
    await this.waitFor(() => window.moviedbUi.text.session === 'signed_in');
  }

  close() {
    return this.context.close();
  }
}

/**
 * Opens the client at `baseUrl` in a fresh browser context and records every
 * problem the page reports. With a node:test context `t`, a screenshot named
 * after the test is saved and the context closed when the test ends.
 *
 * @param {import('playwright-core').Browser} browser
 * @param {string} baseUrl
 * @param {{t?: import('node:test').TestContext, viewport?: {width:number,height:number},
 *          deviceScaleFactor?: number, path?: string, waitReady?: boolean, phone?: boolean}} options
 */
export async function openClient(browser, baseUrl, options = {}) {
  const {
    t, viewport = { width: 1280, height: 800 }, deviceScaleFactor = 1, path: urlPath = '/', waitReady = true,
    phone = false,
  } = options;
  // A phone: a touch screen (taps, maxTouchPoints, pointer: coarse) with a mobile viewport.
  const context = await browser.newContext({ viewport, deviceScaleFactor, isMobile: phone, hasTouch: phone });
  const page = await context.newPage();
  const client = new Client(page, context);

  page.on('console', (message) => {
    if (message.type() === 'error') client.problems.push(`console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => client.problems.push(`page error: ${error.message}`));
  page.on('requestfailed', (request) => {
    client.problems.push(`request failed: ${request.method()} ${request.url()} ${request.failure()?.errorText ?? ''}`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) client.problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.__cspViolations.push(`${event.violatedDirective} blocked ${event.blockedURI || 'inline'}`);
    });
  });

  if (t) {
    t.after(async () => {
      try {
        await client.screenshot(t.fullName ?? t.name);
      } finally {
        await client.close();
      }
    });
  }

  await page.goto(new URL(urlPath, baseUrl).toString());
  if (waitReady) await client.waitReady();
  return client;
}

/** CSP violations the page saw (collected from `securitypolicyviolation` events). */
export function cspViolations(client) {
  return client.page.evaluate(() => window.__cspViolations ?? []);
}
