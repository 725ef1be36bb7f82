"""
Reading an XLSForm's sheets, row by row, into choice lists, groups and questions.

What cannot be mapped is noted in ``skipped`` with its sheet, row and column,
and left out; `read_xlsform` puts the pieces together.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Final

from sce_method._core import LoadError, Message, Problem, Provenance, Text, message
from sce_method.monitoring.instruments import (
    CHOICE_NAME,
    NAME,
    Choice,
    ChoiceList,
    Column,
    InstrumentKind,
)
from sce_method.monitoring.xlsform._sheets import lang_of, read_sheets

METADATA_TYPES: Final = frozenset(
    {"start", "end", "today", "deviceid", "username", "phonenumber", "email", "audit", "simserial", "subscriberid"}
)
"""Metadata rows: filled by the device, written again by `write_xlsform`; not questions."""
_TRANSLATABLE: Final = ("label", "hint", "constraint_message", "required_message")
PASSED_THROUGH: Final = ("appearance", "parameters", "choice_filter", "default", "read_only", "repeat_count", "trigger")
"""Columns kept as the form wrote them and written back unchanged (the library does not act on them)."""


class FormReader:
    """One XLSForm being read: its choice lists, then its survey's groups and questions, noting each row skipped."""

    def __init__(self, path: Path, kind: InstrumentKind | None, ident: str | None) -> None:
        self.path = path
        self.file = path.name
        self.sheets, notes = read_sheets(path)
        self.kind = kind
        self.ident = ident
        self.skipped: list[Problem] = notes
        self.lines: dict[str, int] = {}
        """Question name -> its survey row, for problems found after the row was read."""
        self.group_lines: dict[str, int] = {}
        """Group name -> its begin_group row."""
        settings = self.sheets.get("settings")
        self.settings: dict[str, object] = settings.rows[0][1] if settings and settings.rows else {}
        self.default_language = str(self.settings.get("default_language") or "Español (es)")
        self.source = Provenance.cite(self.document, "survey")

    @property
    def document(self) -> str:
        """The form's file name as a provenance document id."""
        stem = re.sub(r"[^a-z0-9]+", "-", self.path.stem.lower()).strip("-")
        return stem or "xlsform"

    def passed_through(self, row: dict[str, object]) -> tuple[Column, ...]:
        """The row's `PASSED_THROUGH` cells, as text."""
        cells = ((c, str(row[c]).strip()) for c in PASSED_THROUGH if c in row)
        return tuple(Column(name=c, text=t) for c, t in cells if t)

    def skip(self, sheet: str, row: int | None, msg: Message, column: str | None = None) -> None:
        self.skipped.append(
            Problem(path=(column,) if column else (), message=msg, file=f"{self.file}[{sheet}]", line=row)
        )

    def text(self, row: dict[str, object], column: str) -> Text | None:
        found: dict[str, str] = {}
        for key, value in row.items():
            base = key.partition("::")[0]
            if base != column:
                continue
            lang = lang_of(key, self.default_language)
            said = str(value).strip()
            if lang is not None and lang not in found and said:
                found[lang] = said
        if "es" in found:
            return Text(es=found["es"], en=found.get("en"))
        if "en" in found:
            return Text(es=found["en"], en=found["en"])
        return None

    def unknown_columns(self) -> None:
        """Report, at the first row that uses it, each column the import leaves out, and each other sheet."""
        known = {"type", "name", "required", "relevant", "constraint", "calculation", "list_name", *PASSED_THROUGH}
        # Untranslated choices columns are kept (a choice_filter's column); translations only in es and en.
        for sheet_name, plain_kept in (("survey", False), ("choices", True)):
            sheet = self.sheets.get(sheet_name)
            title = sheet.name if sheet else sheet_name
            columns: dict[str, int] = {}
            for number, row in sheet.rows if sheet else []:
                for column in row:
                    columns.setdefault(column, number)
            for column, number in columns.items():
                base = column.partition("::")[0]
                if base in known or (plain_kept and "::" not in column):
                    continue
                if base in _TRANSLATABLE and lang_of(column, self.default_language):
                    continue
                self.skip(title, number, message("xlsform.column_ignored", column=column), column)
        for title, sheet in self.sheets.items():
            if title not in ("survey", "choices", "settings"):
                self.skip(sheet.name, None, message("xlsform.sheet_ignored", sheet=sheet.name))

    def choice_lists(self) -> list[ChoiceList]:
        sheet = self.sheets.get("choices")
        lists: dict[str, list[Choice]] = {}
        for number, row in sheet.rows if sheet else []:
            list_name, name, label = row.get("list_name"), row.get("name"), self.text(row, "label")
            if list_name is None or name is None or label is None or not CHOICE_NAME.fullmatch(str(name)):
                self.skip("choices", number, message("xlsform.choice_skipped", name=str(name)))
                continue
            choices = lists.setdefault(str(list_name), [])
            if any(c.name == str(name) for c in choices):
                self.skip("choices", number, message("xlsform.duplicate_choice", name=str(name), list=str(list_name)))
                continue
            extra = tuple(
                Column(name=c, text=str(v).strip())
                for c, v in sorted(row.items())
                if c not in ("list_name", "name") and "::" not in c and c not in _TRANSLATABLE
            )
            choices.append(Choice(name=str(name), label=label, columns=extra))
        return [
            ChoiceList(name=n, choices=tuple(c), provenance=self.source) for n, c in lists.items() if NAME.fullmatch(n)
        ]

    def rows(self) -> Iterator[tuple[int, dict[str, object]]]:
        sheet = self.sheets.get("survey")
        if sheet is None:
            raise LoadError([Problem(message=message("xlsform.no_survey"), file=self.file)])
        yield from sheet.rows
