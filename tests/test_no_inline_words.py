"""No word list inline in Python: every list of Arabic words is data under ``arnews/data/`` (issue 13).

The package's syntax trees are walked: a set, tuple, list or dict literal holding two or more Arabic
words, or ``"...".split()`` of an Arabic string, fails the test; so does a regular expression that
spells a list of Arabic words as an alternation, beyond the ceilings of the date grammar (still written
as patterns). Affixes (clitics, pronoun suffixes, letters) are morphology, not words; the few literals
that are no word list are allowed below, each with its reason. The word classes read back: every
class of a word-class file is read by the package, the one-call fold of a file equals the fold of each
word, and one made-up row of each file reaches the stage that reads it.
"""

from __future__ import annotations

import ast
import functools
import json
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

from arnews.attribution import words as attribution_words
from arnews.data import records
from arnews.dates.resolve.periods import SEASONS
from arnews.fold import fold
from arnews.speakers import name_words
from arnews.wordclass import DATE_WORDS, FUNCTION_WORDS, word_class, word_classes, word_list, word_table

PACKAGE = Path(__file__).resolve().parents[1] / "arnews"
SOURCES = sorted(p for p in PACKAGE.rglob("*.py") if "data" not in p.relative_to(PACKAGE).parts)
WORD_FILES = (FUNCTION_WORDS, DATE_WORDS)

#: A word: Arabic letters, with spaces between the words of a phrase (no pattern, digit or mark).
_WORD = re.compile(r"[\u0621-\u064a\u0671-\u06d3]+(?: [\u0621-\u064a\u0671-\u06d3]+)*")
#: Bound morphemes and single letters: clitics (و، ف، ب، ل، ك، س، ال and their combinations), pronoun
#: and number suffixes (ه، ها، هم، ت، وا، ون، ين، ات ...), letters tested at a word's edge (ى، ا، م).
#: A tuple of these is morphology written next to the rule that uses it, not a word list.
AFFIXES = frozenset({
    "ال", "وال", "فال", "بال", "لل", "كال", "و", "ف", "ب", "ل", "ك", "س", "م", "ن", "ي", "ت", "ا", "ه", "ة",
    "ى", "وا", "تا", "ون", "ان", "ين", "ات", "يه", "يها", "يين", "يون", "ها", "هم", "هما", "هن", "ني", "نا",
    "كم", "وب", "ول", "وك", "وس", "فب", "فل", "فك", "فس", "ته", "تها", "تهم", "اه", "اها", "اهم", "وه", "وها",
})
#: Literals that hold words but are no word list: ``(file, first word)`` → reason.
ALLOWED = {
    ("attribution/words.py", "الذي"): "RELATIVE_SUBJECT maps each relative pronoun to the agreement patterns of its"
    " verb (a grammar table keyed by the words of the class relative; test_relative_subject_keys ties them)",
    ("dates/numbers.py", "ى"): "a character map (str.maketrans) of the number fold, not words",
    ("dates/tries.py", "في"): "_GUARD_CONTEXTS: the contexts the guard generator probes the grammar's look-behinds"
    " in (with their space, beside a digit and the empty context), not a word class",
}
#: Regular expressions that spell Arabic words as an alternation: the resolver's patterns may not add
#: more. ``dates/rules.py`` is the grammar itself, one named rule value a construction (Duckling's
#: ``Rule{name, pattern, prod}``, issue 13 item 4): a rule's pattern spells its own words, so a new
#: construction adds alternations there; closed classes shared by several rules come from the data.
UNBOUNDED = frozenset({"dates/rules.py"})
ALTERNATION_CEILING = {
    "dates/clock.py": 2,
    "dates/clock_grammar.py": 2,
    "dates/resolve/context.py": 1,
    "dates/resolve/days.py": 2,
    "dates/resolve/joins.py": 17,
    "dates/resolve/months.py": 1,
}
_ALT_WORD = r"[\u0621-\u064a\u0671-\u06d3]+(?:(?:\\s\+|\s)[\u0621-\u064a\u0671-\u06d3]+)?"
_ALTERNATION = re.compile(r"\((?:\?:|\?P<\w+>)?(" + _ALT_WORD + r"(?:\|" + _ALT_WORD + r")+)\)")


