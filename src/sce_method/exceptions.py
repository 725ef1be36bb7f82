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
- `StaleValueWarning` (`UserWarning`): a value in force is past its review date.

>>> import sce_method
>>> try:
...     sce_method.load().curriculum.module("cocina")
... except KeyError as e:
...     print(type(e).__name__)
UnknownIdError
"""

from sce_method._core import (
    InvariantError,
    LoadError,
    NotInForceError,
    Problem,
    ProblemsError,
    SCEError,
    StaleValueWarning,
    UnknownIdError,
)

__all__ = [
    "InvariantError",
    "LoadError",
    "NotInForceError",
    "Problem",
    "ProblemsError",
    "SCEError",
    "StaleValueWarning",
    "UnknownIdError",
]
