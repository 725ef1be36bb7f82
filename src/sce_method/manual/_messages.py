"""Messages of the Manual (prefix ``manual.``): its chapters, its sentences and its notes."""

from __future__ import annotations

from typing import Final

from sce_method._core import Templates, register

# Laid out by hand, one message in one or two lines where it fits, so that the catalog stays one short module.
# fmt: off
MESSAGES: Final[dict[str, Templates]] = {
    "manual.title": {"es": "Manual de la metodología", "en": "Manual of the methodology"},
    "manual.contents": {"es": "Contenido", "en": "Contents"},
    "manual.notes": {"es": "Notas", "en": "Notes"},
    "manual.about.methodology":
        {"es": "Metodología {id}, versión {version}.", "en": "Methodology {id}, version {version}."},
    "manual.about.layers": {"es": "Capas: {chain}.", "en": "Layers: {chain}."},
    "manual.about.generated": {
        "es": "Generado de la metodología con sce-method: cada número y cada regla lleva una nota con su procedencia.",
        "en": "Generated from the methodology with sce-method: every number and rule carries a note with its"
        " provenance.",
    },
    "manual.date_format": {"es": "D [de] MMMM [de] YYYY", "en": "D MMMM YYYY"},
    "manual.month_format": {"es": "MMMM [de] YYYY", "en": "MMMM YYYY"},
    "manual.percent": {"es": "{value} %", "en": "{value}%"},
    "manual.and": {"es": "{first} y {last}", "en": "{first} and {last}"},
    # -- chapters --------------------------------------------------------------------
    "manual.chapter.programme": {"es": "El programa", "en": "The programme"},
    "manual.chapter.curriculum": {"es": "La oferta formativa", "en": "The formative offer"},
    "manual.chapter.centres": {"es": "Los centros", "en": "The centres"},
    "manual.chapter.staff_training": {"es": "La capacitación del personal", "en": "Staff training"},
    "manual.chapter.graduation": {"es": "La graduación", "en": "Graduation"},
    "manual.chapter.mentoring": {"es": "La mentoría entre pares", "en": "Peer mentoring"},
    "manual.chapter.monitoring": {"es": "El monitoreo y la evaluación", "en": "Monitoring and evaluation"},
    "manual.chapter.results": {"es": "Indicadores y marco de resultados", "en": "Indicators and results framework"},
    "manual.chapter.changes": {"es": "Lo que cambió cada capa", "en": "What each layer changed"},
    "manual.chapter.glossary": {"es": "Glosario", "en": "Glossary"},
    "manual.chapter.documents": {"es": "Documentos citados", "en": "Documents cited"},
    "manual.chapter.annex":
        {"es": "Anexo: supuestos que la institución debe fijar", "en": "Annex: assumptions the institution must set"},
    # -- notes -----------------------------------------------------------------------
    "manual.note.source": {"es": "Fuente: {cite}.", "en": "Source: {cite}."},
    "manual.note.quoted": {"es": "Fuente: {cite}: «{quote}».", "en": "Source: {cite}: “{quote}”."},
    "manual.note.assumption": {
        "es": "Supuesto {link}: {reason} La institución debe fijar este valor.",
        "en": "Assumption {link}: {reason} The institution must set this value.",
    },
    "manual.note.computed": {"es": "Calculado: {how}.", "en": "Computed: {how}."},
    "manual.computed.total_hours": {"es": "la suma de las horas de los módulos", "en": "the sum of the modules' hours"},
    "manual.computed.offer_hours":
        {"es": "la suma de las horas de la oferta completa", "en": "the sum of the complete offer's hours"},
    "manual.computed.minimum":
        {"es": "las horas del módulo por la parte pedida", "en": "the module's hours times the share asked"},
    "manual.computed.progress": {
        "es": "el avance es el logro entre la meta (la meta entre el logro si menos es mejor), como en el Anexo A",
        "en": "progress is the actual divided by the target (the target by the actual where less is better), as in"
        " Annex A",
    },
    "manual.computed.questions": {"es": "las preguntas del instrumento", "en": "the instrument's questions"},
    # -- the programme ---------------------------------------------------------------
    "manual.programme.serves": {"es": "A quién sirve: {result}", "en": "Whom it serves: {result}"},
    "manual.programme.survivors": {
        "es": "Las participantes de {centres} han vivido violencia: lo que pueda identificarlas se protege.",
        "en": "The participants of {centres} have lived violence: whatever could identify them is protected.",
    },
    "manual.programme.version": {
        "es": "Este manual dice la metodología {id}, versión {version}, vigente desde el {since}.",
        "en": "This manual states the methodology {id}, version {version}, in force from {since}.",
    },
    "manual.programme.how_to_read": {
        "es": "Cada número y cada regla lleva una nota: el lugar del informe de donde viene, o «supuesto» con su razón"
        " cuando el informe no lo da. El anexo reúne los supuestos, para que la institución los fije.",
        "en": "Every number and rule carries a note: the place in the report it comes from, or 'assumption' with its"
        " reason where the report does not give it. The annex gathers the assumptions for the institution to set.",
    },
    "manual.programme.this_manual": {"es": "Este documento es el {manual}.", "en": "This document is the {manual}."},
    "manual.programme.part_of": {"es": "{manual}, parte del {model}", "en": "{manual}, part of {model}"},
    "manual.programme.agreement": {"es": "El acuerdo", "en": "The agreement"},
    "manual.programme.project": {"es": "Proyecto {number}", "en": "Project {number}"},
    "manual.programme.period": {"es": "Del {starts} al {ends}", "en": "From {starts} to {ends}"},
    "manual.programme.funding": {"es": "Fondos: {amounts}", "en": "Funds: {amounts}"},
    "manual.programme.organisations": {"es": "Quiénes participan", "en": "Who takes part"},
    "manual.programme.events": {"es": "Hitos", "en": "Milestones"},
    "manual.role.programme_owner": {"es": "titular del programa", "en": "owner of the programme"},
    "manual.role.counterpart":
        {"es": "contraparte, que financia el acuerdo", "en": "counterpart, funding the agreement"},
    "manual.role.implementing_partner": {"es": "socia implementadora", "en": "implementing partner"},
    "manual.role.centre_operator": {"es": "opera centros", "en": "runs centres"},
    "manual.role.network": {"es": "red de la que forma parte", "en": "a network it belongs to"},
    # -- the formative offer, the centres, the staff -----------------------------------
    "manual.curriculum.intro": {"es": "Los módulos de la oferta formativa:", "en": "The modules of the offer:"},
    "manual.curriculum.no_modules": {
        "es": "Esta metodología no fija módulos: cada programa los fija al adaptarla.",
        "en": "This methodology sets no modules: each programme sets them when it adapts it.",
    },
    "manual.curriculum.total": {"es": "En total, {hours}.", "en": "In all, {hours}."},
    "manual.curriculum.complete_offer": {
        "es": "La oferta formativa completa, que toda graduada cursa, son {modules}: {hours}.",
        "en": "The complete formative offer, which every graduate takes, is {modules}: {hours}.",
    },
    "manual.curriculum.complementary": {"es": "Cursos complementarios", "en": "Complementary courses"},
    "manual.curriculum.complementary_intro": {
        "es": "Cada módulo se profundiza con un curso en línea:",
        "en": "Each module is deepened by an online course:",
    },
    "manual.curriculum.foundational": {"es": "Cursos fundacionales", "en": "Foundational courses"},
    "manual.curriculum.foundational_intro": {
        "es": "Cursos de la coordinación global de SCE, para todas las participantes:",
        "en": "Courses of SCE's global coordination, for every participant:",
    },
    "manual.curriculum.pathways": {"es": "Trayectos", "en": "Pathways"},
    "manual.curriculum.pathway": {"es": " ({kind}): {modules}.", "en": " ({kind}): {modules}."},
    "manual.curriculum.no_pathway_modules": {"es": "sin módulos asignados", "en": "no modules assigned"},
    "manual.centres.intro": {"es": "Dónde se imparte el programa:", "en": "Where the programme runs:"},
    "manual.col.municipality": {"es": "municipio", "en": "municipality"},
    "manual.col.facilitators": {"es": "personas facilitadoras", "en": "facilitators"},
    "manual.col.survivors": {"es": "atiende a sobrevivientes de violencia", "en": "serves survivors of violence"},
    "manual.staff.intro": {
        "es": "Quienes imparten y replican la metodología se capacitan así:",
        "en": "Those who deliver and replicate the methodology are trained as follows:",
    },
    "manual.col.centres": {"es": "centros", "en": "centres"},
    "manual.col.trained": {"es": "alcance", "en": "reached"},
    # -- graduation ------------------------------------------------------------------
    "manual.graduation.history": {
        "es": "A cada participante se le aplica la regla vigente en su fecha de decisión: la de evaluación, o el fin"
        " de su generación si terminó antes.",
        "en": "Each participant is held to the rule in force on her decision date: the evaluation date, or the end of"
        " her cohort if it ended earlier.",
    },
    "manual.graduation.since": {"es": "Desde el {since}: {title}", "en": "From {since}: {title}"},
    "manual.graduation.review_by": {"es": "Debe revisarse antes del {day}.", "en": "To be reviewed by {day}."},
    "manual.graduation.requires": {"es": "Para acreditar la graduación se pide:", "en": "To be eligible to graduate:"},
    "manual.graduation.exceptions": {"es": "Excepciones", "en": "Exceptions"},
    "manual.graduation.exception":
        {"es": "para {who}, en lugar de «{overrides}», se pide:", "en": "for {who}, instead of “{overrides}”:"},
    "manual.graduation.centres": {"es": "participantes de {centres}", "en": "participants of {centres}"},
    "manual.graduation.cohorts": {"es": "las generaciones {cohorts}", "en": "the cohorts {cohorts}"},
    "manual.graduation.everyone": {"es": "todas las participantes", "en": "every participant"},
    "manual.graduation.completed":
        {"es": "Qué cuenta como módulo completado", "en": "What counts as a completed module"},
    "manual.graduation.completed_intro": {
        "es": "Según la regla vigente, un módulo cuenta como completado cuando la participante asistió al menos a esta"
        " parte de sus horas, o cuando un registro de conclusión lo acredita:",
        "en": "Under the rule in force, a module counts as completed when the participant attended at least this share"
        " of its hours, or when a completion record says so:",
    },
    "manual.col.share": {"es": "parte de las horas", "en": "share of the hours"},
    "manual.col.minimum": {"es": "mínimo de horas", "en": "minimum hours"},
    "manual.graduation.statuses": {"es": "Estados de una participante", "en": "A participant's status"},
    "manual.graduation.status.eligible": {"es": "cumple la regla.", "en": "the rule holds."},
    "manual.graduation.status.in_progress":
        {"es": "aún no la cumple; su generación no ha terminado.", "en": "not yet, and her cohort has not ended."},
    "manual.graduation.status.not_eligible":
        {"es": "no la cumple y su generación terminó.", "en": "it does not hold and her cohort has ended."},
    "manual.graduation.status.withdrawn":
        {"es": "se dio de baja antes de la evaluación.", "en": "she withdrew before the evaluation date."},
    "manual.rule.labelled": {"es": "{label}: ", "en": "{label}: "},
    "manual.rule.module_completed": {
        "es": "completar el módulo {module}: asistir al menos al {share} de sus horas, o un registro de conclusión",
        "en": "complete the module {module}: attend at least {share} of its hours, or a completion record",
    },
    "manual.rule.complete_offer": {
        "es": "completar la oferta formativa completa ({modules}): en cada módulo, al menos el {share} de sus horas, o"
        " un registro de conclusión",
        "en": "complete the whole formative offer ({modules}): in each module, at least {share} of its hours, or a"
        " completion record",
    },
    "manual.rule.module_hours": {"es": "al menos {hours} del módulo {module}", "en": "at least {hours} of {module}"},
    "manual.rule.total_hours": {"es": "al menos {hours} en total", "en": "at least {hours} in all"},
    "manual.rule.attendance_rate": {
        "es": "asistir al menos al {rate} de la oferta completa",
        "en": "attend at least {rate} of the complete offer",
    },
    "manual.rule.instrument_submitted": {"es": "responder la {instrument}", "en": "answer the {instrument}"},
    "manual.rule.follow_up_recorded": {
        "es": "registros de seguimiento individualizado: al menos {count}",
        "en": "individual follow-up records: at least {count}",
    },
    "manual.rule.mentoring_sessions": {
        "es": "sesiones de mentoría recibidas: al menos {count}",
        "en": "mentoring sessions received: at least {count}",
    },
    "manual.rule.all_of": {"es": "todo lo siguiente:", "en": "all of the following:"},
    "manual.rule.any_of": {"es": "al menos uno de los siguientes:", "en": "at least one of the following:"},
    "manual.rule.at_least": {"es": "al menos {n} de los siguientes:", "en": "at least {n} of the following:"},
    # -- mentoring -------------------------------------------------------------------
    "manual.mentoring.intro": {"es": "Cómo funciona:", "en": "How it works:"},
    "manual.mentoring.unset": {"es": "sin fijar", "en": "not set"},
    "manual.mentoring.coordination": {"es": "Coordina: {who}.", "en": "Coordinated by: {who}."},
    "manual.mentoring.capacity": {
        "es": "Cada mentora acompaña a lo más a {mentees} participantes a la vez.",
        "en": "Each mentor accompanies at most {mentees} participants at once.",
    },
    "manual.mentoring.sessions":
        {"es": "Cada mentee recibe {sessions} sesiones.", "en": "Each mentee receives {sessions} sessions."},
    "manual.mentoring.same_centre": {"es": "Mentora y mentee del mismo centro: {same}.", "en": "Same centre: {same}."},
    "manual.mentoring.prerequisite": {"es": "Para ser mentora: {rule}.", "en": "To be a mentor: {rule}."},
    # -- monitoring ------------------------------------------------------------------
    "manual.monitoring.intro": {
        "es": "Los instrumentos de monitoreo, con sus preguntas, sus opciones y sus reglas dichas en palabras:",
        "en": "The monitoring instruments, with their questions, choices and rules said in words:",
    },
    "manual.monitoring.no_questions": {
        "es": "Este instrumento aún no tiene preguntas: cada programa las fija.",
        "en": "This instrument has no questions yet: each programme sets them.",
    },
    "manual.monitoring.joined_by": {
        "es": "Cada respuesta se une a su participante por la pregunta {question}.",
        "en": "Each response is joined to its participant by the question {question}.",
    },
    "manual.monitoring.group_relevant": {"es": "Se muestra solo si {condition}.", "en": "Shown only if {condition}."},
    "manual.col.question": {"es": "pregunta", "en": "question"},
    "manual.col.answer": {"es": "respuesta", "en": "answer"},
    "manual.col.conditions": {"es": "reglas", "en": "rules"},
    "manual.col.version": {"es": "versión", "en": "version"},
    "manual.monitoring.hint": {"es": "({hint})", "en": "({hint})"},
    "manual.monitoring.disclosure": {"es": "Protección de las participantes", "en": "Protecting the participants"},
    "manual.monitoring.small_cells": {
        "es": "Ninguna cifra desglosada muestra menos de {min_cell} personas: una celda pequeña puede identificar a"
        " alguien.",
        "en": "No broken-down figure shows fewer than {min_cell} people: a small cell can identify someone.",
    },
    "manual.monitoring.age_bands": {"es": "Las edades se agrupan en {bands}.", "en": "Ages are grouped as {bands}."},
    "manual.monitoring.age_last": {"es": "{low} o más", "en": "{low} and over"},
    # -- results ---------------------------------------------------------------------
    "manual.results.indicators": {"es": "Indicadores de resultado", "en": "Outcome indicators"},
    "manual.results.indicators_intro":
        {"es": "Se calculan de las encuestas de cada generación:", "en": "Computed from each cohort's surveys:"},
    "manual.results.proportion": {
        "es": "De quienes respondieron la {survey}, la parte en que {condition}.",
        "en": "Of those who answered the {survey}, the share for whom {condition}.",
    },
    "manual.results.count": {
        "es": "Cuántas, en la {survey}, cumplen que {condition}.",
        "en": "How many, in the {survey}, meet: {condition}.",
    },
    "manual.results.mean": {
        "es": "En la {survey}, el promedio de {value} si {condition}.",
        "en": "In the {survey}, the mean of {value} if {condition}.",
    },
    "manual.results.transition": {
        "es": "De quienes en la {survey} cumplen que {condition}, la parte que en la {to_survey} cumple que"
        " {to_condition}.",
        "en": "Of those for whom {condition} in the {survey}, the share for whom {to_condition} in the {to_survey}.",
    },
    "manual.results.everyone": {"es": "todas", "en": "everyone"},
    "manual.population.enrolled": {"es": "Sobre todas las inscritas.", "en": "Over everyone enrolled."},
    "manual.population.graduates": {"es": "Sobre las graduadas.", "en": "Over the graduates."},
    "manual.results.by": {"es": "Se desglosa por {by}.", "en": "Broken down by {by}."},
    "manual.dimension.centre": {"es": "centro", "en": "centre"},
    "manual.dimension.cohort": {"es": "generación", "en": "cohort"},
    "manual.dimension.age_band": {"es": "edad", "en": "age"},
    "manual.results.reported": {"es": "Cifra del informe: {value}.", "en": "Reported figure: {value}."},
    "manual.results.framework": {"es": "Marco de resultados", "en": "Results framework"},
    "manual.results.no_indicators": {
        "es": "Cada programa mide este resultado con sus propios indicadores.",
        "en": "Each programme measures this result with its own indicators.",
    },
    "manual.col.period": {"es": "periodo", "en": "period"},
    "manual.results.figures": {"es": "Cifras que reporta la fuente", "en": "Figures the source reports"},
    "manual.results.more_than": {"es": "más de {value}", "en": "more than {value}"},
    "manual.results.chart": {
        "es": "Avance de cada indicador respecto de su meta{progress}; la línea roja marca la meta.",
        "en": "Progress of each indicator against its target{progress}; the red line marks the target.",
    },
    # -- the other chapters ----------------------------------------------------------
    "manual.changes.intro": {
        "es": "Esta metodología es una adaptación: {chain}. Cada capa cambia lo siguiente de la anterior.",
        "en": "This methodology is an adaptation: {chain}. Each layer changes the following of the one below.",
    },
    "manual.changes.layer": {"es": "{layer} {version}, sobre {parent}", "en": "{layer} {version}, on {parent}"},
    "manual.changes.none": {"es": "Esta capa no cambia ningún valor.", "en": "This layer changes no value."},
    "manual.glossary.intro": {
        "es": "Los términos del programa y sus nombres en inglés, como los usa el código de la biblioteca:",
        "en": "The programme's terms and their Spanish names, as the data and labels use them:",
    },
    "manual.glossary.spanish": {"es": "español (datos, etiquetas)", "en": "Spanish (data, labels)"},
    "manual.glossary.english": {"es": "inglés (código)", "en": "English (code)"},
    "manual.documents.intro":
        {"es": "Las notas citan estos documentos por su id:", "en": "The notes cite these documents by their id:"},
    "manual.annex.intro": {
        "es": "Valores que el informe no da ({count}), por capítulo y por razón, cada uno por su ruta y su campo.",
        "en": "Values the report does not give ({count}), by chapter and reason, each by its path and field.",
    },
    "manual.pdf.missing": {
        "es": "el PDF requiere el extra pdf: pip install 'sce-method[pdf]' (o imprima el HTML: --format html)",
        "en": "PDF needs the pdf extra: pip install 'sce-method[pdf]' (or print the HTML: --format html)",
    },
    "manual.pdf.system": {
        "es": "el PDF requiere Pango, biblioteca del sistema (Debian: apt-get install libpango-1.0-0): {reason}",
        "en": "PDF needs Pango, a system library (Debian: apt-get install libpango-1.0-0): {reason}",
    },
}
# fmt: on

register(__name__, MESSAGES)
