"""`read_cohort`: every list of `LISTS`, read through its spec and checked, into a `Cohort`."""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Literal, overload

import attrs

from sce_method._core import LoadError, paused_gc
from sce_method.participants._cohort import Cohort
from sce_method.participants._limits import ReadLimits, limits_applied
from sce_method.participants._lists import LISTS
from sce_method.participants._read import CohortReading
from sce_method.participants._sink import OnError, Sink, StopAtFirst
from sce_method.participants._sources import Cells, Source, sources
from sce_method.participants._spec import Vocabulary

if TYPE_CHECKING:
    from sce_method.participants._frames import CohortFrames

ReadProgress = Callable[[str, int], None]
"""Called as ``progress(list_name, rows)`` while a cohort is read: *rows* more rows of that list were read."""

_STEP = 5000
"""Rows read between two calls of a `ReadProgress`."""


@overload
def read_cohort(
    path: str | os.PathLike[str] | Mapping[str, object],
    methodology: Vocabulary | None = None,
    *,
    errors: OnError = "collect",
    engine: Literal["python"] = "python",
    progress: ReadProgress | None = None,
    limits: ReadLimits | None = None,
) -> Cohort: ...


@overload
def read_cohort(
    path: str | os.PathLike[str] | Mapping[str, object],
    methodology: Vocabulary | None = None,
    *,
    errors: OnError = "collect",
    engine: Literal["polars"],
    progress: ReadProgress | None = None,
    limits: ReadLimits | None = None,
) -> CohortFrames: ...


@paused_gc()  # a record per row, millions for a state's register (see `paused_gc`)
def read_cohort(  # noqa: PLR0913 -- the cohort and its vocabulary; keyword options, each with its default
    path: str | os.PathLike[str] | Mapping[str, object],
    methodology: Vocabulary | None = None,
    *,
    errors: OnError = "collect",
    engine: Literal["python", "polars"] = "python",
    progress: ReadProgress | None = None,
    limits: ReadLimits | None = None,
) -> Cohort | CohortFrames:
    """
    Read a cohort folder or .xlsx workbook (DESIGN.md's cohort format).

    With a *methodology*, every centre, module, course and instrument id is
    checked against it, and an unknown one is reported with the closest known
    id. Personal columns (name, curp, phone, email) are kept, hidden, in each
    participant's `PersonalData`.

    >>> import sce_method
    >>> cohort = read_cohort("examples/cohorts/crea-2024", sce_method.load())
    >>> cohort.record("P0001").participant.centre_id
    'crea'

    The lists may also be DataFrames or Arrow tables (polars, pandas,
    pyarrow), given as a mapping from list name to frame: they go through the
    same checks, and a problem names the list and the row's number (from 1).

    >>> import polars as pl
    >>> frames = {
    ...     name: pl.read_csv(f"examples/cohorts/crea-2024/{name}.csv", infer_schema=False)
    ...     for name in ("participants", "attendance")
    ... }
    >>> read_cohort(frames, sce_method.load()).record("P0001").participant.centre_id
    'crea'

    Args:
        path: the folder, the workbook whose sheets carry the lists' names, or
            a mapping from list name (``participants``, ``attendance``, ...) to a frame.
        methodology: the ids rows may refer to (any `Vocabulary`).
        errors: ``"collect"`` (raise every problem at the end), ``"raise"``
            (stop at the first), or ``"keep"`` (return the good rows, with the
            problems in ``cohort.problems``).
        progress: told how many rows of which list were read, every few
            thousand rows (the command line draws a bar with it).
        engine: ``"python"``, the readable reader, gives a `Cohort` of records;
            ``"polars"`` (the ``tables`` extra) gives `CohortFrames`, the same
            lists as checked columns, for the columnar engines of
            `evaluate_cohort`. Both accept and refuse the same rows with the
            same problems.
        limits: how large a list may be (`ReadLimits`); None keeps the
            limits in force (the defaults, `MAX_FILE_BYTES` and `MAX_ROWS`).
            Raise them for a register larger than the defaults allow.

    Raises:
        LoadError: the path is missing or unreadable, a list cannot be read
            at all (not UTF-8, not CSV, over a limit: with the problems found
            before it), or (unless ``errors="keep"``) any row is bad.
    """
    if engine == "polars":
        from sce_method.participants._frame_read import read_frames  # noqa: PLC0415 -- polars only when asked for

        with limits_applied(limits):
            return read_frames(path, methodology, errors=errors, progress=progress)
    with limits_applied(limits), sources(path, [spec.name for spec in LISTS]) as (name, found):
        if progress is not None:
            found = {list_name: _counted(list_name, source, progress) for list_name, source in found.items()}  # noqa: PLW2901
        return cohort_from(name, found, methodology, errors=errors)


def cohort_from(name: str, found: Mapping[str, Source], methodology: Vocabulary | None, *, errors: OnError) -> Cohort:
    """
    Every list of `LISTS` read from its *found* source, checked, into a `Cohort` (see `read_cohort`).

    Raises:
        LoadError: a list cannot be read at all (with the problems found before
            it), or (unless ``errors="keep"``) any row is bad.
    """
    reading = CohortReading(vocabulary=methodology, sources=found, sink=Sink(errors=errors))
    try:
        for spec in LISTS:
            reading.read(spec)
    except StopAtFirst:
        raise LoadError(reading.sink.problems) from None
    except LoadError as err:  # a list that cannot be read at all: what was found before it is said too
        raise LoadError([*reading.sink.problems, *err.problems]) from None
    records = reading.take()
    cohort = Cohort(
        **{spec.field: records[spec.name] for spec in LISTS if spec.field is not None},
        other_lists={spec.name: records[spec.name] for spec in LISTS if spec.field is None},
        problems=tuple(reading.sink.problems),
        source=name,
        lists=frozenset(spec.name for spec in LISTS if found[spec.name].open is not None),
    )
    if cohort.problems and errors != "keep":
        raise LoadError(cohort.problems)
    return cohort


def _counted(name: str, source: Source, progress: ReadProgress) -> Source:
    """*source*, telling *progress* every `_STEP` rows read, and once at the end."""
    opened = source.open
    if opened is None:
        return source

    def counted() -> Cells:
        rows = 0
        for cells in opened():
            rows += 1
            if rows % _STEP == 0:
                progress(name, _STEP)
            yield cells
        progress(name, rows % _STEP)

    return attrs.evolve(source, open=counted)
