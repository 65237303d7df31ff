# CCA Migration Lab: mensajes de la interfaz en español.
# Traducción propia del proyecto; se agradecen las revisiones (véase README, «Idiomas»).

## Estructura
app-title = CCA Migration Lab
app-tagline = La migración en las evaluaciones comunes para los países y los marcos de cooperación
skip-to-main = Ir al contenido principal
nav-main = Navegación principal
nav-curricula = Cursos
nav-workspaces = Espacios de trabajo
nav-trainers = Formadores
language-switcher-label = Idioma
language-load-failed = No se pudo cargar el idioma { $language } ({ $why }). La interfaz sigue en el idioma actual; vuelva a intentarlo cuando se restablezca la conexión.
footer-sources = Textos oficiales: marco de indicadores mundiales de los ODS (A/RES/71/313, tras el examen amplio de 2025, E/CN.3/2025/6); Pacto Mundial para la Migración Segura, Ordenada y Regular (A/RES/73/195). Su progreso se guarda en este navegador.
update-ready = Hay una nueva versión de CCA Migration Lab. Recargue la página para usarla; su progreso se conserva.
update-reload = Recargar ahora
dismiss = Cerrar
page-title = { $title } — CCA Migration Lab

## Nombres de idiomas
lang-ar = árabe
lang-zh = chino
lang-en = inglés
lang-fr = francés
lang-ru = ruso
lang-es = español

## Elementos comunes
breadcrumb = Ruta de navegación
breadcrumb-catalogue = Catálogo
lesson-completed-mark = ✓ completada
loading-catalogue = Cargando el catálogo…
loading-curriculum = Cargando el curso…
loading-module = Cargando el módulo…
loading-lesson = Cargando la lección…
loading-reference = Cargando los textos oficiales…
loading-results = Cargando sus resultados…
loading-workspace = Cargando el espacio de trabajo…
problems-in-curriculum = Problemas encontrados en los archivos del curso

## Catálogo
catalogue-heading = Cursos
catalogue-lead = Aprenda a integrar la migración en las evaluaciones comunes para los países y los marcos de cooperación, con el Pacto Mundial para la Migración y las metas e indicadores de los ODS. Sus respuestas se guardan en este navegador.
catalogue-problems = El archivo del catálogo tiene problemas
catalogue-empty = Este sitio todavía no ofrece cursos.
catalogue-languages = Idiomas
catalogue-not-in-your-language = No disponible en { $language }; se muestra en { $shown }
catalogue-time = Duración
catalogue-time-value = { $hours ->
    [0] unos { $minutes } minutos
   *[other] unas { $hours } h { $minutes } min
}
catalogue-progress = Su progreso
catalogue-not-started = sin empezar
catalogue-lessons-done = { $count ->
    [one] { $count } lección completada
   *[other] { $count } lecciones completadas
}
catalogue-card-problem = Los archivos de este curso tienen problemas. Ábralo para verlos.

## Página no encontrada
not-found-title = Página no encontrada
not-found-body = Esta dirección no lleva a ninguna página de CCA Migration Lab. Puede que el enlace esté mal escrito o que el curso haya cambiado de nombre.
not-found-back = Ir al catálogo

## Módulo
module-lessons-done = { $total ->
    [one] { $done } de { $total } lección completada
   *[other] { $done } de { $total } lecciones completadas
}

