// Latih's service worker: keeps the app shell so that a reload without a connection still opens
// the app (and the test in progress, whose answers the page keeps itself). The server fills in
// the version and the start-up files; a new version replaces this cache at its first load.
const VERSION = '__VERSION__';
const SHELL = `latih-shell-${VERSION}`;
const PRECACHE = __PRECACHE__;
const ROOT = new URL('./', self.registration.scope);

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(SHELL).then((cache) => cache.addAll(PRECACHE)).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(caches.keys()
    .then((keys) => Promise.all(keys.filter((k) => k.startsWith('latih-shell-') && k !== SHELL).map((k) => caches.delete(k))))
    .then(() => self.clients.claim()));
});

/** The network's answer, kept for later; the kept one when the network cannot answer. */
async function networkFirst(request, key) {
  const cache = await caches.open(SHELL);
  try {
    const response = await fetch(request);
    if (response.ok) await cache.put(key, response.clone());
    return response;
  } catch (e) {
    const kept = await cache.match(key);
    if (kept) return kept;
    throw e;
  }
}

/** Versioned files never change: the kept copy, or the network's kept for next time. */
async function cacheFirst(request) {
  const cache = await caches.open(SHELL);
  const kept = await cache.match(request);
  if (kept) return kept;
  const response = await fetch(request);
  if (response.ok) await cache.put(request, response.clone());
  return response;
}

// The page's scripts loaded before this worker was in control: keep those of this version.
self.addEventListener('message', (event) => {
  const urls = (event.data?.keep || []).filter((url) => url.startsWith(new URL(`v/${VERSION}/`, ROOT).href));
  event.waitUntil(caches.open(SHELL).then((cache) => Promise.all(urls.map((url) => cache.match(url)
    .then((kept) => kept || cache.add(url).catch(() => { /* next time */ }))))));
});

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== ROOT.origin || !url.pathname.startsWith(ROOT.pathname)) return;
  const path = url.pathname.slice(ROOT.pathname.length);
  if (request.mode === 'navigate' && (path === '' || path === 'index.html')) {
    // the app's page only: a navigation to anything else (a download, an API answer) is not the shell
    event.respondWith(networkFirst(request, ROOT.href));
  } else if (path.startsWith(`v/${VERSION}/`)) {
    event.respondWith(cacheFirst(request));
  } else if (path.startsWith('api/v1/ui/messages/')) {
    event.respondWith(networkFirst(request, request.url));
  }
  // everything else (the API) goes to the network as it would without this worker
});
