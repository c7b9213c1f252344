"""The one way to find the site's data: a SiteData, made from the MkDocs config's path, reads
data/ beside that config and the language list in it. Every hook, sitekit module, script and
test asks one; nothing else resolves data/ or mkdocs.yml.

    site = site_data.of(config)        # in a hook: the config being built (errors: PluginError)
    site = SiteData("path/mkdocs.yml")   # in a script or a test (errors: DataError)
    site.contacts, site.worksheets, site.languages.langs, site.path("fonts", "x.ttf"), ...

Each file is read once and kept while it is unchanged (its mtime and size; a folder's files
alike), so the hooks of one build, and mkdocs-static-i18n's nested builds, share one load,
and `mkdocs serve`, which watches data/ (`of` adds it), reloads what an edit changed.

Helpers that are given no config (a word of the chrome, the language list in a check) ask
`current()`: the site `of` last opened, or the one a script or test chose with `use`.
Nothing is read when a module is imported.
"""

from pathlib import Path
from urllib.parse import urlsplit

_OPEN = {}  # {config file: SiteData} opened by `of`
_CURRENT = []  # [SiteData] chosen for helpers given no config


class DataError(ValueError):
    """A data file that cannot be used: the message names the data, the file and the reason."""


def _stamp(path):
    """What changes when `path` (a file, or a folder's files) is edited."""
    path = Path(path)
    if path.is_dir():
        return tuple((p.as_posix(), _stamp(p)) for p in sorted(path.rglob("*")) if p.is_file())
    try:
        stat = path.stat()
    except OSError:
        return None
    return stat.st_mtime_ns, stat.st_size


