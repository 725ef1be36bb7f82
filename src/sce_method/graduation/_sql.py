"""
The plan as SQL, run on DuckDB (embedded) or Apache Spark, where the lists live.

One text is written, in DuckDB's dialect, and sqlglot turns it into Spark's:
the facts per participant (sums and counts by the date, grouped by
participant), each participant's variant of the rules, then the plan's steps
as a chain of common table expressions, one per level of the rule tree. The
first query asks only for the distinct (decision date, centre, cohort), which
choose the rule set and exceptions (`compile_plan`); the second gives phase
one's table, which `FrameReport` words.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Final, Literal

import pendulum
import polars as pl
import sqlglot
from sqlglot import exp

from sce_method.graduation._columnar import chosen, result_columns
from sce_method.graduation._evaluate import HasGraduation
from sce_method.graduation._plan import Col, Expr, Facts, Key, Lit, Plan, compile_plan
from sce_method.graduation._sql_run import Runner, runner
from sce_method.participants import CohortFrames

Dialect = Literal["duckdb", "spark"]


def _joined(kind: type[exp.Binary]) -> Callable[[list[exp.Expression]], exp.Expression]:
    def join(args: list[exp.Expression]) -> exp.Expression:
        joined: exp.Expression = args[0]
        for arg in args[1:]:
            joined = kind(this=exp.paren(joined), expression=exp.paren(arg))  # type: ignore[assignment]
        return joined

    return join


def _case(args: list[exp.Expression]) -> exp.Expression:
    *pairs, default = args
    ifs = [exp.If(this=pairs[i], true=pairs[i + 1]) for i in range(0, len(pairs), 2)]
    return exp.Case(ifs=ifs, default=default)


def _added(parts: list[exp.Expression]) -> exp.Expression:
    if not parts:
        return _literal(0.0)
    total = parts[0]
    for part in parts[1:]:
        total = exp.Add(this=total, expression=part)
    return exp.paren(total)


def _count(args: list[exp.Expression]) -> exp.Expression:
    return _added([exp.Case(ifs=[exp.If(this=a, true=_literal(1.0))], default=_literal(0.0)) for a in args])


_OPS: Final[dict[str, Callable[[list[exp.Expression]], exp.Expression]]] = {
    "reach": lambda a: exp.GTE(this=exp.paren(exp.Add(this=a[0], expression=a[2])), expression=a[1]),
    "ge": _joined(exp.GTE),
    "eq": _joined(exp.EQ),
    "or": _joined(exp.Or),
    "and": _joined(exp.And),
    "not": lambda a: exp.Not(this=exp.paren(a[0])),
    "count": _count,
    "sum": _added,
    "least": lambda a: exp.Least(this=a[0], expressions=a[1:]),
    "div": lambda a: exp.Div(this=exp.paren(a[0]), expression=a[1]),
    "float": lambda a: exp.cast(a[0], "DOUBLE"),
    "case": _case,
}
"""Each operation of the plan as SQL (`Op`)."""


def render(expr: Expr) -> exp.Expression:
    """A plan's expression as a sqlglot expression."""
    if isinstance(expr, Col):
        return exp.column(expr.name, quoted=True)
    if isinstance(expr, Lit):
        return _literal(expr.value)
    return _OPS[expr.name]([render(a) for a in expr.args])


def _literal(value: float | str) -> exp.Expression:
    if isinstance(value, bool):
        return exp.Boolean(this=value)
    if isinstance(value, str):
        return exp.Literal.string(value)
    return exp.cast(exp.Literal.number(repr(float(value))), "DOUBLE")


def _q(value: str) -> str:
    return exp.Literal.string(value).sql("duckdb")


def _date(day: dt.date) -> str:
    return f"DATE '{day.isoformat()}'"


def people_sql(as_of: dt.date) -> str:
    """Each participant with her position, ids, decision date and whether her cohort runs or she withdrew."""
    day = _date(as_of)
    return f"""
        SELECT p.position, p.participant_id, p.centre_id, p.cohort_id,
               CASE WHEN c.ends_on IS NOT NULL AND c.ends_on < {day} THEN c.ends_on ELSE {day} END AS decision_date,
               COALESCE(c.ends_on IS NOT NULL AND {day} <= c.ends_on, FALSE) AS running,
               COALESCE(p.withdrawn_on IS NOT NULL AND p.withdrawn_on <= {day}, FALSE) AS withdrawn
        FROM participants AS p
        LEFT JOIN cohorts AS c ON p.cohort_id = c.cohort_id AND p.centre_id = c.centre_id"""  # noqa: S608


