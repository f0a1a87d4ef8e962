/*
 * The admin shell offline: served as /admin/sw.js (scope /admin/), written into the build by the
 * `adminServiceWorker` plugin in vite.config.mts, which replaces BUILD below with the build's
 * file list and a version. Hand-written rather than vite-plugin-pwa: that plugin supports our
 * Vite, but it builds the worker with workbox-build (Babel, Rollup, Terser: about 150 more
 * packages) for the three rules this file needs:
 *   - navigations under /admin/: network first, the cached index.html when the network fails;
 *   - /admin/assets/* (content-hashed, immutable): cache first, precached at install;
 *   - everything else, /api above all, is never touched: it goes to the network as usual.
 * Typed text does not depend on this worker: it is kept in localStorage until the server has it.
 */
/* global self, caches, fetch, URL */
const BUILD = self.__ADMIN_BUILD__;
const SHELL_CACHE = 'toasoan-admin-shell';
const ASSET_CACHE = 'toasoan-admin-assets';
const SHELL_URL = '/admin/index.html';

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const assets = await caches.open(ASSET_CACHE);
      const missing = [];
      for (const url of BUILD.assets) if (!(await assets.match(url))) missing.push(url);
      await assets.addAll(missing);
      const shell = await fetch(SHELL_URL, { cache: 'no-cache' });
      if (shell.ok) await (await caches.open(SHELL_CACHE)).put(SHELL_URL, shell);
      await self.skipWaiting();
    })(),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      // Hashed files of older builds are never asked for again once the page reloads.
      const keep = new Set(BUILD.assets.map((u) => new URL(u, self.location.origin).href));
      const assets = await caches.open(ASSET_CACHE);
      for (const req of await assets.keys()) if (!keep.has(req.url)) await assets.delete(req);
      for (const name of await caches.keys())
        if (name !== SHELL_CACHE && name !== ASSET_CACHE) await caches.delete(name);
      await self.clients.claim();
    })(),
  );
});

const isHtml = (res) => (res.headers.get('content-type') || '').startsWith('text/html');

async function shellNetworkFirst(request) {
  try {
    const res = await fetch(request);
    // Every /admin/... route answers the same index.html; keep the newest one.
    if (res.ok && isHtml(res)) await (await caches.open(SHELL_CACHE)).put(SHELL_URL, res.clone());
    return res;
  } catch (e) {
    const cached = await (await caches.open(SHELL_CACHE)).match(SHELL_URL);
    if (cached) return cached;
    throw e;
  }
}

async function assetCacheFirst(request) {
  const cache = await caches.open(ASSET_CACHE);
  const cached = await cache.match(request);
  if (cached) return cached;
  const res = await fetch(request);
  // A missing file gets the SPA's index.html from the server: never keep that as a script.
  if (res.ok && !isHtml(res)) await cache.put(request, res.clone());
  return res;
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (url.pathname.startsWith('/admin/assets/')) {
    event.respondWith(assetCacheFirst(request));
  } else if (request.mode === 'navigate' && url.pathname.startsWith('/admin')) {
    event.respondWith(shellNetworkFirst(request));
  }
  // Anything else (the API, media, the public site) is not ours to cache.
});
