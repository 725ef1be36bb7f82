"""
Reports as DataFrames (polars, pandas) and Arrow tables, with typed columns, and as Parquet files.

A report says once what each of its columns holds (`Column`: text, a count, a
share, a date, a flag, a category); the three libraries get the same columns
with the types that mean that in each. The libraries are optional extras,
imported only when a frame is asked for: polars from ``tables``, pandas and
pyarrow from ``dataframes``.

| kind | polars | pandas | Arrow |
|---|---|---|---|
| ``str`` | String | string | string |
| ``int`` | Int64 | Int64 | int64 |
| ``float`` | Float64 | Float64 | float64 |
| ``bool`` | Boolean | boolean | bool |
| ``date`` | Date | datetime64[ns] | date32 |
| ``datetime`` | Datetime(us, UTC) | datetime64[ns, UTC] | timestamp(us, UTC) |
| ``category`` | Enum (ids) or Categorical (labels) | category | dictionary<int32, string> |

None is null (``<NA>``/``NaT`` in pandas) in every kind.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Literal

import attrs

from sce_method._core._catalog import DEFAULT_LANG, Lang, message
from sce_method._core._display import display_lang, html_view
from sce_method._core._extras import require
from sce_method._core._io import atomic_path

if TYPE_CHECKING:
    import pandas as pd
    import polars as pl
    import pyarrow as pa

ColumnKind = Literal["str", "int", "float", "bool", "date", "datetime", "category"]
"""What a column holds; see the table of the module for the type in each library."""


@attrs.frozen
class Column:
    """
    One column of a report's frame: its name, what it holds, and for a closed category its values in order.

    A ``category`` with *categories* (stable ids such as a status) keeps them
    all, in that order, even those no row has; one without (labels in a
    language) takes the values it finds.
    """

    name: str
    kind: ColumnKind
    categories: tuple[str, ...] = ()


def _value(column: Column, value: object) -> object:
    """A row's value as the column's Python type: ISO text to a date, a whole float to int for a count."""
    if value is None or value == "":
        return None if column.kind != "str" else value
    if column.kind == "date" and isinstance(value, str):
        return dt.date.fromisoformat(value)
    if column.kind == "datetime" and isinstance(value, str):
        return dt.datetime.fromisoformat(value)
    if column.kind == "int" and isinstance(value, float | str):
        return int(float(value))
    if column.kind == "float" and isinstance(value, int | str):
        return float(value)
    return value


def columns_of(columns: Sequence[Column], rows: Iterable[Mapping[str, object]]) -> dict[str, list[object]]:
    """
    The rows as one list per column, each value of the column's Python type.

    >>> columns_of([Column("day", "date"), Column("n", "int")], [{"day": "2024-10-17", "n": 3.0}])
    {'day': [datetime.date(2024, 10, 17)], 'n': [3]}
    """
    data: dict[str, list[object]] = {c.name: [] for c in columns}
    for row in rows:
        for c in columns:
            data[c.name].append(_value(c, row[c.name]))
    return data


def polars_frame(columns: Sequence[Column], rows: Iterable[Mapping[str, object]]) -> pl.DataFrame:
    """
    A polars DataFrame of *rows*.

    Raises:
        MissingExtraError: polars (the ``tables`` extra) is not installed.
    """
    polars = require("polars", "tables")
    kinds = {
        "str": polars.String,
        "int": polars.Int64,
        "float": polars.Float64,
        "bool": polars.Boolean,
        "date": polars.Date,
        "datetime": polars.Datetime("us", "UTC"),
    }
    schema = {
        c.name: (polars.Enum(c.categories) if c.categories else polars.Categorical)
        if c.kind == "category"
        else kinds[c.kind]
        for c in columns
    }
    frame: pl.DataFrame = polars.DataFrame(columns_of(columns, rows), schema=schema, strict=False)
    return frame


def pandas_frame(columns: Sequence[Column], rows: Iterable[Mapping[str, object]]) -> pd.DataFrame:
    """
    A pandas DataFrame of *rows*, with pandas' nullable types (see the module's table).

    Raises:
        MissingExtraError: pandas (the ``dataframes`` extra) is not installed.
    """
    pandas = require("pandas", "dataframes")
    data = columns_of(columns, rows)
    series = {}
    for c in columns:
        values = data[c.name]
        if c.kind == "category":
            found = c.categories or tuple(sorted({v for v in values if isinstance(v, str)}))
            series[c.name] = pandas.Series(values, dtype=pandas.CategoricalDtype(found, ordered=bool(c.categories)))
        elif c.kind in ("date", "datetime"):
            stamps = pandas.to_datetime(pandas.Series(values, dtype="object"), utc=c.kind == "datetime")
            series[c.name] = stamps.astype("datetime64[ns, UTC]" if c.kind == "datetime" else "datetime64[ns]")
        else:
            dtype = {"str": "string", "int": "Int64", "float": "Float64", "bool": "boolean"}[c.kind]
            series[c.name] = pandas.Series(values, dtype=dtype)
    frame: pd.DataFrame = pandas.DataFrame(series, columns=[c.name for c in columns])
    return frame


def arrow_table(columns: Sequence[Column], rows: Iterable[Mapping[str, object]]) -> pa.Table:
    """
    An Arrow table of *rows*.

    Raises:
        MissingExtraError: pyarrow (the ``dataframes`` extra) is not installed.
    """
    arrow = require("pyarrow", "dataframes")
    data = columns_of(columns, rows)
    kinds = {
        "str": arrow.string(),
        "int": arrow.int64(),
        "float": arrow.float64(),
        "bool": arrow.bool_(),
        "date": arrow.date32(),
        "datetime": arrow.timestamp("us", tz="UTC"),
    }
    arrays = []
    for c in columns:
        values = data[c.name]
        if c.kind == "category":
            found = c.categories or tuple(sorted({v for v in values if isinstance(v, str)}))
            index = {v: i for i, v in enumerate(found)}
            indices = arrow.array([None if v is None else index[str(v)] for v in values], type=arrow.int32())
            arrays.append(arrow.DictionaryArray.from_arrays(indices, arrow.array(found, type=arrow.string())))
        else:
            arrays.append(arrow.array(values, type=kinds[c.kind]))
    table: pa.Table = arrow.Table.from_arrays(arrays, names=[c.name for c in columns])
    return table


class FrameOutputs:
    """
    The outputs of a report that follow from `rows`: JSON, polars, pandas, Arrow, Parquet and a notebook view.

    Mixed into `TabularReport`; a report sets ``frame_columns`` (one `Column`
    per key of its row, in order). The notebook view shows the first rows
    under the column names; a report with a better one overrides
    ``_repr_html_``.
    """

    __slots__ = ()

    frame_columns: Sequence[Column] = ()
    """The columns of the frames, with their kinds: the keys of the row's typed dict, in order."""

    def rows(self, lang: Lang = DEFAULT_LANG) -> Sequence[Mapping[str, object]]:
        """One typed dict per row, text in *lang*."""
        raise NotImplementedError

    def to_json(self, lang: Lang = DEFAULT_LANG) -> str:
        """The rows as JSON text: numbers as numbers, None as null, dates as ISO text."""
        import json  # noqa: PLC0415 -- only when JSON is written (keeps the import of every room quick)

        return json.dumps(list(self.rows(lang)), ensure_ascii=False, indent=2) + "\n"

    def _repr_html_(self) -> str:
        lang = display_lang()
        rows = self.rows(lang)
        caption = message("core.view.rows", name=type(self).__name__, count=len(rows)).render(lang)
        headers = [c.name for c in self.frame_columns]
        return html_view(
            caption=caption, headers=headers, rows=([r[h] for h in headers] for r in rows), total=len(rows), lang=lang
        )

    def to_polars(self, lang: Lang = DEFAULT_LANG) -> pl.DataFrame:
        """The rows as a polars DataFrame with typed columns (needs the ``tables`` extra)."""
        return polars_frame(self.frame_columns, self.rows(lang))

    def to_pandas(self, lang: Lang = DEFAULT_LANG) -> pd.DataFrame:
        """The rows as a pandas DataFrame with typed, nullable columns (needs the ``dataframes`` extra)."""
        return pandas_frame(self.frame_columns, self.rows(lang))

    def to_arrow(self, lang: Lang = DEFAULT_LANG) -> pa.Table:
        """The rows as an Arrow table with typed columns (needs the ``dataframes`` extra)."""
        return arrow_table(self.frame_columns, self.rows(lang))

    def write_parquet(self, path: str | os.PathLike[str], lang: Lang = DEFAULT_LANG) -> None:
        """
        Write `to_arrow` to *path* as Parquet, all at once: a failure leaves an existing file as it was.

        Raises:
            MissingExtraError: pyarrow (the ``dataframes`` extra) is not installed.
            OSError: the file could not be written.
        """
        parquet = require("pyarrow.parquet", "dataframes")
        table = self.to_arrow(lang)
        with atomic_path(path) as temporary:
            parquet.write_table(table, temporary)
