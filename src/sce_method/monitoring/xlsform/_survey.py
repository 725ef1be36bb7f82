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
from sce_method.monitoring.expressions import ExpressionError, parse
from sce_method.monitoring.instruments import (
    CHOICE_NAME,
    EXPRESSION_FIELDS,
    NAME,
    Choice,
    ChoiceList,
    Group,
    InstrumentKind,
    Question,
    QuestionType,
)
from sce_method.monitoring.xlsform._sheets import lang_of, read_sheets

METADATA_TYPES: Final = frozenset(
    {"start", "end", "today", "deviceid", "username", "phonenumber", "email", "audit", "simserial", "subscriberid"}
)
"""Metadata rows: filled by the device, written again by `write_xlsform`; not questions."""
_TRANSLATABLE: Final = ("label", "hint", "constraint_message")


class FormReader:
    """One XLSForm being read: its choice lists, then its survey's groups and questions, noting each row skipped."""

    def __init__(self, path: Path, kind: InstrumentKind | None, ident: str | None) -> None:
        self.path = path
        self.file = path.name
        self.sheets = read_sheets(path)
        self.kind = kind
        self.ident = ident
        self.skipped: list[Problem] = []
        self.lines: dict[str, int] = {}
        """Question name -> its survey row, for problems found after the row was read."""
        self.group_lines: dict[str, int] = {}
        """Group name -> its begin_group row."""
        settings = self.sheets.get("settings")
        self.settings: dict[str, object] = settings.rows[0][1] if settings and settings.rows else {}
        self.default_language = str(self.settings.get("default_language") or "Español (es)")
        self.source = Provenance.cite(self._document(), "survey")

    def _document(self) -> str:
        stem = re.sub(r"[^a-z0-9]+", "-", self.path.stem.lower()).strip("-")
        return stem or "xlsform"

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
            if lang is not None and lang not in found:
                found[lang] = str(value).strip()
        if "es" in found:
            return Text(es=found["es"], en=found.get("en"))
        if "en" in found:
            return Text(es=found["en"], en=found["en"])
        return None

    def unknown_columns(self) -> None:
        known = {"type", "name", "required", "relevant", "constraint", "calculation", "list_name"}
        for sheet_name in ("survey", "choices"):
            sheet = self.sheets.get(sheet_name)
            if sheet is None:
                continue
            columns: dict[str, int] = {}
            for number, row in sheet.rows:
                for column in row:
                    columns.setdefault(column, number)
            for column, number in columns.items():
                base = column.partition("::")[0]
                if base in known or (base in _TRANSLATABLE and lang_of(column, self.default_language)):
                    continue
                self.skip(sheet.name, number, message("xlsform.column_ignored", column=column), column)
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
            choices.append(Choice(name=str(name), label=label))
        return [
            ChoiceList(name=n, choices=tuple(c), provenance=self.source) for n, c in lists.items() if NAME.fullmatch(n)
        ]

    def rows(self) -> Iterator[tuple[int, dict[str, object]]]:
        sheet = self.sheets.get("survey")
        if sheet is None:
            raise LoadError([Problem(message=message("xlsform.no_survey"), file=self.file)])
        yield from sheet.rows

    def survey(self, lists: dict[str, ChoiceList]) -> list[Group]:  # noqa: C901 -- one branch per row type
        groups: list[Group] = []
        current: list[Question] = []
        current_head: tuple[str, Text, str | None] = ("preguntas", Text(es="Preguntas", en="Questions"), None)
        depth = 0
        skipping_repeat = 0
        names: set[str] = set()
        for number, row in self.rows():
            raw_type = " ".join(str(row.get("type", "")).split()).lower().replace("begin group", "begin_group")
            raw_type = raw_type.replace("end group", "end_group").replace("begin repeat", "begin_repeat")
            raw_type = raw_type.replace("end repeat", "end_repeat").replace("select one ", "select_one ")
            raw_type = raw_type.replace("select multiple ", "select_multiple ")
            if skipping_repeat:
                skipping_repeat += raw_type == "begin_repeat"
                skipping_repeat -= raw_type == "end_repeat"
                self.skip("survey", number, message("xlsform.inside_repeat"))
                continue
            if raw_type == "begin_repeat":
                skipping_repeat = 1
                self.skip("survey", number, message("xlsform.unsupported_type", type=raw_type))
                continue
            if raw_type == "begin_group":
                depth += 1
                if depth > 1:
                    self.nested_group(number, row)
                    continue
                if current:
                    groups.append(self.group(current_head, current))
                current_head, current = self.group_head(number, row), []
                continue
            if raw_type == "end_group":
                depth = max(0, depth - 1)
                if depth == 0 and current:
                    groups.append(self.group(current_head, current))
                    current, current_head = [], ("preguntas", Text(es="Preguntas", en="Questions"), None)
                continue
            if not raw_type:
                # The row has cells (an empty row is not read), but no type says what it is: never dropped unsaid.
                self.skip("survey", number, message("xlsform.no_type"), "type")
                continue
            if raw_type in METADATA_TYPES:
                continue
            question = self.question(number, raw_type, row, lists, names)
            if question is not None:
                names.add(question.name)
                self.lines[question.name] = number
                current.append(question)
        if current:
            groups.append(self.group(current_head, current))
        return groups

    def group(self, head: tuple[str, Text, str | None], questions: list[Question]) -> Group:
        name, label, relevant = head
        return Group(name=name, label=label, relevant=relevant, questions=tuple(questions), provenance=self.source)

    def group_head(self, number: int, row: dict[str, object]) -> tuple[str, Text, str | None]:
        """A top-level group's name (a valid one), label and relevant."""
        name = str(row.get("name") or f"grupo_{number}")
        if not NAME.fullmatch(name):
            self.skip("survey", number, message("instruments.bad_name", name=name), "name")
            name = f"grupo_{number}"
        self.group_lines[name] = number
        return name, self.text(row, "label") or Text(es=name), self.relevant(number, row)

    def nested_group(self, number: int, row: dict[str, object]) -> None:
        """Say that a nested group is flattened into the outer one, and that its relevant is lost."""
        self.skip("survey", number, message("xlsform.nested_group"))
        if row.get("relevant") is not None:
            said = message("xlsform.expression_dropped", column="relevant", problem=message("xlsform.nested_group"))
            self.skip("survey", number, said, "relevant")

    def relevant(self, number: int, row: dict[str, object]) -> str | None:
        """A group's relevant, if it is in the supported subset (else reported and left out)."""
        text = row.get("relevant")
        if text is None:
            return None
        try:
            parse(str(text))
        except ExpressionError as err:
            said = message("xlsform.expression_dropped", column="relevant", problem=err.message)
            self.skip("survey", number, said, "relevant")
            return None
        return str(text)

    def question(
        self, number: int, raw_type: str, row: dict[str, object], lists: dict[str, ChoiceList], names: set[str]
    ) -> Question | None:
        base, _, list_name = raw_type.partition(" ")
        try:
            kind = QuestionType(base)
        except ValueError:
            self.skip("survey", number, message("xlsform.unsupported_type", type=raw_type), "type")
            return None
        name = str(row.get("name", ""))
        if not NAME.fullmatch(name) or name in names:
            said = message("xlsform.duplicate_name" if name in names else "xlsform.bad_name", name=name)
            self.skip("survey", number, said, "name")
            return None
        choices = list_name.strip() or None
        if kind in (QuestionType.SELECT_ONE, QuestionType.SELECT_MULTIPLE) and choices not in lists:
            self.skip("survey", number, message("xlsform.missing_list", name=name, list=str(choices)), "type")
            return None
        required = str(row.get("required", "")).strip().lower()
        if required not in ("", "yes", "true", "true()", "no", "false", "false()"):
            self.skip("survey", number, message("xlsform.required_expression", value=required), "required")
        fields: dict[str, object] = {}
        for column in EXPRESSION_FIELDS:
            text = row.get(column)
            if text is None:
                continue
            try:
                parse(str(text))
            except ExpressionError as err:
                said = message("xlsform.expression_dropped", column=column, problem=err.message)
                self.skip("survey", number, said, column)
                continue
            fields[column] = str(text)
        if kind is QuestionType.CALCULATE and "calculation" not in fields:
            self.skip("survey", number, message("xlsform.calculation_missing", name=name), "calculation")
            return None
        label = self.text(row, "label")
        if label is None and kind not in (QuestionType.NOTE, QuestionType.CALCULATE):
            label = Text(es=name)
            self.skip("survey", number, message("xlsform.label_missing", name=name), "label")
        return Question(
            name=name,
            type=kind,
            label=label,
            hint=self.text(row, "hint"),
            choices=choices if kind in (QuestionType.SELECT_ONE, QuestionType.SELECT_MULTIPLE) else None,
            required=required in ("yes", "true", "true()"),
            constraint_message=self.text(row, "constraint_message"),
            provenance=Provenance.cite(self._document(), f"survey fila {number}"),
            **fields,  # type: ignore[arg-type]
        )
