"""The Import… and Export… dialogs driven with qtbot on a real registry file."""

from __future__ import annotations

from pathlib import Path

import pytest
from ix_fixtures import big_workbook, make_messy_xlsx, sheet_values
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from hepmeta_desktop.db import Database
from hepmeta_desktop.services.demo import create_demo
from hepmeta_desktop.services.patients import PatientService
from hepmeta_desktop.ui.interchange_dialogs import ExportDialog, ImportDialog

SHOTS = Path("/tmp/shots")
# The offscreen platform warns about a window feature it lacks; that is not our warning.
pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


def shoot(widget, name: str) -> None:  # type: ignore[no-untyped-def]
    SHOTS.mkdir(parents=True, exist_ok=True)
    widget.grab().save(str(SHOTS / f"interchange_{name}.png"))


def _run(qtbot, dialog, button) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert dialog.running
    qtbot.waitUntil(lambda: not dialog.running, timeout=60000)


def test_import_dialog_previews_refuses_then_imports_valid_rows(
    qtbot, db: Database, tmp_path: Path
) -> None:
    messy_xlsx = make_messy_xlsx(tmp_path)
    dialog = ImportDialog(db, "secretariat", lang="fr")
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.import_button.isEnabled()
    dialog.set_path(messy_xlsx)
    patients = dialog.preview_models["patients"]
    assert (patients.rowCount(), patients.columnCount()) == (3, 18)
    assert patients.headerData(0, Qt.Orientation.Horizontal) == "Numéro de dossier"
    assert patients.headerData(0, Qt.Orientation.Vertical) == "2"  # Excel's row number
    assert dialog.preview_models["followups"].rowCount() == 6
    assert dialog.import_button.isEnabled()

    _run(qtbot, dialog, dialog.import_button)
    result = dialog.result_data
    assert result is not None and not result.written
    assert dialog.problems.rowCount() == 8
    assert dialog.summary.text() == "Import refusé : 7 erreur(s) ; rien n'a été enregistré."
    assert PatientService(db).count() == 0
    shoot(dialog, "import_refused")

    # sort by row, descending, then copy the two first rows as tab-separated text
    dialog.problem_view.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    view = dialog.problem_view
    assert view.model().data(view.model().index(0, 1)) == "7"
    view.selectRow(0)
    view.setFocus()
    view.selectionModel().select(
        view.model().index(1, 0),
        view.selectionModel().SelectionFlag.Select | view.selectionModel().SelectionFlag.Rows,
    )
    qtbot.keyClick(view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    copied = QGuiApplication.clipboard().text().split("\n")
    assert copied[0] == (
        "followups\t7\tDate de la récidive\t2019-07-01\terreur\t"
        "Récidive postérieure à la date des nouvelles."
    )
    assert copied[1].startswith("followups\t5\tÉtat\tVivante\terreur\tValeur non prévue")

    dialog.valid_only.setFocus()
    qtbot.keyClick(dialog.valid_only, Qt.Key.Key_Space)
    assert dialog.valid_only.isChecked()
    _run(qtbot, dialog, dialog.import_button)
    assert dialog.result_data is not None and dialog.result_data.written
    assert dialog.summary.text().startswith("2 patiente(s) créée(s), 0 mise(s) à jour")
    report = messy_xlsx.with_name("serie_service_import_report.csv")
    assert dialog.summary.text().endswith(f"Report: {report}")  # no translator installed here
    assert report.exists()
    assert PatientService(db).count() == 2
    shoot(dialog, "import_valid_only")


def test_cancel_leaves_the_registry_unchanged(qtbot, db: Database, tmp_path: Path) -> None:
    big = big_workbook(tmp_path / "big.xlsx", 1500)
    dialog = ImportDialog(db, "secretariat", lang="en")
    qtbot.addWidget(dialog)
    dialog.set_path(big)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert dialog.cancel_button.isEnabled()
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.running, timeout=60000)
    assert dialog.status.text() == "Cancelled: nothing was changed."
    assert dialog.result_data is None
    assert PatientService(db).count() == 0
    assert dialog.import_button.isEnabled() and not dialog.cancel_button.isEnabled()


@pytest.mark.parametrize("fmt", ["xlsx", "csv"])
def test_export_dialog_writes_codes_or_labels(
    qtbot, db: Database, tmp_path: Path, fmt: str
) -> None:
    create_demo(db, 12)
    dialog = ExportDialog(db, "surgeon", lang="en")
    qtbot.addWidget(dialog)
    dialog.show()
    target = tmp_path / ("series.xlsx" if fmt == "xlsx" else "series_csv")
    dialog.set_path(target, fmt)
    dialog.labels_fr.setFocus()
    qtbot.keyClick(dialog.labels_fr, Qt.Key.Key_Space)
    assert dialog.labels() == "fr"
    _run(qtbot, dialog, dialog.export_button)
    assert dialog.result_data is not None and dialog.result_data.patients == 12
    assert dialog.status.text().startswith("12 patients and ")
    if fmt == "xlsx":
        values = sheet_values(target)
        assert values["patients"][1][values["patients"][0].index("sex")] == "Femme"
        shoot(dialog, "export")
    else:
        assert sorted(p.name for p in target.iterdir()) == [
            "dictionary.csv",
            "followups.csv",
            "patients.csv",
        ]
    QApplication.processEvents()


def test_import_dialog_speaks_french(qtbot, db: Database, tmp_path: Path) -> None:
    messy_xlsx = make_messy_xlsx(tmp_path)
    from hepmeta_desktop.services.interchange import WRITE
    from hepmeta_desktop.ui import i18n

    i18n.install("fr")
    try:
        dialog = ImportDialog(db, "secretariat", lang="fr")
        qtbot.addWidget(dialog)
        dialog.show()
        assert dialog.windowTitle() == "Importer un fichier Excel ou CSV"
        assert dialog.stage_text(WRITE) == "Écriture…"  # a string of the shared base class
        dialog.set_path(messy_xlsx)
        dialog.valid_only.setChecked(True)
        _run(qtbot, dialog, dialog.import_button)
        headers = [dialog.problems.headerData(c, Qt.Orientation.Horizontal) for c in range(6)]
        assert headers == ["Feuille", "Ligne", "Colonne", "Valeur", "Gravité", "Message"]
        assert "\nRapport : " in dialog.summary.text()
        assert dialog.status.text() == "Terminé."
        shoot(dialog, "import_fr")
    finally:
        i18n.install("en")
