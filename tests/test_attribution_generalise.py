"""Constructions that fail on unseen news, each as one table (issue 11; own composed sentences).

Each row: a label, the text, the cue, and what is expected of the event of that cue; ``None``
as the expected event means the cue makes no event. Known failures are ``xfail`` rows with a reason.
"""

from __future__ import annotations

from typing import Any

import pytest

from arnews import extract_attributions
from arnews.attribution import Attribution


def _event(text: str, cue: str) -> Attribution | None:
    for a in extract_attributions(text):
        if a.cue.text == cue:
            return a
    return None


def _ids(rows: list[Any]) -> list[str]:
    return [str(r.values[0]) if hasattr(r, "marks") else str(r[0]) for r in rows]


def _speaker(a: Attribution | None) -> str | None:
    return a.speaker.text if a is not None and a.speaker is not None else None


# A verb right after an indefinite noun (or after لم/لا/لن) describes that noun: a relative clause
# with no pronoun. It is part of the speaker phrase (or of the occasion), not a cue of its own, and the
# outer report keeps its content. Each row: label, text, the outer cue, its speaker, its channel.
RELATIVE_VERB: list[Any] = [
    ("occasion-past", "وقال الوزير في مقابلة نشرت أمس إن الاتفاق قريب.", "وقال", "الوزير", None),
    ("negated-fem", "وقالت امرأة لم تكشف عن هويتها إن الجنود اقتحموا المنزل.", "وقالت",
     "امرأة لم تكشف عن هويتها", None),
    ("negated-masc-channel", "وقال مصدر لم يكشف عن اسمه لوكالة رويترز إن الاتفاق قريب.", "وقال",
     "مصدر لم يكشف عن اسمه", "وكالة رويترز"),
    ("past-glued-outlet", "وقال مصدر طلب عدم نشر اسمه لبي بي سي إن الاتفاق قريب.", "وقال",
     "مصدر طلب عدم نشر اسمه", "بي بي سي"),
    ("refused-name", "وأكد مسؤول رفض الكشف عن اسمه أن المفاوضات متعثرة.", "وأكد", "مسؤول رفض الكشف عن اسمه", None),
    ("fa-clitic-plural", "فقال مسؤولون لم يكشفوا عن أسمائهم إن الهجوم وشيك.", "فقال",
     "مسؤولون لم يكشفوا عن أسمائهم", None),
    ("document", "وكشفت دراسة نشرت أمس أن التدخين يضر بالقلب.", "وكشفت", "دراسة نشرت أمس", None),
    ("quoted", "وقالت طالبة لم تذكر اسمها: «نريد مدارس آمنة».", "وقالت", "طالبة لم تذكر اسمها", None),
    # negative rows: a present after a noun opens a clause; a verb with و is a new clause
    ("present-opens-clause", "وبدأت البلدية تشغيلا تجريبيا تأمل المدينة أن ينجح.", "تأمل", "المدينة", None),
    ("coordinated-verb", "واستقبل الوزير وفدا وأكد أن العلاقات متينة.", "وأكد", None, None),
]


@pytest.mark.parametrize(("label", "text", "cue", "speaker", "channel"), RELATIVE_VERB, ids=_ids(RELATIVE_VERB))
def test_relative_verb_of_a_noun(label: str, text: str, cue: str, speaker: str | None, channel: str | None) -> None:
    a = _event(text, cue)
    assert a is not None, [x.cue.text for x in extract_attributions(text)]
    assert _speaker(a) == speaker
    assert (a.channel.text if a.channel else None) == channel
    inner = [x.cue.text for x in extract_attributions(text) if x.cue.start > a.cue.start and a.speaker
             and x.cue.end <= a.speaker.end]
    assert inner == []  # the verb of the relative clause is no event


# The addressee of a verb of calling, urging or telling is its object, not part of the speaker: after
# a definite word of the speaker phrase (the ``addressee`` role of speaker_words.tsv), or as the first
# word after the verb when its form shows it is no subject (a definite plural in ين; a plural of
# things after a masculine verb). Each row: label, text, cue, speaker.
ADDRESSEE: list[Any] = [
    ("after-title", "ودعا الوزير دول العالم إلى أن تتحرك بسرعة.", "ودعا", "الوزير"),
    ("after-name", "وطالب الأمين العام للأمم المتحدة الدول الأعضاء بأن تفي بتعهداتها.", "وطالب",
     "الأمين العام للأمم المتحدة"),
    ("collective", "وناشد الرئيس المجتمع الدولي أن يتدخل لوقف الحرب.", "وناشد", "الرئيس"),
    ("broken-plural", "وأبلغ الوزير السفراء أن الحكومة ستتعاون.", "وأبلغ", "الوزير"),
    ("fa-clitic-present", "فيدعو الرئيس المواطنين إلى أن يصوتوا بكثافة.", "فيدعو", "الرئيس"),
    ("first-word-plural-in", "ودعا المواطنين إلى أن يلتزموا بالتعليمات.", "ودعا", None),
    ("first-word-reassure", "وطمأن المستثمرين بأن الأسعار مستقرة.", "وطمأن", None),
    ("first-word-things-masc", "ودعا دول العالم إلى أن تتحرك بسرعة.", "ودعا", None),
    ("quoted-content", "وحذرت المنظمة السكان من أن «الأمطار ستشتد».", "وحذرت", "المنظمة"),
    # negative rows: the plural is the subject, or the genitive of a name
    ("subject-fem-verb", "ودعت الدول الأعضاء إلى أن تلتزم بالاتفاق.", "ودعت", "الدول الأعضاء"),
    ("subject-fem-verb-construct", "ودعت دول الخليج إلى أن يتوقف القتال.", "ودعت", "دول الخليج"),
    ("subject-plural-un", "وأكد المسؤولون أن الوضع مستقر.", "وأكد", "المسؤولون"),
    ("genitive-of-institution", "وقالت جامعة الدول العربية إن القمة ستعقد في موعدها.", "وقالت", "جامعة الدول العربية"),
    ("genitive-of-title", "وقال رئيس مجلس الشعب إن الجلسة ستعقد غدا.", "وقال", "رئيس مجلس الشعب"),
    pytest.param("after-bare-name", "ودعا غوتيريش دول العالم إلى أن تتحرك.", "ودعا", "غوتيريش",
                 marks=pytest.mark.xfail(reason="after a name without ال an addressee and a construct look alike")),
]


@pytest.mark.parametrize(("label", "text", "cue", "speaker"), ADDRESSEE, ids=_ids(ADDRESSEE))
def test_addressee_is_no_speaker(label: str, text: str, cue: str, speaker: str | None) -> None:
    a = _event(text, cue)
    assert a is not None, [x.cue.text for x in extract_attributions(text)]
    assert _speaker(a) == speaker


