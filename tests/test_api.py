"""The public contract of ../shared/API.md: names, types, spans into the original."""

from __future__ import annotations

import subprocess
import sys
from dataclasses import FrozenInstanceError

import pytest

import arnews

PUBLIC = [
    "normalize",
    "normalize_with_offsets",
    "split_sentences",
    "extract_attributions",
    "find_dates",
    "parse",
    "Span",
    "Attribution",
    "DateMention",
    "Article",
]


@pytest.mark.parametrize("name", PUBLIC)
def test_public_name_is_exported_and_documented(name: str) -> None:
    obj = getattr(arnews, name)
    assert name in arnews.__all__
    assert obj.__doc__


@pytest.mark.parametrize(
    "func", [arnews.normalize, arnews.split_sentences, arnews.extract_attributions, arnews.find_dates, arnews.parse]
)
@pytest.mark.parametrize("bad", [None, b"bytes", 3, ["x"]])
def test_non_str_raises_type_error_naming_the_type(func: object, bad: object) -> None:
    with pytest.raises(TypeError, match=type(bad).__name__):
        func(bad)  # type: ignore[operator]


def test_span_is_frozen() -> None:
    s = arnews.Span(0, 1, "x")
    with pytest.raises(FrozenInstanceError):
        s.start = 2  # type: ignore[misc]


@pytest.mark.slow  # a fresh interpreter: run with the integration step (`pytest -m slow`)
def test_import_does_not_load_dateparser() -> None:
    code = "import sys, arnews; sys.exit('dateparser' in sys.modules)"
    assert subprocess.run([sys.executable, "-c", code]).returncode == 0


def test_every_public_name_loads_lazily_and_all_is_complete() -> None:
    from arnews import _MODULE_OF

    assert set(_MODULE_OF) <= set(arnews.__all__)
    for name in arnews.__all__:
        assert getattr(arnews, name) is not None
    with pytest.raises(AttributeError, match="no_such_name"):
        arnews.no_such_name  # noqa: B018


@pytest.mark.slow  # a fresh interpreter: run with the integration step (`pytest -m slow`)
def test_import_is_light() -> None:
    code = "import sys, arnews; print(sorted(m for m in sys.modules if m.startswith('arnews.')))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    # normalize and its private modules (options, the character pass, the offsets, the loader of stored
    # compiled patterns): no capability
    loaded = str(["arnews._charmap", "arnews._compiled", "arnews._offsets", "arnews._options", "arnews._version",
                  "arnews.normalize", "arnews.spans"])
    assert out.strip() == loaded


@pytest.mark.slow  # a fresh interpreter: run with the integration step (`pytest -m slow`)
def test_a_submodule_never_shadows_a_public_function() -> None:
    code = "import arnews.dates, arnews.sentences, arnews; print(callable(arnews.normalize))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "True"
