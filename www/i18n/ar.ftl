# CCA Migration Lab: رسائل الواجهة باللغة العربية.
# ترجمة خاصة بالمشروع؛ نرحب بالمراجعة (انظر README، قسم «اللغات»).

## التخطيط
app-title = CCA Migration Lab
app-tagline = الهجرة في التحليلات القطرية المشتركة وأطر التعاون
skip-to-main = الانتقال إلى المحتوى الرئيسي
nav-main = التنقل الرئيسي
nav-curricula = المناهج
nav-workspaces = مساحات العمل
nav-trainers = المدرّبون
language-switcher-label = اللغة
language-load-failed = تعذّر تحميل اللغة { $language } ({ $why }). تبقى الواجهة باللغة الحالية؛ أعد المحاولة عند عودة الاتصال.
footer-sources = النصوص الرسمية: إطار المؤشرات العالمي لأهداف التنمية المستدامة (A/RES/71/313، بعد الاستعراض الشامل لعام 2025، E/CN.3/2025/6)؛ الاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية (A/RES/73/195). يبقى تقدّمك محفوظًا في هذا المتصفح.
update-ready = يتوفر إصدار جديد من CCA Migration Lab. أعد تحميل الصفحة لاستخدامه؛ سيُحفظ تقدّمك.
update-reload = إعادة التحميل الآن
dismiss = إغلاق
page-title = { $title } — CCA Migration Lab

## أسماء اللغات
lang-ar = العربية
lang-zh = الصينية
lang-en = الإنكليزية
lang-fr = الفرنسية
lang-ru = الروسية
lang-es = الإسبانية

## عناصر مشتركة
breadcrumb = مسار التنقل
breadcrumb-catalogue = الفهرس
lesson-completed-mark = ✓ مكتمل
loading-catalogue = جارٍ تحميل الفهرس…
loading-curriculum = جارٍ تحميل المنهج…
loading-module = جارٍ تحميل الوحدة…
loading-lesson = جارٍ تحميل الدرس…
loading-reference = جارٍ تحميل النصوص الرسمية…
loading-results = جارٍ تحميل نتائجك…
loading-workspace = جارٍ تحميل مساحة العمل…
problems-in-curriculum = مشكلات في ملفات المنهج

## الفهرس
catalogue-heading = المناهج
catalogue-lead = تعلّم كيفية إدماج الهجرة في التحليلات القطرية المشتركة وأطر التعاون، بالاستناد إلى الاتفاق العالمي بشأن الهجرة وغايات أهداف التنمية المستدامة ومؤشراتها. تبقى إجاباتك محفوظة في هذا المتصفح.
catalogue-problems = في ملف الفهرس مشكلات
catalogue-empty = لا يقدّم هذا الموقع أي منهج بعد.
catalogue-languages = اللغات
catalogue-not-in-your-language = غير متاح باللغة { $language }؛ يُعرض باللغة { $shown }
catalogue-time = المدة
catalogue-time-value = { $hours ->
    [0] نحو { $minutes } دقيقة
   *[other] نحو { $hours } س { $minutes } د
}
catalogue-progress = تقدّمك
catalogue-not-started = لم يبدأ بعد
catalogue-lessons-done = { $count ->
    [zero] لم يكتمل أي درس
    [one] اكتمل درس واحد
    [two] اكتمل درسان
    [few] اكتملت { $count } دروس
    [many] اكتمل { $count } درسًا
   *[other] اكتمل { $count } درس
}
catalogue-card-problem = في ملفات هذا المنهج مشكلات. افتحه للاطلاع عليها.

## الصفحة غير موجودة
not-found-title = الصفحة غير موجودة
not-found-body = لا يؤدي هذا العنوان إلى أي صفحة في CCA Migration Lab. ربما كُتب الرابط خطأً، أو غُيّر اسم المنهج.
not-found-back = الانتقال إلى الفهرس

## الوحدة
module-lessons-done = الدروس المكتملة: { $done } من { $total }

## المنهج
curriculum-language = لغة هذا المنهج
curriculum-broken-title = المنهج «{ $id }»
curriculum-broken-lead = لا يمكن عرض هذا المنهج لأن في ملفاته مشكلات. ولا تتأثر المناهج الأخرى.
back-to-catalogue = العودة إلى الفهرس
curriculum-not-in-language = هذا المنهج غير متاح باللغة { $requested }؛ ويُعرض باللغة { $shown }.
curriculum-partly-translated = لم يُترجم بعد إلى اللغة { $language }، ويُعرض باللغة { $shown }: { $modules }.
your-results = نتائجك
curriculum-start = ابدأ
curriculum-continue = تابع
curriculum-audience = الفئة المستهدفة
curriculum-minutes = نحو { $minutes } دقيقة
curriculum-version = الإصدار
curriculum-modules = الوحدات
curriculum-trainer-notes = ملاحظات للمدرّبين ({ $count })
curriculum-warnings = تحذيرات في ملفات المنهج
reset-label = البدء من جديد
reset-confirm = هل تريد مسح كل الإجابات والدروس المكتملة في هذا المنهج؟ لا يمكن التراجع عن ذلك.
reset-yes = نعم، امسح تقدّمي
reset-no = احتفظ بتقدّمي
reset-start = البدء من جديد…
offline-title = الاستخدام دون اتصال
offline-available = متاح دون اتصال (الإصدار { $version }): يُفتح على هذا الجهاز دون شبكة.
offline-intro = تُحفظ الصفحات التي تفتحها لاستخدامها دون شبكة. لحفظ المنهج كله، بجميع لغاته، احفظه الآن.
offline-saving = جارٍ الحفظ للاستخدام دون اتصال… عدد الملفات حتى الآن: { $count }.
offline-saved = تم الحفظ: عدد الملفات { $count }. يُفتح المنهج الآن على هذا الجهاز دون شبكة.
offline-failed = لم يتم الحفظ: { $why }. تحقّق من الاتصال وأعد المحاولة.
offline-save-again = احفظ أحدث إصدار مرة أخرى
offline-save = اجعل هذا المنهج متاحًا دون اتصال

