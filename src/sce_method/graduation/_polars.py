"""
The plan run with polars: one row of facts per participant from a cohort's frames, then the plan's steps.

Nothing here says what a criterion means: the facts are what
`ParticipantRecord` answers (hours by module, completions, surveys, follow-ups,
mentoring received, each by the date), and the steps come compiled from the
rule tree (``_plan.py``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping

import pendulum
import polars as pl

from sce_method.graduation._plan import Col, Expr, Facts, Key, Lit

Frames = Mapping[str, pl.DataFrame]
"""A cohort's lists by name (``participants``, ``attendance``, ...), typed: what `CohortFrames.frames` holds."""

_OPS: dict[str, Callable[[list[pl.Expr]], pl.Expr]] = {
    "reach": lambda a: a[0] + a[2] >= a[1],
    "ge": lambda a: a[0] >= a[1],
    "eq": lambda a: a[0] == a[1],
    "or": pl.any_horizontal,
    "and": pl.all_horizontal,
    "not": lambda a: ~a[0],
    "count": lambda a: pl.sum_horizontal([e.cast(pl.Float64) for e in a]),
    "sum": pl.sum_horizontal,
    "least": pl.min_horizontal,
    "div": lambda a: a[0] / a[1],
    "float": lambda a: a[0].cast(pl.Float64),
}


def render(expr: Expr) -> pl.Expr:
    """A plan's expression as a polars expression."""
    if isinstance(expr, Col):
        return pl.col(expr.name)
    if isinstance(expr, Lit):
        return pl.lit(expr.value)
    args = [render(a) for a in expr.args]
    if expr.name == "case":
        return _case(args)
    return _OPS[expr.name](args)


def _case(args: list[pl.Expr]) -> pl.Expr:
    *pairs, default = args
    chain: pl.Expr = default
    for index in range(len(pairs) - 2, -1, -2):  # innermost last: the first pair that holds wins
        chain = pl.when(pairs[index]).then(pairs[index + 1]).otherwise(chain)
    return chain


def base(frames: Frames, as_of: dt.date) -> pl.LazyFrame:
    """
    The participants, in order, with what decides their rule set and status.

    ``decision_date`` is the cohort's end if it ended before *as_of* (`decision_date`);
    ``running``: her cohort has not ended; ``withdrawn``: she withdrew by *as_of*.
    """
    day = pl.lit(as_of, dtype=pl.Date)
    ids = [pl.col(c).cast(pl.String) for c in ("participant_id", "centre_id", "cohort_id")]
    people = frames["participants"].lazy().select(*ids, "withdrawn_on")
    people = people.with_row_index("position")
    periods = frames.get("cohorts")
    if periods is not None and periods.height:
        ends = periods.lazy().select(pl.col("cohort_id", "centre_id").cast(pl.String), "ends_on")
        people = people.join(ends, on=["cohort_id", "centre_id"], how="left", maintain_order="left")
    else:
        people = people.with_columns(ends_on=pl.lit(None, dtype=pl.Date))
    ended = pl.col("ends_on").is_not_null() & (pl.col("ends_on") < day)
    return people.select(
        "position",
        "participant_id",
        "centre_id",
        "cohort_id",
        decision_date=pl.when(ended).then(pl.col("ends_on")).otherwise(day),
        running=pl.col("ends_on").is_not_null() & (day <= pl.col("ends_on")),
        withdrawn=pl.col("withdrawn_on").is_not_null() & (pl.col("withdrawn_on") <= day),
    )


def keys(people: pl.DataFrame) -> list[Key]:
    """The distinct (decision date, centre, cohort) of the participants, for `compile_plan`."""
    found = people.select("decision_date", "centre_id", "cohort_id").unique()
    return [(pendulum.Date(d.year, d.month, d.day), c, k) for d, c, k in found.iter_rows()]


def variants(people: pl.DataFrame, chosen: Mapping[Key, int]) -> pl.DataFrame:
    """Each participant's variant of the plan."""
    table = pl.DataFrame(
        {
            "decision_date": [k[0] for k in chosen],
            "centre_id": [k[1] for k in chosen],
            "cohort_id": [k[2] for k in chosen],
            "variant": list(chosen.values()),
        },
        schema={"decision_date": pl.Date, "centre_id": pl.String, "cohort_id": pl.String, "variant": pl.Int64},
    )
    return people.join(table, on=["decision_date", "centre_id", "cohort_id"], how="left", maintain_order="left")


