"""
Explicit Hypothesis strategies for the models of `sce_method`.

Every strategy builds objects that satisfy their class's invariants by
construction (``st.from_type`` would ignore the validators): ids are slugs and
unique where they must be, references resolve, every rule value has its own
provenance, sources cite documents the methodology holds, and a complementary
course names its module. Sizes are kept small so that the suite stays fast.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Sequence
from typing import Final, TypeVar

import attrs
import pendulum
from hypothesis import settings
from hypothesis import strategies as st

from sce_method import (
    RULE_VALUE,
    Assumption,
    Dated,
    DatedValue,
    Document,
    Methodology,
    Provenance,
    Source,
    Text,
    as_date,
)
from sce_method.curriculum import (
    Audience,
    Centre,
    CentreKind,
    Course,
    CourseKind,
    Curriculum,
    Delivery,
    Module,
    Pathway,
    PathwayKind,
    StaffTraining,
)

T = TypeVar("T")

MAX_ITEMS: Final = 3
"""The most items any generated collection holds."""

AGGREGATES: Final = settings(max_examples=25)
"""For tests that draw whole curricula or methodologies: each example is large, so fewer of them."""

YAML_LOOKALIKES: Final = (
    "019",
    "1e5",
    "0o17",
    "0x1F",
    "-.5",
    "+12",
    ".inf",
    ".nan",
    "~",
    "null",
    "Null",
    "true",
    "False",
    "yes",
    "no",
    "on",
    "off",
    "2024-10-17",
    "12:30",
    "1_000",
    "- a",
    "#x",
    "a: b",
    "a #b",
    "[a]",
    "{a: b}",
    "&a",
    "*a",
    "!tag",
    "? a",
    "|",
    ">",
    "%x",
    "@x",
    "'q'",
    '"q"',
    " lead",
    "trail ",
    "línea\nnueva",
    "\ufeffbom",
    "tab\there",
)
"""Strings that a YAML writer must quote to read them back as the same text."""

CITED: Final = ("informe-final", "anexo-a")
"""The ids of the documents a generated methodology's sources cite."""

_SKIP: Final = frozenset({"provenance", "field_provenance"})


@functools.cache
def words() -> st.SearchStrategy[str]:
    """Short arbitrary text, mixed with strings that look like other YAML values."""
    return st.one_of(st.text(max_size=12), st.sampled_from(YAML_LOOKALIKES))


@functools.cache
def non_empty_words() -> st.SearchStrategy[str]:
    """Like `words`, never empty (but maybe blank)."""
    return words().filter(lambda s: s != "")


@functools.cache
def non_blank_words() -> st.SearchStrategy[str]:
    """Like `words`, with something besides white space."""
    return words().filter(lambda s: s.strip() != "")


@functools.cache
def slugs() -> st.SearchStrategy[str]:
    """Stable ids: lower-case ASCII words joined by hyphens."""
    return st.from_regex(r"[a-z0-9]{1,6}(?:-[a-z0-9]{1,6}){0,2}", fullmatch=True)


def dates(
    min_value: dt.date = dt.date(1990, 1, 1), max_value: dt.date = dt.date(2100, 12, 31)
) -> st.SearchStrategy[pendulum.Date]:
    """Calendar dates as `pendulum.Date`."""
    return st.dates(min_value=min_value, max_value=max_value).map(as_date)


def hours() -> st.SearchStrategy[float]:
    """A positive, finite number of hours."""
    return st.floats(min_value=0, max_value=10_000, exclude_min=True, allow_nan=False, allow_infinity=False)


def optional(strategy: st.SearchStrategy[T]) -> st.SearchStrategy[T | None]:
    """*strategy*, or None."""
    return st.none() | strategy


@functools.cache
def texts() -> st.SearchStrategy[Text]:
    """A Spanish text with, maybe, its English translation."""
    return st.builds(Text, es=non_blank_words(), en=optional(non_blank_words()))


@functools.cache
def documents() -> st.SearchStrategy[Document]:
    """A cited document."""
    return st.builds(
        Document,
        id=slugs(),
        title=texts(),
        publisher=optional(words()),
        year=optional(st.integers(min_value=1900, max_value=2100)),
        url=optional(words()),
    )


