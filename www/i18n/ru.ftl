# CCA Migration Lab: сообщения интерфейса на русском языке.
# Перевод выполнен участниками проекта; замечания приветствуются (см. README, «Языки»).

## Макет
app-title = CCA Migration Lab
app-tagline = Миграция в общих анализах по стране и рамочных программах сотрудничества
skip-to-main = Перейти к основному содержанию
nav-main = Основная навигация
nav-curricula = Курсы
nav-workspaces = Рабочие пространства
nav-trainers = Инструкторам
language-switcher-label = Язык
language-load-failed = Не удалось загрузить язык «{ $language }» ({ $why }). Интерфейс остаётся на текущем языке; повторите попытку, когда связь восстановится.
footer-sources = Официальные тексты: глобальная система показателей достижения ЦУР (A/RES/71/313, после всеобъемлющего обзора 2025 года, E/CN.3/2025/6); Глобальный договор о безопасной, упорядоченной и легальной миграции (A/RES/73/195). Ваш прогресс хранится в этом браузере.
update-ready = Готова новая версия CCA Migration Lab. Перезагрузите страницу, чтобы её использовать; ваш прогресс сохранится.
update-reload = Перезагрузить
dismiss = Закрыть
page-title = { $title } — CCA Migration Lab

## Названия языков
lang-ar = арабский
lang-zh = китайский
lang-en = английский
lang-fr = французский
lang-ru = русский
lang-es = испанский

## Общие элементы
breadcrumb = Навигационная цепочка
breadcrumb-catalogue = Каталог
lesson-completed-mark = ✓ пройден
loading-catalogue = Загрузка каталога…
loading-curriculum = Загрузка курса…
loading-module = Загрузка модуля…
loading-lesson = Загрузка урока…
loading-reference = Загрузка официальных текстов…
loading-results = Загрузка ваших результатов…
loading-workspace = Загрузка рабочего пространства…
problems-in-curriculum = В файлах курса обнаружены проблемы

## Каталог
catalogue-heading = Курсы
catalogue-lead = Научитесь учитывать миграцию в общих анализах по стране и рамочных программах сотрудничества, опираясь на Глобальный договор о миграции, задачи и показатели ЦУР. Ваши ответы хранятся в этом браузере.
catalogue-problems = В файле каталога есть проблемы
catalogue-empty = На этом сайте пока нет курсов.
catalogue-languages = Языки
catalogue-not-in-your-language = Недоступен на языке: { $language }; показан на языке: { $shown }
catalogue-time = Продолжительность
catalogue-time-value = { $hours ->
    [0] около { $minutes } мин
   *[other] около { $hours } ч { $minutes } мин
}
catalogue-progress = Ваш прогресс
catalogue-not-started = не начат
catalogue-lessons-done = { $count ->
    [one] пройден { $count } урок
    [few] пройдено { $count } урока
    [many] пройдено { $count } уроков
   *[other] пройдено { $count } урока
}
catalogue-card-problem = В файлах этого курса есть проблемы. Откройте его, чтобы их увидеть.

## Страница не найдена
not-found-title = Страница не найдена
not-found-body = Этот адрес не ведёт ни на одну страницу CCA Migration Lab. Возможно, ссылка набрана с ошибкой или курс был переименован.
not-found-back = Перейти в каталог

## Модуль
module-lessons-done = { $total ->
    [one] Пройдено уроков: { $done } из { $total }
   *[other] Пройдено уроков: { $done } из { $total }
}

