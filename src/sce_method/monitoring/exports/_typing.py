"""
An export's answer columns typed as columns, and the instrument's checks on them, as polars expressions.

`plan` gives, for a table read by a `RowReader`, each answer's typed column (null where the cell is blank or not
proved to type as `_cells` types it) and the checks a clean row meets: every cell proved, every question's
relevance, required answer, choice and constraint holding (see `validate_answers`), the participant id an id.
A null check is unknown, and its row is read one by one. An instrument outside the subset gives None.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Final

import attrs

from sce_method.monitoring.exports._row import RowReader
from sce_method.monitoring.expressions import Typed, parse, polars_truth, to_polars
from sce_method.monitoring.instruments import Question, QuestionType
from sce_method.participants import ID_PATTERN

if TYPE_CHECKING:
    import polars as pl

_NUMBERS: Final = (QuestionType.INTEGER, QuestionType.DECIMAL, QuestionType.RANGE)
TYPED: Final = (*_NUMBERS, QuestionType.DATE)
"""The types whose answers are not the cell's text: numbers and dates."""
_TEXTS: Final = (QuestionType.TEXT, QuestionType.SELECT_ONE, QuestionType.TIME, QuestionType.DATETIME)
_EDGE: Final = r"[^\s\x1c-\x1f\x{180e}\x{200b}-\x{200d}\x{2060}\x{feff}]"
_TRIMMED: Final = rf"(?s)^{_EDGE}(?:.*{_EDGE})?$"
"""A cell with nothing `str.strip` could take off either end (more refused than it strips: never fewer)."""
_INTEGER: Final = r"^-?[0-9]{1,15}$"
_DECIMAL: Final = r"^-?(?:[0-9]+(?:\.[0-9]+)?|\.[0-9]+)$"
_DATE: Final = r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"


@attrs.frozen
class Columns:
    """The typed answers (``q:<name>`` columns, in `RowReader.read` order) and the checks of a clean row."""

    names: tuple[str, ...]
    values: tuple[pl.Expr, ...]
    checks: tuple[pl.Expr, ...]
    participant: str | None
    """The question the participant id is read from, if it is read."""


def _typed(question: Question, cell: pl.Expr) -> pl.Expr:
    """The cell as `RowReader.value` types it, null when blank or not proved to type so (see `_cells`)."""
    import polars as pl  # noqa: PLC0415 -- the optional ``tables`` extra, imported when used

    none = pl.lit(None)
    if question.type is QuestionType.INTEGER:
        return pl.when(cell.str.contains(_INTEGER)).then(cell.cast(pl.Int64, strict=False)).otherwise(none)
    if question.type in _NUMBERS:
        number = cell.cast(pl.Float64, strict=False)
        proved = cell.str.contains(_DECIMAL) & number.is_finite()
        return pl.when(proved).then(number).otherwise(none)
    if question.type is QuestionType.DATE:
        proved = cell.str.contains(_DATE) & ~cell.str.starts_with("0000")  # year 0 is none for `datetime.date`
        return pl.when(proved).then(cell.str.to_date("%Y-%m-%d", strict=False)).otherwise(none)
    return pl.when(cell.str.contains(_TRIMMED)).then(cell).otherwise(none)


def _kind(question: Question) -> str | None:
    if question.type in _NUMBERS:
        return "number"
    if question.type is QuestionType.DATE:
        return "date"
    return "text" if question.type in _TEXTS else None


def _ref(question: Question, value: pl.Expr | None, blank: pl.Expr | None) -> Typed | None:
    """The answer as `to_polars` reads a ``${name}``: a blank text is ``''``, a blank number or date unknown."""
    import polars as pl  # noqa: PLC0415 -- the optional ``tables`` extra, imported when used

    kind = _kind(question) if question.type is not QuestionType.NOTE else "text"
    if kind is None:
        return None
    if value is None or blank is None:  # never read: always blank
        unknown = pl.lit(None, dtype=pl.Float64 if kind == "number" else pl.Date)
        return Typed("text", pl.lit("")) if kind == "text" else Typed(kind, unknown)
    if kind == "text":
        return Typed("text", pl.when(blank).then(pl.lit("")).otherwise(value))
    return Typed(kind, value.cast(pl.Float64) if kind == "number" else value)


