# CCA Migration Lab：界面中文文本。
# 本项目自行翻译，欢迎审校（见 README“语言”一节）。

## 布局
app-title = CCA Migration Lab
app-tagline = 将移民问题纳入共同国家分析和合作框架
skip-to-main = 跳至主要内容
nav-main = 主导航
nav-curricula = 课程
nav-workspaces = 工作区
nav-trainers = 培训人员
language-switcher-label = 语言
language-load-failed = 无法加载{ $language }（{ $why }）。界面保持当前语言；请在网络恢复后重试。
footer-sources = 官方文本：可持续发展目标全球指标框架（A/RES/71/313，经2025年全面审查后，E/CN.3/2025/6）；安全、有序和正常移民全球契约（A/RES/73/195）。您的学习进度保存在本浏览器中。
update-ready = CCA Migration Lab 新版本已就绪。重新加载即可使用；您的进度将保留。
update-reload = 立即重新加载
dismiss = 关闭
page-title = { $title } — CCA Migration Lab

## 语言名称
lang-ar = 阿拉伯文
lang-zh = 中文
lang-en = 英文
lang-fr = 法文
lang-ru = 俄文
lang-es = 西班牙文

## 通用
breadcrumb = 导航路径
breadcrumb-catalogue = 课程目录
lesson-completed-mark = ✓ 已完成
loading-catalogue = 正在加载课程目录…
loading-curriculum = 正在加载课程…
loading-module = 正在加载单元…
loading-lesson = 正在加载课时…
loading-reference = 正在加载官方文本…
loading-results = 正在加载您的成绩…
loading-workspace = 正在加载工作区…
problems-in-curriculum = 课程文件中发现问题

## 课程目录
catalogue-heading = 课程
catalogue-lead = 学习如何依据《全球移民契约》以及可持续发展目标的具体目标和指标，将移民问题纳入共同国家分析和合作框架。您的答案保存在本浏览器中。
catalogue-problems = 课程目录文件有问题
catalogue-empty = 本网站暂无课程。
catalogue-languages = 语言
catalogue-not-in-your-language = 无{ $language }版本；以{ $shown }显示
catalogue-time = 时长
catalogue-time-value = { $hours ->
    [0] 约 { $minutes } 分钟
   *[other] 约 { $hours } 小时 { $minutes } 分钟
}
catalogue-progress = 您的进度
catalogue-not-started = 尚未开始
catalogue-lessons-done = 已完成 { $count } 个课时
catalogue-card-problem = 该课程的文件有问题。打开课程即可查看。

## 未找到页面
not-found-title = 未找到页面
not-found-body = 该地址不指向 CCA Migration Lab 的任何页面。链接可能输入有误，或课程已更名。
not-found-back = 前往课程目录

## 单元
module-lessons-done = 已完成 { $done }/{ $total } 个课时

## 课程
curriculum-language = 本课程的语言
curriculum-broken-title = 课程“{ $id }”
curriculum-broken-lead = 该课程的文件有问题，无法显示。其他课程不受影响。
back-to-catalogue = 返回课程目录
curriculum-not-in-language = 本课程没有{ $requested }版本，现以{ $shown }显示。
curriculum-partly-translated = 尚未译成{ $language }，以{ $shown }显示：{ $modules }。
your-results = 您的成绩
curriculum-start = 开始
curriculum-continue = 继续
curriculum-audience = 适用对象
curriculum-minutes = 约 { $minutes } 分钟
curriculum-version = 版本
curriculum-modules = 单元
curriculum-trainer-notes = 培训者须知（{ $count }）
curriculum-warnings = 课程文件中的警告
reset-label = 重新开始
reset-confirm = 清除本课程的所有答案和已完成课时？此操作无法撤销。
reset-yes = 是，清除我的进度
reset-no = 保留我的进度
reset-start = 重新开始…
offline-title = 离线使用
offline-available = 可离线使用（版本 { $version }）：在本设备上无需网络即可打开。
offline-intro = 您打开过的页面会保存下来供离线使用。如需保存整个课程（所有语言），请立即保存。
offline-saving = 正在保存以供离线使用… 已保存 { $count } 个文件。
offline-saved = 已保存 { $count } 个文件。现在本设备无需网络即可打开本课程。
offline-failed = 未保存：{ $why }。请检查网络连接后重试。
offline-save-again = 再次保存最新版本
offline-save = 保存本课程以供离线使用

