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

from functools import cache

import regex

from .. import _compiled
from ..wordclass import DATE_WORDS, word_list
from .calendars import constructions, fractions, holidays, months, period_units, vague_phrases, weekdays
from .dayparts import table as daypart_table
from .numbers import fold_pattern, number_words, ordinal_words
from .rules import EDGE_WORDS, MOD_WORDS, POD_WORDS, branches, rule_heads, rule_pattern, shared

__all__ = [
    "EDGE_WORDS", "MOD_WORDS", "POD_WORDS", "anchor_set", "branch_names", "is_anchor", "pattern", "pattern_sources",
    "rule_pattern",
]

#: The uses of ``parts_of_day.tsv`` an expression of this grammar can start with.
_POD_STARTS = frozenset({"pre", "suf", "this", "bare", "alone", "set"})


#: Words an expression can start with, besides the lexicon entries (folded when used).
_KEYWORDS = (
    "اليوم امس البارحه امبارح اول قبل بعد يوم غدا غد الغد بكره بكرا هذا هذه الليله ليله ليل صباح مساء ظهر بعيد قبيل "
    "عصر زوال فجر منتصف صبيحه عشيه ضحى في وقت لاحقا عطله نهايه اخر باقي بقيه بين شهر عقد فصل منذ خلال غضون طوال طيله "
    "لمده مده لفتره نحو حوالي قرابه زهاء اكثر اقل عام العام سنه السنه عامي سنتي العامين الاعوام السنوات اعوام "
    "سنوات الاسبوع الشهر العقد القرن الربع ربع النصف نصف الفصل الصيف الشتاء الربيع الخريف صيف شتاء ربيع خريف اخير "
    "الاخير ثاني ثان ثالث رابع خامس الاول الثاني الثالث الرابع الخامس لعام بعام كل مره مرتين مرات شهري يومي الامس "
    "صيفا ربيعا خريفا الثلث ثلث نفس ذات ذلك تلك مثل"
)



@cache
def _anchors() -> frozenset[str]:
    """First words of every branch: lexicon entries' first words and the grammar's keywords."""
    words: set[str] = set(_KEYWORDS.split())
    for table in (months(), weekdays(), holidays(), EDGE_WORDS):
        words.update(str(entry).split(" ")[0] for entry in table)
    words.update(p.phrase.split(" ")[0] for p in daypart_table() if not p.uses or p.uses & _POD_STARTS)
    for entry in vague_phrases():
        first, _, rest = str(entry).partition(" ")
        words.add(rest.split(" ")[0] if first == "في" and rest else first)
    for entry in (*period_units(), *fractions()):
        words.update((entry, "ال" + entry))
    cons = constructions()
    for rule in cons.vague.values():
        words.update(rule_heads(rule))
    words.update(w.split(" ")[0] for w in cons.set_adverbs)
    words.update(w.split(" ")[0] for w in cons.unit_fractions)
    words.update(number_words())
    words.update("ال" + n for n in number_words() if not n.startswith(_NO_ARTICLE))  # الثلاثة، not المئة
    words.update(w for o in ordinal_words() for w in (o, "ال" + o))
    words.update(w[2:] for w in weekdays())
    return frozenset(fold_pattern(w) for w in words if w)



_DECADE_END = word_list("decade_end", DATE_WORDS)
_CLITICS = ("", "و", "ف", "ب", "ل", "ك", "وب", "ول", "وك", "فب", "فل", "فك")
_TENS = word_list("decade_tens", DATE_WORDS)
_NO_ARTICLE = word_list("no_article_number", DATE_WORDS)


@cache
def anchor_set() -> frozenset[str]:
    """Every written form an expression can start with: anchors with their clitics (``وأمس``, ``للعام``)."""
    base = set(_anchors()) - {"في"}
    base.update(f"{a}{t}{e}" for a in ("", "ال") for t in _TENS for e in _DECADE_END)
    out = {c + w for w in base for c in _CLITICS}
    out.update(c + p + w[2:] for w in base if w.startswith("ال") for c in ("", "و", "ف") for p in ("ل", "لل"))  # للعام
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



@cache
def branch_names() -> tuple[str, ...]:
    """The names of the grammar's branches, in matching order (the master's named groups)."""
    return tuple(name for name, _ in branches())


@cache
def pattern() -> regex.Pattern[str]:
    """The compiled master pattern (built once, on first use): every branch, in order."""
    return _compile(tuple(name for name, _ in branches()))


#: Where an expression starts: at a word start (after the clitics و/ف and ب/ل/ك), or at digits glued to the
#: Arabic word before them (في16 نيسان، لمدة24 ساعة: a space missing in the source).
_HEAD = r"(?:(?<!\w)(?:[وف](?=\w))?(?:[بلك](?=\w))?|(?<=[ء-ي])(?=\d))(?P<s>)"


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
    return {n: fold_pattern(src) for n, src in branches()}, {k: fold_pattern(v) for k, v in shared().items()}


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
_CALL = _compiled.compile(r"\(\?&(\w+)\)")
#: Branches that write the called fragments out in place after all. In these two the regex module
#: runs a call far slower than the fragment (a failing match costs 15–70 µs instead of 2–4 µs: they
#: fail on most words they are tried at); the cost is a longer compile of these two branches.
_INLINED_IN = frozenset({"F_period", "F_offset"})


def _inline_calls(name: str, src: str, shared: dict[str, str]) -> str:
    """``src`` with its calls written out in place when branch ``name`` is in ``_INLINED_IN``."""
    if name not in _INLINED_IN:
        return src
    return _CALL.sub(lambda m: f"(?:{shared[m.group(1)]})", src)




@cache
def _single(name: str) -> regex.Pattern[str]:
    return _compile((name,))


_SYNTAX = _compiled.compile(r"\\.|[\[\]()|]", regex.DOTALL)


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
    src = dict(branches())[name]
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
