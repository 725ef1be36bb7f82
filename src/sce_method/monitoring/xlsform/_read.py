"""
Reading an existing XLSForm into an `Instrument`.

The supported subset (text, integer, decimal, date, select_one,
select_multiple, note, calculate, one level of groups, the expression subset
of `parse`, labels, hints and constraint messages in Spanish and English) is
mapped. Everything else (repeats, other question types, expressions outside
the subset, other languages, extra sheets and columns) is reported with its
sheet and row in ``skipped``: nothing is dropped without a word.
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from pathlib import Path

import attrs

from sce_method._core import INSTRUMENT_IDS, InvariantError, LoadError, Problem, Text, message
from sce_method.monitoring.expressions import ExpressionError, Kind, check, parse
from sce_method.monitoring.instruments import EXPRESSION_FIELDS, Group, Instrument, InstrumentKind, QuestionType
from sce_method.monitoring.xlsform._survey import FormReader
from sce_method.monitoring.xlsform._write import EXTRA_PARTICIPANT, EXTRA_TITLE_EN


@attrs.frozen(kw_only=True)
class ImportedForm:
    """An XLSForm read into an `Instrument`, with what could not be mapped."""

    instrument: Instrument
    skipped: tuple[Problem, ...]


def _drop_broken_references(
    groups: list[Group], skipped: list[Problem], file: str, lines: Mapping[str, int], group_lines: Mapping[str, int]
) -> list[Group]:
    """Remove expressions whose ``${name}`` s were not imported (or whose types clash), saying so."""
    kinds: dict[str, Kind] = {q.name: q.kind for g in groups for q in g.questions}
    kept: list[Group] = []
    for group in groups:
        if group.relevant is not None:
            try:
                check(parse(group.relevant), kinds, None)
            except ExpressionError as err:
                said = message("xlsform.expression_dropped", column="relevant", problem=err.message)
                line = group_lines.get(group.name)
                skipped.append(Problem(path=(group.name, "relevant"), message=said, file=f"{file}[survey]", line=line))
                group = attrs.evolve(group, relevant=None)  # noqa: PLW2901 -- the group, without its relevant
        questions = []
        for question in group.questions:
            changes: dict[str, None] = {}
            for column in EXPRESSION_FIELDS:
                expr = question.expression(column)
                if expr is None:
                    continue
                try:
                    check(expr, kinds, question.kind if column == "constraint" else None)
                except ExpressionError as err:
                    said = message("xlsform.expression_dropped", column=column, problem=err.message)
                    line = lines.get(question.name)
                    problem = Problem(path=(question.name, column), message=said, file=f"{file}[survey]", line=line)
                    skipped.append(problem)
                    changes[column] = None
            if question.type is QuestionType.CALCULATE and "calculation" in changes:
                skipped.append(
                    Problem(
                        path=(question.name,),
                        message=message("xlsform.calculation_missing", name=question.name),
                        file=f"{file}[survey]",
                        line=lines.get(question.name),
                    )
                )
                continue
            questions.append(attrs.evolve(question, **changes) if changes else question)  # type: ignore[arg-type]
        if questions:
            kept.append(attrs.evolve(group, questions=tuple(questions)))
    return kept


def read_xlsform(
    path: str | os.PathLike[str], *, kind: InstrumentKind | None = None, ident: str | None = None
) -> ImportedForm:
    """
    Read an XLSForm (.xlsx) into an `Instrument`, reporting what it skips.

    The instrument's *kind* and *ident* default to the form's ``form_id`` when
    that is one of the stable instrument ids (entrada, salida, ...).

    Raises:
        LoadError: the file cannot be read, has no survey sheet, nothing in it
            could be mapped, or its kind cannot be told.
    """
    importer = FormReader(Path(path), kind, ident)
    importer.unknown_columns()
    lists = {c.name: c for c in importer.choice_lists()}
    groups = _drop_broken_references(
        importer.survey(lists), importer.skipped, importer.file, importer.lines, importer.group_lines
    )
    form_id = str(importer.settings.get("form_id") or Path(path).stem)
    slug_id = ident or re.sub(r"[^a-z0-9]+", "-", form_id.lower()).strip("-") or "instrumento"
    chosen = kind or next((k for k in InstrumentKind if k.value == slug_id), None)
    if chosen is None:
        said = message(
            "xlsform.kind_needed", form_id=form_id, kinds=", ".join(INSTRUMENT_IDS[:-1]), last=INSTRUMENT_IDS[-1]
        )
        raise LoadError([Problem(message=said, file=importer.file)])
    if not groups:
        raise LoadError([Problem(message=message("xlsform.nothing_imported"), file=importer.file)])
    used = {q.choices for g in groups for q in g.questions if q.choices}
    title = str(importer.settings.get("form_title") or form_id)
    title_en = importer.settings.get(EXTRA_TITLE_EN)
    participant = importer.settings.get(EXTRA_PARTICIPANT)
    names = {q.name for g in groups for q in g.questions}
    if participant is not None and str(participant) not in names:
        said = message("xlsform.participant_question_skipped", name=str(participant))
        importer.skip("settings", 2, said, EXTRA_PARTICIPANT)
        participant = None
    try:
        instrument = Instrument(
            id=slug_id,
            kind=chosen,
            version=str(importer.settings.get("version") or "1"),
            title=Text(es=title, en=str(title_en) if title_en is not None else None),
            participant_question=str(participant) if participant is not None else None,
            groups=tuple(groups),
            choice_lists=tuple(c for n, c in lists.items() if n in used),
            provenance=importer.source,
        )
    except InvariantError as err:
        raise LoadError([attrs.evolve(p, file=importer.file) for p in err.problems]) from None
    return ImportedForm(instrument=instrument, skipped=tuple(importer.skipped))
