"""What every attribution stage reads: the document, the lexicon, the word tables, the stretches.

Attribution reads the document's sentences (:attr:`arnews.doc.Doc.bounds`, the ones
``Article.sentences`` reports) as *stretches*: line fragments that a stripped quotation or title cut
out of one sentence are joined back, and an overlong sentence is read in bounded pieces. Tokens come
from the document's token tables.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from .. import _compiled
from ..doc import Doc, Token, TokenTable
from ..lexicon import CueForm, Lexicon
from .words import (
    COMPLEMENTIZER,
    FA_INNA,
    PRONOUN_END,
    PRONOUN_L,
    PRONOUN_PREP,
    ZONE_BREAK,
    words,
)

#: The longest stretch read as one sentence. A longer "sentence" (megabytes without a full stop:
#: no news sentence comes near) is read in stretches of at most this many characters cut after a
#: comma, else between two marks, else at a space, so its tokens are never held all at once (time
#: stays proportional to length).
SENT_MAX = 20_000


MARKS_CUT = _compiled.compile(r"(?r)(?<=[^\w\s])(?=[^\w\s])")


def bounded(t: str, bounds: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``bounds`` with every sentence longer than ``SENT_MAX`` cut into stretches (see ``SENT_MAX``)."""
    if all(b - a <= SENT_MAX for a, b in bounds):
        return bounds
    out: list[tuple[int, int]] = []
    for a, b in bounds:
        while b - a > SENT_MAX:
            lo, hi = a + SENT_MAX // 2, a + SENT_MAX
            cut = max(t.rfind("،", lo, hi), t.rfind(",", lo, hi)) + 1  # after a comma
            if cut <= a:  # else between two marks (a run of quotes), else at a space
                m = MARKS_CUT.search(t, lo, hi)
                cut = m.start() if m is not None else t.rfind(" ", lo, hi)
            if cut <= a:
                cut = hi
            out.append((a, cut))
            a = cut
        out.append((a, b))
    return out


TERMINAL = frozenset(".!?؟…:\"”»)")
#: Cue flags of forms that report only in one construction (أرجع X إلى أن، ما أسماه، عرّف نفسه): no verb to the other
#: stages.
_CONSTRUCTION_ONLY = frozenset({"prepthat", "reflexive", "relclause"})


def join_fragments(t: str, bounds: list[tuple[int, int]], lex: Lexicon) -> list[tuple[int, int]]:
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
            if prev and prev[-1] not in TERMINAL and "\n" in t[pe:s + 1] + t[pe - 1:pe]:
                nxt = t[s:e].lstrip()
                last_line = prev[prev.rfind("\n") + 1:]
                tail = last_line.split()[-2:]
                ends_with_cue = bool(tail) and (tail[-1] in lex.forms or (
                    len(tail) == 2 and tail[-1] in PRONOUN_PREP and tail[0] in lex.forms))
                if nxt[:1] in "،," or last_line.count(" ") < 3 or nxt.count(" ") < 3 or ends_with_cue:
                    out[-1] = (ps, e)
                    continue
        out.append((s, e))
    return out


# --------------------------------------------------------------------------- the analysis


