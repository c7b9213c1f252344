"""Each page links one stylesheet of ours (sitekit/stylesheets.py): the first paint waits for
fewer requests, and the file is exactly its parts, in cascade order."""

import re

import pytest

from sitekit import stylesheets
from sitekit.postbuild import PostBuildError, join_stylesheets
from tests.pages import all_urls

_SHEET = re.compile(r'<link rel="stylesheet" href="([^"]+)"')


def test_a_joined_name_lists_its_parts_in_order():
    rel = stylesheets.joined_name(["site", "tools", "due-list", "tools"])
    assert rel == "assets/stylesheets/site+tools+due-list.css", "a sheet asked twice comes once, where first asked"
    assert stylesheets.parts(rel) == [f"assets/stylesheets/{n}.css" for n in ("site", "tools", "due-list")]
    assert stylesheets.joined_name(["site"]) == "assets/stylesheets/site.css"
    assert stylesheets.parts("assets/stylesheets/site.css") == [], "one sheet is itself, not a joined one"
    assert stylesheets.parts("assets/stylesheets/main.57a0d79d.min.css") == []
    with pytest.raises(stylesheets.StylesheetError, match=r"\.\./x"):
        stylesheets.joined_name(["site", "../x"])


def test_the_joined_file_is_its_parts_and_a_missing_part_names_the_page(tmp_path):
    sheets = tmp_path / "assets" / "stylesheets"
    sheets.mkdir(parents=True)
    (sheets / "site.css").write_text(".a{color:red}", encoding="utf-8")  # no newline at its end
    (sheets / "tools.css").write_text(".b{color:blue}\n", encoding="utf-8")
    (tmp_path / "index.html").write_text('<link rel="stylesheet" href="assets/stylesheets/site+tools.css">', encoding="utf-8")
    assert stylesheets.write_joined(tmp_path) == {"assets/stylesheets/site+tools.css": 29}
    assert (sheets / "site+tools.css").read_text(encoding="utf-8") == ".a{color:red}\n.b{color:blue}\n"

    (tmp_path / "en").mkdir()
    (tmp_path / "en" / "index.html").write_text('<link href="../assets/stylesheets/site+toolz.css">', encoding="utf-8")
    with pytest.raises(PostBuildError, match=r"en/index\.html links assets/stylesheets/site\+toolz\.css, "
                                             r"but the site has no assets/stylesheets/toolz\.css"):
        join_stylesheets(tmp_path, tmp_path, log=None)


def test_every_page_links_one_stylesheet_of_ours_after_the_themes(site_dir):
    wrong = []
    for url in [*all_urls(), "404.html"]:
        html = (site_dir / url if url.endswith(".html") else site_dir / url / "index.html").read_text(encoding="utf-8")
        hrefs = _SHEET.findall(html)
        ours = [h for h in hrefs if "/stylesheets/" in h and ".min.css" not in h]
        rel = "assets/stylesheets/" + ours[-1].rsplit("/stylesheets/", 1)[1] if ours else ""
        if len(ours) != 1 or hrefs[-1] != ours[0] or not (site_dir / rel).is_file() \
                or (stylesheets.parts(rel) or [rel])[0] != "assets/stylesheets/site.css":
            wrong.append(f"{url}: {hrefs}")
    assert not wrong, "pages without one written stylesheet of ours, site.css first, after the theme's:\n" + "\n".join(wrong)


def test_a_workspace_page_gets_the_sheets_it_used_to_link_one_by_one(site_dir):
    rel = "assets/stylesheets/site+worksheets+contacts+tools+due-list+my-search+example-load.css"
    assert rel in (site_dir / "herramientas" / "mi-busqueda" / "index.html").read_text(encoding="utf-8")
    joined = (site_dir / rel).read_text(encoding="utf-8")
    assert joined == "".join((site_dir / p).read_text(encoding="utf-8").rstrip("\n") + "\n" for p in stylesheets.parts(rel))
