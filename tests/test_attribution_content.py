"""Where reported content starts and ends: clause ends, according-to clauses, mixed and direct speech.

One table per construction, with its variants (clitics, gender and number, tense, punctuation and
quotation styles) and negative rows. Every sentence here is composed for these tests.
"""

from __future__ import annotations

import pytest
from _events import event as _event

from arnews.attribution import extract_attributions
from arnews.attribution.clause import build, clause_ends, parse_rules
from arnews.normalize import analysis_view

# ----------------------------------------------------------------------------- clause ends
# label, text, cue, content (the reported clause, without the narrator's next clause)
CLAUSE_ENDS: list[tuple[str, str, str, str]] = [
    # the narrator's next clause: end
    ("kama-past", "وأوضح الوزير أن الصادرات نمت، كما أشاد بجهود المصدرين.", "وأوضح", "الصادرات نمت"),
    ("kama-past-fem", "وقالت الوزيرة إن الموسم ناجح، كما أعلنت عن خطة جديدة.", "وقالت", "الموسم ناجح"),
    ("illa-anna", "وقالت المنظمة إنها تؤيد المبادرة، إلا أنها أبدت تحفظات.", "وقالت", "تؤيد المبادرة"),
    ("illa-annahum", "وأكد النواب أن القانون ضروري، إلا أنهم طالبوا بتعديله.", "وأكد", "القانون ضروري"),
    ("lakin", "ويرى المحللون أن الحوار مفيد، لكن المعارضة رفضته.", "ويرى", "الحوار مفيد"),
    ("walakin-comma-latin", "وأكد المدير أن الخدمة ستتحسن, ولكن السكان ما زالوا ينتظرون.", "وأكد",
     "الخدمة ستتحسن"),
    ("la-siyyama-anna", "وأعلنت الحكومة أنها ستخفض الإنفاق، ولا سيما أن العجز يتسع.", "وأعلنت",
     "ستخفض الإنفاق"),
    # في حين + a cue opens the narrator's clause at في (with or without content of its own)
    ("fi-hin-cue", "وقال المدير إن الصادرات ارتفعت، في حين قال الخبراء إن الواردات تراجعت.", "وقال",
     "الصادرات ارتفعت"),
    ("fi-hin-present-cue", "وتقول النقابة إن الأجور جمدت، في حين يرى الوزير أن الزيادة قادمة.", "وتقول",
     "الأجور جمدت"),
    ("fi-hin-cue-no-content", "وأوضح الناطق أن الكلفة بلغت مليون دينار، في حين نفت النقابة ذلك.", "وأوضح",
     "الكلفة بلغت مليون دينار"),
    ("wahuwa-ma-reply", "وقال المتحدث إن الجيش انسحب، وهو ما تنفيه المعارضة.", "وقال", "الجيش انسحب"),
    ("wahuwa-al-amr", "وذكر المصدر أن الوفد غادر، وهو الأمر الذي أثار استغراب المراقبين.", "وذكر",
     "الوفد غادر"),
    ("ma-jaala", "وأوضح الخبير أن المخزون تراجع، ما جعل الأسعار ترتفع.", "وأوضح", "المخزون تراجع"),
    ("fi-ishara", "وقال الضابط إن الجيش سيرد، في إشارة إلى الهجمات الأخيرة.", "وقال", "الجيش سيرد"),
    ("wa-fi-fronted", "وقال القائد إن القوات تقدمت، وفي الجنوب، تتواصل المواجهات.", "وقال", "القوات تقدمت"),
    ("wa-khilal", "وقالت الشرطة إن الاحتجاجات تراجعت، وخلال الأسبوع الماضي شهدت المدينة هدوءا.", "وقالت",
     "الاحتجاجات تراجعت"),
    ("walam-source", "وقال مصدر إن الشحنة وصلت، ولم يرغب المصدر في ذكر اسمه.", "وقال", "الشحنة وصلت"),
    ("idh-expected", "وتوقع الخبراء أن ترتفع الأسعار، إذ من المتوقع أن يزيد الطلب.", "وتوقع", "ترتفع الأسعار"),
    ("wadhalik-tali", "وأكد الوزير أن الاتفاق نهائي، وذلك تعليقا على الخلاف.", "وأكد", "الاتفاق نهائي"),
    ("wadhalik-baad", "وقال الوسيط إن الحوار سيستأنف، وذلك بعد لقاء جمع الطرفين.", "وقال", "الحوار سيستأنف"),
    ("participle", "وأكد الرئيس أن الاتفاق نهائي، معربا عن أمله في تنفيذه.", "وأكد", "الاتفاق نهائي"),
    ("wa-cue-plural", "وقال المعتقلون إنهم أبرياء وطالبوا بالإفراج عنهم.", "وقال", "أبرياء"),
    ("wa-cue-no-subject", "وقال المدرب إن الفريق جاهز ورفض تحميل اللاعبين المسؤولية.", "وقال", "الفريق جاهز"),
    ("comma-cue-no-content", "وأوضح الوزير أن الميزانية جاهزة، نفى وجود أي عجز فيها.", "وأوضح", "الميزانية جاهزة"),
    ("comma-wa-cue", "وأكدت الوزارة أن المدارس ستفتح، وأعلنت عن منحة جديدة.", "وأكدت", "المدارس ستفتح"),
    ("wa-verb-subject", "وقال المدير إن الحوار مستمر، وناقش الوزير مع الوفد سبل التعاون.", "وقال", "الحوار مستمر"),
    ("wa-verb-aydan-subject", "وقالت النقابة إن الإضراب ناجح، واستمرت أيضا الحكومة في رفض المطالب.", "وقالت",
     "الإضراب ناجح"),
    ("wala-verb-subject", 'وقالت الوكالة إن "عدد المصابين تجاوز المئة"، ولا تذكر الوكالة مصدر الرقم.', "وقالت",
     "عدد المصابين تجاوز المئة"),
    ("fa-verb-subject", "وزعم السجين أنه مريض، فنقلته السلطات إلى مستشفى السجن.", "وزعم", "مريض"),
    # the clause goes on: keep
    ("fa-inna-conditional", "وقال الخبير إنه إذا تأخر الاتفاق، فإن الحكومة ستتدخل.", "وقال",
     "إذا تأخر الاتفاق، فإن الحكومة ستتدخل"),
    ("wa-verb-no-subject", "وأكدت الشركة أنها ستوسع الإنتاج، وتسعى إلى دخول أسواق جديدة.", "وأكدت",
     "ستوسع الإنتاج، وتسعى إلى دخول أسواق جديدة"),
    ("wa-inna-second-clause", "وقال الوزير إن الوضع مستقر، وإن الحكومة تتابعه عن كثب.", "وقال",
     "الوضع مستقر، وإن الحكومة تتابعه عن كثب"),
    ("wa-anna-second-clause", "وأكدت اللجنة أن النتائج جيدة، وأنها ستنشر قريبا.", "وأكدت",
     "النتائج جيدة، وأنها ستنشر قريبا"),
    ("wa-annahu-cue-inside", "وقال الرئيس إنه يؤيد الحوار، وأنه طلب من وزرائه التعاون مع الوسطاء.", "وقال",
     "يؤيد الحوار، وأنه طلب من وزرائه التعاون مع الوسطاء"),
    ("wahiya-an", "وأوضح المدير أن الفكرة بسيطة، وهي أن يختار الطفل بنفسه.", "وأوضح",
     "الفكرة بسيطة، وهي أن يختار الطفل بنفسه"),
    ("wadhalik-min-ajl", "وقال الوزير إن الوزارة ستفتح مراكز، وذلك من أجل تسهيل التسجيل.", "وقال",
     "الوزارة ستفتح مراكز، وذلك من أجل تسهيل التسجيل"),
    ("wadhalik-bihadaf", "وأعلنت الشركة أنها ستوظف مئة عامل، وذلك بهدف توسيع الإنتاج.", "وأعلنت",
     "ستوظف مئة عامل، وذلك بهدف توسيع الإنتاج"),
    ("mimma", "وأوضح الخبير أن الأسعار انخفضت، مما يسمح بزيادة الطلب.", "وأوضح",
     "الأسعار انخفضت، مما يسمح بزيادة الطلب"),
    ("relative", "وقال المدير إن المدارس، التي أغلقت أمس، ستفتح غدا.", "وقال",
     "المدارس، التي أغلقت أمس، ستفتح غدا"),
    ("kama-anna", "وقال الخبير إن السوق مزدهرة، كما أن الطلب يتزايد.", "وقال",
     "السوق مزدهرة، كما أن الطلب يتزايد"),
    ("kama-present", "وأكدت الفنانة أنها تحب بلدها، كما تحب جمهورها.", "وأكدت",
     "تحب بلدها، كما تحب جمهورها"),
    ("fi-hin-contrast", "وأكد التجار أن الأسعار مستقرة، في حين ارتفعت أسعار الوقود.", "وأكد",
     "الأسعار مستقرة، في حين ارتفعت أسعار الوقود"),
    ("fi-hin-anna", "وقالت الشركة إن أرباحها زادت، في حين أن المبيعات تراجعت قليلا.", "وقالت",
     "أرباحها زادت، في حين أن المبيعات تراجعت قليلا"),
    ("fima-contrast", "وقال المفاوض إن المحادثات متواصلة، فيما تستمر المعارك في الشمال.", "وقال",
     "المحادثات متواصلة، فيما تستمر المعارك في الشمال"),
    ("concession-lakin", "ويقول المحلل إن على الرغم من التقارب، وحذرت العواصم من صفقة، لكن اللقاء يغير المعادلة.",
     "ويقول", "على الرغم من التقارب، وحذرت العواصم من صفقة، لكن اللقاء يغير المعادلة"),
    ("concession-raghm-lakinnaha", "وقالت المدربة إنه رغم الإصابات، لكنها واثقة من الفوز.", "وقالت",
     "رغم الإصابات، لكنها واثقة من الفوز"),
    ("la-siyyama-noun", "وقال التاجر إن الأسعار ارتفعت، ولا سيما أسعار الخضر.", "وقال",
     "الأسعار ارتفعت، ولا سيما أسعار الخضر"),
    ("wahuwa-ma-consequence", "وقال البيان إن الأسعار ارتفعت، وهو ما دفع الوزارة إلى التدخل.", "وقال",
     "الأسعار ارتفعت، وهو ما دفع الوزارة إلى التدخل"),
    ("adverb-not-participle", "وقال المسؤول إن الاتفاق سيوقع، مبدئيا، الشهر المقبل.", "وقال",
     "الاتفاق سيوقع، مبدئيا، الشهر المقبل"),
    ("adjective-not-participle", "وأكد القائد أن الدعم لم يكن كافيا، مناسبا، رغم المعارك.", "وأكد",
     "الدعم لم يكن كافيا، مناسبا، رغم المعارك"),
    ("list", "وأعلن الوزير أن الخطة تشمل المدارس، والمستشفيات، والطرق.", "وأعلن",
     "الخطة تشمل المدارس، والمستشفيات، والطرق"),
    ("wa-cue-own-subject", "ويقول الباحث إن التعاون ممكن، وحذرت المملكة المتحدة من أزمة مقبلة.", "ويقول",
     "التعاون ممكن، وحذرت المملكة المتحدة من أزمة مقبلة"),
]