@functools.cache
def sources(cited: tuple[str, ...] | None = None) -> st.SearchStrategy[Source]:
    """A place in one of the documents *cited* (any id when None)."""
    return st.builds(
        Source,
        document=st.sampled_from(cited) if cited is not None else slugs(),
        place=non_empty_words(),
        quote=optional(words()),
    )


@functools.cache
def assumptions() -> st.SearchStrategy[Assumption]:
    """A stated assumption."""
    return st.builds(Assumption, reason=texts())


@functools.cache
def provenances(cited: tuple[str, ...] | None = None) -> st.SearchStrategy[Provenance]:
    """A source citing one of *cited* (any id when None), or an assumption."""
    assumed = st.builds(Provenance, assumption=assumptions())
    if cited is not None and not cited:
        return assumed
    return st.builds(Provenance, source=sources(cited)) | assumed


@functools.cache
def field_provenances(
    cls: type[attrs.AttrsInstance], cited: tuple[str, ...] | None = None
) -> st.SearchStrategy[dict[str, Provenance]]:
    """A ``field_provenance`` for *cls*: an entry for every rule value, maybe one for another field."""
    fields = [f for f in attrs.fields(cls) if f.name not in _SKIP]
    required = {f.name: provenances(cited) for f in fields if f.metadata.get(RULE_VALUE)}
    others = [f.name for f in fields if not f.metadata.get(RULE_VALUE)]
    extra = st.dictionaries(st.sampled_from(others), provenances(cited), max_size=1)
    return st.tuples(st.fixed_dictionaries(required), extra).map(lambda pair: {**pair[1], **pair[0]})


def dated_values(
    values: st.SearchStrategy[T],
    *,
    effective: st.SearchStrategy[pendulum.Date] | None = None,
    reviewed: bool = True,
) -> st.SearchStrategy[DatedValue[T]]:
    """One dated value; its review date, if any, falls after its effective date."""

    def build(day: pendulum.Date, value: T, provenance: Provenance, review_in: int | None) -> DatedValue[T]:
        review_by = day.add(days=review_in) if review_in is not None else None
        return DatedValue(effective=day, value=value, provenance=provenance, review_by=review_by)

    return st.builds(
        build,
        effective if effective is not None else dates(),
        values,
        provenances(),
        optional(st.integers(min_value=1, max_value=3650)) if reviewed else st.none(),
    )


def dated(values: st.SearchStrategy[T], *, reviewed: bool = True) -> st.SearchStrategy[Dated[T]]:
    """A history of one to four values with increasing effective dates."""
    entries = st.lists(dated_values(values, reviewed=reviewed), min_size=1, max_size=4, unique_by=lambda e: e.effective)
    return st.builds(Dated, entries=entries.map(lambda es: tuple(sorted(es, key=lambda e: e.effective))))


@functools.cache
def modules(cited: tuple[str, ...] | None = None) -> st.SearchStrategy[Module]:
    """A module whose sources cite *cited* (any ids when None); its course is any id."""
    return st.builds(
        Module,
        id=slugs(),
        title=texts(),
        area=texts(),
        hours=hours(),
        sessions=st.integers(min_value=1, max_value=200),
        delivery=st.sampled_from(Delivery),
        course=optional(slugs()),
        description=optional(texts()),
        provenance=provenances(cited),
        field_provenance=field_provenances(Module, cited),
    )


@functools.cache
def courses(cited: tuple[str, ...] | None = None) -> st.SearchStrategy[Course]:
    """A complementary course naming its module (any id), or a foundational one naming none."""

    def build(kind: CourseKind, module: st.SearchStrategy[str | None]) -> st.SearchStrategy[Course]:
        return st.builds(
            Course,
            id=slugs(),
            title=texts(),
            kind=st.just(kind),
            platform=words(),
            module=module,
            description=optional(texts()),
            provenance=provenances(cited),
            field_provenance=field_provenances(Course, cited),
        )

    return build(CourseKind.COMPLEMENTARY, slugs()) | build(CourseKind.FOUNDATIONAL, st.none())


@functools.cache
def pathways(cited: tuple[str, ...] | None = None) -> st.SearchStrategy[Pathway]:
    """A pathway through modules of any ids."""
    return st.builds(
        Pathway,
        id=slugs(),
        title=texts(),
        kind=st.sampled_from(PathwayKind),
        modules=st.lists(slugs(), max_size=MAX_ITEMS, unique=True).map(tuple),
        description=optional(texts()),
        provenance=provenances(cited),
        field_provenance=field_provenances(Pathway, cited),
    )


