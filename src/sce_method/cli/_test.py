"""``sce-method test``: run YAML test cases of the graduation rules."""

from __future__ import annotations

import argparse

from sce_method._core import Lang, message
from sce_method.cli._common import INVALID, OK
from sce_method.graduation import CaseOutcome, run_cases
from sce_method.serialization import bundled_cases, load, load_cases


def run(args: argparse.Namespace, lang: Lang) -> int:
    """Run the case files (the bundled cases by default); exit 1 if any case fails."""
    files = [load_cases(name) for name in args.files] if args.files else [bundled_cases()]
    outcomes: list[CaseOutcome] = []
    for case_file in files:
        m = load(args.methodology or case_file.methodology)
        outcomes.extend(run_cases(m, case_file.cases))
    for outcome in outcomes:
        print(outcome.render(lang))
    passed = sum(1 for o in outcomes if o.passed)
    print(message("cli.cases.summary", passed=passed, total=len(outcomes)).render(lang))
    return OK if passed == len(outcomes) else INVALID
