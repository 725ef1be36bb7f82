"""Load and dump models: text <-> YAML data <-> attrs objects."""

from __future__ import annotations

import functools
import importlib.resources
import os
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final, TypeVar, overload

import yaml

from sce_method._core import LoadError, Problem, message
from sce_method.methodology import Methodology
from sce_method.serialization._resolve import DATA_PACKAGE, Read, bundled_ids, read_bundled, read_path, resolve
from sce_method.serialization._scalars import resolve_plain
from sce_method.serialization._structure import structure, unstructure
from sce_method.serialization._yaml import parse

if TYPE_CHECKING:
    from sce_method.graduation import CaseFile

T = TypeVar("T")

DEFAULT: Final = "jalisco-sisemh-2024"
"""The id of the methodology `load` returns when given none."""


@overload
def loads(text: str | bytes, cls: None = None, *, file: str | None = None) -> Methodology: ...
@overload
def loads(text: str | bytes, cls: type[T], *, file: str | None = None) -> T: ...
def loads(text: str | bytes, cls: type[Any] | None = None, *, file: str | None = None) -> Any:
    """
    Parse YAML text into a *cls* (a `Methodology` by default).

    >>> from sce_method.curriculum import Delivery
    >>> loads("presencial", Delivery)
    <Delivery.IN_PERSON: 'presencial'>

    Raises:
        LoadError: every problem of the text, each with its ``$.path``, line
            and column.
    """
    parsed = parse(text, file=file)
    if cls is None or cls is Methodology:
        name = file or "<text>"
        return resolve(Read(parsed, name, name))
    return structure(parsed.data, cls, parsed=parsed, file=file)


class _Dumper(yaml.SafeDumper):
    """
    A safe dumper that quotes every string `parse` would not read back as text.

    PyYAML decides what to quote by the YAML 1.1 rules, but `parse` reads plain
    scalars by the YAML 1.2 core schema: ``019``, ``1e5``, ``0o17`` or ``-.5``
    written plain would come back as numbers.
    """


_LINE_BREAKS = frozenset("\x85\u2028\u2029")
"""Characters YAML reads as line breaks: in a plain or single-quoted scalar they fold into spaces."""


def _represent_str(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    if not value.isprintable() or not _LINE_BREAKS.isdisjoint(value):
        # Double quotes escape every character, so the text reads back exactly.
        return dumper.represent_scalar("tag:yaml.org,2002:str", value, style='"')
    if not isinstance(resolve_plain(value), str):
        return dumper.represent_scalar("tag:yaml.org,2002:str", value, style="'")
    return dumper.represent_str(value)


_Dumper.add_representer(str, _represent_str)


def dumps(obj: object, *, include_personal: bool = False) -> str:
    """
    YAML text for any model, such that ``loads(dumps(x), type(x)) == x``.

    Values equal to their default are left out; keys with no default come
    first. Personal data is left out unless *include_personal* is True (see
    `unstructure`): a participant reads back equal, since her `PersonalData`
    is not part of her equality, but with none.
    """
    data = unstructure(obj, include_personal=include_personal)
    return yaml.dump(data, Dumper=_Dumper, allow_unicode=True, sort_keys=False, default_flow_style=False, width=100)


def dump(methodology: Methodology) -> str:
    """YAML text for *methodology*; `loads` reads it back equal."""
    return dumps(methodology)


def load_file(path: str | os.PathLike[str]) -> Methodology:
    """
    Load a methodology from a YAML file: a whole methodology, or an adaptation of another (resolved).

    Raises:
        LoadError: the file (or one under it) is missing, unreadable or invalid (every problem).
    """
    return resolve(read_path(os.fspath(path)))


def load_cases(path: str | os.PathLike[str]) -> CaseFile:
    """
    Load a YAML file of graduation test cases.

    Raises:
        LoadError: the file is missing or invalid (every problem, located).
    """
    from sce_method.graduation import CaseFile  # noqa: PLC0415 -- the cases bring the evaluator and the cohort records

    name = os.fspath(path)
    try:
        raw = Path(name).read_bytes()
    except FileNotFoundError:
        raise LoadError([Problem(message=message("core.load.not_found"), file=name)]) from None
    return loads(raw, CaseFile, file=name)


def bundled_cases(ident: str = DEFAULT) -> CaseFile:
    """The test cases that ship with the bundled methodology *ident*."""
    from sce_method.graduation import CaseFile  # noqa: PLC0415 -- the cases bring the evaluator and the cohort records

    resource = importlib.resources.files(DATA_PACKAGE) / "cases" / f"{ident}.yaml"
    return loads(resource.read_bytes(), CaseFile, file=f"cases/{ident}.yaml")


def available() -> tuple[str, ...]:
    """
    The ids of the bundled methodologies, sorted.

    >>> available()
    ('cjm-2024', 'crea-2024', 'jalisco-sisemh-2024', 'sce-base')
    """
    return bundled_ids()


@functools.cache
def _bundled(ident: str) -> Methodology:
    return resolve(read_bundled(ident))


def load(source: str | os.PathLike[str] | None = None) -> Methodology:
    """
    Load a methodology: the default bundled one, a bundled one by id, or a file.

    A bundled methodology is read once and cached; it is immutable, so every
    caller may share it.

    >>> load().id
    'jalisco-sisemh-2024'
    >>> load("jalisco-sisemh-2024") is load()
    True

    Raises:
        LoadError: no bundled methodology has that id and no file has that
            name, or the file is invalid.
    """
    if source is None:
        return _bundled(DEFAULT)
    if isinstance(source, str) and source in available():
        return _bundled(source)
    name = os.fspath(source)
    if Path(name).exists() or name.endswith((".yaml", ".yml")) or os.sep in name:
        return load_file(name)
    known = ", ".join(available())
    raise LoadError([Problem(message=message("serialization.unknown_methodology", id=name, known=known))])