## Curso
curriculum-language = Idioma de este curso
curriculum-broken-title = Curso «{ $id }»
curriculum-broken-lead = Este curso no se puede mostrar porque sus archivos tienen problemas. Los demás cursos no se ven afectados.
back-to-catalogue = Volver al catálogo
curriculum-not-in-language = Este curso no está disponible en { $requested }; se muestra en { $shown }.
curriculum-partly-translated = Aún no traducido al { $language }, se muestra en { $shown }: { $modules }.
your-results = Sus resultados
curriculum-start = Empezar
curriculum-continue = Continuar
curriculum-audience = Dirigido a
curriculum-minutes = unos { $minutes } minutos
curriculum-version = Versión
curriculum-modules = Módulos
curriculum-trainer-notes = Notas para formadores ({ $count })
curriculum-warnings = Advertencias en los archivos del curso
reset-label = Empezar de nuevo
reset-confirm = ¿Borrar todas las respuestas y lecciones completadas de este curso? Esta acción no se puede deshacer.
reset-yes = Sí, borrar mi progreso
reset-no = Conservar mi progreso
reset-start = Empezar de nuevo…
offline-title = Uso sin conexión
offline-available = Disponible sin conexión (versión { $version }): se abre sin red en este dispositivo.
offline-intro = Las páginas que abre se guardan para usarlas sin red. Para guardar todo el curso, en todos los idiomas, guárdelo ahora.
offline-saving = Guardando para uso sin conexión… { $count } archivos hasta ahora.
offline-saved = Guardado: { $count } archivos. El curso ya se abre sin red en este dispositivo.
offline-failed = No se guardó: { $why }. Compruebe la conexión y vuelva a intentarlo.
offline-save-again = Guardar de nuevo la última versión
offline-save = Hacer que este curso esté disponible sin conexión

## Lección
lesson-position = lección { $position } de { $total }
lesson-not-translated = Este módulo aún no está traducido al { $language }; se muestra en { $shown }.
lesson-nav = Lecciones
lesson-previous = ← Lección anterior
lesson-completed = ✓ Lección completada
lesson-next = Lección siguiente →
lesson-complete-continue = Completar la lección y continuar →
lesson-complete = Completar la lección
step-question = Compruebe lo que ha aprendido
step-reference = Textos oficiales
step-mapping = Ejercicio de correspondencia

## Números
percent = { $value }
x-of-y = { $x } de { $y }

## Referencia
reference-title = Referencia
reference-load-failed = No se pudieron cargar los textos oficiales: { $why }. Compruebe la conexión y recargue la página.
reference-not-found = Referencia no encontrada
reference-not-found-body = «{ $code }» no designa ningún objetivo del Pacto Mundial ni ningún objetivo, meta o indicador de los ODS. Busque uno a continuación.
reference-find = Buscar otra
reference-search-label = Código o palabras (por ejemplo 10.7, gcm 6, remesas)
search-results-count = { $count ->
    [one] { $count } resultado
   *[other] { $count } resultados
}

## Resultados
downloaded = Se descargó { $name }.
file-not-made = No se pudo crear el archivo: { $why }.
results-name-label = Su nombre, tal como debe figurar (opcional; solo se guarda en este navegador)
results-download = Descargar los resultados (JSON)
print-or-pdf = Imprimir o guardar como PDF
results-kicker = CCA Migration Lab · registro de aprendizaje
results-lessons = Lecciones completadas
results-questions = Preguntas respondidas correctamente
results-questions-value = { $correct } de { $total } ({ $answered } respondidas)
results-mappings = Ejercicios de correspondencia
results-mappings-value = { $attempted } de { $total } intentados
results-score = Puntuación global
results-status = Estado
results-completed = Completado
results-in-progress = En curso
results-version = Versión del curso
results-date = Fecha
results-table-caption = Ejercicios de correspondencia: mejor y última puntuación
results-exercise = Ejercicio
results-best = Mejor
results-last = Última
results-attempts = Intentos
results-note = La puntuación global cuenta una vez cada pregunta (acertada o no) y cada ejercicio de correspondencia (su mejor puntuación) del curso.
back-to-curriculum = Volver al curso

## Pregunta
question-correct = Correcto.
question-partly = No del todo: ha elegido { $right } de { $total } opciones correctas y { $wrong } incorrectas. Lea el comentario de cada opción.
question-wrong = No del todo. Lea el comentario de cada opción.
question-choose-all = Elija todas las que correspondan
question-choose-one = Elija una
option-right = ✓ Su elección: correcta
option-wrong = ✗ Su elección: incorrecta
option-missed = ! Una respuesta correcta que no eligió
option-not-chosen = No elegida
try-again = Intentar de nuevo
check-answer = Comprobar la respuesta

## Diagnóstico
diagnostics-counts = { $errors ->
    [one] { $errors } error
   *[other] { $errors } errores
}
diagnostics-counts-warnings = { $errors ->
    [one] { $errors } error
   *[other] { $errors } errores
}, { $warnings ->
    [one] { $warnings } advertencia
   *[other] { $warnings } advertencias
}
diagnostics-place = línea { $line }, columna { $column }
diagnostics-whole-file = todo el archivo
diagnostics-error = Error
diagnostics-warning = Advertencia
diagnostics-fix = Solución:
diagnostics-cli = Los formadores obtienen la misma lista con el comando