def _words(nodes: list[ast.expr | None]) -> list[str]:
    return [n.value.strip() for n in nodes
            if isinstance(n, ast.Constant) and isinstance(n.value, str) and _WORD.fullmatch(n.value.strip())]


@functools.cache
def _nodes(source: str) -> tuple[ast.AST, ...]:
    return tuple(ast.walk(ast.parse(source)))


def inline_lists(source: str) -> list[tuple[int, list[str]]]:
    """``(line, words)`` of every literal in ``source`` that is a word list (two or more words, not all affixes)."""
    found: list[tuple[int, list[str]]] = []
    for node in _nodes(source):
        if isinstance(node, (ast.Set, ast.Tuple, ast.List)):
            ws = _words(list(node.elts))
        elif isinstance(node, ast.Dict):
            ws = _words([*node.keys, *node.values])
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "split" \
                and isinstance(node.func.value, ast.Constant) and isinstance(node.func.value.value, str) \
                and re.search(r"[\u0621-\u064a]", node.func.value.value):
            ws = node.func.value.value.split()
        else:
            continue
        if len(ws) >= 2 and not set(ws) <= AFFIXES:
            found.append((node.lineno, ws))
    return sorted(found)


def alternations(source: str) -> list[str]:
    """The alternations of two or more Arabic words (not all affixes) in the string constants of ``source``."""
    out = []
    for node in _nodes(source):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            out += [m.group(0) for m in _ALTERNATION.finditer(node.value)
                    if not set(m.group(1).split("|")) <= AFFIXES]
    return out


# --------------------------------------------------------------------------- the rule


def test_the_scan_finds_what_it_must() -> None:
    src = ('A = frozenset({"في", "من"})\nB = ("ال", "وال")\nC = "قال أكد".split()\n'
           'D = {"يوم": "day", "شهر": "month"}\nE = ("بن", "(")\nF = r"(?:قال|أكد)\\s"\nG = r"(?:ه|ها)"\n')
    assert [line for line, _ in inline_lists(src)] == [1, 3, 4]
    assert alternations(src) == ["(?:قال|أكد)"]


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: p.relative_to(PACKAGE).as_posix())
def test_no_word_list_inline(path: Path) -> None:
    rel = path.relative_to(PACKAGE).as_posix()
    bad = [(line, ws) for line, ws in inline_lists(path.read_text(encoding="utf-8")) if (rel, ws[0]) not in ALLOWED]
    assert not bad, (f"{rel}: word lists written in Python {bad}: put them in arnews/data/ (function_words.tsv, "
                     "dates/words.tsv or the file they belong to) and read them with arnews.wordclass.word_class")


@pytest.mark.parametrize("path", [p for p in SOURCES if p.relative_to(PACKAGE).as_posix() not in UNBOUNDED],
                         ids=lambda p: p.relative_to(PACKAGE).as_posix())
def test_no_new_word_alternation(path: Path) -> None:
    rel = path.relative_to(PACKAGE).as_posix()
    found = alternations(path.read_text(encoding="utf-8"))
    assert len(found) <= ALTERNATION_CEILING.get(rel, 0), (
        f"{rel}: {len(found)} regex alternations of Arabic words (ceiling {ALTERNATION_CEILING.get(rel, 0)}): build "
        f"the alternation from a data class instead ('|'.join(word_list(...))): {found}")


def test_allowed_entries_still_exist() -> None:
    """An allowed literal that is gone leaves its entry: remove it so the list only shrinks."""
    for rel, first in ALLOWED:
        firsts = {ws[0] for _, ws in inline_lists((PACKAGE / rel).read_text(encoding="utf-8"))}
        assert first in firsts, (rel, first)


