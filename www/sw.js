// The service worker of CCA Migration Lab: the app works offline after the
// first visit.
//
// - The app shell (index.html, the hashed JavaScript, WebAssembly and CSS,
//   the icons and the official reference tables) is cached as one version,
//   named after a hash of all its files. A new build makes a new version;
//   it waits until the learner chooses to reload, so a page never mixes old
//   and new files.
// - The suggestion engine's worker files (LAZY) are not fetched at install:
//   they are fetched on the first "Suggest" and then kept in the same
//   versioned cache, so suggestions work offline after one use.
// - Curriculum files are fetched from the network first, so that a trainer's
//   edit on the server shows at once, and kept for use without a network.
//
// `.ci/post-build.mjs` fills in VERSION, SHELL and LAZY when the app is built.
const VERSION = '__VERSION__';
const SHELL = __SHELL__;
const LAZY = __LAZY__;
const SHELL_CACHE = `cca-lab-shell-${VERSION}`;
const CONTENT_CACHE = 'cca-lab-content';
const SCOPE = new URL(self.registration.scope).pathname;

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches.open(SHELL_CACHE).then((cache) => cache.addAll(SHELL.map((path) => new Request(path, { cache: 'reload' })))),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const name of await caches.keys()) {
      if (name.startsWith('cca-lab-shell-') && name !== SHELL_CACHE) await caches.delete(name);
    }
    await self.clients.claim();
  })());
});

self.addEventListener('message', (event) => {
  if (event.data && event.data.type === 'SKIP_WAITING') self.skipWaiting();
});

async function shell(path) {
  const cache = await caches.open(SHELL_CACHE);
  return (await cache.match(path)) ?? fetch(path);
}

async function onFirstUse(path) {
  const cache = await caches.open(SHELL_CACHE);
  const kept = await cache.match(path);
  if (kept) return kept;
  // Unhashed names: skip the HTTP cache so a new version is not mixed with
  // an old file.
  const response = await fetch(path, { cache: 'reload' });
  if (response.ok) await cache.put(path, response.clone());
  return response;
}

async function content(request) {
  const cache = await caches.open(CONTENT_CACHE);
  try {
    const response = await fetch(request, { cache: 'no-cache' });
    if (response.ok) await cache.put(request.url, response.clone());
    else if (response.status === 404) await cache.delete(request.url);
    return response;
  } catch (offline) {
    const kept = await cache.match(request.url);
    if (kept) return kept;
    return new Response('Not available offline', { status: 503, statusText: 'Offline' });
  }
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin || !url.pathname.startsWith(SCOPE)) return;
  const path = url.pathname.slice(SCOPE.length);
  if (request.mode === 'navigate') {
    event.respondWith(shell('index.html'));
  } else if (SHELL.includes(path)) {
    event.respondWith(shell(path));
  } else if (LAZY.includes(path)) {
    event.respondWith(onFirstUse(path));
  } else if (path.startsWith('curricula/')) {
    event.respondWith(content(request));
  }
});
