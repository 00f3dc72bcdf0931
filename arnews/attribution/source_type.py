"""What kind of source a speaker phrase names: ``Attribution.source_type``.

A speaker phrase is typed by its *head*, the first word after any quantifier (``أحد``، ``بعض``،
``عدد من``), read against the word classes of ``arnews/data/source_types.tsv``
(:func:`arnews.lexicon.source_words`), with the article ال and the clitics و ف ب ل ك before it
stripped:

* ``person``: a title, role or human noun (``وزير الخارجية``، ``المتحدثة باسم الوزارة``، ``سموه``),
  or a word no class knows, which is a name (``أحمد العلي``);
* ``official_body``: an institution, or a state or capital speaking as one (``وزارة الدفاع``،
  ``الحكومة``، ``شركة``، ``منظمة``، ``البيت الأبيض``، ``واشنطن``);
* ``anonymous``: an unnamed source (``مصدر مطلع``، ``مصادر في الوزارة``، ``شهود عيان``), an
  indefinite or counted official (``مسؤول أمريكي``، ``أحد المسؤولين``، ``دبلوماسيون غربيون``), or any
  source whose name is withheld (``المسؤول الذي طلب عدم ذكر اسمه``);
* ``media``: an outlet (``صحيفة``، ``قناة``، ``موقع``، ``وكالة الأنباء الرسمية``، ``رويترز``); ``وكالة``
  and ``شبكة`` are outlets only before a media word or name, or alone (``وكالة الطاقة`` is a body);
* ``document``: a text that speaks (``بيان لوزارة الدفاع``، ``تقرير``، ``دراسة``، ``رسالة``);
* ``unknown``: no speaker.

>>> [source_type(p) for p in ("وزير الخارجية", "مصدر في وزارة الدفاع", "بيان لوزارة الدفاع", None)]
['person', 'anonymous', 'document', 'unknown']
"""

from __future__ import annotations

import functools
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field

from .. import _compiled
from ..doc import Token
from ..lexicon import source_words
from ..normalize import analysis_view
from .words import nisba

__all__ = [
    "SOURCE_TYPES",
    "SourceWords",
    "aside_hides",
    "bare",
    "impersonal",
    "introduced_names",
    "name_head",
    "named_type",
    "refers_back",
    "source_type",
    "source_type_of_phrase",
    "source_type_of_words",
    "source_word_table",
    "unnamed_head",
]

#: The values ``Attribution.source_type`` takes.
SOURCE_TYPES = ("person", "official_body", "anonymous", "media", "document", "unknown")

_HEAD_ROLES = frozenset({"person", "official_body", "anonymous", "media", "document", "unnamed", "outlet_if",
                         "via"})
_WORD = _compiled.compile(r"[\p{L}\p{M}]+")
_OPENERS = "\"«“"
_TOKEN = _compiled.compile(r"[\p{L}\p{M}]+|[\"«“]")
_CLITICS = "وفبلك"
#: The possessive pronouns a document noun may carry (تقريرها، بيانهم), folded; ه is left out (ة folds to it).
_POSSESSIVES = ("هما", "هم", "هن", "ها")


def bare(word: str) -> str:
    """A folded word without ال and a clitic before it (``والوزارة`` → ``وزاره``, ``للوكالة`` → ``وكاله``).

    >>> bare("للوكاله"), bare("الوزاره"), bare("لجنه")
    ('وكاله', 'وزاره', 'لجنه')
    """
    if word.startswith("لل") and len(word) > 4:
        return word[2:]
    if word.startswith("ال") and len(word) > 3:
        return word[2:]
    if word[:1] in _CLITICS and word[1:3] == "ال" and len(word) > 4:
        return word[3:]
    return word


@dataclass(frozen=True, slots=True)
class SourceWords:
    """The word classes of ``source_types.tsv``, keyed by bare words (names: bare words joined by a space)."""

    heads: dict[str, str]
    longest: int
    starts: frozenset[str]  # the first words of the names of several words
    media_words: frozenset[str]
    hidden: frozenset[str]
    skip: frozenset[str]
    impersonal: frozenset[str] = frozenset()
    anaphor: frozenset[str] = frozenset()
    demonstrative: frozenset[str] = frozenset()
    introducers: frozenset[str] = frozenset()
    counts: frozenset[str] = frozenset()  # the quantifiers that leave a person unnamed (بعض المحللين)
    states: frozenset[str] = frozenset()  # states and capitals as written, folded (واشنطن، الولايات المتحده)
    cache: dict[tuple[str, ...], tuple[str, int] | None] = field(default_factory=dict, compare=False, repr=False)

    def head_at(self, words: Sequence[str], n: int) -> tuple[str, int] | None:
        """The head role of the longest entry starting at ``words[n]`` and the number of words it covers.

        A word is looked up as written, without ال, and without a clitic: the first form found wins.
        """
        return self._head(tuple(words[n : n + self.longest]))

    def _head(self, words: tuple[str, ...]) -> tuple[str, int] | None:
        if words in self.cache:
            return self.cache[words]
        first = _forms(words[0])
        found: tuple[str, int] | None = None
        if not self.starts.isdisjoint(first):  # a name of several words may start here
            for size in range(len(words), 1, -1):
                found = next(((self.heads[k], size) for k in _keys(first, words[1:size]) if k in self.heads), None)
                if found is not None:
                    break
        if found is None:
            found = next(((self.heads[w], 1) for w in first if w in self.heads), None)
        if found is None:  # تقريرها، دراستهم، حكومتها، مديرها: a head noun with its possessive pronoun
            found = next(((r, 1) for w in first for p in _POSSESSIVES if w.endswith(p) and len(w) > len(p) + 2
                          for r in (self.heads.get(w[: -len(p)]), self.heads.get(_ta(w[: -len(p)]))) if r), None)
        if len(self.cache) > 50_000:
            self.cache.clear()
        self.cache[words] = found
        return found


