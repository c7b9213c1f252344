"""The home page's words and structure (data/home.yml), checked, and what overrides/home.html
shows: the first screen, the five-step journey and the reading path, in one language.

The reading path follows mkdocs.yml's nav: its chapters are the nav's top-level entries (a
section counts once, through its first page) other than the home page and the entries the
file lists under `path.not_chapters`. A chapter without its line in `path.lines`, or a line,
step or link naming a page the nav does not hold, is a HomeError naming the file, the key and
the reason (hooks/home.py stops the build with it).
"""

from pathlib import Path

from sitekit import languages, schemas, untranslated

# What the page shows, in order; schemas/home.schema.json requires them.
HERO = ("title", "audience", "outcome", "private", "action")
SUMMARY = ("label", "due", "due.one", "due_none", "contacts", "contacts.one", "met", "met.one", "link")


class HomeError(ValueError):
    """data/home.yml is malformed or out of step with the nav."""


def load(path, langs):
    """The file's data, checked against schemas/home.schema.json in `langs` (the site's
    languages); a HomeError lists each problem. Its pages against the nav: `chapters`."""
    path = Path(path)
    name = f"data/{path.name}" if path.parent.name == "data" else str(path)
    data = untranslated.read(path, HomeError, name)
    problems = schemas.problems("home", data, langs, name)
    if problems:
        raise HomeError("\n".join(problems))
    data["_name"] = name
    return data


def source_key(src_uri):
    """A page's file name in the default language, from any language's file
    ("razones/index.XX.md" -> "razones/index.md", XX a language of the site)."""
    for lang in languages.LANGS:
        if src_uri.endswith(f".{lang}.md"):
            return src_uri[: -len(f".{lang}.md")] + ".md"
    return src_uri


def top_level(nav):
    """The nav's top-level entries as their first page's Spanish file name, in order. `nav` is
    mkdocs.yml's `nav:` (strings and {title: entries}) or the items of MkDocs' Navigation."""
    out = []

    def first(item):
        if isinstance(item, str):
            return item
        if isinstance(item, dict):
            for value in item.values():
                found = first(value)
                if found:
                    return found
            return None
        if isinstance(item, list):
            for child in item:
                found = first(child)
                if found:
                    return found
            return None
        if getattr(item, "is_page", False):
            return source_key(item.file.src_uri)
        return first(list(getattr(item, "children", None) or []))
    for item in nav:
        key = first(item)
        if key:
            out.append(source_key(key))
    return out


def chapters(data, entries):
    """The reading chapters among the nav's top-level `entries` (top_level), in order; every
    page data/home.yml names must be in the nav, every chapter must have its line."""
    name = data["_name"]
    reading = data["path"]
    home, rest = entries[0], entries[1:]
    problems = []
    found = [e for e in rest if e not in reading["not_chapters"]]
    for entry in found:
        if entry not in reading["lines"]:
            problems.append(f"{name}: path.lines: no line for {entry}, a chapter in mkdocs.yml's nav "
                            f"(add its line in every language, or list it under path.not_chapters)")
    for page in reading["lines"]:
        if page not in found:
            problems.append(f"{name}: path.lines.{page}: not a reading chapter of mkdocs.yml's nav "
                            f"(top-level entries: {', '.join(rest)})")
    for page in reading["not_chapters"]:
        if page not in rest:
            problems.append(f"{name}: path.not_chapters: {page} is not a top-level entry of mkdocs.yml's nav")
    for i, step in enumerate(data["journey"]["steps"]):
        if step["page"] == home or step["page"] not in found:
            problems.append(f"{name}: journey.steps[{i}].page: {step['page']} is not a reading chapter of the nav")
    if problems:
        raise HomeError("\n".join(problems))
    return found


def context(data, lang, entries, url_of):
    """What overrides/home.html shows in `lang`. url_of(page.md) is (URL, title) of that page
    in this language's build, or None when the build does not hold it."""
    found = chapters(data, entries)
    name = data["_name"]

    def url(page, where):
        target = url_of(page)
        if target is None:
            raise HomeError(f"{name}: {where}: {page} is not a page of this build")
        return target
    hero = {key: data["hero"][key][lang] for key in HERO}
    steps = [{"url": url(s["page"], f"journey.steps[{i}].page")[0], "label": s["label"][lang], "text": s["text"][lang]}
             for i, s in enumerate(data["journey"]["steps"])]
    space = data["workspace"]
    return {
        "hero": hero,
        "action_url": steps[0]["url"],
        "workspace": {"url": url(space["page"], "workspace.page")[0], "text": space["first_visit"][lang],
                      "link": space["first_visit_link"][lang]},
        "summary_label": data["summary"]["label"][lang],
        "journey": {"title": data["journey"]["title"][lang], "steps": steps},
        "path": {"title": data["path"]["title"][lang], "intro": data["path"]["intro"][lang],
                 "chapters": [{"url": url(p, f"path.lines.{p}")[0], "title": url(p, f"path.lines.{p}")[1],
                               "line": data["path"]["lines"][p][lang]} for p in found]},
    }


def summary_words(data, lang):
    """The returning reader's summary words, for the page's script (page data "home")."""
    return {key: data["summary"][key][lang] for key in SUMMARY}
