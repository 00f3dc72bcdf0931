"""The store of compiled patterns (``arnews/data/patterns.bin``): complete, faithful, and a first call compiles little.

What a first call costs is measured in ``bench/bench_cold.py``; here only *how much is compiled*
is checked (never a time): a fresh process that runs ``find_dates`` compiles none of the grammar's
patterns, whatever words its text holds.
"""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
import regex

from arnews import _compiled, store

needs_store = pytest.mark.skipif(
    not _compiled.store_fits(),
    reason="the store was written with another regex version: run scripts/gen_patterns.py",
)


@needs_store
def test_store_holds_every_pattern() -> None:
    """Every pattern of the date and clock grammars is in the store (else: run scripts/gen_patterns.py)."""
    held = _compiled._store()
    missing = [s[:60] for s, f in store.sources() if _compiled.key(s, f) not in held]
    assert not missing, f"run scripts/gen_patterns.py: {len(missing)} patterns missing, e.g. {missing[:3]}"


@needs_store
def test_stored_pattern_is_the_compiled_one() -> None:
    """A stored pattern matches as the pattern ``regex`` compiles from its source (same groups, flags, matches).

    The compiled code itself may list a set's members in another order (``regex`` builds it from
    Python sets, whose order depends on the string hash seed), so matches are compared.
    """
    sources = sorted(store.sources(), key=lambda sf: len(sf[0]))[:6]  # the small ones: compiling is slow
    texts = [_TEXT[i:] for i in range(0, len(_TEXT), 7)] + ["", " 12:30 ص", "الساعة 9 مساء GMT+3"]
    for source, flags in sources:
        loaded = _compiled.compile(source, flags)
        fresh = regex.compile(source, flags)
        assert (loaded.pattern, loaded.flags, loaded.groupindex) == (fresh.pattern, fresh.flags, fresh.groupindex)
        for t in texts:
            a, b = loaded.search(t), fresh.search(t)
            assert (a and (a.span(), a.groups())) == (b and (b.span(), b.groups())), (source[:40], t)


def test_unknown_pattern_is_compiled() -> None:
    """A source the store does not hold is compiled as ``regex.compile`` would."""
    before = _compiled.stats()["compiled"]
    p = _compiled.compile(r"(?P<x>ab+)c", regex.V0)
    assert p.match("abbc").group("x") == "abb"
    assert _compiled.stats()["compiled"] == before + 1


def test_store_of_another_regex_version_is_ignored(tmp_path: object, monkeypatch: pytest.MonkeyPatch) -> None:
    """A store written with another ``regex`` is not read: every pattern is compiled, nothing else changes."""
    from pathlib import Path

    path = Path(str(tmp_path)) / "patterns.bin"
    _compiled.write_store([(r"a+b", 0)], path)
    monkeypatch.setattr(_compiled, "STORE", path)
    _compiled._store.cache_clear()
    try:
        assert _compiled.store_fits()
        monkeypatch.setattr(regex, "__version__", "0.0.0")
        _compiled._store.cache_clear()
        assert not _compiled.store_fits()
        assert _compiled.compile(r"a+b").match("aab") is not None
    finally:
        monkeypatch.undo()
        _compiled._store.cache_clear()


# our own sentences, touching every family of the grammar and clock times
_TEXT = (
    "في الثاني من يناير 2020 وصل الوفد، وفي أول خميس من شهر مايو عاد. الأسبوع الأول من مارس 2021 شهد "
    "اجتماعات بين 3 و5 فبراير، وبين عامي 2010 و2015 تغير كل شيء. هذه الليلة وصباح أمس والخميس الماضي "
    "وفي 12/3 عقد لقاء. عيد الفطر 2019 والشهر المقبل وخلال ثلاثة أيام وفي الثمانينات من القرن الماضي "
    "وعام 1999 وشهر أبريل المقبل، وحاليا، وفي الساعة الخامسة والنصف مساء بتوقيت غرينتش، ومنذ 1990."
)

#: The head of a probe run in a fresh process: ``regex``'s compiler spied on, the characters of each
#: pattern it compiles (and did not hold in its cache) recorded in ``compiled``.
_SPY = """
import json, sys
import regex._main as rm
compiled = []
orig = rm._compile
def spy(pattern, flags, *rest):
    if not any(k[0] == pattern for k in rm._cache):
        compiled.append(len(pattern))
    return orig(pattern, flags, *rest)
rm._compile = spy
"""

_PROBE = _SPY + """
from arnews import _compiled
from arnews.dates import find_dates, grammar, tries
find_dates(sys.argv[1], None)
find_dates(sys.argv[1], __import__("datetime").date(2023, 9, 12))
first = dict(_compiled.stats(), chars=sum(compiled))
for w in grammar.anchor_set():  # every pattern any word can start
    tries.tries_for(w)
for n in ("1", "12", "2023", "و2023", "ال12"):
    tries.tries_for(n)
print(json.dumps({"first": first, "all": dict(_compiled.stats(), chars=sum(compiled))}))
"""


