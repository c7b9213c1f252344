"""What each tool stores, declared under `stored:` in its data/tools/ID.yml, for checking an
import (src/store.mjs readImport, through the page's "schema", hooks/worksheets.py).

    stored:
      registro: {contacts: records}    # store id: {field: kind}

A file may declare more than one store id (the planner's file also holds the holiday choice
it shares with «Mi búsqueda», `feriados`). What each kind holds: "s" text, "ss" a list of
texts, "rows" a list of {column: text}, "records" a list of contact records ({id, field:
text or true/false}), "planner" the question plan, "n" a number, "o" {name: text}, "any"
anything no deeper than the store allows. A tool whose file has `stored:` has a store, so
its page also gets the store's problem messages (data/storage.yml, hooks/tool_words.py).
"""


from sitekit import schemas, worksheets

KEY = "stored"


def kinds():
    """The kinds a field may be: those schemas/tool.schema.json lists (said once, there)."""
    stored = schemas.read("tool")["properties"][KEY]
    return tuple(stored["additionalProperties"]["additionalProperties"]["enum"])


class ToolStoredError(ValueError):
    """A `stored:` cannot be used; the message says what is wrong and where."""


def load_all(folder):
    """{tool id: {store id: {field: kind}}} for every data/tools/*.yml with a `stored:`."""
    found, problems, owner, known = {}, [], {}, kinds()
    for path, data in worksheets.files_with(folder, KEY, problems):
        stored = data[KEY]
        where = f"{path}: {KEY}"
        if not isinstance(stored, dict) or not stored:
            problems.append(f"{where}: expected a mapping of store id -> {{field: kind}}")
            continue
        for store_id, fields in stored.items():
            if store_id in owner:
                problems.append(f"{where}: {store_id} is already declared in {owner[store_id]}")
            owner[store_id] = path
            if not isinstance(fields, dict) or not fields:
                problems.append(f"{where}: {store_id}: expected a mapping of field -> kind")
                continue
            bad = sorted(f"{field} ({kind})" for field, kind in fields.items() if kind not in known)
            if bad:
                problems.append(f"{where}: {store_id}: unknown kind for {', '.join(bad)}; "
                                f"a kind is one of {', '.join(known)}")
        found[path.stem] = stored
    if problems:
        raise ToolStoredError("\n".join(problems))
    return found


def fields(stored):
    """{store id: {field: kind}} of every tool, in the order of the tools' files."""
    return {store_id: dict(kinds) for tool in stored.values() for store_id, kinds in tool.items()}
