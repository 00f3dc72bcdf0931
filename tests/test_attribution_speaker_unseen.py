"""Speakers on unseen news (issue 11): the constructions of blind round 6, own composed sentences.

Each row: a label, the text, the cue (as written) and the expected speaker (``None``: a null speaker).
Known failures are ``xfail`` rows with their reason.
"""

from __future__ import annotations

import pytest

from arnews import extract_attributions
from arnews.attribution import Attribution


def _find(atts: list[Attribution], cue: str) -> Attribution:
    for a in atts:
        if a.cue.text == cue:
            return a
    raise AssertionError(f"no event with cue {cue!r}: {[a.cue.text for a in atts]}")


def _xfail(label: str, text: str, cue: str, speaker: str | None, reason: str) -> object:
    return pytest.param(label, text, cue, speaker, marks=pytest.mark.xfail(reason=reason, strict=True), id=label)


#: A time adverb is no speaker; a time phrase between the verb and its subject is skipped.
TIME_WORDS = [
    ("then-after-subject", "لكن الوزير قال حينها إن الاتفاق قريب.", "قال", "الوزير"),
    ("at-that-time-name", "لكن سامي قال آنذاك إن الاتفاق قريب.", "قال", "سامي"),
    ("its-time-feminine", "وقالت الوزيرة وقتها إن الاتفاق قريب.", "وقالت", "الوزيرة"),
    ("that-day-fa-quote", "فقالت يومها: «لن أعود».", "فقالت", None),
    ("then-no-subject", "وقال حينها إن الاتفاق قريب.", "وقال", None),
    ("then-before-subject", "وقال حينها وزير الخارجية إن الاتفاق قريب.", "وقال", "وزير الخارجية"),
    ("yesterday-before-subject", "وقال أمس وزير الخارجية إن الاتفاق قريب.", "وقال", "وزير الخارجية"),
    ("evening-day-before-subject", "وأكد مساء الأحد رئيس البلدية أن الطرق مفتوحة.", "وأكد", "رئيس البلدية"),
    ("day-modifier-before-subject", "وأكدت يوم الخميس الماضي الوزيرة أن الاتفاق قريب.", "وأكدت", "الوزيرة"),
    ("present-before-subject", "ويقول اليوم خبراء الطاقة إن الأسعار ستنخفض.", "ويقول", "خبراء الطاقة"),
    ("time-then-outlet", "وقال اليوم الثلاثاء وزير الخارجية لوكالة رويترز إن الاتفاق قريب.", "وقال",
     "وزير الخارجية"),
    ("day-before-yesterday", "وكان المتحدث، قال أمس الأول إن التحقيق مستمر.", "قال", "المتحدث"),
    ("time-then-occasion-no-subject", "وقال أمس في مؤتمر صحفي إن الاتفاق قريب.", "وقال", None),
]

#: A participle takes the subject of the clause it hangs on, wherever that subject stands.
PARTICIPLES = [
    # after a period: the clause of the sentence before
    ("after-period-feminine", "وتقول المنظمة إنها وثقت عشرين حالة. مشيرة إلى أن العدد أكبر.", "مشيرة",
     "المنظمة"),
    ("after-period-masculine", "وقال الوزير إن الحوار مستمر. مضيفا أن الاتفاق قريب.", "مضيفا", "الوزير"),
    ("after-period-quote", "وقال الوزير: «الحوار مستمر». مضيفا أن الاتفاق قريب.", "مضيفا", "الوزير"),
    ("after-period-dropped", "وأضاف أن الحوار مستمر. مؤكدا أن الاتفاق قريب.", "مؤكدا", None),
    ("after-period-no-report", "انتهى الاجتماع مساء أمس. مؤكدا أن الاتفاق قريب.", "مؤكدا", None),
    # the topic of أما X فـ...
    ("topic-fa-verb", "أما الدكتور سامي الحداد رئيس النقابة فتحدث عن الإضراب قائلا: لن نتراجع.", "قائلا",
     "الدكتور سامي الحداد رئيس النقابة"),
    ("topic-wa-title-genitive", "وأما رئيس فريق الإنقاذ فتحدث عن الضحايا، مؤكدا أن البحث مستمر.", "مؤكدا",
     "رئيس فريق الإنقاذ"),
    ("topic-comma-feminine", "أما الوزيرة، فاكتفت بالصمت، مشيرة إلى أن الملف بيد القضاء.", "مشيرة", "الوزيرة"),
    # a quoted name and its apposition open the sentence
    ("quoted-outlet-apposition", "\"الأهرام\"، الصحيفة اليومية الأقدم، نشرت الخبر في سطرين، مشيرة إلى أن "
     "الاتفاق نهائي.", "مشيرة", "\"الأهرام\"، الصحيفة اليومية الأقدم"),
    ("guillemets-company-apposition", "«أرامكو»، عملاق النفط، خفضت إنتاجها، موضحة أن السوق متخمة.", "موضحة",
     "«أرامكو»، عملاق النفط"),
    ("curly-quotes-outlet", "“الوطن”، الصحيفة المستقلة، خصصت صفحتها الأولى للقمة، مؤكدة أن القمة ناجحة.",
     "مؤكدة", "“الوطن”، الصحيفة المستقلة"),
    ("quotation-then-cue-is-no-name", "«لن نتراجع»، قال الوزير، مضيفا أن الحوار مستمر.", "مضيفا", "الوزير"),
    _xfail("quotation-then-narration", "“الحوار مستمر”، هكذا اختصر الوزير الموقف، مضيفا أن الاتفاق قريب.", "مضيفا",
           "الوزير", "هكذا + a verb that is no cue: the subject after it is not read"),
    _xfail("but-name-verb", "لكن سامي اعتمد لهجة حذرة، واصفا الاتفاق بأنه \"مهم\".", "واصفا", "سامي",
           "لكن + name + a verb no list knows: without morphology the name's end is unknown"),
]


@pytest.mark.parametrize(("label", "text", "cue", "speaker"), TIME_WORDS + PARTICIPLES,
                         ids=[r[0] if isinstance(r, tuple) else r.id for r in TIME_WORDS + PARTICIPLES])
def test_speaker(label: str, text: str, cue: str, speaker: str | None) -> None:
    a = _find(extract_attributions(text), cue)
    assert (a.speaker.text if a.speaker else None) == speaker, label
