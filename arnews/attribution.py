"""Reported speech: cues, speakers, content, channels and kinds.

Every cue is found in one pass over the normalised view (:meth:`arnews.lexicon.Lexicon.find`).
Around each cue the analysis looks only locally, inside its sentence and a bounded window:

* after a verb cue, the *zone* up to the content introducer (أن/إن/بأن, a colon, an opening quote,
  or a participle such as قائلا) holds the speaker, adjuncts (في كلمة، خلال ندوة، اليوم) and the
  channel (لوكالات أنباء روسية; نقلت X عن Y → channel X, speaker Y);
* with an empty zone the speaker stands before the verb (``الوزير ... قال``), or the cue follows a
  quote (``”، قال الوزير``), or the subject is dropped (``وأضاف أن`` → speaker ``None``);
* participles (مضيفا، مؤكدة) and ل + present (ليخلص) take the subject of the clause they hang on;
* content runs from the introducer to the end of the reported clause: the sentence end, a closing
  quote, or the next clause-initial cue (``، مضيفا أن``); a quote gives ``direct`` content.

A cue with no content (``نفى تدخله``، ``حذرت من صفقة``) and editorial formulas (``يذكر أن``)
are not events.

>>> [(a.verb, a.speaker.text if a.speaker else None, a.kind)
...  for a in extract_attributions("وقال وزير الخارجية إن المحادثات ستستأنف.")]
[('قال', 'وزير الخارجية', 'indirect')]
"""

from __future__ import annotations

import bisect
import csv
import functools
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, fields
from datetime import date, datetime
from importlib import resources

import regex

from .dates import DateMention
from .lexicon import CueForm, Lexicon, LexiconSource, build_lexicon, default_lexicon, fold
from .normalize import analysis_view
from .said_at import speech_fields
from .sentences import sentence_bounds
from .spans import Span, TextView, check_text

__all__ = ["KINDS", "Attribution", "extract_attributions", "extract_view"]

#: The values ``Attribution.kind`` takes.
KINDS = ("direct", "indirect", "mixed", "according_to")


@dataclass(frozen=True, slots=True)
class Attribution:
    """One reporting event: who said what, through which medium.

    Spans index the caller's original text. ``verb`` is the cue's dictionary form (قال for يقول),
    ``kind`` one of :data:`KINDS`, ``cls`` the cue's meaning class in the lexicon.

    >>> a = extract_attributions("أكدت الوزيرة أن الاتفاق نهائي.")[0]
    >>> a.cue.text, a.verb, a.speaker.text, a.content.text, a.kind
    ('أكدت', 'أكد', 'الوزيرة', 'الاتفاق نهائي', 'indirect')
    """

    cue: Span
    verb: str
    speaker: Span | None
    content: Span | None
    kind: str
    channel: Span | None = None
    cls: str = ""
    meaning: str = ""
    source_type: str = "unknown"
    said_at: DateMention | None = None

    def to_dict(self) -> dict[str, object]:
        """JSON-ready form."""
        when = self.said_at
        return {
            "cue": self.cue.to_dict(),
            "verb": self.verb,
            "speaker": self.speaker.to_dict() if self.speaker else None,
            "content": self.content.to_dict() if self.content else None,
            "kind": self.kind,
            "channel": self.channel.to_dict() if self.channel else None,
            "meaning": self.meaning,
            "source_type": self.source_type,
            "said_at": {"start": when.start, "end": when.end, "text": when.text, "kind": when.kind,
                        "interval": [x.isoformat() for x in when.interval] if when.interval else None}
            if when else None,
        }


# --------------------------------------------------------------------------- word tables

@dataclass(frozen=True, slots=True)
class _Words:
    doc: frozenset[str]
    title: frozenset[str]
    stop: frozenset[str]
    time: frozenset[str]
    object: frozenset[str]
    connector: frozenset[str]
    media: frozenset[str]
    nonsource: frozenset[str]
    naming: frozenset[str]
    source: frozenset[str]
    origin: frozenset[str]
    occasion: frozenset[str]


@functools.cache
def _words() -> _Words:
    data = resources.files("arnews").joinpath("data/speaker_words.tsv").read_text(encoding="utf-8")
    rows = [ln for ln in data.splitlines() if ln.strip() and not ln.startswith("#")]
    roles: dict[str, set[str]] = {}
    for row in csv.DictReader(rows, delimiter="\t", quoting=csv.QUOTE_NONE):
        roles.setdefault(row["role"].strip(), set()).add(fold(row["word"]))
    return _Words(*(frozenset(roles.get(f.name, ())) for f in fields(_Words)))


_TOKEN = regex.compile(r"[^\W_]+|\S")
_SUFFIXES = ("", "ه", "ها", "هم", "هما", "هن", "ني", "نا", "ك", "كم")


class _WordSet:
    """A set of words with a regex-like ``fullmatch`` (one hash lookup per token)."""

    __slots__ = ("words",)

    def __init__(self, words: Sequence[str]) -> None:
        self.words = frozenset(words)

    def fullmatch(self, w: str) -> bool:
        return w in self.words


#: أن، إن، بأن and their attached pronouns (أنه، بأنها), folded.
_COMPLEMENTIZER = _WordSet([p + "ان" + s for p in ("", "ب") for s in _SUFFIXES])
#: فإن (and إن) opening a main clause after a fronted phrase.
_FA_INNA = _WordSet([p + "ان" + s for p in ("", "ف") for s in _SUFFIXES[:6]])
_PRONOUN_PREP = frozenset({"لك", "لكم", "لي", "لنا",
                           "فيه", "فيها", "فيهم", "عليه", "عليها", "عليهم", "منه", "منها", "منهم", "به", "بها", "بهم",
                           "عنه", "عنها", "عنهم", "اليه", "اليها", "اليهم", "معه", "معها", "معهم", "له", "لها", "لهم"})
_PREPOSITIONS = frozenset({"في", "من", "علي", "الي", "عن", "مع", "حول", "بعد", "قبل", "عبر", "عند", "لدي", "دون"})
_PRONOUN_L = frozenset({"له", "لها", "لهم", "لهما", "لهن", "لنا", "لي", "لك", "لكم", "لكن", "لا", "لم", "لن", "لو",
                        "لدي", "لذلك", "لان", "لانه", "لانها", "لكنه", "لكنها", "ليس", "ليست"})
_TEMPORAL_BEFORE_AN = frozenset({"قبل", "بعد", "دون", "منذ", "بدل", "عوض", "بمجرد", "رغم", "بعيد", "حتي", "في",
                                 "لاجل", "اجل", "يمكن", "يجب", "ينبغي", "بامكان", "يريد", "تريد"})
_OPEN = {"“": "”", "«": "»", "»": "«", '"': '"', "„": "“", "(": ")", "‹": "›", "'": "'"}
_CLOSERS = frozenset("”»)›")
_QUOTE_CHARS = frozenset("“”«»\"„‹›")
_PUNCT_STOP = frozenset(".!?؟…;؛")
#: Prepositions an ``origin`` participle governs (صادر عن، مقرب من، مطلع على), folded.
_ORIGIN_PREPS = frozenset(fold(w) for w in ("من", "عن", "على", "في"))
_RELATIVE = frozenset({"الذي", "التي", "الذين", "اللذين", "اللتين", "اللواتي", "اللاتي"})
_ZONE_BREAK = frozenset({"علما", "ولا", "ولم", "ولن", "وقد", "فقد", "ولكن", "وهو", "وهي", "وهم", "مما", "حيث", "ثم",
                         "وذلك", "فيما", "بينما"})
_NOT_FIRST_PERSON = frozenset({"احد", "اول", "اخر", "اخري", "اكثر", "اقل", "ابن", "ابو", "اهم", "امام", "امس", "اثر",
                               "اجل", "اكد", "اشار", "اضاف", "اوضح", "اعلن", "اعتبر"})
