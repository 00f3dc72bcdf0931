"""Cues and content extents that failed on unseen news (issue 11, blind round 6 and the outlets' dev files).

One table per construction across its variants (clitics و/ف, gender and number, past, present and
participle, quote styles «» "" “”), with negative rows. Every sentence here is composed for these tests.
"""

from __future__ import annotations

import pytest

from arnews import extract_attributions
from arnews.attribution.clause import clause_ends


def _events(text: str) -> list[tuple[str, str | None, str | None, str]]:
    return [(a.cue.text, a.speaker.text if a.speaker else None, a.content.text if a.content else None, a.kind)
            for a in extract_attributions(text)]


def _one(text: str, cue: str) -> tuple[str, str | None, str | None, str]:
    found = [e for e in _events(text) if e[0] == cue]
    assert found, f"no event with cue {cue!r}: {_events(text)}"
    return found[0]


# ---------------------------------------------------------------- إن شاء الله is no content introducer

IN_SHAA_NOT = [
    ("participle-plural", "ونترحم على الضحايا داعين للجميع بالصبر إن شاء الله."),
    ("participle-singular", "وختم كلمته داعيا للمرضى بالشفاء العاجل إن شاء الله."),
    ("feminine", "وأنهت حديثها داعية لأسرتها بالتوفيق إن شاء الله."),
    ("present", "ويدعو الإمام للحجاج بالقبول إن شاء الله."),
]


@pytest.mark.parametrize(("label", "text", "content"), [
    ("formula-at-the-end", "وقال الوزير إن المشروع سينتهي قريبا إن شاء الله.", "المشروع سينتهي قريبا إن شاء الله"),
    ("formula-inside", "وأكدت المديرة أن المدارس ستفتح إن شاء الله في موعدها.",
     "المدارس ستفتح إن شاء الله في موعدها"),
    pytest.param("formula-first", "وقال الوزير إن شاء الله ستنتهي الأزمة قريبا.", "ستنتهي الأزمة قريبا",
                 marks=pytest.mark.xfail(reason="speech that opens with the formula is read as no content at all",
                                         strict=True)),
])
def test_in_shaa_allah_inside_a_content(label: str, text: str, content: str) -> None:
    cue = text.split()[0]
    assert _one(text, cue)[2] == content


# ---------------------------------------------------------------- where an indirect content ends

CLAUSE_ENDS = [
    # label, text, cue, content
    ("kama-future-goes-on", "وقال المدير إن اللجنة ستتلقى الطلبات، كما ستمثل نقطة تواصل مع المهندسين.", "وقال",
     "اللجنة ستتلقى الطلبات، كما ستمثل نقطة تواصل مع المهندسين"),
    ("kama-future-ya", "وأوضح أن الفرع سيفتح في الصيف، كما سيعين موظفين جددا.", "وأوضح",
     "الفرع سيفتح في الصيف، كما سيعين موظفين جددا"),
    ("kama-present-goes-on", "وأكدت الوزيرة أن البلاد تحب السلام، كما تؤمن بالحوار.", "وأكدت",
     "البلاد تحب السلام، كما تؤمن بالحوار"),
    ("kama-past-ends", "وقال المدير إن الأسعار ارتفعت، كما ساهم الطقس في ذلك.", "وقال", "الأسعار ارتفعت"),
    ("kama-past-sa-ends", "وأكد المدير أن الموسم ناجح، كما سافر الوفد إلى الخارج.", "وأكد", "الموسم ناجح"),
    ("laysa-apposition", "وأوضحت الجمعية أن المدير، وليس نائبه، هو المسؤول عن التوظيف.", "وأوضحت",
     "المدير، وليس نائبه، هو المسؤول عن التوظيف"),
    ("laysat-apposition", "وقال إن الحكومة، وليست البلدية، ستدفع التعويضات.", "وقال",
     "الحكومة، وليست البلدية، ستدفع التعويضات"),
    ("la-two-words", "وأكد أن الشباب، ولا كبار السن، هم الأكثر تضررا.", "وأكد",
     "الشباب، ولا كبار السن، هم الأكثر تضررا"),
    ("laysa-clause-ends", "وقال إن الحوار مستمر، وليس الوزير راضيا عن نتائجه حتى الآن.", "وقال", "الحوار مستمر"),
    ("qad-past-subject", "وأوضحت الوزارة أن السيدة فقدت الاتصال به، وقد وضعت الشرطة الزوجة تحت الحماية.",
     "وأوضحت", "السيدة فقدت الاتصال به"),
    ("faqad-past-subject", "وقال المتحدث إن القافلة وصلت، فقد أعلنت الحكومة فتح المعبر.", "وقال", "القافلة وصلت"),
    ("qad-past-no-subject", "وقال المتحدث إن القافلة وصلت، وقد حملت مواد غذائية.", "وقال",
     "القافلة وصلت، وقد حملت مواد غذائية"),
]