class SiteData:
    def __init__(self, config_file, error=DataError):
        self.config_file = Path(config_file).resolve()
        self.root = self.config_file.parent
        self.data_dir = self.root / "data"
        self._error = error
        self._cache = {}
        self._inherits = None  # the config file and those it INHERITs from
        self._site_url = None  # the build's, once `of` has seen it

    def __repr__(self):
        return f"SiteData({str(self.config_file)!r})"

    def path(self, *parts):
        """A path under data/."""
        return self.data_dir.joinpath(*parts)

    def shown(self, path):
        """`path` relative to the project, as messages show it; as given when outside."""
        path = Path(path)
        return path.relative_to(self.root).as_posix() if path.is_relative_to(self.root) else str(path)

    def _load(self, key, paths, read, title=None, errors=()):
        """read(), kept while `paths` are unchanged; `errors` raised as this site's error,
        prefixed by `title`."""
        stamp = tuple(_stamp(p) for p in paths)
        kept = self._cache.get(key)
        if kept is not None and kept[0] == stamp:
            return kept[1]
        try:
            value = read()
        except errors as exc:
            raise self._error(f"{title}:\n{exc}") from None
        self._cache[key] = (stamp, value)
        return value

    # --- the settings --------------------------------------------------------------------

    @property
    def mkdocs(self):
        """The config file as plain data, with the file it INHERITs from merged in."""
        from sitekit import languages
        return self._load("mkdocs", self._config_files(), lambda: languages.read_mkdocs_yml(self.config_file))

    def _config_files(self):
        if self._inherits is None:
            from sitekit import languages
            self._inherits = languages.config_files(self.config_file)
        return self._inherits

    @property
    def site_url(self):
        """The build's site_url (`of`), or the config's (SITE_URL, or its default)."""
        return self._site_url or self.mkdocs["site_url"]

    @property
    def slug(self):
        """The site's short name (slug_of its address)."""
        return slug_of(self.site_url)

    @property
    def base_path(self):
        """The path the site is served under: "/entrevistas-informativas/"."""
        return urlsplit(self.site_url).path or "/"

    @property
    def deploy_files(self):
        """{name: site-relative file} that extra.deploy_files says the deploy adds after the
        build, "{slug}" in a name filled in."""
        files = (self.mkdocs.get("extra") or {}).get("deploy_files") or {}
        return {name: str(value).replace("{slug}", self.slug) for name, value in files.items()}

    @property
    def languages(self):
        """The site's languages (sitekit/languages.py Languages)."""
        from sitekit import languages
        return self._load("languages", self._config_files(),
                          lambda: languages.Languages(languages.language_entries(self.config_file)))

    @property
    def langs(self):
        """The site's languages' codes, the default first: every data file's texts have one each."""
        return self.languages.langs

    # --- the data files ------------------------------------------------------------------

    @property
    def templates(self):
        """{id: Template} of data/templates/ (sitekit/message_templates.py)."""
        from sitekit import message_templates
        folder = self.path("templates")
        return self._load("templates", (folder, self.path("message-tidy.yml")),
                          lambda: message_templates.load_all(folder, self.langs, self.message_tidy),
                          "message templates", (message_templates.TemplateError,))

    @property
    def message_tidy(self):
        """data/message-tidy.yml: the words that tidy a filled message."""
        from sitekit import message_templates
        path = self.path("message-tidy.yml")
        return self._load("message_tidy", (path,), lambda: message_templates.load_tidy(path, self.langs), "message tidying",
                          (message_templates.TemplateError,))

    @property
    def contacts(self):
        from sitekit import contacts
        path = self.path("contacts.yml")
        return self._load("contacts", (path, self.path("templates")), lambda: contacts.load(path, self.templates, self.langs),
                          "contacts", (contacts.ContactsError, ValueError))

    @property
    def worksheets(self):
        """{id: Worksheet} of data/worksheets/."""
        from sitekit import worksheets
        folder = self.path("worksheets")
        return self._load("worksheets", (folder, worksheets.SCHEMA), lambda: worksheets.load_all(folder, self.langs),
                          "worksheets", (worksheets.WorksheetError,))

    @property
    def worksheets_ui(self):
        """The worksheets' interface words (data/worksheets/_ui.yml), then the store's
        messages (data/storage.yml), which their pages show; a key may be in only one."""
        from sitekit import worksheets
        folder = self.path("worksheets")
        ui = self._load("worksheets_ui", (folder / "_ui.yml",), lambda: worksheets.load_ui(folder, self.langs),
                        "worksheets", (worksheets.WorksheetError,))
        storage = self.storage_words
        clash = sorted(set(ui) & set(storage))
        if clash:
            raise self._error(f"worksheets:\n{self.shown(folder / '_ui.yml')}: {', '.join(clash)} "
                              f"already in {self.shown(self.path('storage.yml'))}, the store's messages")
        return {**ui, **storage}

    @property
    def storage_words(self):
        """The store's problem messages (data/storage.yml), for every page with a store."""
        from sitekit import worksheets
        path = self.path("storage.yml")
        return self._load("storage_words", (path,), lambda: worksheets.load_words(path, self.langs), "storage words",
                          (worksheets.WorksheetError,))

    @property
    def tool_stored(self):
        """{tool id: {store id: {field: kind}}} of the data/tools/ files with a `stored:`."""
        from sitekit import schemas, tool_stored
        folder = self.path("tools")
        return self._load("tool_stored", (folder, schemas.path("tool")), lambda: tool_stored.load_all(folder), "tool stored fields",
                          (tool_stored.ToolStoredError,))

    @property
    def tool_fields(self):
        """{store id: {field: kind}}: every tool's stored fields, for checking an import."""
        from sitekit import tool_stored
        return tool_stored.fields(self.tool_stored)

    @property
    def tool_words(self):
        """{tool id: words} of data/tools/."""
        from sitekit import tool_words
        folder = self.path("tools")
        return self._load("tool_words", (folder,), lambda: tool_words.load_all(folder, self.langs), "tool words",
                          (tool_words.ToolWordsError,))

    @property
    def tool_forms(self):
        """{tool id: ToolForm} of the data/tools/ files with a form (overrides/hooks/tools/ID.html)."""
        from sitekit import tool_forms
        folder = self.path("tools")
        templates = self.root / "overrides" / "hooks"
        return self._load("tool_forms", (folder, templates, tool_forms.SCHEMA, self.path("message-checks.yml"), self.path("contacts.yml")),
                          lambda: tool_forms.load_all(self), "tool forms", (tool_forms.ToolFormError,))

    @property
    def message_checks(self):
        from sitekit import message_checks
        path = self.path("message-checks.yml")
        return self._load("message_checks", (path,), lambda: message_checks.load(path, self.langs), "message checks",
                          (message_checks.RulesError,))

    @property
    def site_words(self):
        """The chrome's words, {key: {lang: text}} (data/site-words.yml)."""
        from sitekit import worksheets
        path = self.path("site-words.yml")
        return self._load("site_words", (path,), lambda: worksheets.load_words(path, self.langs), "site words",
                          (worksheets.WorksheetError,))

    @property
    def holidays(self):
        from sitekit import holidays
        path = self.path("holidays.yml")
        return self._load("holidays", (path,), lambda: holidays.load(path, self.langs), "holidays", (holidays.HolidaysError,))

    @property
    def home(self):
        from sitekit import home
        path = self.path("home.yml")
        return self._load("home", (path,), lambda: home.load(path, self.langs), "home page", (home.HomeError,))

    @property
    def example_search(self):
        from sitekit import example_search
        path = self.path("example-search.yml")
        return self._load("example_search", (path,), lambda: example_search.load(path, self.langs), "example search",
                          (example_search.ExampleError,))

    @property
    def example_mode(self):
        """data/example-mode.yml: the day the workspace's example stands on, and its words."""
        from sitekit import example_mode
        path = self.path("example-mode.yml")
        return self._load("example_mode", (path,), lambda: example_mode.load(path, self.langs), "example mode",
                          (example_mode.ExampleModeError,))

    @property
    def diagrams(self):
        """{id: Diagram} of data/diagrams/, checked and drawn."""
        from sitekit import diagrams
        folder = self.path("diagrams")
        return self._load("diagrams", (folder,), lambda: diagrams.load_all(folder, self), "diagrams", (diagrams.DiagramError,))

    @property
    def partials(self):
        """The Jinja environment of overrides/, where the HTML our hooks write lives (as
        Material keeps its hooks' markup in its theme). Escaping is on, and a name a partial
        asks for but is not given is an error, not an empty string."""
        env = self._cache.get("partials")
        if env is None:
            import jinja2
            env = jinja2.Environment(loader=jinja2.FileSystemLoader(self.root / "overrides"),
                                     autoescape=True, undefined=jinja2.StrictUndefined,
                                     trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=False)
            self._cache["partials"] = env
        return env

    @property
    def font(self):
        """The font the diagrams and the sharing cards are drawn in."""
        return self.path("fonts", "DejaVuSans-Bold.ttf")


