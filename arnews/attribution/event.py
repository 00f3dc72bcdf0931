"""The event every attribution stage reads and fills: one cue, and what is found around it."""

from __future__ import annotations

from dataclasses import dataclass

from ..doc import Doc, TableRef, TokenTable
from ..lexicon import CueForm
from .words import RELATIVE

#: A stretch of the view, ``(start, end)``.
Range = tuple[int, int]


@dataclass(slots=True)
class Event:
    """One cue under analysis and what the stages found for it (view offsets).

    The cue stage fills the position (``i``, ``j``, ``cf``, ``sent`` with its token table ``toks``,
    and the cue's first and last token ``n0``, ``n1``); the content, speaker and channel stages fill
    the rest; linking settles content ends and inherited speakers across events.
    """

    i: int  # cue start
    j: int  # cue end
    cf: CueForm
    sent: int  # stretch number (:meth:`Scope.sent`)
    table: TokenTable
    n0: int  # the cue's first token
    n1: int  # the cue's last token (phrases span several)
    speaker: Range | None = None
    content: Range | None = None
    kind: str = "indirect"
    channel: Range | None = None
    content_fixed: bool = False  # content closed by a quote: never cut at later cues
    cut: int = -1  # where an enclosing content ends when this cue opens a new clause (-1: embedded)
    inherits: bool = False  # participle: speaker of the clause it hangs on
    after_relative: bool = False  # the cue follows a relative pronoun (read once here: the table may be released)
    relative_ma: bool = False  # the verb of a relative ما clause (ما أسماه بـ"..."): set by the cue stage
    quoted_object: bool = False  # the verb's object holds a quotation (أبدى "تفاؤله"): mixed however short

    def __post_init__(self) -> None:
        self.after_relative = self.n0 > 0 and self.table.toks[self.n0 - 1].text in RELATIVE

    def fill(self, speaker: Range | None, content: Range | None, kind: str, channel: Range | None = None,
             *, fixed: bool = False, cut: int = -1) -> Event:
        """Set what a stage found, all at once (a stage that fails sets nothing), and return the event."""
        self.speaker = speaker
        self.content = content
        self.kind = kind
        self.channel = channel
        self.content_fixed = fixed
        self.cut = cut
        return self

    def release(self, doc: Doc) -> None:
        """Let go of the token table of a long document's event once the cue stage is done (a later stage
        reads it again from ``doc``).

        Events of a long text live until linking; holding their tables would keep the tokens of
        every sentence with a cue alive at once.
        """
        if doc.long:  # (an article's events keep theirs: fewer tokens made again)
            self.table = TableRef(doc, self.table.start, self.table.end)