@pytest.mark.parametrize(("label", "text", "cue", "content"), CLAUSE_ENDS, ids=[r[0] for r in CLAUSE_ENDS])
def test_where_an_indirect_content_ends(label: str, text: str, cue: str, content: str) -> None:
    assert _one(text, cue)[2] == content


def test_the_rows_read_the_future_as_no_past() -> None:
    ce = clause_ends()
    kept = "قال إن اللجنة ستعمل، كما ستمثل الهيئة"
    assert ce.end(kept, 0, len(kept)) == len(kept)
    ended = "قال إن اللجنة عملت، كما سافر الوفد"
    assert ce.end(ended, 0, len(ended)) == ended.index("،")


HOWEVER = [
    # label, text, first cue, its content, the report after "however" (cue, speaker, content)
    ("ghayr-anna-past", "وأكد المدرب أن المباراة صعبة، غير أن اللاعب أكد أنه جاهز.", "وأكد", "المباراة صعبة",
     ("أكد", "اللاعب", "جاهز")),
    ("illa-anna-past", "وقالت الوزارة إن الطريق مفتوح، إلا أن السكان قالوا إنه مغلق.", "وقالت", "الطريق مفتوح",
     ("قالوا", "السكان", "مغلق")),
    ("bayda-anna-present", "وأوضح المدير أن الأرباح تراجعت، بيد أن المحللين يرون أن السهم سيرتفع.", "وأوضح",
     "الأرباح تراجعت", ("يرون", "المحللين", "السهم سيرتفع")),
    ("ghayr-anna-feminine", "وأشارت الشركة إلى أن المصنع مغلق، غير أن النقابة أعلنت أن العمال سيعودون.",
     "وأشارت", "المصنع مغلق", ("أعلنت", "النقابة", "العمال سيعودون")),
]


@pytest.mark.parametrize(("label", "text", "cue", "content", "after"), HOWEVER, ids=[r[0] for r in HOWEVER])
def test_however_then_a_report_opens_the_narrators_clause(label: str, text: str, cue: str, content: str,
                                                          after: tuple[str, str, str]) -> None:
    assert _one(text, cue)[2] == content
    c, speaker, said = after
    got = _one(text, c)
    assert (got[1], got[2]) == (speaker, said)


@pytest.mark.parametrize(("label", "text", "content"), [
    ("ghayr-anna-no-cue", "وأشارت المنظمة إلى أن السجناء يتمرنون يوميا، غير أنهم يمنعون من الزيارات.",
     "السجناء يتمرنون يوميا، غير أنهم يمنعون من الزيارات"),
    ("ghayr-anna-new-subject", "وقال البيان إن الصفحة حذفت، غير أن المجهول أعاد فتحها لاحقا.",
     "الصفحة حذفت، غير أن المجهول أعاد فتحها لاحقا"),
])
def test_however_without_a_report_stays_in_the_content(label: str, text: str, content: str) -> None:
    assert _events(text)[0][2] == content


# ---------------------------------------------------------------- according-to framings after their clause

