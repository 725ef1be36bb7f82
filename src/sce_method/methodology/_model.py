"""The `Methodology` aggregate."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from types import MappingProxyType
from typing import TYPE_CHECKING

import attrs
import pendulum

from sce_method._core import (
    DEFAULT_LANG,
    INSTRUMENT_IDS,
    Document,
    Lang,
    NotInForceError,
    PathPart,
    Problem,
    Sourced,
    TableFormat,
    Text,
    ValueProvenance,
    as_date,
    derived,
    lookup,
    message,
    not_empty,
    rule_value,
    slug,
    sourced_order,
    walk_provenance,
)
from sce_method.curriculum import Centre, Curriculum, Module, StaffTraining
from sce_method.graduation import Graduation
from sce_method.mentoring import MentoringPolicy
from sce_method.methodology._checks import methodology_problems
from sce_method.methodology._layers import Layer, Lock
from sce_method.methodology._paths import ChangePath, Key, Part, render
from sce_method.methodology._programme import Programme
from sce_method.methodology._render import render_methodology, render_provenance
from sce_method.methodology._view import methodology_html, methodology_repr
from sce_method.monitoring import DisclosurePolicy, Instrument, OutcomeIndicator, ResultsFramework

if TYPE_CHECKING:
    from sce_method.monitoring.results import ResultsComparison
    from sce_method.participants import Cohort

_KEYS = ("id", "name", "effective", "period")
"""The fields that name a list's items in a path, the first an item has."""


def _read_only(origins: Mapping[str, str]) -> Mapping[str, str]:
    return MappingProxyType(dict(origins))


