"""
Who can graduate from the example cohort, and why not: a notebook-style walk-through.

Each ``# %%`` cell can be run on its own in VS Code, Jupyter (jupytext) or
Spyder; the whole file also runs as a script, from the repository root::

    python examples/graduation_notebook.py

The cohort is the synthetic ``examples/cohorts/crea-2024`` (invented people,
see its README). Nothing here prints personal data: the reports are keyed by
participant id only.
"""

# %% [markdown]
# # Graduation of the example cohort on 2024-10-17
#
# Load the bundled methodology (jalisco-sisemh-2024) and read the cohort
# folder, checking every row against its ids. The same call reads the
# workbook ``examples/cohorts/crea-2024.xlsx``.

# %%
from __future__ import annotations

import tempfile
from pathlib import Path

import sce_method
from sce_method.graduation import Status, evaluate_cohort
from sce_method.participants import read_cohort

HERE = Path(__file__).resolve().parent if "__file__" in globals() else Path("examples").resolve()
COHORT = HERE / "cohorts" / "crea-2024"
AS_OF = "2024-10-17"

methodology = sce_method.load()
cohort = read_cohort(COHORT, methodology)
print(cohort)

# %% [markdown]
# ## Evaluate every participant
#
# The rule set in force on each decision date applies (here ``reglas-2022``):
# the complete formative offer, individual follow-up, and the entry and exit
# surveys. ``summary()`` counts the decisions by status, centre and cohort.

# %%
report = evaluate_cohort(methodology, cohort, AS_OF)
for line in report.summary():
    print(f"{line['status']:<13} {line['centre_id']:<16} {line['cohort_id']:<16} {line['count']:>3}")
print({status.value: report.count(status) for status in Status})

# %% [markdown]
# ## Who does not graduate, and what is missing
#
# ``rows()`` gives one plain dict per participant (``pandas.DataFrame(report.rows())``
# works too); ``unmet`` holds the stable ids of the criteria not met.

# %%
not_eligible = [row for row in report.rows() if row["status"] == Status.NOT_ELIGIBLE.value]
for row in not_eligible:
    print(f"{row['participant_id']}  {row['unmet']}")
    print(f"       {row['explanation']}")

# %% [markdown]
# ## One decision in words
#
# P0005 attended 6 of the 12 h of financial education; 80 % (9.6 h) is needed.

# %%
decision = report.decision("P0005")
print(decision.explain("es"))
print()
print(decision.explain("en"))

# %% [markdown]
# ## Write the report
#
# ``write_csv`` writes the report atomically (here into a temporary folder).

# %%
with tempfile.TemporaryDirectory() as folder:
    target = Path(folder) / "graduacion-2024-10-17.csv"
    report.write_csv(target)
    lines = target.read_text(encoding="utf-8").splitlines()
    print(f"{target.name}: {len(lines) - 1} rows")
    print("\n".join(lines[:3]))