ACCORDING = [
    # label, text, cue, speaker, content
    ("hasab-ma-jaa-fi", "وقد سلمت المتهمة إلى الشرطة، حسب ما جاء في بيان لوزارة الداخلية.", "حسب ما جاء",
     "بيان لوزارة الداخلية", "وقد سلمت المتهمة إلى الشرطة"),
    ("wifq-ma-jaa-fi-possessed", "وتضاعفت الحالات ثلاث مرات، وفق ما جاء في تدخله.", "وفق ما جاء", "تدخله",
     "وتضاعفت الحالات ثلاث مرات"),
    ("wifqan-lima-warada-fi", "وارتفعت الأسعار بنسبة كبيرة، وفقا لما ورد في تقرير البنك المركزي.",
     "وفقا لما ورد", "تقرير البنك المركزي", "وارتفعت الأسعار بنسبة كبيرة"),
    ("hasabama-jaa-fi", "وتوقف العمل في الميناء، حسبما جاء في رسالة النقابة.", "حسبما جاء", "رسالة النقابة",
     "وتوقف العمل في الميناء"),
    ("bihasab-ma-warad-fi", "وسيعقد الاجتماع في الرباط، بحسب ما ورد في البلاغ.", "بحسب ما ورد", "البلاغ",
     "وسيعقد الاجتماع في الرباط"),
    ("adverb-sabiqan", "وأدى اللاعب دورا بارزا في الفريق، حسب ما أعلنت سابقا الناطقة باسم النادي.",
     "حسب ما أعلنت", "الناطقة باسم النادي", "وأدى اللاعب دورا بارزا في الفريق"),
    ("adverb-ams", "وارتفعت الأسعار بنسبة كبيرة، حسبما أفاد أمس مصدر مطلع.", "حسبما أفاد", "مصدر مطلع",
     "وارتفعت الأسعار بنسبة كبيرة"),
    ("adverb-rasmiyan", "وقتل ثلاثة جنود في الهجوم، وفق ما أعلن رسميا الجيش.", "وفق ما أعلن", "الجيش",
     "وقتل ثلاثة جنود في الهجوم"),
    ("definite-name-closing", "ولدى الرجل خبرة طويلة في مجال الشرطة، وفقا للإنتربول.", "وفقا ل", "*",
     "ولدى الرجل خبرة طويلة في مجال الشرطة"),
    ("definite-name-closing-hasab", "وتراجعت المبيعات في الربع الأخير، حسب الفيدرالية.", "حسب", "الفيدرالية",
     "وتراجعت المبيعات في الربع الأخير"),
    ("name-hasab", "وقتل ثلاثة أشخاص، حسب سامي الحداد.", "حسب", "سامي الحداد", "وقتل ثلاثة أشخاص"),
    ("source-word-hasab", "وقتل ثلاثة أشخاص، بحسب شهود عيان.", "بحسب", "شهود عيان", "وقتل ثلاثة أشخاص"),
]


OPENING = [
    # label, text, cue, speaker, content
    ("bihasab-definite-fa-inna", "وبحسب البورصة، فإن التمويل سيدعم المبادرات المحلية.", "وبحسب", "البورصة",
     "التمويل سيدعم المبادرات المحلية"),
    ("bihasab-long-faqad", "وبحسب كريم بلعيد نائب وزير الداخلية التونسي فقد ناقش الاجتماع سبل التهدئة.", "وبحسب",
     "كريم بلعيد نائب وزير الداخلية التونسي", "ناقش الاجتماع سبل التهدئة"),
    ("wifqan-colon-quote", 'ووفقا لسامي: "الصحيفة هي الأفضل في السوق".', "ووفقا ل", "*",
     "الصحيفة هي الأفضل في السوق"),
    ("wifqan-colon-guillemets", "ووفقا للمحلل: «السوق ستتعافى قريبا».", "ووفقا ل", "*", "السوق ستتعافى قريبا"),
]


@pytest.mark.parametrize(("label", "text", "cue", "speaker", "content"), ACCORDING + OPENING,
                         ids=[r[0] for r in ACCORDING + OPENING])
def test_according_to_after_or_opening_its_clause(label: str, text: str, cue: str, speaker: str, content: str) -> None:
    got = _one(text, cue)
    assert got[3] == "according_to"
    if speaker != "*":
        assert got[1] == speaker
    assert got[2] == content


MEASURE_NOT = [
    ("hasab-need-long", "وتسعى المؤسسة لتوفير التدريب للشباب حسب احتياج سوق العمل المحلي، وتفتح فروعا جديدة."),
    ("hasab-principle", "وكانت البلدية تحصل الضرائب على المحلات حسب المساحة، ونالت الثناء."),
    ("bihasab-category", "وتوزع الجوائز بحسب الفئة العمرية، وتسلم في حفل ختامي."),
    ("wifqan-success-relative", "ووفقا للنجاح الذي حققته التجربة خلال العام الماضي، فسوف تستمر المدارس في العمل."),
    ("hasab-ma-jaa-fi-plan", "وسيتم توزيع المساعدات حسب ما جاء في الخطة."),
    ("wifqan-schedule", "وتوزع الجوائز حسب الفئة، وفقا للجدول."),
]


