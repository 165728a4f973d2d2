# The default theme's words in Spanish.

language-name = Español
skip-to-content = Saltar al contenido
language-switcher-label = Idioma
main-navigation-label = Menú principal
footer-generated-by = Hecho con govdoc.
draft-fallback-banner =
    { $count ->
        [one] Borrador: a un texto de esta página le falta la traducción y se muestra en otro idioma.
       *[other] Borrador: a { $count } textos de esta página les falta la traducción y se muestran en otro idioma.
    }
draft-fallback-marker = sin traducir

nav-home = Inicio
nav-roles = Roles
nav-forums = Foros de reunión
nav-risks = Riesgos
nav-model = El modelo
nav-glossary = Términos en todos los idiomas

home-forums-heading = ¿Quién decide qué y cuándo se reúne?
home-roles-heading = ¿Quién es responsable?
roles-intro = Los roles del modelo de gobernanza, agrupados como los ordena el modelo. Elija un rol para ver sus responsabilidades, sus tareas y los foros en los que participa.
roles-ungrouped = Otros roles
forums-intro = Los foros de reunión donde se toman decisiones y se comparte información: qué pueden decidir, con qué frecuencia se reúnen y quién los dirige.
forums-ungrouped = Otros foros
risks-intro = Los principales riesgos del modelo de gobernanza.
model-intro = Cómo se gobierna el área de las TIC: de la estrategia global a los roles, las funciones y los foros.
model-strategy-heading = De la estrategia a la estructura
model-capacities-heading = Capacidades
model-foundations-heading = El uso de las TIC se basa en tres cosas
model-supply-heading = Modelo Y: gestión, pedidos y proveedor, unidos por el acuerdo de nivel de servicio (SLA)
model-functions-heading = Cinco funciones
glossary-intro = Los términos del modelo de gobernanza en todos los idiomas, uno al lado del otro. El sitio usa las mismas palabras en todas partes.
open-questions-title = Preguntas abiertas
open-questions-intro = Cuestiones que el material de origen no ha resuelto. Se muestran como abiertas hasta que se decidan.
open-questions-none = No hay preguntas abiertas.
open-question-field =
    { $field ->
        [chair] no está decidido quién dirige el foro
       *[decision-authority] no está decidida la autoridad de decisión
    }
translation-status-title = Estado de la traducción
translation-status-intro = Cuánto ha avanzado cada traducción, medido con respecto al texto fuente en noruego.
translation-status-language = Idioma
translation-status-source = Textos en la fuente
translation-status-translated = Traducidos
translation-status-missing = Faltan
translation-status-stale = Desactualizados
translation-status-obsolete = Obsoletos
translation-status-complete = Completado
translation-status-percent = { $percent } %
translation-status-done = Todo está traducido y al día.
translation-status-missing-heading = Faltan ({ $count })
translation-status-stale-heading = El texto fuente cambió después de la traducción ({ $count })
translation-status-obsolete-heading = Ya no existen en la fuente ({ $count })
translation-status-id = Texto
translation-status-old-source = Fuente al traducir
translation-status-new-source = Fuente actual
translation-status-how = Traductores: consulten la guía del traductor y ejecuten «govdoc i18n status» para ver la misma lista con nombres de archivo y números de línea.
not-found-title = Página no encontrada
not-found-text = La página no existe. Elija un idioma para ir a la página de inicio.

label-role = Rol
label-responsibility = Responsabilidad
label-held-by = Quién
label-chairs = Dirige
label-attends = Participa en
label-convenes = Convoca
label-holds = Responsable de los roles
label-responsibilities = Responsabilidades
label-tasks = Tareas
label-policy-areas = Requisitos y políticas sobre
label-competencies = Competencias
label-success-factors = Factores críticos de éxito
label-escalation = Escalamiento
escalation-for = Para { $category }
escalation-line-organisation = a través de la línea jerárquica ordinaria
label-notes = Aclaraciones
label-related-risks = Riesgos relacionados
label-concerns = Afecta a
label-term = Término

label-forum = Foro
label-per-system = Se constituye por sistema
label-meets = Se reúne
label-chair = Lo dirige
chair-appointed = Un responsable designado
undecided = Sin decidir
label-decision-authority = Autoridad de decisión
authority-none = No es un foro de decisión
authority-decides = Foro de decisión
authority-by-virtue-of = En calidad de
label-main-tasks = Tareas principales
label-fixed-agenda = Puntos fijos del orden del día
label-possible-topics = Posibles temas
agenda-not-fixed = El foro no tiene un orden del día fijo, pero pueden tratarse estos temas:
label-participants = Quién participa
label-chair-duties = Responsabilidad de quien lo dirige
label-establishment = Cuándo se constituye
establishment-must = Debe constituirse para
establishment-may = Puede constituirse para
label-escalating-roles = Roles que escalan a este foro