## Курс
curriculum-language = Язык этого курса
curriculum-broken-title = Курс «{ $id }»
curriculum-broken-lead = Этот курс нельзя показать, так как в его файлах есть проблемы. Остальные курсы это не затрагивает.
back-to-catalogue = Вернуться в каталог
curriculum-not-in-language = Этот курс недоступен на языке «{ $requested }»; он показан на языке «{ $shown }».
curriculum-partly-translated = Ещё не переведено на язык «{ $language }», показано на языке «{ $shown }»: { $modules }.
your-results = Ваши результаты
curriculum-start = Начать
curriculum-continue = Продолжить
curriculum-audience = Для кого
curriculum-minutes = около { $minutes } мин
curriculum-version = Версия
curriculum-modules = Модули
curriculum-trainer-notes = Заметки для инструкторов ({ $count })
curriculum-warnings = Предупреждения в файлах курса
reset-label = Начать заново
reset-confirm = Удалить все ответы и пройденные уроки этого курса? Это действие нельзя отменить.
reset-yes = Да, удалить мой прогресс
reset-no = Сохранить мой прогресс
reset-start = Начать заново…
offline-title = Работа без сети
offline-available = Доступен без сети (версия { $version }): открывается на этом устройстве без подключения.
offline-intro = Открытые вами страницы сохраняются для работы без сети. Чтобы сохранить весь курс на всех языках, сохраните его сейчас.
offline-saving = Сохранение для работы без сети… Сохранено файлов: { $count }.
offline-saved = Сохранено файлов: { $count }. Теперь курс открывается на этом устройстве без сети.
offline-failed = Не сохранено: { $why }. Проверьте подключение и повторите попытку.
offline-save-again = Сохранить последнюю версию ещё раз
offline-save = Сделать этот курс доступным без сети

## Урок
lesson-position = урок { $position } из { $total }
lesson-not-translated = Этот модуль ещё не переведён на язык «{ $language }»; он показан на языке «{ $shown }».
lesson-nav = Уроки
lesson-previous = ← Предыдущий урок
lesson-completed = ✓ Урок пройден
lesson-next = Следующий урок →
lesson-complete-continue = Завершить урок и продолжить →
lesson-complete = Завершить урок
step-question = Проверьте себя
step-reference = Официальные тексты
step-mapping = Упражнение на сопоставление

## Числа
percent = { $value }
x-of-y = { $x } из { $y }

## Справка
reference-title = Справка
reference-load-failed = Не удалось загрузить официальные тексты: { $why }. Проверьте подключение и перезагрузите страницу.
reference-not-found = Ссылка не найдена
reference-not-found-body = «{ $code }» не обозначает ни цель Глобального договора, ни цель, задачу или показатель ЦУР. Найдите нужное ниже.
reference-find = Найти другое
reference-search-label = Код или слова (например, 10.7, gcm 6, денежные переводы)
search-results-count = { $count ->
    [one] { $count } результат
    [few] { $count } результата
    [many] { $count } результатов
   *[other] { $count } результата
}

## Результаты
downloaded = Файл { $name } скачан.
file-not-made = Не удалось создать файл: { $why }.
results-name-label = Ваше имя, как оно должно быть указано (необязательно, хранится только в этом браузере)
results-download = Скачать результаты (JSON)
print-or-pdf = Напечатать или сохранить в PDF
results-kicker = CCA Migration Lab · сведения об обучении
results-lessons = Пройдено уроков
results-questions = Правильные ответы на вопросы
results-questions-value = { $correct } из { $total } (отвечено: { $answered })
results-mappings = Упражнения на сопоставление
results-mappings-value = выполнено { $attempted } из { $total }
results-score = Общий балл
results-status = Статус
results-completed = Завершён
results-in-progress = В процессе
results-version = Версия курса
results-date = Дата
results-table-caption = Упражнения на сопоставление: лучший и последний результат
results-exercise = Упражнение
results-best = Лучший
results-last = Последний
results-attempts = Попытки
results-note = Общий балл учитывает один раз каждый вопрос курса (с правильным ответом или нет) и каждое упражнение на сопоставление (его лучший результат).
back-to-curriculum = Вернуться к курсу

## Вопрос
question-correct = Верно.
question-partly = Не совсем: выбрано правильных вариантов — { $right } из { $total }, неправильных — { $wrong }. Прочитайте пояснение к каждому варианту.
question-wrong = Не совсем. Прочитайте пояснение к каждому варианту.
question-choose-all = Выберите все подходящие варианты
question-choose-one = Выберите один вариант
option-right = ✓ Ваш выбор: верно
option-wrong = ✗ Ваш выбор: неверно
option-missed = ! Правильный ответ, который вы не выбрали
option-not-chosen = Не выбран
try-again = Попробовать ещё раз
check-answer = Проверить ответ

