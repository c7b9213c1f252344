/*
 * Material's search runs in a Web Worker, which browsers refuse to pages opened from
 * file://. For the offline copy only, this runs the worker script in a hidden iframe
 * instead. Adapted from iframe-worker 1.0.4 (MIT, (c) 2020-2022 Martin Donath; the
 * shim Material's offline plugin would load from a CDN): the iframe loads its
 * bootstrap from a file (workers/iframe-boot.js) rather than an inline script, so the
 * site's Content Security Policy needs no exception.
 */
"use strict";
(() => {
  const BOOT = new URL("../workers/iframe-boot.js", document.currentScript.src).href;

  class IFrameWorker extends EventTarget {
    constructor(url) {
      super();
      this.url = `${url}`;
      this.onMessage = (event) => {
        if (event.source !== this.window) return;
        const message = new MessageEvent("message", { data: event.data });
        this.dispatchEvent(message);
        if (this.onmessage) this.onmessage(message);
      };
      this.onError = (message, filename, lineno, colno, error) => {
        if (filename !== this.url) return;
        const event = new ErrorEvent("error", { message, filename, lineno, colno, error });
        this.dispatchEvent(event);
        if (this.onerror) this.onerror(event);
      };
      this.iframe = document.createElement("iframe");
      this.iframe.hidden = true;
      document.body.appendChild(this.iframe);
      const doc = this.window.document;
      const attr = (value) => value.replace(/&/g, "&amp;").replace(/"/g, "&quot;");
      doc.open();
      doc.write(
        `<html><body><script src="${attr(BOOT)}"></script>` +
          `<script data-worker="${attr(this.url)}" src="${attr(this.url)}?${Date.now()}"></script></body></html>`
      );
      doc.close();
      window.addEventListener("message", this.onMessage);
      window.onerror = this.onError;
      this.ready = new Promise((resolve, reject) => {
        this.window.onload = resolve;
        this.window.onerror = reject;
      });
    }

    get window() {
      return this.iframe.contentWindow;
    }

    postMessage(data) {
      this.ready.catch(() => {}).then(() => {
        this.window.dispatchEvent(new MessageEvent("message", structuredClone({ data })));
      });
    }

    terminate() {
      this.iframe.remove();
      window.removeEventListener("message", this.onMessage);
      window.onerror = null;
    }
  }

  window.IFrameWorker = IFrameWorker;
  if (location.protocol === "file:") window.Worker = IFrameWorker;
})();
