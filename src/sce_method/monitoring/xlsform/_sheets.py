"""Reading an XLSForm workbook's sheets into rows keyed by lower-case column names."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Final

import attrs

from sce_method._core import LoadError, Problem, message, read_workbook

_LANG: Final = re.compile(r"\((?P<code>[A-Za-z-]+)\)\s*$")


@attrs.define
class Sheet:
    name: str
    rows: list[tuple[int, dict[str, object]]]


def lang_of(column: str, default: str) -> str | None:
    """'es' or 'en' for a ``label::Español (es)`` style column; None for another language."""
    _, _, suffix = column.partition("::")
    if not suffix:
        suffix = default
    match = _LANG.search(suffix)
    code = match.group("code").lower() if match else suffix.strip().lower()
    if code.startswith(("es", "español")) or code == "spanish":
        return "es"
    if code.startswith("en") or code == "english":
        return "en"
    return None


def read_sheets(path: Path) -> dict[str, Sheet]:
    if not path.is_file():
        raise LoadError([Problem(message=message("core.load.not_found"), file=path.name)])
    tables = read_workbook(
        path,
        lambda workbook: {title: list(workbook[title].iter_rows(values_only=True)) for title in workbook.sheetnames},
    )
    sheets: dict[str, Sheet] = {}
    for title, rows in tables.items():
        if not rows:
            continue
        header = [str(h).strip().lower() if h is not None else "" for h in rows[0]]
        header = [h.replace("list name", "list_name") for h in header]
        body: list[tuple[int, dict[str, object]]] = [
            (number, {h: v for h, v in zip(header, values, strict=False) if h and v not in (None, "")})
            for number, values in enumerate(rows[1:], start=2)
        ]
        sheets[title.strip().lower()] = Sheet(title, [(n, r) for n, r in body if r])
    return sheets
