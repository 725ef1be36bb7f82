"""
Resolve a methodology file: a whole methodology, or an adaptation and the chain of layers under it.

A file with ``based_on`` is an adaptation: its parent is resolved first (a
bundled methodology by id, or a file relative to the adaptation), then its
changes are applied to the parent's plain data in order, and the result is
built once. Every problem is shown in the file that wrote the value: the
base's line, or the adaptation's change.
"""

from __future__ import annotations

import functools
import importlib.resources
import os
from collections.abc import Mapping
from pathlib import Path
from typing import Final

import attrs

from sce_method._core import LoadError, Message, Problem, format_path, message
from sce_method.methodology import Adaptation, Layer, Lock, Methodology, Resolution, Where
from sce_method.serialization._structure import structure
from sce_method.serialization._yaml import Parsed, parse

DATA_PACKAGE: Final = "sce_method.data"
MAX_LAYERS: Final = 16
"""The longest chain of layers resolved."""


@attrs.frozen
class Read:
    """One layer's file as read: its parsed text, its name, and how the lineage names it."""

    parsed: Parsed
    file: str
    source: str


@functools.cache
def _bundled_bytes(ident: str) -> bytes:
    return (importlib.resources.files(DATA_PACKAGE) / f"{ident}.yaml").read_bytes()


def bundled_ids() -> tuple[str, ...]:
    """The ids of the bundled methodologies, sorted."""
    files = importlib.resources.files(DATA_PACKAGE)
    return tuple(sorted(f.name.removesuffix(".yaml") for f in files.iterdir() if f.name.endswith(".yaml")))


def read_bundled(ident: str) -> Read:
    """The bundled methodology *ident*'s file, parsed."""
    name = f"{ident}.yaml"
    return Read(parse(_bundled_bytes(ident), file=name), name, ident)


def read_path(name: str) -> Read:
    """A methodology file, parsed; a missing or unreadable file is a `LoadError` naming it."""
    try:
        raw = Path(name).read_bytes()
    except FileNotFoundError:
        raise LoadError([Problem(message=message("core.load.not_found"), file=name)]) from None
    except OSError as err:
        reason = err.strerror or type(err).__name__
        raise LoadError([Problem(message=message("core.load.unreadable", reason=reason), file=name)]) from None
    return Read(parse(raw, file=name), name, name)


@attrs.define
class _Chain:
    """The layers resolved so far, base first, the files they came from, and the data they make."""

    layers: list[Layer] = attrs.field(factory=list)
    files: dict[str, Parsed] = attrs.field(factory=dict)
    resolution: Resolution | None = None


def _place(chain: _Chain, problem: Problem, where: Where) -> Problem:
    """*problem*, placed at *where*: its path in that file, and the line and column the file gives it."""
    parsed = chain.files.get(where.file or "")
    mark = parsed.locate(where.path) if parsed is not None else None
    line, column = mark if mark is not None else (None, None)
    return attrs.evolve(problem, path=where.path, file=where.file, line=line, column=column)


def _refuse(read: Read, where: Where, said: Message) -> LoadError:
    chain = _Chain(files={read.file: read.parsed})
    return LoadError([_place(chain, Problem(message=said), where)])


def _parent(read: Read, adaptation: Adaptation, seen: tuple[str, ...]) -> Read:
    """The file *adaptation* is based on: a bundled methodology, or a file relative to the adaptation."""
    ref = adaptation.based_on
    at = Where(adaptation.id, read.file, ("based_on",))
    if ref.path is not None:
        here = Path(read.file).parent if read.source == read.file else Path()
        parent = read_path(os.path.normpath(here / ref.path))
    elif ref.id in bundled_ids():
        parent = read_bundled(ref.id)
    else:
        known = ", ".join(bundled_ids())
        raise _refuse(read, at.under("id"), message("serialization.adapt.unknown_parent", id=ref.id, known=known))
    if parent.source in seen or len(seen) >= MAX_LAYERS:
        chain = " -> ".join((*seen, parent.source))
        raise _refuse(read, at, message("serialization.adapt.cycle", chain=chain))
    return parent