# A verb of finding (سجل، رصد، وجد) after a comma, with no content of its own, is the clause's own
# predicate after a long subject (، سجلت ارتفاعا): the clause goes on; with its own content it is a
# report, and another cue's bare past (، نفى ...) still opens the narrator's clause.
FINDING_VERBS: list[tuple[str, str, str, str]] = [
    ("sajjalat-fem", "وقالت الوزارة إن مبيعات السيارات الكهربائية، على غرار الهجينة، سجلت نموا كبيرا.", "وقالت",
     "مبيعات السيارات الكهربائية، على غرار الهجينة، سجلت نموا كبيرا"),
    ("sajjala-masc", "وأوضح المدير أن قطاع السياحة، في الربع الأول، سجل تراجعا طفيفا.", "وأوضح",
     "قطاع السياحة، في الربع الأول، سجل تراجعا طفيفا"),
    ("rasadu-plural", "وذكرت المجلة أن علماء من مرصد وطني في الجنوب، رصدوا مذنبا جديدا.", "وذكرت",
     "علماء من مرصد وطني في الجنوب، رصدوا مذنبا جديدا"),
    ("rasadat-comma-latin", "وأكد التقرير أن الأقمار الصناعية الحديثة, رصدت حرائق واسعة.", "وأكد",
     "الأقمار الصناعية الحديثة, رصدت حرائق واسعة"),
    ("wajadat", "وقال الباحث إن فرق التنقيب الأجنبية، وجدت آثارا رومانية.", "وقال",
     "فرق التنقيب الأجنبية، وجدت آثارا رومانية"),
    # negative: another class's bare past still ends the clause
    ("nafa-still-ends", "وقال الناطق إن الخطة جاهزة، نفى أي تأخير في تنفيذها.", "وقال", "الخطة جاهزة"),
]