def _ta(stem: str) -> str:
    """A stem before a pronoun with its ة restored, as the view folds it (``دراست`` → ``دراسه``)."""
    return stem[:-1] + "ه" if stem.endswith("ت") else stem


def _declitic(word: str) -> str:
    return word[1:] if word[:1] in _CLITICS and len(word) > 3 else word


def _forms(word: str) -> tuple[str, str, str]:
    """The spellings a word is looked up by: as written, without ال, without a clitic."""
    return word, bare(word), _declitic(word)


def _keys(first: Sequence[str], rest: Sequence[str]) -> list[str]:
    """The keys of a name of several words: its first word in each spelling, the others without ال."""
    tail = " ".join(bare(w) for w in rest)
    return [f"{f} {tail}" for f in dict.fromkeys(first)]


@functools.cache
def source_word_table() -> SourceWords:
    """The shipped word classes, built once."""
    heads: dict[str, str] = {}
    sets: dict[str, set[str]] = {"media_word": set(), "hidden": set(), "skip": set(), "impersonal": set(),
                                 "anaphor": set(), "demonstrative": set(), "introduces": set(), "counts": set(),
                                 "state": set()}
    for word, role in source_words():
        key = " ".join(bare(w) for w in word.split())
        if role == "impersonal":
            sets[role].add(word)
        elif role == "state":  # (a state speaks as an official body; matched as written: الرياض, not رياض)
            heads.setdefault(key, "official_body")
            sets[role].add(word)
        elif role in _HEAD_ROLES:
            heads.setdefault(key, role)
        elif role in sets:
            sets[role].add(key)
        else:
            raise ValueError(f"source_types.tsv: unknown role {role!r} for {word!r}")
    longest = max((k.count(" ") + 1 for k in heads), default=1)
    starts = frozenset(k.split(" ", 1)[0] for k in heads if " " in k)
    return SourceWords(heads, longest, starts, frozenset(sets["media_word"]), frozenset(sets["hidden"]),
                       frozenset(sets["skip"] | sets["counts"]), frozenset(sets["impersonal"]),
                       frozenset(sets["anaphor"]), frozenset(sets["demonstrative"]), frozenset(sets["introduces"]),
                       frozenset(sets["counts"]), frozenset(sets["state"]))


def _outlet(table: SourceWords, words: Sequence[str], n: int, quoted: Collection[int]) -> bool:
    """Whether an ``outlet_if`` head at ``words[n - 1]`` names an outlet: alone, or before a media word or
    name, or a quoted name (``وكالة «...»``)."""
    if n >= len(words) or n in quoted:
        return True
    if not table.media_words.isdisjoint(bare(w) for w in words[n:n + 4]):
        return True  # وكالة تونس إفريقيا للأنباء: the media word after the outlet's name
    found = table.head_at(words, n)
    return found is not None and found[0] == "media"


def _adjective(word: str) -> bool:
    """A relative adjective (nisba: ...ي، ...ية، ...يون): no name, no source."""
    return nisba(word)


def _via(t: SourceWords, words: Sequence[str], n: int, quoted: Collection[int]) -> str:
    """The type of a phrase headed by a ``via`` noun at ``words[n]`` (تصريحات، رواية): the source its
    genitive names (``تصريحات رئيس الحكومة``), else a document (``تصريحات صحفية``)."""
    if n + 1 >= len(words):
        return "document"
    if _adjective(words[n + 1]):
        return "document"
    if t.head_at(words, n + 1) is not None:
        return source_type_of_words(words[n + 1 :], quoted=[q - n - 1 for q in quoted], table=t)
    return "person"