@needs_store
def test_first_call_compiles_little() -> None:
    """A fresh process's first ``find_dates`` loads the grammar, compiling none of it, whatever the text.

    The patterns compiled by ``regex`` in that process are small ones (a few hundred characters of
    source in all, against some 250,000 for the grammar): so is every pattern any word can need.
    """
    out = subprocess.run(
        [sys.executable, "-c", _PROBE, _TEXT], capture_output=True, text=True, check=True
    ).stdout
    got = json.loads(out)
    assert got["first"]["loaded"] >= 10
    assert got["first"]["compiled"] == 0
    assert got["first"]["chars"] < 2_000
    assert got["all"]["compiled"] == 0
    assert got["all"]["chars"] < 2_000


_PARSE_PROBE = _SPY + """
from datetime import datetime
import arnews.cli
from arnews import _compiled, parse
parse(sys.argv[1], published=datetime(2024, 3, 5))
held = _compiled._store()
missing = [s[:60] for s, f in _compiled.requested() if _compiled.key(s, f) not in held]
print(json.dumps(dict(_compiled.stats(), chars=sum(compiled), n=len(compiled), missing=missing)))
"""

# our own article: a dateline, quotes, reports with and without a cue word, dates and a clock time
_ARTICLE = (
    "الرباط - (خاص) - أكد وزير النقل، أمس الاثنين، أن \"الطريق الجديد سيفتتح في نهاية الشهر المقبل\"، "
    "مضيفا أن الأشغال بدأت منذ عام 2019.\nوقالت مصادر مطلعة للوكالة إن الاجتماع المقبل سيعقد يوم الخميس "
    "7 مارس على الساعة العاشرة صباحا، لكن الموعد قد يتغير. وأوضح المتحدث باسم الوزارة أن الكلفة بلغت "
    "ثلاثة ملايين درهم، في حين نفت النقابة ذلك."
)


@needs_store
def test_first_parse_compiles_nothing_large() -> None:
    """A fresh process that imports the command line and parses one article loads every pattern it
    asks :mod:`arnews._compiled` for (the modules' own patterns, the lexicon's, the clause ends', the
    grammar's) and compiles only a few tiny ones with ``regex`` itself."""
    out = subprocess.run(
        [sys.executable, "-c", _PARSE_PROBE, _ARTICLE], capture_output=True, text=True, check=True
    ).stdout
    got = json.loads(out)
    assert got["loaded"] >= 50
    assert got["compiled"] == 0, f"run scripts/gen_patterns.py: the store lacks {got['missing'][:3]}"
    assert got["chars"] < 1_000


def test_clock_words_folded_together_are_folded_alone() -> None:
    """The clock table's words, folded in one call for a fast first call, are what each folded alone gives."""
    from arnews.data import table
    from arnews.dates import clock_grammar
    from arnews.normalize import ANALYSIS, normalize

    clock_grammar._tables()
    raw = table("dates/clock.json")
    mine = ["السَّاعة", "الخامسةُ والنصف", "منتصف-الليل", "GMT+3", "ـمساءـ", "١٢:٣٠", "ﻻ", "a  b", " x"]
    clock_grammar._fold_all(mine)
    words = [*clock_grammar._strings(raw), *mine]
    assert sum(w in clock_grammar._FOLDED for w in words) > 250
    for w in words:
        if w in clock_grammar._FOLDED:
            assert clock_grammar._FOLDED[w] == normalize(w, ANALYSIS), w


def test_cache_dir_keeps_what_the_store_lacks(tmp_path: object, monkeypatch: pytest.MonkeyPatch) -> None:
    """With ARNEWS_CACHE_DIR set, a pattern the store lacks is compiled once and loaded from there after."""
    from pathlib import Path

    root = Path(str(tmp_path))
    monkeypatch.setenv("ARNEWS_CACHE_DIR", str(root))
    monkeypatch.setattr(_compiled, "_store", lambda: {})
    source = r"(?P<d>\d+)\s+(?:يوم|أيام)"
    before = _compiled.stats()
    first = _compiled.compile(source, regex.V0)
    files = list(root.rglob("*.pickle"))
    assert len(files) == 1 and files[0].parent.name.startswith(f"regex-{regex.__version__}-")
    again = _compiled.compile(source, regex.V0)
    after = _compiled.stats()
    assert (after["compiled"] - before["compiled"], after["cached"] - before["cached"]) == (1, 1)
    assert again.match("3 أيام").group("d") == first.match("3 أيام").group("d") == "3"
    files[0].write_bytes(b"not a pickle")  # a damaged file: compiled again, and rewritten
    assert _compiled.compile(source, regex.V0).match("12 يوم") is not None
    assert _compiled.stats()["compiled"] == after["compiled"] + 1


def test_no_cache_dir_writes_nothing(tmp_path: object, monkeypatch: pytest.MonkeyPatch) -> None:
    """Without ARNEWS_CACHE_DIR nothing is written anywhere."""
    monkeypatch.delenv("ARNEWS_CACHE_DIR", raising=False)
    assert _compiled._cache_file("abc") is None
