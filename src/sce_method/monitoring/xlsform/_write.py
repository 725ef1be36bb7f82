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
from sce_method.monitoring.instruments import Instrument, Question, QuestionType

LANGUAGES: Final[dict[Lang, str]] = {"es": "Español (es)", "en": "English (en)"}
"""The XLSForm language names of the library's two languages (IANA subtags)."""
DEFAULT_LANGUAGE: Final = LANGUAGES["es"]
METADATA: Final = ("start", "end", "today", "deviceid")
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
    row |= _translated("constraint_message", question.constraint_message)
    return row


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
    for group in instrument.groups:
        begin: Row = {"type": "begin_group", "name": group.name} | _translated("label", group.label)
        if group.relevant is not None:
            begin["relevant"] = to_xlsform(parse(group.relevant))
        survey.append(begin)
        survey.extend(_question_row(q) for q in group.questions)
        survey.append({"type": "end_group", "name": group.name})
    choices = [
        {"list_name": choice_list.name, "name": choice.name} | _translated("label", choice.label)
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
