"""
The chapter on results: the outcome indicators, the results framework (Annex A), its figures and its chart.

Progress is computed as the results framework computes it (actual / target,
a whole percent), and says so in its note; every other number cites its source.
"""

from __future__ import annotations

from typing import Final

from sce_method._core import label, message
from sce_method.manual._context import Context, heading
from sce_method.manual._document import Block, Chapter, Code, Figure, Heading, Item, Items, Para, Spans, Strong, Table
from sce_method.manual._format import listing, number, percent
from sce_method.manual._notes import Notes, compose
from sce_method.monitoring import Instrument, OutcomeIndicator, ResultIndicator, ResultsFramework
from sce_method.monitoring.indicators import Dimension, IndicatorKind, Population
from sce_method.monitoring.results import ReportedFigure, percent_of
from sce_method.monitoring.words import Vocabulary, in_words

_DIMENSIONS: Final = {
    Dimension.CENTRE: "manual.dimension.centre",
    Dimension.COHORT: "manual.dimension.cohort",
    Dimension.AGE_BAND: "manual.dimension.age_band",
}
_POPULATIONS: Final = {
    Population.ENROLLED: "manual.population.enrolled",
    Population.GRADUATES: "manual.population.graduates",
}
_COLUMNS: Final = {
    "indicator": "results.col.indicator_id",
    "baseline": "results.col.baseline",
    "target": "results.col.target",
    "period": "manual.col.period",
    "actual": "results.col.actual",
    "progress": "results.col.progress_percent",
    "status": "results.col.status_label",
}
_FIGURES: Final = {"figure": "results.kind.figure", "value": "methodology.show.col.value"}


def results_chapter(ctx: Context) -> Chapter | None:
    """The outcome indicators and how each is computed, then the results framework with its figures and chart."""
    m, notes = ctx.m, ctx.notes()
    if not m.indicators and m.results_framework is None:
        return None
    blocks: list[Block] = []
    if m.indicators:
        instruments = {i.id: i for i in m.instruments}
        blocks += [
            heading(3, ctx.say(message("manual.results.indicators"))),
            Para((ctx.say(message("manual.results.indicators_intro")),)),
            Items(tuple(_indicator(ctx, i, instruments, notes) for i in m.indicators)),
        ]
    if m.results_framework is not None:
        blocks += _framework(ctx, m.results_framework, notes)
    return ctx.chapter("results", blocks, notes)


def _indicator(ctx: Context, indicator: OutcomeIndicator, instruments: dict[str, Instrument], notes: Notes) -> Item:
    lang = ctx.lang

    def said(field: str, instrument: str | None) -> Spans:
        expr = indicator.expression(field)
        found = instruments.get(instrument or "")
        vocabulary = Vocabulary.of(found, lang) if found is not None else None
        text = in_words(expr, lang, vocabulary) if expr is not None else ctx.say(message("manual.results.everyone"))
        return notes.on(text, indicator, field)

    survey, to_survey = _survey(ctx, indicator.instrument, instruments), _survey(ctx, indicator.to_instrument,
                                                                                  instruments)  # fmt: skip
    if indicator.kind is IndicatorKind.TRANSITION:
        how = message("manual.results.transition", survey=survey, condition=said("filter", indicator.instrument),
                      to_survey=to_survey, to_condition=said("to_filter", indicator.to_instrument))  # fmt: skip
    elif indicator.kind is IndicatorKind.MEAN:
        how = message("manual.results.mean", survey=survey, value=said("value", indicator.instrument),
                      condition=said("filter", indicator.instrument))  # fmt: skip
    elif indicator.kind is IndicatorKind.COUNT:
        how = message("manual.results.count", survey=survey, condition=said("filter", indicator.instrument))
    else:
        how = message("manual.results.proportion", survey=survey, condition=said("filter", indicator.instrument))
    lines: list[Spans] = [
        compose(how, lang),
        notes.on(ctx.say(message(_POPULATIONS[indicator.population])), indicator, "population"),
    ]
    if indicator.disaggregations:
        by = listing([ctx.say(message(_DIMENSIONS[d])) for d in indicator.disaggregations], lang)
        lines.append(compose(message("manual.results.by", by=notes.on(by, indicator, "disaggregations")), lang))
    if indicator.reported is not None:
        share = indicator.kind in (IndicatorKind.PROPORTION, IndicatorKind.TRANSITION)
        shown = percent(indicator.reported, lang) if share else number(indicator.reported)
        lines.append(compose(message("manual.results.reported", value=notes.on(shown, indicator, "reported")), lang))
    head: Spans = (Strong(indicator.title.show(lang)), *notes.field(indicator, "title"), " (",
                   label(indicator.kind, lang), *notes.field(indicator, "kind"), ")")  # fmt: skip
    return Item(head, Items(tuple(Item(line) for line in lines)))


