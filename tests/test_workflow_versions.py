"""The workflows' actions and their updates: every action at least at the major that runs on
Node 24 with the inputs we use (GitHub's runners dropped Node 20), and Dependabot keeping them,
the pip pins and the npm lock current."""

import re
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
WORKFLOWS = sorted((ROOT / ".github" / "workflows").glob("*.yml"))

# The one list of minimum majors: each is the newest major whose release notes leave the inputs
# and outputs we use unchanged (python-version, node-version, path, base_url, page_url).
MINIMUM_MAJOR = {
    "actions/checkout": 7,
    "actions/setup-python": 7,
    "actions/setup-node": 7,
    "actions/configure-pages": 6,
    "actions/upload-pages-artifact": 5,
    "actions/deploy-pages": 5,
}

VERSION_TAG = re.compile(r"v(\d+)(?:\.\d+){0,2}")


def _uses(text):
    """Every `uses:` of a workflow: the jobs' (reusable workflows) and the steps'."""
    jobs = yaml.safe_load(text)["jobs"]
    found = []
    for job in jobs.values():
        if "uses" in job:
            found.append(job["uses"])
        found += [step["uses"] for step in job.get("steps", []) if "uses" in step]
    return found


def outdated(text):
    """What in a workflow's text pins an action below MINIMUM_MAJOR, or outside it."""
    problems = []
    for uses in _uses(text):
        if uses.startswith("./"):
            if not (ROOT / uses).is_file():
                problems.append(f"{uses}: no such file in the repository")
            continue
        name, _, ref = uses.partition("@")
        action = "/".join(name.split("/")[:2])
        if action not in MINIMUM_MAJOR:
            problems.append(f"{uses}: {action} has no minimum major in MINIMUM_MAJOR")
            continue
        tag = VERSION_TAG.fullmatch(ref)
        if not tag:
            problems.append(f"{uses}: pin a version tag like v{MINIMUM_MAJOR[action]}, not {ref!r}")
        elif int(tag.group(1)) < MINIMUM_MAJOR[action]:
            problems.append(f"{uses}: below v{MINIMUM_MAJOR[action]}, the minimum for {action}")
    return problems


@pytest.mark.parametrize("workflow", WORKFLOWS, ids=lambda p: p.name)
def test_every_action_is_at_least_its_minimum_major(workflow):
    assert outdated(workflow.read_text()) == []


def test_every_minimum_is_used_by_some_workflow():
    used = {"/".join(u.partition("@")[0].split("/")[:2]) for w in WORKFLOWS for u in _uses(w.read_text())}
    assert set(MINIMUM_MAJOR) <= used, f"listed but unused: {set(MINIMUM_MAJOR) - used}"


@pytest.mark.parametrize("action", MINIMUM_MAJOR)
def test_an_action_one_major_below_its_minimum_is_reported(action):
    lowered_once = False
    for workflow in WORKFLOWS:
        text = workflow.read_text()
        pin = re.compile(rf"(uses: {re.escape(action)}@)v\d+(?:\.\d+){{0,2}}")
        if not pin.search(text):
            continue
        lowered = pin.sub(rf"\g<1>v{MINIMUM_MAJOR[action] - 1}", text)
        problems = outdated(lowered)
        assert problems and all(action in p for p in problems), problems
        lowered_once = True
    assert lowered_once, f"no workflow uses {action}"


def test_an_action_missing_from_the_list_or_pinned_to_a_branch_is_reported():
    workflow = ROOT / ".github" / "workflows" / "test.yml"
    text = workflow.read_text()
    unlisted = text.replace("      - run: make test\n", "      - uses: someone/else@v9\n      - run: make test\n", 1)
    assert outdated(unlisted) == ["someone/else@v9: someone/else has no minimum major in MINIMUM_MAJOR"]
    branch = re.sub(r"actions/checkout@v[\d.]+", "actions/checkout@main", text, count=1)
    minimum = MINIMUM_MAJOR["actions/checkout"]
    assert outdated(branch) == [f"actions/checkout@main: pin a version tag like v{minimum}, not 'main'"]


def test_a_reusable_workflow_that_does_not_exist_is_reported():
    workflow = (ROOT / ".github" / "workflows" / "deploy.yml").read_text()
    assert "uses: ./.github/workflows/test.yml" in workflow
    missing = workflow.replace("./.github/workflows/test.yml", "./.github/workflows/nope.yml")
    assert outdated(missing) == ["./.github/workflows/nope.yml: no such file in the repository"]


# Dependabot: one grouped pull request a week per ecosystem, for the files we pin.
ECOSYSTEM_FILES = {
    "github-actions": ".github/workflows/*.yml",
    "pip": "requirements*.txt",
    "npm": "package-lock.json",
}


def _dependabot_updates():
    config = yaml.safe_load((ROOT / ".github" / "dependabot.yml").read_text())
    assert config["version"] == 2
    return {update["package-ecosystem"]: update for update in config["updates"]}


def test_dependabot_updates_the_actions_the_pip_pins_and_the_npm_lock():
    updates = _dependabot_updates()
    assert set(updates) == set(ECOSYSTEM_FILES)
    for ecosystem, pattern in ECOSYSTEM_FILES.items():
        assert updates[ecosystem]["directory"] == "/", ecosystem
        assert list(ROOT.glob(pattern)), f"{ecosystem}: nothing matches {pattern} at the root"


@pytest.mark.parametrize("ecosystem", ECOSYSTEM_FILES)
def test_dependabot_brings_one_grouped_pull_request_a_week(ecosystem):
    update = _dependabot_updates()[ecosystem]
    assert update["schedule"]["interval"] == "weekly"
    groups = list(update["groups"].values())
    assert len(groups) == 1 and groups[0]["patterns"] == ["*"], update["groups"]
    # A group limited to some update types would leave the others as one PR each.
    assert "update-types" not in groups[0] and "exclude-patterns" not in groups[0]