## 课时
lesson-position = 第 { $position } 课时，共 { $total } 课时
lesson-not-translated = 本单元尚未译成{ $language }，现以{ $shown }显示。
lesson-nav = 课时
lesson-previous = ← 上一课时
lesson-completed = ✓ 课时已完成
lesson-next = 下一课时 →
lesson-complete-continue = 完成课时并继续 →
lesson-complete = 完成课时
step-question = 检查您的理解
step-reference = 官方文本
step-mapping = 对应练习

## 数字
percent = { $value }
x-of-y = { $x }/{ $y }

## 参考
reference-title = 参考
reference-load-failed = 无法加载官方文本：{ $why }。请检查网络连接并重新加载页面。
reference-not-found = 未找到参考条目
reference-not-found-body = “{ $code }”不对应任何全球契约目标，也不对应任何可持续发展目标、具体目标或指标。请在下方搜索。
reference-find = 查找其他条目
reference-search-label = 编号或关键词（例如 10.7、gcm 6、汇款）
search-results-count = { $count } 个结果

## 成绩
downloaded = 已下载 { $name }。
file-not-made = 无法生成文件：{ $why }。
results-name-label = 您希望显示的姓名（可选，仅保存在本浏览器中）
results-download = 下载成绩（JSON）
print-or-pdf = 打印或另存为 PDF
results-kicker = CCA Migration Lab · 学习记录
results-lessons = 已完成课时
results-questions = 答对的问题
results-questions-value = { $correct }/{ $total }（已作答 { $answered }）
results-mappings = 对应练习
results-mappings-value = 已尝试 { $attempted }/{ $total }
results-score = 总分
results-status = 状态
results-completed = 已完成
results-in-progress = 进行中
results-version = 课程版本
results-date = 日期
results-table-caption = 对应练习：最佳成绩和最近成绩
results-exercise = 练习
results-best = 最佳
results-last = 最近
results-attempts = 尝试次数
results-note = 总分将课程中每个问题（无论对错）和每个对应练习（取其最佳成绩）各计一次。
back-to-curriculum = 返回课程

## 问题
question-correct = 正确。
question-partly = 不完全正确：选对 { $right } 个（共 { $total } 个正确选项），选错 { $wrong } 个。请阅读每个选项的反馈。
question-wrong = 不完全正确。请阅读每个选项的反馈。
question-choose-all = 选择所有适用项
question-choose-one = 选择一项
option-right = ✓ 您的选择：正确
option-wrong = ✗ 您的选择：不正确
option-missed = ! 您未选择的正确答案
option-not-chosen = 未选择
try-again = 再试一次
check-answer = 检查答案

## 诊断
diagnostics-counts = { $errors } 个错误
diagnostics-counts-warnings = { $errors } 个错误，{ $warnings } 个警告
diagnostics-place = 第 { $line } 行，第 { $column } 列
diagnostics-whole-file = 整个文件
diagnostics-error = 错误
diagnostics-warning = 警告
diagnostics-fix = 修正：
diagnostics-cli = 培训者运行以下命令可看到同一列表：

## 参考条目和框架
ref-gcm = 全球契约目标 { $code }
ref-goal = 可持续发展目标 { $code }
ref-target = 可持续发展目标具体目标 { $code }
ref-indicator = 可持续发展目标指标 { $code }
framework-gcm = 全球契约目标
framework-sdg-targets = 可持续发展目标具体目标
framework-sdg-indicators = 可持续发展目标指标