## الدرس
lesson-position = الدرس { $position } من { $total }
lesson-not-translated = لم تُترجم هذه الوحدة بعد إلى اللغة { $language }؛ وتُعرض باللغة { $shown }.
lesson-nav = الدروس
lesson-previous = → الدرس السابق
lesson-completed = ✓ اكتمل الدرس
lesson-next = الدرس التالي ←
lesson-complete-continue = أكمل الدرس وتابع ←
lesson-complete = أكمل الدرس
step-question = اختبر فهمك
step-reference = النصوص الرسمية
step-mapping = تمرين الربط

## الأرقام
percent = { $value }
x-of-y = { $x } من { $y }

## المرجع
reference-title = المرجع
reference-load-failed = تعذّر تحميل النصوص الرسمية: { $why }. تحقّق من الاتصال وأعد تحميل الصفحة.
reference-not-found = المرجع غير موجود
reference-not-found-body = «{ $code }» لا يشير إلى أي هدف من أهداف الاتفاق العالمي، ولا إلى أي هدف أو غاية أو مؤشر من أهداف التنمية المستدامة. ابحث عن أحدها أدناه.
reference-find = ابحث عن مرجع آخر
reference-search-label = رمز أو كلمات (مثلًا 10.7، gcm 6، التحويلات المالية)
search-results-count = { $count ->
    [zero] لا نتائج
    [one] نتيجة واحدة
    [two] نتيجتان
    [few] { $count } نتائج
    [many] { $count } نتيجة
   *[other] { $count } نتيجة
}

## النتائج
downloaded = تم تنزيل { $name }.
file-not-made = تعذّر إنشاء الملف: { $why }.
results-name-label = اسمك كما ينبغي أن يظهر (اختياري، يُحفظ في هذا المتصفح فقط)
results-download = تنزيل النتائج (JSON)
print-or-pdf = الطباعة أو الحفظ بصيغة PDF
results-kicker = CCA Migration Lab · سجل التعلّم
results-lessons = الدروس المكتملة
results-questions = الأسئلة المُجاب عنها إجابة صحيحة
results-questions-value = { $correct } من { $total } (أُجيب عن { $answered })
results-mappings = تمارين الربط
results-mappings-value = جُرّب { $attempted } من { $total }
results-score = النتيجة الإجمالية
results-status = الحالة
results-completed = مكتمل
results-in-progress = قيد التقدّم
results-version = إصدار المنهج
results-date = التاريخ
results-table-caption = تمارين الربط: أفضل نتيجة وآخر نتيجة
results-exercise = التمرين
results-best = الأفضل
results-last = الأخيرة
results-attempts = المحاولات
results-note = تحتسب النتيجة الإجمالية كل سؤال في المنهج (صحيحًا كان أم لا) وكل تمرين ربط (بأفضل نتيجة له) مرة واحدة.
back-to-curriculum = العودة إلى المنهج

## السؤال
question-correct = إجابة صحيحة.
question-partly = ليس تمامًا: اخترت { $right } من { $total } خيارات صحيحة، و{ $wrong } خاطئة. اقرأ التعليق على كل خيار.
question-wrong = ليس تمامًا. اقرأ التعليق على كل خيار.
question-choose-all = اختر كل ما ينطبق
question-choose-one = اختر إجابة واحدة
option-right = ✓ اختيارك: صحيح
option-wrong = ✗ اختيارك: غير صحيح
option-missed = ! إجابة صحيحة لم تخترها
option-not-chosen = لم يُختر
try-again = حاول مرة أخرى
check-answer = تحقّق من الإجابة

