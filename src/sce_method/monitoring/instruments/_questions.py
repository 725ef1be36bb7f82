"""Questions, groups and choice lists: the parts an instrument is made of."""

from __future__ import annotations

import enum
import re
from collections.abc import Mapping
from typing import Final

import attrs

from sce_method._core import (
    InstrumentKind,
    Problem,
    Sourced,
    Text,
    message,
    not_empty,
    raise_if,
    register_labels,
    sourced_order,
    unique_ids,
)
from sce_method.monitoring.expressions import Expr, Kind, parse_fields

NAME: Final = re.compile(r"[A-Za-z_][A-Za-z0-9_.-]*")
"""XLSForm names: a letter or ``_``, then letters, digits, ``_``, ``-``, ``.``."""


register_labels(
    {
        InstrumentKind.ENTRY: "instruments.enum.InstrumentKind.entrada",
        InstrumentKind.EXIT: "instruments.enum.InstrumentKind.salida",
        InstrumentKind.POST_GRADUATION: "instruments.enum.InstrumentKind.postgraduacion",
        InstrumentKind.FOLLOW_UP: "instruments.enum.InstrumentKind.seguimiento",
    }
)


class QuestionType(enum.Enum):
    """The question types of the supported XLSForm subset."""

    TEXT = "text"
    INTEGER = "integer"
    DECIMAL = "decimal"
    DATE = "date"
    SELECT_ONE = "select_one"
    SELECT_MULTIPLE = "select_multiple"
    NOTE = "note"
    CALCULATE = "calculate"


KIND_OF_TYPE: Final = {
    QuestionType.TEXT: Kind.TEXT,
    QuestionType.INTEGER: Kind.NUMBER,
    QuestionType.DECIMAL: Kind.NUMBER,
    QuestionType.DATE: Kind.DATE,
    QuestionType.SELECT_ONE: Kind.TEXT,
    QuestionType.SELECT_MULTIPLE: Kind.MULTI,
    QuestionType.NOTE: Kind.TEXT,
    QuestionType.CALCULATE: Kind.ANY,
}
"""The expression type of each question type's answer."""


def _xlsform_name(_instance: object, attribute: attrs.Attribute[str], value: str) -> None:
    if not NAME.fullmatch(value):
        raise_if([Problem(path=(attribute.name,), message=message("instruments.bad_name", name=value))])


CHOICE_NAME: Final = re.compile(r"\S+")
"""Choice names are stored values: anything without spaces (select_multiple joins them with spaces)."""


def _choice_name(_instance: object, attribute: attrs.Attribute[str], value: str) -> None:
    if not CHOICE_NAME.fullmatch(value):
        raise_if([Problem(path=(attribute.name,), message=message("instruments.bad_choice_name", name=value))])


@attrs.frozen(kw_only=True)
class Choice:
    """One option of a choice list: its stored name (no spaces) and its label."""

    name: str = attrs.field(validator=_choice_name)
    label: Text


@attrs.frozen(kw_only=True, field_transformer=sourced_order)
class ChoiceList(Sourced):
    """A named list of options that select questions share."""

    name: str = attrs.field(validator=_xlsform_name)
    choices: tuple[Choice, ...] = attrs.field(validator=not_empty)

    def _problems(self) -> list[Problem]:
        return unique_ids(self.choices, field="choices", key=lambda c: c.name, attr="name")

    @property
    def names(self) -> tuple[str, ...]:
        """The choices' stored names, in order."""
        return tuple(c.name for c in self.choices)


EXPRESSION_FIELDS: Final = ("relevant", "constraint", "calculation")


@attrs.frozen(kw_only=True, field_transformer=sourced_order)
class Question(Sourced):
    """
    One question: its type, labels, and the expressions that govern it.

    *relevant*, *constraint* and *calculation* are XLSForm expressions (see
    `sce_method.monitoring.expressions.parse`), kept as written and parsed once here.
    """

    name: str = attrs.field(validator=_xlsform_name)
    type: QuestionType
    label: Text | None = None
    hint: Text | None = None
    choices: str | None = None
    required: bool = False
    relevant: str | None = None
    constraint: str | None = None
    constraint_message: Text | None = None
    calculation: str | None = None
    _parsed: Mapping[str, Expr] = attrs.field(init=False, repr=False, eq=False, hash=False)

    def _problems(self) -> list[Problem]:
        parsed, problems = parse_fields(self, EXPRESSION_FIELDS)
        selects = (QuestionType.SELECT_ONE, QuestionType.SELECT_MULTIPLE)
        if (self.type in selects) != (self.choices is not None):
            said = message(
                "instruments.choices_required" if self.type in selects else "instruments.choices_forbidden",
                type=self.type.value,
            )
            problems.append(Problem(path=("choices",), message=said))
        if (self.type is QuestionType.CALCULATE) != (self.calculation is not None):
            problems.append(Problem(path=("calculation",), message=message("instruments.calculation")))
        if self.type is not QuestionType.NOTE and self.type is not QuestionType.CALCULATE and self.label is None:
            problems.append(Problem(path=("label",), message=message("core.load.missing_key", key="label")))
        object.__setattr__(self, "_parsed", parsed)
        return problems

    def expression(self, name: str) -> Expr | None:
        """The parsed ``relevant``, ``constraint`` or ``calculation``, if set."""
        return self._parsed.get(name)

    @property
    def kind(self) -> Kind:
        """The expression type of this question's answer."""
        return KIND_OF_TYPE[self.type]

    @property
    def answers(self) -> bool:
        """Whether the question stores an answer people give (not a note or a calculation)."""
        return self.type not in (QuestionType.NOTE, QuestionType.CALCULATE)


@attrs.frozen(kw_only=True, field_transformer=sourced_order)
class Group(Sourced):
    """A titled group of questions (``begin_group`` ... ``end_group``)."""

    name: str = attrs.field(validator=_xlsform_name)
    label: Text
    relevant: str | None = None
    questions: tuple[Question, ...] = attrs.field(validator=not_empty)
