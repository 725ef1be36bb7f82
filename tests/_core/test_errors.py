"""Tests for `sce_method._core._errors`."""

from __future__ import annotations

import pytest

# The errors below carry messages of the rooms that raise them: importing those rooms registers their texts.
import sce_method.cli
import sce_method.graduation
import sce_method.mentoring
import sce_method.monitoring.expressions  # noqa: F401
from sce_method._core import (
    ExpressionError,
    InvariantError,
    LoadError,
    MessageError,
    NoGraduationRulesError,
    NoMentoringPolicyError,
    NotInForceError,
    Problem,
    ProblemsError,
    SCEError,
    StaleValueWarning,
    UnknownIdError,
    WriteError,
    format_path,
    invariant,
    message,
)


def _negative(
    *,
    path: tuple[str | int, ...] = ("hours",),
    file: str | None = None,
    line: int | None = None,
    column: int | None = None,
) -> Problem:
    return Problem(path=path, message=message("core.value.negative", value=-4), file=file, line=line, column=column)


class TestFormatPath:
    def test_keys_and_indexes(self) -> None:
        """Keys are joined with dots, indexes in brackets."""
        expected = "$.curriculum.modules[1].hours"

        assert expected == format_path(("curriculum", "modules", 1, "hours"))

    def test_root(self) -> None:
        """The empty path is the document itself."""
        expected = "$"

        assert expected == format_path(())

    def test_leading_index(self) -> None:
        """A list at the root starts with an index."""
        expected = "$[0].id"

        assert expected == format_path((0, "id"))


class TestProblem:
    def test_where(self) -> None:
        """The where property renders the path."""
        expected = "$.hours"

        assert expected == _negative().where

    def test_render_without_location(self) -> None:
        """With no file or line, a problem renders as path: message."""
        expected = "$.hours: must be >= 0, got -4"

        assert expected == _negative().render("en")

    def test_render_with_file_line_and_column(self) -> None:
        """file:line:column comes first."""
        problem = _negative(file="m.yaml", line=3, column=12)

        expected = "m.yaml:3:12: $.hours: must be >= 0, got -4"
        assert expected == problem.render("en")

    def test_render_line_without_column(self) -> None:
        """A line with no column shows the line only."""
        expected = "m.yaml:3: $.hours: must be >= 0, got -4"

        assert expected == _negative(file="m.yaml", line=3).render("en")

    def test_render_whole_file_problem(self) -> None:
        """A problem with the whole file (a file, no path) leaves the $ out."""
        problem = Problem(message=message("core.load.empty"), file="m.yaml", line=1, column=1)

        expected = "m.yaml:1:1: the document is empty"
        assert expected == problem.render("en")

    def test_str_is_spanish(self) -> None:
        """str() renders in Spanish."""
        expected = "$.hours: debe ser >= 0; se encontró -4"

        assert expected == str(_negative())

    def test_under(self) -> None:
        """Problem.under puts a prefix before the path and keeps the rest."""
        problem = _negative(line=2).under("curriculum", "modules", 3)

        expected = (("curriculum", "modules", 3, "hours"), 2)
        assert expected == (problem.path, problem.line)

    def test_hashable(self) -> None:
        """Problems hash by value, so duplicates collapse."""
        expected = 1

        assert expected == len({_negative(), _negative()})


class TestSCEError:
    @pytest.mark.parametrize(
        ("error", "builtin"),
        [
            (InvariantError, ValueError),
            (LoadError, ValueError),
            (UnknownIdError, KeyError),
            (NotInForceError, LookupError),
            (ExpressionError, ValueError),
            (NoGraduationRulesError, ValueError),
            (NoMentoringPolicyError, ValueError),
            (WriteError, OSError),
        ],
    )
    def test_leaves_are_their_builtin(self, error: type[Exception], builtin: type[Exception]) -> None:
        """Every leaf is an SCEError and the built-in exception it means."""
        expected = (True, True)

        assert expected == (issubclass(error, SCEError), issubclass(error, builtin))

    def test_bare_error_keeps_its_text(self) -> None:
        """An SCEError raised with plain text shows that text in either language."""
        expected = ("texto", "texto")

        error = SCEError("texto")
        assert expected == (str(error), error.render("en"))

    @pytest.mark.parametrize(
        "error",
        [
            UnknownIdError(message("core.id.unknown", kind=message("core.kind.module"), id="x", known="a")),
            NotInForceError(message("core.dated.before_first", when="2019-12-31", first="2020-01-01")),
            ExpressionError(message("expressions.empty"), 1),
            NoGraduationRulesError(),
            NoMentoringPolicyError(),
            WriteError(message("cli.write_failed", path="x.csv", reason="Permission denied")),
            LoadError([_negative()]),
            InvariantError([_negative()]),
        ],
        ids=lambda error: type(error).__name__,
    )
    def test_one_language_rule(self, error: SCEError) -> None:
        """str() of every error is its Spanish rendering; render("en") is English and differs."""
        expected = (error.render("es"), True)

        assert expected == (str(error), error.render("en") != error.render("es"))


