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
    # a verbal noun with its genitive, when the sentence's verb cannot be the participle's subject
    ("verbal-noun-genitive-feminine-verb-subject", "وشهدت جلسة أمس اعتراف المتهم الأول بأنه قاد السيارة، مضيفا أن "
     "السيارة مسروقة.", "مضيفا", "المتهم الأول"),
    ("verbal-noun-alone", "وسط تأكيد الوزير أن الاتفاق قريب، مشيرا إلى أن الحوار مستمر.", "مشيرا", "الوزير"),
    ("verbal-noun-adjunct-main-clause", "ورغم تأكيد الوزير أن الاتفاق قريب، أعلنت المعارضة رفضها، مشيرة إلى أن "
     "الحوار متعثر.", "مشيرة", "المعارضة"),
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


#: How far a speaker phrase runs: a place then a name between commas, abbreviated titles in a title
#: chain, a name before its apposition and relative clause, the subject of a relative ``ما`` clause.
EXTENT = [
    ("place-comma-name", "وقال مدير الشركة في القاهرة، سامي الحداد، إن الوضع هادئ.", "وقال",
     "مدير الشركة في القاهرة، سامي الحداد"),
    ("correspondent-outlet-place-name", "ويقول مراسل بي بي سي في موسكو، جون سميث، إن الوضع هادئ.", "ويقول",
     "مراسل بي بي سي في موسكو، جون سميث"),
    ("correspondent-feminine-long-place", "وقالت مراسلة القناة في العاصمة الصينية بكين، ليلى حسن، إن الوضع هادئ.",
     "وقالت", "مراسلة القناة في العاصمة الصينية بكين، ليلى حسن"),
    ("correspondent-place-name-no-comma", "ويقول مراسل الصحيفة في القاهرة سامي الحداد إن الوضع هادئ.", "ويقول",
     "مراسل الصحيفة في القاهرة سامي الحداد"),
    ("place-then-relative-clause", "وقال مدير الشركة في القاهرة، الذي رفض ذكر اسمه، إن الوضع هادئ.", "وقال",
     "مدير الشركة"),
    ("place-then-time", "وقال الوزير في القاهرة، أمس، إن الوضع هادئ.", "وقال", "الوزير"),
    ("place-name-then-time", "وقال رئيس النقابة في الولاية سامي الحداد أمس إن الوضع هادئ.", "وقال",
     "رئيس النقابة في الولاية سامي الحداد"),
    ("place-name-then-morning", "وقال المتحدث باسم الشرطة في المدينة سامي صباح اليوم إن الوضع هادئ.", "وقال",
     "المتحدث باسم الشرطة في المدينة سامي"),
    ("time-word-inside-name", "وشهدت جلسة أمس اعتراف المتهم الثاني في الملف كريم جابر حسون، أمام المحكمة بأنه "
     "قاد السيارة.", "اعتراف", "المتهم الثاني في الملف كريم جابر حسون"),
    ("place-time-no-name", "وقال الوزير في القاهرة أمس إن الوضع هادئ.", "وقال", "الوزير"),
    ("apposition-then-glued-outlet", "قال سامي الحداد، رئيس المكتب الإعلامي للجمعية في محافظة حمص السورية، لشبكة "
     "CNN، إن الوضع صعب.", "قال", "سامي الحداد، رئيس المكتب الإعلامي للجمعية في محافظة حمص السورية"),
    ("occasion-comma-name", "وقال الوزير في مؤتمر صحفي، سامي الحداد، إن الوضع هادئ.", "وقال", "الوزير"),
    # a quantifier keeps its من phrase
    ("number-of-officials", "وقال عدد من المسؤولين إن الأرباح مضمونة.", "وقال", "عدد من المسؤولين"),
    ("many-of-analysts-present", "ويرى الكثير من المحللين أن الأرباح مضمونة.", "ويرى", "الكثير من المحللين"),
    ("some-of-relative", "وقال بعض من التقيناهم إن الأرباح مضمونة.", "وقال", "بعض من التقيناهم"),
    ("number-participle-plural", "وقدم عدد من الخبراء مقترحات، مؤكدين أن الحل ممكن.", "مؤكدين", "عدد من الخبراء"),
    ("number-then-place-ends", "وقال عدد من المسؤولين في الوزارة إن الأرباح مضمونة.", "وقال", "عدد من المسؤولين"),
    ("minister-from-his-side", "وقال الوزير من جهته إن الأرباح مضمونة.", "وقال", "الوزير"),
    _xfail("many-of-these", "وتزعم كثير من هذه المواقع أن الأرباح مضمونة.", "وتزعم", "كثير من هذه المواقع",
           "a demonstrative after من ends the phrase"),
    # abbreviated titles (د. م. أ.) inside a title chain with its place
    ("abbrev-doctor-place", "وأكد مدير عام فرع وزارة الصحة بالمنطقة الشمالية د. خالد بن سعيد الفهد أن المستشفى "
     "جاهز.", "وأكد", "مدير عام فرع وزارة الصحة بالمنطقة الشمالية د. خالد بن سعيد الفهد"),
    ("abbrev-engineer-governorate", "وقال مدير فرع الهيئة بمحافظة جدة م. سامي العلي إن المشروع جاهز.", "وقال",
     "مدير فرع الهيئة بمحافظة جدة م. سامي العلي"),
    ("abbrev-feminine-quote", "وقالت مديرة مكتب التعليم بالمنطقة الشرقية أ. ليلى الحسن: \"المدارس جاهزة\".",
     "وقالت", "مديرة مكتب التعليم بالمنطقة الشرقية أ. ليلى الحسن"),
    ("abbrev-participle-inherits", "ورحب مدير عام فرع وزارة الصحة بالمنطقة الشمالية د. خالد بن سعيد الفهد "
     "بالقرار، مؤكدا أن المستشفى جاهز.", "مؤكدا",
     "مدير عام فرع وزارة الصحة بالمنطقة الشمالية د. خالد بن سعيد الفهد"),
    ("abbrev-name-then-object", "واستنكر مدير فرع الوزارة بالمنطقة الشمالية د. خالد الفهد الاعتداء على "
     "المستشفى، مؤكدا أن العمل مستمر.", "مؤكدا", "مدير فرع الوزارة بالمنطقة الشمالية د. خالد الفهد"),
    ("abbrev-compound-name-then-object", "واستنكر مدير فرع الوزارة بالمنطقة الشمالية د. عبد الله الحسن الاعتداء "
     "على المستشفى، مؤكدا أن العمل مستمر.", "مؤكدا", "مدير فرع الوزارة بالمنطقة الشمالية د. عبد الله الحسن"),
    ("rank-name-then-object", "وتفقد قائد الشرطة العقيد سامي الحداد الموقع، مؤكدا أن الوضع آمن.", "مؤكدا",
     "قائد الشرطة العقيد سامي الحداد"),
    ("rank-family-with-al", "وشكر الشيخ جاسم آل حمود الحضور، مؤكدا أن الوحدة قوية.", "مؤكدا",
     "الشيخ جاسم آل حمود"),
    ("rank-name-apposition-kept", "وطالب الشيخ سامي بن خالد آل ثاني، رئيس الوزراء السابق، بالتهدئة، مؤكدا أن "
     "الحوار ممكن.", "مؤكدا", "الشيخ سامي بن خالد آل ثاني، رئيس الوزراء السابق"),
    ("rank-verb-preposition-no-place", "وعبر اللواء م. سامي بن خالد الحداد عن حزنه، مؤكدا أن التحقيق مستمر.",
     "مؤكدا", "اللواء م. سامي بن خالد الحداد"),
    # a name before its apposition (and the apposition's relative clause), before the verb
    ("name-apposition-relative", "ليلى حسن، الخبيرة الاقتصادية التي عملت في البنك الدولي لعشرين عاما، قالت إن "
     "الأزمة ستطول.", "قالت", "ليلى حسن، الخبيرة الاقتصادية التي عملت في البنك الدولي لعشرين عاما"),
    ("name-apposition", "ليلى حسن، الخبيرة الاقتصادية، قالت إن الأزمة ستطول.", "قالت",
     "ليلى حسن، الخبيرة الاقتصادية"),
    ("but-name-analyst-relative", "لكن سامي الحداد، المحلل السياسي الذي عمل سنوات طويلة في الصحافة المحلية، أكد "
     "أن الأزمة ستطول.", "أكد", "سامي الحداد، المحلل السياسي الذي عمل سنوات طويلة في الصحافة المحلية"),
    ("fronted-adverbial-no-name", "وفي المؤتمر، المحلل السياسي قال إن الأزمة ستطول.", "قال", "المحلل السياسي"),
    # the subject of a relative ما clause, and of a verb with a prepositional pronoun
    ("prep-pronoun-then-subject", "وهذا ما عبر عنه الوزير بقوله إن الأزمة طويلة.", "بقوله", "الوزير"),
    ("prep-pronoun-feminine", "وهو ما تحدثت عنه الوزيرة بقولها: \"الأزمة طويلة\".", "بقولها", "الوزيرة"),
    ("korean-name-kept", "وقال لي مينغ، رئيس الشركة، إن الأزمة طويلة.", "وقال", "لي مينغ، رئيس الشركة"),
    ("news-plural-vs-masdar", "وقال محرر الأخبار سامي الحداد إن الأزمة طويلة.", "وقال", "محرر الأخبار سامي الحداد"),
    ("news-plural-apposition", "ويقول محلل الأخبار، سامي الحداد، إن الأزمة طويلة.", "ويقول",
     "محلل الأخبار، سامي الحداد"),
    ("relative-ma-news-analyst", "وتساءلوا عما لخصه محلل الأخبار، سامي الحداد، يوم الخميس بقوله إن الأزمة "
     "طويلة.", "وتساءلوا", "محلل الأخبار، سامي الحداد"),
    _xfail("title-comma-name-before-bil", "وتساءلوا عما لخصه محلل الأخبار، سامي الحداد، بقوله إن الأزمة طويلة.",
           "بقوله", "محلل الأخبار، سامي الحداد", "a title, then a name between commas, before the verb: only the name"),
]