## Referencias y marcos
ref-gcm = Objetivo { $code } del Pacto Mundial
ref-goal = ODS { $code }
ref-target = Meta { $code } de los ODS
ref-indicator = Indicador { $code } de los ODS
framework-gcm = Objetivos del Pacto Mundial
framework-sdg-targets = Metas de los ODS
framework-sdg-indicators = Indicadores de los ODS

## Ejercicio de correspondencia
sentence = { $text }.
precision-recall = precisión { $precision }, exhaustividad { $recall }
precision-undefined = no definida (no eligió nada)
recall-undefined = no definida (no se esperaba nada)
mapping-status = Puntuación { $score } — { $detail }.
mapping-map-to = Relacionar con: { $frameworks }.
mapping-priority = Prioridad { $number }
mapping-source = Fuente: { $source }
mapping-submit = Enviar
scoring-title = Cómo se calcula la puntuación
scoring-credit = Cada referencia que elige obtiene un crédito:
scoring-1 = 1 si la clave de respuestas la espera;
scoring-2 = el crédito propio de la clave (0,5 salvo que el formador fije otro) si la clave la acepta como parcialmente correcta;
scoring-3 = 0,5 si está junto a una referencia de los ODS esperada: un indicador de una meta esperada, la meta de un indicador esperado u otro indicador de la misma meta;
scoring-4 = 0,25 si pertenece al mismo ODS que una meta o un indicador esperados;
scoring-5 = 0 en los demás casos. Los objetivos del Pacto Mundial solo cuentan si la clave los espera o los acepta.
scoring-match = Cada referencia esperada se empareja como máximo con una elección, la que obtiene más. Elegir dos veces la misma referencia cuenta una sola vez.
scoring-f1 = En cada prioridad, la precisión es el crédito obtenido ÷ las referencias elegidas (cuánto de lo elegido es correcto); la exhaustividad es el crédito de las referencias esperadas encontradas ÷ las referencias esperadas (cuánto de la clave encontró; las referencias parciales aceptadas solo suman a la precisión). F1 = 2 × precisión × exhaustividad ÷ (precisión + exhaustividad). Una prioridad que no espera nada obtiene 100 % si no elige nada.
scoring-mean = La puntuación es la media de los F1 de las prioridades, de modo que todas cuentan igual; la precisión y la exhaustividad que la acompañan se calculan sobre el conjunto de las prioridades.
mapping-analytics = Análisis de su correspondencia: cobertura, carencias, alineación
mapping-attempts = Sus intentos
mapping-attempt = Puntuación { $score }
verdict-group = { $title } ({ $count })
verdict-right = Correcta
verdict-keyed-partial = Parcialmente correcta (aceptada por la clave)
verdict-right-target = Parcialmente correcta (junto a una referencia esperada)
verdict-right-goal = Parcialmente correcta (el objetivo correcto)
verdict-extra = No esperada
verdict-note = { $verdict } — crédito { $credit }.
verdict-note-for = { $verdict } — crédito { $credit }, por la referencia esperada { $expected }.
verdict-partly-found = Encontrada en parte mediante { $reference }.
priority-f1 = F1 { $score }
priority-nothing = Aquí no hay nada que relacionar y no eligió nada: correcto.
group-right = Correctas
group-partly = Parcialmente correctas
group-missed = No encontradas
group-extra = No esperadas

## Fichas de referencia
ref-not-in-data = { $code } no figura en los datos de referencia.
ref-under = Dentro de
ref-targets = Metas ({ $count })
ref-indicators = Indicadores ({ $count })
ref-repeated = El mismo indicador figura también como:
official-english-stale = (Texto en inglés: la traducción al { $language } es anterior a la redacción oficial vigente.)
official-english-missing = (Texto en inglés: no hay traducción al { $language } en nuestros datos.)
official-english-gcm = (Título oficial en inglés: no disponible en { $language } en nuestros datos.)
official-arabic-community = Textos de los ODS en árabe: traducción comunitaria (proyecto Open SDG), no verificada con el texto oficial de las Naciones Unidas.
gcm-commitment = Compromiso (párrafo { $paragraph } del Pacto Mundial)
gcm-english-only = El texto del Pacto Mundial se muestra en inglés, su idioma original en nuestros datos.
gcm-actions = Medidas ({ $count })
gcm-actions-note = Los textos de las medidas son casi literales; cite A/RES/73/195 para la redacción oficial.