# ``لي`` and ``ما`` are particles ("to me", "what") and parts of names (لي مينغ تشاو، جاك ما): a name
# when a word no list knows stands next to them; an addressee pronoun right after the verb (قال لي،
# أكد لها) stands before the subject. Each row: label, text, cue, speaker.
PARTICLE_NAMES: list[Any] = [
    ("li-first-name-after-verb", "وقال لي مينغ تشاو، رئيس بلدية المدينة، إن القمة مفيدة.", "وقال",
     "لي مينغ تشاو، رئيس بلدية المدينة"),
    ("li-first-name-before-verb", "لكن لي مينغ تشاو، رئيس البلدية كان قد قال للصحفيين إن القمة مفيدة.", "قال",
     "لي مينغ تشاو، رئيس البلدية"),
    ("li-surname", "وقال الممثل بروس لي إن الفيلم جاهز.", "وقال", "الممثل بروس لي"),
    ("ma-surname", "وقال مؤسس الشركة جاك ما إن التجارة الإلكترونية ستنمو.", "وقال", "مؤسس الشركة جاك ما"),
    ("ma-surname-fem-verb-quote", "وقالت لوسي ما: «سنفتتح فرعا جديدا».", "وقالت", "لوسي ما"),
    ("told-me-source", "وقال لي مسؤول في الوزارة إن القرار نهائي.", "وقال", "مسؤول في الوزارة"),
    ("told-me-quantifier", "وقال لي أحد المسؤولين إن القرار نهائي.", "وقال", "أحد المسؤولين"),
    ("told-her-title", "وأكد لها الوزير أن القرار نهائي.", "وأكد", "الوزير"),
    ("told-us-present", "ويقول لنا المدرب إن الفريق جاهز.", "ويقول", "المدرب"),
    # negative rows: the particle is the addressee and the subject is dropped
    ("told-me-dropped", "وقال لي إن القرار نهائي.", "وقال", None),
    ("told-him-dropped-colon", "فقال له: «القرار نهائي».", "فقال", None),
]


@pytest.mark.parametrize(("label", "text", "cue", "speaker"), PARTICLE_NAMES, ids=_ids(PARTICLE_NAMES))
def test_particle_names_and_addressee_pronouns(label: str, text: str, cue: str, speaker: str | None) -> None:
    a = _event(text, cue)
    assert a is not None, [x.cue.text for x in extract_attributions(text)]
    assert _speaker(a) == speaker


# Bodies and outlets named by their names alone: known companies are rows of source_types.tsv; any
# other name counts as the body or outlet when the text introduces it with a noun of the
# ``introduces`` rows (شركة X، حركة «X»، صحيفة X). Each row: label, text, cue, source_type.
NAMED_BODIES: list[Any] = [
    ("company-row", "وقالت أرامكو إن الإنتاج سيرتفع.", "وقالت", "official_body"),
    ("company-row-present", "وتقول غوغل إن الخدمة ستتوقف.", "وتقول", "official_body"),
    ("introduced-company", "وقعت شركة سامر للنقل عقدا جديدا. وقالت سامر إن الأسطول سيتضاعف.", "وقالت",
     "official_body"),
    ("introduced-with-article", "وقعت الشركة سامر عقدا. فأعلنت سامر أن الأسطول سيتضاعف.", "فأعلنت", "official_body"),
    ("introduced-quoted-movement", "وأعلنت حركة «النهضة» مشاركتها. وقالت النهضة إن الانتخابات نزيهة.", "وقالت",
     "official_body"),
    ("introduced-two-words", "ووقعت مجموعة ألفا بيتا صفقة. وقالت ألفا بيتا إن الصفقة مربحة.", "وقالت",
     "official_body"),
    ("introduced-paper", "ونشرت صحيفة الفجر الجديد تقريرا. وقالت الفجر الجديد إن الوزير استقال.", "وقالت",
     "media"),
    ("participle-continues", "وقعت شركة سامر عقدا. وقالت سامر إن الأسطول سيتضاعف، مضيفة أن الأرباح سترتفع.",
     "مضيفة", "official_body"),
    # negative rows: a name the text never introduces is a person
    ("name-not-introduced", "قال سامر إن الأسطول سيتضاعف.", "قال", "person"),
    ("name-after-other-word", "التقى الوزير سامر أمس. وقال سامر إن الأسطول سيتضاعف.", "وقال", "person"),
    ("titled-name", "وقعت شركة سامر عقدا. وقال مديرها العام خالد العلي إن الأسطول سيتضاعف.", "وقال", "person"),
]


@pytest.mark.parametrize(("label", "text", "cue", "stype"), NAMED_BODIES, ids=_ids(NAMED_BODIES))
def test_bodies_named_by_name(label: str, text: str, cue: str, stype: str) -> None:
    a = _event(text, cue)
    assert a is not None, [x.cue.text for x in extract_attributions(text)]
    assert a.source_type == stype


# Channels named away from the speaker: in a fronted occasion (anywhere in it, after في or خلال), in an
# occasion after the content (``، وذلك في مقابلة مع ...``), and an outlet that received the text
# (``زودت "X" بنسخة منه``). Each row: label, text, cue, channel.
CHANNELS: list[Any] = [
    ("fronted-interview-with", "وفي مقابلة مع قناة الجزيرة، أكد الوزير أن الاتفاق قريب.", "أكد", "قناة الجزيرة"),
    ("fronted-relative", "وفي تصريحات أدلى بها لقناة العربية، قال الوزير إن الاتفاق قريب.", "قال", "قناة العربية"),
    ("fronted-khilal", "وخلال لقاء مع تلفزيون بي بي سي، أكدت الوزيرة أن الاتفاق قريب.", "أكدت", "تلفزيون بي بي سي"),
    ("fronted-glued", "وفي حديث لصحيفة الشرق الأوسط، قال الوزير إن الاتفاق قريب.", "قال", "صحيفة الشرق الأوسط"),
    ("trailing-interview", "وقال الوزير إن الاتفاق قريب، وذلك في مقابلة له مع صحيفة الشرق الأوسط.", "وقال",
     "صحيفة الشرق الأوسط"),
    ("trailing-khilal-glued", "وأكدت الوزيرة أن الأسعار ستنخفض، وذلك خلال حديث لقناة العربية مساء أمس.", "وأكدت",
     "قناة العربية"),
    ("received-copy-quoted", "وأكدت الوزارة في بيان صحافي زودت \"الوطن\" بنسخة منه أن المريضة نقلت.", "وأكدت", "الوطن"),
    ("received-copy-guillemets", "وقال الحزب في بلاغ تلقت «الصباح» نسخة منه إن الاجتماع تأجل.", "وقال", "الصباح"),
    ("phone-call-with-quoted", "وأكد رئيس الجمعية، في اتصال هاتفي مع \"الشروق\"، أن المبادرة ناجحة.", "وأكد",
     "الشروق"),
    ("interview-with-guillemets", "وأكد رئيس الجمعية في حوار خاص مع «الخبر» أن المبادرة ناجحة.", "وأكد", "الخبر"),
    ("where-after-occasion", "جاء ذلك في تغريدات للوزير على حسابه في تويتر، حيث قال: \"الاتفاق قريب\".", "قال",
     "تويتر"),
    ("where-after-interview", "وجاء ذلك في مقابلة مع قناة الجزيرة حيث أكد الوزير أن الاتفاق قريب.", "أكد",
     "قناة الجزيرة"),
    # negative rows: an occasion with no medium
    ("fronted-press-conference", "وفي مؤتمر صحفي بمقر الوزارة، قال الوزير إن الاتفاق قريب.", "قال", None),
    ("fronted-site-of-place", "وفي كلمة ألقاها في موقع الحادث، قال الوزير إن الاتفاق قريب.", "قال", None),
    ("trailing-press-conference", "وقال الوزير إن الاتفاق قريب، وذلك في مؤتمر صحفي بالعاصمة.", "وقال", None),
    ("quoted-name-no-copy", "وقال الوزير في كلمة أمام \"المنتدى\" إن الاتفاق قريب.", "وقال", None),
    ("where-after-place", "وزار الوزير موقع الحادث، حيث قال إن الوضع مستقر.", "قال", None),
    ("meeting-with-person", "وأكد رئيس الجمعية في اجتماع مع الوزير أن المبادرة ناجحة.", "وأكد", None),
]