## Диагностика
diagnostics-counts = { $errors ->
    [one] { $errors } ошибка
    [few] { $errors } ошибки
    [many] { $errors } ошибок
   *[other] { $errors } ошибки
}
diagnostics-counts-warnings = { $errors ->
    [one] { $errors } ошибка
    [few] { $errors } ошибки
    [many] { $errors } ошибок
   *[other] { $errors } ошибки
}, { $warnings ->
    [one] { $warnings } предупреждение
    [few] { $warnings } предупреждения
    [many] { $warnings } предупреждений
   *[other] { $warnings } предупреждения
}
diagnostics-place = строка { $line }, столбец { $column }
diagnostics-whole-file = весь файл
diagnostics-error = Ошибка
diagnostics-warning = Предупреждение
diagnostics-fix = Исправление:
diagnostics-cli = Инструкторы получают тот же список командой

## Ссылки и рамки
ref-gcm = Цель { $code } Глобального договора
ref-goal = ЦУР { $code }
ref-target = Задача { $code } ЦУР
ref-indicator = Показатель { $code } ЦУР
framework-gcm = Цели Глобального договора
framework-sdg-targets = Задачи ЦУР
framework-sdg-indicators = Показатели ЦУР

## Упражнение на сопоставление
sentence = { $text }.
precision-recall = точность { $precision }, полнота { $recall }
precision-undefined = не определена (ничего не выбрано)
recall-undefined = не определена (ничего не ожидалось)
mapping-status = Результат { $score } — { $detail }.
mapping-map-to = Сопоставьте с: { $frameworks }.
mapping-priority = Приоритет { $number }
mapping-source = Источник: { $source }
mapping-submit = Отправить
scoring-title = Как начисляются баллы
scoring-credit = Каждая выбранная ссылка приносит баллы:
scoring-1 = 1, если она есть в ключе ответов;
scoring-2 = балл, заданный ключом (0,5, если инструктор не указал иное), если ключ принимает её как частично верную;
scoring-3 = 0,5, если она соседствует с ожидаемой ссылкой на ЦУР: показатель ожидаемой задачи, задача ожидаемого показателя или другой показатель той же задачи;
scoring-4 = 0,25, если она относится к той же ЦУР, что и ожидаемая задача или показатель;
scoring-5 = 0 в остальных случаях. Цели Глобального договора засчитываются, только если они есть в ключе или приняты им.
scoring-match = Каждой ожидаемой ссылке соответствует не более одного выбора — тот, что приносит больше всего. Повторный выбор той же ссылки учитывается один раз.
scoring-f1 = Для каждого приоритета точность — это полученные баллы ÷ число выбранных ссылок (насколько верен ваш выбор); полнота — баллы найденных ожидаемых ссылок ÷ число ожидаемых ссылок (какую часть ключа вы нашли; принятые частичные ссылки учитываются только в точности). F1 = 2 × точность × полнота ÷ (точность + полнота). Приоритет, для которого ничего не ожидается, получает 100 %, если вы ничего не выбрали.
scoring-mean = Результат — это среднее значение F1 по приоритетам, поэтому все они весят одинаково; точность и полнота рядом с ним рассчитаны по всем приоритетам вместе.
mapping-analytics = Анализ вашего сопоставления: охват, пробелы, согласованность
mapping-attempts = Ваши попытки
mapping-attempt = Результат { $score }
verdict-group = { $title } ({ $count })
verdict-right = Верно
verdict-keyed-partial = Частично верно (принято ключом)
verdict-right-target = Частично верно (рядом с ожидаемой ссылкой)
verdict-right-goal = Частично верно (та же цель)
verdict-extra = Не ожидалось
verdict-note = { $verdict } — балл { $credit }.
verdict-note-for = { $verdict } — балл { $credit } за ожидаемую ссылку { $expected }.
verdict-partly-found = Частично найдено через { $reference }.
priority-f1 = F1 { $score }
priority-nothing = Здесь нечего сопоставлять, и вы ничего не выбрали: верно.
group-right = Верно
group-partly = Частично верно
group-missed = Пропущено
group-extra = Не ожидалось