## Selector de referencias
picker-already = { $reference } ya está elegida.
picker-added = Añadida: { $reference }
picker-removed = Quitada: { $reference }
picker-first-results = Primeros { $count } resultados; añada palabras para acotarlos.
picker-results = { $count ->
    [0] Ningún resultado.
    [one] { $count } resultado.
   *[other] { $count } resultados.
}
picker-chosen-for = Elegidas para: { $label }
picker-remove = Quitar { $reference }
picker-nothing-chosen = Nada elegido.
picker-nothing-yet = Todavía no ha elegido nada.
picker-chosen = elegida
picker-add = Añadir una referencia
picker-for = para: { $label }
picker-hint = { $kinds }: escriba un código ({ $examples }) o palabras, o explore. ↓ ↑ para moverse, Intro para añadir, Esc para cerrar.
picker-browse = Explorar
picker-everything = Todo
picker-references-for = Referencias para: { $label }
picker-preview-empty = Recorra los resultados con ↓ ↑ para leer aquí cada texto oficial completo.
picker-nothing-matches = Nada coincide con «{ $query }». Pruebe un código como { $example }, menos palabras, o explore.

## Espacios de trabajo
cancel = Cancelar
ws-priorities = { $count ->
    [one] { $count } prioridad
   *[other] { $count } prioridades
}
ws-links = { $count ->
    [one] { $count } vínculo
   *[other] { $count } vínculos
}
ws-untitled = Espacio de trabajo sin nombre
ws-import-failed = No se pudo importar { $source }: { $count ->
    [one] { $count } problema
   *[other] { $count } problemas
}.
ws-import-nothing-changed = No se ha cambiado nada. Corrija el archivo y vuelva a intentarlo.
ws-default-name = Espacio de trabajo { $number }
ws-pasted-list = La lista pegada
ws-lead = Relacione las prioridades de un plan —un plan nacional de desarrollo, una evaluación común para el país o un marco de cooperación— con los objetivos del Pacto Mundial y las metas e indicadores de los ODS, y analice la cobertura, las carencias y la alineación. Los espacios de trabajo se guardan en este navegador: expórtelos para conservar una copia o compartirlos.
ws-yours = Sus espacios de trabajo
ws-none-yet = Todavía no tiene espacios de trabajo. Cree uno a continuación.
ws-delete-question = ¿Eliminar { $name }?
ws-delete-confirm = ¿Eliminar «{ $name }» ({ $facts })? Esta acción no se puede deshacer; expórtelo antes para conservar una copia.
ws-delete = Eliminar
ws-delete-name = Eliminar { $name }
ws-open = Abrir
ws-new = Nuevo espacio de trabajo
ws-created = Se ha creado «{ $name }».
ws-open-it = Abrirlo
ws-name-optional = Nombre (opcional)
ws-paste-label = Prioridades, una por línea
ws-paste-hint = Pegue desde un documento o una hoja de cálculo. También sirve un CSV con una columna «text» (y, si se desea, columnas «id» y «source»). Déjelo vacío para empezar sin prioridades.
ws-create = Crear el espacio de trabajo
ws-from-file = O cree uno a partir de un archivo (.csv, .json o .txt):
ws-workspace = Espacio de trabajo
ws-not-found-crumb = No encontrado
ws-not-found = Espacio de trabajo no encontrado
ws-not-found-body = Este navegador no tiene ningún espacio de trabajo «{ $id }». Los espacios de trabajo se guardan en el navegador donde se crearon; para trasladar uno, expórtelo allí y cree aquí un espacio de trabajo a partir del archivo.
ws-all = Todos los espacios de trabajo
ws-facts = { $priorities } · { $links } · guardado en este navegador
ws-name = Nombre
ws-export-csv = Exportar CSV
ws-export-json = Exportar JSON
ws-printable-report = Informe imprimible
ws-replace-label = Reemplazar las prioridades a partir de un archivo (.csv, .json o .txt):
ws-replace-question = ¿Reemplazar las prioridades?
ws-replace-confirm = ¿Reemplazar las { $current } de «{ $name }» por las { $new } de { $file }? Se perderán las prioridades, los vínculos y las notas actuales; exporte antes el espacio de trabajo para conservar una copia.
ws-replace = Reemplazar
ws-priorities-title = Prioridades
ws-no-priorities = Todavía no hay prioridades. Añada la primera a continuación.
ws-new-priority = Nueva prioridad
ws-add-priority = Añadir la prioridad
ws-analysis = Análisis
ws-note-on = Nota sobre { $reference } (opcional)
ws-text-needed = Una prioridad necesita un texto. Mientras no lo tenga, se conserva el último.
ws-source-optional = Fuente (opcional)
ws-remove-question = ¿Quitar la prioridad { $id }?
ws-remove-confirm = ¿Quitar la prioridad { $id } y sus { $links }?
ws-remove = Quitar
ws-remove-priority = Quitar la prioridad { $id }
ws-note = Nota: { $note }
ws-source-paren = (fuente: { $source })
ws-no-link = Ningún vínculo.
ws-back = Volver al espacio de trabajo
ws-print = Imprimir
ws-pdf-hint = Para obtener un PDF, elija «Guardar como PDF» como impresora.
ws-report-meta = Informe de correspondencia del { $date }, elaborado con CCA Migration Lab: { $priorities }, { $links }.
ws-report-priorities = Las prioridades y sus vínculos

