"""The patient's file on two tabs: identity and breast primary; metastases, surgery, adjuvant."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from hepmeta_desktop import derived
from hepmeta_desktop import dictionary as dd
from hepmeta_desktop.services.records import FollowupRecord, PatientRecord
from hepmeta_desktop.ui.fields import DateField
from hepmeta_desktop.ui.forms import FieldForm

ADJUVANT = ("adjuvant_chemotherapy", "adjuvant_hormone_therapy", "adjuvant_anti_her2")


def scroll_page(*boxes: QWidget, side: QWidget | None = None) -> QScrollArea:
    """A tab page: group boxes stacked in a scroll area (fits a 1366×768 screen)."""
    inner = QWidget()
    column = QVBoxLayout(inner)
    column.setContentsMargins(8, 8, 8, 8)
    column.setSpacing(8)
    for box in boxes:
        column.addWidget(box)
    if side is not None:
        column.addWidget(side)
    column.addStretch(1)
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    area.setWidget(inner)
    return area


class DerivedBox(QGroupBox):
    """Values computed from the file, read-only: age, delay, timing, overall survival."""

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.setTitle(self.tr("Computed values (read-only)"))
        self.setObjectName("derived_values")
        form = QFormLayout(self)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
        self.age = QLabel()
        self.delay = QLabel()
        self.timing = QLabel()
        self.survival = QLabel()
        for label in (self.age, self.delay, self.timing, self.survival):
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow(self.tr("Age at liver surgery:"), self.age)
        form.addRow(self.tr("Delay since breast surgery:"), self.delay)
        form.addRow(self.tr("Presentation:"), self.timing)
        form.addRow(self.tr("Overall survival:"), self.survival)

    def _number(self, value: float) -> str:
        text = f"{value:.1f}"
        return text.replace(".", ",") if self.lang == "fr" else text

    def show_values(self, record: PatientRecord) -> None:
        values = record.derived()
        none = "—"
        self.age.setText(none if values.age is None else self.tr("{0} years").format(values.age))
        if values.delay_months is None:
            self.delay.setText(none)
        else:
            self.delay.setText(
                self.tr("{0} months ({1} years)").format(
                    self._number(values.delay_months),
                    self._number(values.delay_months / 12),
                )
            )
        timing = {
            derived.SYNCHRONOUS: self.tr("synchronous (within 6 months)"),
            derived.METACHRONOUS: self.tr("metachronous"),
        }
        self.timing.setText(timing.get(values.timing or "", none))
        out = values.outcome
        if out.os_months is None:
            self.survival.setText(self.tr("not computable (no news after surgery)"))
        elif out.os_event:
            self.survival.setText(self.tr("{0} months, dead").format(self._number(out.os_months)))
        else:
            self.survival.setText(
                self.tr("{0} months, alive at latest news (censored)").format(
                    self._number(out.os_months)
                )
            )


class PatientForm(QObject):
    """Every variable of the patient's file, split over the Patient and Surgery tabs."""

    #: A field is about to take the focus: the tab page holding it should be shown.
    page_wanted = Signal(QWidget)

    def __init__(self, lang: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.form = FieldForm(dd.patient_variables(), lang, self)
        self.followups: Sequence[FollowupRecord] = ()
        names = {f: [v.name for v in dd.form_variables(f)] for f in dd.PATIENT_FORMS}
        surgery = [n for n in names["surgery"] if n not in ADJUVANT]
        self.derived_box = DerivedBox(lang)
        self.identity_page = scroll_page(
            self.form.section(self.tr("Identity"), names["patient"]),
            self.form.section(self.tr("Breast cancer (primary)"), names["primary"]),
        )
        self.identity_page.setObjectName("page_patient")
        lower = QWidget()
        row = QHBoxLayout(lower)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.form.section(self.tr("Adjuvant treatment"), ADJUVANT, columns=1), 1)
        row.addWidget(self.derived_box, 1)
        self.surgery_page = scroll_page(
            self.form.section(self.tr("Liver metastases"), names["metastases"]),
            self.form.section(self.tr("Liver operation"), surgery),
            side=lower,
        )
        self.surgery_page.setObjectName("page_surgery")
        self.form.edited.connect(self._refresh_derived)
        for name, field in self.form.fields.items():
            if isinstance(field, DateField):
                field.editingFinished.connect(lambda n=name: self._check_date(n))
        self.form.focusing.connect(self._on_focusing)
        self._refresh_derived()

    def page_of(self, name: str) -> QWidget:
        form = dd.var(name).form
        return self.identity_page if form in ("patient", "primary") else self.surgery_page

    def _on_focusing(self, name: str) -> None:
        # Enter in the last field of the Patient tab goes on to the Surgery tab.
        self.page_wanted.emit(self.page_of(name))

    def _check_date(self, name: str) -> None:
        _, errors = self.form.values()
        if name in errors:
            self.form.show_errors({name: errors[name]})

    def _refresh_derived(self, _name: str = "") -> None:
        record = PatientRecord(0, 0, self.form.typed_values(), tuple(self.followups))
        self.derived_box.show_values(record)

    def load(self, record: PatientRecord | None) -> None:
        self.followups = record.followups if record else ()
        self.form.load(record.values if record else {"sex": "F"})

    def set_followups(self, followups: Sequence[FollowupRecord]) -> None:
        self.followups = tuple(followups)
        self._refresh_derived()
