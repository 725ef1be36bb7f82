"""
The exceptions `sce_method` raises.

Every error the library raises on purpose derives from `SCEError`; each leaf
also derives from the built-in exception it means, so ``except ValueError``
keeps working for callers who do not know this library.

- `LoadError` (`ValueError`): a file or document could not be loaded; carries
  ``.problems``, each with its ``$.path`` and, where known, file, line, column.
- `InvariantError` (`ValueError`): an object was built with values that break
  its rules; carries ``.problems`` with paths relative to the object.
- `UnknownIdError` (`KeyError`): a lookup by id found nothing.
- `NotInForceError` (`LookupError`): a value asked for before it took effect.
- `ExpressionError` (`ValueError`): an XLSForm expression could not be read;
  carries ``.message`` and ``.column``.
- `NoGraduationRulesError`, `NoMentoringPolicyError` (`ValueError`): the
  methodology lacks the part a call needs.
- `WriteError` (`OSError`): an output file could not be written.
- `MissingExtraError` (`ImportError`): an optional dependency is not installed;
  the message names the install command; ``.extra`` names the extra.
- `StaleValueWarning` (`UserWarning`): a value in force is past its review date.

One language rule: ``str()`` of every error is in Spanish, the default
language, like ``str()`` of a `Message`; ``render("en")`` gives it in English.
An error with one message keeps it as ``.message``; one with problems keeps
them as ``.problems``, each with its own ``.message``.

>>> import sce_method
>>> try:
...     sce_method.load().curriculum.module("cocina")
... except KeyError as e:
...     print(type(e).__name__)
UnknownIdError
>>> try:
...     sce_method.load().as_of("2000-01-01")
... except LookupError as e:
...     print(e)
...     print(e.render("en"))
la metodología 'jalisco-sisemh-2024' rige desde el 2020-01-01; no hay versión vigente el 2000-01-01
methodology 'jalisco-sisemh-2024' is in force from 2020-01-01; there is no version in force on 2000-01-01
"""

from sce_method._core import (
    ExpressionError,
    InvariantError,
    LoadError,
    MissingExtraError,
    NoGraduationRulesError,
    NoMentoringPolicyError,
    NotInForceError,
    Problem,
    ProblemsError,
    SCEError,
    StaleValueWarning,
    UnknownIdError,
    WriteError,
)

__all__ = [
    "ExpressionError",
    "InvariantError",
    "LoadError",
    "MissingExtraError",
    "NoGraduationRulesError",
    "NoMentoringPolicyError",
    "NotInForceError",
    "Problem",
    "ProblemsError",
    "SCEError",
    "StaleValueWarning",
    "UnknownIdError",
    "WriteError",
]