@pytest.mark.parametrize(("label", "text", "cue", "channel"), CHANNELS, ids=_ids(CHANNELS))
def test_channels_away_from_the_speaker(label: str, text: str, cue: str, channel: str | None) -> None:
    a = _event(text, cue)
    assert a is not None, [x.cue.text for x in extract_attributions(text)]
    assert (a.channel.text if a.channel else None) == channel


# Words that look like cues and report nothing: a feminine participle that is a noun (لافتة: a sign,
# مضيفة: a hostess), a picture that shows (the ``visual`` words of cue_words.tsv), and a verb of
# concluding (flag ``speechobj``) whose object is no speech. Each row: label, text, cue, whether
# the cue makes an event.
NOT_REPORTS: list[Any] = [
    ("sign-noun", "ووضعت البلدية لافتة عليها عبارة: \"ممنوع الوقوف\".", "لافتة", False),
    ("hostess-noun", "وقالت مضيفة الطيران إن الرحلة تأخرت.", "مضيفة", False),
    ("pictures-show", "وتظهر الصور أن المبنى انهار بالكامل.", "وتظهر", False),
    ("footage-past-fem", "وأظهرت لقطات مصورة أن الحريق بدأ من الطابق الثاني.", "وأظهرت", False),
    ("video-clip", "ويظهر مقطع فيديو متداول أن الشرطة أطلقت النار.", "ويظهر", False),
    ("conclude-meeting-future", "وستختتم القمة أعمالها غدا بإعلان أن الدول متفقة.", "وستختتم", False),
    ("conclude-meeting-past", "واختتم الاجتماع أعماله بالتأكيد على أن الحوار مستمر.", "واختتم", False),
    # positive rows: the participle, the data, the words concluded
    ("participle-with-prep", "وقال إن الطريق مغلق، لافتة إلى أن الأشغال مستمرة.", "لافتة", True),
    ("participle-that", "وقالت الوزيرة إن الطريق مغلق، مضيفة أن الأشغال مستمرة.", "مضيفة", True),
    ("participle-quote", "وقالت الوزيرة إن الطريق مغلق، مضيفة: «الأشغال مستمرة».", "مضيفة", True),
    ("data-shows", "وأظهرت البيانات أن التضخم ارتفع.", "وأظهرت", True),
    ("figures-show-present", "وتظهر الأرقام أن البطالة تراجعت.", "وتظهر", True),
    ("conclude-speech", "واختتم الوزير كلمته بالقول إن المستقبل واعد.", "واختتم", True),
    ("conclude-statements-plural", "وختمت الوزيرة تصريحاتها بأن المستقبل واعد.", "وختمت", True),
    ("conclude-no-object", "واختتم بالقول: «المستقبل واعد».", "واختتم", True),
]


@pytest.mark.parametrize(("label", "text", "cue", "event"), NOT_REPORTS, ids=_ids(NOT_REPORTS))
def test_words_that_report_nothing(label: str, text: str, cue: str, event: bool) -> None:
    assert (_event(text, cue) is not None) == event, [x.cue.text for x in extract_attributions(text)]


# Long appositive speakers: a coordinated apposition after a comma (``، والمستشار السابق ...، إن``)
# stays in the zone and the speaker; a name before a relative clause between commas is the subject
# of the verb after them. Each row: label, text, cue, speaker.
APPOSITIONS: list[Any] = [
    ("coordinated-apposition", "وقال الخبير محمد العلي، أستاذ الاقتصاد في الجامعة، والمستشار السابق لوزير المالية، "
     "إن التضخم سيتراجع.", "وقال",
     "الخبير محمد العلي، أستاذ الاقتصاد في الجامعة، والمستشار السابق لوزير المالية"),
    ("coordinated-apposition-fem-quote", "وقالت هدى سالم، مديرة المدرسة، والعضوة السابقة لمجلس النقابة، "
     "«الامتحانات في موعدها».", "وقالت", "هدى سالم، مديرة المدرسة، والعضوة السابقة لمجلس النقابة"),
    pytest.param("coordinated-apposition-preposition", "وقالت هدى سالم، مديرة المدرسة، والعضوة في نقابة المعلمين، "
                 "إن الامتحانات في موعدها.", "وقالت", "هدى سالم، مديرة المدرسة، والعضوة في نقابة المعلمين",
                 marks=pytest.mark.xfail(reason="في inside an apposition ends the speaker phrase unless its "
                                                "head is a source noun (عضوة is none)")),
    ("coordinated-title-list", "وأكد محمد العلي، أستاذ الاقتصاد ورئيس مركز الدراسات، أن التضخم سيتراجع.", "وأكد",
     "محمد العلي، أستاذ الاقتصاد ورئيس مركز الدراسات"),
    ("name-before-relative", "العلي، الذي يشغل منصب رئيس الجمعية منذ عام 2010، قال إن الوضع صعب.", "قال",
     "العلي، الذي يشغل منصب رئيس الجمعية منذ عام 2010"),
    ("name-before-relative-after-but", "لكن سامي العلي، الذي يرأس الجمعية، قال إن الوضع صعب.", "قال",
     "سامي العلي، الذي يرأس الجمعية"),
    # negative rows: a new clause after the comma
    ("new-clause-after-comma", "وقال الوزير إن الاتفاق قريب، والحكومة مستعدة، وأضاف أن الحوار مستمر.", "وأضاف", None),
    ("coordinated-verb-ends-zone", "وزار الوزير المدينة، والتقى المسؤولين، وقال إن الوضع مستقر.", "وقال", None),
]


@pytest.mark.parametrize(("label", "text", "cue", "speaker"), APPOSITIONS, ids=_ids(APPOSITIONS))
def test_long_appositive_speakers(label: str, text: str, cue: str, speaker: str | None) -> None:
    a = _event(text, cue)
    assert a is not None, [x.cue.text for x in extract_attributions(text)]
    assert _speaker(a) == speaker


# Wire and interview styles: unquoted words after a speaker, its apposition and a comma; a short
# quotation closing the sentence after an occasion; the speech a verb ends (حديثه) is its object.
# Each row: label, text, cue, speaker, content, kind.
WIRE: list[Any] = [
    ("apposition-then-first-person", "وقال الوزير، وزير الخارجية، نحن مستعدون للحوار.", "وقال",
     "الوزير، وزير الخارجية", "نحن مستعدون للحوار", "direct"),
    ("relative-then-plain-clause", "وقال وزير الخارجية، الذي وصل أمس إلى العاصمة، الاتفاق قريب.", "وقال",
     "وزير الخارجية، الذي وصل أمس إلى العاصمة", "الاتفاق قريب", "direct"),
    ("apposition-fem-present", "وتقول سارة العلي، مديرة المدرسة، لن نغلق أبوابنا.", "وتقول",
     "سارة العلي، مديرة المدرسة", "لن نغلق أبوابنا", "direct"),
    ("short-quote-after-occasion", "قال الرئيس التنفيذي في مؤتمر عبر الهاتف \"الطلب قوي\".", "قال",
     "الرئيس التنفيذي", "الطلب قوي", "direct"),
    ("short-quote-guillemets", "وقال الوزير في كلمة أمام البرلمان «لن نتراجع».", "وقال", "الوزير", "لن نتراجع",
     "direct"),
    ("possessed-speech-dropped", "وختم حديثه بالقول إن الأمل موجود.", "وختم", None, "الأمل موجود", "indirect"),
    ("possessed-speech-after-subject", "واختتم الوزير حديثه قائلا إن المستقبل واعد.", "واختتم", "الوزير",
     "المستقبل واعد", "indirect"),
    ("according-to-possessed-statement", "وتراجعت الأسعار، بحسب بيانها.", "بحسب", None, "وتراجعت الأسعار",
     "according_to"),
]


