// Sportello's service worker: the pages a resident opened stay readable offline.
// Served from /sw.js (offline.views) so that its scope is the whole site.
//
// - Pages are fetched from the network first, always: a saved copy is only shown when
//   there is no connection, with the notice "saved on <date>: hours may have changed"
//   and without the live "open now" badge.
// - Only responses the server marks "Sportello-Offline: save" are kept (offline.
//   middleware): never forms, the admin, search results or anything of a signed-in user.
// - A page never saved shows the offline page of its language.
"use strict";

const VERSION = "{{ version }}";
const SHELL = "sportello-shell-" + VERSION;   // stylesheet, script, icons
const PAGES = "sportello-pages";              // the pages and cards a resident opened
const OFFLINE = "sportello-offline";          // the offline page of each language read
const SHELL_URLS = {{ shell|safe }};
const MAX_PAGES = 60;
const NEVER = /^\/(admin|django-admin|documents)\//;

self.addEventListener("install", function (event) {
  event.waitUntil(caches.open(SHELL).then(function (cache) {
    return cache.addAll(SHELL_URLS);
  }).then(function () { return self.skipWaiting(); }));
});

self.addEventListener("activate", function (event) {
  event.waitUntil(caches.keys().then(function (keys) {
    return Promise.all(keys.filter(function (key) {
      return key.indexOf("sportello-shell-") === 0 && key !== SHELL;
    }).map(function (key) { return caches.delete(key); }));
  }).then(function () { return self.clients.claim(); }));
});

function savable(response) {
  return response && response.ok && response.type === "basic" &&
    response.headers.get("Sportello-Offline") === "save";
}

function languageOf(url) {
  return new URL(url).pathname.split("/")[1] || "";
}

function offlineUrl(url) {
  return "/" + languageOf(url) + "/offline/";
}

function isOfflinePage(url) {
  return new URL(url).pathname === offlineUrl(url);
}

function keep(url, response) {
  if (isOfflinePage(url)) {
    return caches.open(OFFLINE).then(function (cache) { return cache.put(url, response); });
  }
  return caches.open(PAGES).then(function (cache) {
    return cache.delete(url).then(function () {
      return cache.put(url, response);   // the newest copy goes last
    }).then(function () { return cache.keys(); }).then(function (keys) {
      return Promise.all(keys.slice(0, Math.max(0, keys.length - MAX_PAGES)).map(function (old) {
        return cache.delete(old);
      }));
    });
  });
}

// `cache`: "force-cache" for the page just shown, which the browser's HTTP cache holds
// already (no second download on a phone's data); the default for anything else.
function fetchAndKeep(url, cache) {
  return fetch(url, { credentials: "same-origin", cache: cache || "default" }).then(function (response) {
    if (savable(response)) return keep(url, response);
  });
}

function ensureOfflinePage(url) {
  var target = new URL(offlineUrl(url), self.location.origin).href;
  return caches.open(OFFLINE).then(function (cache) {
    return cache.match(target, { ignoreVary: true }).then(function (hit) {
      return hit || fetchAndKeep(target);
    });
  });
}

// A saved copy, marked as one: the notice shows, the live badge does not.
function savedCopy(response) {
  if ((response.headers.get("Content-Type") || "").indexOf("text/html") !== 0) return response;
  return response.text().then(function (html) {
    html = html.replace("<html ", "<html data-offline-copy ")
      .replace("data-offline-notice hidden", "data-offline-notice");
    var headers = new Headers(response.headers);
    headers.delete("Content-Encoding");  // the text was decoded and changed
    headers.delete("Content-Length");
    return new Response(html, { status: 200, headers: headers });
  });
}

function fromCache(request) {
  var url = request.url.split("#")[0];
  return caches.open(PAGES).then(function (cache) {
    return cache.match(url, { ignoreVary: true });
  }).then(function (saved) {
    if (saved) return savedCopy(saved);
    // Any saved offline page will do: its own language's, else the first kept.
    return caches.open(OFFLINE).then(function (cache) {
      return cache.match(new URL(offlineUrl(url), self.location.origin).href, { ignoreVary: true })
        .then(function (page) {
          return page || cache.keys().then(function (keys) {
            return keys.length ? cache.match(keys[0], { ignoreVary: true }) : null;
          });
        });
    }).then(function (page) { return page || Response.error(); });
  });
}

self.addEventListener("fetch", function (event) {
  var request = event.request;
  if (request.method !== "GET") return;
  var url = new URL(request.url);
  if (url.origin !== self.location.origin || NEVER.test(url.pathname)) return;
  if (request.mode === "navigate") {
    event.respondWith(fetch(request).then(function (response) {
      if (savable(response)) {
        event.waitUntil(keep(url.href.split("#")[0], response.clone()).then(function () {
          return ensureOfflinePage(url.href);
        }));
      }
      return response;
    }, function () { return fromCache(request); }));
    return;
  }
  if (url.pathname.indexOf("/static/") === 0) {
    event.respondWith(caches.match(request).then(function (hit) {
      return hit || fetch(request).catch(function () { return currentVersionOf(url.pathname); });
    }));
  }
});

// A page kept before a new release names the stylesheet by its old hashed name
// (main.<old hash>.css); offline, it gets today's main.<hash>.css from the shell.
function unhashed(path) {
  return path.replace(/\.[0-9a-f]{12}(\.[a-z0-9]+)$/, "$1");
}

function currentVersionOf(path) {
  var wanted = unhashed(path);
  var match = SHELL_URLS.filter(function (shellUrl) { return unhashed(shellUrl) === wanted; })[0];
  return match ? caches.match(match).then(function (hit) { return hit || Response.error(); })
    : Response.error();
}

// A page opened before the worker took charge asks to be kept (js/sportello.js).
self.addEventListener("message", function (event) {
  var urls = (event.data && event.data.save) || [];
  event.waitUntil(Promise.all(urls.map(function (value) {
    var url = new URL(value, self.location.origin);
    if (url.origin !== self.location.origin || NEVER.test(url.pathname)) return null;
    var href = url.href.split("#")[0];
    return (isOfflinePage(href) ? ensureOfflinePage(href) : fetchAndKeep(href, "force-cache"))
      .catch(function () {});
  })));
});