def _base(read: Read) -> _Chain:
    """
    The first layer of a chain: a whole methodology, whose locks hold for the layers above.

    Only its locks are built here; the rest is checked once, when the chain is
    resolved, and any problem of it is shown at its line in this file.
    """
    data = read.parsed.data
    assert isinstance(data, Mapping)  # noqa: S101 -- the caller checked
    try:
        locks = structure(data.get("locked") or [], tuple[Lock, ...])
    except LoadError:
        structure(data, Methodology, parsed=read.parsed, file=read.file)  # reports every problem, placed
        raise
    ident, version = str(data.get("id", read.source)), str(data.get("version", ""))
    chain = _Chain(files={read.file: read.parsed})
    chain.layers.append(Layer(id=ident, version=version, source=read.source))
    chain.resolution = Resolution(data, layer=ident, file=read.file, locks=locks)
    return chain


def _resolve(read: Read, seen: tuple[str, ...]) -> _Chain:
    data = read.parsed.data
    if not isinstance(data, Mapping) or "based_on" not in data:
        return _base(read)
    adaptation = structure(data, Adaptation, parsed=read.parsed, file=read.file)
    chain = _resolve(_parent(read, adaptation, (*seen, read.source)), (*seen, read.source))
    chain.files[read.file] = read.parsed
    _check_parent(chain, read, adaptation)
    assert chain.resolution is not None  # noqa: S101 -- set by _base
    problems = chain.resolution.apply(adaptation, data, file=read.file)
    if problems:
        raise LoadError([_place(chain, p, Where(adaptation.id, read.file, p.path)) for p in problems])
    chain.layers.append(Layer(id=adaptation.id, version=adaptation.version, source=read.source))
    return chain


def _check_parent(chain: _Chain, read: Read, adaptation: Adaptation) -> None:
    """The parent must be the methodology and version the adaptation names, and not share its id."""
    parent = chain.layers[-1]
    ref = adaptation.based_on
    at = Where(adaptation.id, read.file, ("based_on",))
    if ref.id != parent.id:
        said = message("serialization.adapt.parent_id", path=parent.source, found=parent.id, id=ref.id)
        raise _refuse(read, at.under("id"), said)
    if ref.version is not None and ref.version != parent.version:
        said = message("serialization.adapt.parent_version", id=ref.id, wanted=ref.version, found=parent.version)
        raise _refuse(read, at.under("version"), said)
    if adaptation.id in {layer.id for layer in chain.layers}:
        said = message("serialization.adapt.duplicate_layer", id=adaptation.id)
        raise _refuse(read, Where(adaptation.id, read.file, ("id",)), said)


def resolve(read: Read) -> Methodology:
    """
    The methodology *read* holds, resolving its chain of layers when it is an adaptation.

    Raises:
        LoadError: every problem, each placed in the file (and line) that wrote it.
    """
    data = read.parsed.data
    if not isinstance(data, Mapping) or "based_on" not in data:
        return structure(data, Methodology, parsed=read.parsed, file=read.file)
    chain = _resolve(read, ())
    resolution = chain.resolution
    assert resolution is not None  # noqa: S101 -- always set
    try:
        methodology = structure(resolution.data, Methodology)
    except LoadError as err:
        raise LoadError([_relocate(chain, resolution, p) for p in err.problems]) from None
    return _with_lineage(methodology, tuple(chain.layers), resolution.origins)


def _with_lineage(methodology: Methodology, layers: tuple[Layer, ...], origins: Mapping[str, str]) -> Methodology:
    """
    *methodology* with its derived lineage and origins filled in.

    They are derived fields (not values, not compared, never written): set in
    place on the instance just built, so that the whole methodology is not
    checked a second time as ``attrs.evolve`` would.
    """
    object.__setattr__(methodology, "layers", layers)
    object.__setattr__(methodology, "origins", origins)
    return methodology


def _relocate(chain: _Chain, resolution: Resolution, problem: Problem) -> Problem:
    """A problem of the resolved data, shown where it was written (or at the change that removed what it names)."""
    if problem.message.key == "core.ref.unknown":
        removed = resolution.removed_by(problem.message.params.get("id"))
        if removed is not None:
            key, path = problem.message.params.get("id"), format_path(problem.path)
            said = message("serialization.adapt.removed_still_used", key=key, path=path)
            return _place(chain, Problem(message=said), removed.under("path"))
    where = resolution.locate(problem.path)
    return _place(chain, problem, where) if where is not None else problem