## 对应练习
sentence = { $text }。
precision-recall = 精确率 { $precision }，召回率 { $recall }
precision-undefined = 无定义（未选择任何条目）
recall-undefined = 无定义（无预期条目）
mapping-status = 得分 { $score } — { $detail }。
mapping-map-to = 对应至：{ $frameworks }。
mapping-priority = 优先事项 { $number }
mapping-source = 来源：{ $source }
mapping-submit = 提交
scoring-title = 计分方法
scoring-credit = 您选择的每个参考条目可获得分值：
scoring-1 = 答案要点预期该条目时得 1 分；
scoring-2 = 答案要点接受该条目为部分正确时，得要点规定的分值（除非培训者另行设定，否则为 0.5）；
scoring-3 = 与预期的可持续发展目标条目相邻时得 0.5 分：预期具体目标下的指标、预期指标所属的具体目标，或同一具体目标下的另一指标；
scoring-4 = 与预期的具体目标或指标属于同一可持续发展目标时得 0.25 分；
scoring-5 = 其他情况得 0 分。全球契约目标仅在答案要点预期或接受时计分。
scoring-match = 每个预期条目最多与一个选择匹配，即得分最高的那个。重复选择同一条目只计一次。
scoring-f1 = 对每个优先事项，精确率 = 所得分值 ÷ 所选条目数（所选内容中正确的比例）；召回率 = 找到的预期条目的分值 ÷ 预期条目数（找到的答案要点比例；被接受的部分正确条目只计入精确率）。F1 = 2 × 精确率 × 召回率 ÷（精确率 + 召回率）。不预期任何条目的优先事项，若您未作任何选择，得 100%。
scoring-mean = 得分为各优先事项 F1 的平均值，因此每个优先事项权重相同；同时显示的精确率和召回率按全部优先事项合并计算。
mapping-analytics = 您的对应分析：覆盖范围、缺口、一致性
mapping-attempts = 您的尝试
mapping-attempt = 得分 { $score }
verdict-group = { $title }（{ $count }）
verdict-right = 正确
verdict-keyed-partial = 部分正确（答案要点接受）
verdict-right-target = 部分正确（与预期条目相邻）
verdict-right-goal = 部分正确（目标正确）
verdict-extra = 非预期
verdict-note = { $verdict } — 分值 { $credit }。
verdict-note-for = { $verdict } — 分值 { $credit }，对应预期条目 { $expected }。
verdict-partly-found = 通过 { $reference } 部分找到。
priority-f1 = F1 { $score }
priority-nothing = 此处无需对应，您也未作选择：正确。
group-right = 正确
group-partly = 部分正确
group-missed = 遗漏
group-extra = 非预期

## 参考卡片
ref-not-in-data = 参考数据中没有 { $code }。
ref-under = 隶属于
ref-targets = 具体目标（{ $count }）
ref-indicators = 指标（{ $count }）
ref-repeated = 同一指标还列为：
official-english-stale = （英文文本：{ $language }译文早于现行官方措辞。）
official-english-missing = （英文文本：我们的数据中没有{ $language }译文。）
official-english-gcm = （英文官方标题：我们的数据中没有{ $language }版本。）
official-arabic-community = 阿拉伯文可持续发展目标文本：社区翻译（Open SDG 项目），未经与联合国官方文本核对。
gcm-commitment = 承诺（全球契约第 { $paragraph } 段）
gcm-english-only = 全球契约文本以英文显示，即我们数据中的原始语言。
gcm-actions = 行动（{ $count }）
gcm-actions-note = 行动文本近乎逐字；引用官方措辞请以 A/RES/73/195 为准。

## 参考条目选择器
picker-already = 已选择 { $reference }。
picker-added = 已添加 { $reference }
picker-removed = 已移除 { $reference }
picker-first-results = 前 { $count } 个结果；添加关键词以缩小范围。
picker-results = { $count ->
    [0] 无结果。
   *[other] { $count } 个结果。
}
picker-chosen-for = 已为以下事项选择：{ $label }
picker-remove = 移除 { $reference }
picker-nothing-chosen = 未选择任何条目。
picker-nothing-yet = 尚未选择任何条目。
picker-chosen = 已选择
picker-add = 添加参考条目
picker-for = 用于：{ $label }
picker-hint = { $kinds }：输入编号（{ $examples }）或关键词，或浏览。↓ ↑ 移动，Enter 添加，Esc 关闭。
picker-browse = 浏览
picker-everything = 全部
picker-references-for = 以下事项的参考条目：{ $label }
picker-preview-empty = 用 ↓ ↑ 浏览结果，即可在此阅读每条官方文本全文。
picker-nothing-matches = 没有与“{ $query }”匹配的结果。请尝试编号（如 { $example }）、减少关键词或浏览。