## Справочные карточки
ref-not-in-data = { $code } отсутствует в справочных данных.
ref-under = Относится к
ref-targets = Задачи ({ $count })
ref-indicators = Показатели ({ $count })
ref-repeated = Этот же показатель указан также как:
official-english-stale = (Текст на английском: перевод на язык «{ $language }» старше действующей официальной формулировки.)
official-english-missing = (Текст на английском: в наших данных нет перевода на язык «{ $language }».)
official-english-gcm = (Официальное название на английском: на языке «{ $language }» в наших данных его нет.)
official-arabic-community = Тексты ЦУР на арабском: перевод сообщества (проект Open SDG), не сверенный с официальным текстом ООН.
gcm-commitment = Обязательство (пункт { $paragraph } Глобального договора)
gcm-english-only = Текст Глобального договора показан на английском — на языке оригинала в наших данных.
gcm-actions = Меры ({ $count })
gcm-actions-note = Тексты мер приведены почти дословно; для официальной формулировки цитируйте A/RES/73/195.

## Выбор ссылок
picker-already = { $reference } уже выбрана.
picker-added = Добавлено: { $reference }
picker-removed = Удалено: { $reference }
picker-first-results = Первые результаты ({ $count }); добавьте слова, чтобы сузить поиск.
picker-results = { $count ->
    [0] Ничего не найдено.
    [one] { $count } результат.
    [few] { $count } результата.
    [many] { $count } результатов.
   *[other] { $count } результата.
}
picker-chosen-for = Выбрано для: { $label }
picker-remove = Удалить { $reference }
picker-nothing-chosen = Ничего не выбрано.
picker-nothing-yet = Пока ничего не выбрано.
picker-chosen = выбрано
picker-add = Добавить ссылку
picker-for = для: { $label }
picker-hint = { $kinds }: введите код ({ $examples }) или слова либо выберите из списка. ↓ ↑ — перемещение, Enter — добавить, Esc — закрыть.
picker-browse = Обзор
picker-everything = Всё
picker-references-for = Ссылки для: { $label }
picker-preview-empty = Перемещайтесь по результатам клавишами ↓ ↑, чтобы читать здесь полный официальный текст.
picker-nothing-matches = По запросу «{ $query }» ничего не найдено. Попробуйте код, например { $example }, меньше слов или обзор.

## Рабочие пространства
cancel = Отмена
ws-priorities = { $count ->
    [one] { $count } приоритет
    [few] { $count } приоритета
    [many] { $count } приоритетов
   *[other] { $count } приоритета
}
ws-links = { $count ->
    [one] { $count } связь
    [few] { $count } связи
    [many] { $count } связей
   *[other] { $count } связи
}
ws-untitled = Рабочее пространство без названия
ws-import-failed = Не удалось импортировать { $source }: проблем — { $count }.
ws-import-nothing-changed = Ничего не изменено. Исправьте файл и повторите попытку.
ws-default-name = Рабочее пространство { $number }
ws-pasted-list = Вставленный список
ws-lead = Сопоставьте приоритеты плана — национального плана развития, общего анализа по стране или рамочной программы сотрудничества — с целями Глобального договора, задачами и показателями ЦУР и проанализируйте охват, пробелы и согласованность. Рабочие пространства хранятся в этом браузере: экспортируйте их, чтобы сохранить копию или поделиться.
ws-yours = Ваши рабочие пространства
ws-none-yet = У вас пока нет рабочих пространств. Создайте его ниже.
ws-delete-question = Удалить { $name }?
ws-delete-confirm = Удалить «{ $name }» ({ $facts })? Это действие нельзя отменить; сначала экспортируйте его, чтобы сохранить копию.
ws-delete = Удалить
ws-delete-name = Удалить { $name }
ws-open = Открыть
ws-new = Новое рабочее пространство
ws-created = Создано «{ $name }».
ws-open-it = Открыть его
ws-name-optional = Название (необязательно)
ws-paste-label = Приоритеты, по одному в строке
ws-paste-hint = Вставьте из документа или электронной таблицы. Подойдёт и CSV со столбцом «text» (и, при желании, столбцами «id» и «source»). Оставьте поле пустым, чтобы начать без приоритетов.
ws-create = Создать рабочее пространство
ws-from-file = Или создайте его из файла (.csv, .json или .txt):
ws-workspace = Рабочее пространство
ws-not-found-crumb = Не найдено
ws-not-found = Рабочее пространство не найдено
ws-not-found-body = В этом браузере нет рабочего пространства «{ $id }». Рабочие пространства хранятся в том браузере, где они созданы; чтобы перенести пространство, экспортируйте его там и создайте здесь рабочее пространство из файла.
ws-all = Все рабочие пространства
ws-facts = { $priorities } · { $links } · хранится в этом браузере
ws-name = Название
ws-export-csv = Экспорт в CSV
ws-export-json = Экспорт в JSON
ws-printable-report = Отчёт для печати
ws-replace-label = Заменить приоритеты из файла (.csv, .json или .txt):
ws-replace-question = Заменить приоритеты?
ws-replace-confirm = Заменить приоритеты «{ $name }» ({ $current }) приоритетами из файла { $file } ({ $new })? Текущие приоритеты, связи и заметки будут потеряны; сначала экспортируйте рабочее пространство, чтобы сохранить копию.
ws-replace = Заменить
ws-priorities-title = Приоритеты
ws-no-priorities = Приоритетов пока нет. Добавьте первый ниже.
ws-new-priority = Новый приоритет
ws-add-priority = Добавить приоритет
ws-analysis = Анализ
ws-note-on = Заметка к { $reference } (необязательно)
ws-text-needed = У приоритета должен быть текст. Пока его нет, сохраняется последний текст.
ws-source-optional = Источник (необязательно)
ws-remove-question = Удалить приоритет { $id }?
ws-remove-confirm = Удалить приоритет { $id } и его связи ({ $links })?
ws-remove = Удалить
ws-remove-priority = Удалить приоритет { $id }
ws-note = Заметка: { $note }
ws-source-paren = (источник: { $source })
ws-no-link = Связей нет.
ws-back = Вернуться к рабочему пространству
ws-print = Печать
ws-pdf-hint = Чтобы получить PDF, выберите принтер «Сохранить как PDF».
ws-report-meta = Отчёт о сопоставлении от { $date }, подготовлен в CCA Migration Lab: { $priorities }, { $links }.
ws-report-priorities = Приоритеты и их связи

