"""
An XLSForm expression said in words, in Spanish or English, for people who read the form rather than fill it in.

A form's skip logic and constraints are written for the phone
(``${necesita_apoyo} = 'si'``); `in_words` says the same tree in words (the
answer to «¿Necesita algún apoyo para continuar?» is «Sí»), naming each
question by its label and each stored choice by its label where the
instrument gives them. ``. >= 1 and . <= 5`` is said as a range, and a
comparison with ``today()`` as before or after today's date.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Final

import attrs

from sce_method._core import Lang, message
from sce_method.monitoring.expressions import Binary, Call, Current, Expr, Literal, Negate, Ref
from sce_method.monitoring.instruments import Instrument

_SPACE: Final = re.compile(r"\s+")
"""Any run of white space: what is said in words stays on one line."""


def _number(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else f"{value:g}"


_TIGHTNESS: Final = {"or": 1, "and": 2, "=": 3, "!=": 3, "<": 3, "<=": 3, ">": 3, ">=": 3}
_TIGHTNESS.update({"+": 4, "-": 4, "*": 5, "div": 5, "mod": 5})
"""How tightly each operator binds, as XLSForm reads it; a part that binds more loosely than its place is bracketed."""

_COMPARE: Final = {
    "=": "words.eq",
    "!=": "words.ne",
    "<": "words.lt",
    "<=": "words.le",
    ">": "words.gt",
    ">=": "words.ge",
}
_DATES: Final = {
    "=": "words.eq",
    "!=": "words.ne",
    "<": "words.before",
    "<=": "words.not_after",
    ">": "words.after",
    ">=": "words.not_before",
}
"""Comparisons with today's date, said as before and after."""
_OTHERS: Final = {
    "and": "words.and",
    "or": "words.or",
    "+": "words.plus",
    "-": "words.minus",
    "*": "words.times",
    "div": "words.div",
    "mod": "words.mod",
}


@attrs.frozen(kw_only=True)
class Vocabulary:
    """
    What the questions of an instrument are called, and the labels of their stored choices.

    *current* is the question a constraint is written for (the ``.`` of the expression).
    """

    questions: Mapping[str, str] = attrs.field(factory=dict)
    choices: Mapping[str, Mapping[str, str]] = attrs.field(factory=dict)
    current: str | None = None

    @classmethod
    def of(cls, instrument: Instrument, lang: Lang) -> Vocabulary:
        """The labels of *instrument*'s questions and of each select question's choices, in *lang*."""
        lists = {
            c.name: {choice.name: choice.label.show(lang) for choice in c.choices} for c in instrument.choice_lists
        }
        return cls(
            questions={q.name: q.label.show(lang) for q in instrument.questions if q.label is not None},
            choices={q.name: lists.get(q.choices, {}) for q in instrument.questions if q.choices is not None},
        )

    def question(self, name: str, lang: Lang) -> str:
        """A question by its label, quoted (by its name where it has no label)."""
        return message("words.quoted", text=_SPACE.sub(" ", self.questions.get(name, name))).render(lang)

    def choice(self, question: str | None, value: str, lang: Lang) -> str:
        """A stored value, by the label of that choice of *question* where there is one, quoted."""
        found = self.choices.get(question or "", {}).get(value, value)
        return message("words.quoted", text=_SPACE.sub(" ", found)).render(lang)


def in_words(expr: Expr, lang: Lang, vocabulary: Vocabulary | None = None) -> str:
    """
    *expr* said in words.

    >>> from sce_method.monitoring.expressions import parse
    >>> in_words(parse(". >= 1 and . <= 5"), "es")
    'la respuesta está entre 1 y 5'
    >>> in_words(parse("${edad} >= 18 and not(selected(${apoyos}, 'beca'))"), "en")
    'the answer to “edad” is at least 18 and it is not the case that “beca” is selected in “apoyos”'
    """
    return _Speaker(lang, vocabulary or Vocabulary()).say(expr)


