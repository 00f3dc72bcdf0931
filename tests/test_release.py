"""Release readiness: the version on the command line, the entry points, the workflows."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

import arnews

ROOT = Path(__file__).resolve().parents[1]
yaml = pytest.importorskip("yaml")


@pytest.mark.slow  # a fresh interpreter: run with the integration step (`pytest -m slow`)
@pytest.mark.parametrize("command", [[sys.executable, "-m", "arnews"], [str(Path(sys.executable).parent / "arnews")]])
def test_version_on_the_command_line(command: list[str]) -> None:
    if not Path(command[0]).exists():
        pytest.skip("the arnews script is not installed beside this interpreter")
    out = subprocess.run([*command, "--version"], capture_output=True, text=True, check=True).stdout
    assert out.strip() == f"arnews {arnews.__version__}"


def test_version_is_semantic() -> None:
    assert re.fullmatch(r"\d+\.\d+\.\d+(?:(?:a|b|rc)\d+)?(?:\.post\d+)?(?:\.dev\d+)?", arnews.__version__)


def _workflow(name: str) -> dict[str, object]:
    data = yaml.safe_load((ROOT / ".github" / "workflows" / name).read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


def _steps(job: dict[str, object]) -> str:
    return "\n".join(str(s.get("run", s.get("uses", ""))) for s in job["steps"])  # type: ignore[attr-defined]


def test_release_workflow_builds_checks_and_publishes_on_a_tag() -> None:
    wf = _workflow("release.yml")
    assert wf[True]["push"]["tags"] == ["v*"]  # type: ignore[index]  # YAML reads the key "on" as True
    jobs = wf["jobs"]
    assert isinstance(jobs, dict)
    build = _steps(jobs["build"])
    assert "python -m build" in build and "twine check --strict" in build and "_version.py" in build
    assert "bash .ci/run" in _steps(jobs["test"])
    publish = jobs["publish"]
    assert publish["permissions"]["id-token"] == "write" and set(publish["needs"]) == {"build", "test"}
    assert "pypa/gh-action-pypi-publish" in _steps(publish)


def test_docs_workflow_builds_strict_and_deploys() -> None:
    jobs = _workflow("docs.yml")["jobs"]
    assert isinstance(jobs, dict)
    assert "mkdocs build --strict" in _steps(jobs["build"])
    assert "actions/deploy-pages" in _steps(jobs["deploy"])


def test_contributing_states_the_bump_rules() -> None:
    text = (ROOT / "CONTRIBUTING.md").read_text(encoding="utf-8")
    for needed in ("arnews/_version.py", "SCHEMA_VERSION", "minor", "patch", "vX.Y.Z", "CHANGELOG.md"):
        assert needed in text