def facts(frames: Frames, wanted: Facts, as_of: dt.date) -> pl.LazyFrame:
    """One row per participant who has any record by *as_of*: the fact columns *wanted* reads."""
    day = pl.lit(as_of, dtype=pl.Date)
    parts: list[pl.LazyFrame] = []
    attendance = frames.get("attendance")
    if attendance is not None:
        # each module's hours in a column of its own, then one sum per participant: each column adds her
        # rows in their order, as `ParticipantRecord.hours_by_module` does (adding 0.0 changes no sum)
        module, hours = pl.col("module_id").cast(pl.Categorical), pl.col("hours")
        split = [
            pl.when(module == m).then(hours).otherwise(0.0).alias(f"hours_{i}") for i, m in enumerate(wanted.modules)
        ]
        other = pl.when(module.is_in(wanted.modules)).then(0.0).otherwise(hours).alias("hours_other")
        rows = attendance.lazy().filter(pl.col("session_date") <= day).select("participant_id", *split, other)
        parts.append(rows.group_by("participant_id").agg(pl.exclude("participant_id").sum()))
    parts += _flags(frames.get("completions"), ("course_id", "completed_on", "completed"), wanted.courses, day)
    parts += _flags(frames.get("instruments"), ("instrument_id", "submitted_on", "submitted"), wanted.instruments, day)
    follow_up = frames.get("follow_up")
    if follow_up is not None:
        dated = follow_up.lazy().filter(pl.col("recorded_on") <= day)
        parts.append(dated.group_by("participant_id").agg(follow_ups=pl.len()))
    mentoring = frames.get("mentoring")
    if mentoring is not None:
        dated = mentoring.lazy().filter(pl.col("session_date") <= day)
        received = dated.group_by("mentee_id").agg(mentoring=pl.col("session_date").n_unique())
        parts.append(received.rename({"mentee_id": "participant_id"}))
    return _joined(parts)


def _flags(
    frame: pl.DataFrame | None, columns: tuple[str, str, str], ids: tuple[str, ...], day: pl.Expr
) -> list[pl.LazyFrame]:
    """Per participant, whether a record by the date names each of *ids* (*columns*: id, date, fact prefix)."""
    key, date, prefix = columns
    if frame is None or not ids:
        return []
    dated = frame.lazy().filter((pl.col(date) <= day) & pl.col(key).is_in(ids))
    flags = [(pl.col(key) == ident).any().alias(f"{prefix}_{i}") for i, ident in enumerate(ids)]
    return [dated.group_by("participant_id").agg(*flags)]


def _joined(parts: list[pl.LazyFrame]) -> pl.LazyFrame:
    if not parts:
        return pl.LazyFrame(schema={"participant_id": pl.String})
    joined = parts[0]
    for part in parts[1:]:
        joined = joined.join(part, on="participant_id", how="full", coalesce=True)
    return joined


def defaults(wanted: Facts) -> dict[str, object]:
    """The value of each fact for a participant with no record of it."""
    found: dict[str, object] = {f"hours_{i}": 0.0 for i in range(len(wanted.modules))}
    found["hours_other"] = 0.0
    found.update({f"completed_{i}": False for i in range(len(wanted.courses))})
    found.update({f"submitted_{i}": False for i in range(len(wanted.instruments))})
    found.update(follow_ups=0, mentoring=0)
    return found


def filled(people: pl.LazyFrame, found: pl.LazyFrame, wanted: Facts) -> pl.LazyFrame:
    """Every participant with her facts; a fact with no record is its default (0 h, not submitted, ...)."""
    joined = people.join(found, on="participant_id", how="left", maintain_order="left")
    names = set(joined.collect_schema().names())
    columns = [
        pl.col(name).fill_null(value) if name in names else pl.lit(value).alias(name)
        for name, value in defaults(wanted).items()
    ]
    return joined.with_columns(columns)