## Аналитика
list-and = { $init } и { $last }
list-separator = {", "}
an-percent-below-one = <1 %
an-coverage = Охват
an-gaps = Пробелы
an-alignment = Соответствие задачам ЦУР
an-interlinkages = Взаимосвязи
an-objective = Цель { $number }
an-goal = ЦУР { $number }
an-summary-none-gcm = Ни одна из { $total } целей пока не охвачена.
an-summary-none-sdg = Ни одна из { $total } ЦУР пока не охвачена.
an-summary-top = { $name } ({ $count ->
        [one] { $count } приоритет
        [few] { $count } приоритета
        [many] { $count } приоритетов
       *[other] { $count } приоритета
    })
an-summary-gcm = Охвачено целей: { $count } из { $total }; чаще всего охвачены: { $most }; { $rest ->
        [0] охвачены все цели.
        [one] не охвачена { $rest } цель.
        [few] не охвачены { $rest } цели.
        [many] не охвачено { $rest } целей.
       *[other] не охвачено { $rest } цели.
    }
an-summary-sdg = Охвачено ЦУР: { $count } из { $total }; чаще всего охвачены: { $most }; { $rest ->
        [0] охвачены все ЦУР.
       *[other] не охвачено ЦУР: { $rest }.
    }
an-heatmap-gcm = Приоритеты × 23 цели Глобального договора
an-heatmap-sdg = Приоритеты × 17 ЦУР
an-priorities = Приоритеты
an-priority = Приоритет
an-column-title = { $name }: { $label }
an-totals-gcm = Приоритеты, охватывающие цель
an-totals-sdg = Приоритеты, охватывающие ЦУР
an-no-priorities = Пока нет приоритетов для отображения.
an-note-gcm = В ячейке стоит 1, если приоритет связан с целью. Нижняя строка показывает число приоритетов, охватывающих каждый столбец; чем темнее ячейка, тем больше в ней связей.
an-note-sdg = Каждая ячейка показывает число связей приоритета с ЦУР, её задачами и их показателями. Нижняя строка показывает число приоритетов, охватывающих каждый столбец; чем темнее ячейка, тем больше в ней связей.
an-table-show = Показать в виде таблицы
an-table-hide = Скрыть таблицу
an-table-caption = { $title }: число связей
an-gaps-gcm = Цели Глобального договора, не охваченные ни одним приоритетом
an-gaps-gcm-none = Охвачены все цели Глобального договора.
an-gaps-count = { $count } из { $total }:
an-gaps-sdg = Связанные с миграцией задачи ЦУР, не отражённые ни в одном приоритете
an-gaps-sdg-none = Отражены все задачи, связанные с миграцией.
an-target = Задача { $code }
an-gap-why = Почему это важно для миграции
an-gap-source = Источник: { $source }
an-measure-against = Считать относительно
an-set-all = всех задач ({ $total })
an-set-migration = задач, связанных с миграцией ({ $total })
an-share = Отражено { $share } { $set ->
        [migration] задач, связанных с миграцией
       *[all] задач
    }