def _survey(ctx: Context, ident: str | None, instruments: dict[str, Instrument]) -> str:
    found = instruments.get(ident or "")
    title = found.title.show(ctx.lang) if found is not None else ident or ""
    return message("words.quoted", text=title).render(ctx.lang)


def _framework(ctx: Context, framework: ResultsFramework, notes: Notes) -> list[Block]:
    lang = ctx.lang
    blocks: list[Block] = [
        heading(3, ctx.say(message("manual.results.framework"))),
        Para(notes.on(framework.title.show(lang), framework, "title")),
    ]
    if framework.impact_area is not None:
        blocks.append(Para(notes.on(framework.impact_area.show(lang), framework, "impact_area")))
    progress = notes.computed(message("manual.computed.progress")) if framework.indicators else ()
    for outcome in framework.outcomes:
        blocks.append(
            Heading(4, (Code(outcome.id), " ", *notes.on(outcome.statement.show(lang), outcome, "statement")))
        )
        if not outcome.indicators:
            blocks.append(Para((ctx.say(message("manual.results.no_indicators")),)))
            continue
        rows = tuple(row for i in outcome.indicators for row in _rows(ctx, i, progress, notes))
        blocks.append(Table(tuple(ctx.say(message(_COLUMNS[k])) for k in _COLUMNS), rows))
    if framework.figures:
        rows_ = tuple(_figure(ctx, f, notes) for f in framework.figures)
        blocks += [
            heading(4, ctx.say(message("manual.results.figures"))),
            Table(tuple(ctx.say(message(_FIGURES[k])) for k in _FIGURES), rows_),
        ]
    if framework.indicators:
        caption = compose(message("manual.results.chart", progress=progress), lang)
        blocks.append(Figure(framework.plain_svg(lang), caption))
    return blocks


def _rows(ctx: Context, indicator: ResultIndicator, progress: Spans, notes: Notes) -> list[tuple[Spans, ...]]:
    lang = ctx.lang
    statement = (Code(indicator.id), " ", *notes.on(indicator.statement.show(lang), indicator, "statement"))
    unset = (ctx.say(message("results.not_applicable")),)
    baseline = notes.on(number(indicator.baseline), indicator, "baseline") if indicator.baseline is not None else unset
    if indicator.target_text is not None:
        target = notes.on(indicator.target_text.show(lang), indicator, "target")
    else:
        target = notes.on(number(indicator.target), indicator, "target") if indicator.target is not None else unset
    results = indicator.results or (None,)
    rows = []
    for index, result in enumerate(results):
        first = index == 0
        cells: tuple[Spans, ...] = (
            statement if first else ("",),
            baseline if first else ("",),
            target if first else ("",),
        )
        if result is None:
            rows.append((*cells, ("—",), ("—",), ("—",), ("—",)))
            continue
        period = notes.on(result.period, result, "period")
        actual = notes.on(number(result.actual), result, "actual") if result.actual is not None else ("—",)
        ratio = indicator.progress_in(result.period)
        shown = (
            (ctx.say(message("manual.percent", value=percent_of(ratio))), *progress) if ratio is not None else ("—",)
        )
        status = indicator.status_in(result.period)
        status_mark = notes.field(result, "status") if result.status is not None else progress
        note = (" ", *notes.on(result.note.show(lang), result, "note")) if result.note is not None else ()
        rows.append((*cells, period, (*actual, *note), shown, (label(status, lang), *status_mark)))
    return rows


def _figure(ctx: Context, figure: ReportedFigure, notes: Notes) -> tuple[Spans, ...]:
    value = number(figure.value)
    if figure.more_than:
        value = ctx.say(message("manual.results.more_than", value=value))
    return (notes.on(figure.label.show(ctx.lang), figure, "label"), notes.on(value, figure, "value"))