def _subset(draw: st.DrawFn, ids: Sequence[str], *, min_size: int = 0) -> tuple[str, ...]:
    if not ids:
        return ()
    return tuple(draw(st.lists(st.sampled_from(ids), min_size=min_size, max_size=MAX_ITEMS, unique=True)))


@functools.cache
def curricula(cited: tuple[str, ...] | None = None) -> st.SearchStrategy[Curriculum]:
    """A curriculum whose every reference resolves."""

    @st.composite
    def build(draw: st.DrawFn) -> Curriculum:
        module_list = draw(st.lists(modules(cited), min_size=1, max_size=MAX_ITEMS, unique_by=lambda m: m.id))
        module_ids = [m.id for m in module_list]
        course_list = [
            attrs.evolve(c, module=draw(st.sampled_from(module_ids))) if c.module is not None else c
            for c in draw(st.lists(courses(cited), max_size=MAX_ITEMS, unique_by=lambda c: c.id))
        ]
        for index, module in enumerate(module_list):
            own = [c.id for c in course_list if c.module == module.id]
            course = draw(optional(st.sampled_from(own))) if own else None
            module_list[index] = attrs.evolve(module, course=course)
        pathway_list = [
            attrs.evolve(p, modules=_subset(draw, module_ids))
            for p in draw(st.lists(pathways(cited), max_size=MAX_ITEMS, unique_by=lambda p: p.id))
        ]
        return draw(
            st.builds(
                Curriculum,
                modules=st.just(tuple(module_list)),
                courses=st.just(tuple(course_list)),
                complete_offer=st.just(_subset(draw, module_ids, min_size=1)),
                pathways=st.just(tuple(pathway_list)),
                provenance=provenances(cited),
                field_provenance=field_provenances(Curriculum, cited),
            )
        )

    return build()


@functools.cache
def centres(cited: tuple[str, ...] | None = None) -> st.SearchStrategy[Centre]:
    """A learning centre."""
    return st.builds(
        Centre,
        id=slugs(),
        name=texts(),
        kind=st.sampled_from(CentreKind),
        municipality=optional(words()),
        serves_survivors=st.booleans(),
        description=optional(texts()),
        provenance=provenances(cited),
        field_provenance=field_provenances(Centre, cited),
    )


@functools.cache
def staff_trainings(cited: tuple[str, ...] | None = None) -> st.SearchStrategy[StaffTraining]:
    """A staff training given at centres of any ids."""
    return st.builds(
        StaffTraining,
        id=slugs(),
        title=texts(),
        audience=st.sampled_from(Audience),
        hours=hours(),
        centres=st.lists(slugs(), max_size=MAX_ITEMS, unique=True).map(tuple),
        description=optional(texts()),
        provenance=provenances(cited),
        field_provenance=field_provenances(StaffTraining, cited),
    )


@functools.cache
def methodologies() -> st.SearchStrategy[Methodology]:
    """
    A whole methodology whose every reference resolves.

    Its sources cite its documents `CITED` (it may hold one more, uncited), and
    its staff trainings name its centres.
    """

    @st.composite
    def build(draw: st.DrawFn) -> Methodology:
        cited = [attrs.evolve(draw(documents()), id=ident) for ident in CITED]
        uncited = draw(st.lists(documents(), max_size=1).filter(lambda ds: all(d.id not in CITED for d in ds)))
        centre_list = draw(st.lists(centres(CITED), max_size=MAX_ITEMS, unique_by=lambda c: c.id))
        centre_ids = [c.id for c in centre_list]
        training_list = [
            attrs.evolve(t, centres=_subset(draw, centre_ids))
            for t in draw(st.lists(staff_trainings(CITED), max_size=MAX_ITEMS, unique_by=lambda t: t.id))
        ]
        return draw(
            st.builds(
                Methodology,
                id=slugs(),
                version=non_empty_words(),
                title=texts(),
                valid_from=dates(),
                description=optional(texts()),
                documents=st.just((*cited, *uncited)),
                curriculum=curricula(CITED),
                centres=st.just(tuple(centre_list)),
                staff_trainings=st.just(tuple(training_list)),
                provenance=provenances(CITED),
                field_provenance=field_provenances(Methodology, CITED),
            )
        )

    return build()