## Análisis
list-and = { $init } y { $last }
list-separator = {", "}
an-percent-below-one = <1 %
an-coverage = Cobertura
an-gaps = Brechas
an-alignment = Alineación con las metas de los ODS
an-interlinkages = Interrelaciones
an-objective = Objetivo { $number }
an-goal = ODS { $number }
an-summary-none-gcm = Todavía no se aborda ninguno de los { $total } objetivos.
an-summary-none-sdg = Todavía no se aborda ninguno de los { $total } ODS.
an-summary-top = { $name } ({ $count ->
        [one] { $count } prioridad
       *[other] { $count } prioridades
    })
an-summary-gcm = Se { $count ->
        [one] aborda
       *[other] abordan
    } { $count } de los { $total } objetivos; los más abordados: { $most }; { $rest ->
        [0] se abordan todos los objetivos.
        [one] { $rest } objetivo no se aborda.
       *[other] { $rest } objetivos no se abordan.
    }
an-summary-sdg = Se { $count ->
        [one] aborda
       *[other] abordan
    } { $count } de los { $total } ODS; los más abordados: { $most }; { $rest ->
        [0] se abordan todos los ODS.
        [one] { $rest } ODS no se aborda.
       *[other] { $rest } ODS no se abordan.
    }
an-heatmap-gcm = Prioridades × los 23 objetivos del Pacto Mundial
an-heatmap-sdg = Prioridades × los 17 ODS
an-priorities = Prioridades
an-priority = Prioridad
an-column-title = { $name }: { $label }
an-totals-gcm = Prioridades que abordan el objetivo
an-totals-sdg = Prioridades que abordan el ODS
an-no-priorities = Todavía no hay prioridades que mostrar.
an-note-gcm = Una celda vale 1 cuando la prioridad está vinculada al objetivo. La última fila cuenta las prioridades que abordan cada columna; las celdas más oscuras tienen más vínculos.
an-note-sdg = Cada celda cuenta los vínculos de la prioridad con el ODS, sus metas y sus indicadores. La última fila cuenta las prioridades que abordan cada columna; las celdas más oscuras tienen más vínculos.
an-table-show = Mostrar como tabla
an-table-hide = Ocultar la tabla
an-table-caption = { $title }: número de vínculos
an-gaps-gcm = Objetivos del Pacto Mundial que ninguna prioridad aborda
an-gaps-gcm-none = Se abordan todos los objetivos del Pacto Mundial.
an-gaps-count = { $count } de { $total }:
an-gaps-sdg = Metas de los ODS relacionadas con la migración que ninguna prioridad refleja
an-gaps-sdg-none = Se reflejan todas las metas relacionadas con la migración.
an-target = Meta { $code }
an-gap-why = Por qué importa para la migración
an-gap-source = Fuente: { $source }
an-measure-against = Medir respecto de
an-set-all = las { $total } metas
an-set-migration = las { $total } metas relacionadas con la migración
an-share = { $share } de las { $set ->
        [migration] metas relacionadas con la migración
       *[all] metas
    } reflejadas