an-share-detail = . { $x } из { $y } { $set ->
        [migration] задач, связанных с миграцией,
       *[all] задач
    } отражены хотя бы в одном приоритете — напрямую или через один из их показателей.
an-chart-title = Доля отражённых { $set ->
        [migration] задач, связанных с миграцией,
       *[all] задач
    } по ЦУР
an-goal-covered = ЦУР { $number }: { $x } из { $y }
an-bar-value = { $x } из { $y } ({ $share })
an-bars-label = { $share }. По ЦУР: { $list }.
an-bars-none = нет
an-goal-row = ЦУР { $number } · { $label }
an-all-goals = Все ЦУР
an-col-goal = ЦУР
an-col-targets = Задачи
an-col-reflected = Отражено
an-col-share = Доля
an-col-targets-reflected = Отражённые задачи
an-indicators = Показатели для мониторинга отражённых задач
an-no-indicator = В рамочной программе 2025 года показателя нет.
an-none-reflected = Пока не отражена ни одна из { $set ->
        [migration] задач, связанных с миграцией
       *[all] задач
    }.
an-shared = Ссылки, общие для нескольких приоритетов
an-shared-none = Ни одна ссылка не связана более чем с одним приоритетом.
an-shared-by = { $count ->
        [one] { $count } приоритет
        [few] { $count } приоритета
        [many] { $count } приоритетов
       *[other] { $count } приоритета
    }: { $list }
an-reach = Приоритеты по охвату
an-reach-caption = Цели Глобального договора и ЦУР, затрагиваемые каждым приоритетом, от самого широкого охвата
an-col-gcm = Цели Глобального договора
an-col-sdgs = ЦУР
an-col-links = Связи
an-unlinked = Приоритеты без связей
an-unlinked-none = У каждого приоритета есть хотя бы одна связь.

## Предложения и подсказки
suggest-intro = Предложения: приложение предлагает для каждого приоритета цели Глобального договора, задачи и показатели ЦУР, указывая совпавшие слова; вы принимаете или отклоняете каждое. Ничего не связывается, пока вы не примете предложение.
suggest-language = Язык приоритетов
suggest-all = Предложить для всех
suggest = Предложить
suggest-for-label = Предложить связи для приоритета { $id }
suggest-heading = Предложения для приоритета { $id }
suggest-wait = Подбор предложений…
suggest-stale = Текст приоритета с тех пор изменился: запросите предложения снова, чтобы их обновить.
suggest-goals = ЦУР, признанные относящимися к делу: { $list }.
suggest-score = (оценка { $score })
suggest-evidence = Основания:
suggest-accept = Принять
suggest-add = Добавить
suggest-accept-label = { $action }: { $reference } для приоритета { $id }
suggest-reject = Отклонить
suggest-reject-label = Отклонить { $reference } для приоритета { $id }
suggest-none-left = Других предложений нет: механизм не нашёл ничего достаточно относящегося к делу, или каждое предложение уже принято или отклонено.
suggest-close = Закрыть предложения
suggest-close-label = Закрыть предложения для приоритета { $id }
suggest-found-one = { $count ->
        [0] Нет предложений
        [one] { $count } предложение
        [few] { $count } предложения
        [many] { $count } предложений
       *[other] { $count } предложения
    } для приоритета { $id }.
suggest-found-many = { $count ->
        [0] Нет предложений
        [one] { $count } предложение
        [few] { $count } предложения
        [many] { $count } предложений
       *[other] { $count } предложения
    } для приоритетов: { $total }.
