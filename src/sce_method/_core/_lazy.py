"""`lazy_names`: a room's public names that need an optional dependency, imported on first use."""

from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping


def lazy_names(package: str, names: Mapping[str, str]) -> Callable[[str], object]:
    """
    A module ``__getattr__`` (PEP 562) for *package* that imports each of *names* from its module on first use.

    A room whose public names include one that needs an extra (polars) keeps the
    room importable without it: ``from sce_method.graduation import FrameReport``
    imports polars then, and only then.
    """

    def __getattr__(name: str) -> object:  # noqa: N807 -- it is the module's __getattr__
        if name in names:
            return getattr(importlib.import_module(names[name]), name)
        msg = f"module {package!r} has no attribute {name!r}"
        raise AttributeError(msg)

    return __getattr__