#: The subject a participle inherits stops before its verb's object.
OBJECTS = [
    ("family-name-then-object", "وثمن العمري الدور الكبير للمتطوعين، مؤكدا أن العمل مستمر.", "مؤكدا", "العمري"),
    ("family-name-plural-object", "وثمن القحطاني الجهود المبذولة، مؤكدا أن العمل مستمر.", "مؤكدا", "القحطاني"),
    ("family-name-feminine-participle", "وثمنت الحربي التعاون بين البلدين، مشيرة إلى أن العلاقات متينة.", "مشيرة",
     "الحربي"),
    ("verbal-noun-object", "واقترح رئيس البعثة إحداث لجنة عليا للانتخابات، معتبرا أن اللجنة ضرورية.", "معتبرا",
     "رئيس البعثة"),
    ("verbal-noun-taf3il", "وطرح الوزير تأسيس هيئة جديدة، معتبرا أن الهيئة ضرورية.", "معتبرا", "الوزير"),
    ("verbal-noun-istif3al", "وطلبت الوزارة استئناف المفاوضات، مؤكدة أن الحوار ضروري.", "مؤكدة", "الوزارة"),
    ("epithet-kept", "وافتتح الأمين العام المؤتمر، مؤكدا أن العمل مستمر.", "مؤكدا", "الأمين العام"),
    ("nisba-adjective-kept", "وشارك الاتحاد الأوروبي في الاجتماع، مؤكدا أن العمل مستمر.", "مؤكدا",
     "الاتحاد الأوروبي"),
    ("any-opens-object", "ورفض الجيش الوطني أي حلول سياسية، معتبرين أن الحسم العسكري قريب.", "معتبرين",
     "الجيش الوطني"),
    ("any-feminine-opens-object", "ورفضت الحكومة أية مفاوضات، مؤكدة أن موقفها ثابت.", "مؤكدة", "الحكومة"),
    ("object-after-apposition", "وكشف ولي العهد، الأمير سامي بن خالد، موعد طرح الأسهم، مشددا على أن الطرح سيتم.",
     "مشددا", "ولي العهد، الأمير سامي بن خالد"),
    ("possessed-object-after-apposition", "وأعلن الوزير، سامي الحداد، استقالته، مؤكدا أن القرار نهائي.", "مؤكدا",
     "الوزير، سامي الحداد"),
    ("object-after-relative-aside", "وزار الوزير، الذي وصل أمس، المدينة، مؤكدا أن الإعمار قريب.", "مؤكدا",
     "الوزير، الذي وصل أمس"),
    _xfail("family-name-without-nisba", "وانتقد الحداد القرار الجديد، مؤكدا أن العمل مستمر.", "مؤكدا", "الحداد",
           "a family name not shaped like a nisba and a definite object look alike"),
]