## 工作区
cancel = 取消
ws-priorities = { $count } 个优先事项
ws-links = { $count } 个关联
ws-untitled = 未命名工作区
ws-import-failed = 无法导入 { $source }：{ $count } 个问题。
ws-import-nothing-changed = 未作任何更改。请修正文件后重试。
ws-default-name = 工作区 { $number }
ws-pasted-list = 粘贴的列表
ws-lead = 将某项规划（国家发展规划、共同国家分析或合作框架）的优先事项对应至全球契约目标以及可持续发展目标的具体目标和指标，并分析覆盖范围、缺口和一致性。工作区保存在本浏览器中：导出即可保留副本或与他人共享。
ws-yours = 您的工作区
ws-none-yet = 您还没有工作区。请在下方新建。
ws-delete-question = 删除 { $name }？
ws-delete-confirm = 删除“{ $name }”（{ $facts }）？此操作无法撤销；如需保留副本，请先导出。
ws-delete = 删除
ws-delete-name = 删除 { $name }
ws-open = 打开
ws-new = 新建工作区
ws-created = 已创建“{ $name }”。
ws-open-it = 打开
ws-name-optional = 名称（可选）
ws-paste-label = 优先事项，每行一项
ws-paste-hint = 可从文档或电子表格粘贴。也可使用带有“text”列（以及可选的“id”和“source”列）的 CSV。留空则从零开始。
ws-create = 创建工作区
ws-from-file = 或从文件（.csv、.json 或 .txt）创建：
ws-workspace = 工作区
ws-not-found-crumb = 未找到
ws-not-found = 未找到工作区
ws-not-found-body = 本浏览器中没有工作区“{ $id }”。工作区保存在创建它的浏览器中；如需转移，请在原浏览器中导出，再在此处用该文件新建工作区。
ws-all = 所有工作区
ws-facts = { $priorities } · { $links } · 保存在本浏览器中
ws-name = 名称
ws-export-csv = 导出 CSV
ws-export-json = 导出 JSON
ws-printable-report = 可打印报告
ws-replace-label = 用文件（.csv、.json 或 .txt）替换优先事项：
ws-replace-question = 替换优先事项？
ws-replace-confirm = 用 { $file } 中的 { $new } 替换“{ $name }”的 { $current }？当前的优先事项、关联和备注将丢失；如需保留副本，请先导出工作区。
ws-replace = 替换
ws-priorities-title = 优先事项
ws-no-priorities = 暂无优先事项。请在下方添加第一项。
ws-new-priority = 新优先事项
ws-add-priority = 添加优先事项
ws-analysis = 分析
ws-note-on = 关于 { $reference } 的备注（可选）
ws-text-needed = 优先事项需要文本。在补充文本之前，保留上一次的文本。
ws-source-optional = 来源（可选）
ws-remove-question = 移除优先事项 { $id }？
ws-remove-confirm = 移除优先事项 { $id } 及其 { $links }？
ws-remove = 移除
ws-remove-priority = 移除优先事项 { $id }
ws-note = 备注：{ $note }
ws-source-paren = （来源：{ $source }）
ws-no-link = 无关联。
ws-back = 返回工作区
ws-print = 打印
ws-pdf-hint = 如需生成 PDF，请选择“另存为 PDF”作为打印机。
ws-report-meta = 对应报告（{ $date }），由 CCA Migration Lab 生成：{ $priorities }，{ $links }。
ws-report-priorities = 优先事项及其关联

## 分析
list-and = { $init }和{ $last }
list-separator = {"、"}
an-percent-below-one = <1%
an-coverage = 覆盖情况
an-gaps = 空白
an-alignment = 与可持续发展目标具体目标的一致性
an-interlinkages = 相互联系
an-objective = 目标 { $number }
an-goal = 可持续发展目标 { $number }
an-summary-none-gcm = { $total } 个目标尚无一个得到处理。
an-summary-none-sdg = { $total } 个可持续发展目标尚无一个得到处理。
an-summary-top = { $name }（{ $count } 个优先事项）
an-summary-gcm = { $total } 个目标中有 { $count } 个得到处理；处理最多的：{ $most }；{ $rest ->
        [0] 每个目标都得到处理。
       *[other] { $rest } 个目标未得到处理。
    }