def plan(reader: RowReader, participant_question: str | None, today: dt.date) -> Columns | None:  # noqa: C901, PLR0911, PLR0912 -- one step per check
    """The typed answers and the checks of a clean row for *reader*'s table, or None outside the subset."""
    import polars as pl  # noqa: PLC0415 -- the optional ``tables`` extra, imported when used

    instrument, columns = reader.instrument, reader.columns
    if reader.headless or columns.labels is not None or any(g.in_repeat for g in instrument.groups):
        return None
    read = {q.name for q in reader.read}
    values: dict[str, pl.Expr] = {}
    blanks: dict[str, pl.Expr] = {}
    checks: list[pl.Expr] = []
    refs: dict[str, Typed] = {}
    for question in instrument.questions:
        if any(c.name == "choice_filter" for c in question.columns):
            return None
        if question.name in read:
            if _kind(question) is None and question.type is not QuestionType.OPAQUE:
                return None  # a select_multiple: read row by row
            cell = pl.col(f"c{columns.columns[question.name]}")
            values[question.name] = _typed(question, cell)
            blanks[question.name] = cell == ""
            checks.append(blanks[question.name] | values[question.name].is_not_null())
        if question.type is QuestionType.CALCULATE:
            continue
        ref = _ref(question, values.get(question.name), blanks.get(question.name))
        if ref is not None:
            refs[question.name] = ref
    for question in instrument.questions:  # every answer first, then each calculation in form order, as validated
        calculation = question.expression("calculation") if question.type is QuestionType.CALCULATE else None
        computed = None if calculation is None else to_polars(calculation, refs, None, today)
        if computed is not None:
            refs[question.name] = computed  # one not compiled is no ${name}: an expression using it is not either
    for group in instrument.groups:
        for question in group.questions:
            if not question.answers:
                continue
            own = () if question.relevant is None else ((question.relevant, not question.evaluated("relevant")),)
            relevance = [pl.lit(value=True)]
            for text, as_text in (*group.conditions, *own):
                compiled = None if as_text else to_polars(parse(text), refs, None, today)
                if compiled is None:
                    return None
                relevance.append(polars_truth(compiled))
            relevant = pl.all_horizontal(relevance)
            if question.name not in read:  # its column is missing: blank, and only a custom required message is said
                custom = question.required and question.required_message is not None
                checks.append(~relevant if custom else pl.lit(value=True))
                continue
            valid = _valid(reader, question, values[question.name], refs, today)
            if valid is None:
                return None
            blank = blanks[question.name]
            answered = (blank & pl.lit(not question.required)) | (~blank & valid)
            checks.append((~relevant & blank) | (relevant & answered))
    participant = participant_question or instrument.participant_question
    if participant is not None and participant in read:
        person = instrument.question(participant)
        if person.type not in _TEXTS:
            return None
        checks.append(blanks[participant] | values[participant].str.contains(f"^(?:{ID_PATTERN.pattern})$"))
    names = tuple(q.name for q in reader.read)
    return Columns(
        names=names,
        values=tuple(values[n].alias(f"q:{n}") for n in names),
        checks=tuple(checks),
        participant=participant if participant in read else None,
    )


def _valid(
    reader: RowReader, question: Question, value: pl.Expr, refs: dict[str, Typed], today: dt.date
) -> pl.Expr | None:
    """That an answer given is one of its choices and meets its constraint; None if the constraint is not compiled."""
    import polars as pl  # noqa: PLC0415 -- the optional ``tables`` extra, imported when used

    valid = pl.lit(value=True)
    if question.type is QuestionType.SELECT_ONE:
        lists = {c.name: c for c in reader.instrument.choice_lists}
        chosen = lists[question.choices].names if question.choices in lists else ()
        if question.type_name is not None and question.type_name.endswith(" or_other"):
            chosen = (*chosen, "other")
        valid = value.is_in(list(chosen))
    constraint = question.expression("constraint")
    if constraint is None:
        return valid
    current = _ref(question, value, pl.lit(value=False))
    compiled = None if current is None else to_polars(constraint, refs, current, today)
    return None if compiled is None else valid & polars_truth(compiled)
