"""
Where the SQL runs: an embedded DuckDB, or a Spark session (local, or the cluster it is configured for).

Each engine is given the cohort's lists as tables of the same names
(``participants``, ``attendance``, ...; a list the cohort lacks is an empty
table) and answers a query with a polars DataFrame, through Arrow.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Any, Final, Literal, Protocol

import polars as pl

from sce_method.participants import CohortFrames

if TYPE_CHECKING:
    import duckdb
    from pyspark.sql import SparkSession

TABLES: Final[dict[str, dict[str, type[pl.DataType]]]] = {
    "participants": {
        "position": pl.Int64,
        "participant_id": pl.String,
        "centre_id": pl.String,
        "cohort_id": pl.String,
        "withdrawn_on": pl.Date,
    },
    "cohorts": {"cohort_id": pl.String, "centre_id": pl.String, "ends_on": pl.Date},
    "attendance": {"participant_id": pl.String, "module_id": pl.String, "session_date": pl.Date, "hours": pl.Float64},
    "completions": {"participant_id": pl.String, "course_id": pl.String, "completed_on": pl.Date},
    "instruments": {"participant_id": pl.String, "instrument_id": pl.String, "submitted_on": pl.Date},
    "follow_up": {"participant_id": pl.String, "recorded_on": pl.Date},
    "mentoring": {"mentee_id": pl.String, "session_date": pl.Date},
}
"""The columns of each list that the SQL reads."""


class Runner(Protocol):
    """Runs a query on the cohort's tables."""

    @property
    def dialect(self) -> Literal["duckdb", "spark"]:
        """The SQL dialect the engine reads."""

    def __call__(self, sql: str) -> pl.DataFrame:
        """The query's result."""


def tables(frames: CohortFrames) -> dict[str, pl.DataFrame]:
    """The lists as the SQL reads them: the columns of `TABLES`, typed; a list the cohort lacks is empty."""
    found: dict[str, pl.DataFrame] = {}
    for name, schema in TABLES.items():
        frame = frames.frames.get(name)
        if name == "participants" and frame is not None:
            frame = frame.with_row_index("position").with_columns(pl.col("position").cast(pl.Int64))
        if frame is None:
            found[name] = pl.DataFrame(schema=schema)
        else:
            found[name] = frame.select(pl.col(c).cast(t) for c, t in schema.items())
    return found


class DuckDBRunner:
    """An in-memory DuckDB database holding the cohort's lists (polars frames, read through Arrow, not copied)."""

    dialect: Literal["duckdb"] = "duckdb"

    def __init__(self, frames: CohortFrames) -> None:
        import duckdb  # noqa: PLC0415 -- the duckdb extra, only when asked for

        self.connection: duckdb.DuckDBPyConnection = duckdb.connect()
        self._tables = tables(frames)  # kept alive while DuckDB reads them
        for name, frame in self._tables.items():
            self.connection.register(name, frame)

    def __call__(self, sql: str) -> pl.DataFrame:
        """The query's result, as a polars DataFrame."""
        found: pl.DataFrame = self.connection.sql(sql).pl()
        return found


class SparkRunner:
    """A Spark session with the cohort's lists as temporary views."""

    dialect: Literal["spark"] = "spark"

    def __init__(self, frames: CohortFrames) -> None:
        self.session = spark_session()
        for name, frame in tables(frames).items():
            data: Any = frame.to_arrow()
            self.session.createDataFrame(data).createOrReplaceTempView(name)

    def __call__(self, sql: str) -> pl.DataFrame:
        """The query's result, collected through Arrow."""
        found = pl.from_arrow(self.session.sql(sql).toArrow())
        if not isinstance(found, pl.DataFrame):  # pragma: no cover -- a query always gives a table
            msg = "a Spark query gave no table"
            raise TypeError(msg)
        return found


@functools.cache
def spark_session() -> SparkSession:
    """
    The Spark session: the one already active, or a local one on every core of this machine.

    A cluster is used by starting the session for it before (``SparkSession.builder.master(...)``).
    """
    from pyspark.sql import SparkSession  # noqa: PLC0415 -- the spark extra, only when asked for

    active = SparkSession.getActiveSession()
    if active is not None:
        return active
    builder: Any = SparkSession.builder
    session: SparkSession = (
        builder.master("local[*]")
        .appName("sce-method")
        .config("spark.sql.session.timeZone", "UTC")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "4")
        .getOrCreate()
    )
    return session


def runner(dialect: str, frames: CohortFrames) -> Runner:
    """The engine for *dialect* (``duckdb`` or ``spark``) with the cohort's lists."""
    if dialect == "duckdb":
        return DuckDBRunner(frames)
    if dialect == "spark":
        return SparkRunner(frames)
    msg = f"unknown engine {dialect!r}: expected python, polars, duckdb or spark"
    raise ValueError(msg)