## التشخيص
diagnostics-counts = { $errors ->
    [zero] لا أخطاء
    [one] خطأ واحد
    [two] خطآن
    [few] { $errors } أخطاء
    [many] { $errors } خطأً
   *[other] { $errors } خطأ
}
diagnostics-counts-warnings = { $errors ->
    [zero] لا أخطاء
    [one] خطأ واحد
    [two] خطآن
    [few] { $errors } أخطاء
    [many] { $errors } خطأً
   *[other] { $errors } خطأ
}، { $warnings ->
    [zero] لا تحذيرات
    [one] تحذير واحد
    [two] تحذيران
    [few] { $warnings } تحذيرات
    [many] { $warnings } تحذيرًا
   *[other] { $warnings } تحذير
}
diagnostics-place = السطر { $line }، العمود { $column }
diagnostics-whole-file = الملف كله
diagnostics-error = خطأ
diagnostics-warning = تحذير
diagnostics-fix = التصحيح:
diagnostics-cli = يحصل المدرّبون على القائمة نفسها بتشغيل الأمر

## المراجع والأطر
ref-gcm = الهدف { $code } من الاتفاق العالمي
ref-goal = الهدف { $code } من أهداف التنمية المستدامة
ref-target = الغاية { $code } من أهداف التنمية المستدامة
ref-indicator = المؤشر { $code } من أهداف التنمية المستدامة
framework-gcm = أهداف الاتفاق العالمي
framework-sdg-targets = غايات أهداف التنمية المستدامة
framework-sdg-indicators = مؤشرات أهداف التنمية المستدامة

## تمرين الربط
sentence = { $text }.
precision-recall = الدقة { $precision }، الاستدعاء { $recall }
precision-undefined = غير محددة (لم يُختر شيء)
recall-undefined = غير محدد (لا شيء متوقع)
mapping-status = النتيجة { $score } — { $detail }.
mapping-map-to = اربط بـ: { $frameworks }.
mapping-priority = الأولوية { $number }
mapping-source = المصدر: { $source }
mapping-submit = إرسال
scoring-title = طريقة احتساب النتيجة
scoring-credit = يحصل كل مرجع تختاره على رصيد:
scoring-1 = 1 إذا كان مفتاح الإجابة يتوقعه؛
scoring-2 = الرصيد المحدد في المفتاح (0.5 ما لم يحدد المدرّب قيمة أخرى) إذا قبله المفتاح بوصفه صحيحًا جزئيًا؛
scoring-3 = 0.5 إذا كان مجاورًا لمرجع متوقع من أهداف التنمية المستدامة: مؤشر لغاية متوقعة، أو غاية لمؤشر متوقع، أو مؤشر آخر للغاية نفسها؛
scoring-4 = 0.25 إذا كان يندرج تحت هدف التنمية المستدامة نفسه الذي تندرج تحته غاية أو مؤشر متوقع؛
scoring-5 = 0 في غير ذلك. ولا تُحتسب أهداف الاتفاق العالمي إلا إذا كان المفتاح يتوقعها أو يقبلها.
scoring-match = يُطابَق كل مرجع متوقع مع اختيار واحد على الأكثر، وهو الاختيار الذي يحصل على أعلى رصيد. واختيار المرجع نفسه مرتين يُحتسب مرة واحدة.
scoring-f1 = لكل أولوية، الدقة هي الرصيد المكتسب ÷ المراجع المختارة (نسبة الصحيح مما اخترت)؛ والاستدعاء هو رصيد المراجع المتوقعة التي عثرت عليها ÷ المراجع المتوقعة (نسبة ما عثرت عليه من المفتاح؛ والمراجع الجزئية المقبولة تُضاف إلى الدقة فقط). F1 = 2 × الدقة × الاستدعاء ÷ (الدقة + الاستدعاء). والأولوية التي لا يُتوقع لها أي مرجع تحصل على 100% إذا لم تختر شيئًا.
scoring-mean = النتيجة هي متوسط F1 على الأولويات، فلكل أولوية الوزن نفسه؛ أما الدقة والاستدعاء المعروضان معها فمحسوبان على جميع الأولويات مجتمعة.
mapping-analytics = تحليل الربط الذي أجريته: التغطية والثغرات والاتساق
mapping-attempts = محاولاتك
mapping-attempt = النتيجة { $score }
verdict-group = { $title } ({ $count })
verdict-right = صحيح
verdict-keyed-partial = صحيح جزئيًا (يقبله المفتاح)
verdict-right-target = صحيح جزئيًا (مجاور لمرجع متوقع)
verdict-right-goal = صحيح جزئيًا (الهدف الصحيح)
verdict-extra = غير متوقع
verdict-note = { $verdict } — الرصيد { $credit }.
verdict-note-for = { $verdict } — الرصيد { $credit }، عن المرجع المتوقع { $expected }.
verdict-partly-found = عُثر عليه جزئيًا عن طريق { $reference }.
priority-f1 = F1 { $score }
priority-nothing = لا شيء للربط هنا، ولم تختر شيئًا: صحيح.
group-right = صحيح
group-partly = صحيح جزئيًا
group-missed = فائت
group-extra = غير متوقع

