"""Fuzzing `read_records`: the JSON an API gives, as hostile as JSON can be, for an instrument with nested repeats."""

from __future__ import annotations

from typing import Final

from hypothesis import given
from hypothesis import strategies as st

from sce_method.monitoring import read_records
from tests.fuzz.harness import FUZZ, PLANTED, read
from tests.monitoring.instruments.test_rows import NESTED

KEYS: Final = (
    "__id",
    "__system",
    "submissionDate",
    "reviewState",
    "_uuid",
    "_id",
    "_submission_time",
    "_attachments",
    "hogar@odata.navigationLink",
    "__Submissions-id",
    "datos",
    "miembros",
    "datos/miembros",
    "hogar",
    "jefe",
    "rural",
    "hogar/jefe",
    "hogar/persona",
    "persona",
    "nombre",
    "edad",
    "orden",
    "trabaja",
    "parcela",
    "hogar/persona/nombre",
    "hogar/persona/edad",
    "",
    "/",
    "x/y/z",
)
"""Keys a record may have: the instrument's names and paths (Kobo's), Central's and Kobo's metadata, and nonsense."""

SCALARS: Final = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(10**20), max_value=10**20),
    st.floats(),
    st.text(max_size=12),
    st.sampled_from(("si", "no", "2024-10-17", "2,5", "1e400", "uuid:1", "NaN", *PLANTED)),
)
"""What a JSON leaf may be: numbers of any size, texts, the planted personal values."""


def _values(leaves: st.SearchStrategy[object]) -> st.SearchStrategy[object]:
    return st.recursive(
        leaves,
        lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.sampled_from(KEYS), inner, max_size=6),
        max_leaves=40,
    )


KOBO: Final = {
    "_uuid": "uuid:1",
    "datos/miembros": 2,
    "hogar": [
        {
            "hogar/jefe": "Ana",
            "hogar/rural": "si",
            "hogar/persona": [{"hogar/persona/nombre": "Eva", "hogar/persona/edad": 30, "hogar/persona/orden": 1}],
        }
    ],
}
"""A good KoboToolbox API v2 record of the instrument: flat paths, a repeat in a repeat inside a row."""
CENTRAL: Final = {
    "__id": "uuid:2",
    "__system": {"submissionDate": "2024-10-17T10:00:00.000Z", "reviewState": None},
    "datos": {"miembros": "2"},
    "hogar@odata.navigationLink": "Submissions('uuid:2')/hogar",
    "hogar": [{"__id": "h1", "jefe": "Ana", "rural": "no", "persona": [{"__id": "p1", "nombre": "Eva", "edad": 3}]}],
}
"""A good ODK Central OData record, ``$expand=*``: nested groups, ``__system``, the repeat under its name."""


@st.composite
def mutated(draw: st.DrawFn, value: object, depth: int = 0) -> object:
    """*value* with one node, somewhere inside, replaced by any JSON, dropped from its mapping, or repeated."""
    children = list(value) if isinstance(value, dict) else list(range(len(value))) if isinstance(value, list) else []
    if not children or depth > 6 or draw(st.integers(0, 3)) == 0:
        return draw(_values(SCALARS))
    at = draw(st.sampled_from(children))
    how = draw(st.sampled_from(("into", "into", "drop", "repeat")))
    if isinstance(value, dict):
        out: dict[object, object] = dict(value)
        if how == "drop":
            del out[at]
        else:
            out[at] = draw(mutated(value[at], depth + 1))
        return out
    assert isinstance(value, list)
    assert isinstance(at, int)
    items = list(value)
    if how == "repeat":
        return items + [items[at]] * draw(st.integers(1, 3))
    items[at] = draw(mutated(items[at], depth + 1))
    return items


RECORDS: Final = st.one_of(
    st.lists(_values(SCALARS), max_size=5),
    st.lists(st.dictionaries(st.sampled_from(KEYS), _values(SCALARS), max_size=8), max_size=5),
    st.lists(st.sampled_from((KOBO, CENTRAL)).flatmap(mutated), min_size=1, max_size=4),
)
"""
A list of anything (an API that answers something else), of records with any keys and values, or of good Kobo or
Central records each with one node mutated.
"""


class TestRecords:
    """What an API gives, read for an instrument with a repeat inside a repeat, inline or as separate tables."""

    @FUZZ
    @given(records=RECORDS, tables=st.none() | st.dictionaries(st.sampled_from(("hogar", "persona", "otro")), RECORDS))
    def test_read_or_located_error(self, records: list[object], tables: dict[str, list[object]] | None) -> None:
        """read_records returns, or raises a located error; no planted value in its value, errors or warnings."""
        reading = read(lambda: read_records(records, NESTED, repeats=tables))
        if reading is not None:
            read(lambda: reading.problems + reading.row_problems)
