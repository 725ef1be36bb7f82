"""Tests for `sce_method.manual._notes`: what a note says, and one note per provenance in a chapter."""

from __future__ import annotations

from sce_method import Provenance, Text, message
from sce_method.manual import Link, Ref
from sce_method.manual._notes import Notes, compose

REASON = Text(es="Sin dato en el informe.", en="Not in the report.")


class TestNotes:
    def test_a_note_said_twice_is_one_note(self) -> None:
        """The same provenance marked twice gets the same number; another gets the next."""
        notes = Notes(lang="es", assumptions={})
        cited = Provenance.cite("informe", "§V R1")

        marks = [notes.of(cited), notes.of(Provenance.cite("informe", "nota 1")), notes.of(cited)]

        assert ([(Ref(1),), (Ref(2),), (Ref(1),)], 2) == (marks, len(notes.notes()))

    def test_a_source_with_its_words(self) -> None:
        """A source says its place, and its words where the data quotes them."""
        notes = Notes(lang="en", assumptions={})

        assert notes.provenance(Provenance.cite("informe", "nota 1", "se fortalecieron\n a partir de 2022")) == (
            "Source: informe, nota 1: “se fortalecieron a partir de 2022”.",
        )

    def test_an_assumption_links_to_the_annex(self) -> None:
        """An assumption says its reason, that the institution must set it, and links to its annex entry."""
        notes = Notes(lang="es", assumptions={REASON: "S-4"})

        expected = ("Supuesto ", Link("S-4", "s-4"), ": Sin dato en el informe. La institución debe fijar este valor.")
        assert expected == notes.provenance(Provenance.assume(REASON.es, REASON.en))

    def test_no_provenance_no_mark(self) -> None:
        """A value with no provenance gets no mark (the loader refuses such a rule value anyway)."""
        assert Notes(lang="es", assumptions={}).of(None) == ()


class TestCompose:
    def test_spans_go_where_their_placeholders_are(self) -> None:
        """A parameter given as spans (a number and its mark) stands in the sentence where its placeholder is."""
        said = compose(message("manual.rule.total_hours", hours=("40 h", Ref(3))), "es")

        assert ("al menos ", "40 h", Ref(3), " en total") == said