an-share-detail = . { $x } de las { $y } { $set ->
        [migration] metas relacionadas con la migración
       *[all] metas
    } se reflejan en al menos una prioridad, directamente o mediante uno de sus indicadores.
an-chart-title = Proporción de { $set ->
        [migration] metas relacionadas con la migración
       *[all] metas
    } reflejadas, por ODS
an-goal-covered = ODS { $number }: { $x } de { $y }
an-bar-value = { $x } de { $y } ({ $share })
an-bars-label = { $share }. Por ODS: { $list }.
an-bars-none = ninguna
an-goal-row = ODS { $number } · { $label }
an-all-goals = Todos los ODS
an-col-goal = ODS
an-col-targets = Metas
an-col-reflected = Reflejadas
an-col-share = Proporción
an-col-targets-reflected = Metas reflejadas
an-indicators = Indicadores para seguir las metas reflejadas
an-no-indicator = Ningún indicador en el marco de 2025.
an-none-reflected = Todavía no se refleja ninguna de las { $set ->
        [migration] metas relacionadas con la migración
       *[all] metas
    }.
an-shared = Referencias compartidas por varias prioridades
an-shared-none = Ninguna referencia está vinculada a más de una prioridad.
an-shared-by = { $count ->
        [one] { $count } prioridad
       *[other] { $count } prioridades
    }: { $list }
an-reach = Prioridades por alcance
an-reach-caption = Objetivos del Pacto Mundial y ODS que abarca cada prioridad, de mayor a menor alcance
an-col-gcm = Objetivos del Pacto Mundial
an-col-sdgs = ODS
an-col-links = Vínculos
an-unlinked = Prioridades sin vínculos
an-unlinked-none = Cada prioridad tiene al menos un vínculo.

## Sugerencias y pistas
suggest-intro = Sugerencias: la aplicación propone para cada prioridad objetivos del Pacto Mundial, metas e indicadores de los ODS, con las palabras que coincidieron; usted acepta o rechaza cada uno. Nada se vincula hasta que usted lo acepta.
suggest-language = Idioma de las prioridades
suggest-all = Sugerir para todas
suggest = Sugerir
suggest-for-label = Sugerir vínculos para la prioridad { $id }
suggest-heading = Sugerencias para la prioridad { $id }
suggest-wait = Buscando sugerencias…
suggest-stale = El texto de la prioridad cambió desde entonces: vuelva a pedir sugerencias para actualizarlas.
suggest-goals = ODS considerados pertinentes: { $list }.
suggest-score = (puntuación { $score })
suggest-evidence = Indicios:
suggest-accept = Aceptar
suggest-add = Añadir
suggest-accept-label = { $action } { $reference } para la prioridad { $id }
suggest-reject = Rechazar
suggest-reject-label = Rechazar { $reference } para la prioridad { $id }
suggest-none-left = No hay más sugerencias: el motor no encontró nada más lo bastante pertinente, o cada sugerencia fue aceptada o rechazada.
suggest-close = Cerrar las sugerencias
suggest-close-label = Cerrar las sugerencias para la prioridad { $id }
suggest-found-one = { $count ->
        [0] Ninguna sugerencia
        [one] { $count } sugerencia
       *[other] { $count } sugerencias
    } para la prioridad { $id }.
suggest-found-many = { $count ->
        [0] Ninguna sugerencia
        [one] { $count } sugerencia
       *[other] { $count } sugerencias
    } para { $total } prioridades.