@pytest.mark.parametrize(("label", "text", "cue", "speaker", "content", "kind"), WIRE, ids=_ids(WIRE))
def test_wire_and_interview_styles(label: str, text: str, cue: str, speaker: str | None, content: str,
                                   kind: str) -> None:
    a = _event(text, cue)
    assert a is not None, [x.cue.text for x in extract_attributions(text)]
    assert (_speaker(a), a.content.text, a.kind) == (speaker, content, kind)


# Not sources: an according-to phrase before updates (وفقا لآخر التحديثات) sources nothing; before
# figures it does. Each row: label, text, cue, speaker (None: no event).
LATEST: list[Any] = [
    ("latest-updates", "وفقا لآخر التحديثات، ارتفع عدد الضحايا إلى عشرة.", "وفقا ل", None),
    ("latest-news-developments", "وبحسب آخر المستجدات، فإن الطريق مغلق.", "وبحسب", None),
    ("latest-statistics", "وفقا لآخر الإحصاءات، ارتفع عدد الضحايا إلى عشرة.", "وفقا ل", "آخر الإحصاءات"),
]


@pytest.mark.parametrize(("label", "text", "cue", "speaker"), LATEST, ids=_ids(LATEST))
def test_latest_updates_are_no_source(label: str, text: str, cue: str, speaker: str | None) -> None:
    a = _event(text, cue)
    assert _speaker(a) == speaker
    if speaker is not None:
        assert a is not None and a.source_type == "document"


# The object of a verb of describing or accusing stands before its ب: the last definite noun of the
# phrase after a definite word (``ووصف الوزير الاتفاق بأنه``). Each row: label, text, cue, speaker.
DESCRIBED: list[Any] = [
    ("title-object", "ووصف الوزير الاتفاق بأنه تاريخي.", "ووصف", "الوزير"),
    ("adjective-object", "ووصف الرئيس الأمريكي الاتفاق بأنه سيء.", "ووصف", "الرئيس الأمريكي"),
    ("body-object-fem", "ووصفت وزارة الخارجية القرار بأنه خطير.", "ووصفت", "وزارة الخارجية"),
    ("object-with-nisba", "ووصف وزير الخارجية الفرنسي الهجوم الانتحاري بأنه جبان.", "ووصف",
     "وزير الخارجية الفرنسي"),
    # negative rows: an object pronoun on the verb; a genitive
    ("object-pronoun", "ووصفه الوزير محمد الناصر بأنه تاريخي.", "ووصفه", "الوزير محمد الناصر"),
    ("genitive-quantifier", "ووصف بعض المسؤولين بأن الاتفاق تاريخي.", "ووصف", "بعض المسؤولين"),
    pytest.param("object-with-plain-adjective", "ووصف الوزير الاتفاق الجديد بأنه تاريخي.", "ووصف", "الوزير",
                 marks=pytest.mark.xfail(reason="an adjective that is no nisba (الجديد) looks like the object")),
]


@pytest.mark.parametrize(("label", "text", "cue", "speaker"), DESCRIBED, ids=_ids(DESCRIBED))
def test_described_object_is_no_speaker(label: str, text: str, cue: str, speaker: str | None) -> None:
    a = _event(text, cue)
    assert a is not None, [x.cue.text for x in extract_attributions(text)]
    assert _speaker(a) == speaker


# A dropped subject continues the source named before it, also when that source's verb made no event
# (a noun object: ``أكدت مصادر لـX سيطرة ...``), provided its head is a known source word (a bare name
# and an object noun look alike). Each row: label, text, the dropped cue, source_type.
DROPPED: list[Any] = [
    ("after-noun-object-anonymous", "أكدت مصادر مطلعة لـ«الصباح» سيطرة الجيش على المدينة. وأوضح أن القتال انتهى.",
     "وأوضح", "anonymous"),
    ("after-noun-object-leaders", "وكشفت قيادات ميدانية عن تقدم القوات. وأضافت أن الهدنة صامدة.", "وأضافت",
     "anonymous"),
    ("body-after-noun-object", "وأعلنت وزارة الصحة تسجيل إصابات جديدة. وأضافت أن الوضع مستقر.", "وأضافت",
     "official_body"),
    ("after-noun-object-title", "وأكد الوزير حرص بلاده على السلام. وأضاف أن الحوار مستمر.", "وأضاف", "person"),
    ("after-event", "وقالت الوزارة إن الوضع مستقر. وأضافت أن الحوار مستمر.", "وأضافت", "official_body"),
    # negative rows: an object, a name or a subject inside a report's content is no source to continue
    ("object-is-no-source", "وقالت الوزارة إن الوضع مستقر. ثم أعلنت انطلاق الحملة. وأضافت أن الحوار مستمر.",
     "وأضافت", "official_body"),
    ("inside-content", "وقالت الوزارة إن الجيش أكد سيطرته على المدينة. وأضافت أن الحوار مستمر.", "وأضافت",
     "official_body"),
]


@pytest.mark.parametrize(("label", "text", "cue", "stype"), DROPPED, ids=_ids(DROPPED))
def test_dropped_subject_continues_a_silent_source(label: str, text: str, cue: str, stype: str) -> None:
    a = _event(text, cue)
    assert a is not None, [x.cue.text for x in extract_attributions(text)]
    assert a.speaker is None and a.source_type == stype


# A decimal point or comma between digits (0.5، 3,5) is part of a number: it ends neither the zone
# nor a relative clause of the speaker. Each row: label, text, cue, speaker.
DECIMALS: list[Any] = [
    ("relative-with-decimal", "وقالت الهيئة، التي تملك 2.5 بالمئة من رأس المال، إن الصفقة مفيدة.", "وقالت",
     "الهيئة، التي تملك 2.5 بالمئة من رأس المال"),
    ("relative-with-decimal-comma", "وقالت الشركة، التي تملك 3,5 في المئة من الأسهم، إن الصفقة مفيدة.", "وقالت",
     "الشركة، التي تملك 3,5 في المئة من الأسهم"),
    ("occasion-with-decimal", "وقال الوزير في تقرير عن نمو بنسبة 2.5 في المئة إن الاقتصاد يتعافى.", "وقال", "الوزير"),
]


@pytest.mark.parametrize(("label", "text", "cue", "speaker"), DECIMALS, ids=_ids(DECIMALS))
def test_decimal_marks_inside_a_zone(label: str, text: str, cue: str, speaker: str | None) -> None:
    a = _event(text, cue)
    assert a is not None, [x.cue.text for x in extract_attributions(text)]
    assert _speaker(a) == speaker


