"""One channel carries a page's data to its scripts (issue 16 item 2): the hooks add pieces
through sitekit/page_data.py, and a built page carries them in one
<script type="application/json" id="page-data"> before its page script."""

import json
import re
from types import SimpleNamespace

import pytest

from sitekit import page_data

_BLOCK = re.compile(r'<script type="application/json" id="page-data">(.*?)</script>', re.S)
_SCRIPTS = re.compile(r'<script src="([^"]+)"')


def _page():
    return SimpleNamespace(meta={})


def test_pieces_are_kept_per_key_and_a_clash_or_an_unknown_key_is_named():
    page = _page()
    page_data.add(page, "contacts", {"you": ["your_name"]})
    page_data.add(page, "contacts", {"you": ["your_name"]})  # the same value twice is one
    page_data.add_template(page, "outreach", {"id": "outreach"})
    page_data.add_template(page, "thank-you", {"id": "thank-you"})
    assert page.meta[page_data.META] == {"contacts": {"you": ["your_name"]},
                                         "templates": {"outreach": {"id": "outreach"}, "thank-you": {"id": "thank-you"}}}
    with pytest.raises(page_data.PageDataError, match="two different values for 'contacts'"):
        page_data.add(page, "contacts", {"you": []})
    with pytest.raises(page_data.PageDataError, match="unknown key 'contact'; known: contacts, schema"):
        page_data.add(page, "contact", {})


def test_no_text_in_the_block_can_end_or_comment_out_its_tag():
    hostile = {"tool-words": {"a": "</script><script>alert(1)</script>", "b": "<!-- «ñ» -->"}}
    text = page_data.as_json(hostile)
    assert "<" not in text and "«ñ»" in text, text
    assert json.loads(text) == hostile


def _built(site_dir, url):
    html = (site_dir / url / "index.html").read_text(encoding="utf-8")
    blocks = _BLOCK.findall(html)
    assert len(blocks) <= 1, f"{url}: {len(blocks)} page-data blocks"
    return html, (json.loads(blocks[0]) if blocks else None)


def test_built_pages_carry_one_block_before_their_one_page_script(site_dir):
    html, data = _built(site_dir, "fichas/notas")
    assert sorted(data) == ["contacts", "schema", "site", "templates"], sorted(data)
    assert data["templates"]["thank-you"]["id"] == "thank-you" and data["schema"]["notas"]["per_contact"]
    for gone in ('id="contact-data"', 'id="ws-schema"'):
        assert gone not in html, f"fichas/notas: the old {gone} is still there"
    scripts = [s.rsplit("/", 1)[-1] for s in _SCRIPTS.findall(html)]
    ours = [s for s in scripts if not s.startswith("bundle.")]
    assert ours == ["site-wide.js", "worksheet-thanks.js"], scripts
    assert html.index('id="page-data"') < html.index("worksheet-thanks.js"), "the data comes after the script that reads it"

    html, data = _built(site_dir, "en/fichas/lista-de-contactos")
    assert "contacts" in data and "schema" in data and "templates" not in data
    assert "worksheet.js" in html and "worksheet-thanks.js" not in html

    # A tool page: its words, rules and templates in the block too (the classic tool scripts
    # still read their own elements until they are modules).
    html, data = _built(site_dir, "herramientas/mensaje")
    assert {"contacts", "tool-words", "message-checks", "templates"} <= set(data), sorted(data)
    assert data["tool-words"] and data["message-checks"]["job_words"]

    # The home page: the returning reader's summary words, before its script.
    html, data = _built(site_dir, "")
    assert sorted(data) == ["home", "site"] and html.index('id="page-data"') < html.index("home.js")

    # A page without scripts of ours carries no block.
    html, data = _built(site_dir, "plan")
    assert data is None