@pytest.mark.xfail(reason="a short indefinite measure closed by a comma looks like a source named by a noun",
                   strict=True)
def test_short_measure_before_a_comma() -> None:
    assert _events("ويتقدم اللاعبون في البرنامج حسب مهارة اللاعب، ويتدربون يوميا.") == []


# ---------------------------------------------------------------- new cues: جادل، تكهنات

NEW_CUES = [
    # label, text, cue, speaker, content
    ("jadala-plural-dropped", "وجادلوا بأن الصحيفة كانت جائزة ثمينة لمالك آخر.", "وجادلوا", None,
     "الصحيفة كانت جائزة ثمينة لمالك آخر"),
    ("jadala-past", "وجادل الخبير بأن الاتفاق سيفشل.", "وجادل", "الخبير", "الاتفاق سيفشل"),
    ("jadala-feminine", "وجادلت المحامية بأن موكلها بريء.", "وجادلت", "المحامية", "موكلها بريء"),
    ("yujadil-present-plural", "ويجادل المحللون بأن السوق ستتعافى.", "ويجادل", "المحللون", "السوق ستتعافى"),
    ("mujadilan-participle", "وانتقد النائب المشروع، مجادلا بأن كلفته مرتفعة.", "مجادلا", "النائب", "كلفته مرتفعة"),
    ("takahhunat-nominal", "وثمة تكهنات أن الوزير يخضع لتحقيق بتهم فساد.", "تكهنات", None,
     "الوزير يخضع لتحقيق بتهم فساد"),
    ("takahhana-past", "وتكهن المحلل بأن الأسعار ستنخفض.", "وتكهن", "المحلل", "الأسعار ستنخفض"),
    ("yatakahhanun-present", "ويتكهن المراقبون بأن الانتخابات ستؤجل.", "ويتكهن", "المراقبون", "الانتخابات ستؤجل"),
]


@pytest.mark.parametrize(("label", "text", "cue", "speaker", "content"), NEW_CUES, ids=[r[0] for r in NEW_CUES])
def test_new_cues(label: str, text: str, cue: str, speaker: str | None, content: str) -> None:
    got = _one(text, cue)
    assert (got[1], got[2]) == (speaker, content)


NEW_CUES_NO_CONTENT = [
    ("jadala-no-content", "وجادلت المحامية أمام القاضي طويلا."),
    ("takahhunat-no-clause", "وكثرت التكهنات حول مستقبل المدرب."),
]


@pytest.mark.xfail(reason="a definite verbal noun (التكهنات بأن) is no nominal cue form", strict=True)
def test_definite_takahhunat() -> None:
    assert _events("وتتزايد التكهنات بأن الرئيس سيستقيل.")


# ---------------------------------------------------------------- يظهر: appears, not shows (flag thatonly)

AZHARA_APPEARS = [
    ("appears-colon-quote", 'وما زالت الافتتاحية تظهر منذ عقود تحت عنوان: "دون خوف ودون محاباة".'),
    ("appears-guillemets", "ويظهر الشعار على الغلاف تحت عنوان «صوت الناس»."),
    ("appears-colon", "وتظهر على الشاشة عبارة: انتهى الوقت."),
]


@pytest.mark.parametrize(("label", "text", "cue", "speaker"), [
    ("present-that", "وتظهر البيانات أن البطالة انخفضت.", "وتظهر", "البيانات"),
    ("present-masculine-that", "ويظهر التقرير أن الصادرات تراجعت.", "ويظهر", "التقرير"),
    ("past-colon", 'وأظهرت الدراسة: "الأطفال ينامون أقل".', "وأظهرت", "الدراسة"),
    ("past-that", "كما أظهر المسح أن الأسر تدخر أكثر.", "أظهر", "المسح"),
])
def test_azhara_shows_with_its_content(label: str, text: str, cue: str, speaker: str) -> None:
    assert _one(text, cue)[1] == speaker


# -------------------------------------------------------- غير inside a noun phrase (غير الحكومية) is no connector

