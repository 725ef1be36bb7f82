"""
Walking an XLSForm's survey rows into groups (nested and repeated) and questions.

A group split by a nested one gives consecutive pieces with the same name and
parents (see `Group`); questions outside any group go to a group of their own,
``preguntas`` (``preguntas_2``, ... if there are several), so that every name
stays unique where pyxform needs it. Expressions are only parsed here: which
ones are evaluated is decided once every question is known (`_resolve`).
"""

from __future__ import annotations

import attrs

from sce_method._core import Problem, Provenance, Text, message
from sce_method.monitoring.expressions import ExpressionError, parse
from sce_method.monitoring.instruments import (
    EXPRESSION_FIELDS,
    NAME,
    ChoiceList,
    Column,
    Enclosing,
    Group,
    Question,
    QuestionType,
    columns_of,
)
from sce_method.monitoring.xlsform._survey import FormReader
from sce_method.monitoring.xlsform._types import question_type
from sce_method.monitoring.xlsform._write import METADATA

_DEFAULT_GROUP = "preguntas"


@attrs.define
class _Frame:
    """An open group: its head, and the questions of the piece being read."""

    head: Enclosing
    line: int
    questions: list[Question] = attrs.Factory(list)


class SurveyWalker:
    """The survey of one form, read row by row into `Group` pieces."""

    def __init__(self, reader: FormReader, lists: dict[str, ChoiceList]) -> None:
        self.reader = reader
        self.lists = lists
        self.groups: list[Group] = []
        self.names: set[str] = set()
        self.group_names: set[str] = set()
        self.stack: list[_Frame] = []
        self.question_rows = 0
        """Rows that are questions (kept or not): not group boundaries, metadata or blank types."""
        self.loose: list[Question] = []
        """Questions outside any group, since the last group closed."""

    def walk(self) -> list[Group]:
        """Every row of the survey, then whatever group was left open."""
        for number, row in self.reader.rows():
            self.row(number, row)
        while self.stack:
            frame = self.stack[-1]
            self.reader.skip("survey", frame.line, message("xlsform.group_not_closed", name=frame.head.name), "type")
            self.close()
        self.flush_loose()
        return self.groups

    def row(self, number: int, row: dict[str, object]) -> None:
        """One survey row: a group boundary, metadata, or a question."""
        cell = " ".join(str(row.get("type", "")).split())
        keyword, _, rest = cell.partition(" ")
        keyword = keyword.lower()
        if keyword in ("begin", "end") and rest.lower() in ("group", "repeat"):
            keyword, rest = f"{keyword}_{rest.lower()}", ""
        if keyword in ("begin_group", "begin_repeat"):
            self.open(number, row, repeat=keyword == "begin_repeat")
        elif keyword in ("end_group", "end_repeat"):
            if self.stack:
                self.close()
            else:
                self.reader.skip("survey", number, message("xlsform.end_without_begin"), "type")
        elif not keyword:
            # The row has cells (an empty row is not read), but no type says what it is: never dropped unsaid.
            self.reader.skip("survey", number, message("xlsform.no_type"), "type")
        elif keyword in METADATA and str(row.get("name", "")).strip() == keyword:
            pass  # written back with every form (`METADATA`)
        else:
            self.question_rows += 1
            question = self.question(number, keyword, rest.strip(), cell, row)
            if question is not None:
                self.names.add(question.name)
                self.reader.lines[question.name] = number
                (self.stack[-1].questions if self.stack else self.loose).append(question)

    def open(self, number: int, row: dict[str, object], *, repeat: bool) -> None:
        """A begin_group or begin_repeat row: the piece read so far is closed, a new group opens."""
        if self.stack:
            self.flush(self.stack[-1])
        else:
            self.flush_loose()
        name = str(row.get("name") or f"grupo_{number}").strip()
        if not NAME.fullmatch(name):
            self.reader.skip("survey", number, message("instruments.bad_name", name=name), "name")
            name = f"grupo_{number}"
        if name in self.names or name in self.group_names:
            renamed = self.unique(name)
            self.reader.skip("survey", number, message("xlsform.group_renamed", name=name, new=renamed), "name")
            name = renamed
        self.group_names.add(name)
        self.reader.group_lines[name] = number
        relevant = row.get("relevant")
        head = Enclosing(
            name=name,
            label=self.reader.text(row, "label") or Text(es=name),
            relevant=str(relevant).strip() if relevant is not None else None,
            repeat=repeat,
            columns=self.reader.passed_through(row),
        )
        self.stack.append(_Frame(head=head, line=number))

    def close(self) -> None:
        """An end_group or end_repeat row: the open group's last piece."""
        self.flush(self.stack.pop())

    def flush(self, frame: _Frame) -> None:
        """The questions read in *frame* since its last piece, as a `Group` piece (none if there are none)."""
        if not frame.questions:
            return
        head = frame.head
        parents = tuple(f.head for f in self.stack if f is not frame)
        self.groups.append(
            Group(
                name=head.name,
                label=head.label,
                relevant=head.relevant,
                questions=tuple(frame.questions),
                repeat=head.repeat,
                parents=parents,
                columns=head.columns,
                provenance=self.reader.source,
            )
        )
        frame.questions = []

    def flush_loose(self) -> None:
        """Questions outside any group, as a group of their own."""
        if not self.loose:
            return
        name = self.unique(_DEFAULT_GROUP)
        self.group_names.add(name)
        label = Text(es="Preguntas", en="Questions")
        self.groups.append(Group(name=name, label=label, questions=tuple(self.loose), provenance=self.reader.source))
        self.loose = []

    def unique(self, name: str) -> str:
        """*name*, or *name* with the first free suffix (``_2``, ``_3``, ...)."""
        taken = self.names | self.group_names
        if name not in taken:
            return name
        return next(f"{name}_{n}" for n in range(2, len(taken) + 3) if f"{name}_{n}" not in taken)

    def question(  # noqa: C901 -- one check per column
        self, number: int, keyword: str, rest: str, cell: str, row: dict[str, object]
    ) -> Question | None:
        """One question row as a `Question`, or None (reported) when it cannot be kept."""
        skip = self.reader.skip
        name = str(row.get("name", "")).strip()
        typed = question_type(keyword, rest, cell, name, self.lists)
        if isinstance(typed, Problem):
            skip("survey", number, typed.message, "type")
            return None
        kind, choices, type_name = typed
        if not NAME.fullmatch(name) or name in self.names or name in self.group_names:
            taken = name in self.names or name in self.group_names
            said = message("xlsform.duplicate_name" if taken else "xlsform.bad_name", name=name)
            skip("survey", number, said, "name")
            return None
        columns = columns_of(self.reader.passed_through(row))
        required = str(row.get("required", "")).strip()
        if required.lower() not in ("", "yes", "true", "true()", "no", "false", "false()"):
            skip("survey", number, message("xlsform.required_expression", value=required), "required")
            columns["required"] = required
        fields: dict[str, str] = {}
        as_text: list[str] = []
        for column in EXPRESSION_FIELDS:
            text = row.get(column)
            if text is None:
                continue
            fields[column] = str(text).strip()
            try:
                parse(fields[column])
            except ExpressionError as err:
                skip("survey", number, message("xlsform.kept_as_text", column=column, problem=err.message), column)
                as_text.append(column)
        if kind is QuestionType.CALCULATE and "calculation" not in fields:
            skip("survey", number, message("xlsform.calculation_missing", name=name), "calculation")
            return None
        if kind is not QuestionType.CALCULATE and "calculation" in fields:
            columns["calculation"] = fields.pop("calculation")  # a default computed by the form: kept, not ours
            as_text = [c for c in as_text if c != "calculation"]
        label = self.reader.text(row, "label")
        if label is None and kind not in (QuestionType.NOTE, QuestionType.CALCULATE, QuestionType.OPAQUE):
            label = Text(es=name)
            skip("survey", number, message("xlsform.label_missing", name=name), "label")
        if label is None and kind is QuestionType.NOTE:
            label = Text(es=name)  # pyxform refuses a note with no label
            skip("survey", number, message("xlsform.label_missing", name=name), "label")
        return Question(
            name=name,
            type=kind,
            label=label,
            hint=self.reader.text(row, "hint"),
            choices=choices,
            required=required.lower() in ("yes", "true", "true()"),
            constraint_message=self.reader.text(row, "constraint_message"),
            as_text=tuple(as_text),
            type_name=type_name,
            columns=tuple(Column(name=c, text=t) for c, t in sorted(columns.items())),
            provenance=Provenance.cite(self.reader.document, f"survey fila {number}"),
            **fields,  # type: ignore[arg-type]
        )
