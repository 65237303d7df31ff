# CCA Migration Lab : messages de l’interface en français.
# Traduction propre au projet ; relectures bienvenues (voir README, « Langues »).

## Mise en page
app-title = CCA Migration Lab
app-tagline = La migration dans les bilans communs de pays et les plans-cadres de coopération
skip-to-main = Aller au contenu principal
nav-main = Navigation principale
nav-curricula = Parcours
nav-workspaces = Espaces de travail
nav-trainers = Formateurs
language-switcher-label = Langue
language-load-failed = Impossible de charger la langue { $language } ({ $why }). L’interface reste dans la langue actuelle ; réessayez une fois la connexion rétablie.
footer-sources = Textes officiels : cadre mondial d’indicateurs relatifs aux ODD (A/RES/71/313, après l’examen complet de 2025, E/CN.3/2025/6) ; Pacte mondial pour des migrations sûres, ordonnées et régulières (A/RES/73/195). Votre progression reste dans ce navigateur.
update-ready = Une nouvelle version de CCA Migration Lab est prête. Rechargez la page pour l’utiliser ; votre progression est conservée.
update-reload = Recharger maintenant
dismiss = Fermer
page-title = { $title } — CCA Migration Lab

## Noms des langues
lang-ar = arabe
lang-zh = chinois
lang-en = anglais
lang-fr = français
lang-ru = russe
lang-es = espagnol

## Éléments communs
breadcrumb = Fil d’Ariane
breadcrumb-catalogue = Catalogue
lesson-completed-mark = ✓ terminée
loading-catalogue = Chargement du catalogue…
loading-curriculum = Chargement du parcours…
loading-module = Chargement du module…
loading-lesson = Chargement de la leçon…
loading-reference = Chargement des textes officiels…
loading-results = Chargement de vos résultats…
loading-workspace = Chargement de l’espace de travail…
problems-in-curriculum = Problèmes détectés dans les fichiers du parcours

## Catalogue
catalogue-heading = Parcours
catalogue-lead = Apprenez à intégrer la migration dans les bilans communs de pays et les plans-cadres de coopération, avec le Pacte mondial sur les migrations et les cibles et indicateurs des ODD. Vos réponses restent dans ce navigateur.
catalogue-problems = Le fichier du catalogue comporte des problèmes
catalogue-empty = Ce site ne propose encore aucun parcours.
catalogue-languages = Langues
catalogue-not-in-your-language = Non disponible en { $language } ; affiché en { $shown }
catalogue-time = Durée
catalogue-time-value = { $hours ->
    [0] environ { $minutes } minutes
   *[other] environ { $hours } h { $minutes } min
}
catalogue-progress = Votre progression
catalogue-not-started = pas encore commencé
catalogue-lessons-done = { $count ->
    [one] { $count } leçon terminée
   *[other] { $count } leçons terminées
}
catalogue-card-problem = Les fichiers de ce parcours comportent des problèmes. Ouvrez-le pour les voir.

## Page introuvable
not-found-title = Page introuvable
not-found-body = Cette adresse ne mène à aucune page de CCA Migration Lab. Le lien est peut-être mal saisi, ou le parcours a été renommé.
not-found-back = Aller au catalogue

## Module
module-lessons-done = { $total ->
    [one] { $done } leçon sur { $total } terminée
   *[other] { $done } leçons sur { $total } terminées
}