## بطاقات المراجع
ref-not-in-data = { $code } غير موجود في البيانات المرجعية.
ref-under = يندرج تحت
ref-targets = الغايات ({ $count })
ref-indicators = المؤشرات ({ $count })
ref-repeated = المؤشر نفسه مدرج أيضًا بوصفه:
official-english-stale = (النص بالإنكليزية: الترجمة إلى اللغة { $language } أقدم من الصيغة الرسمية الحالية.)
official-english-missing = (النص بالإنكليزية: لا توجد ترجمة إلى اللغة { $language } في بياناتنا.)
official-english-gcm = (العنوان الرسمي بالإنكليزية: غير متاح باللغة { $language } في بياناتنا.)
official-arabic-community = نصوص أهداف التنمية المستدامة بالعربية: ترجمة مجتمعية (مشروع Open SDG)، لم يُتحقق منها مقابل النص الرسمي للأمم المتحدة.
gcm-commitment = الالتزام (الفقرة { $paragraph } من الاتفاق العالمي)
gcm-english-only = يُعرض نص الاتفاق العالمي بالإنكليزية، وهي لغته الأصلية في بياناتنا.
gcm-actions = الإجراءات ({ $count })
gcm-actions-note = نصوص الإجراءات شبه حرفية؛ استشهد بالوثيقة A/RES/73/195 للصيغة الرسمية.

## منتقي المراجع
picker-already = { $reference } مختار بالفعل.
picker-added = أُضيف { $reference }
picker-removed = أُزيل { $reference }
picker-first-results = أول { $count } نتيجة؛ أضف كلمات لتضييق البحث.
picker-results = { $count ->
    [zero] لا نتائج.
    [one] نتيجة واحدة.
    [two] نتيجتان.
    [few] { $count } نتائج.
    [many] { $count } نتيجة.
   *[other] { $count } نتيجة.
}
picker-chosen-for = المختار لـ: { $label }
picker-remove = إزالة { $reference }
picker-nothing-chosen = لم يُختر شيء.
picker-nothing-yet = لم يُختر شيء بعد.
picker-chosen = مختار
picker-add = أضف مرجعًا
picker-for = لـ: { $label }
picker-hint = { $kinds }: اكتب رمزًا ({ $examples }) أو كلمات، أو تصفّح. ↓ ↑ للتنقل، Enter للإضافة، Esc للإغلاق.
picker-browse = تصفّح
picker-everything = الكل
picker-references-for = المراجع لـ: { $label }
picker-preview-empty = تنقّل بين النتائج باستخدام ↓ ↑ لقراءة كل نص رسمي كاملًا هنا.
picker-nothing-matches = لا شيء يطابق «{ $query }». جرّب رمزًا مثل { $example }، أو كلمات أقل، أو التصفّح.

## مساحات العمل
cancel = إلغاء
ws-priorities = { $count ->
    [zero] لا أولويات
    [one] أولوية واحدة
    [two] أولويتان
    [few] { $count } أولويات
    [many] { $count } أولوية
   *[other] { $count } أولوية
}
ws-links = { $count ->
    [zero] لا روابط
    [one] رابط واحد
    [two] رابطان
    [few] { $count } روابط
    [many] { $count } رابطًا
   *[other] { $count } رابط
}
ws-untitled = مساحة عمل بلا اسم
ws-import-failed = تعذّر استيراد { $source }: عدد المشكلات { $count }.
ws-import-nothing-changed = لم يتغيّر شيء. صحّح الملف وأعد المحاولة.
ws-default-name = مساحة العمل { $number }
ws-pasted-list = القائمة الملصقة
ws-lead = اربط أولويات خطة ما — خطة تنمية وطنية أو تحليل قطري مشترك أو إطار تعاون — بأهداف الاتفاق العالمي وبغايات أهداف التنمية المستدامة ومؤشراتها، وحلّل التغطية والثغرات والاتساق. تبقى مساحات العمل في هذا المتصفح: صدّرها للاحتفاظ بنسخة أو لمشاركتها.
ws-yours = مساحات عملك
ws-none-yet = ليست لديك مساحات عمل بعد. أنشئ واحدة أدناه.
ws-delete-question = حذف { $name }؟
ws-delete-confirm = هل تريد حذف «{ $name }» ({ $facts })؟ لا يمكن التراجع عن ذلك؛ صدّرها أولًا للاحتفاظ بنسخة.
ws-delete = حذف
ws-delete-name = حذف { $name }
ws-open = فتح
ws-new = مساحة عمل جديدة
ws-created = أُنشئت «{ $name }».
ws-open-it = افتحها
ws-name-optional = الاسم (اختياري)
ws-paste-label = الأولويات، أولوية في كل سطر
ws-paste-hint = الصق من مستند أو جدول بيانات. ويصلح أيضًا ملف CSV فيه عمود «text» (وعمودا «id» و«source» اختياريًا). اتركه فارغًا لتبدأ دون أولويات.
ws-create = إنشاء مساحة العمل
ws-from-file = أو أنشئ مساحة عمل من ملف (.csv أو .json أو .txt):
ws-workspace = مساحة العمل
ws-not-found-crumb = غير موجودة
ws-not-found = مساحة العمل غير موجودة
ws-not-found-body = لا توجد في هذا المتصفح مساحة عمل «{ $id }». تبقى مساحات العمل في المتصفح الذي أُنشئت فيه؛ لنقل إحداها، صدّرها هناك وأنشئ هنا مساحة عمل من الملف.
ws-all = كل مساحات العمل
ws-facts = { $priorities } · { $links } · محفوظة في هذا المتصفح
ws-name = الاسم
ws-export-csv = تصدير CSV
ws-export-json = تصدير JSON
ws-printable-report = تقرير قابل للطباعة
ws-replace-label = استبدال الأولويات من ملف (.csv أو .json أو .txt):
ws-replace-question = استبدال الأولويات؟
ws-replace-confirm = هل تريد استبدال أولويات «{ $name }» ({ $current }) بأولويات الملف { $file } ({ $new })؟ ستُفقد الأولويات والروابط والملاحظات الحالية؛ صدّر مساحة العمل أولًا للاحتفاظ بنسخة.
ws-replace = استبدال
ws-priorities-title = الأولويات
ws-no-priorities = لا أولويات بعد. أضف الأولى أدناه.
ws-new-priority = أولوية جديدة
ws-add-priority = إضافة الأولوية
ws-analysis = التحليل
ws-note-on = ملاحظة على { $reference } (اختيارية)
ws-text-needed = تحتاج الأولوية إلى نص. وإلى أن يُضاف، يُحتفظ بآخر نص.
ws-source-optional = المصدر (اختياري)
ws-remove-question = إزالة الأولوية { $id }؟
ws-remove-confirm = هل تريد إزالة الأولوية { $id } وروابطها ({ $links })؟
ws-remove = إزالة
ws-remove-priority = إزالة الأولوية { $id }
ws-note = ملاحظة: { $note }
ws-source-paren = (المصدر: { $source })
ws-no-link = لا روابط.
ws-back = العودة إلى مساحة العمل
ws-print = طباعة
ws-pdf-hint = لإنشاء ملف PDF، اختر «الحفظ بصيغة PDF» بوصفه الطابعة.
ws-report-meta = تقرير الربط بتاريخ { $date }، أُعدّ باستخدام CCA Migration Lab: { $priorities }، { $links }.
ws-report-priorities = الأولويات وروابطها

