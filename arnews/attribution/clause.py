"""Where an unquoted reported clause ends: the ordered rules of ``arnews/data/clause_ends.tsv``.

After every comma of a reported clause the rows of the data file are tried in order; the first
that matches decides whether the narrator's next clause opens there (``end``: ``، كما أعلن``،
``، إلا أن``، ``، ما جعل``) or the reported clause goes on (``keep``: ``، وإن``، ``، وذلك من أجل``،
``، مما``); ``but`` rows (``، لكن``) end it unless the clause opened with a concession (``رغم``).
The rules are compiled into one regular expression (one alternative per row, tried in file order),
so the search costs one regex pass over the clause.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

import regex

from .. import _compiled
from ..data import rows
from ..fold import fold
from .words import words

#: What the placeholders of a pattern stand for (folded view).
PLACEHOLDERS = {
    "<w>": r"\p{L}+",
    "<past>": r"(?![يتن]|س[يتن]\p{L}{2})\p{L}{2,}",
    "<participle>": r"م[^\Wاي]\p{L}{2,}ا",
    "<participle-f>": r"م[^\Wاي]\p{L}{2,}ه",
    "<wa-verb>": r"و(?!ال)\p{L}{3,6}",
    "<fa-verb>": r"ف(?!ال|ان|ا)\p{L}{3,7}",
}


def _subject() -> str:
    """``<subject>``: a definite source, title, document or media noun (``الوزير``، ``الحكومة``، ``الوكالة``)."""
    ws = words()
    nouns = sorted({w for w in ws.title | ws.source | ws.doc | ws.media if w.startswith("ال") and len(w) > 3},
                   key=lambda w: (-len(w), w))  # one source in every process (the store holds it compiled)
    return "(?:" + "|".join(regex.escape(w) for w in nouns) + ")" if nouns else r"(?!)"

WORDS = _compiled.compile(r"<w:(\d)-(\d)>")
COMMA = r"\s*[،,]\s*"
#: What a row does: end or keep the clause at a comma, ``but`` (end unless the clause opened with a
#: concession), ``concession`` (a word that opens a concessive clause, matched at the clause start),
#: ``break`` (the clause ends before the words even with no comma: ``في الوقت الذي``).
ACTIONS = ("end", "keep", "but", "concession", "break")


@dataclass(frozen=True, slots=True)
class ClauseRule:
    """One row of ``clause_ends.tsv``: its action (:data:`ACTIONS`), its pattern and a composed example."""

    action: str
    pattern: str
    example: str


def parse_rules(data: str) -> list[ClauseRule]:
    """The rows of a clause-end table (``action<TAB>pattern<TAB>example``; ``#`` starts a comment)."""
    lines = (line for line in data.splitlines() if line.strip() and not line.startswith("#"))
    return [_rule(tuple(line.split("\t"))) for line in lines]


def _rule(cols: tuple[str, ...]) -> ClauseRule:
    """One row of the table as a rule."""
    if len(cols) < 2 or cols[0] not in ACTIONS:
        raise ValueError(f"clause_ends.tsv: bad row {chr(9).join(cols)!r}")
    return ClauseRule(cols[0], cols[1].strip(), cols[2].strip() if len(cols) > 2 else "")


def _token(tok: str) -> str:
    """The regex of one pattern token (a placeholder, a comma, or literal alternatives)."""
    if tok in PLACEHOLDERS:
        return PLACEHOLDERS[tok]
    if tok == "<subject>":
        return _subject() + r"(?!\p{L})"
    m = WORDS.fullmatch(tok)
    if m is not None:
        return rf"(?:\s+\p{{L}}+){{{m.group(1)},{m.group(2)}}}"
    alts = []
    for alt in tok.split("/"):
        star = alt.endswith("*")
        word = regex.escape(fold(alt.rstrip("*")))
        alts.append(word + (r"\p{L}*" if star else ""))
    return "(?:" + "|".join(alts) + r")(?!\p{L})"


def compile_pattern(pattern: str) -> str:
    """The regex of a row's pattern (matched right after a comma): its phrases as alternatives."""
    return "|".join(_phrase(p) for p in pattern.split(" | "))


def _phrase(phrase: str) -> str:
    """The regex of one phrase of a pattern."""
    out = ""
    for tok in phrase.split():
        if tok in ("،", ","):
            out = out.rstrip() + COMMA
            continue
        piece = _token(tok)
        out += piece if not out or out.endswith(COMMA) or WORDS.fullmatch(tok) else r"\s+" + piece
    return out


@dataclass(frozen=True, slots=True)
class ClauseEnds:
    """The compiled table: one alternative per row, named ``r<row>``, tried in order."""

    rules: tuple[ClauseRule, ...]
    rx: regex.Pattern[str]
    concession: regex.Pattern[str] | None
    breaks: regex.Pattern[str] | None = None

    def end(self, t: str, a: int, b: int, but: bool = True) -> int:
        """Where the reported clause ``t[a:b]`` ends: the comma of the first ``end`` row, else ``b``.

        ``but=False`` reads ``but`` rows as ``keep`` (between two quotations of one speaker).
        """
        pos = a
        conceded: bool | None = None if but else True
        if self.breaks is not None:
            br = self.breaks.search(t, a, b)
            if br is not None:
                b = br.start()  # في الوقت الذي تواجه ...: the narrator's clause, with no comma before it
        while True:
            m = self.rx.search(t, pos, b)
            if m is None:
                return b
            action = self.rules[int(str(m.lastgroup)[1:])].action
            if action == "but":
                if conceded is None:
                    conceded = self.concession is not None and self.concession.match(t, a, b) is not None
                action = "keep" if conceded else "end"
            if action == "end":
                return m.start()
            pos = m.end()


def build(rules: list[ClauseRule]) -> ClauseEnds:
    """Compile ``rules`` (in order) into a :class:`ClauseEnds`."""
    alts = [f"(?P<r{k}>{compile_pattern(r.pattern)})" for k, r in enumerate(rules)
            if r.action not in ("concession", "break")]
    rx = _compiled.compile(COMMA + "(?:" + "|".join(alts) + ")")
    opening = [compile_pattern(r.pattern) for r in rules if r.action == "concession"]
    concession = _compiled.compile(r"\s*(?:" + "|".join(opening) + ")") if opening else None
    bare = [compile_pattern(r.pattern) for r in rules if r.action == "break"]
    breaks = _compiled.compile(r"\s+(?:" + "|".join(bare) + ")") if bare else None
    return ClauseEnds(tuple(rules), rx, concession, breaks)


@functools.cache
def clause_ends() -> ClauseEnds:
    """The shipped clause-end table."""
    return build([_rule(row) for row in rows("clause_ends.tsv")])