#: Words that open a circumstantial aside after a comma (، وهي تبكي،).
_ASIDE_OPENERS = frozenset({"وهو", "وهي", "وهم", "وهما", "وهن"})
#: An indefinite accusative participle (مخاطبا، طالبا، موضحا): a circumstantial, not a name.
_CIRCUMSTANTIAL = regex.compile(r"م[^\Wاي]\p{L}{2,}ا")
_PRONOUN_END = regex.compile(r"(?:ه|ها|هم|هما)$")
#: Words that open first-person speech when they follow a speaker directly (folded).
_SPEECH_OPENERS = frozenset({"نحن", "انا", "لقد"})
#: Words after which a verb form is its verbal noun (عدم ذكر اسمه، بدون تعليق).
_MASDAR_AFTER = frozenset({"عدم", "بعدم", "بدون", "دون"})
_SUBORDINATORS = frozenset({"حين", "حينما", "عندما", "لما", "بعدما", "اذ", "كلما", "بينما"})
_NEGATION = frozenset({"لم", "لن", "لا", "ما", "ليس", "ليست"})
_EMPHATIC = frozenset({"ذاتها", "نفسها", "ذاتهم", "نفسهم", "انفسهم", "ذاتهما", "كلها", "كلهم", "جميعها", "جميعهم"})
_QUESTION_NOUNS = frozenset({"اسيله", "سوال", "اسيلتها", "اسيلتهم"})
_INTERVIEW_NOUNS = frozenset({"مقابله", "حوار", "حديث", "لقاء", "اتصال", "دردشه"})
_SUBJECT_MAX = 6  # words of a pre-verbal subject between a clause boundary and its verb
_WINDOW = 30  # tokens scanned after a cue for its content introducer
_BACK = 14  # tokens scanned before a cue for a pre-verbal subject
_QUOTE_MAX = 4000  # characters a quotation may run
_CONTENT_MAX = 3000  # characters an unquoted reported clause may run (a sentence without punctuation)


#: The longest stretch read as one sentence. A longer "sentence" (megabytes without a full stop:
#: no news sentence comes near) is read in stretches of at most this many characters cut after a
#: comma, else between two marks, else at a space, so its tokens are never held all at once (time
#: stays proportional to length).
_SENT_MAX = 20_000


_MARKS_CUT = regex.compile(r"(?r)(?<=[^\w\s])(?=[^\w\s])")


