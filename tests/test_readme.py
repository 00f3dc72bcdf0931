"""The set-up promise: the README opens with two commands, and CI runs the second one."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def commands() -> list[str]:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    return re.findall(r"```bash\n(.+?)\n```", readme, flags=re.S)


def test_readme_opens_with_two_setup_commands() -> None:
    first, second = commands()[:2]
    assert "arnews parse examples/article.txt" in first
    assert "pytest" in second and "mypy --strict" in second and "mkdocs build --strict" in second


def test_ci_runs_the_readme_test_command() -> None:
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
    assert commands()[1] in ci


def test_sample_article_exists() -> None:
    assert (ROOT / "examples" / "article.txt").read_text(encoding="utf-8").strip()
