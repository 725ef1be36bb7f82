"""
Matching an export's columns to an instrument's questions, by name, never by position.

KoboToolbox writes ``group/question`` (or bare names, or labels), ODK Central
``group-question``; R's ``read.csv`` turns ``/`` into ``.``, ``_id`` into
``X_id`` and a BOM into ``X.U.FEFF.``. Each question gets the first header
among its candidate spellings; select_multiple questions also get their 0/1
detail columns.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Sequence
from typing import Final

import attrs

from sce_method._core import Lang
from sce_method.monitoring.instruments import Group, Instrument, Question, QuestionType


class Flavour(enum.Enum):
    """Which system wrote an export."""

    KOBO = "kobotoolbox"
    ODK_CENTRAL = "odk-central"
    UNKNOWN = "desconocido"


KOBO_META: Final = frozenset(
    {"_id", "_uuid", "_submission_time", "_validation_status", "_notes", "_status", "_submitted_by", "_tags", "_index"}
)
CENTRAL_META: Final = frozenset(
    {
        "SubmissionDate",
        "KEY",
        "SubmitterID",
        "SubmitterName",
        "AttachmentsPresent",
        "AttachmentsExpected",
        "Status",
        "ReviewState",
        "DeviceID",
        "Edits",
        "FormVersion",
        "meta-instanceID",
        "meta/instanceID",
        "instanceID",
    }
)
FORM_META: Final = frozenset({"start", "end", "today", "deviceid", "username", "audit", "__version__"})
_SEPARATORS: Final = ("/", "-", ".", ":", "::")


def normalise(header: str) -> str:
    """
    A header as the exporter wrote it, undoing R's renaming (and dropping a BOM).

    >>> [normalise(h) for h in ("X.U.FEFF.start", "X_id", "X_uuid", "g1/q1")]
    ['start', '_id', '_uuid', 'g1/q1']
    """
    text = header.strip().lstrip("\ufeff")
    text = re.sub(r"^X\.U\.FEFF\.", "", text)
    if text.startswith("X_") and text[1:] in KOBO_META | {"__version__"}:
        return text[1:]
    return text


def flavour_of(headers: Sequence[str]) -> Flavour:
    """KoboToolbox if ``_uuid``/``_submission_time`` are there, ODK Central if ``SubmissionDate`` and ``KEY``."""
    present = set(headers)
    if {"_uuid", "_submission_time"} & present:
        return Flavour.KOBO
    if {"SubmissionDate", "KEY"} <= present:
        return Flavour.ODK_CENTRAL
    return Flavour.UNKNOWN


@attrs.frozen(kw_only=True)
class ColumnMap:
    """Where each question's answer is in the export, and what is left over."""

    columns: dict[str, int]
    """Question name -> column index."""
    details: dict[str, dict[str, int]]
    """select_multiple question name -> choice name -> 0/1 column index."""
    labels: Lang | None
    """The language of label headers and values, or None for XML names."""
    unknown: tuple[int, ...]
    """Columns that are neither a question, a detail, nor metadata (kept, with a warning)."""


def _candidates(group: Group, question: Question, lang: Lang | None) -> list[str]:
    """
    The headers a question's column may have.

    Its name alone, or after its group's path (every enclosing group: ``g1/g2/q`` in KoboToolbox,
    ``g1-g2-q`` in ODK Central), or after its innermost group only.
    """
    if lang is None:
        name, path = question.name, group.path
    else:
        # KoboToolbox heads a column with no label (a calculate) by the question's name, in every language.
        name = question.label.get(lang) if question.label is not None else question.name
        path = (*(p.label.get(lang) for p in group.parents), group.label.get(lang))
    out = [name]
    for sep in _SEPARATORS:
        out.append(sep.join((*path, name)))
        out.append(f"{path[-1]}{sep}{name}")
    return list(dict.fromkeys(out))


def _detail_candidates(base: str, choice_name: str, choice_label: str | None) -> list[str]:
    names = [choice_name] if choice_label is None else [choice_name, choice_label]
    return [f"{base}{sep}{n}" for n in names for sep in ("/", ".", "_")]


def match_columns(instrument: Instrument, headers: Sequence[str]) -> ColumnMap:
    """Match *headers* to *instrument*: XML names first, then labels in Spanish, then English."""
    best: ColumnMap | None = None
    for lang in (None, "es", "en"):
        mapped = _match_columns(instrument, headers, lang)
        if best is None or len(mapped.columns) > len(best.columns):
            best = mapped
        if len(mapped.columns) == len([q for q in instrument.questions if q.answers]):
            break
    assert best is not None  # noqa: S101 -- the loop runs at least once
    return best


def _match_columns(instrument: Instrument, headers: Sequence[str], lang: Lang | None) -> ColumnMap:
    index = {h: i for i, h in reversed(list(enumerate(headers)))}
    columns: dict[str, int] = {}
    details: dict[str, dict[str, int]] = {}
    for group in instrument.groups:
        for question in group.questions:
            if question.type is QuestionType.NOTE:
                continue
            found = next((index[c] for c in _candidates(group, question, lang) if c in index), None)
            if found is None:
                continue
            columns[question.name] = found
            if question.type is QuestionType.SELECT_MULTIPLE and question.choices is not None:
                base = headers[found]
                chosen: dict[str, int] = {}
                for choice in instrument.choice_list(question.choices).choices:
                    label = choice.label.get(lang) if lang is not None else None
                    hit = next((index[c] for c in _detail_candidates(base, choice.name, label) if c in index), None)
                    if hit is not None:
                        chosen[choice.name] = hit
                details[question.name] = chosen
    used = set(columns.values()) | {i for d in details.values() for i in d.values()}
    meta = KOBO_META | CENTRAL_META | FORM_META
    unknown = tuple(
        i for i, h in enumerate(headers) if i not in used and h not in meta and not h.startswith("_") and h != ""
    )
    return ColumnMap(columns=columns, details=details, labels=lang, unknown=unknown)