an-summary-sdg = { $total } 个可持续发展目标中有 { $count } 个得到处理；处理最多的：{ $most }；{ $rest ->
        [0] 每个可持续发展目标都得到处理。
       *[other] { $rest } 个可持续发展目标未得到处理。
    }
an-heatmap-gcm = 优先事项 × 全球契约 23 个目标
an-heatmap-sdg = 优先事项 × 17 个可持续发展目标
an-priorities = 优先事项
an-priority = 优先事项
an-column-title = { $name }：{ $label }
an-totals-gcm = 涉及该目标的优先事项
an-totals-sdg = 涉及该可持续发展目标的优先事项
an-no-priorities = 尚无可显示的优先事项。
an-note-gcm = 优先事项与该目标相关联时，单元格为 1。最下一行统计涉及每一列的优先事项数；单元格颜色越深，关联越多。
an-note-sdg = 每个单元格统计该优先事项与该可持续发展目标、其具体目标及相应指标的关联数。最下一行统计涉及每一列的优先事项数；单元格颜色越深，关联越多。
an-table-show = 以表格显示
an-table-hide = 隐藏表格
an-table-caption = { $title }：关联数
an-gaps-gcm = 没有优先事项涉及的全球契约目标
an-gaps-gcm-none = 全球契约的每个目标都得到处理。
an-gaps-count = { $total } 个中的 { $count } 个：
an-gaps-sdg = 没有优先事项反映的与移民相关的可持续发展目标具体目标
an-gaps-sdg-none = 每个与移民相关的具体目标都得到反映。
an-target = 具体目标 { $code }
an-gap-why = 对移民的重要性
an-gap-source = 来源：{ $source }
an-measure-against = 衡量范围
an-set-all = 全部 { $total } 个具体目标
an-set-migration = { $total } 个与移民相关的具体目标
an-share = { $set ->
        [migration] 与移民相关的具体目标
       *[all] 具体目标
    }得到反映的比例：{ $share }
an-share-detail = 。{ $y } 个{ $set ->
        [migration] 与移民相关的具体目标
       *[all] 具体目标
    }中有 { $x } 个至少由一个优先事项直接或通过其某一指标得到反映。
an-chart-title = 按可持续发展目标列出的{ $set ->
        [migration] 与移民相关的具体目标
       *[all] 具体目标
    }得到反映的比例
an-goal-covered = 可持续发展目标 { $number }：{ $x }/{ $y }
an-bar-value = { $x }/{ $y }（{ $share }）
an-bars-label = { $share }。按目标：{ $list }。
an-bars-none = 无
an-goal-row = 可持续发展目标 { $number } · { $label }
an-all-goals = 全部目标
an-col-goal = 目标
an-col-targets = 具体目标
an-col-reflected = 得到反映
an-col-share = 比例
an-col-targets-reflected = 得到反映的具体目标
an-indicators = 用于监测得到反映的具体目标的指标
an-no-indicator = 2025 年指标框架中没有指标。
an-none-reflected = 尚无{ $set ->
        [migration] 与移民相关的具体目标
       *[all] 具体目标
    }得到反映。
an-shared = 多个优先事项共有的参考
an-shared-none = 没有参考与一个以上的优先事项相关联。
an-shared-by = { $count } 个优先事项：{ $list }
an-reach = 按覆盖面排列的优先事项
an-reach-caption = 每个优先事项涉及的全球契约目标和可持续发展目标，覆盖面最广的在前
an-col-gcm = 全球契约目标
an-col-sdgs = 可持续发展目标
an-col-links = 关联
an-unlinked = 没有关联的优先事项
an-unlinked-none = 每个优先事项至少有一个关联。

