"""Every example in the docs runs: the python blocks of ``docs/*.md`` and ``README.md``, and the shown commands.

A page's python blocks run in order in one namespace, as a reader would type them: a block that
opens with ``>>>`` is a doctest (its output is checked), any other block is run as a script. A
block that needs a file, a cluster or an extra that is not installed says so on the line above it::

    <!-- doc-test: skip (reads corpus/*.jsonl) -->
    <!-- doc-test: needs spacy -->

A script block, skipped or not, is first checked for names it uses but never defines (a
missing import, even in a branch that does not run here). A ``text`` block that opens with
``$ arnews ...`` is run through the command line and its output compared line by line (up to a
closing ``...``).
"""

from __future__ import annotations

import ast
import builtins
import contextlib
import doctest
import importlib.util
import io
import re
import shlex
from dataclasses import dataclass
from pathlib import Path

import pytest

from arnews.cli import main

ROOT = Path(__file__).resolve().parents[1]
PAGES = [*sorted((ROOT / "docs").glob("*.md")), ROOT / "README.md"]
_FENCE = re.compile(r"(?:<!-- doc-test: (?P<marker>[^>]*?) -->\n)?```(?P<lang>\w*)\n(?P<code>.*?)^```", re.S | re.M)
_FLAGS = doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE


@dataclass(frozen=True)
class Block:
    page: Path
    line: int
    lang: str
    code: str
    marker: str

    @property
    def skip_reason(self) -> str | None:
        if self.marker.startswith("skip"):
            return self.marker
        if self.marker.startswith("needs "):
            missing = [m for m in self.marker[6:].split() if importlib.util.find_spec(m) is None]
            return f"needs {' '.join(missing)}" if missing else None
        return None


def blocks(page: Path) -> list[Block]:
    text = page.read_text(encoding="utf-8")
    return [
        Block(page, text.count("\n", 0, m.start("code")) + 1, m["lang"], m["code"], m["marker"] or "")
        for m in _FENCE.finditer(text)
    ]


def _undefined(code: str, known: set[str]) -> set[str]:
    """Names a script loads but never binds, imports or gets from builtins (a missing import)."""
    tree = ast.parse(code)
    bound, loaded = set(known), set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Name):
            (loaded if isinstance(node.ctx, ast.Load) else bound).add(node.id)
        elif isinstance(node, (ast.Import, ast.ImportFrom)):
            bound.update((a.asname or a.name).split(".")[0] for a in node.names)
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            bound.add(node.name)
        elif isinstance(node, ast.arg):
            bound.add(node.arg)
    return loaded - bound - set(dir(builtins))


def _run_doctest(block: Block, namespace: dict[str, object]) -> None:
    name = f"{block.page.name}:{block.line}"
    test = doctest.DocTestParser().get_doctest(block.code, namespace, name, str(block.page), block.line - 1)
    out = io.StringIO()
    runner = doctest.DocTestRunner(optionflags=_FLAGS)
    runner.run(test, out=out.write, clear_globs=False)
    namespace.update(test.globs)
    assert runner.failures == 0, out.getvalue()


def _run_page(page: Path) -> None:
    namespace: dict[str, object] = {"__name__": "__docs__"}
    for block in blocks(page):
        if block.lang != "python":
            continue
        if block.code.lstrip().startswith(">>>"):
            if not block.skip_reason:
                _run_doctest(block, namespace)
            continue
        missing = _undefined(block.code, set(namespace))
        assert not missing, f"{page.name}:{block.line}: never defined: {sorted(missing)}"
        if not block.skip_reason:
            with contextlib.redirect_stdout(io.StringIO()):
                exec(compile(block.code, f"{page.name}:{block.line}", "exec"), namespace)


@pytest.mark.parametrize("page", PAGES, ids=[p.name for p in PAGES])
def test_python_examples_run(page: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    _run_page(page)


COMMANDS = [b for p in PAGES for b in blocks(p) if b.lang == "text" and b.code.startswith("$ arnews ")]


@pytest.mark.parametrize("block", COMMANDS, ids=[f"{b.page.name}:{b.line}" for b in COMMANDS])
def test_shown_commands_print_what_is_shown(block: Block, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    first, *shown = block.code.rstrip("\n").split("\n")
    out = io.StringIO()
    assert main(shlex.split(first)[2:] if first.startswith("$ arnews") else [], out=out) == 0
    if shown and shown[-1] == "...":
        shown = shown[:-1]
        assert out.getvalue().split("\n")[: len(shown)] == shown
    else:
        assert out.getvalue().rstrip("\n").split("\n") == shown


def test_a_missing_import_is_caught() -> None:
    assert _undefined("bag = db.map(json.loads)", set()) == {"db", "json"}
    assert _undefined("import json\nfrom x import db\nbag = db.map(json.loads)", set()) == set()


# label, a page, the error its examples must raise
BROKEN = [
    ("wrong output", "```python\n>>> 1 + 1\n3\n```\n", AssertionError),
    ("undefined name", "```python\nprint(text)\n```\n", AssertionError),
    ("missing import, skipped block", "<!-- doc-test: skip (x) -->\n```python\njson.dumps(1)\n```\n", AssertionError),
    ("a script that raises", "```python\nimport arnews\narnews.parse(3)\n```\n", TypeError),
]


@pytest.mark.parametrize(("label", "page", "error"), BROKEN, ids=[b[0] for b in BROKEN])
def test_a_broken_example_fails(label: str, page: str, error: type[Exception], tmp_path: Path) -> None:
    md = tmp_path / "page.md"
    md.write_text(page, encoding="utf-8")
    with pytest.raises(error):
        _run_page(md)


def test_a_block_needing_a_missing_extra_is_skipped(tmp_path: Path) -> None:
    md = tmp_path / "page.md"
    md.write_text("<!-- doc-test: needs no_such_module_here -->\n```python\n>>> 1 + 1\n3\n```\n", encoding="utf-8")
    _run_page(md)
