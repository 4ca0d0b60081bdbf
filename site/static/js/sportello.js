// Sportello's only script: it enhances pages that work without it.
// - Share: a button that copies the page's link, and the phone's own share sheet
//   (Web Share API) where the browser has one.
// - Offline reading: registers the service worker (/sw.js), which keeps the pages a
//   resident opened readable without a connection.
(function () {
  "use strict";

  function enhanceShare(section) {
    var more = section.querySelector(".share__more");
    var input = section.querySelector(".share__url");
    var status = section.querySelector(".share__status");
    if (!more || !input) return;
    var copy = more.querySelector("[data-share-copy]");
    var native = more.querySelector("[data-share-native]");
    if (copy && navigator.clipboard && window.isSecureContext) {
      copy.addEventListener("click", function () {
        navigator.clipboard.writeText(input.value).then(function () {
          status.textContent = copy.getAttribute("data-share-copy");
        }, function () {
          input.select();
        });
      });
    } else if (copy) {
      copy.hidden = true;
    }
    if (native && navigator.share) {
      native.hidden = false;
      native.addEventListener("click", function () {
        navigator.share({
          title: native.getAttribute("data-share-title"),
          text: native.getAttribute("data-share-text"),
          url: input.value
        }).catch(function () { /* the resident closed the sheet */ });
      });
    }
    if ((copy && !copy.hidden) || (native && !native.hidden)) more.hidden = false;
  }

  document.querySelectorAll(".share").forEach(enhanceShare);

  // The offline page of this language, named by the <script> element that loads us.
  var script = document.currentScript;
  var offlinePage = script && script.getAttribute("data-offline-page");
  if (offlinePage && "serviceWorker" in navigator && window.isSecureContext) {
    // Read now, not once the worker is ready: a worker installed by this very visit
    // takes charge of the page (clients.claim) and may do so before `ready` resolves,
    // yet this page was fetched without it and was never kept.
    var underWorker = !!navigator.serviceWorker.controller;
    navigator.serviceWorker.register("/sw.js", { scope: "/" }).then(function () {
      return navigator.serviceWorker.ready;
    }).then(function (registration) {
      // The first visit is not yet under the worker: hand it this page to keep, and
      // the offline page of this language.
      // The worker keeps the page only if the server marks it as one to keep. Under
      // the worker, pages are kept as they are fetched: only the offline page is asked.
      if (registration.active) {
        var urls = underWorker ? [offlinePage] : [location.href, offlinePage];
        registration.active.postMessage({ save: urls });
      }
    }).catch(function () { /* no offline reading: the site works as before */ });
  }
})();