GHAYR_ADJECTIVE = [
    # label, text, cue, speaker, content
    ("ngo-speaker", "وقال ممثل المنظمة غير الحكومية إن السجناء يتعرضون لأذى.", "وقال", "ممثل المنظمة غير الحكومية",
     "السجناء يتعرضون لأذى"),
    ("ngo-document", 'وجاء في تقرير المنظمة غير الحكومية أن "النشطاء يتعرضون لأذى".', "وجاء في",
     "تقرير المنظمة غير الحكومية", "النشطاء يتعرضون لأذى"),
    ("unofficial-source", "وأكدت مصادر غير رسمية أن المفاوضات توقفت.", "وأكدت", "مصادر غير رسمية",
     "المفاوضات توقفت"),
    ("feminine-participle", "وتحدثت الجمعية غير الربحية عن نشاطها، مشيرة إلى أن التبرعات زادت.", "مشيرة",
     "الجمعية غير الربحية", "التبرعات زادت"),
]


@pytest.mark.parametrize(("label", "text", "cue", "speaker", "content"), GHAYR_ADJECTIVE,
                         ids=[r[0] for r in GHAYR_ADJECTIVE])
def test_ghayr_inside_a_noun_phrase(label: str, text: str, cue: str, speaker: str, content: str) -> None:
    got = _one(text, cue)
    assert (got[1], got[2]) == (speaker, content)


# ---------------------------------------------------------------- a source phrase after a fronted adverbial

FRONTED = [
    # label, text, cue, speaker, content
    ("wa-fi-then-report", 'وفي صباح الافتتاح، وبحسب موظف مطلع، قالت إدارة المصنع إن "المنتج" سيصبح محليا.',
     "وبحسب", "موظف مطلع", 'قالت إدارة المصنع إن "المنتج" سيصبح محليا'),
    ("khilal-then-verb", "وخلال الاجتماع، وبحسب مصادر حضرته، طالب الوزراء بخفض الإنفاق.", "وبحسب", "مصادر حضرته",
     "طالب الوزراء بخفض الإنفاق"),
    ("wa-hasab", "وفي العاصمة، وحسب شهود عيان، انتشرت قوات الأمن بكثافة.", "وحسب", "شهود عيان",
     "انتشرت قوات الأمن بكثافة"),
    ("wifqan-li", "ومع بداية العام، ووفقا لمسؤولين محليين، ارتفعت الأسعار.", "ووفقا ل", "*", "ارتفعت الأسعار"),
    ("clause-before-fa-inna", "وارتفعت الأسعار في العاصمة، وبحسب التجار، فإن الطلب تراجع.", "وبحسب", "التجار",
     "الطلب تراجع"),
]


@pytest.mark.parametrize(("label", "text", "cue", "speaker", "content"), FRONTED, ids=[r[0] for r in FRONTED])
def test_source_phrase_after_a_fronted_adverbial(label: str, text: str, cue: str, speaker: str, content: str) -> None:
    got = _one(text, cue)
    assert got[3] == "according_to"
    if speaker != "*":
        assert got[1] == speaker
    assert got[2] == content


def test_source_phrase_after_a_clause_sources_it() -> None:
    assert _one("وفي العاصمة انتشرت القوات، بحسب شهود عيان.", "بحسب")[2] == "وفي العاصمة انتشرت القوات"


# ---------------------------------------------------------------- حيث + a cue opens a clause of its own

HAYTHU = [
    # label, text, first cue's content, the second event (cue, content)
    ("hayth-qala-colon", "وأشاد المستشار بالجنود حيث قال: إن الهجوم جبان فوجه رسالة للمواطنين حيث قال: لا تتأخروا في "
     "الإبلاغ، وأرجو من الجميع الحذر.", "الهجوم جبان فوجه رسالة للمواطنين",
     ("قال", "لا تتأخروا في الإبلاغ، وأرجو من الجميع الحذر")),
    ("hayth-akkada", "وقال المدير إن الفرع جديد حيث أكد أنه سيخدم آلاف الأسر.", "الفرع جديد",
     ("أكد", "سيخدم آلاف الأسر")),
]


@pytest.mark.parametrize(("label", "text", "content", "second"), HAYTHU, ids=[r[0] for r in HAYTHU])
def test_haythu_and_a_cue_end_the_content_before(label: str, text: str, content: str,
                                                  second: tuple[str, str]) -> None:
    events = _events(text)
    assert events[0][2] == content
    assert [(e[0], e[2]) for e in events[1:]][-1] == second


