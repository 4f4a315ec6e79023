"""The right side of the window: the selected patient's tabs and what saving them means.

It calls the named service operations (create, update, add news...) and turns their typed
errors into marks on the fields at fault, a message saying what to fix, or a question.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QUndoGroup
from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from hepmeta_desktop.db import Database
from hepmeta_desktop.errors import (
    ConflictError,
    DatabaseError,
    DuplicateRecordNumberError,
    HepmetaError,
    Message,
    PossibleDuplicateError,
    ValidationError,
)
from hepmeta_desktop.services.followups import FollowupService
from hepmeta_desktop.services.patients import PatientService
from hepmeta_desktop.services.records import FollowupRecord, PatientRecord
from hepmeta_desktop.services.validation import validate_followup
from hepmeta_desktop.ui import deletions
from hepmeta_desktop.ui.banner import MessageBanner
from hepmeta_desktop.ui.dialogs import CANCEL, SAVE, Prompter
from hepmeta_desktop.ui.drafts import DraftStore
from hepmeta_desktop.ui.followup_tab import FollowupTab
from hepmeta_desktop.ui.patient_form import PatientForm

DRAFT_DELAY_MS = 400
TAB_PATIENT, TAB_SURGERY, TAB_FOLLOWUP, TAB_ANALYSIS = range(4)


class PatientEditor(QWidget):
    """The patient being typed or corrected, on the Patient, Surgery and Follow-up tabs."""

    #: A patient was saved (the list updates its line).
    saved = Signal(object)
    #: A patient was deleted.
    deleted = Signal(int)
    #: The user asked to open another patient (e.g. the owner of a record number).
    open_requested = Signal(int)

    def __init__(
        self,
        db: Database,
        user: str,
        lang: str,
        prompter: Prompter,
        drafts: DraftStore,
        today: Callable[[], dt.date] = dt.date.today,
        analysis_factory: Callable[[], QWidget] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.lang = lang
        self.prompter = prompter
        self.drafts = drafts
        self._today = today
        self.patients = PatientService(db, user, today)
        self.followups = FollowupService(db, user, today)
        self.record: PatientRecord | None = None
        self._analysis_factory = analysis_factory
        self._analysis_built = False

        self.pform = PatientForm(lang, self)
        self.ftab = FollowupTab(lang)
        self.ftab.can_leave = self._news_can_be_left
        self.title = QLabel()
        self.title.setObjectName("patient_title")
        self.title.setStyleSheet("font-size: 15px; font-weight: 600; padding: 2px 4px;")
        self.banner = MessageBanner()
        self.tabs = QTabWidget()
        self.tabs.setObjectName("patient_tabs")
        self.tabs.addTab(self.pform.identity_page, self.tr("&Patient"))
        self.tabs.addTab(self.pform.surgery_page, self.tr("&Metastases && surgery"))
        self.tabs.addTab(self.ftab, self.tr("&Follow-up"))
        placeholder = QLabel(self.tr("The analysis panel opens here."))
        placeholder.setObjectName("analysis_placeholder")
        self.tabs.addTab(placeholder, self.tr("&Analysis"))
        self.tabs.currentChanged.connect(self._on_tab_changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 6, 0)
        layout.setSpacing(4)
        layout.addWidget(self.title)
        layout.addWidget(self.banner)
        layout.addWidget(self.tabs, 1)

        self.undo_group = QUndoGroup(self)
        self.undo_group.addStack(self.pform.form.undo_stack)
        self.undo_group.addStack(self.ftab.form.undo_stack)
        self.undo_group.setActiveStack(self.pform.form.undo_stack)

        self._draft_timer = QTimer(self)
        self._draft_timer.setSingleShot(True)
        self._draft_timer.setInterval(DRAFT_DELAY_MS)
        self._draft_timer.timeout.connect(self.write_draft)
        self.pform.form.edited.connect(self._on_edit)
        self.ftab.form.edited.connect(self._on_edit)
        self.pform.page_wanted.connect(self.tabs.setCurrentWidget)
        self.pform.form.finished.connect(lambda: self._go_to_tab(TAB_FOLLOWUP))
        self.ftab.save_requested.connect(self.save)
        self.ftab.delete_requested.connect(self.delete_news)
        self.load(None)

    # ------------------------------------------------------------------ navigation
    def _go_to_tab(self, index: int) -> None:
        self.tabs.setCurrentIndex(index)
        if index == TAB_FOLLOWUP:
            self.ftab.form.focus_field("visit_date")

    def _on_tab_changed(self, index: int) -> None:
        stack = self.ftab.form.undo_stack if index == TAB_FOLLOWUP else self.pform.form.undo_stack
        self.undo_group.setActiveStack(stack)
        if index == TAB_ANALYSIS and not self._analysis_built and self._analysis_factory:
            self._analysis_built = True
            widget = self._analysis_factory()
            self.tabs.blockSignals(True)
            self.tabs.removeTab(TAB_ANALYSIS)
            self.tabs.insertTab(TAB_ANALYSIS, widget, self.tr("&Analysis"))
            self.tabs.setCurrentIndex(TAB_ANALYSIS)
            self.tabs.blockSignals(False)

    def _news_can_be_left(self) -> bool:
        if not self.ftab.is_dirty():
            return True
        answer = self.prompter.unsaved_changes(self)
        if answer == CANCEL:
            return False
        return self.save() if answer == SAVE else True

    # ------------------------------------------------------------------ state
    def is_dirty(self) -> bool:
        return self.pform.form.is_dirty() or self.ftab.is_dirty()

    def patient_id(self) -> int | None:
        return self.record.id if self.record else None

    def load(self, record: PatientRecord | None) -> None:
        """Show a saved patient (or a blank file); the forms are clean afterwards."""
        self.record = record
        self.pform.load(record)
        self.ftab.set_followups(record.followups if record else ())
        self.ftab.show_item(None)
        self._set_title()

    def _set_title(self) -> None:
        if self.record is None:
            self.title.setText(self.tr("New patient"))
        else:
            v = self.record.values
            self.title.setText(
                self.tr("{0} {1} — record {2}").format(
                    (v.get("last_name") or "").upper(),
                    v.get("first_name") or "",
                    v["record_number"],
                )
            )

    def guard(self) -> bool:
        """Before leaving this patient: Save / Discard / Cancel when something is unsaved."""
        if not self.is_dirty():
            return True
        answer = self.prompter.unsaved_changes(self)
        if answer == CANCEL:
            return False
        if answer == SAVE:
            return self.save()
        self.drafts.clear()
        return True

    def new_patient(self) -> bool:
        if not self.guard():
            return False
        self.load(None)
        self.drafts.clear()
        self.tabs.setCurrentIndex(TAB_PATIENT)
        self.pform.form.focus_field("record_number")
        return True

    def open_patient(self, patient_id: int) -> bool:
        if self.record is not None and self.record.id == patient_id:
            return True
        if not self.guard():
            return False
        try:
            record = self.patients.get_patient(patient_id)
        except HepmetaError as exc:
            self.show_banner(exc.text(self.lang), error=True)
            return False
        self.load(record)
        self.drafts.clear()
        self.hide_banner()
        return True

    def reload(self) -> None:
        if self.record is not None:
            self.load(self.patients.get_patient(self.record.id))

    # ------------------------------------------------------------------ drafts
    def _on_edit(self, _name: str) -> None:
        self._draft_timer.start()

    def write_draft(self) -> None:
        """Keep what is typed on disk (or remove the draft when nothing is unsaved)."""
        self._draft_timer.stop()
        if not self.is_dirty():
            self.drafts.clear()
            return
        current = self.ftab.current
        self.drafts.save(
            {
                "patient_id": self.patient_id(),
                "patient": self.pform.form.raw_values(),
                "news_id": current.id if current else None,
                "news": self.ftab.form.raw_values(),
            }
        )

    def restore_draft(self, draft: Mapping[str, Any]) -> None:
        """Put a draft's typing back into the forms (they stay unsaved)."""
        pid = draft.get("patient_id")
        record = None
        if pid is not None:
            try:
                record = self.patients.get_patient(int(pid))
            except HepmetaError:
                record = None
        self.load(record)
        self.pform.form.set_raw_values(draft.get("patient") or {})
        news_id = draft.get("news_id")
        if news_id is not None:
            for item in self.ftab.model.items:
                if item.id == news_id:
                    self.ftab.show_item(item)
        self.ftab.form.set_raw_values(draft.get("news") or {})
        self.write_draft()

    # ------------------------------------------------------------------ messages
    def show_banner(self, text: str, error: bool = False) -> None:
        self.banner.say(text, error)

    def hide_banner(self) -> None:
        self.banner.dismiss()

    def show_errors(self, errors: Mapping[str, Message], news: bool = False) -> None:
        """Mark the fields at fault, show the first one, and say what to fix."""
        form = self.ftab.form if news else self.pform.form
        marked = form.show_errors(errors)
        labels = {name: f.variable.label(self.lang) for name, f in form.fields.items()}
        self.banner.list_errors(errors, labels, self.lang)
        if marked:
            form.focus_field(marked[0])
            if news:
                self.tabs.setCurrentIndex(TAB_FOLLOWUP)

    # ------------------------------------------------------------------ saving
    def save(self) -> bool:
        """Save the patient and the news being typed; nothing is saved if either is wrong."""
        self._draft_timer.stop()
        self.pform.form.clear_errors()
        self.ftab.form.clear_errors()
        values, errors = self.pform.form.values()
        if errors:
            self.show_errors(errors)
            return False
        news_dirty = self.ftab.is_dirty()
        news_values: dict[str, Any] = {}
        if news_dirty:
            news_values, errors = self.ftab.form.values()
            if not errors:
                current = self.ftab.current
                others = [
                    f.values
                    for f in (self.record.followups if self.record else ())
                    if current is None or f.id != current.id
                ]
                _, errors = validate_followup(
                    news_values, values.get("liver_surgery_date"), others, self._today()
                )
            if errors:
                self.show_errors(errors, news=True)
                return False
        reason: str | None = None
        needs_reason = self.record is not None and (
            self.pform.form.is_dirty() or (news_dirty and self.ftab.current is not None)
        )
        if needs_reason:
            reason = self.prompter.reason(
                self, self.tr("You are changing data already saved. Why?")
            )
            if reason is None:
                return False
        try:
            record = self._save_patient(values, reason)
        except ValidationError as exc:
            self.show_errors(exc.errors)
            return False
        except (ConflictError, DatabaseError) as exc:
            self.show_banner(exc.text(self.lang), error=True)
            return False
        if record is None:
            return False
        # The patient is saved: from here on a failure concerns the news alone.
        self.record = record
        self.pform.form.mark_clean()
        if news_dirty:
            try:
                self._save_news(record, news_values, reason)
            except ValidationError as exc:
                self._after_save(self.patients.get_patient(record.id), keep_news=True)
                self.show_errors(exc.errors, news=True)
                return False
            except (ConflictError, DatabaseError) as exc:
                self._after_save(self.patients.get_patient(record.id), keep_news=True)
                self.show_banner(exc.text(self.lang), error=True)
                return False
        self._after_save(self.patients.get_patient(record.id))
        self.show_banner(self.tr("Saved at {0}.").format(dt.datetime.now().strftime("%H:%M")))
        return True

    def _after_save(self, record: PatientRecord, keep_news: bool = False) -> None:
        if keep_news:
            # Keep the news being typed: only the patient's side is reloaded.
            self.record = record
            self.pform.load(record)
            self.ftab.model.set_items(record.followups)
            self._set_title()
            self.write_draft()
        else:
            self.load(record)
            self.drafts.clear()
        self.saved.emit(record)

    def _save_patient(self, values: dict[str, Any], reason: str | None) -> PatientRecord | None:
        if self.record is not None:
            if not self.pform.form.is_dirty():
                return self.record
            assert reason is not None
            return self.patients.update_patient(
                self.record.id, values, expected_version=self.record.version, reason=reason
            )
        allow = False
        while True:
            try:
                return self.patients.create_patient(values, allow_duplicate_name=allow)
            except PossibleDuplicateError as exc:
                if allow or not self.prompter.possible_duplicate(self, exc.text(self.lang)):
                    self.show_banner(self.tr("Not saved: possible duplicate."), error=True)
                    return None
                allow = True
            except DuplicateRecordNumberError as exc:
                self.show_errors(exc.errors)
                if self.prompter.existing_record(self, exc.errors["record_number"].text(self.lang)):
                    self.open_requested.emit(exc.existing_patient_id)
                return None

    def _save_news(self, record: PatientRecord, values: dict[str, Any], reason: str | None) -> None:
        current = self.ftab.current
        if current is None:
            self.followups.add_followup(record.id, values)
        else:
            self.followups.update_followup(
                current.id, values, expected_version=current.version, reason=reason or ""
            )

    def delete_news(self, item: FollowupRecord) -> None:
        deletions.delete_news(self, item)

    def delete_patient(self) -> None:
        deletions.delete_patient(self)
