"""
Deciding, once every question of a form is known, which expressions the library evaluates.

An expression is evaluated when it parses, type-checks, and refers to no
question whose value we do not know: a calculation kept as text, or a question
inside a repeat (seen from outside it). Otherwise it is kept as text
(``as_text``): written back unchanged, never judged. A calculation that refers
to one kept as text is kept as text too, and so on down the chain.

Only a ``${name}`` that names no imported question removes something, since
the form written back would not convert: that expression or column is removed,
and a question whose relevance (its own or a group's) was removed is no longer
required, so that it is never made unconditional. A label or hint that names
such a question says the name instead.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Final

import attrs

from sce_method._core import Message, Text, message
from sce_method.monitoring.expressions import (
    ExpressionError,
    Kind,
    check,
    functions_called,
    node_set_references,
    parse,
    references,
)
from sce_method.monitoring.instruments import EXPRESSION_FIELDS, Column, Enclosing, Group, Question, QuestionType
from sce_method.monitoring.xlsform._write import METADATA

REFERENCE: Final = re.compile(r"\$\{([^}]*)\}")

Report = Callable[[int | None, Message, str], None]
"""Say something about a survey row (row, message, column)."""


def _refs(text: str) -> set[str]:
    return set(REFERENCE.findall(text))


class Resolver:
    """The expressions of a form's groups, each evaluated, kept as text, or (naming no question) removed."""

    def __init__(self, groups: list[Group], lines: dict[str, int], group_lines: dict[str, int], report: Report) -> None:
        self.groups = groups
        self.lines = lines
        self.group_lines = group_lines
        self.report = report
        self.kinds: dict[str, Kind] = {q.name: q.kind for g in groups for q in g.questions}
        self.in_repeat: set[str] = {q.name for g in groups if g.in_repeat for q in g.questions}
        # A ${name} may also name a group or repeat (count(${hijos})) or the metadata written back with every
        # form (${start}): known names, but values the library does not have.
        others = {name for g in groups for name in g.path} | set(METADATA)
        self.unknown: set[str] = others - set(self.kinds)
        self.repeats = {g.name for g in groups if g.repeat} | {h.name for g in groups for h in g.parents if h.repeat}
        """Repeats: what ``count``, ``sum`` and ``join`` may take as a node-set of rows."""
        """Calculations kept as text, groups and metadata: names whose values the library does not know."""
        self.kinds |= dict.fromkeys(self.unknown, Kind.ANY)
        self.removed: set[str] = set()
        """Calculations that name a question not imported: removed, since the form would not convert."""

    def evaluable(self, text: str, current: Kind | None, *, inside_repeat: bool) -> Message | None:
        """None if *text* can be evaluated here, else why not."""
        try:
            expr = parse(text)
            check(expr, self.kinds, current)
        except ExpressionError as err:
            return err.message
        sets = set(node_set_references(expr))  # a repeat, or its question named from outside: a node-set
        names = set(references(expr)) - sets
        unknown = (names & self.unknown) | (sets & self.unknown - self.repeats)
        if unknown:
            return message("xlsform.refers_to_text", names=_names(unknown))
        if not inside_repeat and "position" in functions_called(expr):  # no row: its number is unknown
            return message("xlsform.refers_to_repeat", names="position(..)")
        if not inside_repeat and names & self.in_repeat:
            return message("xlsform.refers_to_repeat", names=_names(names & self.in_repeat))
        return None

    def resolve(self) -> list[Group]:
        """The groups with every expression decided (see the module docstring)."""
        self.settle()
        heads: dict[tuple[str, ...], tuple[Enclosing, bool]] = {}
        out = []
        for group in self.groups:
            parents = tuple(self.head(group.path[: i + 1], p, heads) for i, p in enumerate(group.parents))
            own, dropped = self.head(group.path, _as_head(group), heads)
            dropped = dropped or any(d for _, d in parents)
            questions = tuple(
                self.question(q, group.in_repeat, dropped=dropped)
                for q in group.questions
                if q.name not in self.removed
            )
            if not questions:
                continue
            out.append(
                attrs.evolve(
                    group,
                    relevant=own.relevant,
                    relevant_as_text=own.relevant_as_text,
                    columns=own.columns,
                    parents=tuple(p for p, _ in parents),
                    questions=questions,
                )
            )
        return out

    def settle(self) -> None:
        """
        Which questions' values are unknown (calculations kept as text) or removed (naming no imported question).

        Each one found may make others so (a chain of calculations): repeated to a fixed point.
        """
        changed = True
        while changed:
            changed = False
            for group in self.groups:
                for q in group.questions:
                    if q.name in self.unknown | self.removed:
                        continue
                    if q.type_name is not None and (missing := _refs(q.type_name) - set(self.kinds)):
                        said = message("xlsform.question_dropped", name=q.name, names=_names(missing))
                        self.report(self.lines.get(q.name), said, "type")
                        self.removed.add(q.name)
                        del self.kinds[q.name]
                        changed = True
                        continue
                    if q.type is not QuestionType.CALCULATE:
                        continue
                    text = q.calculation or ""
                    missing = _refs(text) - set(self.kinds)
                    if missing:
                        said = message("xlsform.question_dropped", name=q.name, names=_names(missing))
                        self.report(self.lines.get(q.name), said, "calculation")
                        self.removed.add(q.name)
                        del self.kinds[q.name]
                        changed = True
                    elif not q.evaluated("calculation") or self.evaluable(text, None, inside_repeat=group.in_repeat):
                        self.unknown.add(q.name)
                        changed = True

    def head(
        self, path: tuple[str, ...], head: Enclosing, seen: dict[tuple[str, ...], tuple[Enclosing, bool]]
    ) -> tuple[Enclosing, bool]:
        """A group's head with its relevant decided (once per group), and whether a condition was removed."""
        if path in seen:
            return seen[path]
        line = self.group_lines.get(head.name)
        columns = self.columns(head.columns, line)
        dropped = False
        relevant, as_text = head.relevant, False
        if relevant is not None:
            missing = _refs(relevant) - set(self.kinds)
            if missing:
                self.report(
                    line, message("xlsform.expression_dropped", column="relevant", names=_names(missing)), "relevant"
                )
                relevant, dropped = None, True
            else:
                why = self.evaluable(relevant, None, inside_repeat=head.repeat)
                if why is not None:
                    self.report(line, message("xlsform.kept_as_text", column="relevant", problem=why), "relevant")
                    as_text = True
        seen[path] = (attrs.evolve(head, relevant=relevant, relevant_as_text=as_text, columns=columns), dropped)
        return seen[path]

    def columns(self, columns: tuple[Column, ...], line: int | None) -> tuple[Column, ...]:
        """Columns kept as written, less those naming a question not imported (reported)."""
        kept = []
        for column in columns:
            missing = _refs(column.text) - set(self.kinds)
            if missing:
                said = message("xlsform.expression_dropped", column=column.name, names=_names(missing))
                self.report(line, said, column.name)
            else:
                kept.append(column)
        return tuple(kept)

    def question(self, q: Question, inside_repeat: bool, *, dropped: bool) -> Question:  # noqa: FBT001
        """One question with its expressions decided."""
        line = self.lines.get(q.name)
        changes: dict[str, object] = {}
        as_text = set(q.as_text)
        for column in EXPRESSION_FIELDS:
            text = getattr(q, column)
            if text is None:
                continue
            missing = _refs(text) - set(self.kinds)
            if missing and column != "calculation":
                self.report(line, message("xlsform.expression_dropped", column=column, names=_names(missing)), column)
                changes[column] = None
                as_text.discard(column)
                dropped = dropped or column == "relevant"
                continue
            if column in as_text:
                continue
            if column == "calculation" and q.name in self.unknown:
                why: Message | None = message("xlsform.refers_to_text", names=_names(_refs(text) & self.unknown))
            else:
                current = q.kind if column == "constraint" else None
                why = self.evaluable(text, current, inside_repeat=inside_repeat)
            if why is not None:
                self.report(line, message("xlsform.kept_as_text", column=column, problem=why), column)
                as_text.add(column)
        if dropped and q.required:
            self.report(line, message("xlsform.required_dropped", name=q.name), "required")
            changes["required"] = False
        changes["as_text"] = tuple(c for c in EXPRESSION_FIELDS if c in as_text and changes.get(c, 1) is not None)
        changes["columns"] = self.columns(q.columns, line)
        for column in ("label", "hint", "constraint_message", "required_message"):
            text = getattr(q, column)
            if text is not None:
                changes[column] = self.text(text, line, column)
        return attrs.evolve(q, **changes)  # type: ignore[arg-type]

    def text(self, text: Text, line: int | None, column: str) -> Text:
        """A label or hint whose ``${name}`` s name no imported question say the name instead (reported)."""
        missing = (_refs(text.es) | _refs(text.en or "")) - set(self.kinds)
        if not missing:
            return text
        self.report(line, message("xlsform.reference_in_text", column=column, names=_names(missing)), column)

        def plain(value: str) -> str:
            return REFERENCE.sub(lambda m: m.group(1) if m.group(1) in missing else m.group(0), value)

        return Text(es=plain(text.es), en=plain(text.en) if text.en is not None else None)


def _names(names: set[str]) -> str:
    return ", ".join(sorted(names))


def _as_head(group: Group) -> Enclosing:
    return Enclosing(
        name=group.name,
        label=group.label,
        relevant=group.relevant,
        relevant_as_text=group.relevant_as_text,
        repeat=group.repeat,
        columns=group.columns,
    )