## 建议与提示
suggest-intro = 建议：应用会为每个优先事项提出全球契约目标、可持续发展目标具体目标和指标，并列出匹配的词语；由您逐一接受或拒绝。未经您接受，不会建立任何关联。
suggest-language = 优先事项的语言
suggest-all = 为全部优先事项提出建议
suggest = 提出建议
suggest-for-label = 为优先事项 { $id } 建议关联
suggest-heading = 对优先事项 { $id } 的建议
suggest-wait = 正在生成建议…
suggest-stale = 优先事项的文本已更改：请重新请求建议以更新。
suggest-goals = 判定为相关的可持续发展目标：{ $list }。
suggest-score = （得分 { $score }）
suggest-evidence = 依据：
suggest-accept = 接受
suggest-add = 添加
suggest-accept-label = { $action }{ $reference }（优先事项 { $id }）
suggest-reject = 拒绝
suggest-reject-label = 拒绝{ $reference }（优先事项 { $id }）
suggest-none-left = 没有更多建议：引擎未找到其他足够相关的内容，或每条建议均已接受或拒绝。
suggest-close = 关闭建议
suggest-close-label = 关闭对优先事项 { $id } 的建议
suggest-found-one = 优先事项 { $id }：{ $count ->
        [0] 没有建议。
       *[other] { $count } 条建议。
    }
suggest-found-many = { $total } 个优先事项：{ $count ->
        [0] 没有建议。
       *[other] { $count } 条建议。
    }
suggest-rejected = 已为优先事项 { $id } 拒绝{ $reference }。
suggest-linked = 已将{ $reference }关联到优先事项 { $id }。
suggest-added = 已将{ $reference }添加到优先事项 { $id }。
suggest-not-loaded = 无法加载建议引擎。请检查网络连接后重试（使用过一次后，离线也可使用）。
suggest-request-failed = 无法生成请求。
hints = 提示
hints-label = 优先事项 { $number } 的提示