## Parcours
curriculum-language = Langue de ce parcours
curriculum-broken-title = Parcours « { $id } »
curriculum-broken-lead = Ce parcours ne peut pas être affiché, car ses fichiers comportent des problèmes. Les autres parcours ne sont pas concernés.
back-to-catalogue = Retour au catalogue
curriculum-not-in-language = Ce parcours n’est pas disponible en { $requested } ; il est affiché en { $shown }.
curriculum-partly-translated = Pas encore traduit en { $language }, affiché en { $shown } : { $modules }.
your-results = Vos résultats
curriculum-start = Commencer
curriculum-continue = Continuer
curriculum-audience = Public
curriculum-minutes = environ { $minutes } minutes
curriculum-version = Version
curriculum-modules = Modules
curriculum-trainer-notes = Notes pour les formateurs ({ $count })
curriculum-warnings = Avertissements dans les fichiers du parcours
reset-label = Recommencer
reset-confirm = Effacer toutes les réponses et leçons terminées de ce parcours ? Cette action est irréversible.
reset-yes = Oui, effacer ma progression
reset-no = Conserver ma progression
reset-start = Recommencer…
offline-title = Utilisation hors ligne
offline-available = Disponible hors ligne (version { $version }) : il s’ouvre sans réseau sur cet appareil.
offline-intro = Les pages que vous ouvrez sont conservées pour une utilisation sans réseau. Pour conserver tout le parcours, dans toutes les langues, enregistrez-le maintenant.
offline-saving = Enregistrement pour une utilisation hors ligne… { $count } fichiers jusqu’ici.
offline-saved = Enregistré : { $count } fichiers. Le parcours s’ouvre désormais sans réseau sur cet appareil.
offline-failed = Non enregistré : { $why }. Vérifiez la connexion et réessayez.
offline-save-again = Enregistrer à nouveau la dernière version
offline-save = Rendre ce parcours disponible hors ligne

## Leçon
lesson-position = leçon { $position } sur { $total }
lesson-not-translated = Ce module n’est pas encore traduit en { $language } ; il est affiché en { $shown }.
lesson-nav = Leçons
lesson-previous = ← Leçon précédente
lesson-completed = ✓ Leçon terminée
lesson-next = Leçon suivante →
lesson-complete-continue = Terminer la leçon et continuer →
lesson-complete = Terminer la leçon
step-question = Vérifiez vos connaissances
step-reference = Textes officiels
step-mapping = Exercice de mise en correspondance

## Nombres
percent = { $value }
x-of-y = { $x } sur { $y }

## Référence
reference-title = Référence
reference-load-failed = Les textes officiels n’ont pas pu être chargés : { $why }. Vérifiez la connexion et rechargez la page.
reference-not-found = Référence introuvable
reference-not-found-body = « { $code } » ne désigne aucun objectif du Pacte mondial, ni aucun objectif, cible ou indicateur des ODD. Cherchez-en un ci-dessous.
reference-find = En trouver une autre
reference-search-label = Code ou mots (par exemple 10.7, gcm 6, envois de fonds)
search-results-count = { $count ->
    [one] { $count } résultat
   *[other] { $count } résultats
}

## Résultats
downloaded = { $name } téléchargé.
file-not-made = Le fichier n’a pas pu être créé : { $why }.
results-name-label = Votre nom, tel qu’il doit apparaître (facultatif, conservé uniquement dans ce navigateur)
results-download = Télécharger les résultats (JSON)
print-or-pdf = Imprimer ou enregistrer en PDF
results-kicker = CCA Migration Lab · relevé d’apprentissage
results-lessons = Leçons terminées
results-questions = Questions correctement répondues
results-questions-value = { $correct } sur { $total } ({ $answered } avec réponse)
results-mappings = Exercices de mise en correspondance
results-mappings-value = { $attempted } sur { $total } tentés
results-score = Score global
results-status = Statut
results-completed = Terminé
results-in-progress = En cours
results-version = Version du parcours
results-date = Date
results-table-caption = Exercices de mise en correspondance : meilleur et dernier score
results-exercise = Exercice
results-best = Meilleur
results-last = Dernier
results-attempts = Tentatives
results-note = Le score global compte une fois chaque question (juste ou non) et chaque exercice de mise en correspondance (son meilleur score) du parcours.
back-to-curriculum = Retour au parcours

## Question
question-correct = Correct.
question-partly = Pas tout à fait : { $right } bonne(s) option(s) choisie(s) sur { $total }, { $wrong } erronée(s). Lisez le commentaire de chaque option.
question-wrong = Pas tout à fait. Lisez le commentaire de chaque option.
question-choose-all = Choisissez toutes les réponses qui conviennent
question-choose-one = Choisissez une réponse
option-right = ✓ Votre choix : correct
option-wrong = ✗ Votre choix : incorrect
option-missed = ! Une bonne réponse que vous n’avez pas choisie
option-not-chosen = Non choisie
try-again = Réessayer
check-answer = Vérifier la réponse