# Speakers of blind round 4's constructions (composed): the object after a participle is never its
# subject (the participle takes the subject of its clause, cut before that verb's object); a fronted
# topic is no subject; a quoted name may be the subject with a time word after it; a ب + noun object
# before a coordinated demand (وأن) ends the speaker. Each row: label, text, cue, speaker.
ROUND4_SPEAKERS: list[Any] = [
    ("participle-addressee", "وقدم الوزير تعازيه لأسرة الفقيد، داعيا المولى أن يرحمه.", "داعيا", "الوزير"),
    ("participle-object-bi-an", "وانتقد النائب الوضع، مطالبا الحكومة بأن تتحرك فورا.", "مطالبا", "النائب"),
    ("participle-fem-object", "وانتقدت الوزارة القرار، مطالبة البلدية بأن تتراجع عنه.", "مطالبة", "الوزارة"),
    ("participle-nisba-kept", "وزار الرئيس الأمريكي المدينة، مؤكدا أن الوضع مستقر.", "مؤكدا", "الرئيس الأمريكي"),
    ("topic-bikhusus", "وبخصوص الكلفة، كشف أن المشروع سيكلف مليار دولار.", "كشف", None),
    ("topic-bisha'n", "وبشأن الاتفاق، قال إن التوقيع قريب.", "قال", None),
    ("topic-hawla-fem", "وحول الأسعار، أكدت أن التضخم تراجع.", "أكدت", None),
    ("topic-with-subject", "وعن الانتخابات، قال الوزير إنها ستجرى في موعدها.", "قال", "الوزير"),
    ("quoted-name-weekday", "وأشار \"التحالف الموحد\" الخميس إلى أن الانتخابات ستؤجل.", "وأشار", "التحالف الموحد"),
    ("quoted-name-yesterday", "وقالت «الرابطة الوطنية» أمس إن الإضراب مستمر.", "وقالت", "الرابطة الوطنية"),
    ("demand-noun-then-that", "وطالب الوزير بتوفير الدعم وأن تتنبه الحكومة للمخاطر.", "وطالب", "الوزير"),
    ("demand-noun-then-bi-an", "وطالبت النقابة بزيادة الأجور وبأن تلتزم الحكومة بتعهداتها.", "وطالبت", "النقابة"),
    ("demand-name-with-b", "وطالب الرئيس بشار الأسد بتوفير الدعم وأن تتوقف الحرب.", "وطالب", "الرئيس بشار الأسد"),
    ("participle-object-after-epithet", "وزار الأمين العام المدينة، مؤكدا أن الوضع مستقر.", "مؤكدا", "الأمين العام"),
    ("participle-object-body-document", "وانتقدت الوزارة القرار، مطالبة بأن تتراجع البلدية عنه.", "مطالبة", "الوزارة"),
]


@pytest.mark.parametrize(("label", "text", "cue", "speaker"), ROUND4_SPEAKERS, ids=_ids(ROUND4_SPEAKERS))
def test_round4_speakers(label: str, text: str, cue: str, speaker: str | None) -> None:
    a = _event(text, cue)
    assert a is not None, [x.cue.text for x in extract_attributions(text)]
    assert _speaker(a) == speaker


# Where such contents end: a purpose adjunct after a comma (، سعيا ل، بهدف) ends the clause; ، وذلك ل
# goes on; an impersonal cue in a relative clause (رجال يشتبه أنهم ...) reports only its predicate.
# Each row: label, text, cue, content.
ROUND4_CONTENTS: list[Any] = [
    ("purpose-sa'yan", "ويعتبر أن ترشيحه مكسب للقارة، سعيا لاستضافة البطولة.", "ويعتبر", "ترشيحه مكسب للقارة"),
    ("purpose-bihadaf", "وأكد أن المشروع سينجز قريبا، بهدف تحسين الخدمات.", "وأكد", "المشروع سينجز قريبا"),
    ("wa-dhalika-li-kept", "وأعلن الاتحاد، أنه تقرر عقد الاجتماع في موعده، وذلك لإقرار الميزانية.", "وأعلن",
     "تقرر عقد الاجتماع في موعده، وذلك لإقرار الميزانية"),
    ("wa-dhalika-ba'da-ends", "وقال إن العمل سيتواصل، وذلك بعد لقاء الطرفين.", "وقال", "العمل سيتواصل"),
    ("suspected-relative-man", "واعتقلت الشرطة ثلاثة رجال من يشتبه أنهم متطرفون قبل أيام.", "يشتبه", "متطرفون"),
    ("suspected-indefinite", "واعتقلت الشرطة رجالا يشتبه أنهم متطرفون قبل أيام.", "يشتبه", "متطرفون"),
    ("suspected-relative-alladhina", "واعتقلت الشرطة الرجال الذين يشتبه أنهم متطرفون قبل أيام.", "يشتبه", "متطرفون"),
    ("suspected-relative-allati", "واحتجزت السلطات السيدة التي يشتبه أنها مهربة قبل شهرين.", "يشتبه", "مهربة"),
    ("suspected-relative-alladhi", "واحتجزت السلطات الرجل الذي يشتبه أنه مهرب قبل شهرين.", "يشتبه", "مهرب"),
    ("suspected-relative-mimman", "وأوقفت القوات عددا ممن يشتبه أنهم مهربون قبل أسبوع.", "يشتبه", "مهربون"),
    pytest.param("suspected-relative-fem-plural", "واعتقلت الشرطة النساء اللواتي يشتبه أنهن متطرفات قبل أيام.",
                 "يشتبه", "متطرفات", marks=pytest.mark.xfail(
                     reason="أنهن (feminine plural) is not among the pronoun endings read as the noun "
                            "described's: the time phrase stays in the content", strict=True)),
    # negative rows: an impersonal cue of its own clause keeps its whole content
    ("expected-keeps-time", "ومن المتوقع أن يصل الوفد غدا.", "المتوقع", "يصل الوفد غدا"),
    ("suspected-bare-an", "ويشتبه أن السائق كان ينقل بضائع مهربة عبر الحدود.", "ويشتبه",
     "السائق كان ينقل بضائع مهربة عبر الحدود"),
]


@pytest.mark.parametrize(("label", "text", "cue", "content"), ROUND4_CONTENTS, ids=_ids(ROUND4_CONTENTS))
def test_round4_contents(label: str, text: str, cue: str, content: str) -> None:
    a = _event(text, cue)
    assert a is not None, [x.cue.text for x in extract_attributions(text)]
    assert a.content.text == content


# A source named by a pronoun only (وفق تقديره، بحسب بيانها، حسب تعبيره: the speech nouns of
# data/speech_nouns.tsv with a suffix) gives a null speaker, as the gold does; a prepositional phrase
# with a demonstrative after the cue (بهذه المناسبة، لهذا السبب) is no speaker. Each row: label, text,
# cue, speaker.
PRONOUN_SOURCES: list[Any] = [
    ("estimate-pronoun", "وهو مشروع ناجح وفق تقديره.", "وفق", None),
    ("statement-pronoun-fem", "وتراجعت الأسعار، بحسب بيانها.", "بحسب", None),
    ("expression-pronoun", "وهو مشروع ناجح حسب تعبيره.", "حسب", None),
    ("assessment-pronoun-plural", "والوضع مستقر، وفق تقييمهم.", "وفق", None),
    ("occasion-demonstrative", "وقال بهذه المناسبة: «نحن سعداء».", "وقال", None),
    ("reason-demonstrative", "وقال لهذا السبب إن الاتفاق قريب.", "وقال", None),
    # negative rows: a named source
    ("statement-of-body", "وتراجعت الأسعار، بحسب بيان الوزارة.", "بحسب", "بيان الوزارة"),
    ("speaker-after-occasion", "وقال الوزير بهذه المناسبة إن الاتفاق قريب.", "وقال", "الوزير"),
]


@pytest.mark.parametrize(("label", "text", "cue", "speaker"), PRONOUN_SOURCES, ids=_ids(PRONOUN_SOURCES))
def test_pronoun_sources_and_prepositional_phrases(label: str, text: str, cue: str, speaker: str | None) -> None:
    a = _event(text, cue)
    assert a is not None, [x.cue.text for x in extract_attributions(text)]
    assert _speaker(a) == speaker