def test_haythu_without_a_cue_stays_in_the_content() -> None:
    assert _events("وقال المدير إن الفرع جديد حيث يعمل فيه عشرة موظفين.")[0][2] == \
        "الفرع جديد حيث يعمل فيه عشرة موظفين"


# ---------------------------------------------------------------- a quoted object and the rest of its clause

QUOTED_OBJECT_CLAUSE = [
    # label, text, cue, content
    ("noun-then-verbal-noun", "كما أعلنت اللجنة عن «عزمها» توسيع عملها في الجنوب.", "أعلنت",
     "«عزمها» توسيع عملها في الجنوب"),
    ("min-quote-then-l", 'وحذرت الهيئة من "مخاطر عالية" لعمليات المضاربة في العملات الرقمية.', "وحذرت",
     '"مخاطر عالية" لعمليات المضاربة في العملات الرقمية'),
    ("curly-then-prepositional", "وجدد الوزير رفضه “أي تدخل” في الشؤون الداخلية.", "وجدد",
     "“أي تدخل” في الشؤون الداخلية"),
    ("quote-alone", 'ووصفها الكاتب بـ"إمبراطوريات الفساد والنهب".', "ووصفها", "إمبراطوريات الفساد والنهب"),
    ("occasion-after", "واتهم الحزب الحكومة بـ“تزوير إرادة الناخبين” في مؤتمر صحفي.", "واتهم",
     "تزوير إرادة الناخبين"),
    ("relative-after", 'وانتقد النائب ما أسماه "المغالطات" التي تضمنها البلاغ.', "أسماه", "المغالطات"),
    ("time-after", "وأكد الرئيس رفضه «المساس بالثوابت» أمس.", "وأكد", "المساس بالثوابت"),
    ("comma-after", "وأكد الرئيس رفضه «المساس بالثوابت الوطنية»، مضيفا أن الحوار مستمر.", "وأكد",
     "المساس بالثوابت الوطنية"),
]


@pytest.mark.parametrize(("label", "text", "cue", "content"), QUOTED_OBJECT_CLAUSE,
                         ids=[r[0] for r in QUOTED_OBJECT_CLAUSE])
def test_quoted_object_takes_the_rest_of_its_clause(label: str, text: str, cue: str, content: str) -> None:
    got = _one(text, cue)
    assert (got[2], got[3]) == (content, "mixed")


def test_narrators_question_ends_the_content() -> None:
    text = "وتتمنى الجماهير أن يركز اللاعب في المباراة، فهل تحمل هذه المباراة انفراجا؟"
    assert _one(text, "وتتمنى")[2] == "يركز اللاعب في المباراة"


# ---------------------------------------------------------------- a chain of asides between a cue and its أن

CHAIN = [
    # label, text, cue, content
    ("feminine-three-asides", "وأضافت، خلال لقاء خصص للظاهرة، والذي انتظم بمبادرة من اللجنة الوطنية للصحة، بالشراكة مع "
     "الجمعية الطبية، بمناسبة اليوم العالمي، أن السلوكيات الخطرة تمس الشباب.", "وأضافت",
     "السلوكيات الخطرة تمس الشباب"),
    ("masculine-relative-asides", "وأضاف، في ختام الندوة التي نظمتها الجمعية، والتي حضرها عدد كبير من الخبراء، أن "
     "التوصيات سترفع إلى الوزارة.", "وأضاف", "التوصيات سترفع إلى الوزارة"),
    ("fa-inna", "فأوضح، في رده على أسئلة النواب، وفي حضور أعضاء اللجنة المالية، إن الميزانية متوازنة.", "فأوضح",
     "الميزانية متوازنة"),
    ("plural-present", "ويؤكدون، منذ بداية الأزمة، وفي كل مناسبة، أن الحل سياسي.", "ويؤكدون", "الحل سياسي"),
]


@pytest.mark.parametrize(("label", "text", "cue", "content"), CHAIN, ids=[r[0] for r in CHAIN])
def test_asides_between_a_cue_and_its_that(label: str, text: str, cue: str, content: str) -> None:
    got = _one(text, cue)
    assert (got[1], got[2]) == (None, content)