class TestMessageError:
    def test_keeps_the_message(self) -> None:
        """The message is kept as .message, and is the exception's one argument."""
        said = message("expressions.empty")

        error = MessageError(said)
        assert (said, (said,)) == (error.message, error.args)

    def test_render(self) -> None:
        """render() is the message in that language."""
        expected = ("la expresión está vacía", "the expression is empty")

        error = MessageError(message("expressions.empty"))
        assert expected == (error.render("es"), error.render("en"))

    def test_write_error_is_an_os_error_with_no_errno(self) -> None:
        """A WriteError is caught as OSError; it carries the message, not an errno."""
        error = WriteError(message("cli.write_failed", path="x.csv", reason="Permission denied"))

        expected = (None, "no se pudo escribir 'x.csv': Permission denied")
        assert expected == (error.errno, str(error))


class TestExpressionError:
    def test_keeps_the_column(self) -> None:
        """The column the expression broke at is kept beside the message."""
        expected = (3, "expressions.empty")

        error = ExpressionError(message("expressions.empty"), 3)
        assert expected == (error.column, error.message.key)


class TestProblemsError:
    def test_carries_every_problem(self) -> None:
        """The problems are kept as a tuple, in order."""
        problems = [_negative(path=("a",)), _negative(path=("b",))]

        assert tuple(problems) == ProblemsError(problems).problems

    def test_str_is_one_line_per_problem_in_spanish(self) -> None:
        """str() renders every problem, one per line, in Spanish."""
        error = ProblemsError([_negative(path=("a",)), _negative(path=("b",))])

        expected = "$.a: debe ser >= 0; se encontró -4\n$.b: debe ser >= 0; se encontró -4"
        assert expected == str(error)

    def test_render_english(self) -> None:
        """ProblemsError.render takes a language."""
        expected = "$.a: must be >= 0, got -4"

        assert expected == ProblemsError([_negative(path=("a",))]).render("en")


class TestInvariantError:
    def test_invariant_builds_one_problem_at_the_field(self) -> None:
        """invariant() names the field the problem is at."""
        error = invariant("hours", message("core.value.negative", value=-4))

        assert [_negative()] == list(error.problems)

    def test_is_value_error(self) -> None:
        """Callers who do not know the library can catch ValueError."""
        assert isinstance(invariant("x", message("core.value.empty")), ValueError)


class TestLoadError:
    def test_is_value_error(self) -> None:
        """A LoadError is a ValueError."""
        assert isinstance(LoadError([_negative()]), ValueError)


class TestUnknownIdError:
    def test_str_is_the_message_unquoted(self) -> None:
        """Unlike a KeyError, str() is the message itself, without quotes."""
        error = UnknownIdError(message("core.id.unknown", kind=message("core.kind.module"), id="x", known="a, b"))

        expected = "no existe módulo con id 'x'; existen: a, b"
        assert expected == str(error)

    def test_keeps_the_message(self) -> None:
        """The message is kept for rendering in another language."""
        error = UnknownIdError(message("core.id.unknown", kind=message("core.kind.module"), id="x", known="a"))

        expected = "there is no module with id 'x'; known: a"
        assert expected == error.message.render("en")


class TestNotInForceError:
    def test_str_is_the_message(self) -> None:
        """str() renders the message in Spanish."""
        error = NotInForceError(message("core.dated.before_first", when="2019-12-31", first="2020-01-01"))

        expected = "no hay valor vigente el 2019-12-31; el primero rige desde el 2020-01-01"
        assert expected == str(error)


class TestStaleValueWarning:
    def test_is_user_warning(self) -> None:
        """Stale values warn as UserWarning, so warning filters catch them."""
        assert issubclass(StaleValueWarning, UserWarning)
