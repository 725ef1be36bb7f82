"""
An export's answers column by column, as polars series lined up with its responses (the ``tables`` extra).

`read_export` types a CSV's answers as columns when it can (`_fast`) and keeps those columns, at no cost, in
`AnswerColumns`. A series is lined up only when asked (`answers`, `participant_ids`): the blank rows skipped are
left out, and the rows read one by one put their own answers in their place. Whatever is asked gives what
`Response.answers` holds, row for row and type for type (null for None), or None when it cannot: a question the
export did not read, or a row's answer that the column's type cannot hold as it is (a number in a column of
dates, a NaN). Column-wise work (the outcome indicators) then starts from the series, not from each response.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from collections.abc import Set as AbstractSet
from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    import polars as pl

    from sce_method.monitoring.exports._response import Response

_IDS: Final = "\x00participant"
"""The key the participant ids are kept under beside the questions' names (no question's name has a NUL)."""


class AnswerColumns:
    """
    Each question's answers as one polars series, lined up with *responses* (see the module's docstring).

    *columns* holds, for each question read, its cells over the rows of the table as the column-wise reading typed
    them: a number or a date typed, any other answer its cell's text (``''`` when blank, an answer of None, for the
    names in *texts*). *skipped* are the rows of the table with no response (blank), and *patched* the responses,
    by position, read one by one: their answers are taken from them.
    """

    def __init__(  # noqa: PLR0913 -- what the reading kept, each part named
        self,
        responses: tuple[Response, ...],
        columns: Mapping[str, pl.Series],
        *,
        texts: AbstractSet[str],
        participant: str | None,
        skipped: Sequence[int],
        patched: Mapping[int, Response],
    ) -> None:
        self.responses = responses
        """The responses the series are lined up with: a reading with other responses must not use them."""
        self._columns = columns
        self._texts = texts
        self._participant = participant
        self._skipped = skipped
        self._patched = patched
        self._built: dict[str, pl.Series | None] = {}

    def answers(self, name: str) -> pl.Series | None:
        """Each response's answer to *name*, null for None; None when the series cannot give them (see above)."""
        if name not in self._built:
            given = [r.answers.get(name) for r in self._patched.values()]
            self._built[name] = self._line_up(name, given)
        return self._built[name]

    def participant_ids(self) -> pl.Series | None:
        """Each response's participant id (`Response.participant_id`), null for None; None when it cannot."""
        if _IDS not in self._built:
            found = None
            if self._participant is not None:
                found = self._line_up(self._participant, [r.participant_id for r in self._patched.values()])
            self._built[_IDS] = None if found is None else found.rename("pid")
        return self._built[_IDS]

    def _line_up(self, name: str, given: list[object]) -> pl.Series | None:
        """The column of *name* without the skipped rows, with the patched rows' *given* answers in their place."""
        import polars as pl  # noqa: PLC0415 -- the optional ``tables`` extra, imported when used

        series = self._columns.get(name)
        if series is None:
            return None
        if name in self._texts:
            series = series.set(series == "", None)  # a blank text cell is no answer
        if self._skipped:
            kept = pl.Series([True] * len(series)).scatter(list(self._skipped), values=False)
            series = series.filter(kept)
        if given:
            try:  # polars may take what the column cannot give back: 20240101 as a date, days from 1970
                patch = pl.Series(given, dtype=series.dtype, strict=True)
                back = patch.to_list()
            except (TypeError, ValueError, OverflowError, pl.exceptions.PolarsError):
                return None
            if back != given or list(map(type, back)) != list(map(type, given)):  # exactly: no 1 made 1.0, no NaN
                return None
            series = series.clone().scatter(list(self._patched), patch)  # in place: not on the reader's own column
        return series.rename(name).rechunk()  # the reader's frame comes in chunks: joins and gathers want one