## التحليلات
list-and = { $init } و{ $last }
list-separator = {"، "}
an-percent-below-one = أقل من ١٪
an-coverage = التغطية
an-gaps = الثغرات
an-alignment = الاتساق مع غايات أهداف التنمية المستدامة
an-interlinkages = الترابطات
an-objective = الهدف { $number }
an-goal = الهدف { $number }
an-summary-none-gcm = لم يُتناول بعد أيٌّ من أهداف الاتفاق العالمي البالغ عددها { $total }.
an-summary-none-sdg = لم يُتناول بعد أيٌّ من أهداف التنمية المستدامة البالغ عددها { $total }.
an-summary-top = { $name } ({ $count ->
        [zero] لا أولويات
        [one] أولوية واحدة
        [two] أولويتان
        [few] { $count } أولويات
        [many] { $count } أولوية
       *[other] { $count } أولوية
    })
an-summary-gcm = الأهداف المتناوَلة: { $count } من { $total }؛ الأكثر تناولًا: { $most }؛ { $rest ->
        [0] كل الأهداف متناوَلة.
        [one] هدف واحد غير متناوَل.
        [two] هدفان غير متناوَلين.
        [few] { $rest } أهداف غير متناوَلة.
        [many] { $rest } هدفًا غير متناوَل.
       *[other] { $rest } هدف غير متناوَل.
    }
an-summary-sdg = أهداف التنمية المستدامة المتناوَلة: { $count } من { $total }؛ الأكثر تناولًا: { $most }؛ { $rest ->
        [0] كل الأهداف متناوَلة.
        [one] هدف واحد غير متناوَل.
        [two] هدفان غير متناوَلين.
        [few] { $rest } أهداف غير متناوَلة.
        [many] { $rest } هدفًا غير متناوَل.
       *[other] { $rest } هدف غير متناوَل.
    }
an-heatmap-gcm = الأولويات × أهداف الاتفاق العالمي الـ23
an-heatmap-sdg = الأولويات × أهداف التنمية المستدامة الـ17
an-priorities = الأولويات
an-priority = الأولوية
an-column-title = { $name }: { $label }
an-totals-gcm = الأولويات التي تتناول الهدف
an-totals-sdg = الأولويات التي تتناول الهدف
an-no-priorities = لا توجد أولويات لعرضها بعد.
an-note-gcm = تحمل الخلية القيمة 1 حين تكون الأولوية مرتبطة بالهدف. ويعدّ الصف الأخير الأولويات التي تتناول كل عمود؛ وكلما كانت الخلية أدكن ضمّت روابط أكثر.
an-note-sdg = تعدّ كل خلية روابط الأولوية بالهدف وغاياته ومؤشراتها. ويعدّ الصف الأخير الأولويات التي تتناول كل عمود؛ وكلما كانت الخلية أدكن ضمّت روابط أكثر.
an-table-show = العرض في جدول
an-table-hide = إخفاء الجدول
an-table-caption = { $title }: عدد الروابط
an-gaps-gcm = أهداف الاتفاق العالمي التي لا تتناولها أي أولوية
an-gaps-gcm-none = كل أهداف الاتفاق العالمي متناوَلة.
an-gaps-count = { $count } من { $total }:
an-gaps-sdg = غايات أهداف التنمية المستدامة المتصلة بالهجرة التي لا تعكسها أي أولوية
an-gaps-sdg-none = كل الغايات المتصلة بالهجرة منعكسة.
an-target = الغاية { $code }
an-gap-why = أهميتها للهجرة
an-gap-source = المصدر: { $source }
an-measure-against = القياس بالنسبة إلى
an-set-all = كل الغايات ({ $total })
an-set-migration = الغايات المتصلة بالهجرة ({ $total })
an-share = { $set ->
        [migration] الغايات المتصلة بالهجرة
       *[all] الغايات
    } المنعكسة: { $share }