def _bounded(t: str, bounds: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``bounds`` with every sentence longer than ``_SENT_MAX`` cut into stretches (see ``_SENT_MAX``)."""
    if all(b - a <= _SENT_MAX for a, b in bounds):
        return bounds
    out: list[tuple[int, int]] = []
    for a, b in bounds:
        while b - a > _SENT_MAX:
            lo, hi = a + _SENT_MAX // 2, a + _SENT_MAX
            cut = max(t.rfind("،", lo, hi), t.rfind(",", lo, hi)) + 1  # after a comma
            if cut <= a:  # else between two marks (a run of quotes), else at a space
                m = _MARKS_CUT.search(t, lo, hi)
                cut = m.start() if m is not None else t.rfind(" ", lo, hi)
            if cut <= a:
                cut = hi
            out.append((a, cut))
            a = cut
        out.append((a, b))
    return out


class _Tok:
    """One token of a sentence: a word (letters and digits) or one other non-space character."""

    __slots__ = ("end", "start", "text", "word")

    def __init__(self, start: int, end: int, text: str) -> None:
        self.start = start
        self.end = end
        self.text = text
        self.word = text[0].isalnum()


class _TokIndex:
    """Token number by start offset, found by bisection (no per-token dict)."""

    __slots__ = ("starts",)

    def __init__(self, toks: Sequence[_Tok]) -> None:
        self.starts = [tk.start for tk in toks]

    def get(self, i: int, default: int | None = None) -> int | None:
        k = bisect.bisect_left(self.starts, i)
        if k < len(self.starts) and self.starts[k] == i:
            return k
        return default


@dataclass(slots=True)
class _Sent:
    start: int
    end: int
    toks: list[_Tok]
    index: _TokIndex


@dataclass(slots=True)
class _Event:
    i: int  # cue start (view offsets)
    j: int  # cue end
    cf: CueForm
    sent: int
    speaker: tuple[int, int] | None
    content: tuple[int, int] | None
    kind: str
    channel: tuple[int, int] | None = None
    content_fixed: bool = False  # content closed by a quote: never cut at later cues
    cut: int = -1  # where an enclosing content ends when this cue opens a new clause (-1: embedded)
    inherits: bool = False  # participle: speaker of the clause it hangs on
    extra: dict[str, int] = field(default_factory=dict)


# --------------------------------------------------------------------------- sentences

_TERMINAL = frozenset(".!?؟…:\"”»)")


def _join_fragments(t: str, bounds: list[tuple[int, int]], lex: Lexicon) -> list[tuple[int, int]]:
    """Join line fragments that a stripped quotation or title cut out of one sentence.

    A line that ends without final punctuation continues into the next line when that line starts
    with a comma, either line is a fragment of at most three words (``صاحبة أغنية`` / ``والتقينا``),
    or the line ends with a reporting verb (``وقال لها`` / the words said on the next line).
    """
    out: list[tuple[int, int]] = []
    for s, e in bounds:
        if out:
            ps, pe = out[-1]
            prev = t[max(ps, pe - 300):pe].rstrip()  # the tail is enough (and keeps joining linear)
            if prev and prev[-1] not in _TERMINAL and "\n" in t[pe:s + 1] + t[pe - 1:pe]:
                nxt = t[s:e].lstrip()
                last_line = prev[prev.rfind("\n") + 1:]
                tail = last_line.split()[-2:]
                ends_with_cue = bool(tail) and (tail[-1] in lex.forms or (
                    len(tail) == 2 and tail[-1] in _PRONOUN_PREP and tail[0] in lex.forms))
                if nxt[:1] in "،," or last_line.count(" ") < 3 or nxt.count(" ") < 3 or ends_with_cue:
                    out[-1] = (ps, e)
                    continue
        out.append((s, e))
    return out


# --------------------------------------------------------------------------- the analysis

class _Analyzer:
    def __init__(self, v: TextView, lex: Lexicon, bounds: Sequence[tuple[int, int]]) -> None:
        self.v = v
        self.t = v.text
        self.lex = lex
        self.w = _words()
        b = _bounded(v.text, _join_fragments(v.text, list(bounds), lex))
        self.bounds = b
        self.starts = [s for s, _ in b]
        self._sents: dict[int, _Sent] = {}
        self.alef_maqsura = "على" in v.original  # the text tells على from the name علي

    # ---- tokens
    def sent_of(self, i: int) -> int:
        k = bisect.bisect_right(self.starts, i) - 1
        return max(k, 0)

    def sent(self, k: int) -> _Sent:
        s = self._sents.get(k)
        if s is None:
            a, b = self.bounds[k]
            toks = [_Tok(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(self.t, a, b)]
            s = _Sent(a, b, toks, _TokIndex(toks))
            if len(self._sents) >= 8:  # cues come in order: keep only recent sentences (bounded memory)
                del self._sents[next(iter(self._sents))]
            self._sents[k] = s
        return s

    # ---- predicates on folded words
    def is_stop(self, w: str) -> bool:
        ws = self.w
        return (w in ws.stop or w in ws.time or w in ws.connector or w in ws.object or w in self.lex.speech_nouns
                or w in self.lex.masdars or w in _PRONOUN_PREP)

    def cue_at(self, w: str) -> CueForm | None:
        return self.lex.forms.get(w)

    def l_prefixed(self, w: str) -> bool:
        return len(w) > 3 and w[0] == "ل" and w not in _PRONOUN_L and not w.startswith("لل" + "ه")

    # ---- speaker noun phrase
    def noun_phrase(self, toks: Sequence[_Tok], a: int, b: int, allow_l: bool = False,
                    first_ok: bool = False) -> tuple[int, int]:
        """Token range [a, r) of the speaker phrase starting at token a, limited to b.

        The phrase runs over titles, names, genitives (رئيس بعثة الجمعية لمجلس أوروبا), a short
        parenthesis (72 سنة), appositions after a comma and relative clauses (الذي ...); it stops at
        prepositions, time words, the content introducer, an addressee (لوكالة ...) and a new clause.
        """
        ws = self.w
        n = a
        last_word = a
        relative = False
        prev = prev2 = ""  # the two words before ``w`` (مسؤول كبير في ...: the source noun may have an adjective)
        while n < b:
            tk = toks[n]
            w = tk.text
            if not tk.word:
                if w in _QUOTE_CHARS and n > a and not relative:
                    close = next((m for m in range(n + 1, min(b, n + 5)) if toks[m].text in _QUOTE_CHARS), None)
                    if close is not None and close > n + 1:
                        n = close + 1
                        last_word = n
                        continue
                    break
                if w == "(" and n > a:
                    close = next((m for m in range(n + 1, min(b, n + 6)) if toks[m].text == ")"), None)
                    if close is not None:
                        n = close + 1
                        last_word = n
                        continue
                    break
                if w in "،," and n + 1 < b and n > a and not relative:
                    nxt = toks[n + 1].text
                    if toks[n + 1].word and self.starts_phrase(nxt):
                        # an apposition is a whole segment: keep it only if it ends cleanly
                        _, r = self.noun_phrase(toks, n + 1, b, allow_l)
                        if r >= b or toks[r].text in "،,:" or _COMPLEMENTIZER.fullmatch(toks[r].text) \
                                or toks[r].text in _OPEN:
                            n = r
                            last_word = r
                            continue
                break
            if relative:
                if _COMPLEMENTIZER.fullmatch(w) or w in _ZONE_BREAK or _FA_INNA.fullmatch(w):
                    break
                n += 1
                last_word = n
                prev2, prev = prev, w
                continue
            if n == a and not first_ok and (not self.starts_phrase(w) or self.circumstantial(toks, n, b)):
                break
            if w == "من" and prev in ("كل", "وكل") and n + 1 < b:  # كل من الرئيسين
                n += 1
                last_word = n
                prev2, prev = prev, w
                continue
            if n > a and (self.is_stop(w) or w.startswith("بال") or _COMPLEMENTIZER.fullmatch(w)
                          or _FA_INNA.fullmatch(w)) and not (w == "علي" and self.name_ali(toks, n, b)) \
                    and not (((w in ("من", "في") and (prev in ws.doc or prev2 in ws.doc))
                              or (w in _ORIGIN_PREPS and prev in ws.origin))
                             and n + 1 < b and self.starts_phrase(toks[n + 1].text)
                             and not self.occasion(toks[n + 1].text)):
                break  # مصادر من الحزب، مسؤول في الوزارة، بيان صادر عن الجيش: a source keeps its origin
            if n > a and w[0] == "ب" and w[1:] in ws.title:
                break
            if n > a and prev.startswith(("ال", "وال")) and not w.startswith(("ال", "وال")) and \
                    w.endswith(("ها", "هم", "هما")) and len(w) > 4 and w not in _EMPHATIC:
                break  # الشركة خطتها: a possessed noun after a definite subject is its object
            if n > a and prev.startswith("ال") and not prev.endswith(("ين", "ون", "ات")) and len(prev) > 4 \
                    and w.startswith("ال") and w.endswith("ين") and len(w) > 6:
                break  # طمأن الوزير المواطنين: an accusative plural after a definite subject is its object
            if n > a and ((self.l_prefixed(w) and not allow_l and self.addressee(w)) or (w == "ل" and not allow_l)):
                break  # لوكالة ...، لـ"الشرق الأوسط": the addressee is the channel
            if n > a and self.cue_at(w) is not None and not (prev in ws.doc and not prev.startswith("ال")):
                break
            if w in _RELATIVE or (n > a and prev in ws.doc and not prev.startswith("ال") and not w.startswith("ال")
                                  and not self.l_prefixed(w) and self.cue_at(w) is not None):
                relative = True
            n += 1
            last_word = n
            prev2, prev = prev, w
        return a, last_word

    def name_ali(self, toks: Sequence[_Tok], n: int, b: int) -> bool:
        """``علي`` as a name, not the preposition ``على`` (the view spells both ``علي``): ``علي بن ...``,
        ``علي (50 عاما)``, or written with a final ي where the text writes ``على`` with ى elsewhere."""
        if n + 1 < b and toks[n + 1].text in ("بن", "ابن", "("):  # علي بن ...، علي (50 عاما)
            return True
        return self.alef_maqsura and self.v.original[self.v.offsets[toks[n].end - 1]] == "ي"

    def circumstantial(self, toks: Sequence[_Tok], n: int, b: int) -> bool:
        """``مخاطبا الحضور``، ``متوجها إلى``: a participle with its object, not a name (``ملالا يوسفزاي``)."""
        if not _CIRCUMSTANTIAL.fullmatch(toks[n].text) or n + 1 >= b:
            return False
        nxt = toks[n + 1].text
        return nxt.startswith("ال") or nxt in _PREPOSITIONS or nxt in _PRONOUN_PREP

    def starts_phrase(self, w: str) -> bool:
        """Whether ``w`` may open a speaker phrase (not a preposition, time word, addressee, clause word)."""
        ws = self.w
        return not (w in ws.stop or w in ws.time or w in ws.connector or w in ws.object or w in _ZONE_BREAK
                    or w in self.lex.speech_nouns or _COMPLEMENTIZER.fullmatch(w) or _FA_INNA.fullmatch(w)
                    or w.startswith("بال") or self.l_object(w) or w[0].isdigit() or self.cue_at(w) is not None
                    or w in ("و", "ل", "ب", "ف") or w in self.lex.masdars or w in _PRONOUN_PREP)

    def occasion(self, w: str) -> bool:
        """Where or how words were said: ``تصريح``، ``مقابلة``، ``حديثه``، ``مقابلته`` (a pronoun stripped)."""
        if w in self.w.occasion:
            return True
        base = _PRONOUN_END.sub("", w)
        return base in self.w.occasion or (base.endswith("ت") and base[:-1] + "ه" in self.w.occasion)

    def l_object(self, w: str) -> bool:
        """``للصحفيين``، ``لوكالة``: ل + a definite noun or an outlet; ``لجنة``، ``ليلى`` are words of their own."""
        return self.l_prefixed(w) and (w.startswith("لل") or self.addressee(w))

    def addressee(self, w: str) -> bool:
        """``لوكالة``، ``للصحفيين``: ل + an outlet or audience names the channel."""
        ws = self.w
        rest = w[1:]
        return rest in ws.media or ("ال" + rest[1:]) in ws.media or (rest.startswith("ل") and ("ا" + rest) in ws.media)

    def span_of(self, toks: Sequence[_Tok], a: int, b: int) -> tuple[int, int] | None:
        while a < b and toks[a].text in "()،,":
            a += 1
        while b > a and toks[b - 1].text in "(،,":
            b -= 1
        if b <= a:
            return None
        if toks[a].text == "(" or toks[b - 1].text == ")":
            pass
        return toks[a].start, toks[b - 1].end

    # ---- quotes
    def quote_close(self, o: int) -> int:
        """Index of the mark closing the quote opened at ``o``, or -1."""
        t = self.t
        closer = self.closer_for(o)
        if not closer:
            return -1
        lim = min(len(t), o + _QUOTE_MAX)
        nl = t.find("\n", o + 1, lim)
        if nl >= 0:
            lim = nl
        if t[o] == "(":
            return t.find(")", o + 1, min(lim, o + 600))
        k = t.find(closer, o + 1, lim)
        if k < 0 and t[o] in "„":
            k = t.find("”", o + 1, lim)
        return k

    def closes(self, sent: _Sent, pos: int) -> bool:
        """Whether the quote mark at ``pos`` closes rather than opens a quotation.

        A mark glued to the word after it opens (`` "word``), one glued to the word before it closes
        (``word" ``); between spaces, an odd count of marks since the sentence start means it closes.
        """
        return not self.closer_for(pos) and self.t[pos] != "("

    def closer_for(self, pos: int) -> str:
        """The mark that closes a quotation opened at ``pos``; ``""`` when the mark there opens none."""
        t = self.t
        ch = t[pos]
        before = t[pos - 1] if pos > 0 else " "
        after = t[pos + 1] if pos + 1 < len(t) else " "
        glued_after = after.isalnum()
        glued_before = before.isalnum() and before not in "لب"
        if ch in "“«„‹(":
            return _OPEN[ch]
        if ch in "”»":
            if glued_after and not glued_before:
                return ch
            return ""
        if ch == '"':
            if glued_after and not glued_before:
                return '"'
            if glued_before and not glued_after:
                return ""
            k = self.sent_of(pos)
            return "" if t.count('"', max(self.bounds[k][0], pos - 1000), pos) % 2 == 1 else '"'
        return ""

    def receiving(self, toks: Sequence[_Tok], n: int, cf: CueForm) -> bool:
        """``توصل X بنسخة منه`` / ``توصلنا به``: a verb that needs إلى to report, used with ب to receive."""
        if cf.prep != "الي" or cf.form == "participle":
            return False
        for m in range(n + 1, min(len(toks), n + 5)):
            w = toks[m].text
            if w == "الي" or not toks[m].word:
                return False
            if w.startswith(("بنسخ", "برساله", "ببلاغ", "ببيان")) or w in ("به", "بها"):
                return True
        return False

    def first_person_speech(self, toks: Sequence[_Tok], n: int, cf: CueForm) -> bool:
        """A verb of saying followed at once by a first-person present verb (أعلق، أهتم): unquoted speech."""
        if n >= len(toks) or cf.cls not in ("say", "add") or cf.form not in ("past", "present"):
            return False
        w = toks[n].text
        return (toks[n].word and len(w) >= 3 and w[0] == "ا" and not w.startswith(("ال", "ان", "اذ", "او", "اي", "اما"))
                and w not in _NOT_FIRST_PERSON
                and not self.is_stop(w) and not w[1:2].isdigit()
                and (self.cue_at(w) is None or self.cue_at(w).form == "present")  # type: ignore[union-attr]
                and w not in self.w.time and not w.endswith(("ه", "ات", "ون", "ين")))

    def speech_opener(self, toks: Sequence[_Tok], n: int) -> bool:
        """Words that open first-person speech (نحن، أنا، لقد، لا يمكننا، لن نسمح، لم أر): no narration starts so."""
        if n >= len(toks):
            return False
        w = toks[n].text
        if w in _SPEECH_OPENERS:
            return True
        if w in ("لا", "لن", "لم") and n + 1 < len(toks):
            v = toks[n + 1].text
            return toks[n + 1].word and (v.endswith("نا") or (v[:1] in "نا" and not v.startswith("ال") and len(v) > 2))
        return False

    def quote_ok(self, cf: CueForm, n: int, zone_a: int) -> bool:
        """A quote right after a cue is its direct speech, except a quoted object of belief or finding."""
        return cf.cls not in ("opine", "finding")

    # ---- content from an introducer position
    def content_after(self, sent: _Sent, n: int, clause: bool = False) -> tuple[tuple[int, int] | None, str, bool]:
        """Content starting at token n: (span, how, fixed); ``clause`` keeps a reported clause whole."""
        toks = sent.toks
        if n >= len(toks):
            return None, "indirect", False
        tk = toks[n]
        end = min(sent.end, tk.start + _CONTENT_MAX)
        if clause:
            return (tk.start, end), "clause", False
        if tk.text in _QUOTE_CHARS or tk.text == "(":
            c = self.quote_close(tk.start)
            if c > tk.start + 1 and (tk.text != "(" or c - tk.start > 25):
                return (tk.start + 1, c), "quote", True
            if c < 0 and tk.text != "(":
                return (tk.start + 1, end), "quote", False
        return (tk.start, end), "clause", False

    # ---- one cue
    def analyse(self, i: int, j: int, cf: CueForm, consumed: set[int]) -> _Event | None:
        k = self.sent_of(i)
        sent = self.sent(k)
        toks = sent.toks
        n0 = sent.index.get(i)
        if n0 is None:
            return None
        # the last token of the cue (phrases span several tokens)
        n1 = n0
        while n1 + 1 < len(toks) and toks[n1 + 1].start < j:
            n1 += 1
        if self.receiving(toks, n1, cf):
            return None
        if cf.form == "past" and n0 > 0 and (toks[n0 - 1].text in _PREPOSITIONS or toks[n0 - 1].text in _MASDAR_AFTER):
            return None  # في نشر، من ذكر، عدم ذكر: a verbal noun, not a verb
        if cf.form == "according" and cf.lemma not in ("جاء في",):
            return self.according(sent, k, n0, n1, i, j, cf)
        return self.verb(sent, k, n0, n1, i, j, cf, consumed)

    def verb(self, sent: _Sent, k: int, n0: int, n1: int, i: int, j: int, cf: CueForm,
             consumed: set[int]) -> _Event | None:
        toks = sent.toks
        w0 = toks[n0].text
        # editorial formulas: يذكر أن، ذكر أن at the head of a sentence with nothing before
        bare = w0.lstrip("وف")
        if cf.form == "present" and bare in ("يذكر", "يشار", "تذكر") and n1 + 1 < len(toks) \
                and _COMPLEMENTIZER.fullmatch(toks[n1 + 1].text):
            return None
        end = min(len(toks), n1 + 1 + _WINDOW)
        n = n1 + 1
        if n < end and cf.prep and toks[n].text == cf.prep:
            n += 1
        zone_a = n
        intro: str | None = None
        intro_n = -1
        merged_participle = -1
        relative = False
        while n < end:
            tk = toks[n]
            w = tk.text
            if n > n1 and "\n" in self.t[toks[n - 1].end:tk.start] and tk.word and \
                    all(toks[m].text in _PRONOUN_PREP for m in range(zone_a, n)) and \
                    not _COMPLEMENTIZER.fullmatch(w):
                intro, intro_n = "newline", n
                break
            if tk.word:
                prev_w = toks[n - 1].text
                before = (prev_w, toks[n - 2].text if n - 2 >= zone_a else "")  # بيان نشرته، بيانات رسمية نشرت
                if w in _RELATIVE or (n > zone_a and any(
                        (x in self.w.doc or x in self.w.source) and not x.startswith("ال") for x in before)):
                    relative = True  # a clause of an indefinite source noun
                if _COMPLEMENTIZER.fullmatch(w):
                    prev = toks[n - 1].text if n > n1 + 1 else ""
                    if prev in _TEMPORAL_BEFORE_AN and not (prev == "في" and cf.prep == "عن"):
                        break  # قبل أن، يجب أن; but أعرب عن أمله في أن: the hope is the content
                    intro, intro_n = "that", n
                    break
                if n > zone_a and (w in self.w.connector or w in _ZONE_BREAK or _FA_INNA.fullmatch(w)):
                    break
                c2 = self.cue_at(w)
                if c2 is not None and (self.receiving(toks, n, c2) or prev_w in _MASDAR_AFTER):
                    c2 = None  # توصلت الجريدة بنسخة منه: received, not concluded; عدم ذكر: a verbal noun
                if c2 is not None:
                    after_comma = toks[n - 1].text in "،,"
                    if c2.form in ("participle", "bil") and c2.cls in ("say", "explain", "assert", "add") \
                            and n - zone_a <= 12 and not after_comma:
                        merged_participle = n
                        n += 1
                        if n < end and c2.prep and toks[n].text == c2.prep:
                            n += 1
                        if n < end and (_COMPLEMENTIZER.fullmatch(toks[n].text) or toks[n].text in _OPEN
                                        or toks[n].text == ":"):
                            continue
                        intro, intro_n = "bare", n - 1
                        break
                    if n > zone_a and (c2.form in ("past", "present") or after_comma) and not (
                            relative and not after_comma):
                        break
            else:
                if w == ":":
                    intro, intro_n = "colon", n
                    break
                if w in "،," and n + 1 < end:
                    close = self.insertion_end(toks, n, end)
                    if close > 0:  # ، وهي تبكي، إن ...؛ ، طالبا عدم ذكر اسمه، إن ...: an aside before the content
                        n = close + 1
                        continue
                    nxt = toks[n + 1].text
                    if nxt == "و" or (nxt[0] == "و" and len(nxt) > 3 and nxt[1:] not in self.w.title
                                      and not nxt.startswith("وزير")):
                        break
                if w == "(":
                    c = self.quote_close(tk.start)
                    if c - tk.start > 25 and self.quote_ok(cf, n, zone_a):
                        intro, intro_n = "quote", n
                        break
                    if c > tk.start:
                        while n < end and toks[n].start < c:
                            n += 1
                        n += 1
                        continue
                    break
                if w in _QUOTE_CHARS:
                    if self.closes(sent, tk.start):
                        break
                    c = self.quote_close(tk.start)
                    pw = toks[n - 1].text
                    if c > tk.start and n > zone_a and (pw in self.w.naming or pw[1:] in self.w.naming):
                        while n < end and toks[n].start < c:  # وثيقة "المنهاج ...": a quoted title
                            n += 1
                        n += 1
                        continue
                    if c < 0 and (n == zone_a or toks[n - 1].text in "،,:"):  # an unclosed quotation
                        intro, intro_n = "quote", n
                        break
                    if c > tk.start and self.t.count(" ", tk.start, c) >= 2:
                        if self.quote_ok(cf, n, zone_a):
                            intro, intro_n = "quote", n
                        break
                    if c > tk.start:  # a short quoted name (“الكتاب”) belongs to the zone
                        qn = n
                        while n < end and toks[n].start < c:
                            n += 1
                        n += 1
                        if (n >= len(toks) or toks[n].text in _PUNCT_STOP) and qn - zone_a <= 4 \
                                and not any(toks[x].text in _PREPOSITIONS for x in range(zone_a, qn)) \
                                and self.quote_ok(cf, qn, zone_a):
                            intro, intro_n = "quote", qn  # وأضاف “نحن جاهزون”.: a short quotation ending the clause
                            break
                        continue
                    break
                if w in _PUNCT_STOP or w in _CLOSERS:
                    break
            n += 1
        if cf.needs_prep and intro is not None and not any(toks[m].text == cf.prep for m in range(n1 + 1, intro_n)):
            return None  # عبر الهاتف: without its عن the word is no verb of expression
        if cf.form == "bil" and intro is None:
            nxt = toks[n1 + 1].text if n1 + 1 < len(toks) else ""
            prv = toks[n0 - 1].text if n0 > 0 else ""
            if not nxt or nxt in ("فقط", "وحده", "والفعل", "وبالفعل", "والعمل") or prv.lstrip("و") in _NEGATION:
                return None  # وليس بالقول فقط: no speech follows
            intro, intro_n = "bare", n1
        if intro is None and self.first_person_speech(toks, n1 + 1, cf):
            intro, intro_n = "bare", n1  # ويقول أعلق الآن ...: speech whose quotation marks were lost
        if intro is None and cf.cls in ("say", "add") and cf.form in ("past", "present"):
            sb = self.noun_phrase(toks, zone_a, end)[1]
            if sb > zone_a and self.speech_opener(toks, sb):
                intro, intro_n = "speech", sb  # وقال الوزير نحن لن نسمح ...: unquoted speech after the speaker
        if intro is None:
            return (self.after_quote(sent, k, n0, n1, i, j, cf) or self.parenthetical(sent, k, n0, n1, i, j, cf)
                    or self.as_said(sent, k, n0, n1, i, j, cf))
        if merged_participle >= 0:
            consumed.add(toks[merged_participle].start)
        for m in range(zone_a, intro_n):  # cues inside the zone (a relative clause, على لسان ...) are not events
            consumed.add(toks[m].start)
        zone_b = merged_participle if merged_participle >= 0 else intro_n
        # ---- content
        kind = "indirect"
        fixed = False
        content: tuple[int, int] | None
        if intro == "that":
            content, how, fixed = self.content_after(sent, intro_n + 1, clause=True)
            kind = "mixed" if how == "quote" else "indirect"
        elif intro == "colon":
            nn = intro_n + 1
            if nn < len(toks) and _COMPLEMENTIZER.fullmatch(toks[nn].text):
                content, how, fixed = self.content_after(sent, nn + 1, clause=True)
                kind = "indirect"
            else:
                content, how, fixed = self.content_after(sent, nn)
                kind = "direct"
        elif intro == "quote":
            content, how, fixed = self.content_after(sent, intro_n)
            kind = "direct"
            if content is not None and toks[intro_n - 1].text in "،,":
                q = self.quote_before(i, cf)  # “الوضع خطير”، قال الوزير، “ولا بد ...”: one quotation around its cue
                if q is not None:
                    content = (q[0], content[1])
            if content is not None and intro_n + 1 < len(toks) and _COMPLEMENTIZER.fullmatch(toks[intro_n + 1].text) \
                    and self.v.original[self.v.offsets[toks[intro_n + 1].start]] != "إ":
                content = (toks[intro_n + 1].end, content[1])  # “أنه سعيد ...”: a quoted indirect clause
                kind = "mixed"  # (“إننا أمام ...”: an emphatic إنّ opening direct speech stays direct)
        elif intro == "speech":
            content, how, fixed = self.content_after(sent, intro_n)
            kind = "direct"
        elif intro == "newline":  # a quotation the source lost its marks for: the next line
            a0 = toks[intro_n].start
            nl = self.t.find("\n", a0, sent.end)
            content, fixed, kind = (a0, nl if nl >= 0 else sent.end), True, "direct"
        else:  # bare: unquoted speech after قائلا / بالقول
            nn = intro_n + 1
            if nn < len(toks) and toks[nn].text == ":":
                nn += 1
            if nn < len(toks) and _COMPLEMENTIZER.fullmatch(toks[nn].text):
                content, how, fixed = self.content_after(sent, nn + 1)
                kind = "mixed" if how == "quote" else "indirect"
            else:
                content, how, fixed = self.content_after(sent, nn)
                kind = "direct"
        # ---- speaker and channel
        speaker, channel = self.zone(sent, n0, zone_a, zone_b, cf)
        if channel is None:
            channel = self.fronted_channel(toks, n0)
        ev = _Event(i, j, cf, k, speaker, content, kind, channel, content_fixed=fixed)
        first_person = bare[:1] == "ا" and cf.form == "present"
        subordinate = 0 < n0 <= 25 and toks[n0 - 1].text.lstrip("و") in _SUBORDINATORS
        if speaker is None and not first_person:
            if cf.form == "participle" or (cf.form == "present" and w0.startswith("ل")) or subordinate:
                ev.inherits = True
            elif not (w0[:1] == "و" and w0[1:] in self.lex.forms):  # وقال: coordinated, its subject is earlier
                ev.speaker = self.pre_verbal(sent, n0)
        ev.cut = self.clause_cut(sent, n0, cf)
        return ev

    def fronted_channel(self, toks: Sequence[_Tok], n0: int) -> tuple[int, int] | None:
        """The outlet of a fronted occasion, ``وفي تصريح لـ"هسبريس"، قال ...``: its addressee is the channel."""
        if n0 < 4 or toks[n0 - 1].text not in "،,":
            return None
        a = n0 - 2
        while a > 0 and n0 - a < 12 and toks[a].text not in ("في", "وفي"):
            a -= 1
        if toks[a].text not in ("في", "وفي") or (a > 0 and toks[a - 1].text not in "،,.:") or a + 2 >= n0 - 1:
            return None
        if not self.occasion(toks[a + 1].text):
            return None
        m = a + 2
        if toks[m].text == "ل" or (toks[m].word and self.l_prefixed(toks[m].text)):
            return self.addressee_at(toks, m, n0 - 1)
        return None

    def addressee_at(self, toks: Sequence[_Tok], m: int, b: int) -> tuple[int, int] | None:
        """The outlet after ``ل`` at token ``m`` (before ``b``): ``ل (الوطن)``، ``لـ"هسبريس"``، ``لوكالة ...``."""
        if toks[m].text == "ل":
            if m + 1 < b and toks[m + 1].text in _QUOTE_CHARS | {"("}:
                close = next((x for x in range(m + 2, min(b, m + 8)) if toks[x].text in _QUOTE_CHARS | {")"}), None)
                if close is not None and close > m + 2:
                    return toks[m + 2].start, toks[close - 1].end
            ca, cb = self.noun_phrase(toks, m + 1, b, allow_l=True)
            return self.span_of(toks, ca, cb) if cb > ca else None
        ca, cb = self.noun_phrase(toks, m, b, allow_l=True, first_ok=True)  # لوكالة ...: the outlet after its ل
        return (toks[ca].start + 1, toks[cb - 1].end) if cb > ca else None

    def insertion_end(self, toks: Sequence[_Tok], n: int, end: int) -> int:
        """The comma closing an aside that opens at the comma ``toks[n]``, or -1.

        An aside is a circumstantial clause (``، وهي تبكي،``) or participle phrase (``، طالبا عدم
        ذكر اسمه،``) of at most eight words, closed by a comma right before the content's introducer.
        """
        nxt = toks[n + 1].text
        if not (nxt in _ASIDE_OPENERS or _CIRCUMSTANTIAL.fullmatch(nxt)
                or (nxt.endswith("ا") and self.cue_at(nxt) is not None)):  # طالبا، مضيفا
            return -1
        for m in range(n + 2, min(end - 1, n + 10)):
            w = toks[m].text
            if w in "،,":
                after = toks[m + 1].text
                return m if (_COMPLEMENTIZER.fullmatch(after) or after in _OPEN or after == ":") else -1
            if not toks[m].word or _COMPLEMENTIZER.fullmatch(w):
                return -1
        return -1

    def zone(self, sent: _Sent, n0: int, a: int, b: int, cf: CueForm) -> tuple[
            tuple[int, int] | None, tuple[int, int] | None]:
        """Speaker and channel in the tokens [a, b) between a cue and its content."""
        toks = sent.toks
        if a >= b:
            return None, None
        speaker: tuple[int, int] | None = None
        channel: tuple[int, int] | None = None
        if cf.lemma == "نقل":
            an = next((m for m in range(a, b) if toks[m].text == "عن"), -1)
            if an > a:
                ca, cb = self.noun_phrase(toks, a, an, allow_l=True)
                channel = self.span_of(toks, ca, cb)
                sa, sb = self.noun_phrase(toks, an + 1, b)
                speaker = self.span_of(toks, sa, sb)
                return speaker, channel
        if cf.lemma == "جاء في":
            sa, sb = self.noun_phrase(toks, a, b, allow_l=True)
            return self.span_of(toks, sa, sb), None
        w_a, nxt = toks[a].text, toks[a + 1].text if a + 1 < len(toks) else ""
        if (cf.prep and a > n0 + 1 and toks[a - 1].text == cf.prep) or (
                w_a[:1] == "ب" and w_a.endswith("ه") and _COMPLEMENTIZER.fullmatch(nxt)):
            return None, None  # شدد على أهمية أن، طالب بضرورة أن: what follows the preposition is no speaker
        sa, sb = self.noun_phrase(toks, a, b)
        speaker = self.span_of(toks, sa, sb) if sb > sa else None
        # channel: an addressee (لوكالة ...، ل (الوطن)) after the speaker
        m = sb
        while m < b:
            w = toks[m].text
            if w == "ل" and m + 1 < b:
                channel = self.addressee_at(toks, m, b)
                if channel is not None:
                    break
            if (w in _QUESTION_NOUNS or (w == "مع" and m > sb and toks[m - 1].text in _INTERVIEW_NOUNS)) \
                    and m + 1 < b:  # ردا على أسئلة وكالة ...، في مقابلة مع قناة ...: the outlet asking
                ca, cb = self.noun_phrase(toks, m + 1, b, allow_l=True)
                if cb > ca:
                    channel = self.span_of(toks, ca, cb)
                    break
            if toks[m].word and self.l_prefixed(w) and (m == sb or self.l_object(w)) \
                    and not (m > a and toks[m - 1].text in _PREPOSITIONS):  # في لقاء، في لندن: not an addressee
                channel = self.addressee_at(toks, m, b)
                if channel is not None:
                    break
            m += 1
        return speaker, channel

    def pre_verbal(self, sent: _Sent, n0: int) -> tuple[int, int] | None:
        """A subject written before its verb: ``العثماني أشار أن``, ``أما X فقالت``."""
        toks = sent.toks
        n = n0 - 1
        if n >= 0 and toks[n].text in ("قد", "لقد", "وقد", "فقد", "ولقد"):
            n -= 1
        b = n + 1
        comma_used = False
        lo = max(0, n0 - _BACK)
        ws = self.w
        while n >= lo:
            tk = toks[n]
            w = tk.text
            if not tk.word:
                if w == ")":
                    o = next((m for m in range(n - 1, max(lo, n - 5) - 1, -1) if toks[m].text == "("), None)
                    if o is not None and n < b - 0:
                        n = o - 1
                        continue
                if w in "،," and n == b - 1 and not comma_used and n0 - n <= 2:
                    comma_used = True
                    b = n
                    n -= 1
                    continue
                break
            if _COMPLEMENTIZER.fullmatch(w) or _FA_INNA.fullmatch(w) or w in ws.connector or w == "و" \
                    or (n == b - 1 and (w in _RELATIVE or w[1:] in _RELATIVE)):
                break  # (اللغة التي يعتقد أن: the cue is the relative clause's own verb, no subject before it)
            if self.cue_at(w) is not None and n < n0 - 1:
                break
            n -= 1
        a = n + 1
        w_a = toks[a].text if a < b else ""
        if b - a >= 2 and w_a[:1] in "وف" and not w_a.startswith("وال") and toks[a + 1].text.startswith("ال") \
                and not ({w_a, w_a[1:]} & (ws.media | ws.doc | ws.title)) and not w_a.startswith("وزار"):
            a += 1  # وردت اللجنة بالقول: the verb before the subject is not part of it
        if a >= b:
            return None
        first = toks[a].text
        if first[0] == "ك" and len(first) > 4 and (first.endswith("ه") or first.startswith("كال")):
            return None  # كفنانة، كالعادة: "as ...", not a subject
        if first in ws.stop or first in ws.time or first.startswith(("بال", "وب", "وفي", "ول")) or first in ws.object:
            return None
        if any(toks[m].text in ws.stop and toks[m].text not in ("من",) for m in range(a, b)) and not any(
                toks[m].text in _RELATIVE for m in range(a, b)):
            return None
        return self.span_of(toks, a, b)

    def quote_before(self, i: int, cf: CueForm) -> tuple[int, int] | None:
        """The quotation ``(inner start, closing mark)`` that ends just before the cue at ``i``, if any."""
        t = self.t
        if cf.form not in ("past", "present"):
            return None
        p = i - 1
        while p >= 0 and t[p] in " ،,\n":
            p -= 1
        if p < 0 or t[p] not in "”»\"«" or self.closer_for(p):
            return None  # no mark before the cue, or a mark that opens the quotation the cue is in
        opener = {"”": "“", "»": "«", '"': '"', "«": "»"}[t[p]]
        o = t.rfind(opener, max(0, p - _QUOTE_MAX), p)
        if o < 0 and t[p] == "”":
            o = t.rfind("„", max(0, p - _QUOTE_MAX), p)
        if o < 0 or p - o < 3 or "\n" in t[o:p] or not self.quote_ok(cf, 0, 0):
            return None  # a belief verb after a quoted name ("فيسبوك"، ترجح ...) reports no quotation
        return o + 1, p

    def parenthetical(self, sent: _Sent, k: int, n0: int, n1: int, i: int, j: int, cf: CueForm) -> _Event | None:
        """``الوضع، يضيف الوزير، فإن ...``: a cue between commas reports the clause around it."""
        toks = sent.toks
        if n0 == 0 or toks[n0 - 1].text not in "،," or cf.form not in ("past", "present"):
            return None
        sa, sb = self.noun_phrase(toks, n1 + 1, min(len(toks), n1 + 14))
        if sb <= sa or sb + 1 >= len(toks) or toks[sb].text not in "،," or not _FA_INNA.fullmatch(toks[sb + 1].text):
            return None
        if n0 < 2:
            return None
        return _Event(i, j, cf, k, (toks[sa].start, toks[sb - 1].end), (toks[0].start, sent.end), "indirect")

    def as_said(self, sent: _Sent, k: int, n0: int, n1: int, i: int, j: int, cf: CueForm) -> _Event | None:
        """``كما`` + a cue sources a clause: ``الوضع مستقر، كما قال الوزير.`` (the clause before) or
        ``وكما قال الوزير، فإن الوضع مستقر`` (the clause after its فإن)."""
        toks = sent.toks
        if n0 < 1 or toks[n0 - 1].text not in ("كما", "وكما") or cf.form not in ("past", "present"):
            return None
        b = len(toks)
        sa, sb = self.noun_phrase(toks, n1 + 1, min(b, n1 + 14))
        if sb <= sa:
            return None
        m = sb + 1 if sb < b and toks[sb].text in "،," else sb
        if (n0 == 1 or toks[n0 - 2].text in "،,") and m < b and _FA_INNA.fullmatch(toks[m].text) \
                and toks[m].text.startswith("ف"):
            content, _how, fixed = self.content_after(sent, m + 1)
            return _Event(i, j, cf, k, (toks[sa].start, toks[sb - 1].end), content, "according_to",
                          content_fixed=fixed, cut=i)
        if n0 < 3 or toks[n0 - 2].text not in "،," or (sb < b and toks[sb].text not in _PUNCT_STOP):
            return None
        before = self.clause_before(toks, n0 - 2)
        if before is None:
            return None
        ev = _Event(i, j, cf, k, (toks[sa].start, toks[sb - 1].end), before, "according_to", content_fixed=True)
        ev.cut = i
        return ev

    def clause_before(self, toks: Sequence[_Tok], m: int) -> tuple[int, int] | None:
        """The clause that ends at token ``m`` (commas skipped), back to its punctuation or complementizer."""
        while m >= 0 and toks[m].text in "،,":
            m -= 1
        a = m
        while a >= 0:
            w = toks[a].text
            if not toks[a].word and w in "،,:;؛.!?؟\"“”«»(":
                break
            if _COMPLEMENTIZER.fullmatch(w) or w in _RELATIVE or w in self.w.connector:
                break
            a -= 1
        a += 1
        return (toks[a].start, toks[m].end) if a <= m else None

    def after_quote(self, sent: _Sent, k: int, n0: int, n1: int, i: int, j: int, cf: CueForm) -> _Event | None:
        """``“...”، قال الوزير``: the cue follows the quote it reports."""
        q = self.quote_before(i, cf)
        if q is None:
            return None
        o, p = q[0] - 1, q[1]
        toks = sent.toks
        b = len(toks)
        n = n1 + 1
        while n < b and toks[n].word:
            n += 1
        speaker, channel = self.zone(sent, n0, n1 + 1, n, cf)
        return _Event(i, j, cf, k, speaker, (o + 1, p), "direct", channel, content_fixed=True)

    def clause_cut(self, sent: _Sent, n0: int, cf: CueForm) -> int:
        """Where the clause of the cue at token n0 begins, when it begins a new clause; -1 if embedded.

        Walking back over a pre-verbal subject, a comma, a connector (فيما، لكنها، كما) or the
        sentence start opens a new clause; a complementizer (أن الكثير يعتقدون) embeds it.
        """
        toks = sent.toks
        if cf.form in ("participle", "according"):
            return toks[n0].start
        w0 = toks[n0].text
        if w0[:1] in "وف" and w0[1:] in self.lex.forms:  # وقال، فأضاف: a coordinated clause of its own
            return toks[n0].start
        n = n0 - 1
        lo = max(-1, n0 - _SUBJECT_MAX - 1)  # a longer stretch is no subject: the cue is embedded
        while n > lo:
            tk = toks[n]
            w = tk.text
            if not tk.word:
                return toks[n + 1].start
            if _COMPLEMENTIZER.fullmatch(w) or w in _RELATIVE:
                return -1
            if w in self.w.connector or w in ("كما", "و", "فيما", "بينما") or _FA_INNA.fullmatch(w):
                return tk.start
            n -= 1
        if n < 0:
            return toks[0].start
        return -1

    def according(self, sent: _Sent, k: int, n0: int, n1: int, i: int, j: int, cf: CueForm) -> _Event | None:
        toks = sent.toks
        b = len(toks)
        n = n1 + 1
        glued = toks[n1].end > j  # وفقا لوزارة: the source starts inside the last token
        if glued:
            n = n1
        speaker: tuple[int, int] | None = None
        phrase_has_noun = toks[n1].text in self.lex.speech_nouns and not glued
        if n < b and toks[n].text in self.lex.speech_nouns:
            n += 1
            phrase_has_noun = True
        via_verb = self.t[i:j].endswith("ما")
        if via_verb:  # وفقا لما ذكرته الوزارة، حسبما أفاد مصدر
            if n >= b:
                return None
            verb = toks[n].text
            base = verb[:-2] if verb.endswith(("ته", "ها")) else verb[:-1] if verb.endswith("ه") else verb
            if not (self.cue_at(verb) or self.cue_at(base) or self.cue_at(base + "ت")):
                return None
            n += 1
            if n < b and toks[n].text in _PRONOUN_PREP:  # حسب ما أفادت به مصادر
                n += 1
        if phrase_has_noun:
            sb = n
        else:
            sa, sb = self.noun_phrase(toks, n, min(b, n + 15), allow_l=True, first_ok=glued)
            if sb <= sa:
                return None
            head = toks[sa].text
            if glued:
                head = "ال" + head[2:] if head.startswith("لل") else head[1:]
            stems = {head, head[2:] if head.startswith("ال") else "ال" + head, _PRONOUN_END.sub("", head)}
            if stems & self.w.nonsource:
                return None
            if cf.lemma in ("وفقا", "طبقا") and not via_verb and not stems & (
                    self.w.source | self.w.doc | self.w.media | self.w.title):
                # a name may follow وفقا لـ, a rule or a measure may not: a short phrase closed by a comma or فإن
                nxt = toks[sb].text if sb < b else "."
                if head.startswith("ال") or sb - sa > 3 or not (nxt in "،,." or _FA_INNA.fullmatch(nxt)):
                    return None
            speaker = self.span_of(toks, sa, sb)
            if glued and speaker is not None:
                speaker = (max(speaker[0], j), speaker[1])
            if cf.lemma == "بالنسبة ل":  # بالنسبة لـX، فإن ...: a framing only with its فإن
                m = sb
                while m < b and toks[m].text in "،,":
                    m += 1
                if m >= b or not _FA_INNA.fullmatch(toks[m].text) or not toks[m].text.startswith("ف"):
                    return None
        # content: after the source when the cue opens its sentence, else the clause before it
        opens = n0 == 0 or all(toks[m].text in ("و", "ف", "كما") for m in range(0, n0))
        if opens:
            m = sb
            fa = next((x for x in range(sb, min(b, sb + 15)) if toks[x].text in ("فان", "فانه", "فانها", "فانهم")), -1)
            if fa >= 0:  # وفقا لتقارير X بنسبة ...، فإن ...: the sourced clause follows فإن
                m = fa + 1
            while m < b and (toks[m].text in "،," or _FA_INNA.fullmatch(toks[m].text)):
                m += 1
            if m >= b:
                return None
            content, _how, fixed = self.content_after(sent, m)
            ev = _Event(i, j, cf, k, speaker, content, "according_to", None, content_fixed=fixed)
            ev.cut = i
            return ev
        before = self.clause_before(toks, n0 - 1)
        if before is None:
            return None
        ev = _Event(i, j, cf, k, speaker, before, "according_to", None, content_fixed=True)
        ev.cut = i
        return ev

    # ---- whole text
    def run(self) -> list[_Event]:
        cues = self.lex.find(self.t)
        consumed: set[int] = set()
        events: list[_Event] = []
        cuts: list[int] = []
        for i, j, cf in cues:
            if i in consumed:
                continue
            ev = self.analyse(i, j, cf, consumed)
            if ev is not None and ev.content is not None and ev.content[1] > ev.content[0]:
                events.append(ev)
            elif cf.form in ("past", "present", "participle"):
                cut = self.new_clause_at(i)
                if cut >= 0:
                    cuts.append(cut)
        events = [e for e in events if e.i not in consumed]
        self.finish(events, cuts)
        return events

    def new_clause_at(self, i: int) -> int:
        """For a cue without content: where its clause starts if a comma or connector opens it, else -1."""
        sent = self.sent(self.sent_of(i))
        n0 = sent.index.get(i)
        if n0 is None or n0 == 0:
            return -1
        prev = sent.toks[n0 - 1]
        cf = self.cue_at(sent.toks[n0].text)
        if prev.text in "،,;؛" and cf is not None and cf.form == "participle":
            return i
        if prev.text in ("كما", "فيما", "بينما"):
            return prev.start
        return -1

    def finish(self, events: list[_Event], cuts: Sequence[int] = ()) -> None:
        t = self.t
        # content ends at the next clause-initial event of the same sentence
        for n, ev in enumerate(events):
            assert ev.content is not None
            a, b = ev.content
            if not ev.content_fixed:
                for q in range(n + 1, len(events)):
                    nx = events[q]
                    if nx.i >= b:
                        break
                    if nx.i > a and nx.cut >= 0:
                        b = max(a, nx.cut)
                        break
                k = bisect.bisect_right(cuts, a)
                if k < len(cuts) and cuts[k] < b:
                    b = cuts[k]
                m = _THAT_CLAUSE_END.search(t, a, b)
                if m is not None:
                    b = m.start()
                b = self.cut_at_closer(a, b)
            raw = (a, b)
            b = self.trim_end(a, b)
            while a < b and t[a].isspace():
                a += 1
            if a < b and t[a] in _QUOTE_CHARS and self.unbalanced_opening(a, b):
                a += 1
            ev.content = (a, b) if b > a else None
            if ev.kind in ("indirect", "mixed") and ev.content and not ev.content_fixed:
                ev.kind = "mixed" if self.quotes_speech(*raw) else "indirect"
        # a report nested inside another's content keeps to its own first clause
        for n, ev in enumerate(events):
            if ev.cut >= 0 or ev.content is None or ev.content_fixed:
                continue
            if any(p.content and p.content[0] <= ev.i < p.content[1] for p in events[max(0, n - 3):n]):
                a, b = ev.content
                m = _NESTED_END.search(t, a, b)
                if m is not None and m.start() > a:
                    ev.content = (a, self.trim_end(a, m.start()))
        # inherited speakers (participles): the subject of the clause they hang on
        last_by_sent: dict[int, _Event] = {}
        for ev in events:
            if ev.inherits:
                prev = last_by_sent.get(ev.sent)
                if prev is not None:  # the clause it hangs on: its subject, null when dropped too
                    ev.speaker = prev.speaker
                else:
                    ev.speaker = self.main_subject(ev)
            elif ev.cf.form != "according":
                last_by_sent[ev.sent] = ev

    def cut_at_closer(self, a: int, b: int) -> int:
        """End a content at a quote mark that closes a quotation opened before it (a report nested in a quote)."""
        depth = 0
        straight = 0  # straight quotes open inside the content
        t = self.t
        for m in _QUOTE_MARK.finditer(t, a, b):
            ch = m.group()
            if ch == '"':
                p = m.start()
                before = t[p - 1] if p > 0 else " "
                after = t[p + 1] if p + 1 < len(t) else " "
                if after.isalnum() and not before.isalnum():
                    straight += 1
                elif before.isalnum() and not after.isalnum():
                    if straight == 0:
                        return p
                    straight -= 1
                else:
                    straight = straight - 1 if straight else 1
            elif ch in "“«(":
                depth += 1
            elif ch in "”»)":
                depth -= 1
                if depth < 0:
                    return m.start()
        return b

    def unbalanced_opening(self, a: int, b: int) -> bool:
        """Whether ``[a, b)`` opens more quotations than it closes (its last closing mark was trimmed)."""
        t = self.t
        opens = closes = 0
        for m in _QUOTE_MARK.finditer(t, a, b):
            ch = m.group()
            if ch in "“«":
                opens += 1
            elif ch in "”»":
                closes += 1
            elif ch == '"':
                p = m.start()
                if p + 1 < len(t) and t[p + 1].isalnum() and (p == 0 or not t[p - 1].isalnum()):
                    opens += 1
                else:
                    closes += 1
        return opens > closes

    def quotes_speech(self, a: int, b: int) -> bool:
        """Whether ``[a, b)`` holds a quotation of someone's words: two words or more, not a quoted name."""
        t = self.t
        for m in _QUOTED.finditer(t, max(0, a - 1), min(len(t), b + 1)):
            inner = (m.group(1) or m.group(2) or "").strip()
            if " " not in inner or (m.group().startswith("(") and inner.count(" ") < 3):
                continue
            before = t[max(0, m.start() - 12):m.start()].split()
            if before and before[-1].lstrip("وبل") in self.w.naming:
                continue
            return True
        return False

    def trim_end(self, a: int, b: int) -> int:
        t = self.t
        while b > a and (t[b - 1].isspace() or t[b - 1] in ".،,:;؛!?؟…-\"“”«»'"):
            b -= 1
        m = _TRAILING_CONNECTOR.search(t, a, b)
        if m is not None and m.start() > a:
            b = m.start()
            while b > a and (t[b - 1].isspace() or t[b - 1] in ".،,:;؛"):
                b -= 1
        return b

    def main_subject(self, ev: _Event) -> tuple[int, int] | None:
        sent = self.sent(ev.sent)
        toks = sent.toks
        n_ev = sent.index.get(ev.i)
        if n_ev is None:
            n_ev = len(toks)
        # the first verb of the lexicon before the participle, else the sentence's first word
        nominal = bool(toks) and toks[0].text.startswith(("ال", "وال")) and toks[0].text not in self.w.stop
        for n in range(min(n_ev, 40) if not nominal else 0):
            tk = toks[n]
            cf = self.cue_at(tk.text) if tk.word else None
            if cf is not None and cf.form in ("past", "present"):
                a, b = self.noun_phrase(toks, n + 1, n_ev)
                return self.span_of(toks, a, b) if b > a else self.pre_verbal(sent, n)
        if not toks or n_ev == 0:
            return None
        ws = self.w
        v = 0
        first = toks[0].text
        if first[:1] == "و" and first[1:] in ws.stop:  # وخلال الاجتماع تدخل X: skip the opening adjunct
            v = 1
            while v < n_ev and toks[v].word and toks[v].text.startswith("ال"):
                v += 1
        if v >= n_ev:
            return None
        first = toks[v].text
        if v == 0 and first.startswith(("ال", "وال")) and first not in ws.stop:  # a nominal sentence: its topic
            e = 1
            while e < n_ev and toks[e].word and toks[e].text.startswith("ال") and toks[e].text not in ws.stop:
                e += 1
            f = e  # a name after the title, up to a comma (الفنانة عزيزة جلال، أعلنت)
            while f < min(n_ev, e + 3) and toks[f].word and not toks[f].text.endswith("ا") \
                    and toks[f].text not in _NEGATION and not self.is_stop(toks[f].text) \
                    and self.cue_at(toks[f].text) is None:
                f += 1
            if f < n_ev and toks[f].text in "،," and f - e <= 2:
                e = f
            return self.span_of(toks, 0, e)
        if not toks[v].word or first in ws.stop or first in ws.time or first in ws.connector or \
                first.startswith(("ال", "وال", "في", "وفي", "ب", "وب", "ل", "ول")):
            return None
        a, b = self.noun_phrase(toks, v + 1, min(n_ev, v + 12))
        return self.span_of(toks, a, b) if b > a else None


_QUOTE_MARK = regex.compile(r"[“”«»()\"]")
_QUOTED = regex.compile(r"[\"“”«»]([^\"“”«»\n]{1,400})[\"“”«»]|\(([^()\n]{1,400})\)")
_THAT_CLAUSE_END = regex.compile(
    r"\s*[،,]\s*(?:وذلك(?!\s+(?:ب(?!عد)|من خلال|عبر|عن طريق))|وهو\s+الامر|مما"
    # another source's reply (، وهو ما تنفيه الحكومة) is the narrator's, not the speaker's
    r"|وهو\s+ما\s+(?:[يت]|ا)?(?:نف|ؤكد|كد|رفض|نكر|كذب|عارض|دحض)\p{L}*|ما جعل|في\s+(?:محاوله|اشاره|خطوه)\s"
    # a circumstantial participle after a comma (، معربا عن ...، مشيدا ب...) opens the narrator's clause
    r"|(?!(?:مثلا|موخرا|مجددا|مسبقا|معا|مبدييا|مطلقا|مجانا|مساء|مباشره)(?!\p{L}))م\p{L}{2,}ا(?!\p{L}))")
_NESTED_END = regex.compile(r"\s*[،,]\s*و")
_TRAILING_CONNECTOR = regex.compile(r"(?:^|\s)(?:فيما|بينما|كما|و|ف)\s*$")


# --------------------------------------------------------------------------- public API

@functools.lru_cache(maxsize=16)
def _lexicon_for(key: object) -> Lexicon:
    return build_lexicon(key)  # type: ignore[arg-type]


def _resolve_lexicon(lexicon: LexiconSource | None) -> Lexicon:
    if lexicon is None:
        return default_lexicon()
    if isinstance(lexicon, Lexicon):
        return lexicon
    if isinstance(lexicon, str):
        return _lexicon_for(lexicon)
    if isinstance(lexicon, Mapping):
        return build_lexicon(lexicon)
    return build_lexicon(lexicon)


def extract_view(
    v: TextView, *, lexicon: LexiconSource | None = None, bounds: Sequence[tuple[int, int]] | None = None,
    dates: Sequence[DateMention] | None = None, reference: datetime | None = None,
) -> list[Attribution]:
    """Attributions found in a normalised view (``arnews.normalize.analysis_view``), spans on the original.

    ``bounds`` are the view's sentence bounds when the caller has them already
    (:func:`arnews.sentences.sentence_bounds`); they are computed otherwise. ``dates`` are the
    text's date mentions when the caller has them (``said_at`` is taken from them), else the
    mentions of each report's speech frame are found, resolved against ``reference`` if given.

    >>> from arnews.normalize import analysis_view
    >>> [a.verb for a in extract_view(analysis_view("وأضاف أن الاتفاق نهائي."))]
    ['أضاف']
    """
    lex = _resolve_lexicon(lexicon)
    if not v.text:
        return []
    bounds = sentence_bounds(v) if bounds is None else bounds
    an = _Analyzer(v, lex, bounds)
    out: list[Attribution] = []
    events = sorted((ev for ev in an.run() if ev.content is not None), key=lambda ev: ev.i)
    fields = speech_fields(events, v, bounds, dates=dates, reference=reference)
    for ev, (said_at, source_type) in zip(events, fields, strict=True):
        assert ev.content is not None
        out.append(Attribution(
            cue=v.span(ev.i, ev.j),
            verb=ev.cf.lemma,
            speaker=v.span(*ev.speaker) if ev.speaker else None,
            content=v.span(*ev.content),
            kind="according_to" if ev.kind == "according_to" else ev.kind,
            channel=v.span(*ev.channel) if ev.channel else None,
            cls=ev.cf.cls,
            meaning=ev.cf.meaning,
            source_type=source_type,
            said_at=said_at,
        ))
    return out


def extract_attributions(text: str, *, lexicon: LexiconSource | None = None,
                         reference: datetime | date | None = None) -> list[Attribution]:
    """Find the reported-speech events in ``text``; spans index ``text``.

    ``lexicon`` adds cues to the shipped lexicon: a TSV path or TSV text in the shipped format, a
    mapping ``{lemma: {"class": ..., "past": ..., "present": ...}}``, or a built ``Lexicon``.
    ``reference`` resolves each ``said_at`` (left unresolved without it).

    >>> a = extract_attributions("“سنواصل العمل”، قال المتحدث باسم الحكومة.")[0]
    >>> a.content.text, a.speaker.text, a.kind
    ('سنواصل العمل', 'المتحدث باسم الحكومة', 'direct')
    """
    check_text(text)
    ref = datetime(reference.year, reference.month, reference.day) if isinstance(reference, date) \
        and not isinstance(reference, datetime) else reference
    return extract_view(analysis_view(text), lexicon=lexicon, reference=ref)