@pytest.mark.parametrize(("label", "text", "cue", "content"), FINDING_VERBS, ids=[c[0] for c in FINDING_VERBS])
def test_finding_verb_after_comma(label: str, text: str, cue: str, content: str) -> None:
    a = _event(text, cue)
    assert a.content is not None and a.content.text == content


def test_finding_verb_with_content_is_a_report() -> None:
    """With an أن clause of its own, a finding verb after a comma is an event (and so ends the clause)."""
    text = "وقالت الهيئة إن الموسم ممتاز، سجلت الفرق أن المحصول تضاعف."
    cues = {a.cue.text: a for a in extract_attributions(text)}
    assert cues["وقالت"].content is not None and cues["وقالت"].content.text == "الموسم ممتاز"
    assert "سجلت" in cues


@pytest.mark.parametrize(("label", "text", "cue", "content"), CLAUSE_ENDS, ids=[c[0] for c in CLAUSE_ENDS])
def test_clause_end(label: str, text: str, cue: str, content: str) -> None:
    a = _event(text, cue)
    assert a.content is not None and a.content.text == content


@pytest.mark.parametrize("rule", clause_ends().rules, ids=lambda r: f"{r.action}:{r.pattern[:24]}")
def test_clause_end_rows(rule: object) -> None:
    """Every row of clause_ends.tsv decides its own composed example the way its action says."""
    from arnews.attribution.clause import ClauseRule
    assert isinstance(rule, ClauseRule) and rule.example
    t = analysis_view(rule.example).text
    end = clause_ends().end(t, 0, len(t))
    comma = max(t.find("،"), 0)
    if rule.action in ("end", "but"):
        assert end < len(t) and t[end] == "،", rule.example
    elif rule.action == "break":  # the clause ends before the words, with no comma
        assert end < len(t) and t[end] == " " and t[end + 1:].startswith("في"), rule.example
    elif rule.action == "concession":  # the clause after إنه opens with the concession: its لكن keeps
        a = t.index("انه") + 4
        assert clause_ends().end(t, a, len(t)) == len(t), rule.example
    else:
        assert end == len(t) and comma > 0, rule.example