## 培训人员页面
decimal-separator = {"."}
diagnostics-snippet-line = 第 { $line } 行
drop-choose-files = 选择文件…
drop-choose-folder = 选择文件夹…
drop-reading = 正在读取文件…
drop-local-only = 不会上传任何内容：文件仅在本浏览器中读取。
preview-title = 检查并预览课程
preview-lead-before = 拖放课程文件夹（或其 zip 压缩包），按与以下命令相同的规则进行检查：
preview-lead-after = 并以学员的视角按每种语言阅读课程。修改文件后再次拖放，检查结果和预览随之更新。文件保留在本浏览器中：不会上传或发布任何内容。
preview-cohort-link = 根据学员结果文件进行学员组分析 →
preview-reference-failed = 无法加载检查所需的可持续发展目标和全球契约官方文本：{ $why }。请检查网络连接并重新加载。
preview-drop = 将课程文件夹、其 zip 压缩包或修改过的文件拖放到此处
preview-drop-folder-first = { $file }：请先拖放整个课程文件夹（或其 zip 压缩包），然后再拖放单个文件以替换
preview-no-such-file = { $file }：课程中没有该名称的文件；如需添加新文件，请拖放文件夹
preview-ambiguous-file = { $file } 位于多个位置（{ $list }）；请拖放文件夹，或从其语言文件夹中拖放该文件
preview-folder = 文件夹“{ $name }”：{ $count } 个文件
preview-files-read = 已读取的文件
preview-bytes = （{ $count } 字节）
preview-forget = 忘记这些文件
preview-ok = 未发现问题。
preview-warnings = 警告
preview-problems = 学员使用前需要修正的问题
preview-open = 以学员视角预览
preview-answers-kept = 您在预览中给出的答案会像学员的答案一样保存在本浏览器中；在课程页面点击“重新开始”即可清除。
preview-banner = 预览：“{ $name }”显示的是您拖放的文件，而非本网站的内容。
preview-back = 返回检查结果
preview-end = 结束预览
cohort-title = 学员组分析
cohort-lead = 拖放学员从其“结果”页面下载的结果文件（可一次数百个，或其文件夹、zip 压缩包），查看学员组的情况：完成情况、问题、对应练习、最常选错或遗漏的参考、学员之间的一致性以及可能需要帮助的学员。文件在本浏览器中读取；不会上传任何内容。
cohort-curriculum = 课程
cohort-curriculum-problems = 该课程存在问题，因此无法据此分析结果
cohort-not-json = { $file }：不是 .json 结果文件，已排除
cohort-drop = 将结果文件（.json）、其文件夹或 zip 压缩包拖放到此处
cohort-files-read = 已读取 { $count } 个文件。可继续拖放以添加。
cohort-start-again = 重新开始
cohort-none = 无
cohort-key = 答案要点：
cohort-report-title = { $title }（版本 { $version }）
cohort-trainees-from = 名学员，来自 { $files } 个文件；
cohort-left-out = 个已排除。
cohort-print = 打印报告
cohort-csv-trainees = 学员（CSV）
cohort-refused = 已排除的文件
cohort-csv-refused = 已排除的文件（CSV）
cohort-help = 可能需要帮助的学员（{ $count }）
cohort-help-criteria = 符合以下任一条件的学员会被列出：答对的问题不到一半（且已回答 { $answered } 个或以上）；在 { $count } 个或以上问题上尝试了 { $attempted } 次或以上；在某个对应练习中得分低于 { $score }；或完成的课时不到一半。这些只是交流的提示，而非评分。
cohort-help-nobody = 按这些标准，没有学员。
cohort-modules = 各单元完成情况
cohort-col-module = 单元
cohort-col-lessons = 课时
cohort-col-completed = 已完成
cohort-col-started = 已开始
cohort-col-lessons-done = 平均完成课时
cohort-csv-modules = 单元（CSV）
cohort-questions = 问题
cohort-col-question = 问题
cohort-col-answered = 已回答
cohort-col-right = 答对
cohort-col-share-right = 答对比例
cohort-col-tries = 平均尝试次数
cohort-col-options = 所选选项（✓ 为正确）
cohort-csv-questions = 问题（CSV）
cohort-mappings = 对应练习
cohort-mappings-explain = 每名学员的最佳得分，分为五个 20% 的区间。每个优先事项：平均得分、最常被选中但未得分的参考（错误）、最常未找到的预期参考（遗漏，附答案要点的理由），以及 Fleiss kappa 系数，用于衡量学员在哪些参考属于该优先事项上超出随机水平的一致程度：1 表示完全一致，0 表示不高于随机水平，低于 0 表示低于随机水平。
cohort-csv-exercises = 练习（CSV）
cohort-csv-priorities = 优先事项（CSV）
cohort-csv-references = 错误和遗漏的参考（CSV）
cohort-attempted = { $count } 人尝试
cohort-best-scores = ；最佳得分：平均 { $mean }，中位数 { $median }，最低 { $min }，最高 { $max }；平均尝试次数 { $tries }。
cohort-col-mean-score = 平均得分
cohort-col-wrong = 最常选错
cohort-col-missed = 最常遗漏
cohort-col-kappa = 一致性（kappa）

## 已保存的进度和工作区
storage-unavailable = 无法在本浏览器中保存进度（{ $why }）。关闭此标签页后进度将丢失。
storage-progress-kept-aside = 无法使用您已保存的进度：{ $why }。该进度已另存于本浏览器存储中的键“{ $file }”下，并已开始新的记录。
storage-progress-left = 无法使用您已保存的进度：{ $why }。无法另存（存储已满），在您再次作答前保持不变；已开始新的记录。
storage-save-failed = 无法保存进度：本浏览器的存储已满或已禁用。关闭此标签页后进度将丢失。
ws-store-no-reference = 官方文本加载完成前无法打开工作区。
ws-store-unavailable = 无法在本浏览器中读取工作区（{ $why }）。
ws-store-kept-aside = 无法读取已保存的工作区“{ $id }”：{ $why }。该工作区已另存于本浏览器存储中的键“{ $file }”下。
ws-store-left = 无法读取已保存的工作区“{ $id }”：{ $why }。无法另存（存储已满），已保持不变。
ws-store-save-failed = 无法保存工作区“{ $name }”（{ $why }）。此标签页打开期间您的更改会保留：请导出工作区以保存更改。
crash-message = 出现问题，CCA Migration Lab 已停止运行。您的进度已保存在本浏览器中。请重新加载页面继续；如果再次发生，请告诉您的培训人员您当时在做什么。
file-unreadable = 无法读取 { $file }
folder-unreadable = 无法读取文件夹 { $file }
