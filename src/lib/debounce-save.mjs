// Save what the reader types once typing pauses for `delay` ms, and at once when the page
// is hidden (pagehide: closing the tab, following a link). `host` gives the timers and the
// pagehide event (the window; a fake one in tests/js/).
//   schedule() after each change; flush() saves now if a save is waiting; cancel() drops it;
//   pending() tells whether one is waiting.
export function debounceSave(save, delay, host) {
  const on = host || globalThis;
  let timer = null;
  function run() {
    on.clearTimeout(timer);
    timer = null;
    save();
  }
  const saver = {
    schedule() {
      on.clearTimeout(timer);
      timer = on.setTimeout(run, delay);
    },
    flush() { if (timer !== null) run(); },
    cancel() {
      on.clearTimeout(timer);
      timer = null;
    },
    pending() { return timer !== null; }
  };
  if (on.addEventListener) on.addEventListener("pagehide", saver.flush);
  return saver;
}