suggest-rejected = Se rechazó { $reference } para la prioridad { $id }.
suggest-linked = Se vinculó { $reference } a la prioridad { $id }.
suggest-added = Se añadió { $reference } a la prioridad { $id }.
suggest-not-loaded = No se pudo cargar el motor de sugerencias. Compruebe la conexión y vuelva a intentarlo (tras un primer uso, también funciona sin conexión).
suggest-request-failed = No se pudo redactar la solicitud.
hints = Pistas
hints-label = Pistas para la prioridad { $number }

## Páginas para formadores
decimal-separator = {","}
diagnostics-snippet-line = línea { $line }
drop-choose-files = Elegir archivos…
drop-choose-folder = Elegir una carpeta…
drop-reading = Leyendo los archivos…
drop-local-only = No se sube nada: los archivos se leen solo en este navegador.
preview-title = Comprobar y previsualizar un curso
preview-lead-before = Deposite la carpeta de un curso (o un zip de ella) para comprobarlo con las mismas reglas que
preview-lead-after = y leerlo como lo leerán los participantes, en cada uno de sus idiomas. Edite un archivo, vuelva a depositarlo y las comprobaciones y la vista previa se actualizan. Los archivos permanecen en este navegador: no se sube ni se publica nada.
preview-cohort-link = Análisis de la cohorte a partir de los archivos de resultados de los participantes →
preview-reference-failed = No se pudieron cargar los textos oficiales de los ODS y del Pacto Mundial, necesarios para la comprobación: { $why }. Compruebe la conexión y recargue la página.
preview-drop = Deposite aquí la carpeta de un curso, un zip de ella o archivos editados
preview-drop-folder-first = { $file }: deposite primero la carpeta completa del curso (o un zip de ella); después, archivos sueltos para reemplazarlos
preview-no-such-file = { $file }: no hay ningún archivo con ese nombre en el curso; deposite la carpeta para añadir archivos nuevos
preview-ambiguous-file = { $file } está en varios lugares ({ $list }); deposite la carpeta, o el archivo desde su carpeta de idioma
preview-folder = Carpeta «{ $name }»: { $count ->
        [one] { $count } archivo
       *[other] { $count } archivos
    }
preview-files-read = Los archivos leídos
preview-bytes = ({ $count ->
        [one] { $count } byte
       *[other] { $count } bytes
    })
preview-forget = Olvidar estos archivos
preview-ok = No se encontraron problemas.
preview-warnings = Advertencias
preview-problems = Problemas que corregir antes de que los participantes puedan usarlo
preview-open = Vista previa tal como la ven los participantes
preview-answers-kept = Las respuestas que dé en la vista previa se guardan en este navegador como las de un participante; «Empezar de nuevo» en la página del curso las borra.
preview-banner = Vista previa: «{ $name }» se muestra a partir de los archivos que depositó, no desde este sitio.
preview-back = Volver a las comprobaciones
preview-end = Terminar la vista previa
cohort-title = Análisis de la cohorte
cohort-lead = Deposite los archivos de resultados que sus participantes descargaron de su página de Resultados (cientos a la vez, o una carpeta o un zip de ellos) para ver cómo le fue a la cohorte: finalización, preguntas, ejercicios de correspondencia, las referencias más a menudo erróneas u omitidas, el acuerdo entre participantes y quién puede necesitar ayuda. Los archivos se leen en este navegador; no se sube nada.
cohort-curriculum = Curso
cohort-curriculum-problems = Este curso tiene problemas, por lo que los resultados no pueden analizarse con respecto a él
cohort-not-json = { $file }: no es un archivo de resultados .json; se dejó fuera
cohort-drop = Deposite aquí archivos de resultados (.json), una carpeta o un zip de ellos
cohort-files-read = { $count ->
        [one] { $count } archivo leído.
       *[other] { $count } archivos leídos.
    } Deposite más para añadirlos.
cohort-start-again = Empezar de nuevo
cohort-none = ninguna
cohort-key = Clave:
cohort-report-title = { $title } (versión { $version })
cohort-trainees-from = { $count ->
        [one] participante
       *[other] participantes
    } de { $files ->
        [one] { $files } archivo
       *[other] { $files } archivos
    };