## Diagnostics
diagnostics-counts = { $errors ->
    [one] { $errors } erreur
   *[other] { $errors } erreurs
}
diagnostics-counts-warnings = { $errors ->
    [one] { $errors } erreur
   *[other] { $errors } erreurs
}, { $warnings ->
    [one] { $warnings } avertissement
   *[other] { $warnings } avertissements
}
diagnostics-place = ligne { $line }, colonne { $column }
diagnostics-whole-file = fichier entier
diagnostics-error = Erreur
diagnostics-warning = Avertissement
diagnostics-fix = Correction :
diagnostics-cli = Les formateurs obtiennent la même liste avec la commande

## Références et cadres
ref-gcm = Objectif { $code } du Pacte mondial
ref-goal = ODD { $code }
ref-target = Cible { $code } des ODD
ref-indicator = Indicateur { $code } des ODD
framework-gcm = Objectifs du Pacte mondial
framework-sdg-targets = Cibles des ODD
framework-sdg-indicators = Indicateurs des ODD

## Exercice de mise en correspondance
sentence = { $text }.
precision-recall = précision { $precision }, rappel { $recall }
precision-undefined = non définie (rien de choisi)
recall-undefined = non défini (rien d’attendu)
mapping-status = Score { $score } — { $detail }.
mapping-map-to = À relier à : { $frameworks }.
mapping-priority = Priorité { $number }
mapping-source = Source : { $source }
mapping-submit = Valider
scoring-title = Comment le score est calculé
scoring-credit = Chaque référence choisie rapporte un crédit :
scoring-1 = 1 si le corrigé l’attend ;
scoring-2 = le crédit fixé par le corrigé (0,5 sauf autre valeur fixée par le formateur) si le corrigé l’accepte comme partiellement juste ;
scoring-3 = 0,5 si elle est voisine d’une référence ODD attendue : un indicateur d’une cible attendue, la cible d’un indicateur attendu, ou un autre indicateur de la même cible ;
scoring-4 = 0,25 si elle relève du même ODD qu’une cible ou un indicateur attendu ;
scoring-5 = 0 sinon. Les objectifs du Pacte mondial ne comptent que s’ils sont attendus ou acceptés par le corrigé.
scoring-match = Chaque référence attendue est associée à un seul choix au plus, celui qui rapporte le plus. Choisir deux fois la même référence ne compte qu’une fois.
scoring-f1 = Pour chaque priorité, la précision est le crédit obtenu ÷ le nombre de références choisies (la part juste de vos choix) ; le rappel est le crédit des références attendues trouvées ÷ le nombre de références attendues (la part du corrigé que vous avez trouvée ; les références partielles acceptées ne comptent que pour la précision). F1 = 2 × précision × rappel ÷ (précision + rappel). Une priorité qui n’attend rien obtient 100 % si vous ne choisissez rien.
scoring-mean = Le score est la moyenne des F1 des priorités, qui comptent donc toutes autant ; la précision et le rappel affichés avec lui sont calculés sur l’ensemble des priorités.
mapping-analytics = Analyse de votre mise en correspondance : couverture, lacunes, alignement
mapping-attempts = Vos tentatives
mapping-attempt = Score { $score }
verdict-group = { $title } ({ $count })
verdict-right = Juste
verdict-keyed-partial = Partiellement juste (accepté par le corrigé)
verdict-right-target = Partiellement juste (voisin d’une référence attendue)
verdict-right-goal = Partiellement juste (le bon objectif)
verdict-extra = Non attendu
verdict-note = { $verdict } — crédit { $credit }.
verdict-note-for = { $verdict } — crédit { $credit }, pour la référence attendue { $expected }.
verdict-partly-found = Partiellement trouvé grâce à { $reference }.
priority-f1 = F1 { $score }
priority-nothing = Rien à relier ici, et vous n’avez rien choisi : c’est juste.
group-right = Juste
group-partly = Partiellement juste
group-missed = Manqué
group-extra = Non attendu