@attrs.frozen
class _Speaker:
    lang: Lang
    vocabulary: Vocabulary

    def say(self, expr: Expr, context: int = 0, about: str | None = None) -> str:  # noqa: PLR0911 -- one per node
        """*expr* in words, bracketed when it binds more loosely than *context*; *about* names a compared question."""
        if isinstance(expr, Literal):
            if isinstance(expr.value, str):
                return self.vocabulary.choice(about, expr.value, self.lang)
            return _number(expr.value)
        if isinstance(expr, Ref):
            return message("words.answer_to", question=self.vocabulary.question(expr.name, self.lang)).render(self.lang)
        if isinstance(expr, Current):
            return message("words.answer").render(self.lang)
        if isinstance(expr, Negate):
            return message("words.negative", value=self.say(expr.operand, 9)).render(self.lang)
        if isinstance(expr, Call):
            return self._call(expr)
        between = self._between(expr)
        if between is not None:
            return between
        tightness = _TIGHTNESS[expr.op]
        if expr.op in _COMPARE:
            text = self._compare(expr)
        else:
            left = self.say(expr.left, tightness)
            right = self.say(expr.right, tightness + (expr.op not in ("and", "or")))
            text = message(_OTHERS[expr.op], left=left, right=right).render(self.lang)
        return f"({text})" if tightness < context else text

    def _subject(self, expr: Expr) -> str | None:
        """The question *expr* stands for, if it is one (``${x}``, or ``.`` in a constraint)."""
        if isinstance(expr, Ref):
            return expr.name
        return self.vocabulary.current if isinstance(expr, Current) else None

    def _compare(self, expr: Binary) -> str:
        today = any(isinstance(side, Call) and side.function == "today" for side in (expr.left, expr.right))
        left = self.say(expr.left, 4, self._subject(expr.right))
        right = self.say(expr.right, 4, self._subject(expr.left))
        said = message(_DATES[expr.op] if today else _COMPARE[expr.op], left=left, right=right)
        return said.render(self.lang)

    def _between(self, expr: Binary) -> str | None:
        """``x >= a and x <= b`` (either order) as one range, or None when *expr* is not one."""
        if expr.op != "and" or not isinstance(expr.left, Binary) or not isinstance(expr.right, Binary):
            return None
        bounds = {b.op: b.right for b in (expr.left, expr.right) if b.left == expr.left.left}
        if set(bounds) != {">=", "<="}:
            return None
        said = message(
            "words.between",
            value=self.say(expr.left.left, 4),
            low=self.say(bounds[">="], 4),
            high=self.say(bounds["<="], 4),
        )
        return said.render(self.lang)

    def _label(self, value: Expr, question: Ref) -> str:
        """``jr:choice-name(value, '${question}')``: the label of the option chosen, or of a named option."""
        said = self.vocabulary.question(question.name, self.lang)
        if value == question:
            return message("words.choice_label", question=said).render(self.lang)
        option = self.say(value, 1, question.name)  # a literal option reads as its label
        return message("words.choice_label_of", value=option, question=said).render(self.lang)

    def _call(self, call: Call) -> str:  # noqa: PLR0911 -- one return per function
        args, name, lang = call.args, call.function, self.lang
        if name == "today":
            return message("words.today").render(lang)
        if name == "not":
            return message("words.not", condition=self.say(args[0])).render(lang)
        if name in ("selected", "count-selected"):
            subject = self._subject(args[0])
            question = self.vocabulary.question(subject, lang) if subject is not None else self.say(args[0])
            if name == "count-selected":
                return message("words.count_selected", question=question).render(lang)
            return message("words.selected", question=question, choice=self.say(args[1], 0, subject)).render(lang)
        if name == "if":
            then, condition, otherwise = self.say(args[1], 1), self.say(args[0], 1), self.say(args[2], 1)
            return message("words.if", then=then, condition=condition, otherwise=otherwise).render(lang)
        if name == "string-length":
            return message("words.length", value=self.say(args[0], 4)).render(lang)
        if name == "position":
            return message("words.position").render(lang)
        if name == "jr:choice-name" and isinstance(args[1], Ref):
            return self._label(args[0], args[1])
        if name != "regex":
            said = ", ".join(self.say(a, 1) for a in args)
            return message("words.function", name=name, args=said).render(lang)
        pattern = _SPACE.sub(" ", str(args[1].value)) if isinstance(args[1], Literal) else self.say(args[1])
        return message("words.regex", value=self.say(args[0], 4), pattern=pattern).render(lang)
