"""
Writing an `Instrument` as an XLSForm that KoboToolbox and ODK Central accept.

The form has the sheets ``survey``, ``choices`` and ``settings``; every
translatable column in Spanish and English (``label::Español (es)``,
``label::English (en)``, and likewise hints and constraint messages);
``settings`` with form_id, form_title, version and default_language; and the
metadata rows start, end, today and deviceid. Expressions are written from
their parsed trees (`to_xlsform`), so the form and `Instrument.validate`
check the same thing.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from typing import Final

from sce_method._core import InvariantError, Lang, Problem, Text, message, new_workbook, save_workbook
from sce_method.monitoring.expressions import parse, to_xlsform
from sce_method.monitoring.instruments import (
    FORM_METADATA,
    Enclosing,
    Group,
    Instrument,
    Question,
    QuestionType,
    columns_of,
)

LANGUAGES: Final[dict[Lang, str]] = {"es": "Español (es)", "en": "English (en)"}
"""The XLSForm language names of the library's two languages (IANA subtags)."""
DEFAULT_LANGUAGE: Final = LANGUAGES["es"]
METADATA: Final = FORM_METADATA
"""Metadata rows written at the top of every survey."""
EXTRA_TITLE_EN: Final = "sce_title_en"
"""A settings column of ours: the English title (XLSForm's form_title has one language)."""
EXTRA_PARTICIPANT: Final = "sce_participant_question"
"""A settings column of ours: the question that holds the participant id."""

Row = dict[str, str]
Sheets = dict[str, list[Row]]


def _translated(column: str, text: Text | None) -> Row:
    if text is None:
        return {}
    return {f"{column}::{name}": text.get(lang) for lang, name in LANGUAGES.items()}


def _type(question: Question) -> str:
    if question.type_name is not None:
        return question.type_name
    if question.type in (QuestionType.SELECT_ONE, QuestionType.SELECT_MULTIPLE):
        return f"{question.type.value} {question.choices}"
    kind: str = question.type.value
    return kind


def _question_row(question: Question) -> Row:
    row: Row = {"type": _type(question), "name": question.name}
    row |= _translated("label", question.label)
    row |= _translated("hint", question.hint)
    if question.required:
        row["required"] = "yes"
    for name in ("relevant", "constraint", "calculation"):
        expr = question.expression(name)
        if expr is not None:
            row[name] = to_xlsform(expr)
        elif not question.evaluated(name):
            row[name] = str(getattr(question, name))  # kept as the form wrote it
    row |= _translated("constraint_message", question.constraint_message)
    row |= columns_of(question.columns)
    return row


def _begin(head: Group | Enclosing) -> Row:
    """The begin_group (or begin_repeat) row of a group or of a group around one."""
    row: Row = {"type": "begin_repeat" if head.repeat else "begin_group", "name": head.name}
    row |= _translated("label", head.label)
    if head.relevant is not None:
        row["relevant"] = head.relevant if head.relevant_as_text else to_xlsform(parse(head.relevant))
    return row | columns_of(head.columns)


def _end(head: Group | Enclosing) -> Row:
    return {"type": "end_repeat" if head.repeat else "end_group", "name": head.name}


def _survey(groups: Sequence[Group]) -> list[Row]:
    """The groups' rows, nesting again the pieces of a group that a nested group split (same path)."""
    rows: list[Row] = []
    open_heads: list[Group | Enclosing] = []
    for group in groups:
        heads: list[Group | Enclosing] = [*group.parents, group]
        kept = 0
        while kept < min(len(open_heads), len(heads)) and open_heads[kept].name == heads[kept].name:
            kept += 1
        if kept == len(heads):  # another piece of the group open last: close what is nested in it
            kept -= 1
            while len(open_heads) > kept + 1:
                rows.append(_end(open_heads.pop()))
            rows.extend(_question_row(q) for q in group.questions)
            continue
        while len(open_heads) > kept:
            rows.append(_end(open_heads.pop()))
        for head in heads[kept:]:
            rows.append(_begin(head))
            open_heads.append(head)
        rows.extend(_question_row(q) for q in group.questions)
    while open_heads:
        rows.append(_end(open_heads.pop()))
    return rows


def xlsform_sheets(instrument: Instrument) -> Sheets:
    """
    The XLSForm as sheets of rows (column -> cell text), the layout pyxform reads.

    >>> import sce_method
    >>> sheets = xlsform_sheets(sce_method.load().instrument("salida"))
    >>> [row["type"] for row in sheets["survey"][:5]]
    ['start', 'end', 'today', 'deviceid', 'begin_group']
    >>> sheets["settings"][0]["default_language"]
    'Español (es)'
    """
    if not instrument.questions:
        raise InvariantError([Problem(path=("groups",), message=message("xlsform.no_questions", id=instrument.id))])
    survey: list[Row] = [{"type": name, "name": name} for name in METADATA]
    survey += _survey(instrument.groups)
    choices = [
        {"list_name": choice_list.name, "name": choice.name}
        | _translated("label", choice.label)
        | columns_of(choice.columns)
        for choice_list in instrument.choice_lists
        for choice in choice_list.choices
    ]
    settings = {
        "form_id": instrument.id,
        "form_title": instrument.title.es,
        "version": instrument.version,
        "default_language": DEFAULT_LANGUAGE,
    }
    # What XLSForm has no column for travels in settings columns that pyxform, Kobo and Central ignore,
    # so that reading the form back gives the same instrument.
    if instrument.title.en is not None:
        settings[EXTRA_TITLE_EN] = instrument.title.en
    if instrument.participant_question is not None:
        settings[EXTRA_PARTICIPANT] = instrument.participant_question
    return {"survey": survey, "choices": choices, "settings": [settings]}


def _columns(rows: Sequence[Row]) -> list[str]:
    seen: dict[str, None] = {}
    for row in rows:
        for column in row:
            seen.setdefault(column)
    return list(seen)


def write_xlsform(instrument: Instrument, path: str | os.PathLike[str]) -> None:
    """
    Write *instrument* as an .xlsx XLSForm to *path*, atomically: the same bytes for the same instrument.

    The file carries no date of its own (`save_workbook`), so writing a form
    twice gives the same file. Needs the ``xlsx`` extra (openpyxl).

    Raises:
        LoadError: openpyxl is not installed (the message says how to add it).
    """
    workbook = new_workbook()
    workbook.remove(workbook.active)  # type: ignore[arg-type]
    for sheet_name, rows in xlsform_sheets(instrument).items():
        sheet = workbook.create_sheet(sheet_name)
        columns = _columns(rows)
        sheet.append(columns)
        for row in rows:
            sheet.append([row.get(c) for c in columns])
    save_workbook(workbook, path)