#: No speaker: the one noun a verb of describing describes, and the narrator's comment on a sentence.
NO_SPEAKER = [
    ("describe-one-noun", "ووصفت الخطوة من جانبها بأنها \"غير مسؤولة\".", "ووصفت", None),
    ("describe-place-noun", "حيث وصفت تونس بأنها بوابة إلى إفريقيا.", "وصفت", None),
    ("describe-name-passive-reading", "ووصف ترامب بأنه «رجل سلام».", "ووصف", None),
    ("describe-present", "وتصف الخطة بأنها طموحة.", "وتصف", None),
    ("describe-subject-object", "ووصف الوزير الاتفاق بأنه تاريخي.", "ووصف", "الوزير"),
    ("describe-subject-aside-object", "ووصفت الوزارة، في بيان، القرار بأنه تاريخي.", "ووصفت", "الوزارة"),
    ("describe-object-pronoun", "ووصفه الوزير بأنه تاريخي.", "ووصفه", "الوزير"),
    ("fronted-clause-comma-then-verb", "وفي حال كان يرى أن الصحيفة تتأثر بالبنك، تعهد المالك الجديد بأن البنك لن "
     "يتدخل.", "تعهد", "المالك الجديد"),
    ("fronted-clause-comma-present", "وفي الملف الذي تقول الحكومة إنها أغلقته، يؤكد المعارض أن التحقيق لم ينته.",
     "يؤكد", "المعارض"),
    ("but-subject-verb-object", "لكن الوزير حذر الرئيس من أن الرد قادم.", "حذر", "الوزير"),
    ("but-title-name-verb-object", "وقالت الحكومة إنه لا خطط للهجوم ولكن وزير الخارجية سامي الحداد حذر الرئيس "
     "السوري من أنه سيواجه ردا.", "حذر", "وزير الخارجية سامي الحداد"),
    ("whereas-subject-verb-object", "بينما الوزيرة أبلغت النواب أن الرد قادم.", "أبلغت", "الوزيرة"),
    ("subject-after-complementizer-kept", "وقال البيت الأبيض إن نائب الرئيس أبلغ الرئيس بأن الاتفاق قريب.", "أبلغ",
     "نائب الرئيس"),
    ("inference-ma-no-speaker", "وقد منع النظام وصول الكلمة، ما يؤكد أن الحماية فاعلة.", "يؤكد", None),
    ("comment-sentence-alone", "وهو ما دفع الوزارة إلى مراجعته، مؤكدا أن التعديل قريب.", "مؤكدا", None),
    ("comment-sentence-after-report", "وأشار الوزير إلى أن القانون قديم. وهو ما دفع الوزارة إلى مراجعته، مؤكدا أن "
     "التعديل قريب.", "مؤكدا", "الوزير"),
    ("comment-demonstrative-feminine", "وقالت الوزيرة إن القانون قديم. وهذا ما جعل الحكومة تراجعه، مشيرة إلى أن "
     "التعديل قريب.", "مشيرة", "الوزيرة"),
]