def test_relative_subject_keys_are_the_relative_class() -> None:
    assert set(attribution_words.RELATIVE_SUBJECT) == attribution_words.RELATIVE == word_class("relative")


# --------------------------------------------------------------------------- the data read back


@pytest.mark.parametrize("name", WORD_FILES)
def test_every_class_is_read_by_the_package(name: str) -> None:
    source = "\n".join(p.read_text(encoding="utf-8") for p in SOURCES)
    unread = [cls for cls in word_classes(name) if f'"{cls}"' not in source]
    assert not unread, f"{name}: classes no module reads: {unread}"


@pytest.mark.parametrize("name", WORD_FILES)
def test_the_one_call_fold_equals_the_fold_of_each_word(name: str) -> None:
    expected: dict[str, dict[str, None]] = {}
    for row in records(name):
        expected.setdefault(row["class"].strip(), {})[fold(row["word"])] = None
    assert word_classes(name) == {cls: tuple(ws) for cls, ws in expected.items()}


@pytest.mark.parametrize("name", WORD_FILES)
def test_rows_are_well_formed(name: str) -> None:
    seen: Counter[tuple[str, str]] = Counter()
    for row in records(name):
        cls, word = row["class"].strip(), row["word"].strip()
        assert re.fullmatch(r"[a-z_]+", cls), row
        assert word and word == row["word"], row  # no padding
        seen[cls, fold(word)] += 1
    assert not [k for k, n in seen.items() if n > 1], "a word listed twice in one class"


def test_the_constants_are_their_classes() -> None:
    w = attribution_words
    assert word_class("pronoun_l") == w.PRONOUN_L and word_class("rank") == w.RANKS
    assert {c + p for c in ("", "و", "ف") for p in word_list("personal_pronoun")} == w.PERSONAL_PRONOUNS
    assert "علي" in w.PREPOSITIONS and "الاستاذه" in w.RANKS  # على، الأستاذة: proper spelling, folded
    assert word_table("period_unit")["سنه"] == "year"


def test_an_unknown_class_is_an_error() -> None:
    with pytest.raises(KeyError):
        word_list("no_such_class")
    with pytest.raises(KeyError):
        word_table("no_such_class")


# --------------------------------------------------------------------------- one row reaches its stage

_WITH_ROW = """
import json, sys
import arnews.data as data
extra = json.loads(sys.argv[1])
shipped = data.records
def records(name):
    return shipped(name) + [{k: v for k, v in row.items() if k != "file"} for row in extra if row["file"] == name]
data.records = records
"""


def _run(extra: list[dict[str, str]], code: str) -> str:
    script = _WITH_ROW + code
    out = subprocess.run([sys.executable, "-c", script, json.dumps(extra, ensure_ascii=False)],
                         capture_output=True, text=True, check=True, timeout=120)
    return out.stdout.strip()


def test_a_function_word_row_reaches_speaker_linking() -> None:
    """``name_function``: the words left out when two speaker phrases are compared (``speakers.name_words``)."""
    assert "لدي" in name_words("السفير لدى المنظمة")  # as shipped
    code = "from arnews.speakers import name_words\nprint(sorted(name_words('السفير لدى المنظمة')))"
    row = {"file": FUNCTION_WORDS, "class": "name_function", "word": "لدى", "value": ""}
    assert "لدي" not in _run([row], code)


def test_a_date_word_row_reaches_the_resolver() -> None:
    """``season``: a new spelling of a season reaches the resolver's table (``resolve.periods.SEASONS``)."""
    assert "قيظ" not in SEASONS  # as shipped
    code = "from arnews.dates.resolve.periods import SEASONS\nprint(SEASONS.get('قيظ'))"
    row = {"file": DATE_WORDS, "class": "season", "word": "قيظ", "value": "6 9"}
    assert _run([row], code) == "(6, 9)"