def facts_sql(wanted: Facts, as_of: dt.date, variants: dict[Key, int]) -> str:
    """One row per participant: her facts by *as_of*, and her variant of the plan."""
    day = _date(as_of)
    hours = [f"SUM(CASE WHEN module_id = {_q(m)} THEN hours ELSE 0.0 END) AS hours_{i}"
             for i, m in enumerate(wanted.modules)]  # fmt: skip
    known = ", ".join(_q(m) for m in wanted.modules) or "''"
    hours.append(f"SUM(CASE WHEN module_id IN ({known}) THEN 0.0 ELSE hours END) AS hours_other")
    completed = [f"MAX(CASE WHEN course_id = {_q(c)} THEN 1 ELSE 0 END) = 1 AS completed_{i}"
                 for i, c in enumerate(wanted.courses)]  # fmt: skip
    submitted = [f"MAX(CASE WHEN instrument_id = {_q(s)} THEN 1 ELSE 0 END) = 1 AS submitted_{i}"
                 for i, s in enumerate(wanted.instruments)]  # fmt: skip
    rows = [f"(CAST({_q(k[0].isoformat())} AS DATE), {_q(k[1])}, {_q(k[2])}, {v})" for k, v in variants.items()]
    parts = {
        "att": f"SELECT participant_id, {', '.join(hours)} FROM attendance WHERE session_date <= {day}"  # noqa: S608
        " GROUP BY participant_id",
        "fu": f"SELECT participant_id, COUNT(*) AS follow_ups FROM follow_up WHERE recorded_on <= {day}"  # noqa: S608
        " GROUP BY participant_id",
        "men": "SELECT mentee_id AS participant_id, COUNT(DISTINCT session_date) AS mentoring FROM mentoring"  # noqa: S608
        f" WHERE session_date <= {day} GROUP BY mentee_id",
    }
    if completed:
        parts["comp"] = (f"SELECT participant_id, {', '.join(completed)} FROM completions"  # noqa: S608
                         f" WHERE completed_on <= {day} GROUP BY participant_id")  # fmt: skip
    if submitted:
        parts["inst"] = (f"SELECT participant_id, {', '.join(submitted)} FROM instruments"  # noqa: S608
                         f" WHERE submitted_on <= {day} GROUP BY participant_id")  # fmt: skip
    columns = [f"COALESCE(att.hours_{i}, 0.0) AS hours_{i}" for i in range(len(wanted.modules))]
    columns.append("COALESCE(att.hours_other, 0.0) AS hours_other")
    columns += [f"COALESCE(comp.completed_{i}, FALSE) AS completed_{i}" for i in range(len(wanted.courses))]
    columns += [f"COALESCE(inst.submitted_{i}, FALSE) AS submitted_{i}" for i in range(len(wanted.instruments))]
    columns += ["COALESCE(fu.follow_ups, 0) AS follow_ups", "COALESCE(men.mentoring, 0) AS mentoring"]
    joins = " ".join(f"LEFT JOIN {name} ON {name}.participant_id = people.participant_id" for name in parts)
    ctes = ", ".join(f"{name} AS ({body})" for name, body in parts.items())
    return f"""
        WITH people AS ({people_sql(as_of)}),
             variants (decision_date, centre_id, cohort_id, variant) AS (VALUES {", ".join(rows)}),
             {ctes}
        SELECT people.*, variants.variant, {", ".join(columns)}
        FROM people
        JOIN variants ON variants.decision_date = people.decision_date
             AND variants.centre_id = people.centre_id AND variants.cohort_id = people.cohort_id
        {joins}"""  # noqa: S608


def plan_sql(plan: Plan, as_of: dt.date) -> str:
    """Phase one as one query: the facts, then the plan's steps level by level."""
    levels: dict[str, int] = {}
    by_level: dict[int, list[str]] = {}
    for name, expr in plan.steps:
        level = 1 + max((levels.get(c, 0) for c in _columns(expr)), default=0)
        levels[name] = level
        by_level.setdefault(level, []).append(f"{render(expr).sql('duckdb')} AS {name}")
    ctes = [f"level_0 AS ({facts_sql(plan.facts, as_of, plan.variants)})"]
    ctes += [f"level_{n} AS (SELECT *, {', '.join(by_level[n])} FROM level_{n - 1})" for n in sorted(by_level)]  # noqa: S608
    wanted = ", ".join(result_columns(plan))
    return f"WITH {', '.join(ctes)} SELECT {wanted} FROM level_{max(by_level)} ORDER BY position"  # noqa: S608


def _columns(expr: Expr) -> list[str]:
    if isinstance(expr, Col):
        return [expr.name]
    if isinstance(expr, Lit):
        return []
    return [name for arg in expr.args for name in _columns(arg)]


def in_dialect(sql: str, dialect: Dialect) -> str:
    """*sql*, written for DuckDB, in *dialect* (sqlglot transpiles it)."""
    if dialect == "duckdb":
        return sql
    return sqlglot.transpile(sql, read="duckdb", write=dialect)[0]


def sql_figures(
    methodology: HasGraduation,
    frames: CohortFrames,
    as_of: dt.date,
    participants: Sequence[str] | None = None,
    *,
    dialect: str,
) -> tuple[pl.DataFrame, Plan]:
    """Phase one on a SQL engine: the table `figures` gives, computed by DuckDB or Spark."""
    run: Runner = runner(dialect, frames)
    people = run(in_dialect(people_sql(as_of), run.dialect))
    keys = people.select("decision_date", "centre_id", "cohort_id").unique()
    plan = compile_plan(methodology, [(_pendulum(d), c, k) for d, c, k in keys.iter_rows()])
    table = run(in_dialect(plan_sql(plan, as_of), run.dialect))
    if participants is not None:
        table = chosen(table, participants)
    return table, plan


def _pendulum(day: dt.date) -> pendulum.Date:
    return pendulum.Date(day.year, day.month, day.day)
