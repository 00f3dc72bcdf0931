"""The words attribution reads: speaker-phrase roles (data) and the closed classes of its grammar.

The open word lists (titles, time words, outlets, source nouns, ...) are data in
``arnews/data/speaker_words.tsv``, read once (:func:`arnews.doc.speaker_roles`); the closed classes
below (complementizers, relative pronouns, prepositions that end a phrase) are part of the grammar.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass, fields

from .. import _compiled
from ..data import rows
from ..doc import Token, speaker_roles
from ..lexicon import fold
from .media import PRONOUN_END as PRONOUN_END  # re-exported: the attribution stages read it here
from .media import media


@dataclass(frozen=True, slots=True)
class Words:
    """Folded words by their role in speaker phrases (the roles of ``speaker_words.tsv``)."""

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
    addressee: frozenset[str]
    epithet: frozenset[str]
    accredited: frozenset[str]
    thing_plural: frozenset[str]
    noun: frozenset[str]


@functools.cache
def words() -> Words:
    """The shipped speaker-phrase words, by role."""
    by_role: dict[str, set[str]] = {}
    for w, roles in speaker_roles().items():
        for r in roles:
            by_role.setdefault(r, set()).add(w)
    by_role.setdefault("media", set()).update(media().words)  # outlets and audiences: data/media.tsv
    return Words(*(frozenset(by_role.get(f.name, ())) for f in fields(Words)))


SUFFIXES = ("", "ه", "ها", "هم", "هما", "هن", "ني", "نا", "ك", "كم")


class WordSet:
    """A set of words with a regex-like ``fullmatch`` (one hash lookup per token)."""

    __slots__ = ("words",)

    def __init__(self, words: Sequence[str]) -> None:
        self.words = frozenset(words)

    def fullmatch(self, w: str) -> bool:
        return w in self.words


#: أن، إن، بأن and their attached pronouns (أنه، بأنها), folded.
COMPLEMENTIZER = WordSet([p + "ان" + s for p in ("", "ب") for s in SUFFIXES])
#: فإن (and إن) opening a main clause after a fronted phrase.
FA_INNA = WordSet([p + "ان" + s for p in ("", "ف") for s in SUFFIXES[:6]])
#: فإن with its pronoun only (فإن، فإنه، فإنها ...): after a source phrase it introduces the sourced clause.
FA_INNA_ONLY = frozenset("فان" + s for s in SUFFIXES[:6])
PRONOUN_PREP = frozenset({"لك", "لكم", "لي", "لنا",
                           "فيه", "فيها", "فيهم", "عليه", "عليها", "عليهم", "منه", "منها", "منهم", "به", "بها", "بهم",
                           "عنه", "عنها", "عنهم", "اليه", "اليها", "اليهم", "معه", "معها", "معهم", "له", "لها", "لهم"})
#: Short words that are also parts of names (Korean and Chinese لي، جاك ما): see ``speaker.particle_name``.
NAME_PARTICLES = frozenset({"لي", "ما"})
PREPOSITIONS = frozenset({"في", "من", "علي", "الي", "عن", "مع", "حول", "بعد", "قبل", "عبر", "عند", "لدي", "دون"})
PRONOUN_L = frozenset({"له", "لها", "لهم", "لهما", "لهن", "لنا", "لي", "لك", "لكم", "لكن", "لا", "لم", "لن", "لو",
                        "لدي", "لذلك", "لان", "لانه", "لانها", "لكنه", "لكنها", "ليس", "ليست"})
TEMPORAL_BEFORE_AN = frozenset({"قبل", "بعد", "دون", "منذ", "بدل", "عوض", "بمجرد", "رغم", "بعيد", "حتي", "في",
                                 "لاجل", "اجل", "يمكن", "يجب", "ينبغي", "بامكان", "يريد", "تريد"})
#: The verb after إن in the formula إن شاء الله ("God willing"): that إن is conditional, never a content's introducer.
IN_SHAA = frozenset({"شاء", "شاءالله"})
OPEN = {"“": "”", "«": "»", "»": "«", '"': '"', "„": "“", "(": ")", "‹": "›", "'": "'"}
CLOSERS = frozenset("”»)›")
QUOTE_CHARS = frozenset("“”«»\"„‹›")
PUNCT_STOP = frozenset(".!?؟…;؛")
#: The verbal noun of a derived form, folded (a pattern's source): تفعيل (توفير، تعليق), تفاعل (تبادل), إفعال
#: (إطلاق), افتعال (اتخاذ), استفعال (استئناف). Names rarely take these shapes; objects after a verb often do.
VERBAL_NOUN = r"(?:ت\w\wي\w|ت\wا\w\w|ا\w\wا\w|ا\wت\wا\w|است\w\wا\w)"
#: Prepositions an ``origin`` participle governs (صادر عن، مقرب من، مطلع على), folded.
ORIGIN_PREPS = frozenset(fold(w) for w in ("من", "عن", "على", "في"))
RELATIVE = frozenset({"الذي", "التي", "الذين", "اللذين", "اللتين", "اللواتي", "اللاتي"})
#: A relative pronoun and the verbs (folded, past or present) whose subject it is: the verb agrees
#: with it (مصر التي تخشى، المحللون الذين رأوا), while a verb that does not agree has a subject of its
#: own and the pronoun is its object (اللغة التي يعتقد أن).
RELATIVE_SUBJECT = {
    "الذي": (_compiled.compile(r"\p{L}+(?<!ت)(?<!وا)"), _compiled.compile(r"ي\p{L}+(?<!ون)(?<!ان)(?<!وا)")),
    "التي": (_compiled.compile(r"\p{L}+ت"), _compiled.compile(r"ت\p{L}+(?<!ون)(?<!ين)(?<!ان)(?<!وا)")),
    "الذين": (_compiled.compile(r"\p{L}+وا"), _compiled.compile(r"ي\p{L}+(?:ون|وا)")),
    "اللذين": (_compiled.compile(r"\p{L}+[^ت]ا"), _compiled.compile(r"ي\p{L}+ان")),
    "اللتين": (_compiled.compile(r"\p{L}+تا"), _compiled.compile(r"ت\p{L}+ان")),
    "اللواتي": (_compiled.compile(r"\p{L}+ن"), _compiled.compile(r"ي\p{L}+ن")),
    "اللاتي": (_compiled.compile(r"\p{L}+ن"), _compiled.compile(r"ي\p{L}+ن")),
}
#: The auxiliary of the pluperfect between a subject and its verb (الوزير كان قد قال), folded; with
#: و/ف it opens a clause of its own (وكان الوزير قد قال) and is no part of the subject's stretch.
AUXILIARIES = frozenset({"كان", "كانت", "كانوا", "كانا", "كانتا", "كن", "يكون", "تكون", "يكونون"})
#: Object pronouns a verb may carry (التي وصفها: the antecedent is the verb's object, not its subject).
OBJECT_CLITICS = ("ها", "هم", "هما", "هن")
ZONE_BREAK = frozenset({"علما", "ولا", "ولم", "ولن", "وقد", "فقد", "ولكن", "وهو", "وهي", "وهم", "مما", "حيث", "ثم",
                         "وذلك", "فيما", "بينما"})
NOT_FIRST_PERSON = frozenset({"احد", "اول", "اخر", "اخري", "اكثر", "اقل", "ابن", "ابو", "اهم", "امام", "امس", "اثر",
                               "اجل", "اكد", "اشار", "اضاف", "اوضح", "اعلن", "اعتبر"})
#: Words that open a circumstantial aside after a comma (، وهي تبكي،).
ASIDE_OPENERS = frozenset({"وهو", "وهي", "وهم", "وهما", "وهن"})
#: An indefinite accusative participle (مخاطبا، طالبا، موضحا): a circumstantial, not a name.
CIRCUMSTANTIAL = _compiled.compile(r"م[^\Wاي]\p{L}{2,}ا")
#: Words that open first-person speech when they follow a speaker directly (folded).
SPEECH_OPENERS = frozenset({"نحن", "انا", "لقد"})
#: Words after which a verb form is its verbal noun (عدم ذكر اسمه، بدون تعليق).
MASDAR_AFTER = frozenset({"عدم", "بعدم", "بدون", "دون"})
#: The topic particle of ``أما X فـ...`` (folded, with و): the words up to the verb glued to ف are the subject.
TOPIC_PARTICLES = frozenset({"اما", "واما"})
#: A pronoun or demonstrative that opens the narrator's comment on the sentence before (وهو ما، وهذا ما).
COMMENT_OPENERS = frozenset({"وهو", "وهي", "هو", "هي", "وهذا", "هذا", "وذلك", "ذلك"})


def comment(toks: Sequence[Token]) -> bool:
    """Whether a sentence's tokens open with the narrator's comment on the sentence before (``وهو ما دفع
    الوزارة إلى ...``): no subject of its own."""
    return len(toks) > 1 and toks[0].text in COMMENT_OPENERS and toks[1].text == "ما"


#: Words that open a contrast clause after the main one (في حين is matched as حين after في), folded.
CONTRAST = frozenset({"بينما", "فيما", "وبينما", "وفيما"})
#: Words after فيما that make it no contrast: فيما يخص / يتعلق (regarding), فيما بعد (later), folded.
NOT_CONTRAST = frozenset({"يخص", "تخص", "يتعلق", "تتعلق", "بعد", "بين", "يلي", "مضي"})
SUBORDINATORS = frozenset({"حين", "حينما", "عندما", "لما", "بعدما", "اذ", "كلما", "بينما"})
NEGATION = frozenset({"لم", "لن", "لا", "ما", "ليس", "ليست"})
#: Reflexive objects (``نفسه``، ``عن نفسها``), folded: what a ``reflexive`` cue needs before its content.
REFLEXIVE = frozenset({"نفسه", "نفسها", "نفسهم", "انفسهم", "نفسهما", "انفسهما", "نفسي", "نفسنا", "انفسنا"})
EMPHATIC = frozenset({"ذاتها", "نفسها", "ذاتهم", "نفسهم", "انفسهم", "ذاتهما", "كلها", "كلهم", "جميعها", "جميعهم"})
#: Demonstratives that open a speaker by reference (هذا الأخير، هذه الخبيرة، هؤلاء المسؤولون), folded.
DEMONSTRATIVES = frozenset({"هذا", "هذه", "هولاء", "ذلك", "تلك"})
#: Words that make a speaker a reference to an earlier source: the latter (الأخير) and the same
#: (المصدر ذاته، المسؤول نفسه), folded.
REFERRING = frozenset({"الاخير", "الاخيره", "الاخيرين", "الاخيرتين", "ذاته", "ذاتها", "نفسه", "نفسها", "ذاتهم",
                       "نفسهم", "عينه", "عينها"})
#: Military, academic and honorific ranks that stand before a name (العميد محمد ...), folded.
RANKS = frozenset({"الرايد", "العقيد", "العميد", "اللواء", "المقدم", "النقيب", "الملازم", "الفريق", "المشير",
                   "الدكتور", "الدكتوره", "المهندس", "المهندسه", "الشيخ", "الاستاذ", "الاستاذه", "القاضي",
                   "المحامي", "السيد", "السيده", "الامير", "الاميره"})
#: Personal pronouns (with و/ف): a subject that is only a pronoun is a dropped one (وهم يعتقدون أن).
PERSONAL_PRONOUNS = frozenset(c + p for c in ("", "و", "ف") for p in ("هو", "هي", "هم", "هما", "هن", "نحن", "انا",
                                                                       "انت", "انتم"))
#: A pronoun of place after a verb (أكد فيها أن): the verb is in a relative clause of the noun before it.
RESUMPTIVE = frozenset({"فيه", "فيها", "خلاله", "خلالها", "عبره", "عبرها", "بموجبه", "بموجبها"})
#: Source phrases that may follow a speaker inside its clause (وفقا للترجمة، حسب الترجمة): they end it.
SOURCE_PHRASES = frozenset({"وفقا", "وفق", "طبقا", "حسب", "بحسب", "نقلا"})
#: Reflexive objects: ``معرفا نفسه`` is a participle with its object, no name.
REFLEXIVE = frozenset({"نفسه", "نفسها", "نفسهم", "انفسهم", "ذاته", "ذاتها"})
QUESTION_NOUNS = frozenset({"اسيله", "سوال", "اسيلتها", "اسيلتهم"})
INTERVIEW_NOUNS = frozenset({"مقابله", "حوار", "حديث", "لقاء", "اتصال", "دردشه"})
SUBJECT_MAX = 6  # words of a pre-verbal subject between a clause boundary and its verb
WINDOW = 30  # tokens scanned after a cue for its content introducer
BACK = 14  # tokens scanned before a cue for a pre-verbal subject
QUOTE_MAX = 4000  # characters a quotation may run
CONTENT_MAX = 3000  # characters an unquoted reported clause may run (a sentence without punctuation)


#: The modifiers of a period (الماضي، المقبل، الجاري), folded as ``data/dates/modifiers.tsv`` writes them: a
#: time phrase after a verb (``وقال يوم الخميس الماضي وزير ...``) runs over them.
TIME_MODIFIERS = frozenset(r[0] for r in rows("dates/modifiers.tsv")[1:] if r[1:2] == ("modifier",))


#: The endings of a relative (nisba) adjective, folded: الأمريكي، الفرنسية، الدوليين، الدوليون.
NISBA_ENDS = ("ي", "يه", "يين", "يون")


def nisba(w: str) -> bool:
    """A relative adjective by its ending (``الأمريكي``، ``الفرنسية``، ``الدوليين``)."""
    return w.endswith(NISBA_ENDS)
