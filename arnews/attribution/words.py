"""The words attribution reads: speaker-phrase roles (data) and the closed classes of its grammar.

The open word lists (titles, time words, outlets, source nouns, ...) are data in
``arnews/data/speaker_words.tsv``, read once (:func:`arnews.doc.speaker_roles`); the closed classes
of the grammar (prepositions that end a phrase, relative pronouns, negations, ranks, ...) are data
too, in ``arnews/data/function_words.tsv``, each constant below one class of it
(``PRONOUN_L = word_class("pronoun_l")``); only affixes and patterns are written here.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass, fields

from .. import _compiled
from ..data import rows
from ..doc import Token, speaker_roles
from ..wordclass import word_class, word_list
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
        """Whether ``w`` is one of the words (the whole token, as ``Pattern.fullmatch`` would test it)."""
        return w in self.words


#: أن، إن، بأن and their attached pronouns (أنه، بأنها), folded.
COMPLEMENTIZER = WordSet([p + "ان" + s for p in ("", "ب") for s in SUFFIXES])
#: فإن (and إن) opening a main clause after a fronted phrase.
FA_INNA = WordSet([p + "ان" + s for p in ("", "ف") for s in SUFFIXES[:6]])
#: فإن with its pronoun only (فإن، فإنه، فإنها ...): after a source phrase it introduces the sourced clause.
FA_INNA_ONLY = frozenset("فان" + s for s in SUFFIXES[:6])
PRONOUN_PREP = word_class("pronoun_prep")
#: Short words that are also parts of names (Korean and Chinese لي، جاك ما): see ``speaker.particle_name``.
NAME_PARTICLES = word_class("name_particle")
PREPOSITIONS = word_class("preposition")
PRONOUN_L = word_class("pronoun_l")
TEMPORAL_BEFORE_AN = word_class("temporal_before_an")
#: The verb after إن in the formula إن شاء الله ("God willing"): that إن is conditional, never a content's introducer.
IN_SHAA = word_class("in_shaa")
OPEN = {"“": "”", "«": "»", "»": "«", '"': '"', "„": "“", "(": ")", "‹": "›", "'": "'"}
CLOSERS = frozenset("”»)›")
QUOTE_CHARS = frozenset("“”«»\"„‹›")
PUNCT_STOP = frozenset(".!?؟…;؛")
#: The verbal noun of a derived form, folded (a pattern's source): تفعيل (توفير، تعليق), تفاعل (تبادل), إفعال
#: (إطلاق), افتعال (اتخاذ), استفعال (استئناف). Names rarely take these shapes; objects after a verb often do.
VERBAL_NOUN = r"(?:ت\w\wي\w|ت\wا\w\w|ا\w\wا\w|ا\wت\wا\w|است\w\wا\w)"
#: Prepositions an ``origin`` participle governs (صادر عن، مقرب من، مطلع على), folded.
ORIGIN_PREPS = word_class("origin_prep")
RELATIVE = word_class("relative")
#: A relative pronoun with or without و (``الذي``، ``والتي``), folded: one lookup for the stages.
RELATIVE_WA = RELATIVE | frozenset("و" + w for w in RELATIVE)
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
AUXILIARIES = word_class("auxiliary")
#: Object pronouns a verb may carry (التي وصفها: the antecedent is the verb's object, not its subject).
OBJECT_CLITICS = ("ها", "هم", "هما", "هن")
ZONE_BREAK = word_class("zone_break")
NOT_FIRST_PERSON = word_class("not_first_person")
#: Words that open a circumstantial aside after a comma (، وهي تبكي،).
ASIDE_OPENERS = word_class("aside_opener")
#: An indefinite accusative participle (مخاطبا، طالبا، موضحا): a circumstantial, not a name.
CIRCUMSTANTIAL = _compiled.compile(r"م[^\Wاي]\p{L}{2,}ا")
#: A participle of a derived form (folded: متحدثه، متوجها، مستعرضا، مستشهدين): after a speaker's words and
#: before a preposition it is a circumstantial (قالت سلمى متحدثة باللغة الإنجليزية), not part of the speaker.
MANNER_PARTICIPLE = _compiled.compile(r"مس?ت\p{L}{2,}(?:ا|ه|ين|ات)")
#: Words that open first-person speech when they follow a speaker directly (folded).
SPEECH_OPENERS = word_class("speech_opener")
#: Words after which a verb form is its verbal noun (عدم ذكر اسمه، بدون تعليق).
MASDAR_AFTER = word_class("masdar_after")
#: The topic particle of ``أما X فـ...`` (folded, with و): the words up to the verb glued to ف are the subject.
TOPIC_PARTICLES = word_class("topic_particle")
#: A pronoun or demonstrative that opens the narrator's comment on the sentence before (وهو ما، وهذا ما).
COMMENT_OPENERS = word_class("comment_opener")


def comment(toks: Sequence[Token]) -> bool:
    """Whether a sentence's tokens open with the narrator's comment on the sentence before (``وهو ما دفع
    الوزارة إلى ...``): no subject of its own."""
    return len(toks) > 1 and toks[0].text in COMMENT_OPENERS and toks[1].text == "ما"


#: Words that open a contrast clause after the main one (في حين is matched as حين after في), folded.
CONTRAST = word_class("contrast")
#: Words after which a subject stands before its verb and the phrase after the verb is its object
#: (``ولكن الوزير حذر الرئيس من أن``، ``بينما الوزيرة أبلغت النواب أن``), folded.
SUBJECT_OPENERS = CONTRAST | word_class("subject_opener")
#: Words after فيما that make it no contrast: فيما يخص / يتعلق (regarding), فيما بعد (later), folded.
NOT_CONTRAST = word_class("not_contrast")
SUBORDINATORS = word_class("subordinator")
NEGATION = word_class("negation")
EMPHATIC = word_class("emphatic")
#: Demonstratives that open a speaker by reference (هذا الأخير، هذه الخبيرة، هؤلاء المسؤولون), folded.
DEMONSTRATIVES = word_class("demonstrative")
#: Words that make a speaker a reference to an earlier source: the latter (الأخير) and the same
#: (المصدر ذاته، المسؤول نفسه), folded.
REFERRING = word_class("referring")
#: Military, academic and honorific ranks that stand before a name (العميد محمد ...), folded.
RANKS = word_class("rank")
#: Personal pronouns (with و/ف): a subject that is only a pronoun is a dropped one (وهم يعتقدون أن).
PERSONAL_PRONOUNS = frozenset(c + p for c in ("", "و", "ف") for p in word_list("personal_pronoun"))
#: A pronoun of place after a verb (أكد فيها أن): the verb is in a relative clause of the noun before it.
RESUMPTIVE = word_class("resumptive")
#: Source phrases that may follow a speaker inside its clause (وفقا للترجمة، حسب الترجمة): they end it.
SOURCE_PHRASES = word_class("source_phrase")
#: Reflexive objects: ``معرفا نفسه`` is a participle with its object, no name.
REFLEXIVE = word_class("reflexive")
QUESTION_NOUNS = word_class("question_noun")
INTERVIEW_NOUNS = word_class("interview_noun")
#: Small closed classes the stages read (``data/function_words.tsv``: each class's comment says what for).
THAT_THIS = word_class("that_this")
OCCASION_PREPS = word_class("occasion_prep")
DURING = word_class("during")
CHANNEL_PREPS = word_class("channel_prep")
COPY_NOUNS = word_list("copy_noun")
THAT_REF = word_class("that_ref")
AND_FROM = word_class("and_from")
EDITORIAL_PRESENT = word_class("editorial_present")
KAMA = word_class("kama")
OPENING_JOINERS = word_class("opening_joiner")
IN_ON = word_class("in_on")
THAT_OBJECT = word_list("that_object")
VERB_NEGATION = word_class("verb_negation")
CLAUSE_LINKS = word_class("clause_link")
CLAUSE_CUT_LINKS = word_class("clause_cut_link")
LINK_LEADS = word_class("link_lead")
TRAILING_CONNECTORS = word_list("trailing_connector")
WITHOUT = word_class("without")
IN_ABOUT = word_class("in_about")
NAME_LINKS = word_class("name_link")
QAD = word_class("qad")
L_NAME_STARTS = word_list("l_name_start")
FROM_IN = word_class("from_in")
THIRD_PRONOUNS = word_class("third_pronoun")
ALIF_STARTS = word_list("alif_start")
EVERY = word_class("every")
AMONG_THEM = word_class("among_them")
NOT_NAME_STARTS = word_list("not_name_start")
NOT_SUBJECT_STARTS = word_list("not_subject_start")
AND_THAT = word_class("and_that")
NO_SPEECH_AFTER = word_class("no_speech_after")
QUESTION_WORDS = word_class("question_word")
BY_DOCUMENT = word_list("by_document")
BIHI = word_class("bihi")
LAM_LA = word_class("lam_la")
BUT_WORDS = word_class("but_word")
ZONE_STEP_WORDS = word_class("zone_step")
ONE_OF = word_class("one_of")
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