an-share-detail = . تنعكس { $x } من { $y } من { $set ->
        [migration] الغايات المتصلة بالهجرة
       *[all] الغايات
    } في أولوية واحدة على الأقل، مباشرةً أو عبر أحد مؤشراتها.
an-chart-title = نسبة { $set ->
        [migration] الغايات المتصلة بالهجرة
       *[all] الغايات
    } المنعكسة، لكل هدف
an-goal-covered = الهدف { $number }: { $x } من { $y }
an-bar-value = { $x } من { $y } ({ $share })
an-bars-label = { $share }. لكل هدف: { $list }.
an-bars-none = لا شيء
an-goal-row = الهدف { $number } · { $label }
an-all-goals = كل الأهداف
an-col-goal = الهدف
an-col-targets = الغايات
an-col-reflected = المنعكسة
an-col-share = النسبة
an-col-targets-reflected = الغايات المنعكسة
an-indicators = مؤشرات لرصد الغايات المنعكسة
an-no-indicator = لا مؤشر في إطار عام 2025.
an-none-reflected = لم تنعكس بعد أيٌّ من { $set ->
        [migration] الغايات المتصلة بالهجرة
       *[all] الغايات
    }.
an-shared = مراجع تشترك فيها عدة أولويات
an-shared-none = لا يرتبط أي مرجع بأكثر من أولوية واحدة.
an-shared-by = { $count ->
        [zero] لا أولويات
        [one] أولوية واحدة
        [two] أولويتان
        [few] { $count } أولويات
        [many] { $count } أولوية
       *[other] { $count } أولوية
    }: { $list }
an-reach = الأولويات حسب نطاقها
an-reach-caption = أهداف الاتفاق العالمي وأهداف التنمية المستدامة التي تمسّها كل أولوية، من الأوسع نطاقًا
an-col-gcm = أهداف الاتفاق العالمي
an-col-sdgs = أهداف التنمية المستدامة
an-col-links = الروابط
an-unlinked = أولويات بلا روابط
an-unlinked-none = لكل أولوية رابط واحد على الأقل.

## الاقتراحات والتلميحات
suggest-intro = الاقتراحات: يقترح التطبيق لكل أولوية أهدافًا من الاتفاق العالمي وغايات ومؤشرات من أهداف التنمية المستدامة، مع الكلمات التي تطابقت؛ وتقبل أنت كل اقتراح أو ترفضه. لا يُربط شيء ما لم تقبله.
suggest-language = لغة الأولويات
suggest-all = الاقتراح للجميع
suggest = اقتراح
suggest-for-label = اقتراح روابط للأولوية { $id }
suggest-heading = اقتراحات للأولوية { $id }
suggest-wait = جارٍ إعداد الاقتراحات…
suggest-stale = تغيّر نص الأولوية منذ ذلك الحين: اطلب الاقتراحات مجددًا لتحديثها.
suggest-goals = الأهداف التي اعتُبرت ذات صلة: { $list }.
suggest-score = (الدرجة { $score })
suggest-evidence = الشواهد:
suggest-accept = قبول
suggest-add = إضافة
suggest-accept-label = { $action } { $reference } للأولوية { $id }
suggest-reject = رفض
suggest-reject-label = رفض { $reference } للأولوية { $id }
suggest-none-left = لا مزيد من الاقتراحات: لم يجد المحرّك شيئًا آخر ذا صلة كافية، أو قُبل كل اقتراح أو رُفض.
suggest-close = إغلاق الاقتراحات
suggest-close-label = إغلاق الاقتراحات للأولوية { $id }
suggest-found-one = { $count ->
        [0] لا اقتراحات
        [zero] لا اقتراحات
        [one] اقتراح واحد
        [two] اقتراحان
        [few] { $count } اقتراحات
        [many] { $count } اقتراحًا
       *[other] { $count } اقتراح
    } للأولوية { $id }.
suggest-found-many = { $count ->
        [0] لا اقتراحات
        [zero] لا اقتراحات
        [one] اقتراح واحد
        [two] اقتراحان
        [few] { $count } اقتراحات
        [many] { $count } اقتراحًا
       *[other] { $count } اقتراح
    } لـ{ $total } من الأولويات.
