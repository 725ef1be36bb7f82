"""
How much of real XLSForms `read_xlsform` keeps, and whether what it writes back converts in pyxform.

Run: ``python benchmarks/xlsform_coverage.py [FORM.xlsx ...]`` (default: the public fixtures in
``../shared/fixtures/public/``). For each form it prints the question rows (every survey row with a type that is
not a group or repeat boundary, metadata or blank), how many the imported instrument keeps (as questions, with
repeats counted), the skipped-message count, and whether the instrument written back converts with pyxform. Then it
writes a synthetic KoboToolbox export (``g1/g2/q`` headers, ``;``) and an ODK Central one (``g1-g2-q``, ``,``) of a
response built to satisfy the instrument and of one row per planted error (three required answers blanked, three
select_one answers not in their list), and counts the false alarms on the good row and the planted errors found.
"""

from __future__ import annotations

import csv
import datetime as dt
import sys
import tempfile
from pathlib import Path
from typing import Final

import openpyxl
from pyxform.xls2xform import convert

from sce_method.exceptions import LoadError
from sce_method.monitoring import read_export
from sce_method.monitoring.instruments import Instrument, InstrumentKind, Question, QuestionType
from sce_method.monitoring.xlsform import METADATA, read_xlsform, write_xlsform

_STRUCTURE = {
    "begin_group",
    "end_group",
    "begin_repeat",
    "end_repeat",
    "begin group",
    "end group",
    "begin repeat",
    "end repeat",
}


def question_rows(path: Path) -> int:
    """The survey rows that are questions (not structure, not metadata)."""
    workbook = openpyxl.load_workbook(path, read_only=True)
    sheet = next(s for s in workbook.worksheets if s.title.strip().lower() == "survey")
    rows = sheet.iter_rows(values_only=True)
    header = [str(h).strip().lower() if h is not None else "" for h in next(rows)]
    column, name = header.index("type"), header.index("name")
    count = 0
    for row in rows:
        cell = row[column] if column < len(row) else None
        text = " ".join(str(cell or "").split()).lower()
        named = str(row[name] or "").strip() if name < len(row) else ""
        if text and text not in _STRUCTURE and not (text in METADATA and named == text):
            count += 1
    workbook.close()
    return count


def main(paths: list[Path]) -> None:
    """Print, for each form, the rows kept and whether the instrument written back converts; then the total."""
    total = kept_total = 0
    for path in paths:
        rows = question_rows(path)
        total += rows
        try:
            form = read_xlsform(path, kind=InstrumentKind.FOLLOW_UP)
        except LoadError as err:
            print(f"{path.name}: {rows} question rows, refused: {str(err)[:200]}")
            continue
        kept = len(form.instrument.questions)
        kept_total += kept
        with tempfile.TemporaryDirectory() as folder:
            out = Path(folder) / "back.xlsx"
            write_xlsform(form.instrument, out)
            try:
                convert(xlsform=out, warnings=[])
                back = "converts"
            except Exception as err:  # noqa: BLE001 -- any pyxform failure is reported
                back = f"FAILS: {str(err)[:300]}"
            alarms, planted, found, answered = synthetic_exports(form.instrument, Path(folder))
        print(
            f"{path.name}: {rows} question rows, {kept} kept ({kept / rows:.0%}), "
            f"{len(form.skipped)} messages; pyxform {back}; synthetic Kobo and Central exports: "
            f"{alarms} false alarms, {found} of {planted} planted errors found ({answered})"
        )
    print(f"total: {kept_total}/{total} ({kept_total / max(total, 1):.0%})")


# -- synthetic exports ---------------------------------------------------------------------------------------------

_CANDIDATES: Final = (1, 0, 2, 5, 10, 18, 30, 100, 1000)


def _candidates(question: Question, instrument: Instrument) -> list[object]:
    """Values to try for a question, in order: the first that the instrument accepts is kept."""
    if question.type in (QuestionType.INTEGER, QuestionType.DECIMAL, QuestionType.RANGE):
        return [float(n) for n in _CANDIDATES]
    if question.type is QuestionType.DATE:
        return [dt.date(2024, 5, 1), dt.date(1990, 1, 1)]
    if question.type is QuestionType.SELECT_ONE and question.choices:
        return list(instrument.choice_list(question.choices).names)
    if question.type is QuestionType.SELECT_MULTIPLE and question.choices:
        return [(name,) for name in instrument.choice_list(question.choices).names]
    return ["x", "1", "2024-05-01"]