# Verbs of criticising, condemning and welcoming (انتقد، أدان، ندد ب، استنكر، رحب ب، أشاد ب): events
# with a content clause, none with a noun object, and with a noun object after a comma they end the
# reported clause before them (the narrator's next clause). Each row: label, text, cue, event, and
# the content of the first event.
CRITICISE: list[Any] = [
    ("criticise-that", "وانتقد الوزير أن الحكومة تأخرت في الرد.", "وانتقد", True, "الحكومة تأخرت في الرد"),
    ("welcome-bi-an", "ورحب الوزير بأن الاتفاق وقع أخيرا.", "ورحب", True, "الاتفاق وقع أخيرا"),
    ("condemn-present-fem", "وتدين الحكومة أن المدنيين استهدفوا.", "وتدين", True, "المدنيين استهدفوا"),
    ("condemn-noun-object", "وأدانت الوزارة الهجوم على المدرسة.", "وأدانت", False, None),
    ("praise-noun-object", "وأشاد الوزير بجهود الشرطة.", "وأشاد", False, None),
    ("ends-a-clause", "وقال الوزير إن البلاد دفعت ثمنا باهظا، وأدان اغتيال القاضي.", "وقال", True,
     "البلاد دفعت ثمنا باهظا"),
    ("ends-a-clause-denounce", "وقالت النقابة إن الأجور متدنية، واستنكرت تأخر صرفها.", "وقالت", True,
     "الأجور متدنية"),
    # a relative clause after a comma (، أشاد خلالها) does not end the clause
    ("relative-after-comma", "وقالت الهيئة إن الوفد زار المدينة، أشاد خلالها بالتنظيم.", "وقالت", True,
     "الوفد زار المدينة، أشاد خلالها بالتنظيم"),
    ("city-is-no-participle", "وقالت مصادر في مدينة عدن إن الهدوء عاد.", "وقالت", True, "الهدوء عاد"),
]


@pytest.mark.parametrize(("label", "text", "cue", "event", "content"), CRITICISE, ids=_ids(CRITICISE))
def test_verbs_of_criticising(label: str, text: str, cue: str, event: bool, content: str | None) -> None:
    a = _event(text, cue)
    assert (a is not None) == event, [x.cue.text for x in extract_attributions(text)]
    if a is not None:
        assert a.content.text == content


def test_participle_subject_stops_at_the_verbs_preposition() -> None:
    a = _event("وأشاد الوزير بجهود الشرطة، مؤكدا أن الأمن مستتب.", "مؤكدا")
    b = _event("وأشاد الرئيس بشار الأسد بجهود الجيش، مؤكدا أن الأمن مستتب.", "مؤكدا")
    assert (_speaker(a), _speaker(b)) == ("الوزير", "الرئيس بشار الأسد")


# The clause a participle hangs on: after a dateline's dash (دبي، الإمارات – وجه الشيخ ...، مطالبا),
# after في حين with a verb that made no event of its own; a relative clause's own verb of saying
# (التي وصفها بأنها) keeps its content. Each row: label, text, cue, speaker.
HANGS_ON: list[Any] = [
    ("after-dateline", "العين، الإمارات – وجه الشيخ سالم العلي، رئيس الغرفة، مساء الأحد، نداء للتجار مطالبا "
     "بخفض الأسعار لافتا إلى أن الأزمة طويلة.", "مطالبا", "الشيخ سالم العلي، رئيس الغرفة"),
    ("after-dateline-object-after-comma", "العين، الإمارات – وجه الشيخ سالم العلي، رئيس الغرفة، نداء "
     "للتجار مطالبا بخفض الأسعار لافتا إلى أن الأزمة طويلة.", "مطالبا", "الشيخ سالم العلي، رئيس الغرفة"),
    ("after-contrast-cue-without-content", "وأعلنت الحكومة الخطة، في حين انتقدت المنظمات الحقوقية هذه الخطوة "
     "واصفة إياها بـ\"الخطيرة\".", "واصفة", "المنظمات الحقوقية"),
    ("relative-own-verb", "وانتقد الخطوة التي وصفها بأنها خطيرة.", "وصفها", None),
    # negative row: a dash inside a sentence that opens with و is no dateline
    ("dash-inside-sentence", "واستقال المدرب الأرجنتيني - الذي تولى الفريق الموسم الماضي - أمس، مؤكدا أن القرار نهائي.",
     "مؤكدا", "المدرب الأرجنتيني"),
]


@pytest.mark.parametrize(("label", "text", "cue", "speaker"), HANGS_ON, ids=_ids(HANGS_ON))
def test_the_clause_a_participle_hangs_on(label: str, text: str, cue: str, speaker: str | None) -> None:
    a = _event(text, cue)
    assert a is not None, [x.cue.text for x in extract_attributions(text)]
    assert _speaker(a) == speaker


# A present after كما without a content clause of its own goes on with the clause (``، كما تؤمن
# ببلدها``, like ``، كما تحب``); a past after كما, or a present with its own أن, opens a new one.
KAMA: list[Any] = [
    ("present-goes-on", "وأكدت أنها تؤمن بالسلام، كما تؤمن تماما ببلدها.", "وأكدت",
     "تؤمن بالسلام، كما تؤمن تماما ببلدها"),
    ("past-ends", "وأكد أن الاقتصاد ينمو، كما أشاد بخطط الحكومة.", "وأكد", "الاقتصاد ينمو"),
    ("present-with-content-ends", "وقال إن الاقتصاد ينمو، كما يتوقع أن يستمر النمو.", "وقال", "الاقتصاد ينمو"),
]


@pytest.mark.parametrize(("label", "text", "cue", "content"), KAMA, ids=_ids(KAMA))
def test_kama_with_a_present(label: str, text: str, cue: str, content: str) -> None:
    a = _event(text, cue)
    assert a is not None and a.content.text == content


# The narrator's temporal clause ends a reported clause even with no comma before it (the ``break``
# rows of clause_ends.tsv: في الوقت الذي، في وقت + a present); ``في وقت لاحق`` is no clause.
BREAKS: list[Any] = [
    ("at-the-time-when", "وقال إن بلاده لن تتراجع في الوقت الذي تواجه فيه الحكومة انتقادات شديدة.", "وقال",
     "بلاده لن تتراجع"),
    ("at-a-time-present", "وأكدت الوزيرة أن الحوار مستمر في وقت يشهد فيه الشارع احتجاجات.", "وأكدت",
     "الحوار مستمر"),
    ("quoted-then-time", "وقال إن الحكومة لن تقبل \"الابتزاز\" في الوقت الذي تتصاعد فيه الأزمة.", "وقال",
     "الحكومة لن تقبل \"الابتزاز"),
    ("later-is-no-clause", "وقال إنه سيزور البلاد في وقت لاحق.", "وقال", "سيزور البلاد في وقت لاحق"),
]


@pytest.mark.parametrize(("label", "text", "cue", "content"), BREAKS, ids=_ids(BREAKS))
def test_temporal_clause_breaks(label: str, text: str, cue: str, content: str) -> None:
    a = _event(text, cue)
    assert a is not None and a.content.text == content


# An outlet that relays a sentence (a source phrase with a verb whose source is a medium, at its end)
# is the channel of the reports before it in that sentence. Each row: label, text, cue, channel.
RELAYED: list[Any] = [
    ("relayed-quoted-outlet", "ولفت الوزير إلى أن المنح انتهت، مبينا أن الحديث الآن عن اتفاقيات تجارية، حسبما نقلت "
     "\"رويترز\".", "مبينا", "رويترز"),
    ("relayed-first-report", "ولفت الوزير إلى أن المنح انتهت، مبينا أن الحديث الآن عن اتفاقيات تجارية، حسبما نقلت "
     "\"رويترز\".", "ولفت", "رويترز"),
    ("relayed-agency", "وقال الوزير إن المنح انتهت، بحسب ما ذكرت وكالة الأنباء الرسمية.", "وقال",
     "وكالة الأنباء الرسمية"),
    # negative rows: a body is no medium; an impersonal cue has no speaker to relay
    ("body-is-no-channel", "وقال الوزير إن المنح انتهت، حسبما أعلنت الوزارة.", "وقال", None),
    ("impersonal-not-relayed", "ويشتبه أن السائق كان ينقل بضائع مهربة، حسبما ذكرت صحيفة الفجر.", "ويشتبه", None),
]


