"""The furniture of a news article: its title line and its dateline.

A title is a first line that ends without sentence punctuation and is followed by more text.
A dateline opens the first body line: a place, often a date, and the agency, set off by dashes,
slashes, brackets or a colon: ``القاهرة - (رويترز) -``, ``بيروت ـ «الحياة»:``, ``بغداد 15-7 (اف ب) -``,
``غزة/ الأناضول/``, ``عمان 12 آذار (بترا) -``, ``القدس - خاص:``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

import regex

from . import _compiled
from .data import rows
from .fold import fold
from .spans import Span, TextView

__all__ = ["Dateline", "find_dateline", "find_title"]


@dataclass(frozen=True, slots=True)
class Dateline:
    """A dateline: the whole run, the place, and the agency when it is named."""

    span: Span
    place: Span
    agency: Span | None

    def to_dict(self) -> dict[str, object]:
        """JSON-ready form."""
        return {
            "span": self.span.to_dict(),
            "place": self.place.to_dict(),
            "agency": self.agency.to_dict() if self.agency else None,
        }


_DASH = r"(?:[-–—ـ]{1,2}|/)"
# place: one to three words, maybe a comma; an optional stamp (15-7, 12 آذار, 12 سبتمبر 2023);
# then the agency in brackets, quotes or bare (up to four short words), closed by a dash, a slash
# or a colon. A bare "خاص" (a report of the outlet's own) closes a dateline without an agency.
_DATELINE = _compiled.compile(
    rf"""[ \t]*
    (?P<place>\p{{Arabic}}+(?:[ ]\p{{Arabic}}+){{0,2}})
    ،?
    (?:[ ]\d{{1,2}}(?:[-/]\d{{1,2}}(?:[-/]\d{{2,4}})?|[ ]\p{{Arabic}}{{2,8}}(?:[ ]\d{{4}})?))?
    [ ]?(?:{_DASH}[ ]?)?
    (?:
        [(«»"“”](?P<agency>[^()«»"“”\n]{{1,30}})[)«»"“”]
      | (?P<own>خاص)
      | (?P<agency_bare>[\p{{Arabic}}.]{{1,10}}(?:[ ][\p{{Arabic}}.]{{1,10}}){{0,3}})
    )
    [ ]?(?:{_DASH}|:)[ ]?""",
    regex.VERBOSE,
)


@cache
def _agencies() -> frozenset[str]:
    return frozenset(fold(row[0]) for row in rows("agencies.txt"))


#: Any character ``str.strip`` keeps (the ``re`` module's ``\s`` is ``str.isspace``).
_NON_SPACE = re.compile(r"\S")
_TITLE_END = _compiled.compile(r"[.!?؟…:؛]\W*\Z")


def find_title(v: TextView) -> Span | None:
    """The first line as a title, when it has no final punctuation and text follows it."""
    t = v.text
    nl = t.find("\n")
    if nl <= 0 or _NON_SPACE.search(t, nl) is None:  # (text follows: found in place, no copy of the rest)
        return None
    first = t[:nl].rstrip()
    if not first.strip() or _TITLE_END.search(first) or len(first) > 200:
        return None
    lead = len(first) - len(first.lstrip())
    return v.span(lead, len(first))


def find_dateline(v: TextView, start: int = 0) -> Dateline | None:
    """The dateline that opens the line at ``start`` of the view, if any.

    >>> from arnews.normalize import analysis_view
    >>> d = find_dateline(analysis_view("القاهرة - (رويترز) - قال الوزير إن ..."))
    >>> d.place.text, d.agency.text
    ('القاهرة', 'رويترز')
    """
    m = _DATELINE.match(v.text, start)
    if m is None:
        return None
    group = "agency" if m.group("agency") else "own" if m.group("own") else "agency_bare"
    if group == "agency_bare" and m.group(group) not in _agencies():
        return None  # a bare agency must be a known one: "الرباط - أ ف ب -"
    if group == "own" and not regex.search(_DASH, v.text[m.end("place"):m.start("own")]):
        return None  # "القدس - خاص:" but not "قال مصدر خاص:"
    a0, a1 = m.span(group) if group != "own" else (0, 0)
    end = m.end()
    while end > start and v.text[end - 1] == " ":
        end -= 1
    return Dateline(
        span=v.span(m.start("place"), end),
        place=v.span(*m.span("place")),
        agency=v.span(a0, a1) if a1 > a0 else None,
    )