def slug_of(site_url):
    """The site's short name, from its address: the last folder of its path
    (https://example.github.io/entrevistas-informativas/ -> entrevistas-informativas), or its
    host at a domain's root. A fork that sets its address has its own: the prefix of its
    readers' storage key (src/store.mjs), its calendar files' PRODID and UID domain
    (src/ics.mjs), the offline copy's folder and zip (scripts/zip-offline)."""
    parts = urlsplit(site_url)
    return next((part for part in reversed(parts.path.split("/")) if part), parts.hostname or "site")


def of(config):
    """The SiteData of the MkDocs config being built, its errors as PluginError; data/ is
    watched by `mkdocs serve`. It is also `current()` from then on."""
    site = _OPEN.get(config.config_file_path)  # asked for every page: no path resolved then
    if site is None:
        from mkdocs.exceptions import PluginError
        site = _OPEN[config.config_file_path] = SiteData(config.config_file_path, error=PluginError)
    site._site_url = getattr(config, "site_url", None)
    watched = str(site.data_dir)
    if watched not in config.watch:
        config.watch.append(watched)
    use(site)
    return site


def of_config(config):
    """`of(config)` for a config that has a file, `current()` for one that has none (a test's
    stand-in for MkDocs' config)."""
    return of(config) if getattr(config, "config_file_path", None) else current()


def use(site):
    """Make `site` (a SiteData, or a config file's path) the one helpers given no config ask."""
    site = site if isinstance(site, SiteData) else SiteData(site)
    _CURRENT[:] = [site]
    return site


def current():
    """The site being built (`of`), or chosen by a script or a test (`use`)."""
    if not _CURRENT:
        raise RuntimeError("no site chosen: a hook calls site_data.of(config), a script or test site_data.use(path)")
    return _CURRENT[0]