@pytest.mark.parametrize(("label", "text", "cue", "channel"), RELAYED, ids=_ids(RELAYED))
def test_relayed_channels(label: str, text: str, cue: str, channel: str | None) -> None:
    a = _event(text, cue)
    assert a is not None, [x.cue.text for x in extract_attributions(text)]
    assert (a.channel.text if a.channel else None) == channel


# Occasions end a speaker after a name (في إفادة صحفية، في تعليق على، في مقال): the occasion words of
# speaker_words.tsv. Each row: label, text, cue, speaker.
OCCASIONS: list[Any] = [
    ("briefing", "وقال المتحدث باسم الوزارة نيد برايس في إفادة صحفية إن واشنطن قلقة.", "وقال",
     "المتحدث باسم الوزارة نيد برايس"),
    ("comment", "وقال الوزير في تعليق على القرار إن واشنطن قلقة.", "وقال", "الوزير"),
    ("article-fem", "وكتبت الباحثة سارة العلي في مقال أن الأزمة تتفاقم.", "وكتبت", "الباحثة سارة العلي"),
]


@pytest.mark.parametrize(("label", "text", "cue", "speaker"), OCCASIONS, ids=_ids(OCCASIONS))
def test_occasions_end_a_speaker(label: str, text: str, cue: str, speaker: str | None) -> None:
    a = _event(text, cue)
    assert a is not None, [x.cue.text for x in extract_attributions(text)]
    assert _speaker(a) == speaker


# Unquoted words right after the speaker that open with a third-person pronoun (a nominal sentence:
# ``قال السيد X هم الأطفال ...``) are direct speech; a pronoun ends a speaker phrase.
PRONOUN_SPEECH: list[Any] = [
    ("plural-pronoun", "وعن المستفيدين، قال السيد سامي العلي هم الأطفال المسجلون في الجمعية.", "قال",
     "السيد سامي العلي", "هم الأطفال المسجلون في الجمعية"),
    ("masc-pronoun", "وقال الوزير هو الأمر الذي نسعى إليه.", "وقال", "الوزير", "هو الأمر الذي نسعى إليه"),
    ("fem-present", "وتقول المديرة هي مدرسة متميزة منذ تأسيسها.", "وتقول", "المديرة", "هي مدرسة متميزة منذ تأسيسها"),
]


@pytest.mark.parametrize(("label", "text", "cue", "speaker", "content"), PRONOUN_SPEECH, ids=_ids(PRONOUN_SPEECH))
def test_pronoun_opens_unquoted_speech(label: str, text: str, cue: str, speaker: str, content: str) -> None:
    a = _event(text, cue)
    assert a is not None and (_speaker(a), a.content.text, a.kind) == (speaker, content, "direct")


def test_a_question_to_say_is_no_speech() -> None:
    assert _event("نريد من الوزارة أن تقول ما هو موقفها من هذا الملف.", "تقول") is None


# A title accredited to a place keeps its لدى phrase (السفير الفرنسي لدى الرياض، مندوب مصر لدى الأمم
# المتحدة); لدى after another speaker is an adverb of time (لدى وصوله) and ends it.
ACCREDITED: list[Any] = [
    ("ambassador-coordinated", "وقال الوزير والسفير الفرنسي لدى الرياض إن المحادثات مثمرة.", "وقال",
     "الوزير والسفير الفرنسي لدى الرياض"),
    ("delegate-name", "وقال مندوب مصر لدى الأمم المتحدة محمد العلي إن القرار مرفوض.", "وقال",
     "مندوب مصر لدى الأمم المتحدة محمد العلي"),
    ("ambassador-fem", "وقالت السفيرة الأمريكية لدى الأمم المتحدة إن القرار مرفوض.", "وقالت",
     "السفيرة الأمريكية لدى الأمم المتحدة"),
    ("on-arrival", "وقال الوزير لدى وصوله إن المحادثات مثمرة.", "وقال", "الوزير"),
]


@pytest.mark.parametrize(("label", "text", "cue", "speaker"), ACCREDITED, ids=_ids(ACCREDITED))
def test_accredited_titles(label: str, text: str, cue: str, speaker: str | None) -> None:
    a = _event(text, cue)
    assert a is not None and _speaker(a) == speaker


# Outlets named by a common word (الجزيرة، العربية، الوطن: the ``glued`` rows of media.tsv) are media
# only glued to ل in a cue's zone. Each row: label, text, cue, speaker, channel.
GLUED_OUTLETS: list[Any] = [
    ("aljazeera", "وقال الوزير للجزيرة إن الاتفاق قريب.", "وقال", "الوزير", "جزيرة"),
    ("alarabiya-fem", "وقالت الوزيرة للعربية إن الاتفاق قريب.", "وقالت", "الوزيرة", "عربية"),
    ("two-words", "وأكد مسؤول للشرق الأوسط أن الاتفاق قريب.", "وأكد", "مسؤول", "شرق الأوسط"),
    # negative rows: the common word elsewhere
    ("island-not-glued", "وعاد الوزير إلى الجزيرة العربية وقال إن الاتفاق قريب.", "وقال", None, None),
    ("homeland-in-content", "وقال الوزير إن ولاءه للوطن لا يتغير.", "وقال", "الوزير", None),
]


@pytest.mark.parametrize(("label", "text", "cue", "speaker", "channel"), GLUED_OUTLETS, ids=_ids(GLUED_OUTLETS))
def test_outlets_named_by_a_common_word(label: str, text: str, cue: str, speaker: str | None,
                                        channel: str | None) -> None:
    a = _event(text, cue)
    assert a is not None and _speaker(a) == speaker
    assert (a.channel.text if a.channel else None) == channel


# A source phrase followed by فإن frames the clause after فإن, wherever the phrase stands (also after a
# clause of its own and a comma); without فإن, mid-sentence, it frames the clause before it. Each row:
# label, text, the cue, its speaker, its content.
FA_INNA_FRAMED: list[Any] = [
    ("after-clause-bihasab", "ارتفعت الأسعار، وبحسب الوزارة، فإن التضخم سيتراجع.", "وبحسب", "الوزارة",
     "التضخم سيتراجع"),
    ("after-clause-wifqan", "تراجعت الصادرات، ووفقا لتقرير البنك فإن العجز سيتسع.", "ووفقا ل", "تقرير البنك",
     "العجز سيتسع"),
    ("after-clause-tibqan", "انتهى الاجتماع، وطبقا لمصادر مطلعة، فإنه سيستأنف غدا.", "وطبقا ل", "مصادر مطلعة",
     "سيستأنف غدا"),
    ("after-clause-hasab-fem", "وصلت القافلة، وحسب المنظمة فإنها تحمل أدوية.", "وحسب", "المنظمة", "تحمل أدوية"),
    ("opening", "وبحسب الوزارة، فإن التضخم سيتراجع.", "وبحسب", "الوزارة", "التضخم سيتراجع"),
    ("no-fa-inna-clause-before", "ارتفعت الأسعار بنسبة كبيرة، حسب الوزارة.", "حسب", "الوزارة",
     "ارتفعت الأسعار بنسبة كبيرة"),
    ("after-clause-naqlan", "تراجع الإنتاج، ونقلا عن مصادر مطلعة، فإن المصنع سيغلق.", "ونقلا عن", "مصادر مطلعة",
     "المصنع سيغلق"),
    ("after-clause-plural-pronoun", "تراجع الإنتاج، وطبقا لمصادر رسمية فإنهم سيعودون.", "وطبقا ل", "مصادر رسمية",
     "سيعودون"),
]