cohort-left-out = dejados fuera.
cohort-print = Imprimir el informe
cohort-csv-trainees = Participantes (CSV)
cohort-refused = Archivos dejados fuera
cohort-csv-refused = Archivos dejados fuera (CSV)
cohort-help = Participantes que pueden necesitar ayuda ({ $count })
cohort-help-criteria = Un participante figura en la lista si respondió bien menos de la mitad de sus preguntas (con { $answered } o más respondidas), necesitó { $attempted } o más intentos en { $count } o más preguntas, obtuvo menos de { $score } en un ejercicio de correspondencia o completó menos de la mitad de las lecciones. Son puntos de partida para una conversación, no calificaciones.
cohort-help-nobody = Nadie, según estos criterios.
cohort-modules = Finalización por módulo
cohort-col-module = Módulo
cohort-col-lessons = Lecciones
cohort-col-completed = Completado
cohort-col-started = Iniciado
cohort-col-lessons-done = Lecciones hechas, en promedio
cohort-csv-modules = Módulos (CSV)
cohort-questions = Preguntas
cohort-col-question = Pregunta
cohort-col-answered = Respondidas
cohort-col-right = Correctas
cohort-col-share-right = Proporción de correctas
cohort-col-tries = Intentos, en promedio
cohort-col-options = Opciones elegidas (✓ correcta)
cohort-csv-questions = Preguntas (CSV)
cohort-mappings = Ejercicios de correspondencia
cohort-mappings-explain = Mejores puntuaciones por participante, en cinco tramos del 20 %. Por prioridad: la puntuación media, las referencias más a menudo elegidas sin crédito (erróneas) y las esperadas más a menudo no encontradas (omitidas, con la justificación de la clave), y el kappa de Fleiss, que mide en qué medida los participantes coinciden en qué referencias corresponden a la prioridad más allá del azar: 1 es acuerdo total, 0 no más que el azar, por debajo de 0 menos que el azar.
cohort-csv-exercises = Ejercicios (CSV)
cohort-csv-priorities = Prioridades (CSV)
cohort-csv-references = Referencias erróneas y omitidas (CSV)
cohort-attempted = { $count } intentados
cohort-best-scores = ; mejor puntuación: media { $mean }, mediana { $median }, mínima { $min }, máxima { $max }; intentos en promedio: { $tries }.
cohort-col-mean-score = Puntuación media
cohort-col-wrong = Más a menudo erróneas
cohort-col-missed = Más a menudo omitidas
cohort-col-kappa = Acuerdo (kappa)

## Progreso y espacios de trabajo guardados
storage-unavailable = El progreso no se puede guardar en este navegador ({ $why }). Se perderá al cerrar esta pestaña.
storage-progress-kept-aside = No se pudo usar su progreso guardado: { $why }. Se apartó en el almacenamiento de este navegador con la clave «{ $file }» y se empezó un registro nuevo.
storage-progress-left = No se pudo usar su progreso guardado: { $why }. No se pudo apartar (el almacenamiento está lleno) y se dejó sin cambios hasta su próxima respuesta; se empezó un registro nuevo.
storage-save-failed = No se pudo guardar el progreso: el almacenamiento de este navegador está lleno o desactivado. Se perderá al cerrar esta pestaña.
ws-store-no-reference = Los espacios de trabajo no se pueden abrir antes de que se carguen los textos oficiales.
ws-store-unavailable = Los espacios de trabajo no se pueden leer en este navegador ({ $why }).
ws-store-kept-aside = No se pudo leer el espacio de trabajo guardado «{ $id }»: { $why }. Se apartó en el almacenamiento de este navegador con la clave «{ $file }».
ws-store-left = No se pudo leer el espacio de trabajo guardado «{ $id }»: { $why }. No se pudo apartar (el almacenamiento está lleno) y se dejó sin cambios.
ws-store-save-failed = No se pudo guardar el espacio de trabajo «{ $name }» ({ $why }). Sus cambios se conservan mientras esta pestaña esté abierta: exporte el espacio de trabajo para conservarlos.
crash-message = Algo salió mal y CCA Migration Lab se detuvo. Su progreso está guardado en este navegador. Recargue la página para continuar; si vuelve a ocurrir, cuente a su formador qué estaba haciendo.
file-unreadable = no se pudo leer { $file }
folder-unreadable = no se pudo leer la carpeta { $file }