## Fiches de référence
ref-not-in-data = { $code } ne figure pas dans les données de référence.
ref-under = Relève de
ref-targets = Cibles ({ $count })
ref-indicators = Indicateurs ({ $count })
ref-repeated = Le même indicateur figure aussi sous :
official-english-stale = (Texte anglais : la traduction en { $language } est antérieure au libellé officiel actuel.)
official-english-missing = (Texte anglais : aucune traduction en { $language } dans nos données.)
official-english-gcm = (Titre officiel en anglais : non disponible en { $language } dans nos données.)
official-arabic-community = Textes des ODD en arabe : traduction communautaire (projet Open SDG), non vérifiée par rapport au texte officiel des Nations Unies.
gcm-commitment = Engagement (paragraphe { $paragraph } du Pacte mondial)
gcm-english-only = Le texte du Pacte mondial est affiché en anglais, sa langue d’origine dans nos données.
gcm-actions = Mesures ({ $count })
gcm-actions-note = Les textes des mesures sont quasi textuels ; citez A/RES/73/195 pour le libellé officiel.

## Sélecteur de références
picker-already = { $reference } est déjà choisi.
picker-added = Ajouté : { $reference }
picker-removed = Retiré : { $reference }
picker-first-results = Les { $count } premiers résultats ; ajoutez des mots pour affiner.
picker-results = { $count ->
    [0] Aucun résultat.
    [one] { $count } résultat.
   *[other] { $count } résultats.
}
picker-chosen-for = Choisi pour : { $label }
picker-remove = Retirer { $reference }
picker-nothing-chosen = Rien de choisi.
picker-nothing-yet = Rien de choisi pour l’instant.
picker-chosen = choisi
picker-add = Ajouter une référence
picker-for = pour : { $label }
picker-hint = { $kinds } : saisissez un code ({ $examples }) ou des mots, ou parcourez. ↓ ↑ pour se déplacer, Entrée pour ajouter, Échap pour fermer.
picker-browse = Parcourir
picker-everything = Tout
picker-references-for = Références pour : { $label }
picker-preview-empty = Parcourez les résultats avec ↓ ↑ pour lire ici chaque texte officiel en entier.
picker-nothing-matches = Aucun résultat pour « { $query } ». Essayez un code comme { $example }, moins de mots, ou parcourez.

## Espaces de travail
cancel = Annuler
ws-priorities = { $count ->
    [one] { $count } priorité
   *[other] { $count } priorités
}
ws-links = { $count ->
    [one] { $count } lien
   *[other] { $count } liens
}
ws-untitled = Espace de travail sans nom
ws-import-failed = { $source } n’a pas pu être importé : { $count ->
    [one] { $count } problème
   *[other] { $count } problèmes
}.
ws-import-nothing-changed = Rien n’a été modifié. Corrigez le fichier et réessayez.
ws-default-name = Espace de travail { $number }
ws-pasted-list = La liste collée
ws-lead = Reliez les priorités d’un plan — plan national de développement, bilan commun de pays ou plan-cadre de coopération — aux objectifs du Pacte mondial et aux cibles et indicateurs des ODD, puis analysez la couverture, les lacunes et l’alignement. Les espaces de travail restent dans ce navigateur : exportez-les pour en garder une copie ou les partager.
ws-yours = Vos espaces de travail
ws-none-yet = Vous n’avez pas encore d’espace de travail. Créez-en un ci-dessous.
ws-delete-question = Supprimer { $name } ?
ws-delete-confirm = Supprimer « { $name } » ({ $facts }) ? Cette action est irréversible ; exportez-le d’abord pour en garder une copie.
ws-delete = Supprimer
ws-delete-name = Supprimer { $name }
ws-open = Ouvrir
ws-new = Nouvel espace de travail
ws-created = « { $name } » a été créé.
ws-open-it = L’ouvrir
ws-name-optional = Nom (facultatif)
ws-paste-label = Priorités, une par ligne
ws-paste-hint = Collez depuis un document ou un tableur. Un fichier CSV avec une colonne « text » (et, au choix, des colonnes « id » et « source ») convient aussi. Laissez vide pour commencer sans priorité.
ws-create = Créer l’espace de travail
ws-from-file = Ou créez-en un à partir d’un fichier (.csv, .json ou .txt) :
ws-workspace = Espace de travail
ws-not-found-crumb = Introuvable
ws-not-found = Espace de travail introuvable
ws-not-found-body = Ce navigateur ne contient aucun espace de travail « { $id } ». Les espaces de travail restent dans le navigateur où ils ont été créés ; pour en déplacer un, exportez-le là-bas et créez ici un espace de travail à partir du fichier.
ws-all = Tous les espaces de travail
ws-facts = { $priorities } · { $links } · enregistré dans ce navigateur
ws-name = Nom
ws-export-csv = Exporter en CSV
ws-export-json = Exporter en JSON
ws-printable-report = Rapport imprimable
ws-replace-label = Remplacer les priorités à partir d’un fichier (.csv, .json ou .txt) :
ws-replace-question = Remplacer les priorités ?
ws-replace-confirm = Remplacer les { $current } de « { $name } » par les { $new } de { $file } ? Les priorités, liens et notes actuels seront perdus ; exportez d’abord l’espace de travail pour en garder une copie.
ws-replace = Remplacer
ws-priorities-title = Priorités
ws-no-priorities = Aucune priorité pour l’instant. Ajoutez la première ci-dessous.
ws-new-priority = Nouvelle priorité
ws-add-priority = Ajouter la priorité
ws-analysis = Analyse
ws-note-on = Note sur { $reference } (facultatif)
ws-text-needed = Une priorité doit avoir un texte. Tant qu’elle n’en a pas, le dernier texte est conservé.
ws-source-optional = Source (facultatif)
ws-remove-question = Retirer la priorité { $id } ?
ws-remove-confirm = Retirer la priorité { $id } et ses { $links } ?
ws-remove = Retirer
ws-remove-priority = Retirer la priorité { $id }
ws-note = Note : { $note }
ws-source-paren = (source : { $source })
ws-no-link = Aucun lien.
ws-back = Retour à l’espace de travail
ws-print = Imprimer
ws-pdf-hint = Pour obtenir un PDF, choisissez « Enregistrer au format PDF » comme imprimante.
ws-report-meta = Rapport de mise en correspondance du { $date }, établi avec CCA Migration Lab : { $priorities }, { $links }.
ws-report-priorities = Les priorités et leurs liens

