"""
The columnar engines' two phases: the figures (status, each leaf's truth and number), then the words.

Phase one runs where the data is: polars here, or SQL on DuckDB or Spark
(``_sql.py``). It gives one row per participant: ``order``, the ids,
``status`` and, for each leaf *k* of the plan, ``failing_<k>``, ``passed_<k>``
and ``observed_<k>``. Phase two words them: what she lacks is the failing
leaves' messages, and those depend only on the leaf and its figure, so each
distinct (leaf, figure) is worded once by the readable evaluator's own
`judge_reached` / `judge_module` and joined back.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Final

import polars as pl

from sce_method._core import Lang, UnknownIdError, label, message
from sce_method.graduation import _polars as engine
from sce_method.graduation._criteria import AllOf, AnyOf, AtLeast, CompleteOffer, InstrumentSubmitted, ModuleCompleted
from sce_method.graduation._decision import CriterionResult, Status
from sce_method.graduation._evaluate import HasGraduation
from sce_method.graduation._evaluator import CurriculumView, instrument_result, judge_module, judge_reached
from sce_method.graduation._plan import Leaf, Plan, compile_plan

ID_COLUMNS: Final = ("participant_id", "centre_id", "cohort_id")


def figures(
    methodology: HasGraduation, frames: engine.Frames, as_of: dt.date, participants: Sequence[str] | None = None
) -> tuple[pl.DataFrame, Plan]:
    """Phase one with polars: each participant's status and leaves, in the order of the list (or of *participants*)."""
    people = engine.base(frames, as_of).collect()
    if participants is not None:
        people = chosen(people, participants)
    plan = compile_plan(methodology, engine.keys(people))
    people = engine.variants(people, plan.variants)
    table = engine.filled(people.lazy(), engine.facts(frames, plan.facts, as_of), plan.facts)
    for name, expr in plan.steps:
        table = table.with_columns(engine.render(expr).alias(name))
    return table.select(result_columns(plan)).collect(), plan


def chosen(people: pl.DataFrame, participants: Sequence[str]) -> pl.DataFrame:
    """The rows of *participants*, in that order (`UnknownIdError` for one not in the list, as `Cohort.record`)."""
    known = set(people.get_column("participant_id").to_list()) if participants else set()
    for ident in participants:
        if ident not in known:
            raise UnknownIdError(message("participants.unknown", id=ident))
    wanted = pl.DataFrame({"participant_id": list(participants)}, schema={"participant_id": pl.String})
    return wanted.join(people.drop("position"), on="participant_id", how="left", maintain_order="left").with_row_index(
        "position"
    )


def result_columns(plan: Plan) -> list[str]:
    """The columns phase one gives, in order."""
    leaves = [f"{kind}_{k}" for k in range(len(plan.leaves)) for kind in ("failing", "passed", "observed")]
    return ["position", *ID_COLUMNS, "variant", "status", *leaves]


def unmet_result(curriculum: CurriculumView, leaf: Leaf, observed: float) -> CriterionResult:
    """The result of a leaf she does not meet, with the figure *observed*, as the readable evaluator gives it."""
    c = leaf.criterion
    if isinstance(c, CompleteOffer | ModuleCompleted):
        module = c.module if isinstance(c, ModuleCompleted) else str(leaf.module)
        provenance = c.field_provenance.get("share", c.provenance)
        return judge_module(
            curriculum, leaf.result_id, module, share=c.share, provenance=provenance, observed=observed, by_record=False
        )
    if isinstance(c, InstrumentSubmitted):
        return instrument_result(c, done=False)
    if isinstance(c, AllOf | AnyOf | AtLeast):
        msg = f"not a leaf: {c.id}"
        raise TypeError(msg)
    return judge_reached(curriculum, c, observed)


def worded(table: pl.DataFrame, plan: Plan, curriculum: CurriculumView, lang: Lang) -> pl.DataFrame:
    """
    Phase two: the rows of `CohortReport.rows` as columns, from phase one's *table*.

    ``unmet`` joins the failing leaves' ids with ``;``, ``explanation`` their
    messages with ``; ``, in the order of the rule tree, as `Decision.unmet`
    and `Decision.missing` do.
    """
    ids: list[pl.Expr] = []
    texts: list[pl.Expr] = []
    for k, leaf in enumerate(plan.leaves):
        failing, observed = pl.col(f"failing_{k}"), f"observed_{k}"
        values = table.filter(failing).get_column(observed).unique().to_list()
        said = {v: unmet_result(curriculum, leaf, v).message.render(lang) for v in values}
        ids.append(pl.when(failing).then(pl.lit(leaf.result_id)))
        if said:
            words = pl.col(observed).replace_strict(
                list(said), list(said.values()), default=None, return_dtype=pl.String
            )
            texts.append(pl.when(failing).then(words))
    labels = {s.value: label(s, lang) for s in Status}
    return table.select(
        *ID_COLUMNS,
        "status",
        status_label=pl.col("status").replace_strict(labels, return_dtype=pl.String),
        unmet=_joined(ids, ";"),
        explanation=_joined(texts, "; "),
    )


def _joined(parts: list[pl.Expr], separator: str) -> pl.Expr:
    if not parts:
        return pl.lit("")
    return pl.concat_str(parts, separator=separator, ignore_nulls=True).fill_null("")
