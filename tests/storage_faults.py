"""What the storage tests share: the answer store's keys, and scripts that make localStorage
fail as a full or blocked browser would (run before any page script, add_init_script)."""

import json

from tests.conftest import SITE

OLD_KEY = "entrevistas-informativas:answers"  # before answers were kept per site
KEY = f"{SITE.slug}:answers:{SITE.base_path}"  # this site's key: its slug and its base path
NOTICE = ".ws-store-notice"  # where a page says storage failed
FULL = """
  const realSet = Storage.prototype.setItem;
  Storage.prototype.setItem = function (key, value) {
    if (key === OLD_KEY || key.startsWith(KEY)) throw new DOMException('full', 'QuotaExceededError');
    return realSet.call(this, key, value);
  };""".replace("OLD_KEY", json.dumps(OLD_KEY)).replace("KEY", json.dumps(KEY))
BLOCKED = "Object.defineProperty(window, 'localStorage', {get() { throw new DOMException('no', 'SecurityError'); }});"