@pytest.mark.parametrize(("label", "text", "cue", "speaker", "content"), FA_INNA_FRAMED, ids=_ids(FA_INNA_FRAMED))
def test_fa_inna_after_a_source_frames_the_clause_after_it(label: str, text: str, cue: str, speaker: str,
                                                             content: str) -> None:
    a = _event(text, cue)
    assert a is not None and a.kind == "according_to"
    assert (_speaker(a), a.content.text if a.content else None) == (speaker, content)


# A verb that governs ب (طالب، ندد، رحب، أشاد): ب + a verbal noun of a derived form after the subject is
# the verb's object and ends the speaker, even after a bare name; a name beginning with ب is no verbal
# noun. Each row: label, text, the cue, its speaker.
BI_MASDAR_OBJECT: list[Any] = [
    ("taf'il-name", "وطالب الشمري بتوفير الدعم للمزارعين بأن تسرع الحكومة الإجراءات.", "وطالب", "الشمري"),
    ("taf'il-name-coordinated", "وطالب الشمري بتوفير الدعم للمزارعين وأن تتنبه الحكومة إلى أن الوقت ضيق.",
     "وطالب", "الشمري"),
    ("if'al-name", "وطالب العلي بإطلاق سراح المعتقلين بأن تتحرك الحكومة.", "وطالب", "العلي"),
    ("participle-after-tanddid", "وندد النائب سالم بتأخير الرواتب، قائلا إن الموظفين ينتظرون.", "قائلا", "النائب سالم"),
    ("name-with-ba", "وطالب الرئيس بشار الأسد بوقف القتال وأن تنسحب القوات.", "وطالب", "الرئيس بشار الأسد"),
    ("prep-phrase-kept", "وطالب رئيس البلدية باسم السكان بأن تتحرك الحكومة.", "وطالب", "رئيس البلدية باسم السكان"),
    ("ifti'al-fem", "وطالبت النائبة منى باتخاذ إجراءات عاجلة بأن تتحرك الوزارة.", "وطالبت", "النائبة منى"),
    ("istif'al-present", "ويطالب الاتحاد سالم باستئناف الحوار بأن تعود الأطراف إلى الطاولة.", "ويطالب",
     "الاتحاد سالم"),
    ("tafa'ul", "وطالب الزعيم خالد بتبادل الأسرى بأن يتم ذلك فورا.", "وطالب", "الزعيم خالد"),
    ("participle-after-rahhaba", "ورحب الرئيس كمال بتوقيع الاتفاق، مؤكدا أن العلاقات متينة.", "مؤكدا", "الرئيس كمال"),
    ("participle-after-if'al", "وندد النائب سالم بإطلاق النار، قائلا إن الوضع خطير.", "قائلا", "النائب سالم"),
]


@pytest.mark.parametrize(("label", "text", "cue", "speaker"), BI_MASDAR_OBJECT, ids=_ids(BI_MASDAR_OBJECT))
def test_bi_verbal_noun_ends_the_speaker(label: str, text: str, cue: str, speaker: str | None) -> None:
    a = _event(text, cue)
    assert a is not None
    assert _speaker(a) == speaker


# A participle hangs on a verb whose subject stands before it, after كان (وكان X قد نفى Y، مؤكدا): the
# participle's speaker is that subject, not the verb's object. Each row: label, text, the cue, its speaker.
KANA_SUBJECT: list[Any] = [
    ("kana-qad", "وكان بيان الوزارة قد نفى الخبر، مؤكدا أن التحقيق مستمر.", "مؤكدا", "بيان الوزارة"),
    ("kanat-qad-fem", "وكانت الوزارة قد نفت ما أوردته الجمعية، مؤكدة أن التحقيق مستمر.", "مؤكدة", "الوزارة"),
    ("kana-no-qad", "وكان بلاغ الوزارة نفى ما أوردته الجمعية، وداعية الجمعية إلى \"التثبت من معلوماتها\".",
     "وداعية", "بلاغ الوزارة"),
    ("kana-bare", "كان الوزير أعلن الخطة، مشيرا إلى أن التنفيذ قريب.", "مشيرا", "الوزير"),
    ("kana-impersonal", "وكان من المقرر أن يعلن الوزير الخطة، مشيرا إلى أن التنفيذ قريب.", "مشيرا", "الوزير"),
    ("kanu-plural", "وكانوا المسؤولون قد نفوا الخبر، مؤكدين أن التحقيق مستمر.", "مؤكدين", "المسؤولون"),
    ("fa-kana", "فكان الوزير قد رفض الطلب، مشيرا إلى أن الميزانية محدودة.", "مشيرا", "الوزير"),
    ("kanat-no-qad", "وكانت الشركة أعلنت الخطة، موضحة أن التنفيذ قريب.", "موضحة", "الشركة"),
]


@pytest.mark.parametrize(("label", "text", "cue", "speaker"), KANA_SUBJECT, ids=_ids(KANA_SUBJECT))
def test_a_subject_after_kana_is_the_participles_speaker(label: str, text: str, cue: str, speaker: str) -> None:
    assert _speaker(_event(text, cue)) == speaker


# The object of a verb of describing (وصف … بأنه) after its subject: a verbal noun of a derived form, or
# a noun a restrictive relative clause describes, opens the object. Each row: label, text, the cue, its
# speaker.
DESCRIBED_OBJECT: list[Any] = [
    ("masdar-construct", 'وصف الوزير تعليق نظيره على الخطة بأنه "خطوة مهمة".', "وصف", "الوزير"),
    ("masdar-ifti'al", "وصف الوزير اتخاذ القرار بأنه متسرع.", "وصف", "الوزير"),
    ("masdar-after-name-and-day", 'وصف وزير النقل سمير داود، الخميس، تعليق نظيره بأنه "خطوة مهمة".', "وصف",
     "وزير النقل سمير داود"),
    ("restrictive-relative", "وصف الوزير القرار الذي أعلنته الحكومة بأنه خطأ.", "وصف", "الوزير"),
    ("nisba-subject", "وصف وزير الخارجية الفرنسي الهجوم بأنه جبان.", "وصف", "وزير الخارجية الفرنسي"),
    pytest.param("apposition-relative", "واتهمت المنظمة، التي تتخذ من لندن مقرا لها، الحكومة بأنها تقمع المعارضين.",
                 "واتهمت", "المنظمة، التي تتخذ من لندن مقرا لها",
                 marks=pytest.mark.xfail(reason="an object after the speaker's comma-set relative clause is read "
                                                "into the speaker")),
    ("if'al-fem-verb", "ووصفت الوزيرة إعلان الحكومة بأنه متسرع.", "ووصفت", "الوزيرة"),
    ("tafa'ul-present", "ويصف الخبير تبادل الاتهامات بأنه عبثي.", "ويصف", "الخبير"),
    ("istif'al", "ووصف المتحدث استئناف القتال بأنه خرق للهدنة.", "ووصف", "المتحدث"),
]


@pytest.mark.parametrize(("label", "text", "cue", "speaker"), DESCRIBED_OBJECT, ids=_ids(DESCRIBED_OBJECT))
def test_the_described_object_is_no_speaker(label: str, text: str, cue: str, speaker: str) -> None:
    assert _speaker(_event(text, cue)) == speaker
