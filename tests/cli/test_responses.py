"""Tests for `sce_method.cli._responses`: `sce-method responses validate --instrument` with a form or a YAML file."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.cli.run import run
from tests.monitoring.xlsform.tables import write_md


class TestInstrumentFile:
    FORM = """
    | survey |
    |        | type             | name  | label | required |
    |        | integer          | edad  | Edad  | yes      |
    |        | select_one yesNo | works | Works |          |
    | choices |
    |         | list_name | name | label |
    |         | yesNo     | yes  | Yes   |
    |         | yesNo     | no   | No    |
    """
    EXPORT = "_uuid;_submission_time;edad;works\nu-1;2024-05-01T10:00:00Z;30;yes\nu-2;2024-05-01T10:00:00Z;;maybe\n"

    def test_xlsform_directly(self, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
        """--instrument takes an XLSForm: imported on the spot, the export validated against it."""
        form = write_md(tmp_path / "form.xlsx", self.FORM)
        export = tmp_path / "export.csv"
        export.write_text(self.EXPORT, encoding="utf-8")

        code, _, err = run(capsys, "responses", "validate", str(export), "--instrument", str(form), "--lang", "en")
        expected = (1, True, True, True)
        assert expected == (
            code,
            "2 of 2 question rows imported" in err,
            ":3:" in err and "required answer missing" in err,
            "not a choice" in err,
        )

    def test_instrument_yaml(self, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
        """--instrument takes the YAML that `xlsform --import` writes."""
        form = write_md(tmp_path / "form.xlsx", self.FORM)
        yaml = tmp_path / "instrumento.yaml"
        run(capsys, "xlsform", "--import", str(form), "--kind", "salida", "-o", str(yaml))
        export = tmp_path / "export.csv"
        export.write_text(self.EXPORT, encoding="utf-8")

        code, _, err = run(capsys, "responses", "validate", str(export), "--instrument", str(yaml), "--lang", "en")
        expected = (1, True)
        assert expected == (code, "required answer missing" in err)