class Scope:
    """One text under analysis: its document, lexicon, word tables and stretches (shared by all stages).

    ``t`` is the view's text; ``bounds`` the stretches; ``sent(k)`` the token table of stretch ``k``.
    """

    __slots__ = ("alef_maqsura", "bounds", "doc", "hamza", "lex", "silent", "starts", "t", "v", "w")

    def __init__(self, doc: Doc, lex: Lexicon) -> None:
        self.doc = doc
        self.v = doc.view
        self.t = doc.text
        self.lex = lex
        self.w = words()
        self.bounds = bounded(self.t, join_fragments(self.t, list(doc.bounds), lex))
        self.starts = [s for s, _ in self.bounds]
        self.alef_maqsura = "على" in self.v.original  # the text tells على from the name علي
        self.hamza = "إ" in self.v.original  # the text tells فإن from the name particle فان
        #: subjects of verbs of saying that made no event (a noun object: أكدت مصادر لـX سيطرة ...): a
        #: dropped subject after them continues that source (``source_type``), as after an event
        self.silent: list[tuple[int, int]] = []

    # ---- stretches and their tokens
    def sent_of(self, i: int) -> int:
        """Index of the stretch holding view offset ``i``."""
        k = bisect.bisect_right(self.starts, i) - 1
        return max(k, 0)

    def sent(self, k: int) -> TokenTable:
        """The token table of stretch ``k`` (from the document's tables)."""
        return self.doc.tokens(*self.bounds[k])

    # ---- predicates on folded words
    def is_stop(self, w: str) -> bool:
        """Whether the folded word ``w`` can be no word of a speaker phrase: a stop, time, connector or object word,
        a speech noun, a verbal noun of the lexicon (not a plain noun) or a preposition with its pronoun."""
        ws = self.w
        return (w in ws.stop or w in ws.time or w in ws.connector or w in ws.object or w in self.lex.speech_nouns
                or (w in self.lex.masdars and w not in ws.noun) or w in PRONOUN_PREP)

    def cue_at(self, w: str) -> CueForm | None:
        """The cue form of the folded word ``w`` when it is a verb of reporting wherever it stands (the forms
        of a construction only, ``prepthat`` and ``relclause``, are names and nouns elsewhere: عزت، سمته; a
        coordinated ``وعزت`` and a participle ``عازيا`` are the verb)."""
        cf = self.lex.forms.get(w)
        if cf is None or not cf.flags & _CONSTRUCTION_ONLY:
            return cf
        verb = "prepthat" in cf.flags and (cf.form == "participle" or (w[:1] in "وف" and w[1:] in self.lex.forms))
        return cf if verb else None  # (وعزت، عازيا، مبررا: the verb)

    def fa_inna(self, tk: Token) -> bool:
        """Whether the token is ``فإن`` (``فانه``، ``فإنها`` ...): not ``فان`` written with a plain alef in a text
        that spells hamza (``لويس فان جال``: a name particle)."""
        if not FA_INNA.fullmatch(tk.text):
            return False
        return not (tk.text == "فان" and self.hamza and self.v.original[self.v.offsets[tk.start + 1]] == "ا")

    def l_prefixed(self, w: str) -> bool:
        """Whether the folded word ``w`` may carry a glued ``ل`` (``لوكالة``): not a word of ``PRONOUN_L``
        (``لهم``، ``لكن``) nor one opening with ``لله``."""
        return len(w) > 3 and w[0] == "ل" and w not in PRONOUN_L and not w.startswith("لل" + "ه")

    def starts_phrase(self, w: str) -> bool:
        """Whether ``w`` may open a speaker phrase (not a preposition, time word, addressee, clause word)."""
        ws = self.w
        return not (w in ws.stop or w in ws.time or w in ws.connector or w in ws.object or w in ZONE_BREAK
                    or w in self.lex.speech_nouns or COMPLEMENTIZER.fullmatch(w) or FA_INNA.fullmatch(w)
                    or w.startswith("بال") or self.l_object(w) or w[0].isdigit() or self.cue_at(w) is not None
                    or w in ("و", "ل", "ب", "ف") or (w in self.lex.masdars and w not in ws.noun) or w in PRONOUN_PREP)

    def occasion(self, w: str) -> bool:
        """Where or how words were said: ``تصريح``، ``مقابلة``، ``حديثه``، ``مقابلته`` (a pronoun stripped)."""
        if w in self.w.occasion:
            return True
        base = PRONOUN_END.sub("", w)
        return base in self.w.occasion or (base.endswith("ت") and base[:-1] + "ه" in self.w.occasion)

    def l_object(self, w: str) -> bool:
        """``للصحفيين``، ``لوكالة``: ل + a definite noun or an outlet; ``لجنة``، ``ليلى`` are words of their own."""
        return self.l_prefixed(w) and (w.startswith("لل") or self.addressee(w))

    def addressee(self, w: str) -> bool:
        """``لوكالة``، ``للصحفيين``: ل + an outlet or audience names the channel."""
        ws = self.w
        rest = w[1:]
        return rest in ws.media or ("ال" + rest[1:]) in ws.media or (rest.startswith("ل") and ("ا" + rest) in ws.media)

    def span_of(self, toks: Sequence[Token], a: int, b: int) -> tuple[int, int] | None:
        """The view span of the tokens ``[a, b)`` without the commas and brackets at its edges, or ``None``."""
        while a < b and toks[a].text in "()،,":
            a += 1
        while b > a and toks[b - 1].text in "(،,":
            b -= 1
        if b <= a:
            return None
        if toks[a].text == "(" or toks[b - 1].text == ")":
            pass
        return toks[a].start, toks[b - 1].end