## Analyses
list-and = { $init } et { $last }
list-separator = {", "}
an-percent-below-one = < 1 %
an-coverage = Couverture
an-gaps = Lacunes
an-alignment = Alignement sur les cibles des ODD
an-interlinkages = Interconnexions
an-objective = Objectif { $number }
an-goal = ODD { $number }
an-summary-none-gcm = Aucun des { $total } objectifs n’est encore traité.
an-summary-none-sdg = Aucun des { $total } ODD n’est encore traité.
an-summary-top = { $name } ({ $count ->
        [one] { $count } priorité
       *[other] { $count } priorités
    })
an-summary-gcm = { $count } objectifs sur { $total } { $count ->
        [one] est traité
       *[other] sont traités
    } ; les plus traités : { $most } ; { $rest ->
        [0] tous les objectifs sont traités.
        [one] { $rest } objectif n’est pas traité.
       *[other] { $rest } objectifs ne sont pas traités.
    }
an-summary-sdg = { $count } ODD sur { $total } { $count ->
        [one] est traité
       *[other] sont traités
    } ; les plus traités : { $most } ; { $rest ->
        [0] tous les ODD sont traités.
        [one] { $rest } ODD n’est pas traité.
       *[other] { $rest } ODD ne sont pas traités.
    }
an-heatmap-gcm = Priorités × les 23 objectifs du Pacte mondial
an-heatmap-sdg = Priorités × les 17 ODD
an-priorities = Priorités
an-priority = Priorité
an-column-title = { $name } : { $label }
an-totals-gcm = Priorités traitant l’objectif
an-totals-sdg = Priorités traitant l’ODD
an-no-priorities = Aucune priorité à afficher pour l’instant.
an-note-gcm = Une cellule vaut 1 lorsque la priorité est liée à l’objectif. La dernière ligne compte les priorités qui traitent chaque colonne ; plus une cellule est foncée, plus elle contient de liens.
an-note-sdg = Chaque cellule compte les liens de la priorité avec l’ODD, ses cibles et leurs indicateurs. La dernière ligne compte les priorités qui traitent chaque colonne ; plus une cellule est foncée, plus elle contient de liens.
an-table-show = Afficher sous forme de tableau
an-table-hide = Masquer le tableau
an-table-caption = { $title } : nombre de liens
an-gaps-gcm = Objectifs du Pacte mondial qu’aucune priorité ne traite
an-gaps-gcm-none = Chaque objectif du Pacte mondial est traité.
an-gaps-count = { $count } sur { $total } :
an-gaps-sdg = Cibles des ODD liées aux migrations qu’aucune priorité ne reflète
an-gaps-sdg-none = Chaque cible liée aux migrations est reflétée.
an-target = Cible { $code }
an-gap-why = Pourquoi elle compte pour les migrations
an-gap-source = Source : { $source }
an-measure-against = Mesurer par rapport à
an-set-all = l’ensemble des { $total } cibles
an-set-migration = les { $total } cibles liées aux migrations
an-share = { $share } des { $set ->
        [migration] cibles liées aux migrations
       *[all] cibles
    } reflétées