suggest-rejected = رُفض { $reference } للأولوية { $id }.
suggest-linked = رُبط { $reference } بالأولوية { $id }.
suggest-added = أُضيف { $reference } إلى الأولوية { $id }.
suggest-not-loaded = تعذّر تحميل محرّك الاقتراحات. تحقّق من الاتصال وحاول مجددًا (بعد أول استخدام يعمل أيضًا دون اتصال).
suggest-request-failed = تعذّرت كتابة الطلب.
hints = تلميحات
hints-label = تلميحات للأولوية { $number }

## صفحات المدرّبين
decimal-separator = {"."}
diagnostics-snippet-line = السطر { $line }
drop-choose-files = اختيار ملفات…
drop-choose-folder = اختيار مجلد…
drop-reading = جارٍ قراءة الملفات…
drop-local-only = لا يُرفع أي شيء: تُقرأ الملفات في هذا المتصفح فقط.
preview-title = فحص منهج ومعاينته
preview-lead-before = أفلت مجلد منهج (أو ملف zip له) لفحصه بالقواعد نفسها التي يطبّقها
preview-lead-after = ولقراءته كما سيقرؤه المتدرّبون، بكل لغة من لغاته. عدّل ملفًا ثم أفلته مجددًا، فتتبعه نتائج الفحص والمعاينة. تبقى الملفات في هذا المتصفح: لا يُرفع أي شيء ولا يُنشر.
preview-cohort-link = تحليلات المجموعة من ملفات نتائج المتدرّبين ←
preview-reference-failed = تعذّر تحميل النصوص الرسمية لأهداف التنمية المستدامة والاتفاق العالمي، وهي لازمة للفحص: { $why }. تحقّق من الاتصال وأعد التحميل.
preview-drop = أفلت هنا مجلد منهج أو ملف zip له أو ملفات معدّلة
preview-drop-folder-first = { $file }: أفلت أولًا مجلد المنهج كاملًا (أو ملف zip له)، ثم أفلت ملفات منفردة لاستبدالها
preview-no-such-file = { $file }: لا يوجد ملف بهذا الاسم في المنهج؛ أفلت المجلد لإضافة ملفات جديدة
preview-ambiguous-file = { $file } موجود في عدة أماكن ({ $list })؛ أفلت المجلد، أو الملف من داخل مجلد لغته
preview-folder = المجلد «{ $name }»: { $count ->
        [zero] لا ملفات
        [one] ملف واحد
        [two] ملفان
        [few] { $count } ملفات
        [many] { $count } ملفًا
       *[other] { $count } ملف
    }
preview-files-read = الملفات المقروءة
preview-bytes = ({ $count ->
        [zero] لا بايتات
        [one] بايت واحد
        [two] بايتان
        [few] { $count } بايتات
        [many] { $count } بايتًا
       *[other] { $count } بايت
    })
preview-forget = نسيان هذه الملفات
preview-ok = لم يُعثر على مشكلات.
preview-warnings = تحذيرات
preview-problems = مشكلات يجب إصلاحها قبل أن يتمكّن المتدرّبون من استخدامه
preview-open = المعاينة كما يراها المتدرّبون
preview-answers-kept = تُحفظ الإجابات التي تقدّمها في المعاينة في هذا المتصفح كإجابات المتدرّب؛ ويمحوها زر «البدء من جديد» في صفحة المنهج.
preview-banner = معاينة: يُعرض «{ $name }» من الملفات التي أفلتّها، لا من هذا الموقع.
preview-back = العودة إلى نتائج الفحص
preview-end = إنهاء المعاينة
cohort-title = تحليلات المجموعة
cohort-lead = أفلت ملفات النتائج التي نزّلها المتدرّبون من صفحة «النتائج» (المئات دفعة واحدة، أو مجلدًا أو ملف zip لها) لترى أداء المجموعة: الإكمال، والأسئلة، وتمارين الربط، والمراجع الأكثر اختيارًا خطأً أو إغفالًا، والاتفاق بين المتدرّبين، ومن قد يحتاج إلى المساعدة. تُقرأ الملفات في هذا المتصفح؛ ولا يُرفع أي شيء.
cohort-curriculum = المنهج
cohort-curriculum-problems = في هذا المنهج مشكلات، فلا يمكن تحليل النتائج على أساسه
cohort-not-json = { $file }: ليس ملف نتائج ‎.json، استُبعد
cohort-drop = أفلت هنا ملفات النتائج (‎.json) أو مجلدًا أو ملف zip لها
cohort-files-read = { $count ->
        [zero] لم يُقرأ أي ملف.
        [one] قُرئ ملف واحد.
        [two] قُرئ ملفان.
        [few] قُرئت { $count } ملفات.
        [many] قُرئ { $count } ملفًا.
       *[other] قُرئ { $count } ملف.
    } أفلت المزيد لإضافتها.
cohort-start-again = البدء من جديد
cohort-none = لا شيء
cohort-key = مفتاح الإجابة:
cohort-report-title = { $title } (الإصدار { $version })
cohort-trainees-from = { $count ->
        [one] متدرّب
        [two] متدرّبان
        [few] متدرّبين
       *[other] متدرّبًا
    } من { $files ->
        [one] ملف واحد
        [two] ملفين
        [few] { $files } ملفات
       *[other] { $files } ملفًا
    }؛
