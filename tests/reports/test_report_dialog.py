"""The report dialog driven with qtbot on a real registry: success, failure, format choice."""

from __future__ import annotations

from pathlib import Path

from docx import Document
from openpyxl import load_workbook
from PySide6.QtCore import Qt

from hepmeta_desktop.analysis.run import AnalysisOptions
from hepmeta_desktop.services.analysis_service import AnalysisService
from hepmeta_desktop.services.audit import AuditService
from hepmeta_desktop.ui.report_dialog import ReportDialog

SHOTS = Path("/tmp/shots")


def _click_export(qtbot, dialog):
    qtbot.mouseClick(dialog.export_button, Qt.LeftButton)


def test_excel_pseudonymised_with_raw_data(qtbot, registry, tmp_path):
    dialog = ReportDialog(registry.db, "dr_dialog", lang="en")
    qtbot.addWidget(dialog)
    dialog.format.setCurrentIndex(dialog.format.findData(".xlsx"))
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    dialog.path.setText(str(tmp_path / "series"))
    qtbot.keyClick(dialog.pseudonymise, Qt.Key_Space)
    assert dialog.raw.isEnabled()
    qtbot.keyClick(dialog.raw, Qt.Key_Space)
    assert dialog.raw.isChecked() and dialog.pseudonymise.isChecked()
    with qtbot.waitSignal(dialog.exported, timeout=60_000) as done:
        _click_export(qtbot, dialog)
    path = done.args[0]
    assert path == tmp_path / "series.xlsx" and path.exists()
    assert dialog.progress.value() == 100
    assert str(path) in dialog.status.text()
    assert dialog.export_button.isEnabled() and not dialog.busy()
    records = [r[0] for r in load_workbook(path)["patients"].iter_rows(min_row=2, values_only=True)]
    assert len(records) == len(registry.record_numbers)
    assert all(r.startswith("PS") for r in records)
    last = [e for e in AuditService(registry.db).entries() if e.action == "export"][-1]
    assert last.user == "dr_dialog" and "series.xlsx" in last.new_value
    assert "pseudonymised=yes" in last.new_value
    SHOTS.mkdir(exist_ok=True)
    dialog.grab().save(str(SHOTS / "reports_dialog.png"))


def test_word_from_the_panel_service_keeps_its_selection(qtbot, registry, tmp_path):
    service = AnalysisService(registry.db)
    options = AnalysisOptions(group_by="margin_status")
    dialog = ReportDialog(service, "dr_dialog", options=options, lang="fr")
    qtbot.addWidget(dialog)
    dialog.path.setText(str(tmp_path / "rapport.docx"))
    with qtbot.waitSignal(dialog.exported, timeout=60_000) as done:
        _click_export(qtbot, dialog)
    doc = Document(done.args[0])
    assert len(doc.inline_shapes) == 2
    assert doc.tables[0].rows[0].cells[-1].text == "p"  # grouped: the p column is there
    assert any("Comparaison selon" in p.text for p in doc.paragraphs)


def test_failure_is_shown_and_leaves_no_file(qtbot, registry, tmp_path):
    dialog = ReportDialog(registry.db, "dr_dialog", lang="en")
    qtbot.addWidget(dialog)
    dialog.format.setCurrentIndex(dialog.format.findData(".sav"))
    target = tmp_path / "missing-folder" / "data.sav"
    dialog.path.setText(str(target))
    with qtbot.waitSignal(dialog.export_failed, timeout=60_000) as failed:
        _click_export(qtbot, dialog)
    assert "data.sav" in failed.args[0]
    assert "Export failed" in dialog.status.text()
    assert not target.exists() and not target.parent.exists()
    assert dialog.export_button.isEnabled()
    assert not [e for e in AuditService(registry.db).entries() if e.action == "export"]


def test_format_choice_sets_the_extension_and_the_raw_option(qtbot, db, tmp_path):
    dialog = ReportDialog(db, "u", lang="en")
    qtbot.addWidget(dialog)
    dialog.path.setText(str(tmp_path / "x.docx"))
    assert not dialog.raw.isEnabled()
    dialog.format.setCurrentIndex(dialog.format.findData(".dta"))
    assert dialog.path.text().endswith("x.dta")
    dialog.format.setCurrentIndex(dialog.format.findData(".xlsx"))
    assert dialog.raw.isEnabled() and dialog.request().path.suffix == ".xlsx"


def test_the_dialog_speaks_french(qtbot, db):
    from hepmeta_desktop.ui import i18n

    i18n.install("fr")
    try:
        dialog = ReportDialog(db, "u", lang="fr")
        qtbot.addWidget(dialog)
        assert dialog.windowTitle() == "Exporter un rapport"
        assert dialog.format.itemText(0) == "Rapport Word (.docx)"
        assert dialog.export_button.text() == "&Exporter"
        assert dialog.language.currentData() == "fr"
    finally:
        i18n.install("en")