an-share-detail = . { $x } des { $y } { $set ->
        [migration] cibles liées aux migrations
       *[all] cibles
    } sont reflétées par au moins une priorité, directement ou par l’un de leurs indicateurs.
an-chart-title = Part des { $set ->
        [migration] cibles liées aux migrations
       *[all] cibles
    } reflétées, par ODD
an-goal-covered = ODD { $number } : { $x } sur { $y }
an-bar-value = { $x } sur { $y } ({ $share })
an-bars-label = { $share }. Par ODD : { $list }.
an-bars-none = aucune
an-goal-row = ODD { $number } · { $label }
an-all-goals = Tous les ODD
an-col-goal = ODD
an-col-targets = Cibles
an-col-reflected = Reflétées
an-col-share = Part
an-col-targets-reflected = Cibles reflétées
an-indicators = Indicateurs pour suivre les cibles reflétées
an-no-indicator = Aucun indicateur dans le cadre de 2025.
an-none-reflected = Aucune des { $set ->
        [migration] cibles liées aux migrations
       *[all] cibles
    } n’est encore reflétée.
an-shared = Références communes à plusieurs priorités
an-shared-none = Aucune référence n’est liée à plus d’une priorité.
an-shared-by = { $count ->
        [one] { $count } priorité
       *[other] { $count } priorités
    } : { $list }
an-reach = Priorités par portée
an-reach-caption = Objectifs du Pacte mondial et ODD touchés par chaque priorité, de la plus large à la plus étroite
an-col-gcm = Objectifs du Pacte mondial
an-col-sdgs = ODD
an-col-links = Liens
an-unlinked = Priorités sans lien
an-unlinked-none = Chaque priorité a au moins un lien.

## Suggestions et indices
suggest-intro = Suggestions : l’application propose pour chaque priorité des objectifs du Pacte mondial, des cibles et des indicateurs des ODD, avec les mots qui ont correspondu ; vous acceptez ou rejetez chacun. Rien n’est lié tant que vous ne l’avez pas accepté.
suggest-language = Langue des priorités
suggest-all = Suggérer pour toutes
suggest = Suggérer
suggest-for-label = Suggérer des liens pour la priorité { $id }
suggest-heading = Suggestions pour la priorité { $id }
suggest-wait = Recherche de suggestions…
suggest-stale = Le texte de la priorité a changé depuis : demandez de nouvelles suggestions pour les mettre à jour.
suggest-goals = ODD jugés pertinents : { $list }.
suggest-score = (score { $score })
suggest-evidence = Éléments :
suggest-accept = Accepter
suggest-add = Ajouter
suggest-accept-label = { $action } { $reference } pour la priorité { $id }
suggest-reject = Rejeter
suggest-reject-label = Rejeter { $reference } pour la priorité { $id }
suggest-none-left = Plus de suggestion : le moteur n’a rien trouvé d’autre d’assez pertinent, ou chaque suggestion a été acceptée ou rejetée.
suggest-close = Fermer les suggestions
suggest-close-label = Fermer les suggestions pour la priorité { $id }
suggest-found-one = { $count ->
        [0] Aucune suggestion
        [one] { $count } suggestion
       *[other] { $count } suggestions
    } pour la priorité { $id }.
suggest-found-many = { $count ->
        [0] Aucune suggestion
        [one] { $count } suggestion
       *[other] { $count } suggestions
    } pour { $total } priorités.
suggest-rejected = { $reference } rejeté pour la priorité { $id }.
suggest-linked = { $reference } lié à la priorité { $id }.
suggest-added = { $reference } ajouté à la priorité { $id }.
suggest-not-loaded = Le moteur de suggestions n’a pas pu être chargé. Vérifiez la connexion et réessayez (après une première utilisation, il fonctionne aussi hors ligne).
suggest-request-failed = La demande n’a pas pu être rédigée.
hints = Indices
hints-label = Indices pour la priorité { $number }

