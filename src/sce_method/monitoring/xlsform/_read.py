"""
Reading an existing XLSForm into an `Instrument`, as field teams write it.

Groups nested to any depth and repeats are kept (`_walk`); every type pyxform
accepts is kept, typed where the library can check its answers and opaque
otherwise (`_types`); an expression the library cannot evaluate is kept as
text, not evaluated, and only one naming a question that was not imported is
removed (`_resolve`). What is not kept as the form wrote it is reported with
its sheet and row in ``skipped``: nothing is dropped without a word.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import attrs

from sce_method._core import INSTRUMENT_IDS, InvariantError, LoadError, Message, Problem, Text, message
from sce_method.monitoring.instruments import Instrument, InstrumentKind, Question, QuestionType
from sce_method.monitoring.xlsform._resolve import Resolver
from sce_method.monitoring.xlsform._survey import FormReader
from sce_method.monitoring.xlsform._walk import SurveyWalker
from sce_method.monitoring.xlsform._write import EXTRA_PARTICIPANT, EXTRA_TITLE_EN


@attrs.frozen(kw_only=True)
class ImportedForm:
    """An XLSForm read into an `Instrument`, with what could not be mapped and how much was kept."""

    instrument: Instrument
    skipped: tuple[Problem, ...]
    rows: int = 0
    """The form's question rows (not group boundaries, metadata or blank rows)."""

    @property
    def kept(self) -> int:
        """How many of those rows are questions of the instrument."""
        return len(self.instrument.questions)

    def summary(self) -> Message:
        """How many question rows were imported, of how many, and the share."""
        share = f"{self.kept / self.rows:.0%}" if self.rows else "-"
        return message("xlsform.summary", kept=self.kept, rows=self.rows, share=share)


def read_xlsform(
    path: str | os.PathLike[str], *, kind: InstrumentKind | None = None, ident: str | None = None
) -> ImportedForm:
    """
    Read an XLSForm (.xlsx) into an `Instrument`, reporting what it skips.

    The instrument's *kind* and *ident* default to the form's ``form_id`` when
    that is one of the stable instrument ids (entrada, salida, ...).

    Raises:
        LoadError: the file cannot be read, has no survey sheet, nothing in it
            could be mapped, or its kind cannot be told.
    """
    importer = FormReader(Path(path), kind, ident)
    importer.unknown_columns()
    lists = {c.name: c for c in importer.choice_lists()}
    walker = SurveyWalker(importer, lists)
    groups = walker.walk()

    def report(line: int | None, said: Message, column: str) -> None:
        importer.skip("survey", line, said, column)

    groups = Resolver(groups, importer.lines, importer.group_lines, report).resolve()
    form_id = str(importer.settings.get("form_id") or Path(path).stem)
    slug_id = ident or re.sub(r"[^a-z0-9]+", "-", form_id.lower()).strip("-") or "instrumento"
    chosen = kind or next((k for k in InstrumentKind if k.value == slug_id), None)
    if chosen is None:
        said = message(
            "xlsform.kind_needed", form_id=form_id, kinds=", ".join(INSTRUMENT_IDS[:-1]), last=INSTRUMENT_IDS[-1]
        )
        raise LoadError([Problem(message=said, file=importer.file)])
    if not groups:
        # Each row's reason first: "nothing imported" alone does not say what to fix.
        nothing = Problem(message=message("xlsform.nothing_imported"), file=importer.file)
        raise LoadError([*importer.skipped, nothing])
    used = {q.choices for g in groups for q in g.questions if q.choices}
    used |= {n for g in groups for q in g.questions if (n := _filter_list(q)) is not None}
    title = str(importer.settings.get("form_title") or form_id)
    title_en = importer.settings.get(EXTRA_TITLE_EN)
    participant = importer.settings.get(EXTRA_PARTICIPANT)
    names = {q.name for g in groups for q in g.questions}
    if participant is not None and str(participant) not in names:
        said = message("xlsform.participant_question_skipped", name=str(participant))
        importer.skip("settings", 2, said, EXTRA_PARTICIPANT)
        participant = None
    try:
        instrument = Instrument(
            id=slug_id,
            kind=chosen,
            version=str(importer.settings.get("version") or "1"),
            title=Text(es=title, en=str(title_en) if title_en is not None else None),
            participant_question=str(participant) if participant is not None else None,
            groups=tuple(groups),
            choice_lists=tuple(c for n, c in lists.items() if n in used),
            provenance=importer.source,
        )
    except InvariantError as err:
        raise LoadError([attrs.evolve(p, file=importer.file) for p in err.problems]) from None
    # In the order of the form: sheet-wide notes first, then row by row (a row's notes in the order found).
    sheets = {p.file: i for i, p in reversed(list(enumerate(importer.skipped)))}
    skipped = sorted(importer.skipped, key=lambda p: (sheets[p.file], p.line or 0))
    return ImportedForm(instrument=instrument, skipped=tuple(skipped), rows=walker.question_rows)


def _filter_list(question: Question) -> str | None:
    """The list a ``select_one_from_file``-like opaque type does not name, but a ``rank`` does."""
    return question.choices if question.type is QuestionType.OPAQUE else None