suggest-rejected = { $reference } отклонено для приоритета { $id }.
suggest-linked = { $reference } связано с приоритетом { $id }.
suggest-added = { $reference } добавлено к приоритету { $id }.
suggest-not-loaded = Не удалось загрузить механизм предложений. Проверьте подключение и повторите попытку (после первого использования он работает и без подключения).
suggest-request-failed = Не удалось составить запрос.
hints = Подсказки
hints-label = Подсказки для приоритета { $number }

## Страницы для инструкторов
decimal-separator = {","}
diagnostics-snippet-line = строка { $line }
drop-choose-files = Выбрать файлы…
drop-choose-folder = Выбрать папку…
drop-reading = Чтение файлов…
drop-local-only = Ничего не загружается на сервер: файлы читаются только в этом браузере.
preview-title = Проверка и предварительный просмотр курса
preview-lead-before = Перетащите сюда папку курса (или её zip-архив), чтобы проверить её по тем же правилам, что и
preview-lead-after = и прочитать курс так, как его увидят слушатели, на каждом из его языков. Измените файл, перетащите его снова — проверки и просмотр обновятся. Файлы остаются в этом браузере: ничего не загружается и не публикуется.
preview-cohort-link = Аналитика по группе на основе файлов результатов слушателей →
preview-reference-failed = Не удалось загрузить официальные тексты ЦУР и Глобального договора, необходимые для проверки: { $why }. Проверьте подключение и перезагрузите страницу.
preview-drop = Перетащите сюда папку курса, её zip-архив или изменённые файлы
preview-drop-folder-first = { $file }: сначала перетащите всю папку курса (или её zip-архив), затем — отдельные файлы, чтобы заменить их
preview-no-such-file = { $file }: в курсе нет файла с таким именем; чтобы добавить новые файлы, перетащите папку
preview-ambiguous-file = { $file } находится в нескольких местах ({ $list }); перетащите папку или файл из папки его языка
preview-folder = Папка «{ $name }»: { $count ->
        [one] { $count } файл
        [few] { $count } файла
        [many] { $count } файлов
       *[other] { $count } файла
    }
preview-files-read = Прочитанные файлы
preview-bytes = ({ $count ->
        [one] { $count } байт
        [few] { $count } байта
        [many] { $count } байт
       *[other] { $count } байта
    })
preview-forget = Забыть эти файлы
preview-ok = Проблем не найдено.
preview-warnings = Предупреждения
preview-problems = Проблемы, которые нужно исправить, прежде чем слушатели смогут пользоваться курсом
preview-open = Просмотр глазами слушателей
preview-answers-kept = Ответы, данные при просмотре, сохраняются в этом браузере как ответы слушателя; кнопка «Начать заново» на странице курса удаляет их.
preview-banner = Просмотр: «{ $name }» показан из перетащенных вами файлов, а не с этого сайта.
preview-back = Вернуться к проверкам
preview-end = Завершить просмотр
cohort-title = Аналитика по группе
cohort-lead = Перетащите сюда файлы результатов, которые слушатели скачали со своей страницы «Результаты» (сотни сразу, или папку, или zip-архив с ними), чтобы увидеть итоги группы: прохождение, вопросы, упражнения на сопоставление, ссылки, чаще всего выбранные ошибочно или пропущенные, согласие между слушателями и тех, кому может понадобиться помощь. Файлы читаются в этом браузере; ничего не загружается на сервер.
cohort-curriculum = Курс
cohort-curriculum-problems = В этом курсе есть проблемы, поэтому результаты нельзя проанализировать по нему
cohort-not-json = { $file }: не файл результатов .json, исключён
cohort-drop = Перетащите сюда файлы результатов (.json), папку или zip-архив с ними
cohort-files-read = { $count ->
        [one] Прочитан { $count } файл.
        [few] Прочитано { $count } файла.
        [many] Прочитано { $count } файлов.
       *[other] Прочитано { $count } файла.
    } Перетащите ещё, чтобы добавить.
cohort-start-again = Начать заново
cohort-none = нет
cohort-key = Ключ:
cohort-report-title = { $title } (версия { $version })
cohort-trainees-from = { $count ->
        [one] слушатель
        [few] слушателя
        [many] слушателей
       *[other] слушателя
    } из { $files ->
        [one] { $files } файла
       *[other] { $files } файлов
    };
