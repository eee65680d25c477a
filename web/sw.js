// moviedb's service worker: a second visit starts from the client's own files
// kept here, even offline. Nothing else passes through it: the API, the
// OpenAPI, health and metrics (and every other path) go to the network as if
// there were no service worker, so no answer carrying a user's state is kept.
//
// Updates. moviedb-client.js and moviedb-client.wasm come from one build and
// must be used together, so files are never replaced one by one. A set lives
// in a cache named after its version (a digest of every file's ETag), and the
// pointer `current` names the set pages start from. Each navigation is served
// from the current set at once; meanwhile every file is revalidated with its
// ETag (a 304 costs a few bytes) and, if any changed, the whole new set is
// stored under its own name before the pointer moves to it, so the next load
// starts from the new set. A set caught in the middle of a deploy heals the
// same way: its version differs from the finished one's. A page keeps the set
// it started from while it loads, so a switch never mixes two builds.
'use strict';

const FILES = ['./', 'index.html', 'app.js', 'keyboard.js', 'pointer.js', 'touch.js', 'screen_reader.js', 'style.css', 'moviedb-client.js', 'moviedb-client.wasm',
  'fonts/DejaVuSans.ttf', 'favicon.svg', 'manifest.json', 'icons/icon-192.png', 'icons/icon-512.png',
  'icons/maskable-512.png', 'icons/apple-touch-icon.png'];
const PATHS = FILES.map((file) => new URL(file, self.location).pathname);
const KNOWN = new Set(PATHS);
const SET_PREFIX = 'moviedb-client-';
const POINTER = 'moviedb-pointer';

// Page (client id) → the set it started from. Lost when the browser stops the
// worker, by which time a page has long loaded its build; the oldest pins go
// first beyond PINS, so a long-lived worker holds a bounded map.
const pinned = new Map();
const PINS = 64;

async function currentSet() {
  const pointer = await caches.match('current', { cacheName: POINTER });
  return pointer ? pointer.text() : null;
}

async function versionOf(answers) {
  const text = PATHS.map((path, i) => `${path} ${answers[i].headers.get('ETag')}`).join('\n');
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest, 0, 8), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

async function refresh() {
  const from = await currentSet();
  let changed = !from;
  const answers = await Promise.all(PATHS.map(async (path) => {
    const kept = from && await caches.match(path, { cacheName: from });
    const etag = kept && kept.headers.get('ETag');
    // With an ETag the server answers 304 or the new file; without one, the
    // HTTP cache revalidates what the page itself just loaded.
    const response = await fetch(path, etag ? { headers: { 'If-None-Match': etag } } : { cache: 'no-cache' });
    if (response.status === 304 && kept) return kept;
    if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
    changed = true;
    return response;
  }));
  if (changed) {
    const name = SET_PREFIX + await versionOf(answers);
    const cache = await caches.open(name);
    await Promise.all(PATHS.map((path, i) => cache.put(path, answers[i])));
    await (await caches.open(POINTER)).put('current', new Response(name));
  }
}

// One revalidation at a time, however many pages navigate at once.
let refreshing = null;
function refreshOnce() {
  refreshing ??= refresh().then(prune).finally(() => { refreshing = null; });
  return refreshing;
}

// Deletes the sets neither the pointer nor a loading page names.
async function prune() {
  const keep = new Set([await currentSet(), ...pinned.values()]);
  const names = await caches.keys();
  await Promise.all(names.filter((name) => name.startsWith(SET_PREFIX) && !keep.has(name))
    .map((name) => caches.delete(name)));
}

async function answer(event, path) {
  const navigating = event.request.mode === 'navigate';
  const set = (!navigating && pinned.get(event.clientId)) || await currentSet();
  if (navigating && set) {
    pinned.set(event.resultingClientId, set);
    if (pinned.size > PINS) pinned.delete(pinned.keys().next().value);
  }
  const cached = set && await caches.match(path, { cacheName: set });
  return cached || fetch(event.request);
}

// Installing fills a set but deletes none: an older worker's pages may still
// be loading from theirs (activation prunes, once those pages are gone).
self.addEventListener('install', (event) => {
  event.waitUntil(refresh());
});

// No skipWaiting: a new worker takes over once no page uses the old one, so
// no page changes hands in the middle of loading. Claiming lets the page that
// installed the first worker use it for what it loads later (icons, manifest).
self.addEventListener('activate', (event) => {
  event.waitUntil(prune().then(() => self.clients.claim()));
});

self.addEventListener('fetch', (event) => {
  const { request } = event;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin || !KNOWN.has(url.pathname)) return;
  const answered = answer(event, url.pathname);
  event.respondWith(answered);
  // A failed revalidation (offline, server down) changes nothing: the next
  // navigation tries again.
  if (request.mode === 'navigate') event.waitUntil(answered.then(() => refreshOnce()).catch(() => {}));
});