ROWS = TIME_WORDS + PARTICIPLES + EXTENT + OBJECTS + NO_SPEAKER


@pytest.mark.parametrize(("label", "text", "cue", "speaker"), ROWS,
                         ids=[r[0] if isinstance(r, tuple) else r.id for r in ROWS])
def test_speaker(label: str, text: str, cue: str, speaker: str | None) -> None:
    a = _find(extract_attributions(text), cue)
    assert (a.speaker.text if a.speaker else None) == speaker, label


#: ``source_type`` of a speaker phrase: counted or dual unnamed sources, outlets named before their media
#: word, a quoted name typed by its apposition, investigations and replies as documents.
PHRASE_TYPES = [
    ("some-analysts", "بعض المحللين", "anonymous"),
    ("one-of-ministers", "أحد الوزراء", "anonymous"),
    ("one-of-them-feminine", "إحدى الخبيرات", "anonymous"),
    ("number-of-experts-named-group", "عدد من الخبراء", "person"),
    ("dozens-of-activists-group", "عشرات الناشطين", "person"),
    ("each-of-two-ministers-named", "كل من الوزيرين", "person"),
    ("dual-sources", "مصدران أمنيان أمريكيان", "anonymous"),
    ("dual-sources-genitive", "مصدرين مطلعين", "anonymous"),
    ("dual-officials", "مسؤولان في وزارة الخارجية", "anonymous"),
    ("dual-officials-definite", "المسؤولان", "person"),
    ("agency-name-then-media-word", "وكالة تونس إفريقيا للأنباء", "media"),
    ("agency-of-energy-no-media", "وكالة الطاقة الدولية", "official_body"),
    ("quoted-name-apposition-paper", "\"الأيام\"، الصحيفة اليومية", "media"),
    ("guillemets-name-apposition-ministry", "«الصحة»، الوزارة المعنية بالملف", "official_body"),
    ("quoted-name-alone", "\"سامي\"", "person"),
    ("investigation", "تحقيق أجرته المنظمة", "document"),
    ("investigations-plural", "تحقيقات الشرطة", "document"),
    ("reply", "الرد", "document"),
    ("summary-of-report", "ملخص تقرير اللجنة الأهلية", "document"),
    ("text-of-statement", "نص البيان", "document"),
    ("draft-of-decision", "مسودة القرار", "document"),
    ("summary-alone", "الملخص", "document"),
    ("possessed-report", "تقريرها", "document"),
    ("possessed-study-ta", "دراستهم الأخيرة", "document"),
    ("possessed-models", "نماذجهم", "document"),
    ("possessed-ministry", "وزارتها", "official_body"),
    ("possessed-paper", "صحيفتهم", "media"),
    ("possessed-director", "مديرها العام", "person"),
    ("short-name-ending-ha", "مها", "person"),
]