## Pages des formateurs
decimal-separator = {","}
diagnostics-snippet-line = ligne { $line }
drop-choose-files = Choisir des fichiers…
drop-choose-folder = Choisir un dossier…
drop-reading = Lecture des fichiers…
drop-local-only = Rien n’est envoyé : les fichiers sont lus dans ce navigateur uniquement.
preview-title = Vérifier et prévisualiser un parcours
preview-lead-before = Déposez le dossier d’un parcours (ou un zip de celui-ci) pour le vérifier avec les mêmes règles que
preview-lead-after = et le lire comme les participants le liront, dans chacune de ses langues. Modifiez un fichier, déposez-le à nouveau : les vérifications et l’aperçu suivent. Les fichiers restent dans ce navigateur : rien n’est envoyé ni publié.
preview-cohort-link = Analyses de cohorte à partir des fichiers de résultats des participants →
preview-reference-failed = Les textes officiels des ODD et du Pacte mondial, nécessaires à la vérification, n’ont pas pu être chargés : { $why }. Vérifiez la connexion et rechargez la page.
preview-drop = Déposez ici le dossier d’un parcours, un zip de celui-ci ou des fichiers modifiés
preview-drop-folder-first = { $file } : déposez d’abord le dossier complet du parcours (ou un zip de celui-ci), puis des fichiers isolés pour les remplacer
preview-no-such-file = { $file } : aucun fichier de ce nom dans le parcours ; déposez le dossier pour ajouter de nouveaux fichiers
preview-ambiguous-file = { $file } se trouve à plusieurs endroits ({ $list }) ; déposez le dossier, ou le fichier depuis son dossier de langue
preview-folder = Dossier « { $name } » : { $count ->
        [one] { $count } fichier
       *[other] { $count } fichiers
    }
preview-files-read = Les fichiers lus
preview-bytes = ({ $count ->
        [one] { $count } octet
       *[other] { $count } octets
    })
preview-forget = Oublier ces fichiers
preview-ok = Aucun problème trouvé.
preview-warnings = Avertissements
preview-problems = Problèmes à corriger avant que les participants puissent l’utiliser
preview-open = Aperçu tel que les participants le voient
preview-answers-kept = Les réponses données dans l’aperçu sont conservées dans ce navigateur comme celles d’un participant ; « Recommencer » sur la page du parcours les efface.
preview-banner = Aperçu : « { $name } » est affiché à partir des fichiers que vous avez déposés, et non depuis ce site.
preview-back = Retour aux vérifications
preview-end = Terminer l’aperçu
cohort-title = Analyses de cohorte
cohort-lead = Déposez les fichiers de résultats que vos participants ont téléchargés depuis leur page Résultats (des centaines à la fois, ou un dossier ou un zip de ceux-ci) pour voir comment la cohorte s’en est sortie : achèvement, questions, exercices de mise en correspondance, références le plus souvent erronées ou manquées, accord entre participants et personnes ayant besoin d’aide. Les fichiers sont lus dans ce navigateur ; rien n’est envoyé.
cohort-curriculum = Parcours
cohort-curriculum-problems = Ce parcours présente des problèmes : les résultats ne peuvent pas être analysés par rapport à lui
cohort-not-json = { $file } : pas un fichier de résultats .json, écarté
cohort-drop = Déposez ici des fichiers de résultats (.json), un dossier ou un zip de ceux-ci
cohort-files-read = { $count ->
        [one] { $count } fichier lu.
       *[other] { $count } fichiers lus.
    } Déposez-en d’autres pour les ajouter.
cohort-start-again = Recommencer
cohort-none = aucune
cohort-key = Corrigé :
cohort-report-title = { $title } (version { $version })
cohort-trainees-from = { $count ->
        [one] participant
       *[other] participants
    } issus de { $files ->
        [one] { $files } fichier
       *[other] { $files } fichiers
    } ;