def test_clause_rules_first_match_wins() -> None:
    rules = parse_rules("keep\tوذلك ب*\tx\nend\tوذلك\ty\n")
    t = analysis_view("قال إن العمل مستمر، وذلك بالتنسيق مع الشركاء، وذلك تعليقا على الخبر").text
    ce = build(rules)
    assert t[:ce.end(t, 0, len(t))].endswith("الشركاء")


def test_clause_rules_bad_row() -> None:
    with pytest.raises(ValueError):
        parse_rules("stop\tكما\n")


# ----------------------------------------------------------------------------- according to
# label, text, cue, content
ACCORDING: list[tuple[str, str, str, str]] = [
    ("after-clause-whole-sentence", "أمرت النيابة بحبس الناشط بعد أن وجهت له تهما، حسبما أفادت مصادر قضائية.",
     "حسبما أفادت", "أمرت النيابة بحبس الناشط بعد أن وجهت له تهما"),
    ("after-clause-inner-anna", "اعتقلت الشرطة ثلاثة رجال يشتبه أن أحدهم خطط لهجوم، بحسب الشرطة.",
     "بحسب", "اعتقلت الشرطة ثلاثة رجال يشتبه أن أحدهم خطط لهجوم"),
    ("after-clause-commas", "ركزت المرحلة الأولى على هيكلة الحكومة، دون التطرق إلى الأسماء، حسب مصادر حزبية.",
     "حسب", "ركزت المرحلة الأولى على هيكلة الحكومة، دون التطرق إلى الأسماء"),
    ("after-earlier-cue", "ولفت المكتب إلى أن السلع لا تمر بالجمارك، بسبب المقاطعة، حسبما ذكر البيان.",
     "حسبما ذكر", "السلع لا تمر بالجمارك، بسبب المقاطعة"),
    ("trailing-wadhalik", "ارتفع عدد الزوار بنسبة عشرين في المئة وذلك وفق ما أعلنت الهيئة.",
     "وفق ما أعلنت", "ارتفع عدد الزوار بنسبة عشرين في المئة"),
    ("comma-wadhalik", "انضم اللاعب إلى منتخب بلاده، وذلك بحسب ما أوردت وسائل الإعلام المحلية.", "بحسب ما أوردت",
     "انضم اللاعب إلى منتخب بلاده"),
    ("decimal-point", "ويبقى السائح في المدينة 3.5 يوم في المتوسط، حسب ما أشار الخبير.",
     "حسب ما أشار", "ويبقى السائح في المدينة 3.5 يوم في المتوسط"),
    ("after-fima-clause", "انطلق الموسم، فيما بلغ إنتاج العام الماضي ألف طن، وفق إحصاءات الوزارة.",
     "وفق", "بلغ إنتاج العام الماضي ألف طن"),
    ("mid-clause-commas", "وهو مشروع متكامل، حسب الوزارة، يشمل مصنعا للمحركات.",
     "حسب", "وهو مشروع متكامل، حسب الوزارة، يشمل مصنعا للمحركات"),
    ("mid-clause-commas-fem", "والمبادرة الجديدة، بحسب وكالة الأنباء، تتضمن وقفا لإطلاق النار.",
     "بحسب", "والمبادرة الجديدة، بحسب وكالة الأنباء، تتضمن وقفا لإطلاق النار"),
    ("opening", "وبحسب مصادر في الوزارة، فإن الاتفاق نهائي.", "وبحسب", "الاتفاق نهائي"),
    ("opening-wifqan", "ووفقا لبيان الشركة، ارتفعت الأرباح بنسبة كبيرة.", "ووفقا ل",
     "ارتفعت الأرباح بنسبة كبيرة"),
    ("source-then-anna", "والدليل على ذلك طبقا لتصريحات المسؤولين أن البنك شريك ثابت للبلاد.", "طبقا ل",
     "البنك شريك ثابت للبلاد"),
    ("ala-hadd-tabirih", "وقال الرئيس إن هذا النصر ما كان ليتحقق لولا التضحيات، على حد تعبيره.",
     "على حد تعبيره", "هذا النصر ما كان ليتحقق لولا التضحيات"),
    ("pronoun-source-relative", "وانتقد الأحزاب القديمة، التي لم تقدم رؤية للمستقبل، وفق تقديره.", "وفق",
     "التي لم تقدم رؤية للمستقبل"),
    ("pronoun-source-relative-masc", "وأشاد بالمستشفى الجديد، الذي عوض مبنى لم يعد صالحا، حسب قوله.", "حسب",
     "الذي عوض مبنى لم يعد صالحا"),
    ("wadhalik-next-sentence", "تم فصل مئات الأطفال عن ذويهم منذ بدء تنفيذ السياسة. وذلك بحسب الإحصاءات الرسمية.",
     "بحسب", "تم فصل مئات الأطفال عن ذويهم منذ بدء تنفيذ السياسة"),
    # negative: a time word after the source does not carry the clause on
    ("time-after-source", "اقتربت العاصمتان من اتفاق، وفق ما أعلن وزير المالية مساء السبت.", "وفق ما أعلن",
     "اقتربت العاصمتان من اتفاق"),
]


