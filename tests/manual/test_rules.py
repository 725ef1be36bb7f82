"""Tests for `sce_method.manual._rules`: graduation criteria in words, each threshold with its note."""

from __future__ import annotations

import pytest

import sce_method
from sce_method import Provenance, Text
from sce_method.graduation import (
    AnyOf,
    AttendanceRate,
    Criterion,
    FollowUpRecorded,
    InstrumentSubmitted,
    MentoringSessions,
    ModuleHours,
    TotalHours,
)
from sce_method.manual import Ref
from sce_method.manual._notes import Notes
from sce_method.manual._rules import criterion_item, criterion_words

SET = Provenance.assume("Umbral de prueba.")
OWN = Provenance.cite("informe", "nota 1")


def _words(criterion: Criterion) -> str:
    notes = Notes(lang="es", assumptions={})
    said = criterion_words(criterion, sce_method.load().curriculum, notes)
    return "".join(f"[{s.number}]" if isinstance(s, Ref) else str(s) for s in said)


@pytest.mark.parametrize(
    ("criterion", "expected"),
    [
        (ModuleHours(id="x", module="educacion-financiera", hours=8, provenance=OWN, field_provenance={"hours": SET}),
         "al menos 8 h[1] del módulo «Educación financiera»[2]"),
        (TotalHours(id="x", hours=40, provenance=OWN, field_provenance={"hours": SET}), "al menos 40 h[1] en total[2]"),
        (AttendanceRate(id="x", rate=0.75, provenance=OWN, field_provenance={"rate": SET}),
         "asistir al menos al 75 %[1] de la oferta completa[2]"),
        (InstrumentSubmitted(id="x", instrument="salida", provenance=OWN), "responder la encuesta de salida[1]"),
        (FollowUpRecorded(id="x", count=2, provenance=OWN, field_provenance={"count": SET}),
         "registros de seguimiento individualizado: al menos 2[1][2]"),
        (MentoringSessions(id="x", count=3, provenance=OWN, field_provenance={"count": SET}),
         "sesiones de mentoría recibidas: al menos 3[1][2]"),
    ],
    ids=["module-hours", "total-hours", "attendance-rate", "survey", "follow-up", "mentoring"],
)  # fmt: skip
def test_each_kind_in_words(criterion: Criterion, expected: str) -> None:
    """Each kind of criterion is a sentence; its threshold is followed by the threshold's note, the rule by its own."""
    assert expected == _words(criterion)


def test_a_combinator_nests_what_it_joins() -> None:
    """any_of is an item with the criteria it joins under it, a label before its words."""
    rule = AnyOf(
        id="una",
        label=Text(es="Una de dos"),
        criteria=(TotalHours(id="t", hours=40, provenance=OWN, field_provenance={"hours": SET}),
                  InstrumentSubmitted(id="s", instrument="entrada", provenance=OWN)),
        provenance=OWN,
    )  # fmt: skip

    item = criterion_item(rule, sce_method.load().curriculum, Notes(lang="es", assumptions={}))

    assert (
        item.spans[0],
        item.spans[1],
        len(item.children.items) if item.children is not None else 0,
    ) == ("Una de dos: ", "al menos uno de los siguientes:", 2)
