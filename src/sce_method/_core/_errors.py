"""
The exception hierarchy and the `Problem` it carries.

Defined here, on the ground floor, so that every part of the package can raise
them; `sce_method.exceptions` is their public address.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import attrs

from sce_method._core._catalog import DEFAULT_LANG, Lang, Message

PathPart = str | int
"""One step of a path: a mapping key or a list index."""


def format_path(path: Sequence[PathPart]) -> str:
    """
    Render a path as ``$.key[index].key``.

    >>> format_path(("curriculum", "modules", 1, "hours"))
    '$.curriculum.modules[1].hours'
    >>> format_path(())
    '$'
    """
    return "$" + "".join(f"[{part}]" if isinstance(part, int) else f".{part}" for part in path)


@attrs.frozen(kw_only=True)
class Problem:
    """
    One thing wrong with an input: where it is and what is wrong.

    *path* is the place inside the document (``$.curriculum.modules[1].hours``);
    *file*, *line* and *column* (1-based) are filled in where known.

    >>> from sce_method._core._catalog import message
    >>> p = Problem(path=("hours",), message=message("core.value.negative", value=-4))
    >>> p.render("en")
    '$.hours: must be >= 0, got -4'
    """

    path: tuple[PathPart, ...] = ()
    message: Message
    file: str | None = None
    line: int | None = None
    column: int | None = None

    @property
    def where(self) -> str:
        """The path as ``$.a.b[0]``."""
        return format_path(self.path)

    def render(self, lang: Lang = DEFAULT_LANG) -> str:
        """
        One line: ``file:line:column: $.path: message``.

        A problem with the whole input (no path) leaves the ``$`` out.
        """
        parts = [str(p) for p in (self.file, self.line) if p is not None]
        if self.line is not None and self.column is not None:
            parts.append(str(self.column))
        location = ":".join(parts) + ": " if parts else ""
        if not self.path:
            return f"{location}{self.message.render(lang)}"
        return f"{location}{self.where}: {self.message.render(lang)}"

    def __str__(self) -> str:
        return self.render(DEFAULT_LANG)

    def under(self, *prefix: PathPart) -> Problem:
        """Return this problem with *prefix* put before its path."""
        return attrs.evolve(self, path=(*prefix, *self.path))


class SCEError(Exception):
    """
    The root of every error this library raises on purpose.

    One language rule for all of them: ``str()`` is in Spanish, the default
    language, like ``str()`` of a `Message`; `render` gives either language.
    """

    def render(self, lang: Lang = DEFAULT_LANG) -> str:  # noqa: ARG002 -- a bare SCEError has only its own text
        """The error in *lang*."""
        return super().__str__()

    def __str__(self) -> str:
        return self.render(DEFAULT_LANG)


class ProblemsError(SCEError):
    """
    An error that carries one or more `Problem` s, all reported at once.

    ``str()`` renders every problem, one per line, in Spanish; `render` takes a
    language.
    """

    problems: tuple[Problem, ...]

    def __init__(self, problems: Iterable[Problem]) -> None:
        self.problems = tuple(problems)
        super().__init__(self.problems)

    def render(self, lang: Lang = DEFAULT_LANG) -> str:
        """Every problem, one per line, in *lang*."""
        return "\n".join(p.render(lang) for p in self.problems)


class InvariantError(ProblemsError, ValueError):
    """
    An object was built with values that break its rules.

    Raised by the domain classes themselves (negative hours, a duplicate id, a
    reference to nothing). Each problem's path is relative to the object.
    """


class LoadError(ProblemsError, ValueError):
    """
    A file, a document or a value given as text could not be read.

    Carries every problem found, each with its path and, where known, its file,
    line and column.
    """


class MessageError(SCEError):
    """An error that says one thing: a `Message` of the catalog, kept as ``.message``."""

    def __init__(self, message: Message) -> None:
        self.message = message
        super().__init__(message)

    def render(self, lang: Lang = DEFAULT_LANG) -> str:
        """The message in *lang*."""
        return self.message.render(lang)


class UnknownIdError(MessageError, KeyError):
    """A lookup by id found nothing; the message lists the ids that exist."""


class NotInForceError(MessageError, LookupError):
    """A dated value or methodology was asked for at a date before it began."""


class ExpressionError(MessageError, ValueError):
    """An expression could not be read: what, and at which column (1-based)."""

    def __init__(self, message: Message, column: int) -> None:
        self.column = column
        super().__init__(message)


class NoGraduationRulesError(MessageError, ValueError):
    """The methodology defines no graduation rules, and the call needs them."""

    def __init__(self) -> None:
        super().__init__(Message(key="core.no_graduation_rules"))


class NoMentoringPolicyError(MessageError, ValueError):
    """The methodology defines no mentoring policy, and the call needs one."""

    def __init__(self, said: Message | None = None) -> None:
        super().__init__(said or Message(key="core.no_mentoring_policy"))


class WriteError(MessageError, OSError):
    """An output file could not be written."""


class MissingExtraError(MessageError, ImportError):
    """An optional dependency (an extra) is not installed; the message names the command that installs it."""

    def __init__(self, message: Message, *, extra: str) -> None:
        self.extra = extra
        super().__init__(message)


class StaleValueWarning(UserWarning):
    """A value in force is past the date by which it was to be reviewed."""


def invariant(field: PathPart, msg: Message) -> InvariantError:
    """Build an `InvariantError` with one problem at *field*."""
    return InvariantError([Problem(path=(field,), message=msg)])