def source_type_of_words(words: Sequence[str], *, around: Sequence[str] = (), hidden: bool = False,
                         quoted: Collection[int] = (), table: SourceWords | None = None) -> str:
    """The source type of a speaker phrase given as folded words; ``around`` are folded words next to
    it that may withhold its name (``طلب عدم ذكر اسمه``), ``hidden`` says they do; ``quoted`` are
    the positions of words that open a quotation (``وكالة «...»``).

    >>> source_type_of_words(["احد", "المسوولين"])
    'anonymous'
    """
    if not words:
        return "unknown"
    t = table or source_word_table()
    n, counted, unnamed = 0, False, False
    while n < len(words) - 1 and (bare(words[n]) in t.skip or words[n] in t.demonstrative):
        counted = counted or bare(words[n]) in t.skip
        unnamed = unnamed or bare(words[n]) in t.counts
        n += 1
        if words[n] == "من" and n < len(words) - 1:
            n += 1
    found = t.head_at(words, n)
    if found is None and 0 in quoted:  # "فاينانشيال تايمز"، الصحيفة اللندنية: the apposition after a quoted name
        found = next((f for m in range(n + 1, min(len(words), n + 5)) if (f := t.head_at(words, m)) is not None
                      and f[0] in ("media", "official_body", "document", "outlet_if")), None)
    role, size = found if found is not None else ("person", 1)
    hidden = hidden or not (t.hidden.isdisjoint(words) and t.hidden.isdisjoint(around))
    if role == "outlet_if":
        return "media" if _outlet(t, words, n + size, quoted) else "official_body"
    if role == "via":
        return _via(t, words, n, quoted)
    if role == "unnamed":
        definite = bare(words[n]) != words[n]
        return "anonymous" if hidden or counted or not definite else "person"
    if role == "person" and (hidden or (unnamed and found is not None)):
        return "anonymous"  # (بعض المحللين، أحد الوزراء: counted, unnamed)
    return role


@functools.lru_cache(maxsize=8192)
def source_type_of_phrase(folded: str, *, hidden: bool = False) -> str:
    """The source type of a speaker phrase in folded text (a slice of an analysis view); cached.

    >>> source_type_of_phrase("مصادر مطلعه")
    'anonymous'
    """
    words: list[str] = []
    quoted: list[int] = []
    for tok in _TOKEN.findall(folded):
        if tok in _OPENERS:
            quoted.append(len(words))
        else:
            words.append(tok)
    return source_type_of_words(words, hidden=hidden, quoted=quoted)


def aside_hides(folded: str) -> bool:
    """Whether folded words after a speaker withhold its name (``، الذي طلب عدم ذكر اسمه،``).

    >>> aside_hides("، الذي طلب عدم ذكر اسمه،"), aside_hides(" اليوم ")
    (True, False)
    """
    if "اسم" not in folded and "هوي" not in folded:
        return False
    return not source_word_table().hidden.isdisjoint(_WORD.findall(folded))


@functools.lru_cache(maxsize=8192)
def refers_back(folded: str) -> bool:
    """Whether a speaker phrase (folded) only points back to a source named before (``الأخير``،
    ``هذا الأخير``، ``الأخيرة``): it then has that source's type.

    >>> refers_back("هذا الاخير"), refers_back("الوزير الاخير")
    (True, False)
    """
    t = source_word_table()
    words = _WORD.findall(folded)
    while len(words) > 1 and words[0] in t.demonstrative:
        words = words[1:]
    return bool(words) and bare(words[0]) in t.anaphor


def impersonal(cue: str) -> bool:
    """Whether a folded cue names no source at all: a passive or impersonal form (``يقال``، ``قيل``،
    ``يعتقد``), from the ``impersonal`` rows of ``source_types.tsv``; a clitic و/ف is ignored.

    >>> impersonal("ويقال"), impersonal("قال")
    (True, False)
    """
    table = source_word_table()
    return cue in table.impersonal or (cue[:1] in "وف" and cue[1:] in table.impersonal)


def source_type(phrase: str | None, *, around: str = "") -> str:
    """The source type of a speaker phrase as written (``None``: no speaker, ``unknown``).

    >>> source_type("وكالة الأنباء الرسمية"), source_type("وكالة الطاقة الدولية"), source_type("مسؤول أمريكي")
    ('media', 'official_body', 'anonymous')
    """
    if phrase is None:
        return "unknown"
    return source_type_of_phrase(analysis_view(phrase).text, hidden=bool(around) and aside_hides(
        analysis_view(around).text))



def name_head(folded: str) -> str | None:
    """The head of a speaker phrase (folded) when no word class knows it, so that it is typed ``person``
    as a name (``ارامكو`` in a text whose lexicon lacks it); ``None`` for a known head.

    >>> name_head("سليم الحداد"), name_head("وزير الخارجيه")
    ('سليم', None)
    """
    t = source_word_table()
    words = _WORD.findall(folded)
    n = 0
    while n < len(words) - 1 and (bare(words[n]) in t.skip or words[n] in t.demonstrative):
        n += 1
    if not words or t.head_at(words, n) is not None:
        return None
    return bare(words[n])


