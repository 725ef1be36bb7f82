"""
`lazy_names` and `lazy_dir`: a room's public names, imported on first use.

A room's ``__init__`` that imported every module of the room made ``import
sce_method.<room>`` pay for all of them, and every room that named one class
of it pay for the whole room. With these, ``from sce_method.graduation
import Graduation`` imports the rules and what they need, not the YAML cases,
the reports and the cohort reader; a name that needs an optional dependency
(polars) keeps its room importable without it.
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Callable, Iterable, Mapping


def lazy_names(package: str, names: Mapping[str, str]) -> Callable[[str], object]:
    """
    A module ``__getattr__`` (PEP 562) for *package* that imports each of *names* from its module on first use.

    The name is then kept on *package*, so that it is looked up once:
    ``from sce_method.graduation import FrameReport`` imports polars then, and
    only then. A name that its module calls otherwise is given as
    ``"module:name"``.

    >>> lazy_names("pkg", {"encode": "json:dumps"})("encode")([1])
    '[1]'
    """

    def __getattr__(name: str) -> object:  # noqa: N807 -- it is the module's __getattr__
        if name in names:
            module_name, _, attribute = names[name].partition(":")
            value = getattr(importlib.import_module(module_name), attribute or name)
            module = sys.modules.get(package)
            if module is not None:
                setattr(module, name, value)
            return value
        msg = f"module {package!r} has no attribute {name!r}"
        raise AttributeError(msg)

    return __getattr__


def lazy_dir(namespace: Mapping[str, object], public: Iterable[str]) -> Callable[[], list[str]]:
    """
    A module ``__dir__`` (PEP 562) that lists the names of *namespace* and the *public* ones not yet imported.

    >>> lazy_dir({"a": 1}, ["b"])()
    ['a', 'b']
    """
    names = tuple(public)

    def __dir__() -> list[str]:  # noqa: N807 -- it is the module's __dir__
        return sorted({*namespace, *names})

    return __dir__
