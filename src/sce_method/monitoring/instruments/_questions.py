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
    TIME = "time"
    DATETIME = "datetime"
    RANGE = "range"
    OPAQUE = "opaque"
    """Any other XLSForm type (geopoint, image, barcode, rank, ...): its answer is kept as given, unchecked."""


KIND_OF_TYPE: Final = {
    QuestionType.TEXT: Kind.TEXT,
    QuestionType.INTEGER: Kind.NUMBER,
    QuestionType.DECIMAL: Kind.NUMBER,
    QuestionType.DATE: Kind.DATE,
    QuestionType.SELECT_ONE: Kind.TEXT,
    QuestionType.SELECT_MULTIPLE: Kind.MULTI,
    QuestionType.NOTE: Kind.TEXT,
    QuestionType.CALCULATE: Kind.ANY,
    QuestionType.TIME: Kind.TEXT,
    QuestionType.DATETIME: Kind.TEXT,
    QuestionType.RANGE: Kind.NUMBER,
    QuestionType.OPAQUE: Kind.ANY,
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
class Column:
    """A cell of an XLSForm column the library keeps as written and does not act on (``appearance``, ...)."""

    name: str = attrs.field(validator=attrs.validators.min_len(1))
    text: str


def columns_of(columns: tuple[Column, ...]) -> dict[str, str]:
    """*columns* as a row: column name -> cell text."""
    return {c.name: c.text for c in columns}


@attrs.frozen(kw_only=True)
class Choice:
    """One option of a choice list: its stored name (no spaces) and its label."""

    name: str = attrs.field(validator=_choice_name)
    label: Text
    columns: tuple[Column, ...] = ()
    """Other columns of the form's choices row (a ``choice_filter``'s filter column, ...), kept as written."""


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


def _as_text_fields(instance: object, attribute: attrs.Attribute[tuple[str, ...]], value: tuple[str, ...]) -> None:
    """Every name in ``as_text`` is an expression field of the record, and that field is set."""
    problems = [
        Problem(path=(attribute.name,), message=message("instruments.as_text", name=name))
        for name in value
        if name not in EXPRESSION_FIELDS or getattr(instance, name, None) is None
    ]
    raise_if(problems)


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
    as_text: tuple[str, ...] = attrs.field(default=(), validator=_as_text_fields)
    """
    The expression fields kept as the form wrote them but not evaluated (a ``pulldata``, an ``instance(...)``
    lookup, a function outside the subset, or a reference to such a calculation): written back unchanged,
    never checked, and a response is not judged on them.
    """
    type_name: str | None = None
    """The form's own type cell when it says more than *type* (``geopoint``, ``rank colores``, ``or_other``)."""
    columns: tuple[Column, ...] = ()
    """Other columns of the form's row (appearance, parameters, choice_filter, ...), kept as written."""
    _parsed: Mapping[str, Expr] = attrs.field(init=False, repr=False, eq=False, hash=False)

    def _problems(self) -> list[Problem]:
        parsed, problems = parse_fields(self, [f for f in EXPRESSION_FIELDS if f not in self.as_text])
        selects = (QuestionType.SELECT_ONE, QuestionType.SELECT_MULTIPLE)
        if self.type is not QuestionType.OPAQUE and (self.type in selects) != (self.choices is not None):
            said = message(
                "instruments.choices_required" if self.type in selects else "instruments.choices_forbidden",
                type=self.type.value,
            )
            problems.append(Problem(path=("choices",), message=said))
        if (self.type is QuestionType.CALCULATE) != (self.calculation is not None):
            problems.append(Problem(path=("calculation",), message=message("instruments.calculation")))
        unlabelled = (QuestionType.NOTE, QuestionType.CALCULATE, QuestionType.OPAQUE)
        if self.type not in unlabelled and self.label is None:
            problems.append(Problem(path=("label",), message=message("core.load.missing_key", key="label")))
        object.__setattr__(self, "_parsed", parsed)
        return problems

    def expression(self, name: str) -> Expr | None:
        """The parsed ``relevant``, ``constraint`` or ``calculation``, if set and not kept as text."""
        return self._parsed.get(name)

    def evaluated(self, name: str) -> bool:
        """Whether the expression field *name* is evaluated (False when it is kept as text, see ``as_text``)."""
        return name not in self.as_text

    @property
    def kind(self) -> Kind:
        """The expression type of this question's answer."""
        return KIND_OF_TYPE[self.type]

    @property
    def answers(self) -> bool:
        """Whether the question stores an answer people give (not a note or a calculation)."""
        return self.type not in (QuestionType.NOTE, QuestionType.CALCULATE)


@attrs.frozen(kw_only=True)
class Enclosing:
    """A group around a nested group: its name, label, own ``relevant`` and whether it is a repeat."""

    name: str = attrs.field(validator=_xlsform_name)
    label: Text
    relevant: str | None = None
    relevant_as_text: bool = False
    """The ``relevant`` is kept as the form wrote it, not evaluated."""
    repeat: bool = False
    columns: tuple[Column, ...] = ()
    """Other columns of its begin row (appearance, repeat_count, ...), kept as written."""


@attrs.frozen(kw_only=True, field_transformer=sourced_order)
class Group(Sourced):
    """
    A titled group of questions (``begin_group`` ... ``end_group``), or of a repeat's questions.

    A nested group is a `Group` whose *parents* are the groups around it, outermost first: a question
    in it is relevant when its own ``relevant``, its group's and every parent's all hold (`conditions`).
    The pieces of one group split by a nested one are consecutive groups with the same name and parents;
    `write_xlsform` nests them again.
    """

    name: str = attrs.field(validator=_xlsform_name)
    label: Text
    relevant: str | None = None
    questions: tuple[Question, ...] = attrs.field(validator=not_empty)
    relevant_as_text: bool = False
    """The ``relevant`` is kept as the form wrote it, not evaluated."""
    repeat: bool = False
    """A repeat: its questions are answered once per row (``begin_repeat``)."""
    parents: tuple[Enclosing, ...] = ()
    columns: tuple[Column, ...] = ()
    """Other columns of its begin row (appearance, repeat_count, ...), kept as written."""

    @property
    def path(self) -> tuple[str, ...]:
        """The names of the parents and of this group, outermost first (``('g1', 'g2')``)."""
        return (*(p.name for p in self.parents), self.name)

    @property
    def conditions(self) -> tuple[tuple[str, bool], ...]:
        """Each ``relevant`` the group's questions depend on, outermost first, with whether it is kept as text."""
        found = [(p.relevant, p.relevant_as_text) for p in self.parents if p.relevant is not None]
        if self.relevant is not None:
            found.append((self.relevant, self.relevant_as_text))
        return tuple(found)

    @property
    def in_repeat(self) -> bool:
        """Whether this group is a repeat or inside one."""
        return self.repeat or any(p.repeat for p in self.parents)