def unnamed_head(folded: str) -> str | None:
    """The head of a speaker phrase (folded) whose head noun is an ``unnamed`` role with no name after it
    (``مسوول امريكي``، ``المسوول``، ``الدبلوماسي الغربي``): a definite one may refer back to an anonymous
    source of the same noun (``قال مسؤول أمريكي ... وقال المسؤول``); ``None`` otherwise.

    >>> unnamed_head("مسوول امريكي"), unnamed_head("المسوول"), unnamed_head("المسوول سامي الحداد")
    ('مسوول', 'مسوول', None)
    """
    t = source_word_table()
    words = _WORD.findall(folded)
    if not words or len(words) > 4 or t.head_at(words, 0) != ("unnamed", 1):
        return None
    if words[0].startswith("ال") and not all(w.startswith("ال") for w in words[1:]):
        return None
    return bare(words[0])


def introduced_names(folded_text: str) -> dict[str, str]:
    """A lookup of the names a text introduces with a noun of the ``introduces`` rows of
    ``source_types.tsv`` (``شركة أرامكو``، ``حركة «...»``، ``صحيفة X``), filled by :func:`named_type`
    as names are asked for (a text search for each name, not a pass over the text).

    >>> names = introduced_names("اعلنت شركه سامر للنقل ان")
    >>> named_type(names, "سامر"), named_type(names, "خالد")
    ('official_body', None)
    """
    return {"": folded_text}


#: How far from a speaker its name is looked for after a body or outlet noun: the text is read in bands
#: of this many characters and a name in one band is looked for in it and its two neighbours (an
#: article, whatever the length of the text: a long text of many articles stays linear).
_NAMED_REACH = 30_000


def named_type(names: dict[str, str], phrase: str, at: int = 0) -> str | None:
    """The type of a speaker phrase (folded) of one or two words, at view offset ``at``, that the
    text of ``names`` (:func:`introduced_names`) introduces right after a body or outlet noun near it
    (:data:`_NAMED_REACH`): that noun's own type (``official_body``, ``media``), else None. A name is
    looked for once per band of the text, so the answer does not depend on which mention asks first."""
    words = [bare(w) for w in _WORD.findall(phrase)]
    if not 0 < len(words) <= 2:
        return None
    band = at // _NAMED_REACH  # the same stretch of text for every mention in a band: order does not matter
    key = f"{band}:{' '.join(words)}"
    if key not in names:
        lo, hi = max(0, (band - 1) * _NAMED_REACH), (band + 2) * _NAMED_REACH
        names[key] = _introduced(names[""], words, lo, hi) or ""
    return names[key] or None


def _introduced(text: str, words: Sequence[str], lo: int, hi: int) -> str | None:
    """The type of the noun that introduces ``words`` somewhere in ``text[lo:hi]``, if a body or outlet."""
    t = source_word_table()
    w0 = words[0]
    pos = text.find(w0, lo, hi)
    while pos >= 0:
        end = pos + len(w0)
        glued = pos > 0 and text[pos - 1].isalpha()
        if glued and not (text[pos - 2:pos] == "ال" and (pos < 3 or not text[pos - 3].isalpha())):
            pos = text.find(w0, end, hi)
            continue  # inside another word
        before = text[max(0, pos - 30):pos].removesuffix("ال").rstrip(" \"«“")
        after = text[end:end + 1]
        prev = before.rsplit(" ", 1)[-1] if before else ""
        if (not after or not after.isalpha()) and prev and (bare(prev) in t.introducers or prev in t.introducers):
            rest = text[end : end + 200].split(None, len(words))[: len(words) - 1]
            if [bare(w) for w in rest] == list(words[1:]):
                found = t.head_at([bare(prev)], 0)
                if found is not None and found[0] in ("official_body", "media"):
                    return found[0]
        pos = text.find(w0, end, hi)
    return None


def state_name(toks: Sequence[Token], sa: int, sb: int) -> int:
    """How many words of ``[sa, sb)`` a state or capital at ``sa`` covers (``واشنطن``، ``الولايات المتحدة``:
    the ``state`` rows of ``source_types.tsv``), or 0; 0 too when a longer name starts there
    (``واشنطن بوست``, an outlet)."""
    table = source_word_table()
    for size in (2, 1):
        if sa + size <= sb and all(toks[m].word for m in range(sa, sa + size)) \
                and " ".join(toks[m].text for m in range(sa, sa + size)) in table.states:
            words = [toks[m].text for m in range(sa, min(sb, sa + table.longest)) if toks[m].word]
            found = table.head_at(words, 0)
            return size if found is None or found[1] <= size else 0
    return 0