@pytest.mark.parametrize(("label", "text", "cue", "content"), ACCORDING, ids=[c[0] for c in ACCORDING])
def test_according_content(label: str, text: str, cue: str, content: str) -> None:
    a = _event(text, cue)
    assert a.kind == "according_to"
    assert a.content is not None and a.content.text == content


# ----------------------------------------------------------------------------- mixed and direct
# label, text, cue, content, kind
QUOTES: list[tuple[str, str, str, str, str]] = [
    ("chain-straight", 'وقال المبعوث "هناك نقطتان مهمتان" يجب تسويتهما إلا أنهما "محددتان بشكل جيد" اليوم.',
     "وقال", '"هناك نقطتان مهمتان" يجب تسويتهما إلا أنهما "محددتان بشكل جيد" اليوم', "mixed"),
    ("chain-guillemets-comma", "وقالت النقابة «بخصوص الاعتداءات على الصحفيين»، تقرر «مقاطعة الأنشطة الرياضية».",
     "وقالت", "بخصوص الاعتداءات على الصحفيين»، تقرر «مقاطعة الأنشطة الرياضية", "mixed"),
    ("chain-colon-curly", "وقالت الوزيرة: “لا نرفض كل شيء”، لكن الرئيس قدم مقترحات “لا نراها مناسبة”.",
     "وقالت", "لا نرفض كل شيء”، لكن الرئيس قدم مقترحات “لا نراها مناسبة", "mixed"),
    ("chain-not-across-narrator", "وقال الوزير «سنواصل العمل حتى النهاية»، ولا تذكر الوزارة «موعدا محددا».",
     "وقال", "سنواصل العمل حتى النهاية", "direct"),
    ("single-quote-direct", "وقال الوزير «سنواصل العمل حتى النهاية». وأضاف أن الحوار مستمر.",
     "وقال", "سنواصل العمل حتى النهاية", "direct"),
    ("quote-then-cue-not-chained", "وقال الوزير «سنواصل العمل حتى النهاية»، مضيفا أن «الحوار مستمر».",
     "وقال", "سنواصل العمل حتى النهاية", "direct"),
    ("quote-across-sentence-cut", "وقال المسؤول إن «السكان بدأوا.. بالعودة إلى قراهم لأن الحياة صعبة».",
     "وقال", "السكان بدأوا.. بالعودة إلى قراهم لأن الحياة صعبة", "mixed"),
    # a quotation opened right after a proclitic ب/ل (بـ"، ل«) runs to its closing mark too
    ("quote-after-bi-tatweel", 'وقال المدير إن الخطة ستحظى بـ"متابعة دقيقة حتى نضبط الإنفاق. وإذا احتجنا إلى المزيد '
     'فلن نتردد".', "وقال", 'الخطة ستحظى بـ"متابعة دقيقة حتى نضبط الإنفاق. وإذا احتجنا إلى المزيد فلن نتردد',
     "mixed"),
    ("quote-after-li-guillemets", "وأكدت الوزيرة أن المشروع يخضع ل«مراجعة شاملة. ولن نوقع أي عقد قبل نهايتها».",
     "وأكدت", "المشروع يخضع ل«مراجعة شاملة. ولن نوقع أي عقد قبل نهايتها", "mixed"),
    ("quote-after-bi-guillemets", "وأوضح الناطق أن الحكومة ملتزمة بـ«الحوار مع الجميع. فنحن لا نقصي أحدا».",
     "وأوضح", "الحكومة ملتزمة بـ«الحوار مع الجميع. فنحن لا نقصي أحدا", "mixed"),
    ("quote-after-bi-closed", 'وقالت الوزيرة إن القرار جاء بـ"طلب من النقابات". وأضافت أن الحوار مستمر.',
     "وقالت", 'القرار جاء بـ"طلب من النقابات', "mixed"),
    ("unclosed-quote-paragraph",
     "وقال الناشط «لن نغادر الساحة. سنبقى هنا حتى تتحقق المطالب\nوفي سياق آخر، تظاهر الطلاب.",
     "وقال", "لن نغادر الساحة. سنبقى هنا حتى تتحقق المطالب", "direct"),
    ("colon-unquoted-paragraph",
     "وقال الوزير: سنواصل العمل. لن نتراجع عن قرارنا.\nوفي سياق آخر، افتتح الوزير معرضا.",
     "وقال", "سنواصل العمل. لن نتراجع عن قرارنا", "direct"),
    ("colon-unquoted-narrator-sentence",
     "وقال المتحدث: الأخبار المتداولة غير صحيحة. وكانت صحيفة محلية قد نشرت الخبر أمس.",
     "وقال", "الأخبار المتداولة غير صحيحة", "direct"),
    ("colon-unquoted-next-cue", "وقالت الوزيرة: سنواصل العمل. وأضافت أن الحوار مستمر.",
     "وقالت", "سنواصل العمل", "direct"),
    ("colon-first-person-cue", "وأضاف: نعمل على تحسين الخدمات، ونتوقع أن تتحسن الأوضاع قريبا.",
     "وأضاف", "نعمل على تحسين الخدمات، ونتوقع أن تتحسن الأوضاع قريبا", "direct"),
    ("quoted-name-in-speaker", 'وأكد قائد "اللواء الثالث مشاة" العميد سالم علي أن القوات صدت الهجوم.', "وأكد",
     "القوات صدت الهجوم", "indirect"),
    ("quoted-name-guillemets", "وأشارت شركة «النور للإنتاج الفني» المنتجة للمسلسل في بيان إلى أن العرض تأجل.",
     "وأشارت", "العرض تأجل", "indirect"),
    ("quote-then-preposition", 'وقال الوزير "سنواصل العمل حتى النهاية" في إشارة إلى أن الحوار مستمر.', "وقال",
     "سنواصل العمل حتى النهاية", "direct"),
    ("own-words-laqad", "وقال لقد ناقشنا خطط التعاون مع الشركاء.", "وقال",
     "لقد ناقشنا خطط التعاون مع الشركاء", "direct"),
    ("own-words-nahnu-fem", "وقالت نحن مستعدون للحوار.", "وقالت", "نحن مستعدون للحوار", "direct"),
    ("own-words-suffix-na", "وقال هدفنا هو تنفيذ الاتفاق بالكامل ونأمل أن تلتزم الأطراف به.", "وقال",
     "هدفنا هو تنفيذ الاتفاق بالكامل ونأمل أن تلتزم الأطراف به", "direct"),
    ("own-words-present", "ويقول أملنا أن تنتهي الحرب قريبا.", "ويقول", "أملنا أن تنتهي الحرب قريبا", "direct"),
]


