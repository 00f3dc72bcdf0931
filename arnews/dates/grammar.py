"""The date grammar: one compiled alternation over the normalised analysis view.

Every family of expressions is one named branch of a single pattern (``MASTER``), so a text
is scanned once; the branch that matched (``match.lastgroup``) tells :mod:`.resolve` how to
read the named parts. Lexicons (months, weekdays, units, numbers, holidays, vague phrases)
come from ``arnews/data/dates`` and are folded like the view (``أيلول`` → ``ايلول``).

Branches are bounded (no nested unbounded repetition), so matching is linear in the text.

>>> pattern().search("وصل امس الاثنين").group(0)
'امس الاثنين'
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache, lru_cache

import regex

from .. import _compiled
from .calendars import Constructions, constructions, holidays, months, units, vague_phrases, weekdays
from .numbers import DATA, fold_pattern, number_pattern, number_words, ordinal_pattern, ordinal_words, trie_alt

__all__ = [
    "EDGE_WORDS", "MOD_WORDS", "POD_WORDS", "anchor_set", "branch_names", "branches_for",
    "is_anchor", "pattern", "pattern_sources", "patterns_for",
]

#: Modifiers of a period or weekday, folded: direction −1 (past), 0 (current), +1 (next).
MOD_WORDS: dict[str, int] = {
    "الماضي": -1, "الماضيه": -1, "المنصرم": -1, "المنصرمه": -1, "الفائت": -1, "الفايت": -1, "الفايته": -1,
    "الفائته": -1, "السابق": -1, "السابقه": -1, "المنقضي": -1, "المنقضيه": -1, "الماض": -1,
    "المقبل": 1, "المقبله": 1, "الموالي": 1, "المواليه": 1, "القادم": 1, "القادمه": 1, "التالي": 1, "التاليه": 1,
    "الجاي": 1, "الاتي": 1, "الاتيه": 1,
    "الجاري": 0, "الجاريه": 0, "الحالي": 0, "الحاليه": 0,
    "الماضيين": -1, "الماضيتين": -1, "المنصرمين": -1, "السابقين": -1, "الاخيرين": -1, "الاخيرتين": -1,
    "المقبلين": 1, "المقبلتين": 1, "القادمين": 1, "القادمتين": 1,
    "بعد المقبل": 2, "بعد المقبله": 2, "بعد القادم": 2, "بعد القادمه": 2, "بعد التالي": 2,
    "قبل الماضي": -2, "قبل الماضيه": -2, "قبل السابق": -2, "الاخير": -1, "الاخيره": -1,
}
#: Edges of a period: (start fraction, end fraction) of it.
EDGE_WORDS: dict[str, str] = {
    "مطلع": "early", "اوايل": "early", "اوائل": "early", "بدايه": "early", "بدايات": "early", "مستهل": "early",
    "اول": "early", "منتصف": "mid", "اواسط": "mid", "وسط": "mid", "نص": "mid", "اواخر": "late", "نهايه": "late",
    "نهايات": "late", "اخر": "late", "ختام": "late", "اخير": "late",
}
#: Parts of day (folded) → canonical name.
POD_WORDS: dict[str, str] = {
    "صباح": "morning", "صباحا": "morning", "الصباح": "morning", "الصبح": "morning", "صبيحه": "morning",
    "ضحى": "morning", "الضحى": "morning", "قبل ظهر": "morning", "قبل الظهر": "morning", "قبيل ظهر": "morning",
    "ظهر": "noon", "ظهرا": "noon", "الظهر": "noon", "ظهيره": "noon", "الظهيره": "noon",
    "بعد ظهر": "afternoon", "بعيد ظهر": "afternoon", "بعد الظهر": "afternoon", "بعد الظهيره": "afternoon",
    "عصر": "afternoon", "عصرا": "afternoon", "العصر": "afternoon",
    "زوال": "afternoon", "بعد زوال": "afternoon", "زوالا": "afternoon", "الزوال": "afternoon",
    "مساء": "evening", "مساءا": "evening", "المساء": "evening", "عشيه": "evening",
    "ليل": "night", "ليلا": "night", "الليل": "night", "ليله": "night", "الليله": "night",
    "منتصف ليل": "midnight", "منتصف الليل": "midnight",
    "فجر": "dawn", "فجرا": "dawn", "الفجر": "dawn",
    "مغرب": "evening",  # sunset, only before a day (مغرب الخميس): المغرب alone is Morocco
}
POD_WORDS = {fold_pattern(k): v for k, v in POD_WORDS.items()}


#: Words an expression can start with, besides the lexicon entries (folded when used).
_KEYWORDS = (
    "اليوم امس البارحه امبارح اول قبل بعد يوم غدا غد الغد بكره بكرا هذا هذه الليله ليله ليل صباح مساء ظهر بعيد قبيل "
    "عصر زوال فجر منتصف صبيحه عشيه ضحى في وقت لاحقا عطله نهايه اخر باقي بقيه بين شهر عقد فصل منذ خلال غضون طوال طيله "
    "لمده مده لفتره نحو حوالي قرابه زهاء اكثر اقل عام العام سنه السنه عامي سنتي العامين الاعوام السنوات اعوام "
    "سنوات الاسبوع الشهر العقد القرن الربع ربع النصف نصف الفصل الصيف الشتاء الربيع الخريف صيف شتاء ربيع خريف اخير "
    "الاخير ثاني ثان ثالث رابع خامس الاول الثاني الثالث الرابع الخامس لعام بعام كل مره مرتين مرات شهري يومي الامس "
    "صيفا ربيعا خريفا الثلث ثلث نفس ذات ذلك تلك"
)


def _rule_heads(slots: tuple[tuple[str, ...], ...]) -> set[str]:
    """The first words a construction rule (slots of alternatives, ``""`` optional) can start with."""
    out: set[str] = set()
    for slot in slots:
        if _is_context(slot):
            continue
        out.update(w.split(" ")[0] for w in slot if w)
        if "" not in slot:
            break
    return out


def _is_context(slot: tuple[str, ...]) -> bool:
    """A slot that only looks around (its words start with ``=``, ``!`` or ``<``), matching nothing."""
    return bool(slot) and all(w[:1] in ("=", "!", "<") for w in slot)


def _context_pattern(slot: tuple[str, ...]) -> str:
    """The look-around of a context slot: ``=w`` one of these must follow, ``!w`` none of these may,
    ``<w`` one of these words (with و or ف) must come right before.

    A word of letters follows after a space and ends there; punctuation (``،``, ``.``, ``\\n``) follows
    after optional spaces; ``$`` is the end of the text.
    """
    if slot[0][0] == "<":
        return rf"(?<=(?<!\w)[وف]?(?:{_alt(w[1:] for w in slot)})\s+)"
    parts = []
    for w in slot:
        body = w[1:]
        if body == "$":
            parts.append(r"\s*\Z")
        elif regex.match(r"\w", body):
            parts.append(rf"\s+(?:{_alt([body])})(?!\w)")
        else:
            parts.append(rf"\s*{regex.escape(body)}")
    looks = "|".join(parts)
    return f"(?={looks})" if slot[0][0] == "=" else f"(?!{looks})"


def rule_pattern(slots: tuple[tuple[str, ...], ...]) -> str:
    """The regex source of a construction rule: its slots in order, a space between, ``""`` optional.

    >>> src = rule_pattern((("هذه", ""), ("الفتره",), ("الماضيه", "المقبله")))
    >>> [bool(regex.fullmatch(src, x)) for x in ("هذه الفتره الماضيه", "الفتره المقبله", "هذه الفتره")]
    [True, True, False]

    A slot of words written ``=w`` (or ``!w``) matches nothing: one of them must (none of them may)
    follow; a first slot of ``<w`` words: one of them must come before (:func:`_context_pattern`).

    >>> src = rule_pattern((("<من",), ("قبل",), ("=،", "=الا", "=$")))
    >>> [bool(regex.search(src, x)) for x in ("من قبل، وقال", "ومن قبل الا مره", "من قبل", "من قبل الشرطه")]
    [True, True, True, False]
    """
    out, begun = "", False
    for slot in slots:
        if _is_context(slot):
            out += _context_pattern(slot)
            continue
        alt = f"(?:{_alt(w for w in slot if w)})(?!\\w)"
        if "" in slot:
            out += rf"(?:\s+{alt})?" if begun else rf"(?:{alt}\s+)?"
        else:
            out += rf"\s+{alt}" if begun else alt
            begun = True
    return out


@cache
def _anchors() -> frozenset[str]:
    """First words of every branch: lexicon entries' first words and the grammar's keywords."""
    words: set[str] = set(_KEYWORDS.split())
    for table in (months(), weekdays(), holidays(), POD_WORDS, EDGE_WORDS):
        words.update(str(entry).split(" ")[0] for entry in table)
    for entry in vague_phrases():
        first, _, rest = str(entry).partition(" ")
        words.add(rest.split(" ")[0] if first == "في" and rest else first)
    for entry in units():
        words.update((entry, "ال" + entry))
    cons = constructions()
    for rule in cons.vague.values():
        words.update(_rule_heads(rule))
    words.update(w.split(" ")[0] for w in cons.set_adverbs)
    words.update(number_words())
    words.update("ال" + n for n in number_words() if not n.startswith(("م", "الف", "الاف")))  # الثلاثة، not المئة
    words.update(w for o in ordinal_words() for w in (o, "ال" + o))
    words.update(w[2:] for w in weekdays())
    return frozenset(fold_pattern(w) for w in words if w)


#: Words after which a bare four-digit number is a quantity, not a year (نحو 2015 طالبا is caught by what
#: follows; these catch نحو 2015، ورقم 1990).
BARE_YEAR_NOT_AFTER = (
    "نحو", "حوالي", "قرابه", "زهاء", "اكثر", "اقل", "بلغ", "بلغت", "رقم", "الرقم", "عدد", "مجموع", "اجمالي",
    "ارتفع", "ارتفعت", "تراجع", "تراجعت", "انخفض", "انخفضت", "سجل", "سجلت", "مقابل", "بنحو", "لنحو", "يبلغ",
    "تبلغ", "ضمنها", "اصل", "المرتبه", "المركز", "صفحه", "ص", "العدد", "الماده", "القانون", "المرسوم",
)
#: Words a bare year can be followed by: the clause goes on without a counted noun.
_BARE_YEAR_NEXT = (
    r"(?:في|من|على|الى|التي|الذي|الذين|اللتين|حيث|عندما|حين|بعد|قبل|ضد|مع|عن|لكن|ثم|او|حتى|خلال|بين|اثر|عقب"
    r"|منذ|ان|انه|بسبب|لصالح|امام|بينما|كما|الا|قد|لم|لن|وقد|هو|هي|كان|كانت|اذ)(?!\w)"
)
_DECADE_END = ("ينيات", "ينات")
_CLITICS = ("", "و", "ف", "ب", "ل", "ك", "وب", "ول", "وك", "فب", "فل", "فك")
_TENS = ("عشر", "ثلاث", "اربع", "خمس", "ست", "سبع", "ثمان", "تسع")


@cache
def anchor_set() -> frozenset[str]:
    """Every written form an expression can start with: anchors with their clitics (``وأمس``, ``للعام``)."""
    base = set(_anchors()) - {"في"}
    base.update(f"{a}{t}{e}" for a in ("", "ال") for t in _TENS for e in _DECADE_END)
    out = {c + w for w in base for c in _CLITICS}
    out.update(c + "ل" + w[2:] for w in base if w.startswith("ال") for c in ("", "و", "ف"))
    return frozenset(out)


def is_anchor(token: str) -> bool:
    """Can an expression start at this word (clitics ``و ف ب ل ك`` allowed before it)?"""
    if token[0].isdigit():
        return True
    if token == "في":
        return False
    anchors = _anchors()
    if token in anchors:
        return True
    if token.endswith(_DECADE_END):
        return True
    for k in (1, 2):
        if len(token) > k + 1 and token[k - 1] in "وفبلك":
            rest = token[k:]
            if rest in anchors or rest.endswith(_DECADE_END) or rest[0].isdigit():
                return True
            if rest.startswith("ل") and "ا" + rest in anchors:  # للعام = ل + العام
                return True
        else:
            break
    return False


def _alt(words: object) -> str:
    return trie_alt(fold_pattern(str(w)) for w in words)  # type: ignore[attr-defined]


@cache
def branch_names() -> tuple[str, ...]:
    """The names of the grammar's branches, in matching order (the master's named groups)."""
    return tuple(name for name, _ in _branches())


@cache
def pattern() -> regex.Pattern[str]:
    """The compiled master pattern (built once, on first use): every branch, in order."""
    return _compile(tuple(name for name, _ in _branches()))


_HEAD = r"(?<!\w)(?:[وف](?=\w))?(?:[بلك](?=\w))?(?P<s>)"


@cache
def _compile(names: tuple[str, ...], keep: tuple[int, ...] | None = None) -> regex.Pattern[str]:
    """The branches ``names`` in one pattern; with ``keep``, only those alternatives of the one branch.

    Loaded from the package's store of compiled patterns when it holds it (:mod:`arnews._compiled`).
    """
    return _compiled.compile(_source(names, keep), regex.V0)


def _source(names: tuple[str, ...], keep: tuple[int, ...] | None = None) -> str:
    """The source of :func:`_compile`'s pattern.

    Assembled from fragments folded once each (:func:`_folded`): folding works character by
    character and leaves the regex syntax alone, so this is the assembled source folded.
    """
    table, shared = _folded()
    if keep is not None:
        (only,) = names
        table = {**table, only: "|".join(fold_pattern(_alternatives(only)[i]) for i in keep)}
    body = "|".join(f"(?P<{name}>{_inline_calls(name, table[name], shared)})" for name in names)
    used: list[str] = []
    todo = [body]
    while todo:  # the fragments the body calls, and those they call in turn
        src = todo.pop()
        for k in _CALL.findall(src):
            if k not in used:
                used.append(k)
                todo.append(shared[k])
    defs = "".join(f"(?P<{k}>{shared[k]})" for k in sorted(used))
    tail = f"(?(DEFINE){defs})" if defs else ""
    return f"{fold_pattern(_HEAD)}(?:{body}){tail}"


@cache
def _folded() -> tuple[dict[str, str], dict[str, str]]:
    """The branches and the shared fragments, folded (:func:`~.numbers.fold_pattern`)."""
    return {n: fold_pattern(src) for n, src in _branches()}, {k: fold_pattern(v) for k, v in _shared().items()}


def pattern_sources() -> list[tuple[str, int]]:
    """Every pattern the grammar compiles (source, flags): the master, each branch, each alternative
    of a ``_SPLIT`` branch alone. ``arnews/data/patterns.bin`` stores them compiled."""
    names = branch_names()
    keys: list[tuple[tuple[str, ...], tuple[int, ...] | None]] = [(names, None)]
    keys.extend(((n,), None) for n in names)
    keys.extend(((n,), (i,)) for n in _SPLIT for i in range(len(_alternatives(n))))
    return [(_source(ns, keep), int(regex.V0)) for ns, keep in keys]


#: Shared fragments written once and called (``(?&name)``) rather than in place. A call compiles
#: once per pattern but matches slower than the fragment written out, so only the number words
#: (the largest, repeated in most branches) are called: about 15% slower matching for a fifth
#: less compile time on a first call.
_CALLED = frozenset({"Xnum"})
_CALL = regex.compile(r"\(\?&(\w+)\)")
#: Branches that write the called fragments out in place after all. In these two the regex module
#: runs a call far slower than the fragment (a failing match costs 15–70 µs instead of 2–4 µs: they
#: fail on most words they are tried at); the cost is a longer compile of these two branches.
_INLINED_IN = frozenset({"F_period", "F_offset"})


def _inline_calls(name: str, src: str, shared: dict[str, str]) -> str:
    """``src`` with its calls written out in place when branch ``name`` is in ``_INLINED_IN``."""
    if name not in _INLINED_IN:
        return src
    return _CALL.sub(lambda m: f"(?:{shared[m.group(1)]})", src)


def _shared() -> dict[str, str]:
    """Fragments the branches share (months, number words, units ...), by name.

    Those in ``_CALLED`` are written once per pattern (regex's ``DEFINE``) and called as
    ``(?&name)``; a call backtracks like the fragment written in place.
    """
    return _grammar()[1]


@cache
def _single(name: str) -> regex.Pattern[str]:
    return _compile((name,))


_SYNTAX = regex.compile(r"\\.|[\[\]()|]", regex.DOTALL)


def _top_level(src: str) -> list[str]:
    """``src`` cut at each ``|`` outside a group and a character class.

    Only the characters that open or close a group or a class, ``|`` and escapes are looked at.
    """
    out: list[str] = []
    depth, in_class, start = 0, False, 0
    for m in _SYNTAX.finditer(src):
        ch = m.group()
        if len(ch) > 1:  # an escaped character
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            out.append(src[start : m.start()])
            start = m.start() + 1
    out.append(src[start:])
    return out


@cache
def _alternatives(name: str) -> tuple[str, ...]:
    """The top-level alternatives of branch ``name`` (regex sources, in order)."""
    src = dict(_branches())[name]
    parts = tuple(_top_level(src))
    assert "|".join(parts) == src
    return parts


#: Branches with costly alternatives a word rarely starts all of: a word tries only those it can
#: start (:func:`_alternatives_for`), each compiled alone (the branch's first matching alternative
#: is the first of them that matches). Only for a word with no clitic: with one, the branch tries
#: every alternative after the clitic before any without it, so the whole branch is used. The
#: look-behinds at the start of their alternatives are satisfied after ``في`` or at the start of
#: a text (a test checks), the two contexts probed.
_SPLIT = ("F_day", "F_period")
_PROBE_CONTEXTS = ("في ", "")


def probe_alternatives(name: str, token: str) -> tuple[int, ...]:
    """The alternatives of branch ``name`` an expression starting with ``token`` can take.

    Each alternative alone (with the clitics before it) is matched partially on ``token`` after
    each probe context: one that fails there fails wherever the word is ``token``, so leaving it
    out of the branch leaves its matches as they are (the branch takes its first alternative that
    matches). This compiles every alternative; :func:`_alternatives_for` reads a table instead.
    """
    return tuple(
        i for i in range(len(_alternatives(name)))
        if any(_compile((name,), (i,)).match(c + token, len(c), partial=True) is not None for c in _PROBE_CONTEXTS)
    )


def _fingerprint(name: str) -> str:
    return hashlib.sha1(dict(_branches())[name].encode("utf-8")).hexdigest()[:16]


def alternatives_table() -> dict[str, object]:
    """The table of first words → alternatives of the ``_SPLIT`` branches, for ``data/dates/alternatives.json``.

    Per branch: a fingerprint of its source, and its words by the alternatives they can start
    (indices, space-separated); numbers by prefix, the union over ``NUMBER_SAMPLES`` as in
    :func:`heads_table`. Write it with :func:`write_alternatives_table` after changing the grammar.
    """
    out: dict[str, object] = {}
    for name in _SPLIT:
        words: dict[str, list[str]] = {}
        for w in sorted(anchor_set()):
            if name in branches_for(w):
                words.setdefault(" ".join(map(str, probe_alternatives(name, w))), []).append(w)
        numbers = {
            p: sorted({i for x in NUMBER_SAMPLES for i in probe_alternatives(name, p + x)}) for p in NUMBER_PREFIXES
        }
        out[name] = {"fingerprint": _fingerprint(name), "words": dict(sorted(words.items())), "numbers": numbers}
    return out


def write_alternatives_table() -> None:
    """Write :func:`alternatives_table` to ``arnews/data/dates/alternatives.json``."""
    text = json.dumps(alternatives_table(), ensure_ascii=False, indent=1, sort_keys=True)
    (DATA / "alternatives.json").write_text(text + "\n", encoding="utf-8")


@cache
def _alt_table() -> dict[str, tuple[dict[str, tuple[int, ...]], dict[str, tuple[int, ...]]]]:
    """The checked-in alternatives table, for the branches whose source it still fits."""
    try:
        data = json.loads((DATA / "alternatives.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    out = {}
    for name in _SPLIT:
        entry = data.get(name)
        if not isinstance(entry, dict) or entry.get("fingerprint") != _fingerprint(name):
            continue  # a branch changed since the table was written: all its alternatives are tried
        words = {}
        for key, ws in entry["words"].items():  # one tuple per key, shared by its words
            words.update(dict.fromkeys(ws, tuple(int(i) for i in key.split())))
        numbers = {p: tuple(ix) for p, ix in entry["numbers"].items()}
        out[name] = (words, numbers)
    return out


def _alternatives_for(name: str, token: str) -> tuple[int, ...] | None:
    """The alternatives of ``name`` the table says ``token`` can start; ``None``: all of them."""
    entry = _alt_table().get(name)
    if entry is None:
        return None
    words, numbers = entry
    if token in words:
        return words[token]
    m = _NUMBER_TOKEN.match(token)
    if m is not None:  # none for a prefix: the heads table may have probed the token itself, try all
        return numbers.get(m.group(1) or "") or None
    return None


def probe_branches(token: str) -> tuple[str, ...]:
    """The branches an expression starting with ``token`` can take, by partial matching each one.

    Each branch is tried on the word alone (after ``في``, the context some branches look behind
    for). This compiles every branch; :func:`branches_for` reads the answer from a table instead.
    """
    probe = "في " + token
    return tuple(n for n in branch_names() if _single(n).match(probe, 3, partial=True) is not None)


#: Prefixes a number token can carry (``_NUMBER_WORD`` in :mod:`arnews.dates`).
NUMBER_PREFIXES = ("", "ال", "وال", "و", "ب", "ل")
#: Numbers standing for every number token in the heads table (their union of branches).
NUMBER_SAMPLES = tuple(
    n + suffix
    for n in ("0", "1", "05", "7", "12", "29", "31", "45", "99", "123", "1445", "1990", "2023", "2100", "3000", "12345")
    for suffix in ("", "م", "ه", "st", "th", "er")
)


def heads_table() -> dict[str, object]:
    """The table of first words → branches that ``scripts/gen_date_heads.py`` writes to data.

    ``numbers`` maps a number token's prefix to the union of the branches its samples can start;
    ``words`` maps each branch set (indices into ``branches``, space-separated) to its words.
    """
    names = branch_names()
    index = {n: i for i, n in enumerate(names)}
    words: dict[str, list[str]] = {}
    for w in sorted(anchor_set()):
        key = " ".join(str(index[n]) for n in probe_branches(w))
        words.setdefault(key, []).append(w)
    return {"branches": list(names), "numbers": number_heads(), "words": dict(sorted(words.items()))}


def number_heads() -> dict[str, list[int]]:
    """For each prefix of a number token, the branches (indices) its samples can start."""
    names = branch_names()
    out = {}
    for p in NUMBER_PREFIXES:
        got = {n for x in NUMBER_SAMPLES for n in probe_branches(p + x)}
        out[p] = [i for i, n in enumerate(names) if n in got]
    return out


@cache
def _heads() -> tuple[dict[str, tuple[str, ...]], dict[str, tuple[str, ...]]] | None:
    """The checked-in heads table (``data/dates/heads.json``), or ``None`` if it does not fit the grammar."""
    try:
        data = json.loads((DATA / "heads.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    names = data.get("branches")
    if tuple(names or ()) != branch_names():
        return None
    words: dict[str, tuple[str, ...]] = {}
    for key, ws in data["words"].items():  # one tuple per key, shared by its words
        words.update(dict.fromkeys(ws, tuple(names[int(i)] for i in key.split())))
    numbers = {p: tuple(names[i] for i in ix) for p, ix in data["numbers"].items()}
    return words, numbers


_NUMBER_TOKEN = regex.compile(r"(ال|وال|و|ب|ل)?\d")


@lru_cache(maxsize=1 << 16)
def branches_for(token: str) -> tuple[str, ...]:
    """The branches an expression starting with ``token`` can take, in the master's order.

    Read from the heads table (so only the branches a text needs are ever compiled); a word
    the table does not hold is probed (:func:`probe_branches`).
    """
    heads = _heads()
    if heads is not None:
        words, numbers = heads
        if token in words:
            return words[token]
        m = _NUMBER_TOKEN.match(token)
        if m is not None:
            return numbers.get(m.group(1) or "", ()) or probe_branches(token)
    return probe_branches(token)


@lru_cache(maxsize=1 << 16)
def patterns_for(token: str) -> tuple[tuple[str, regex.Pattern[str]], ...]:
    """The compiled branches ``token`` can start, in the master's order (empty if none).

    Trying them in turn and keeping the first match is what the master alternation does. A
    branch of ``_SPLIT`` keeps only the alternatives ``token`` can start (none: it is left out).
    """
    out: list[tuple[str, regex.Pattern[str]]] = []
    for name in branches_for(token):
        keep = _alternatives_for(name, token) if name in _SPLIT and token[0] not in "وفبلك" else None
        if keep is None or len(keep) == len(_alternatives(name)):
            out.append((name, _single(name)))
        else:  # one alternative after another, as the branch tries them (none: left out)
            out.extend((name, _compile((name,), (i,))) for i in keep)
    return tuple(out)


#: What the guards look at after a word: one space and the next character (the view's letters,
#: digits and punctuation), or punctuation right after the word. A character not listed tells nothing.
GUARD_AFTER_SPACE = "ءابتثجحخدذرزسشصضطظعغفقكلمنهوي0123456789-–—/.,،()«»\"“”:؛;!?؟%\n"
GUARD_PUNCT = "-–—/.,،()«»\"“”:؛;!?؟%\n"
_GUARD_LETTERS = "ءابتثجحخدذرزسشصضطظعغفقكلمنهوي"
#: Contexts the guards are probed in: every positive look-behind of the grammar passes in one of
#: them (after في, at the start, after a number and a space: ``1990 و2000``, after من; a test checks).
#: (من، خلال: the words the vague rules look behind for, ``<w``.)
_GUARD_CONTEXTS = ("في ", "", "1 ", "من ", "خلال ")
_GUARD_DEEP = 20  # a word that can be followed by more first letters than this has no second-letter guard
_GUARD_VERSION = "1"

Guard = tuple[frozenset[str], frozenset[str], dict[str, frozenset[str]]]


def probe_guard(pat: regex.Pattern[str], token: str) -> list[object] | None:
    """What can follow ``token`` in a match of ``pat`` starting at it, by partial matching.

    ``[after_space, punct, second]``: the characters that can come after the word and one space,
    those that can come right after it, and for a letter after the space the letters that can
    follow that one (only for letters the guard knows the second of). A match needs its start
    to be a prefix of the text: a text whose next characters none of these allow cannot match
    there, and ``pat`` is not tried. ``None``: every character can follow (no guard).
    """

    def ok(after: str) -> bool:
        return any(pat.match(c + token + after, len(c), partial=True) is not None for c in _GUARD_CONTEXTS)

    one = "".join(x for x in GUARD_AFTER_SPACE if ok(" " + x))
    punct = "".join(x for x in GUARD_PUNCT if ok(x))
    second: dict[str, str] = {}
    if len(one) <= _GUARD_DEEP:
        for x in one:
            if x in _GUARD_LETTERS:
                two = "".join(y for y in GUARD_AFTER_SPACE if ok(" " + x + y))
                if len(two) < len(GUARD_AFTER_SPACE):
                    second[x] = two
    if one == GUARD_AFTER_SPACE and punct == GUARD_PUNCT and not second:
        return None
    return [one, punct, second]


_KNOWN = frozenset(GUARD_AFTER_SPACE)
_KNOWN_PUNCT = frozenset(GUARD_PUNCT)


def guard_allows(guard: Guard, after: str) -> bool:
    """Whether a word followed by ``after`` (its next three characters) can start a match ``guard`` guards.

    >>> g = (frozenset("ا"), frozenset(), {"ا": frozenset("ل")})
    >>> guard_allows(g, " ال"), guard_allows(g, " اي"), guard_allows(g, " دو"), guard_allows(g, "")
    (True, False, False, True)
    """
    if not after:
        return True
    c = after[0]
    if c == " ":
        x = after[1:2]
        if x in _KNOWN and x not in guard[0]:
            return False
        seconds = guard[2].get(x)
        return seconds is None or after[2:3] not in _KNOWN or after[2:3] in seconds
    return c not in _KNOWN_PUNCT or c in guard[1]


def _guard_union(gs: list[list[object] | None]) -> list[object] | None:
    """A guard allowing what any of ``gs`` allows (the union over a number's samples)."""
    if any(g is None for g in gs):
        return None
    one = "".join(x for x in GUARD_AFTER_SPACE if any(x in str(g[0]) for g in gs))  # type: ignore[index]
    punct = "".join(x for x in GUARD_PUNCT if any(x in str(g[1]) for g in gs))  # type: ignore[index]
    second: dict[str, str] = {}
    for x in one:
        seconds = [g[2].get(x) if str(g[0]).count(x) else "" for g in gs]  # type: ignore[index, union-attr]
        if any(s is None for s in seconds):  # one sample allows every second letter after x
            continue
        second[x] = "".join(y for y in GUARD_AFTER_SPACE if any(y in str(s) for s in seconds))
    if one == GUARD_AFTER_SPACE and punct == GUARD_PUNCT and not second:
        return None
    return [one, punct, second]


def _guard_fingerprint() -> str:
    """What the guards table depends on: the grammar, the heads and alternatives tables, the probes."""
    h = hashlib.sha1(_GUARD_VERSION.encode("utf-8"))
    for name, src in _branches():
        h.update(f"{name}\0{src}\0".encode())
    for name, src in sorted(_shared().items()):
        h.update(f"{name}\0{src}\0".encode())
    for f in ("heads.json", "alternatives.json"):
        h.update((DATA / f).read_bytes())
    h.update("\0".join((GUARD_AFTER_SPACE, GUARD_PUNCT, *_GUARD_CONTEXTS, str(_GUARD_DEEP))).encode())
    return h.hexdigest()[:16]


def guard_words() -> list[str]:
    """The words the guards table holds: the anchors without a clitic."""
    return sorted(w for w in _anchors() if w in anchor_set())


def _number_samples(prefix: str, n: int) -> list[str]:
    return [prefix + x for x in NUMBER_SAMPLES if x.isdigit() and len(x) == n]


def guards_table() -> dict[str, object]:
    """The table ``data/dates/guards.json`` holds: for each word, a guard per pattern it tries.

    ``guards`` lists the distinct guards; ``words`` maps a word to its patterns' guards (indices,
    ``-1`` none); ``numbers`` maps a number's prefix and its count of digits (1–5, no letters after)
    to the union over ``NUMBER_SAMPLES`` of that shape. Write it with :func:`write_guards_table`.
    """
    distinct: list[list[object]] = []
    index: dict[str, int] = {}

    def ref(g: list[object] | None) -> int:
        if g is None:
            return -1
        key = json.dumps(g, ensure_ascii=False, sort_keys=True)
        if key not in index:
            index[key] = len(distinct)
            distinct.append(g)
        return index[key]

    words = {w: [ref(probe_guard(p, w)) for _, p in patterns_for(w)] for w in guard_words()}
    numbers: dict[str, dict[str, list[int]]] = {}
    for prefix in NUMBER_PREFIXES:
        numbers[prefix] = {}
        for n in range(1, 6):
            samples = _number_samples(prefix, n)
            pats = patterns_for(samples[0])
            assert all(patterns_for(x) == pats for x in samples)
            numbers[prefix][str(n)] = [
                ref(_guard_union([probe_guard(p, x) for x in samples])) for _, p in pats
            ]
    return {"fingerprint": _guard_fingerprint(), "guards": distinct, "words": words, "numbers": numbers}


def write_guards_table() -> None:
    """Write :func:`guards_table` to ``arnews/data/dates/guards.json`` (after heads and alternatives)."""
    text = json.dumps(guards_table(), ensure_ascii=False, separators=(",", ":"), sort_keys=True)
    (DATA / "guards.json").write_text(text + "\n", encoding="utf-8")


@cache
def _guards() -> tuple[dict[str, tuple[Guard | None, ...]], dict[str, dict[int, tuple[Guard | None, ...]]]] | None:
    """The checked-in guards table, or ``None`` when it does not fit the grammar and tables."""
    try:
        data = json.loads((DATA / "guards.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if data.get("fingerprint") != _guard_fingerprint():
        return None
    distinct: list[Guard] = [
        (frozenset(g[0]), frozenset(g[1]), {x: frozenset(s) for x, s in g[2].items()}) for g in data["guards"]
    ]

    def read(ix: list[int]) -> tuple[Guard | None, ...]:
        return tuple(distinct[i] if i >= 0 else None for i in ix)

    words = {w: read(ix) for w, ix in data["words"].items()}
    numbers = {p: {int(n): read(ix) for n, ix in by_n.items()} for p, by_n in data["numbers"].items()}
    return words, numbers


_PLAIN_NUMBER_TOKEN = regex.compile(r"(ال|وال|و|ب|ل)?(\d{1,5})")


@lru_cache(maxsize=1 << 16)
def tries_for(token: str) -> tuple[tuple[str, regex.Pattern[str], Guard | None], ...]:
    """:func:`patterns_for` with each pattern's guard (:func:`probe_guard`; ``None``: always tried)."""
    pats = patterns_for(token)
    table = _guards()
    guards: tuple[Guard | None, ...] | None = None
    if table is not None:
        words, numbers = table
        if token in words:
            guards = words[token]
        else:
            m = _PLAIN_NUMBER_TOKEN.fullmatch(token)
            if m is not None:
                guards = numbers.get(m.group(1) or "", {}).get(len(m.group(2)))
    if guards is None or len(guards) != len(pats):
        guards = (None,) * len(pats)
    return tuple((name, p, g) for (name, p), g in zip(pats, guards, strict=True))


def _branches() -> tuple[tuple[str, str], ...]:
    """The grammar's branches (name, regex source), in matching order."""
    return _grammar()[0]


#: The article, also after the preposition ل (للعام); a word end.
_AL = r"(?:ال|(?<=(?<!\w)[وف]?ل)ل)"
_E = r"(?!\w)"


@dataclass(frozen=True, slots=True)
class _Frags:
    """The shared fragments every branch builder reads (months, weekdays, modifiers, units, years ...)."""

    mon: str
    mon2: str
    mon_num: str
    mon_x: str
    wd: str
    wd_bare: str
    mod: str
    numw: str
    ordw: str
    unit_all: str
    unit_one: str
    unit_dual: str
    unit_plural: str
    edge: str
    year4: str
    yearw: str
    era: str
    yearword: str
    this_year: str
    year_opt: str
    daynum: str
    mrel: str


def _day_words(cons: Constructions) -> tuple[str, str, str, str]:
    """Days named by a word (``أمس``, ``بعد غد``, ``اليوم``), a part of day before or after a day, and a part of day
    alone (``هذا المساء``, ``الليلة الماضية``): ``rel``, ``pod_pre``, ``pod_suf`` and the ``F_tpod`` branch."""
    E = _E
    rel = (
        r"(?:اليوم\s+(?:الي|الذي|اللي)\s+(?:بعد|قبل)\s+(?:بكره|بكرا|غد|امبارح|امس|البارحه)"
        r"|اليوم\s+القبل\s+البارحه|اليوم\s+(?:التالي|الاتي|الموالي|السابق|الماضي|المنصرم)(?!\s+(?:ل|من|على))"
        r"|(?:يوم\s+)?اول\s+(?:من\s+)?امس|امس\s+الاول|(?:يوم\s+)?قبل\s+(?:يوم\s+)?(?:امس|البارحه|امبارح)"
        r"|(?:يوم\s+)?بعد\s+(?:غد|الغد|بكره|بكرا)|(?:يوم\s+)?(?:امس|الامس|البارحه|امبارح)"
        rf"|(?:يوم\s+)?(?:غدا|الغد|غد|بكره|بكرا)(?!\s+(?:{_alt(cons.not_tomorrow_after)}){E})"
        r"|(?<!(?:نفس|المصري|روسيا)\s)(?:هذا\s+)?اليوم(?!\s+(?:نفس|ذات|عين|السابع(?!\s+(?:عشر|من|ب))))(?!\s+(?:نفس|ذات|عين)|\s+(?:ال\w+يه?(?!\w)|الاول|الاخير|الذي|العالمي|\d"
        r"|ال(?:ثالث|رابع|خامس|سادس|سابع|ثامن|تاسع"
        r"|عاشر|حادي|ثاني)\w*\s+(?:عشر\w*\s+)?(?:من|ب))))" + E
    )
    pod_pre = (
        r"(?P<pod>صباح|مساء|مغرب|بعد\s+ظهر|بعيد\s+ظهر|قبيل\s+ظهر|قبل\s+ظهر|ظهر|ظهيره|عصر|بعد\s+زوال|زوال|فجر|منتصف\s+ليل|ليل|ليله"
        r"|صبيحه|عشيه|ضحى)\s+(?:يوم\s+)?"
    )
    pod_suf = (
        r"(?:\s*[،,]?\s*(?P<pods>صباحا|مساء|مساءا|ظهرا|عصرا|زوالا|فجرا|ليلا|بعد\s+الظهر|بعد\s+الظهيره|قبل\s+الظهر"
        r"|في\s+الصباح|في\s+المساء|في\s+الليل|الصبح)(?!\w))?"
    )
    f_tpod = (
        r"(?P<tpod>(?:هذا|هذه)\s+(?:الصباح|المساء|الليله|الظهيره|الظهر|الفجر|العصر)|الليله\s+(?:الماضيه|البارحه|القادمه|المقبله)"
        r"|ليله\s+(?:امس|البارحه)|البارحه\s+ليلا|الليله"
        # a part of day alone: the reference day's (في الصباح، حتى المساء، منذ الفجر، بعد الظهر)
        r"|(?<=(?<!\w)[وف]?(?:في|عند|حتى|منذ)\s+)(?:الصباح|المساء|الليل|الظهيره|الفجر)"
        r"|(?:بعد|بعيد|قبل|قبيل)\s+الظهر)" + E
    )
    return rel, pod_pre, pod_suf, f_tpod


def _year_branches(cons: Constructions, f: _Frags) -> tuple[str, str]:
    """The ``F_year`` branch (``عام 2019``, ``2011 م``, a bare year where a year stands) and the ``F_decade`` one
    (``التسعينيات``, ``القرن التاسع عشر``, ``العقد الأخير من القرن الماضي``)."""
    AL, E = _AL, _E
    f_year = (
        rf"(?:{f.yearword})\s+(?P<year>{f.year4}|{f.yearw}){f.era}"
        rf"|(?P<year>{f.year4})\s*(?P<era>ه|م)(?!\w)"
        rf"|(?:(?<=(?<!\w)(?:في|منذ|حتى|قبل|بعد|خلال|من|الى|بين|مطلع|نهايه|بدايه|اواخر|اوائل|وفي|ومنذ|عامي|سنتي|وحتى)\s+)"
        rf"|(?<=\d\s*(?:،|,)?\s*و))"
        rf"(?P<year>(?:19|20)\d\d)(?![\d%]|[.,/:]\d|\s*(?:%|في\s+الم))"
        # a year in a name (مونديال 2026، اولمبياد طوكيو 2020، رؤيه 2030), whatever follows it
        rf"|(?:(?<=(?<!\w)[وفبل]?(?:ال)?(?:{_alt(cons.year_events)})\s+(?:[^\W\d]\w*\s+)?)"
        rf"|(?<=(?<!\w)[وفبل]?(?:{_alt(cons.year_heads)})\s+))"
        rf"(?P<year>(?:19|20)\d\d)(?![\d%]|[.,/:]\d|\s*(?:{_alt(cons.amount_after)}|{f.unit_all}){E})"
        # a bare year after a noun (انتفاضه 2011، كاس العالم 2018، مواليد 1988، ل2017) where no counted noun follows
        rf"|(?<=(?<![\d.,،]\s*)[^\W\d]\w*\s+[وبل]?)(?<!(?<!\w)[وف]?(?:{_alt(BARE_YEAR_NOT_AFTER)})\s+[وبل]?)"
        rf"(?P<year>(?:19\d\d|20(?!00)\d\d))(?!\d|[.,/:]\d)(?=\s*(?:[.،,؛:)»\"”\n]|$)|\s+و|\s+{_BARE_YEAR_NEXT})"
        # a year in brackets (1962) or after a dash that follows a name (الكاتب -1830)
        rf"|(?<=\(\s*)(?P<year>(?:1[5-9]|20)\d\d)(?=\s*\))"
        rf"|(?<=[^\W\d]\s+-\s*)(?P<year>(?:1[5-9]|20)\d\d)(?![\d.,/:%]|\s*[-–]\s*\d)"
        # a year under 1000 after عام/سنه (عام 632)
        rf"|(?:{f.yearword})\s+(?P<year>[1-9]\d\d)(?!\d|[.,/:]\d|\s+(?:ق\s*\.?\s*م|قبل\s+الميلاد|{f.unit_all}){E})"
    )
    # a century by its ordinal or number (القرن التاسع عشر، القرن الـ19), never one before the era
    cent_n = rf"(?:{f.ordw}|(?:ال\s*)?\d{{1,2}}(?!\d)){E}(?:\s+(?:الميلادي|للميلاد){E})?(?!\s+(?:قبل|ق\s*\.?\s*م){E})"
    f_decade = (
        rf"(?:(?P<dedge>{f.edge})\s+)?(?:(?:ال)?عقد\s+)?(?:ال)?(?P<dec>عشرين|ثلاثين|اربعين|خمسين|ستين|سبعين|ثمانين|تسعين)"
        rf"(?:يات|ات){E}(?:\s+(?:من\s+)?(?:ال)?قرن\s+(?P<cent>الماضي|الحالي|الجاري|{cent_n}))?"
        rf"|(?:(?P<dedge>{f.edge})\s+)?{AL}قرن\s+(?P<cent>{cent_n})"
        rf"|(?:(?P<dedge>{f.edge})\s+)?{AL}عقد\s+(?P<dord>{f.ordw}|الاخير)\s+(?:من\s+)?{AL}قرن\s+(?P<cent>الماضي|الحالي|الجاري|{cent_n})"
    )
    return f_year, f_decade


def _month_branch(f: _Frags) -> str:
    """The ``F_month`` branch: a month with its year or modifier, a list of months (``شهري آب وأيلول الماضيين``),
    a month by its number after a preposition (``في شهر 10``)."""
    E = _E
    mlist = (
        rf"(?P<ml1>{f.mon})(?:\s*[/(]\s*{f.mon}\)?)?"
        rf"(?:\s*[،,]?\s*و?\s*{f.mon}(?:\s*[/(]\s*{f.mon}\)?)?){{0,10}}\s*[،,]?\s*و\s*"
    )
    mtail = (
        rf"\s*[،,]?\s*(?:من\s+)?(?:{f.yearword}\s+)?(?P<year>{f.year4}){f.era}|\s+(?:من\s+)?(?P<yrel>{f.this_year})"
        rf"|\s+(?P<mmod>{f.mod})"
    )
    f_month = (
        # a list of months, one mention with one year: شهري اب وايلول الماضيين، اشهر يناير وفبراير ومارس 2017
        # (a head word or a shared year or modifier: آب (أغسطس) وأيلول (سبتمبر) alone are two mentions)
        rf"(?P<mlist>(?P<mhead>(?:ال)?(?:شهري|اشهر|شهور)\s+)?{mlist})(?P<mon>{f.mon}){f.mon2}"
        rf"(?(mhead)(?:{mtail})?|(?:{mtail}))"
        rf"|(?:(?P<mthis>هذا|هذه)\s+)?(?P<shahr>شهر\s+)?(?:(?<=\(\s*)(?P<mon>{f.mon})\s*\)\s*(?P<mon2>{f.mon})|(?P<mon>{f.mon}){f.mon2})"
        rf"(?:\s*[،,]?\s*(?:من\s+)?(?:{f.yearword}\s+)?(?P<year>{f.year4}|{f.yearw}){f.era}|\s+(?:من\s+)?(?P<yrel>{f.this_year})"
        rf"|\s+(?P<mmod>{f.mod}))?"
        # a month by its number after a preposition (في شهر 10، منذ شهر 3 الماضي), never a count (شهر 10 ايام)
        rf"|(?<=(?<!\w)[وف]?(?:في|منذ|حتى|خلال|قبل|بعد)\s+)(?P<mon>شهر\s+(?:1[0-2]|0?[1-9]))"
        rf"(?![\d.,/:%]|\s*(?:{f.unit_all}|الف|الاف|مليون|ملايين|مليار|بالمئه|بالمائه){E})(?:{mtail})?"
    )
    return f_month


def _nth_branches(f: _Frags) -> tuple[str, str]:
    """The ``F_nthwd`` branch (``أول ثلاثاء من الشهر``, ``الأحد الثاني من مايو``) and the ``F_nthweek`` one
    (``الأسبوع الأخير من العام``)."""
    AL, E = _AL, _E
    nth = r"(?:ال)?(?:اول|اولى|ثانيه|ثاني|ثان|ثالثه|ثالث|رابعه|رابع|خامسه|خامس|اخر|اخيره|اخير)"
    f_nthwd = (
        rf"(?P<nth>{nth})\s+(?:يوم\s+)?(?P<nwd>{f.wd}|{f.wd_bare})\s+(?:من|في|ب)\s*"
        rf"(?:(?:شهر\s+)?(?P<mon>{f.mon_x}){f.year_opt}|(?P<mrel>{AL}شهر\s+{f.mod}|هذا\s+الشهر))"
        rf"|(?P<nwd>{f.wd})\s+(?P<nth>{nth}){E}\s+(?:من|في)\s+"
        rf"(?:(?:شهر\s+)?(?P<mon>{f.mon_x}){f.year_opt}|(?P<mrel>{AL}شهر\s+{f.mod}|هذا\s+الشهر))"
        rf"|(?:يوم\s+)?(?P<nwd>{f.wd})\s+(?P<nth>(?:ال)?(?:اول|ثاني|ثالث|رابع|خامس)){E}(?!\s+(?:من|في|عشر))"
    )
    week_of = (
        rf"(?:من|في)\s+(?:(?:شهر\s+)?(?P<mon>{f.mon_x}){f.year_opt}|(?P<mrel>{AL}شهر\s+{f.mod}|هذا\s+الشهر|الشهر(?!\s+(?:{f.mod}|\d)))"
        rf"|(?:{f.yearword}\s+)?(?P<year>{f.year4}|{f.yearw}){f.era}|(?P<yrel>{f.this_year})"
        # the year or month alone (الاسبوع الاخير من العام): the reference's
        rf"|(?P<ycur>{AL}(?:عام|سنه))(?!\s*\d|\s+(?:{f.mod}|الدراسي|المالي|الماليه){E}))"
    )
    f_nthweek = (
        rf"{AL}اسبوع\s+(?:ال)?(?P<nthw>اول|ثاني|ثالث|رابع|خامس|اخير){E}\s+{week_of}"
        rf"|(?P<nthw>اخر|اول)\s+اسبوع\s+{week_of}"
    )
    return f_nthwd, f_nthweek


def _period_branch(f: _Frags) -> str:
    """The ``F_period`` branch: weekends, this or the last week/month/year and their edges, quarters and halves,
    seasons, the last N units (``الأيام الثلاثة الماضية``), the rest of a period."""
    AL, E = _AL, _E
    yearphrase = rf"(?:(?:{f.yearword}\s+)?(?P<year>{f.year4}|{f.yearw}){f.era}|(?P<yrel>{f.this_year}))"
    weekend = rf"(?:عطله\s+)?(?:نهايه|اخر)\s+(?:هذا\s+)?(?:ال)?اسبوع(?:ي)?(?:\s+(?P<pmod>{f.mod}))?"
    period = (
        rf"(?P<wkend>{weekend})"
        rf"|(?:(?P<edge>{f.edge})\s+)?(?:{AL}(?P<pn>اسبوع|شهر|عام|سنه|عقد|قرن)\s+(?P<pmod>{f.mod})(?!\s+من\s+{AL}قرن)"
        rf"|(?P<this>هذا|هذه)\s+{AL}(?P<pn>اسبوع|شهر|عام|سنه|عقد|قرن))"
        rf"|(?P<edge>{f.edge})\s+(?:{AL}(?P<pn>اسبوع|شهر|عام|سنه)(?!\s+ال\w+يه?(?!\w))"
        rf"|(?:شهر\s+)?(?P<mon>{f.mon}){f.mon2}(?:\s+(?P<mmod>{f.mod})|{f.year_opt})|(?P<mon>{f.mon_num}){f.year_opt}|{yearphrase})"
        rf"|(?:{AL})?(?P<qn>ربع|نصف|ثلث)\s+(?:ال)?(?P<qo>اول|ثاني|ثالث|رابع|اخير){E}"
        rf"(?:\s+(?:من\s+)?(?:{yearphrase}|(?:شهر\s+)?(?P<mon>{f.mon}){f.mon2}(?:\s+(?P<mmod>{f.mod})|{f.year_opt})"
        rf"|(?P<mrel>{AL}شهر\s+{f.mod}|هذا\s+الشهر|{AL}شهر(?!\s+(?:{f.mod}|\d)))"
        rf"|{AL}(?:عام|سنه)(?!\s*\d|\s+(?:{f.mod}|الدراسي|المالي|الماليه))))?"
        rf"|(?:(?P<sedge>{f.edge})\s+)?(?:(?:ال)?فصل\s+)?{AL}(?P<season>صيف|شتاء|ربيع|خريف)\s+(?P<smod>{f.mod})"
        rf"|(?:(?P<sedge>{f.edge})\s+)?(?:(?:ال)?فصل\s+)?{AL}(?P<season>صيف|شتاء|ربيع|خريف)"
        rf"(?!\s+(?:الاول|الثاني|الاخر|العربي|ال\w+ي(?!\w)))"
        rf"(?:\s+(?:من\s+)?{yearphrase})?"
        rf"|(?:(?P<sedge>{f.edge})\s+)?(?P<season>صيف|شتاء|ربيع|خريف)\s+{yearphrase}"
        rf"|(?P<season>صيف|ربيع|خريف)ا(?!\w)"
        # a quarter as a cycle (الربع الماضي، الربع المقبل); الربع الاخير من ... is the fraction above
        rf"|{AL}(?P<pn>ربع)\s+(?P<pmod>{f.mod})(?!\s+(?:من|في)(?!\w))"
        rf"|(?:{AL}|اخر\s+(?:ال)?)(?P<plu>{f.unit_plural})\s+(?:ال)?(?P<pcnt>\d+|{f.numw})"
        rf"(?:\s+(?P<pmod>{f.mod}|الاخيره|الاولى))?"
        rf"|(?:ال\s*)?(?P<pcnt>\d+|{f.numw})\s+(?P<plu>{f.unit_all})\s+(?P<pmod>{f.mod}|الاخيره|الاولى)"
        rf"|(?P<plast>اخر|الـ?اخيره)\s+(?P<pcnt>\d+|{f.numw})\s+(?P<plu>{f.unit_all})"
        rf"|{AL}(?P<plu>{f.unit_dual})\s+(?P<pmod>{f.mod})"
        # earlier this year (في وقت سابق من العام): the whole period, as the guidelines annotate it
        rf"|وقت\s+سابق\s+(?:من|في)\s+(?:(?P<this>هذا|هذه)\s+)?{AL}(?P<pn>اسبوع|شهر|عام|سنه)(?!\s+(?:{f.mod}|ال\w+ي){E})"
        rf"|(?P<rest>باقي|بقيه)\s+(?:هذا\s+|هذه\s+)?(?:{AL})?(?P<pn>اسبوع|شهر|عام|سنه|يوم)(?:ي)?{E}"
        rf"|(?P<vplu>{AL}(?:{f.unit_plural})\s+(?:القليله\s+)?(?:{f.mod}|الاخيره|الاولى))"
    )
    return period


def _day_branch(datecore: str, rel: str, pod_pre: str, pod_suf: str, f: _Frags) -> str:
    """The ``F_day`` branch: a day named by a word or a weekday (with its week, a part of day, a date after it),
    a full date, ``يوم 12``."""
    AL = _AL
    wdp = (
        rf"(?:(?P<wdweek>{AL}اسبوع\s+{f.mod}|هذا\s+الاسبوع)\s+(?:يوم\s+)?(?P<wd>{f.wd})"
        rf"|(?:يوم\s+)?(?P<wd>{f.wd_bare})\s+(?P<wdweek>{AL}اسبوع\s+{f.mod}|هذا\s+الاسبوع)"
        rf"|(?:(?P<wthis>هذا)\s+)?(?:يوم\s+)?(?P<wd>{f.wd})(?:\s+(?:من\s+)?(?P<wdweek>{AL}اسبوع\s+{f.mod}|هذا\s+الاسبوع)"
        rf"|\s+(?P<wdmod>{f.mod}))?"
        rf"|يوم\s+(?P<wd>{f.wd_bare})"
        rf"|يومي\s+(?P<wd>{f.wd}|{f.wd_bare})\s*(?:و|الى|حتى)\s*(?P<wd2>{f.wd}|{f.wd_bare})(?!\w))"
        rf"(?:\s*(?:-|/|الى|حتى)\s*(?P<wd2>{f.wd}))?"
    )
    dayonly = (
        rf"(?P<dday>(?>[0-3]?\d(?![\d/.:])|(?!ال\w+ه(?!\w)){f.ordw}))(?!\s+(?:{f.unit_all})|\s*[.\-]?\s*(?:من\s+)?(?:شهر\s+)?(?:{f.mon}))"
        r"(?!\s*[-–:]\s*\d|\s*(?:صباحا|مساء|مساءا|ص|م|ظهرا|عصرا|فجرا|ليلا|بعد\s+الظهر)(?!\w))"
    )
    dm_after = r"(?P<dm1>\d{1,2})(?P<sepdm>[/\-.])(?P<dm2>\d{1,2})(?![\d.,/:]?\d)"
    # a full date after a weekday (الخميس 7 سبتمبر) is read on its own and joined afterwards
    after_day = rf"(?:\s*[،,]?\s*(?:الموافق\s+|في\s+|بتاريخ\s+)?(?:{dm_after}|{dayonly}))?"
    f_day = (
        rf"(?:{pod_pre})?(?:(?P<rel>{rel})(?:\s*[،,]?\s+(?:يوم\s+)?(?P<wd>{f.wd}))?{pod_suf}|{wdp}{pod_suf}{after_day})"
        rf"|(?:{pod_pre})?(?:يوم\s+)?{datecore}"
        rf"|يوم\s+(?P<mday>[0-3]?\d(?![\d/.:]))(?!\s*(?:{f.unit_all}|من|{f.mon}|[-/]))"
    )
    return f_day


def _range_branches(f: _Frags) -> tuple[str, str]:
    """The ``F_dayrange`` branch (``من 3 إلى 5 مايو``) and the ``F_yrange`` one (``بين عامي 2010 و2015``)."""
    day_range = (
        rf"(?:بين\s+)?(?P<d1>{f.daynum})\s*(?:-|–|الى|حتى|وحتى|و(?!\s*(?:ال)?(?:عشر|ثلاث)))\s*(?P<day>{f.daynum})\s*"
        rf"(?:من\s+)?(?:شهر\s+)?"
        rf"(?P<mon>{f.mon}){f.mon2}(?:\s+(?P<mmod>{f.mod})|{f.year_opt})"
        rf"|(?:شهر\s+)?(?P<mon>{f.mon})\s+(?:بين\s+)?(?P<d1>[0-3]?\d)\s*(?:-|–|و|الى)\s*(?P<day>[0-3]?\d)(?![\d/.:])"
        rf"|(?:بين\s+)?(?P<d1>{f.daynum})\s*(?:-|–|الى|حتى|وحتى|و(?!\s*(?:ال)?(?:عشر|ثلاث)))\s*(?P<mday>{f.daynum})\s+"
        rf"(?:من\s+|في\s+)?{f.mrel}"
    )
    year_range = (
        rf"(?P<ybet>بين)\s+(?:(?:ال)?(?:عامي|سنتي|العامين|الاعوام|السنوات|الفتره\s+من)\s+)?(?P<y1>{f.year4})"
        rf"\s*(?:-|–|و|الى|حتى)\s*(?:(?:ال)?(?:عام|سنه)\s+)?(?P<y2>{f.year4})"
        rf"|(?:(?:ال)?(?:عامي|سنتي|العامين|الاعوام|السنوات|اعوام|سنوات)\s+)?(?P<y1>{f.year4})\s*(?:-|–|/|الى|حتى)\s*"
        rf"(?:(?:ال)?(?:عام|سنه)\s+)?(?P<y2>{f.year4})"
    )
    return day_range, year_range


def _date_forms(cons: Constructions, f: _Frags) -> tuple[str, str, str, str, str, str]:
    """Full dates: day month (year), month day (year), and in digits (d/m/y, y-m-d, m/y, d/m after a preposition)."""
    dmy = (
        rf"(?P<day>{f.daynum})\s*[.\-]?\s*(?:من\s+)?(?:شهر\s+)?(?:\(\s*(?P<mon>{f.mon})\s*\)\s*(?P<mon2>{f.mon})|(?P<mon>{f.mon}){f.mon2})\.?"
        rf"(?:\s+(?P<mmod>{f.mod})|{f.year_opt})"
        rf"|(?:اليوم\s+)?(?P<day>{f.daynum})(?:\s+يوم)?\s+(?:من\s+|في\s+|ب)(?P<mon>{f.mon_num}){f.year_opt}"
        rf"|(?P<lastday>اخر\s+يوم|اليوم\s+الاخير)\s+(?:من\s+|في\s+|ب)(?:شهر\s+)?(?P<mon>{f.mon_x}){f.year_opt}"
    )
    mdy = rf"(?:شهر\s+)?(?P<mon>{f.mon}){f.mon2}\s*[-\s]\s*(?P<day>[0-3]?\d(?![\d/.:])|{f.ordw}){f.year_opt}"
    num_dmy = (
        r"(?<![\d.,/:])(?P<n1>\d{1,2})\s*(?P<sep>[/.\-])\s*(?P<n2>\d{1,2})\s*(?P=sep)\s*(?P<n3>\d{4}|\d{2})"
        r"(?![\d.,/:]\d)" + f.era
    )
    num_ymd = r"(?<![\d.,/:])(?P<iy>\d{4})(?P<sep>[/.\-])(?P<im>\d{1,2})(?P=sep)(?P<id>\d{1,2})(?![\d.,/:]?\d)"
    num_my = (
        r"(?<![\d.,/:])(?P<mm>\d{1,2})/(?P<my>\d{4})(?![\d.,/:]?\d)"
        r"|(?<![\d.,/:])(?P<my>(?:19|20)\d\d)[./\-](?P<mm>\d{1,2})(?![\d.,/:]?\d)"
    )
    num_dm = (
        r"(?<=(?:(?<!\w)(?:في|يوم|الموافق|بتاريخ|تاريخ|منذ|حتى|اعود|ساعود|من|الى)\s+)|[،,]\s*)"
        r"(?<![\d.,/:])(?P<dm1>\d{1,2})(?P<sepdm>[/\-.])(?P<dm2>\d{1,2})(?![\d.,/:]?\d)(?:\s*,\s*(?P<dmy>\d{4})(?!\d))?"
        rf"(?!\s*(?:{_alt(cons.amount_after)})(?!\w))"  # 1.2 مليون: an amount
    )
    return dmy, mdy, num_dmy, num_ymd, num_my, num_dm


def _set_and_anaphor_branches(cons: Constructions, counted: str, f: _Frags) -> tuple[str, str]:
    """The ``F_set`` branch (a repeated time) and the ``F_ana`` one (a period the text named before)."""
    AL, E = _AL, _E
    # a repeated time (يوميا، كل عامين، كل يوم جمعة، مرتين في الشهر): kind ``set``
    f_set = (
        rf"(?P<setadv>{_alt(cons.set_adverbs)}){E}"
        rf"|كل\s+(?:يوم\s+)?(?P<setwd>{f.wd}|{f.wd_bare})"
        rf"|كل\s+(?P<setpod>{_alt(cons.set_parts_of_day)}){E}"
        rf"|كل\s+(?P<setq>{counted}|{f.unit_one}){E}"
        rf"|(?:مره|مرتين|مرات|(?:\d+|{f.numw})\s+مرات)\s+(?:في|كل)\s+(?:ال)?(?P<setq>{f.unit_one})"
    )
    # a period the text named before: نفس اليوم، اليوم ذاته، ذلك العام، تلك الليله (read by the join that finds it)
    ana_unit = r"(?P<anu>يوم|اسبوع|شهر|عام|سنه|ليله)"
    f_ana = (
        rf"(?:نفس|ذات)\s+{AL}{ana_unit}{E}"
        rf"|{AL}{ana_unit}\s+(?:نفسه|نفسها|ذاته|ذاتها|عينه|عينها){E}"
        rf"|(?:ذلك|تلك)\s+{AL}{ana_unit}{E}(?!\s+(?:الذي|التي|من|ال\w+))"
    )
    return f_set, f_ana


def _offset_branch(sub: Callable[[str, str], str], cons: Constructions, f: _Frags) -> tuple[str, str]:
    """The ``F_offset`` branch (``قبل ثلاثة أيام``, ``خلال أسبوعين``, ``شهر كامل``) and the counted quantity it shares
    with ``F_set``; ``sub`` records the shared fragments as :func:`_grammar` does."""
    AL, E = _AL, _E
    approx = (
        r"(?:نحو|حوالي|قرابه|زهاء|اكثر\s+من|اقل\s+من|ما\s+يزيد\s+(?:عن|على)|ما\s+يقارب|ما\s+يقرب\s+من"
        r"|ما\s+لا\s+يقل\s+عن)"
    )
    op = r"(?:قبل|منذ|بعد|خلال|غضون|طوال|طيله|لمده|مده|على\s+مدى|على\s+مدار|لفتره|على\s+امتداد)"
    counted = sub(
        "Xcount",
        rf"(?:(?<![\d:.,/])(?:\d+(?:[.,]\d+)?|{f.numw})\s+{f.unit_all}|{f.unit_dual}"
        # with the article (الـ3 سنوات), unless a modifier makes it a period (الـ24 ساعه الماضيه)
        rf"|ال\s*(?:\d+|{f.numw})\s+{f.unit_all}(?!\s+(?:{f.mod}|الاخيره|الاولى|الاوايل|الاخيرين){E})"
        rf"|{f.unit_one}\s+واحد[اه]?(?!\w)|{f.unit_one}\s+و\s*(?:نصف|ربع)(?!\w)"
        # half or a quarter of an hour (بعد نصف ساعه، قبل ربع ساعه)
        rf"|(?:نصف|ربع)\s+ساعه(?!\w))"
    )
    # a singular unit is a quantity of one unless a number, a date or a modifier follows it
    not_after_sg = sub("Xnsg", rf"(?!\s+(?:\d|ال|{f.mon}|{f.wd_bare}|من(?!\s+(?:الان|اليوم){E})|على|واحد))")
    # further parts of a compound quantity: سنتين وشهر و21 يوما
    tail = sub(
        "Xtail",
        rf"(?:\s+و\s*(?:(?:\d+|{f.numw})\s+{f.unit_all}|{f.unit_dual}|{f.unit_one}{not_after_sg}|نصف|ربع){E}){{0,3}}",
    )
    # a singular unit opening a compound quantity (شهر و21 يوما)
    lead_one = rf"{f.unit_one}(?=\s+و\s*(?:\d|{f.numw}\s|{f.unit_dual}))"
    after_qty = r"(?:\s+(?P<fromnow>من\s+الان|مضت|من\s+اليوم))?"
    few = _alt(cons.few_after)
    # counted from an event, not from the reference (بعد مرور سنة على تشكيلها، خلال شهرين من توقيعه): a duration
    since_event = (
        rf"(?P<op>بعد|خلال|غضون)\s+(?:(?:مرور|مضي|انقضاء)\s+)?(?P<s2>)(?:(?P<approx>{approx})\s+)?"
        rf"(?P<qty>{counted}{tail}|{f.unit_one})(?P<relto>)"
        rf"(?=\s+(?:من|على)\s+(?!(?:الان|اليوم|التوالي|الاقل|الاكثر){E})\w)"
    )
    f_offset = (
        rf"{since_event}"
        rf"|(?P<op>{op})\s+(?P<s2>)(?:(?P<approx>{approx})\s+)?(?P<qty>{counted}{tail}|{f.unit_one}{tail}{not_after_sg})"
        rf"{after_qty}"
        rf"|(?P<op>طوال|طيله|على\s+مدار|على\s+مدى|على\s+امتداد)\s+{AL}(?P<qty>{f.unit_one})(?!\s+{f.mod})"
        rf"|(?P<qty>{f.unit_one})\s+(?:كامل|كاملا|كامله|باكمله|بكامله)(?!\w)|(?P<qty>(?:نصف|ربع)\s+(?:ال)?{f.unit_one})"
        rf"|(?:(?P<approx>{approx})\s+)?(?P<qty>(?:{counted}|{lead_one}){tail}){after_qty}"
        rf"|(?<![\s\S])(?P<qty>{f.unit_one})(?=\s*[.!؟?]?\s*\Z)"
        rf"|ال(?P<qty>{f.unit_dual})(?!\s+(?:{f.mod}|الاخيرين|الاولين|الاخيرتين|الاوليين|من|على){E})"
        rf"|(?P<op>بعد|قبل)\s+(?P<s2>)(?P<qty>{f.unit_one}|{counted})(?P<relto>)(?=\s+من\s+(?!الان|اليوم))"
        rf"|(?P<op>قبل|منذ|بعد|خلال|غضون)\s+(?P<vplu>{f.unit_plural}|فتره|زمن|مده)"
        rf"(?:\s+(?:{few}){E}(?:\s+{f.mod})?)?(?!\s+(?:\d|{f.numw}|من|على|ال))"
        # a bare plural unit that few qualifies (ايام قليله مقبله): vague
        rf"|(?P<vplu>{f.unit_plural})\s+(?:{few}){E}(?:\s+{f.mod})?"
    )
    return counted, f_offset


@cache
def _grammar() -> tuple[tuple[tuple[str, str], ...], dict[str, str]]:
    """The branches (name, regex source) in matching order, and the shared fragments they call."""
    shared: dict[str, str] = {}

    def sub(name: str, src: str) -> str:
        shared[name] = src
        return f"(?&{name})" if name in _CALLED else f"(?:{src})"

    AL, E = _AL, _E
    mon = sub("Xmon", rf"(?:{_alt(months())})(?!(?!\d)\w)")
    wd = sub("Xwd", rf"(?:{_alt(weekdays())}){E}")
    wd_bare = sub("Xwdb", rf"(?:{_alt(w[2:] for w in weekdays())}){E}")
    mod = sub("Xmod", rf"(?:{_alt(MOD_WORDS)}){E}")
    numw = sub("Xnum", number_pattern())
    ordw = sub("Xord", ordinal_pattern())
    unit_all = sub("Xunit", rf"(?:{_alt(units())}){E}")
    unit_one = sub("Xunit1", rf"(?:{_alt(u for u, (_, c) in units().items() if c > 0)}){E}")
    unit_dual = sub("Xunit2", rf"(?:{_alt(u for u, (_, c) in units().items() if c == 2)}){E}")
    unit_plural = sub("Xunits", rf"(?:{_alt(u for u, (_, c) in units().items() if c == 0)}){E}")
    edge = sub("Xedge", rf"(?:(?:في\s+)?وقت\s+(?:لاحق|مبكر)\s+(?:من|في)|لاحقا\s+في|{_alt(EDGE_WORDS)}){E}")
    hol = sub("Xhol", rf"(?:{_alt(holidays())}){E}")
    vq = list(vague_phrases())
    cons = constructions()
    vague = (
        rf"(?:(?<=(?<!\w)[وف]?في\s+)(?:{_alt(v[3:] for v in vq if v.startswith('في '))})"
        rf"|(?:{_alt(v for v in vq if not v.startswith('في '))})){E}"
        + "".join(f"|{rule_pattern(rule)}" for rule in cons.vague.values())
    )

    year4 = sub("Xy4", r"(?:1[3-9]\d\d|20\d\d|21\d\d)(?!\d)")
    yearw = sub("Xyw", rf"(?:الفين|الفان|الف)(?!\w)(?:\s+و\s*(?:{numw}))?")
    era = r"(?:\s*(?P<era>ه|م|هجريه|هجري|ميلاديه|ميلادي|للهجره|للميلاد)(?!\w))?"
    yearword = r"(?:ل|ب)?(?:ال)?(?:عام|سنه)"
    this_year = sub("Xthisy", rf"(?:هذا\s+العام|هذه\s+السنه|{AL}(?:عام|سنه)\s+{mod})")
    year_opt = (
        rf"(?:\s*[،,]?\s*(?:من\s+|في\s+(?={yearword}))?(?:{yearword}\s+)?(?P<year>{year4}|{yearw}){era}"
        rf"|\s+(?:من\s+|في\s+)?(?P<yrel>{this_year}))?"
    )
    daynum = sub("Xdn", rf"(?:(?:ال\s*)?[0-3]?\d(?!\d)|{ordw})")
    # a month written twice: ايلول/سبتمبر، ايلول (سبتمبر)، ديسمبر كانون الاول
    mon2 = rf"(?:\s*[/(\-]\s*(?P<mon2>{mon})(?:\s*\))?|\s+(?P<mon2>{mon}))?"
    # a month by number, only after "of" (اليوم الثالث من شهر عشرة، أول ثلاثاء من الشهر التاسع)
    mon_num = sub("Xmonn", rf"(?:شهر\s+(?:{numw}|[01]?\d(?!\d))|{AL}شهر\s+(?:ال)?(?:{ordw}))")
    mon_x = rf"(?:{mon}|{mon_num})"
    mrel = rf"(?P<mrel>{AL}شهر\s+{mod}|هذا\s+الشهر|{AL}شهر\s+الجاري)"
    f = _Frags(
        mon=mon, mon2=mon2, mon_num=mon_num, mon_x=mon_x, wd=wd, wd_bare=wd_bare, mod=mod, numw=numw, ordw=ordw,
        unit_all=unit_all, unit_one=unit_one, unit_dual=unit_dual, unit_plural=unit_plural, edge=edge,
        year4=year4, yearw=yearw, era=era, yearword=yearword, this_year=this_year, year_opt=year_opt,
        daynum=daynum, mrel=mrel,
    )
    dmy, mdy, num_dmy, num_ymd, num_my, num_dm = _date_forms(cons, f)
    dmrel = rf"(?P<mday>{daynum})\s+(?:من\s+|في\s+)?{mrel}"
    datecore = rf"(?:{num_ymd}|{num_dmy}|{num_my}|{dmy}|{mdy}|{dmrel})"
    rel, pod_pre, pod_suf, f_tpod = _day_words(cons)
    f_day = _day_branch(datecore, rel, pod_pre, pod_suf, f)
    day_range, year_range = _range_branches(f)
    f_year, f_decade = _year_branches(cons, f)
    period = _period_branch(f)
    counted, f_offset = _offset_branch(sub, cons, f)
    f_set, f_ana = _set_and_anaphor_branches(cons, counted, f)
    f_hol = rf"(?P<hol>{hol})(?:\s+(?:{yearword}\s+)?(?P<year>{year4})|\s+(?P<yrel>{this_year}))?"
    f_vague = rf"(?P<vague>{vague})"
    f_month = _month_branch(f)
    f_nthwd, f_nthweek = _nth_branches(f)
    branches = [
        ("F_set", f_set),
        ("F_ana", f_ana),
        ("F_nthwd", f_nthwd),
        ("F_nthweek", f_nthweek),
        ("F_dayrange", day_range),
        ("F_yrange", year_range),
        ("F_tpod", f_tpod),
        ("F_day", f_day),
        ("F_numdm", num_dm),
        ("F_hol", f_hol),
        ("F_period", period),
        ("F_offset", f_offset),
        ("F_decade", f_decade),
        ("F_year", f_year),
        ("F_month", f_month),
        ("F_vague", f_vague),
    ]
    return tuple(branches), shared