cohort-left-out = écarté(s).
cohort-print = Imprimer le rapport
cohort-csv-trainees = Participants (CSV)
cohort-refused = Fichiers écartés
cohort-csv-refused = Fichiers écartés (CSV)
cohort-help = Participants pouvant avoir besoin d’aide ({ $count })
cohort-help-criteria = Un participant figure dans la liste s’il a répondu correctement à moins de la moitié de ses questions (avec au moins { $answered } réponses), a eu besoin d’au moins { $attempted } essais pour au moins { $count } questions, a obtenu moins de { $score } à un exercice de mise en correspondance, ou a terminé moins de la moitié des leçons. Ce sont des pistes de discussion, pas des notes.
cohort-help-nobody = Personne, selon ces critères.
cohort-modules = Achèvement par module
cohort-col-module = Module
cohort-col-lessons = Leçons
cohort-col-completed = Terminé
cohort-col-started = Commencé
cohort-col-lessons-done = Leçons terminées, en moyenne
cohort-csv-modules = Modules (CSV)
cohort-questions = Questions
cohort-col-question = Question
cohort-col-answered = Réponses
cohort-col-right = Justes
cohort-col-share-right = Part de réponses justes
cohort-col-tries = Essais, en moyenne
cohort-col-options = Options choisies (✓ juste)
cohort-csv-questions = Questions (CSV)
cohort-mappings = Exercices de mise en correspondance
cohort-mappings-explain = Meilleurs scores par participant, en cinq tranches de 20 %. Par priorité : le score moyen, les références le plus souvent choisies sans être créditées (erronées) et celles attendues le plus souvent non trouvées (manquées, avec la justification du corrigé), et le kappa de Fleiss, qui mesure dans quelle mesure les participants s’accordent sur les références qui relèvent de la priorité au-delà du hasard : 1 correspond à un accord total, 0 à un accord pas meilleur que le hasard, une valeur négative à un accord inférieur au hasard.
cohort-csv-exercises = Exercices (CSV)
cohort-csv-priorities = Priorités (CSV)
cohort-csv-references = Références erronées et manquées (CSV)
cohort-attempted = { $count } tentative(s)
cohort-best-scores = ; meilleur score : moyenne { $mean }, médiane { $median }, minimum { $min }, maximum { $max } ; essais en moyenne : { $tries }.
cohort-col-mean-score = Score moyen
cohort-col-wrong = Le plus souvent erronées
cohort-col-missed = Le plus souvent manquées
cohort-col-kappa = Accord (kappa)

## Progression et espaces de travail enregistrés
storage-unavailable = La progression ne peut pas être enregistrée dans ce navigateur ({ $why }). Elle sera perdue à la fermeture de cet onglet.
storage-progress-kept-aside = Votre progression enregistrée n’a pas pu être utilisée : { $why }. Elle a été mise de côté dans le stockage de ce navigateur sous la clé « { $file } », et un nouvel enregistrement a été commencé.
storage-progress-left = Votre progression enregistrée n’a pas pu être utilisée : { $why }. Elle n’a pas pu être mise de côté (le stockage est plein) et reste inchangée jusqu’à votre prochaine réponse ; un nouvel enregistrement a été commencé.
storage-save-failed = La progression n’a pas pu être enregistrée : le stockage de ce navigateur est plein ou désactivé. Elle sera perdue à la fermeture de cet onglet.
ws-store-no-reference = Les espaces de travail ne peuvent pas être ouverts avant le chargement des textes officiels.
ws-store-unavailable = Les espaces de travail ne peuvent pas être lus dans ce navigateur ({ $why }).
ws-store-kept-aside = L’espace de travail enregistré « { $id } » n’a pas pu être lu : { $why }. Il a été mis de côté dans le stockage de ce navigateur sous la clé « { $file } ».
ws-store-left = L’espace de travail enregistré « { $id } » n’a pas pu être lu : { $why }. Il n’a pas pu être mis de côté (le stockage est plein) et reste inchangé.
ws-store-save-failed = L’espace de travail « { $name } » n’a pas pu être enregistré ({ $why }). Vos modifications sont conservées tant que cet onglet reste ouvert : exportez l’espace de travail pour les garder.
crash-message = Un problème est survenu et CCA Migration Lab s’est arrêté. Votre progression est enregistrée dans ce navigateur. Rechargez la page pour continuer ; si cela se reproduit, indiquez à votre formateur ce que vous faisiez.
file-unreadable = { $file } n’a pas pu être lu
folder-unreadable = le dossier { $file } n’a pas pu être lu