@pytest.mark.parametrize(("label", "text", "cue", "content", "kind"), QUOTES, ids=[c[0] for c in QUOTES])
def test_quoted_and_direct(label: str, text: str, cue: str, content: str, kind: str) -> None:
    a = _event(text, cue)
    assert a.content is not None and a.content.text == content
    assert a.kind == kind


@pytest.mark.parametrize("text", [
    "وأضافت مصادرنا أن الاجتماع تأجل.",
    "وقال مصدرنا إن الاجتماع تأجل.",
])
def test_own_source_is_a_speaker(text: str) -> None:
    """A source of the paper itself (مصادرنا، مصدرنا) is a speaker, not the start of direct speech."""
    a = extract_attributions(text)[0]
    assert a.kind == "indirect" and a.speaker is not None and a.content is not None
    assert a.content.text in ("الاجتماع تأجل",)


# ----------------------------------------------------------------------------- nested reports
@pytest.mark.parametrize(("open_", "close"), [('"', '"'), ("«", "»"), ("“", "”")])
@pytest.mark.parametrize(("outer", "inner"), [("وقال الوزير", "تؤكد"), ("وأضافت الوزيرة", "ترى"),
                                              ("وقال المتحدثون", "تعلن")])
def test_quotation_holding_a_cue_keeps_both(open_: str, close: str, outer: str, inner: str) -> None:
    text = f"{outer} إن {open_}الحكومة {inner} أن الاتفاق نهائي{close}."
    found = {a.cue.text: a for a in extract_attributions(text)}
    assert set(found) == {outer.split()[0], inner}
    assert found[outer.split()[0]].content.text == f"الحكومة {inner} أن الاتفاق نهائي"  # type: ignore[union-attr]
    assert found[inner].content.text == "الاتفاق نهائي"  # type: ignore[union-attr]