cohort-left-out = مستبعد.
cohort-print = طباعة التقرير
cohort-csv-trainees = المتدرّبون (CSV)
cohort-refused = الملفات المستبعدة
cohort-csv-refused = الملفات المستبعدة (CSV)
cohort-help = متدرّبون قد يحتاجون إلى المساعدة ({ $count })
cohort-help-criteria = يُدرج المتدرّب في القائمة إذا أجاب إجابة صحيحة عن أقل من نصف أسئلته (مع الإجابة عن { $answered } أسئلة أو أكثر)، أو احتاج إلى { $attempted } محاولات أو أكثر في { $count } أسئلة أو أكثر، أو حصل على أقل من { $score } في تمرين ربط، أو أكمل أقل من نصف الدروس. هذه مداخل للحوار، لا درجات.
cohort-help-nobody = لا أحد، وفق هذه المعايير.
cohort-modules = الإكمال حسب الوحدة
cohort-col-module = الوحدة
cohort-col-lessons = الدروس
cohort-col-completed = أكملوا
cohort-col-started = بدأوا
cohort-col-lessons-done = الدروس المنجزة، في المتوسط
cohort-csv-modules = الوحدات (CSV)
cohort-questions = الأسئلة
cohort-col-question = السؤال
cohort-col-answered = أجابوا
cohort-col-right = صحيحة
cohort-col-share-right = نسبة الإجابات الصحيحة
cohort-col-tries = المحاولات، في المتوسط
cohort-col-options = الخيارات المختارة (✓ صحيح)
cohort-csv-questions = الأسئلة (CSV)
cohort-mappings = تمارين الربط
cohort-mappings-explain = أفضل الدرجات لكل متدرّب، في خمس فئات من 20 %. ولكل أولوية: متوسط الدرجة، والمراجع الأكثر اختيارًا دون احتسابها (خاطئة)، والمراجع المتوقعة الأكثر إغفالًا (مُغفلة، مع مسوّغ مفتاح الإجابة)، ومعامل كابا لفليس، الذي يقيس مدى اتفاق المتدرّبين على المراجع التي تنتمي إلى الأولوية بما يتجاوز المصادفة: 1 اتفاق تام، و0 لا يزيد على المصادفة، وما دون 0 أقل من المصادفة.
cohort-csv-exercises = التمارين (CSV)
cohort-csv-priorities = الأولويات (CSV)
cohort-csv-references = المراجع الخاطئة والمُغفلة (CSV)
cohort-attempted = حاول: { $count }
cohort-best-scores = ؛ أفضل درجة: المتوسط { $mean }، والوسيط { $median }، والأدنى { $min }، والأعلى { $max }؛ المحاولات في المتوسط: { $tries }.
cohort-col-mean-score = متوسط الدرجة
cohort-col-wrong = الأكثر خطأً
cohort-col-missed = الأكثر إغفالًا
cohort-col-kappa = الاتفاق (كابا)

## التقدّم ومساحات العمل المحفوظة
storage-unavailable = لا يمكن حفظ التقدّم في هذا المتصفح ({ $why }). سيضيع عند إغلاق علامة التبويب هذه.
storage-progress-kept-aside = تعذّر استخدام تقدّمك المحفوظ: { $why }. وقد نُحّي جانبًا في مخزن هذا المتصفح تحت المفتاح «{ $file }»، وبدأ سجل جديد.
storage-progress-left = تعذّر استخدام تقدّمك المحفوظ: { $why }. وتعذّر نسخه جانبًا (المخزن ممتلئ) فتُرك دون تغيير حتى إجابتك التالية، وبدأ سجل جديد.
storage-save-failed = تعذّر حفظ التقدّم: مخزن هذا المتصفح ممتلئ أو معطّل. سيضيع عند إغلاق علامة التبويب هذه.
ws-store-no-reference = لا يمكن فتح مساحات العمل قبل تحميل النصوص الرسمية.
ws-store-unavailable = لا يمكن قراءة مساحات العمل في هذا المتصفح ({ $why }).
ws-store-kept-aside = تعذّرت قراءة مساحة العمل المحفوظة «{ $id }»: { $why }. وقد نُحّيت جانبًا في مخزن هذا المتصفح تحت المفتاح «{ $file }».
ws-store-left = تعذّرت قراءة مساحة العمل المحفوظة «{ $id }»: { $why }. وتعذّر نسخها جانبًا (المخزن ممتلئ) فتُركت دون تغيير.
ws-store-save-failed = تعذّر حفظ مساحة العمل «{ $name }» ({ $why }). تُحفظ تغييراتك ما دامت علامة التبويب هذه مفتوحة: صدّر مساحة العمل للاحتفاظ بها.
crash-message = حدث خطأ وتوقّف CCA Migration Lab. تقدّمك محفوظ في هذا المتصفح. أعد تحميل الصفحة للمتابعة؛ وإن تكرّر ذلك فأخبر مدرّبك بما كنت تفعله.
file-unreadable = تعذّرت قراءة { $file }
folder-unreadable = تعذّرت قراءة المجلد { $file }