@pytest.mark.parametrize(("label", "phrase", "expected"), PHRASE_TYPES, ids=[r[0] for r in PHRASE_TYPES])
def test_phrase_type(label: str, phrase: str, expected: str) -> None:
    from arnews.attribution.source_type import source_type

    assert source_type(phrase) == expected, label


#: A definite unnamed source (``المسؤول``) that refers back to an anonymous one of the same noun.
CHAINS = [
    ("official-then-the-official", "قال مسؤول أمريكي كبير إن العقوبات مستمرة. وقال المسؤول إن الحوار ممكن.",
     ["anonymous", "anonymous"]),
    ("diplomat-feminine-verb", "وأكد دبلوماسي غربي أن المفاوضات متعثرة. وأضاف الدبلوماسي الغربي أن الحل بعيد.",
     ["anonymous", "anonymous"]),
    ("minister-then-the-official", "قال الوزير إن العقوبات مستمرة. وقال المسؤول إن الحوار ممكن.",
     ["person", "person"]),
    ("the-official-with-name", "قال مسؤول أمريكي إن العقوبات مستمرة. وقال المسؤول سامي الحداد إن الحوار ممكن.",
     ["anonymous", "person"]),
]


@pytest.mark.parametrize(("label", "text", "expected"), CHAINS, ids=[r[0] for r in CHAINS])
def test_unnamed_chain(label: str, text: str, expected: list[str]) -> None:
    assert [a.source_type for a in extract_attributions(text)] == expected, label