@pytest.mark.parametrize(("label", "text"), [
    ("full-stop-between", "وأضاف، خلال اللقاء، كلاما كثيرا. أن الأمر صعب لا شك فيه."),
    ("another-cue-between", "وتحدث، خلال اللقاء مع الصحفيين، عن المشروع، وأكد أن العمل سيبدأ قريبا."),
])
def test_chain_stops_at_a_sentence_or_another_cue(label: str, text: str) -> None:
    assert all(e[0] not in ("وأضاف", "وتحدث") for e in _events(text))


# ---------------------------------------------------------------- measures after حسب: data (nonsource rows)

@pytest.mark.parametrize(("label", "text"), [
    ("specificity", "وتختلف البرامج حسب خصوصية كل منطقة، وتبدأ في الصيف."),
    ("kind", "وتتراوح الأسعار حسب نوعية التصنيع، وقد تصل إلى مئة دولار."),
    ("division", "ويبدأ الموسم غدا حسب تقسيم الفلكيين، ويستمر أسبوعين."),
    ("price", "وبحسب السعر المعلن، فإن كلفة النقل ارتفعت."),
    ("needs", "وتوزع المنح وفق احتياجات الطلاب، وتصرف شهريا."),
])
def test_measure_nouns_are_no_source(label: str, text: str) -> None:
    assert all(e[3] != "according_to" for e in _events(text))


# ---------------------------------------------------------------- unquoted speech after the speaker and a comma

COMMA_SPEECH = [
    # label, text, cue, speaker, content
    ("qala-plain-clause", "وقال المدير، الأسعار سترتفع في الصيف.", "وقال", "المدير", "الأسعار سترتفع في الصيف"),
    ("qalat-feminine", "وقالت المعلمة، التلاميذ يحتاجون إلى وقت أطول للراحة.", "وقالت", "المعلمة",
     "التلاميذ يحتاجون إلى وقت أطول للراحة"),
    ("yaqul-present", "ويقول أحد السكان، الماء لم يصل منذ أسبوع.", "ويقول", "أحد السكان", "الماء لم يصل منذ أسبوع"),
    ("apposition-kept", "وقال سامي الحداد، وزير المالية، الاتفاق قريب.", "وقال", "سامي الحداد، وزير المالية",
     "الاتفاق قريب"),
]


@pytest.mark.parametrize(("label", "text", "cue", "speaker", "content"), COMMA_SPEECH,
                         ids=[r[0] for r in COMMA_SPEECH])
def test_unquoted_speech_after_a_comma(label: str, text: str, cue: str, speaker: str, content: str) -> None:
    got = _one(text, cue)
    assert got == (cue, speaker, content, "direct")


@pytest.mark.parametrize(("label", "text"), [
    ("relative-verb-of-adding", "وعين المجلس مديرا جديدا الذي واصل تطبيق خطة سلفه، سامي الحداد، لتعزيز المبيعات."),
    ("adding-with-object", "وواصل الفريق تدريباته، استعدادا للمباراة المقبلة."),
    ("participle-after-comma", "وقالت الشرطة، مضيفة أن التحقيق مستمر."),
])
def test_comma_after_a_non_saying_cue_is_no_speech(label: str, text: str) -> None:
    assert all(e[3] != "direct" for e in _events(text))


# ---------------------------------------------------------------- a hypothetical report (إذا، لو، في حال) is no event

HYPOTHETICAL = [
    ("fi-hal-kana-present", "وقد تثير الصفقة انتقادات في حال كان يرى أن الصحيفة تتأثر بالبنك."),
    ("law-past", "ولو قال الوزير إن الأزمة انتهت لما صدقه أحد."),
    ("idha-first-person", "لا أكذب إذا قلت لكم إن عشرات الحافلات توقفت."),
    ("fa-idha-kanat", "فإذا كانت أعلنت أن المصنع سيغلق فلن يبقى أحد."),
]


@pytest.mark.parametrize(("label", "text", "cue"), [
    ("subject-between", "وإذا كان الوزير قد أكد أن الأزمة انتهت، فإن الواقع مختلف.", "أكد"),
    ("plain-report", "وقال الوزير إن الأزمة انتهت.", "وقال"),
    ("idha-far-before", "وإذا تأخر القطار يوما، قال المسافرون إن الخدمة سيئة.", "قال"),
])
def test_report_near_a_conditional_stays(label: str, text: str, cue: str) -> None:
    assert _one(text, cue)


# ---------------------------------------------------------------- a feminine participle glued to و is a noun in a list