cohort-left-out = исключено.
cohort-print = Распечатать отчёт
cohort-csv-trainees = Слушатели (CSV)
cohort-refused = Исключённые файлы
cohort-csv-refused = Исключённые файлы (CSV)
cohort-help = Слушатели, которым может понадобиться помощь ({ $count })
cohort-help-criteria = Слушатель попадает в список, если правильно ответил менее чем на половину своих вопросов (при { $answered } и более ответах), потратил { $attempted } и более попыток на { $count } и более вопросах, набрал меньше { $score } в упражнении на сопоставление или завершил менее половины уроков. Это повод для разговора, а не оценка.
cohort-help-nobody = Никто — по этим критериям.
cohort-modules = Прохождение по модулям
cohort-col-module = Модуль
cohort-col-lessons = Уроки
cohort-col-completed = Завершили
cohort-col-started = Начали
cohort-col-lessons-done = Пройдено уроков, в среднем
cohort-csv-modules = Модули (CSV)
cohort-questions = Вопросы
cohort-col-question = Вопрос
cohort-col-answered = Ответили
cohort-col-right = Верно
cohort-col-share-right = Доля верных
cohort-col-tries = Попыток, в среднем
cohort-col-options = Выбранные варианты (✓ верный)
cohort-csv-questions = Вопросы (CSV)
cohort-mappings = Упражнения на сопоставление
cohort-mappings-explain = Лучшие результаты каждого слушателя в пяти интервалах по 20 %. По каждому приоритету: средний результат, ссылки, чаще всего выбранные без зачёта (ошибочные), и ожидаемые ссылки, чаще всего не найденные (пропущенные, с обоснованием из ключа), а также каппа Флейсса — мера того, насколько слушатели согласны в том, какие ссылки относятся к приоритету, сверх случайного совпадения: 1 — полное согласие, 0 — не больше случайного, ниже 0 — меньше случайного.
cohort-csv-exercises = Упражнения (CSV)
cohort-csv-priorities = Приоритеты (CSV)
cohort-csv-references = Ошибочные и пропущенные ссылки (CSV)
cohort-attempted = Выполнили: { $count }
cohort-best-scores = ; лучший результат: среднее { $mean }, медиана { $median }, минимум { $min }, максимум { $max }; попыток в среднем: { $tries }.
cohort-col-mean-score = Средний результат
cohort-col-wrong = Чаще всего ошибочные
cohort-col-missed = Чаще всего пропущенные
cohort-col-kappa = Согласие (каппа)

## Сохранённый прогресс и рабочие пространства
storage-unavailable = Прогресс нельзя сохранить в этом браузере ({ $why }). Он будет потерян при закрытии вкладки.
storage-progress-kept-aside = Сохранённый прогресс не удалось использовать: { $why }. Он отложен в хранилище этого браузера под ключом «{ $file }», и начата новая запись.
storage-progress-left = Сохранённый прогресс не удалось использовать: { $why }. Его не удалось отложить (хранилище заполнено), и он оставлен без изменений до вашего следующего ответа; начата новая запись.
storage-save-failed = Не удалось сохранить прогресс: хранилище этого браузера заполнено или отключено. Прогресс будет потерян при закрытии вкладки.
ws-store-no-reference = Рабочие пространства нельзя открыть до загрузки официальных текстов.
ws-store-unavailable = В этом браузере нельзя прочитать рабочие пространства ({ $why }).
ws-store-kept-aside = Не удалось прочитать сохранённое рабочее пространство «{ $id }»: { $why }. Оно отложено в хранилище этого браузера под ключом «{ $file }».
ws-store-left = Не удалось прочитать сохранённое рабочее пространство «{ $id }»: { $why }. Его не удалось отложить (хранилище заполнено), и оно оставлено без изменений.
ws-store-save-failed = Не удалось сохранить рабочее пространство «{ $name }» ({ $why }). Изменения сохраняются, пока эта вкладка открыта: экспортируйте рабочее пространство, чтобы их не потерять.
crash-message = Произошла ошибка, и CCA Migration Lab остановилась. Ваш прогресс сохранён в этом браузере. Перезагрузите страницу, чтобы продолжить; если это повторится, расскажите инструктору, что вы делали.
file-unreadable = не удалось прочитать { $file }
folder-unreadable = не удалось прочитать папку { $file }