@attrs.frozen(kw_only=True, field_transformer=sourced_order)
class Methodology(Sourced):
    """
    A whole methodology: what is taught, where, by whom, and from which documents.

    Immutable: an adaptation is a new methodology (``attrs.evolve``). Build one
    with `sce_method.load`; constructing it directly runs the same checks.

    >>> import sce_method
    >>> m = sce_method.load()
    >>> m.id, str(m.title)[:24]
    ('jalisco-sisemh-2024', 'Metodología Segunda Opor')
    >>> [mod.id for mod in m.curriculum.modules][:2]
    ['alfabetizacion-digital', 'desarrollo-humano']
    """

    id: str = attrs.field(validator=slug)
    version: str = attrs.field(validator=not_empty)
    title: Text
    valid_from: pendulum.Date = attrs.field(metadata=rule_value())
    description: Text | None = None
    documents: tuple[Document, ...] = attrs.field(validator=not_empty)
    curriculum: Curriculum
    centres: tuple[Centre, ...] = ()
    staff_trainings: tuple[StaffTraining, ...] = ()
    graduation: Graduation | None = None
    instruments: tuple[Instrument, ...] = ()
    results_framework: ResultsFramework | None = None
    indicators: tuple[OutcomeIndicator, ...] = ()
    disclosure: DisclosurePolicy | None = None
    mentoring: MentoringPolicy | None = None
    programme: Programme | None = None
    """What the source says around the methodology: the agreement, organisations, events, products."""
    locked: tuple[Lock, ...] = ()
    """Paths that a methodology based on this one must not change (see `sce_method.methodology.Lock`)."""
    layers: tuple[Layer, ...] = attrs.field(default=(), eq=False, repr=False, metadata=derived())
    """The layers it was resolved from, base first; empty when read from one file (see `lineage`)."""
    origins: Mapping[str, str] = attrs.field(
        factory=dict, converter=_read_only, eq=False, repr=False, metadata=derived()
    )
    """Each path an adaptation's change wrote (``curriculum.modules[x].hours``), and the layer that wrote it."""

    def __repr__(self) -> str:
        return methodology_repr(self)

    def _repr_html_(self) -> str:
        """What it holds, counted, and its modules, in the display language."""
        return methodology_html(self)

    def _problems(self) -> list[Problem]:
        return methodology_problems(self)

    @property
    def lineage(self) -> tuple[Layer, ...]:
        """
        The chain of layers this methodology was resolved from, base first; itself alone if it has no parent.

        >>> import sce_method
        >>> [str(layer) for layer in sce_method.load().lineage]
        ['sce-base 2024.1', 'jalisco-sisemh-2024 2024.1']
        """
        return self.layers or (Layer(id=self.id, version=self.version, source=self.id),)

    def layer_of(self, path: str) -> str:
        """
        The id of the layer that set the value at *path* (``curriculum.modules[x].hours``).

        The deepest change at or above *path* decides; a value no change wrote
        comes from the first layer.
        """
        parts = ChangePath.parse(path).parts
        for length in range(len(parts), 0, -1):
            found = self.origins.get(render(parts[:length]))
            if found is not None:
                return found
        return self.lineage[0].id

    def keyed_path(self, path: tuple[PathPart, ...]) -> str:
        """
        *path* (list items by position, as problems and provenance entries give them) with items named by key.

        >>> import sce_method
        >>> sce_method.load().keyed_path(("curriculum", "modules", 2, "hours"))
        'curriculum.modules[educacion-financiera].hours'
        """
        parts: list[Part] = []
        node: object = self
        for part in path:
            if isinstance(part, int) and isinstance(node, tuple) and 0 <= part < len(node):
                node = node[part]
                key = next((getattr(node, k) for k in _KEYS if getattr(node, k, None) is not None), None)
                parts.append(Key(str(key.isoformat() if hasattr(key, "isoformat") else key)) if key is not None
                             else Key(str(part)))  # fmt: skip
            else:
                node = getattr(node, str(part), None)
                parts.append(str(part))
        return render(tuple(parts))

    def as_of(self, when: dt.date | str) -> Methodology:
        """
        Return the methodology in force on *when*.

        Raises:
            NotInForceError: *when* is before `valid_from`.
        """
        day = as_date(when)
        if day < self.valid_from:
            raise NotInForceError(message("methodology.not_in_force", id=self.id, valid_from=self.valid_from, when=day))
        return self

    def module(self, ident: str) -> Module:
        """Return the module with id *ident* (`UnknownIdError` if none)."""
        return self.curriculum.module(ident)

    def centre(self, ident: str) -> Centre:
        """Return the centre with id *ident* (`UnknownIdError` if none)."""
        return lookup(self.centres, ident, message("participants.kind.centre"))

    def staff_training(self, ident: str) -> StaffTraining:
        """Return the staff training with id *ident* (`UnknownIdError` if none)."""
        return lookup(self.staff_trainings, ident, message("methodology.kind.staff_training"))

    def document(self, ident: str) -> Document:
        """Return the cited document with id *ident* (`UnknownIdError` if none)."""
        return lookup(self.documents, ident, message("methodology.kind.document"))

    @property
    def module_ids(self) -> tuple[str, ...]:
        """The curriculum's module ids, in order."""
        return self.curriculum.module_ids

    @property
    def course_ids(self) -> frozenset[str]:
        """What a completion record may name: a module or a course."""
        return frozenset(self.curriculum.module_ids) | {c.id for c in self.curriculum.courses}

    @property
    def centre_ids(self) -> tuple[str, ...]:
        """The centres' ids, in order."""
        return tuple(c.id for c in self.centres)

    @property
    def staff_training_ids(self) -> tuple[str, ...]:
        """The staff trainings' ids, in order (staff_training.csv names them)."""
        return tuple(t.id for t in self.staff_trainings)

    @property
    def instrument_ids(self) -> tuple[str, ...]:
        """The instruments' ids; the stable ids of DESIGN.md when none are defined."""
        return tuple(i.id for i in self.instruments) if self.instruments else INSTRUMENT_IDS

    def instrument(self, ident: str) -> Instrument:
        """
        The monitoring instrument with id *ident* (`UnknownIdError` if none).

        >>> import sce_method
        >>> [q.name for q in sce_method.load().instrument("salida").questions][:2]
        ['participante', 'fecha']
        """
        return lookup(self.instruments, ident, message("participants.kind.instrument"))

    @property
    def computes_from_cohort(self) -> bool:
        """
        Whether a cohort's lists can add results to the results framework (see `Methodology.compare_with_cohort`).

        They can when there is a results framework, and a row of it declares a
        computation or there is a mentoring policy to compute figures with.
        """
        rf = self.results_framework
        if rf is None:
            return False
        declared = [i.computation for i in rf.indicators] + [f.computation for f in rf.figures]
        return self.mentoring is not None or any(c is not None for c in declared)

    def results_with_cohort(self, cohort: Cohort, as_of: dt.date | str | None = None) -> ResultsFramework | None:
        """
        The results framework with the results computed from *cohort* (`sce_method.methodology.results_with_cohort`).

        >>> import sce_method
        >>> from sce_method.participants import Cohort
        >>> m = sce_method.load()
        >>> m.results_with_cohort(Cohort(participants=())) == m.results_framework
        True
        """
        from sce_method.methodology._results import results_with_cohort  # noqa: PLC0415 -- mentoring's figures and the cohort's counts, only when asked

        return results_with_cohort(self, cohort, as_of)

    def compare_with_cohort(self, cohort: Cohort, as_of: dt.date | str | None = None) -> ResultsComparison | None:
        """
        Annex A beside what *cohort*'s records give (`sce_method.methodology.compare_with_cohort`).

        >>> import sce_method
        >>> from sce_method.participants import read_cohort
        >>> m = sce_method.load()
        >>> found = m.compare_with_cohort(read_cohort("examples/cohorts/jalisco-2024", m))
        >>> found.count("2.1").value
        91.0
        """
        from sce_method.methodology._results import compare_with_cohort  # noqa: PLC0415 -- mentoring's figures and the cohort's counts, only when asked

        return compare_with_cohort(self, cohort, as_of)

    def provenance_entries(self) -> tuple[ValueProvenance, ...]:
        """Every value of the methodology with the provenance that covers it."""
        return tuple(walk_provenance(self))

    def assumptions(self) -> tuple[ValueProvenance, ...]:
        """The values that are assumptions the institution should set."""
        return tuple(e for e in self.provenance_entries() if e.provenance is not None and e.provenance.is_assumption)

    def describe(self, lang: Lang = DEFAULT_LANG, fmt: TableFormat = "table") -> str:
        """
        Render the methodology for people: ``table`` (plain text) or ``md``.

        See `describe_provenance` for the provenance listing.
        """
        return render_methodology(self, lang=lang, fmt=fmt)

    def describe_provenance(self, lang: Lang = DEFAULT_LANG, fmt: TableFormat = "table") -> str:
        """Render every value with its source, then the list of assumptions."""
        return render_provenance(self, lang=lang, fmt=fmt)
