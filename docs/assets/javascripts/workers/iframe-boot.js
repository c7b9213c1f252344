/*
 * Runs first inside the hidden iframe that offline/iframe-worker.js creates: gives the
 * worker script the two worker globals it uses, talking to the page that owns the iframe.
 * (It lives in workers/ because Material's search worker finds its lunr files from the
 * first script's address, by cutting it at "/worker".)
 */
"use strict";
window.postMessage = (message, origin) => parent.postMessage(message, origin || "*");
window.importScripts = (...urls) =>
  urls.reduce(
    (ready, url) =>
      ready.then(
        () =>
          new Promise((resolve) => {
            const script = document.createElement("script");
            script.src = url;
            script.onload = resolve;
            document.body.appendChild(script);
          })
      ),
    Promise.resolve()
  );
addEventListener("error", ({ error }) => {
  const worker = document.querySelector("script[data-worker]");
  const filename = worker ? worker.getAttribute("data-worker") : "";
  parent.dispatchEvent(new ErrorEvent("error", { filename, error }));
});
