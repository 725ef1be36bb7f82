"""
An export's table, and its cells turned into typed answers.

A CSV (``;`` or ``,``, with or without a BOM, a quoted cell spanning lines) or
the first sheet of an .xlsx is read into rows with the line each starts on.
A cell that cannot be read as its question's type raises `CellError`.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import warnings
from pathlib import Path

import pendulum

from sce_method._core import LoadError, Message, Problem, decode_utf8, message


class CellError(Exception):
    """A cell that cannot be read as its question's type, and why."""

    def __init__(self, said: Message) -> None:
        self.message = said


def read_table(path: Path) -> tuple[list[list[object]], list[int], str | None]:
    """The rows of the export (header first), the line each starts on, and the CSV delimiter used, if a CSV."""
    if not path.is_file():
        raise LoadError([Problem(message=message("core.load.not_found"), file=str(path))])
    if path.suffix.lower() == ".xlsx":
        try:
            import openpyxl  # noqa: PLC0415 -- optional extra
        except ImportError:
            raise LoadError([Problem(message=message("core.xlsx_extra"), file=str(path))]) from None
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", UserWarning)  # openpyxl's notes on formatting it drops
            try:
                workbook = openpyxl.load_workbook(path, read_only=True, data_only=True)
                try:
                    sheet = workbook[workbook.sheetnames[0]]
                    table: list[list[object]] = [list(row) for row in sheet.iter_rows(values_only=True)]
                finally:
                    workbook.close()
            except Exception as err:  # noqa: BLE001 -- openpyxl raises many kinds for a broken file
                said = message("core.load.unreadable", reason=type(err).__name__)
                raise LoadError([Problem(message=said, file=str(path))]) from None
            return table, list(range(1, len(table) + 1)), None
    text = decode_utf8(path.read_bytes(), file=str(path))
    first = text.split("\n", 1)[0]
    delimiter = ";" if first.count(";") > first.count(",") else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    rows: list[list[object]] = []
    lines: list[int] = []
    while True:
        start = reader.line_num + 1  # a quoted cell may hold line breaks: a record can span lines
        try:
            row = next(reader)
        except StopIteration:
            break
        rows.append(list(row))
        lines.append(start)
    return rows, lines, delimiter


def number(value: object, *, integer: bool) -> float | int:
    if isinstance(value, bool):
        raise CellError(message("core.cell.not_number", value=value))
    if isinstance(value, int | float):
        number = float(value)
    else:
        try:
            number = float(str(value).strip())
        except ValueError:
            raise CellError(message("core.cell.not_number", value=value)) from None
    if integer:
        if not number.is_integer():
            raise CellError(message("instruments.response.type", expected=message("core.type.int"), found=repr(value)))
        return int(number)
    return number


def date(value: object) -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = str(value).strip()[:10]
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise CellError(message("core.load.invalid_date", value=value)) from None


def utc(value: object) -> pendulum.DateTime | None:
    if value in (None, ""):
        return None
    if isinstance(value, dt.datetime):
        return pendulum.instance(value, tz="UTC").in_timezone("UTC")
    text = str(value).strip().replace("Z", "+00:00")
    try:
        parsed = dt.datetime.fromisoformat(text)
    except ValueError:
        return None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=dt.UTC)  # Kobo's _submission_time is UTC without a suffix
    return pendulum.instance(parsed).in_timezone("UTC")


def text(value: object) -> str | None:
    if value is None:
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = str(value).strip()
    return text or None


def kobo_status(value: object) -> str | None:
    """Kobo's validation status by its uid (XML export) or label: ``approved``, ``not_approved``, ``on_hold``."""
    status = text(value)
    if status is None:
        return None
    return status.lower().removeprefix("validation_status_").replace(" ", "_")


def without_hxl(body: list[list[object]], lines: list[int]) -> tuple[list[list[object]], list[int]]:
    """Skip a Kobo HXL row (row 2, every non-empty cell a #tag); return the data rows and their lines."""
    if (
        body
        and any(c not in (None, "") for c in body[0])
        and all(str(c).startswith("#") for c in body[0] if c not in (None, ""))
    ):
        return body[1:], lines[1:]
    return body, lines
