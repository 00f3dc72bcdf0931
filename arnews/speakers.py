"""Speaker linking: one source, its fullest mention, and dropped subjects filled from context.

News names a source in full once (``كمال الحداد، المحلل السياسي``) and then shortly
(``غباشي``, ``الحداد``), or drops it (``وأضاف أن ...``). :func:`link_speakers` returns, for each
attribution, the fullest mention in the article of the source it quotes:

* a mention whose name words (folded, without the article ``ال``) all occur in a longer mention
  refers to the same source, and takes that longer mention;
* a mention that refers back (``هذا الأخير``، ``الأخيرة``، ``المصدر ذاته``، ``هذا الخبير``) takes the
  linked speaker of the attribution before it;
* a longer mention headed by another source (``تقرير الأمم المتحدة`` for ``الأمم المتحدة``, a
  document or source noun) names a different source and is not linked;
* an attribution without a speaker takes the linked speaker of the attribution before it, except
  an impersonal one (``يقال``، ``قيل``، ``فيما يعتقد أن`` with a verb of belief in the third person
  masculine present): nobody is named there.

>>> from arnews.attribution import extract_attributions
>>> text = "قال كمال الحداد، المحلل السياسي، إن القمة مهمة. وأضاف الحداد أن الصفقة ممكنة. وتابع أن الرد قريب."
>>> [s.text if s else None for s in link_speakers(extract_attributions(text))]
['كمال الحداد، المحلل السياسي', 'كمال الحداد، المحلل السياسي', 'كمال الحداد، المحلل السياسي']
"""

from __future__ import annotations

from collections.abc import Sequence

from . import _compiled
from .attribution import Attribution
from .attribution.words import DEMONSTRATIVES, REFERRING, words
from .lexicon import fold
from .spans import Span
from .wordclass import word_class

__all__ = ["by_reference", "link_speakers", "name_words"]

_WORD = _compiled.compile(r"[^\W\d_]+")
#: Function words left out of the words that name a source (``data/function_words.tsv``).
_FUNCTION = word_class("name_function")


def name_words(text: str) -> frozenset[str]:
    """The words that name a source: folded, the article ``ال`` and the conjunction ``و`` dropped.

    >>> sorted(name_words("المتحدث باسم الكرملين"))
    ['كرملين', 'متحدث']
    """
    out: set[str] = set()
    for w in _WORD.findall(fold(text)):
        if w in _FUNCTION:
            continue
        if w.startswith("وال") and len(w) > 5:
            w = w[3:]
        elif w.startswith(("ال", "لل")) and len(w) > 4:
            w = w[2:]
        out.add(w)
    return frozenset(out)


_IMPERSONAL = word_class("impersonal")


def _impersonal(a: Attribution) -> bool:
    """``يقال``، ``قيل``، ``يعتقد أن`` (no subject, a verb of belief in the 3rd person masc. present)."""
    w = fold(a.cue.text)
    if w[:1] in "وف" and len(w) > 3:
        w = w[1:]
    return w in _IMPERSONAL or (a.cls == "opine" and w[:1] == "ي" and not w.endswith(("ون", "ان")))


def by_reference(speaker: str) -> bool:
    """A speaker that names its source by reference to an earlier one: ``هذا الأخير``، ``الأخيرة``،
    ``المصدر ذاته``، ``هذا الخبير``، ``المسؤول نفسه``.

    >>> by_reference("هذا الأخير"), by_reference("المصدر ذاته"), by_reference("وزير الخارجية")
    (True, True, False)
    """
    ws = _WORD.findall(fold(speaker))
    if not ws:
        return False
    return ws[0] in DEMONSTRATIVES or ws[-1] in REFERRING or any(w in REFERRING and w.startswith("ال") for w in ws)


def _head_differs(short: frozenset[str], long_text: str) -> bool:
    """``تقرير الأمم المتحدة`` for ``الأمم المتحدة``: the longer mention is headed by another source (a
    document or source noun) whose complement is the shorter one (``مصادر في الوزارة``، ``بيان صادر
    عن الجيش``), so it names a different source; ``المحلل السياسي مازن الحلبي`` still names ``الحلبي``."""
    ws = _WORD.findall(fold(long_text))
    if len(ws) < 2:
        return False
    roles = words()
    head = ws[0][1:] if ws[0][:1] == "و" and len(ws[0]) > 3 else ws[0]
    bare = head[2:] if head.startswith("ال") else head
    if not ({head, bare} & (roles.doc | roles.source)) or name_words(head) <= short:
        return False
    for k in range(1, min(len(ws), 4)):
        if name_words(ws[k]) & short:
            return all(w in _FUNCTION or w in roles.origin or w == "باسم" for w in ws[1:k])
    return False


def link_speakers(attributions: Sequence[Attribution]) -> list[Span | None]:
    """For each attribution, the fullest mention of its source in the article (``None`` if unknown).

    Attributions are taken in the order given (the order of the article); a dropped subject takes
    the linked speaker of the attribution before it. Each distinct mention is indexed by its
    words, and a mention is compared only with those that share its rarest word, so a long
    article costs time in proportion to its length.
    """
    first: dict[frozenset[str], Span] = {}  # each distinct mention, at its first occurrence
    for a in attributions:
        if a.speaker is not None and a.speaker.text.strip():
            words = name_words(a.speaker.text)
            if words:
                first.setdefault(words, a.speaker)
    holding: dict[str, list[frozenset[str]]] = {}
    for words in first:
        for w in words:
            holding.setdefault(w, []).append(words)
    fullest: dict[frozenset[str], Span | None] = {}

    def fullest_of(words: frozenset[str]) -> Span | None:
        if words not in fullest:
            best, found = len(words), None
            for other in holding.get(min(words, key=lambda w: len(holding.get(w, ()))), ()):
                if len(other) > best and words <= other and not _head_differs(words, first[other].text):
                    best, found = len(other), first[other]
            fullest[words] = found
        return fullest[words]

    out: list[Span | None] = []
    previous: Span | None = None
    for a in attributions:
        linked: Span | None
        if a.speaker is None or not a.speaker.text.strip():
            linked = None if _impersonal(a) else previous
        elif by_reference(a.speaker.text) and previous is not None:
            linked = previous  # هذا الأخير، المصدر ذاته: the source named before
        else:
            words = name_words(a.speaker.text)
            linked = (fullest_of(words) if words else None) or a.speaker
        out.append(linked)
        if linked is not None:
            previous = linked
    return out
