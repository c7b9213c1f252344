"""Show the worked search (data/example-search.yml, sitekit/example_search.py) on its page:

    <!-- md:example-search VIEW -->     one of its tables, in the page's language
    <!-- md:example-say ID [FIELD] -->  one name or date inside a sentence (a contact's id, or
                                        the seeker's first name in lower case)
"""

from sitekit import example_search, markers, site_data
from sitekit.languages import content_language

_data = {}


def on_config(config):
    _data.clear()
    _data.update(site_data.of(config).example_search)


def _ids(done):
    return [_data["seeker"]["name"].lower()] + [c["id"] for c in _data["contacts"]]


def _fields(done):
    seeker = done[0] == _data["seeker"]["name"].lower()
    return example_search.SEEKER_FIELDS if seeker else example_search.CONTACT_FIELDS


def _table(args, page, config):
    return example_search.render(_data, args[0], content_language(page, config)) + "\n"


def _say(args, page, config):
    return example_search.say(_data, args[0], args[1] if len(args) > 1 else None, content_language(page, config))


markers.register("example-search", _table, markers.Arg("VIEW", lambda done: example_search.VIEWS, "view"))
markers.register("example-say", _say, markers.Arg("ID", _ids, "person (data/example-search.yml)"),
                 markers.Arg("FIELD", _fields, "field", optional=True), block=False)