@pytest.mark.parametrize(("label", "text", "cue", "content"), [
    ("naqila-tanker", "وقال بيان للقوة إن الغارات دمرت نقطة تفتيش ومبنى، وناقلة جنود أخرى.", "وقال",
     "الغارات دمرت نقطة تفتيش ومبنى، وناقلة جنود أخرى"),
    ("mudifa-hostess", "وقالت الشركة إن الطائرة تقل طيارين، ومضيفة واحدة.", "وقالت",
     "الطائرة تقل طيارين، ومضيفة واحدة"),
    ("participle-still-cuts", "وقالت الوزيرة إن الوضع مستقر، مضيفة أن الحوار مستمر.", "وقالت", "الوضع مستقر"),
])
def test_wa_feminine_participle_is_a_noun(label: str, text: str, cue: str, content: str) -> None:
    assert _one(text, cue)[2] == content


# -------------------------------------------- a clause-initial cue after a nested report closes the nested one

@pytest.mark.parametrize(("label", "text", "cue", "content"), [
    ("plural-nested", "وأبلغه أحد المشرفين أن ثلاثة عمال قالوا إنهم مرضى وطالبوا بإجازة من العمل.", "وأبلغه",
     "ثلاثة عمال قالوا إنهم مرضى وطالبوا بإجازة من العمل"),
    ("feminine-nested", "وأوضح المدير أن المعلمات قلن إنهن متعبات وطالبن بإجازة.", "وأوضح",
     "المعلمات قلن إنهن متعبات وطالبن بإجازة"),
    ("no-nested-report", "وقال الوزير إن المشروع مهم وأشاد بالخطة.", "وقال", "المشروع مهم"),
    pytest.param("outer-speakers-verb", "وقال الوزير إن الحكومة قالت إنها ستدعم المشروع وأشاد بالخطة.", "وقال",
                 "الحكومة قالت إنها ستدعم المشروع",
                 marks=pytest.mark.xfail(reason="without agreement the outer speaker's next verb looks like the "
                                                "nested subject's", strict=True)),
])
def test_cut_after_a_nested_report(label: str, text: str, cue: str, content: str) -> None:
    assert _one(text, cue)[2] == content


def test_nested_report_keeps_its_first_clause() -> None:
    text = "وأبلغه أحد المشرفين أن ثلاثة عمال قالوا إنهم مرضى وطالبوا بإجازة من العمل."
    assert _one(text, "قالوا")[1:3] == ("ثلاثة عمال", "مرضى")


# ---------------------------------------------------------------- a source by pronoun inside a relative clause

@pytest.mark.parametrize(("label", "text", "cue", "content"), [
    ("fi-raihi-relative", "وحمل الرئيس المسؤولية للنواب الذين يعرقلون في رأيه كل إصلاح في الملف.", "في رأيه",
     "يعرقلون في رأيه كل إصلاح في الملف"),
    ("hasab-qawlihi-relative", "وانتقد الشركات التي تحتكر حسب قوله سوق الدواء في البلاد.", "حسب",
     "تحتكر حسب قوله سوق الدواء في البلاد"),
    ("between-commas-stays", "وتعثرت المفاوضات لأن بعض الأطراف يعرقلون، في رأيه، كل تقدم.", "في رأيه",
     "وتعثرت المفاوضات لأن بعض الأطراف يعرقلون، في رأيه، كل تقدم"),
])
def test_source_by_pronoun_inside_a_relative_clause(label: str, text: str, cue: str, content: str) -> None:
    got = _one(text, cue)
    assert (got[2], got[3]) == (content, "according_to")


#: Constructions that make no event, each with its table (above, beside the construction it guards).
NO_EVENT = {
    "in-shaa-allah": IN_SHAA_NOT, "rule-or-measure": MEASURE_NOT, "new-cue-without-content": NEW_CUES_NO_CONTENT,
    "azhara-appears": AZHARA_APPEARS, "hypothetical": HYPOTHETICAL,
}


@pytest.mark.parametrize(("label", "text"), [row for rows in NO_EVENT.values() for row in rows],
                         ids=[f"{key}-{row[0]}" for key, rows in NO_EVENT.items() for row in rows])
def test_no_event(label: str, text: str) -> None:
    """إن شاء الله, a rule or measure after حسب/وفقا, a new cue without its content, أظهر as "appear", a
    hypothetical report: no event."""
    assert _events(text) == []
