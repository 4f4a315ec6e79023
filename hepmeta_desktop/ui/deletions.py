"""Deleting news or a whole patient: always with a reason, kept in the audit trail."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from hepmeta_desktop.errors import HepmetaError
from hepmeta_desktop.services.records import FollowupRecord

if TYPE_CHECKING:
    from hepmeta_desktop.ui.patient_editor import PatientEditor


def delete_news(editor: PatientEditor, item: FollowupRecord) -> None:
    """Delete a piece of news after asking why (the reason goes into the audit trail)."""
    when = item["visit_date"]
    reason = editor.prompter.reason(
        editor,
        QCoreApplication.translate("PatientEditor", "Delete the news of {0}? Why?").format(
            when.strftime("%d/%m/%Y") if when else "?"
        ),
    )
    if reason is None:
        return
    try:
        editor.followups.delete_followup(item.id, expected_version=item.version, reason=reason)
    except HepmetaError as exc:
        editor.show_banner(exc.text(editor.lang), error=True)
        return
    editor.reload()
    if editor.record is not None:
        editor.saved.emit(editor.record)
    editor.show_banner(QCoreApplication.translate("PatientEditor", "News deleted."))


def delete_patient(editor: PatientEditor) -> None:
    """Delete the patient shown and her news, after asking why."""
    if editor.record is None:
        return
    reason = editor.prompter.reason(
        editor,
        QCoreApplication.translate("PatientEditor", "Delete this patient and all her news? Why?"),
    )
    if reason is None:
        return
    pid = editor.record.id
    try:
        editor.patients.delete_patient(pid, expected_version=editor.record.version, reason=reason)
    except HepmetaError as exc:
        editor.show_banner(exc.text(editor.lang), error=True)
        return
    editor.load(None)
    editor.deleted.emit(pid)
    editor.show_banner(QCoreApplication.translate("PatientEditor", "Patient deleted."))
