"""What the storage tests share: the answer store's keys, and scripts that make localStorage
fail as a full or blocked browser would (run before any page script, add_init_script)."""

OLD_KEY = "entrevistas-informativas:answers"  # before answers were kept per site
KEY = OLD_KEY + ":/entrevistas-informativas/"  # this site's key: the old one and its base path
NOTICE = ".ws-store-notice"  # where a page says storage failed
FULL = """
  const realSet = Storage.prototype.setItem;
  Storage.prototype.setItem = function (key, value) {
    if (key.startsWith('entrevistas-informativas:answers')) throw new DOMException('full', 'QuotaExceededError');
    return realSet.call(this, key, value);
  };"""
BLOCKED = "Object.defineProperty(window, 'localStorage', {get() { throw new DOMException('no', 'SecurityError'); }});"