cadence-convened-by = Lo convoca
cadence-regular = periódicamente
cadence-when-needed = cuando sea necesario
cadence-and-when-needed = { $rhythm } y cuando sea necesario
cadence-for-category = Para cada { $category } conviene celebrar reuniones fijas, por ejemplo { $rhythm }.
cadence-periodic =
    { $range ->
        [yes] { $min ->
            [1] { $max ->
                [2] una o dos veces
               *[other] de { $min } a { $max } veces
            }
           *[other] de { $min } a { $max } veces
        } { $per ->
            [week] a la semana
            [month] al mes
            [quarter] al trimestre
           *[year] al año
        }
       *[no] { $max ->
            [1] { $per ->
                [week] semanalmente
                [month] mensualmente
                [quarter] trimestralmente
               *[year] una vez al año
            }
            [2] dos veces { $per ->
                [week] a la semana
                [month] al mes
                [quarter] al trimestre
               *[year] al año
            }
           *[other] { $max } veces { $per ->
                [week] a la semana
                [month] al mes
                [quarter] al trimestre
               *[year] al año
            }
        }
    }

# The frame: header, breadcrumbs, footer.
menu-button = Menú
breadcrumbs-label = Está aquí
footer-contact-heading = Contacto
footer-about-heading = Sobre este sitio
footer-last-updated = Última actualización
contact-email = Correo electrónico
contact-phone = Teléfono
contact-page = Página de contacto
date = { $day } de { $month ->
        [1] enero
        [2] febrero
        [3] marzo
        [4] abril
        [5] mayo
        [6] junio
        [7] julio
        [8] agosto
        [9] septiembre
        [10] octubre
        [11] noviembre
       *[12] diciembre
    } de { $year }
not-found-lead = La página que busca no existe. Puede que se haya movido o eliminado.
not-found-home = Ir a la página de inicio
not-found-other-languages = En otros idiomas

# The accessibility statement (tilgjengelighetserklæring), in the structure uustatus uses.
accessibility-title = Declaración de accesibilidad
accessibility-intro = { $owner } tiene la obligación de que este sitio sea accesible conforme al reglamento noruego de diseño universal de las soluciones TIC. Esta declaración se aplica a { $url }.
accessibility-status-heading = Grado de cumplimiento
accessibility-status =
    { $status ->
        [full] El sitio cumple todos los requisitos aplicables de las WCAG 2.1.
        [partial] El sitio no cumple todos los requisitos de las WCAG 2.1. Los incumplimientos se indican a continuación.
       *[none] El sitio no cumple los requisitos de las WCAG 2.1 o aún no se ha evaluado.
    }
accessibility-deviations-heading = Contenido que no cumple los requisitos
accessibility-no-deviations = No nos consta ningún incumplimiento de los requisitos.
accessibility-criterion = Criterio de conformidad { $criterion }
accessibility-method-heading = Cómo hemos evaluado el sitio
accessibility-method =
    { $method ->
        [external] El sitio lo ha evaluado una entidad externa.
       *[self-assessment] Hemos evaluado el sitio nosotros mismos.
    }
accessibility-feedback-heading = Comentarios y contacto
accessibility-feedback = ¿Ha encontrado contenido que no le resulta accesible o tiene preguntas sobre esta declaración? Escríbanos:
accessibility-complaint-heading = Reclamaciones
accessibility-complaint = Si no recibe respuesta o no está conforme con ella, puede dirigirse a
accessibility-authority = la Autoridad Noruega de Supervisión del Diseño Universal de las TIC
accessibility-dates-heading = Sobre esta declaración
accessibility-created = Fecha de creación
accessibility-updated = Última actualización

## The banner on every page of an example site (`example: true` in govdoc.yml)

example-banner-label = Ejemplo
example-banner = Este es un ejemplo ficticio. El municipio, sus unidades, sistemas y riesgos no existen.

# Search: the search page, the header link and the words the search script shows.
search-link = Buscar
search-title = Buscar
search-label = Buscar roles, foros, riesgos y páginas
search-button = Buscar
search-intro = Escriba una o varias palabras, por ejemplo el nombre de un rol o de un foro. Las coincidencias en el título aparecen primero.
search-all-intro = Todo lo que se puede buscar, ordenado por tipo:
search-status-short = Escriba al menos tres letras.
search-status-none = No hay resultados.
search-status-one = Un resultado.
search-status-many = { $count } resultados.
search-status-error = No se pudo cargar la búsqueda. Use la lista de abajo.
search-results-label = Resultados de la búsqueda
search-kind-role = Rol
search-kind-forum = Foro
search-kind-system = Sistema
search-kind-risk = Riesgo
search-kind-page = Página
search-kind-pages = Páginas

# Translation status page: word counts and stale texts side by side (issue 14)
translation-status-number = { $n }
translation-status-words-heading = Palabras
translation-status-words-intro = Las palabras se cuentan en el texto fuente noruego, como presupuestan las agencias de traducción; no cuentan los marcadores ni la sintaxis de Fluent.
translation-status-words-source = Palabras en la fuente
translation-status-words-current = Traducidas y al día
translation-status-words-missing = Sin traducir
translation-status-words-stale = Desactualizadas
translation-status-current-translation = Traducción actual
translation-status-change = Cambio en la fuente:

# Open-questions page: the source's own open points, from the site's messages (issue 15)
open-questions-source-heading = Cuestiones que la fuente deja abiertas
open-questions-source-intro = Preguntas que la fuente deja sin resolver y que no corresponden a un solo campo del modelo.
open-questions-source-points = { "" }

# Header: the menu's group of reference pages, so the menu keeps to one row (issue 11)
menu-more = Más