def synthetic_response(instrument: Instrument) -> dict[str, object]:
    """A response the instrument accepts, built question by question (a question no value satisfies stays blank)."""
    answers: dict[str, object] = {}
    for group in instrument.groups:
        if group.in_repeat:
            continue
        for question in group.questions:
            if not question.answers:
                continue
            for value in _candidates(question, instrument):
                trial = answers | {question.name: value}
                if not [p for p in instrument.validate(trial) if p.path[-1] == question.name]:
                    answers = trial
                    break
            # A question no value can satisfy here (not relevant, or a constraint we cannot meet) stays blank.
            if question.name in answers and [p for p in instrument.validate(answers) if p.path[-1] == question.name]:
                del answers[question.name]
    return {k: v for k, v in answers.items() if not [p for p in instrument.validate(answers) if p.path[-1] == k]}


def _cell(value: object) -> str:
    if isinstance(value, tuple):
        return " ".join(str(v) for v in value)
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def synthetic_exports(instrument: Instrument, folder: Path) -> tuple[int, int, int, str]:
    """
    A Kobo (g1/g2/q) and a Central (g1-g2-q) export of two responses: one as built, one with planted errors.

    Returns the false alarms (problems on the good rows the instrument does not itself give), the errors planted,
    how many of them were found, and how much of the form the good response answers.
    """
    good = synthetic_response(instrument)
    # What the instrument itself says of the good response (a question no value could satisfy): not the reader's.
    expected_good = {(str(p.path[-1]), p.message.key) for p in instrument.validate(good)}
    questions = {q.name: (g, q) for g in instrument.groups if not g.in_repeat for q in g.questions if q.answers}
    required = [n for n, (_, q) in questions.items() if q.required and n in good][:3]
    selects = [
        n for n, (_, q) in questions.items() if q.type is QuestionType.SELECT_ONE and n in good and n not in required
    ][:3]
    plants: list[tuple[str, str, str | None]] = [(n, "instruments.response.required", None) for n in required]
    plants += [(n, "instruments.response.not_a_choice", "no_es_opcion") for n in selects]
    alarms = found = 0
    for sep, header_meta in (("/", ["_uuid", "_submission_time"]), ("-", ["KEY", "SubmissionDate"])):
        names = list(questions)
        rows = [[*header_meta, *(sep.join((*questions[n][0].path, n)) for n in names)]]
        # Row 2 as built; then one row per planted error, so that no error hides another.
        variants = [good, *({**good, name: value} for name, _, value in plants)]
        for index, answers in enumerate(variants):
            cells = [_cell(answers[n]) if answers.get(n) is not None else "" for n in names]
            rows.append([f"uuid:k{index}", "2024-05-01T10:00:00Z", *cells])
        path = folder / f"export{sep == '-'}.csv"
        with path.open("w", encoding="utf-8", newline="") as stream:
            csv.writer(stream, delimiter=";" if sep == "/" else ",").writerows(rows)
        reading = read_export(path, instrument)
        by_line: dict[int | None, set[tuple[str, str]]] = {}
        for problem in reading.row_problems:
            by_line.setdefault(problem.line, set()).add((str(problem.path[-1]), problem.message.key))
        alarms += len(by_line.get(2, set()) ^ expected_good)
        found += sum((name, key) in by_line.get(3 + i, set()) for i, (name, key, _) in enumerate(plants))
    answered = f"{len(good)} of {len(questions)} questions outside repeats answered"
    return alarms, 2 * len(plants), found, answered


if __name__ == "__main__":
    args = [Path(a) for a in sys.argv[1:]]
    if not args:
        args = sorted((Path(__file__).resolve().parents[2] / "shared" / "fixtures" / "public").glob("*.xlsform.xlsx"))
    main(args)
