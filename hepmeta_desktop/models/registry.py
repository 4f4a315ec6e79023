"""The registry's tables: patient, breast primary, liver metastases, liver surgery, news, audit."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import DateTime, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from hepmeta_desktop.models.base import Base, utcnow, var_column


class Patient(Base):
    """Identity of a patient operated on for liver metastases (form 'patient')."""

    __tablename__ = "patient"
    # Ids of deleted patients are never handed out again (their audit trail stays theirs).
    __table_args__ = {"sqlite_autoincrement": True}

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, nullable=False, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, nullable=False, default=utcnow)
    #: Folded 'last first' name (no accents, lower case) for search and duplicate checks.
    name_key: Mapped[str] = mapped_column(String(400), nullable=False, default="", index=True)

    record_number: Mapped[str] = var_column("record_number", "patient", nullable=False, unique=True)
    last_name: Mapped[str] = var_column("last_name", "patient", nullable=False)
    first_name: Mapped[str] = var_column("first_name", "patient", nullable=False)
    sex = var_column("sex", "patient")
    birth_date = var_column("birth_date", "patient")
    phone = var_column("phone", "patient")
    referring_centre = var_column("referring_centre", "patient")
    notes = var_column("notes", "patient")

    primary: Mapped[BreastPrimary] = relationship(
        back_populates="patient", cascade="all, delete-orphan", uselist=False
    )
    metastases: Mapped[LiverMetastases] = relationship(
        back_populates="patient", cascade="all, delete-orphan", uselist=False
    )
    surgery: Mapped[LiverSurgery] = relationship(
        back_populates="patient", cascade="all, delete-orphan", uselist=False
    )
    followups: Mapped[list[FollowUp]] = relationship(
        back_populates="patient",
        cascade="all, delete-orphan",
        order_by="(FollowUp.visit_date, FollowUp.id)",
    )


class _PatientPart:
    """A one-to-one part of the patient's file, keyed by the patient."""

    patient_id: Mapped[int] = mapped_column(
        ForeignKey("patient.id", ondelete="CASCADE"), primary_key=True
    )


class BreastPrimary(_PatientPart, Base):
    """The breast cancer (form 'primary')."""

    __tablename__ = "breast_primary"

    breast_diagnosis_date = var_column("breast_diagnosis_date", "primary")
    laterality = var_column("laterality", "primary")
    breast_surgery_date = var_column("breast_surgery_date", "primary")
    breast_surgery_type = var_column("breast_surgery_type", "primary")
    axillary_surgery = var_column("axillary_surgery", "primary")
    histology = var_column("histology", "primary")
    grade = var_column("grade", "primary")
    pT = var_column("pT", "primary")
    pN = var_column("pN", "primary")
    er_status = var_column("er_status", "primary")
    pr_status = var_column("pr_status", "primary")
    her2_status = var_column("her2_status", "primary")
    ki67_percent = var_column("ki67_percent", "primary")
    primary_chemotherapy = var_column("primary_chemotherapy", "primary")
    primary_radiotherapy = var_column("primary_radiotherapy", "primary")
    primary_hormone_therapy = var_column("primary_hormone_therapy", "primary")
    primary_anti_her2 = var_column("primary_anti_her2", "primary")

    patient: Mapped[Patient] = relationship(back_populates="primary")


class LiverMetastases(_PatientPart, Base):
    """The liver metastases (form 'metastases')."""

    __tablename__ = "liver_metastases"

    liver_mets_diagnosis_date = var_column("liver_mets_diagnosis_date", "metastases")
    number_of_metastases = var_column("number_of_metastases", "metastases")
    largest_size_cm = var_column("largest_size_cm", "metastases")
    distribution = var_column("distribution", "metastases")
    segments_involved = var_column("segments_involved", "metastases")
    extrahepatic_disease = var_column("extrahepatic_disease", "metastases")
    preop_chemotherapy = var_column("preop_chemotherapy", "metastases")
    chemo_response = var_column("chemo_response", "metastases")
    performance_status = var_column("performance_status", "metastases")
    ca15_3 = var_column("ca15_3", "metastases")

    patient: Mapped[Patient] = relationship(back_populates="metastases")


class LiverSurgery(_PatientPart, Base):
    """The liver operation and adjuvant treatment (form 'surgery')."""

    __tablename__ = "liver_surgery"

    liver_surgery_date = var_column("liver_surgery_date", "surgery", index=True)
    surgeon = var_column("surgeon", "surgery", index=True)
    approach = var_column("approach", "surgery")
    procedure = var_column("procedure", "surgery")
    segments_resected = var_column("segments_resected", "surgery")
    intraop_ablation = var_column("intraop_ablation", "surgery")
    blood_loss_ml = var_column("blood_loss_ml", "surgery")
    transfusion = var_column("transfusion", "surgery")
    operative_time_min = var_column("operative_time_min", "surgery")
    margin_status = var_column("margin_status", "surgery")
    margin_mm = var_column("margin_mm", "surgery")
    clavien_dindo = var_column("clavien_dindo", "surgery")
    length_of_stay_days = var_column("length_of_stay_days", "surgery")
    adjuvant_chemotherapy = var_column("adjuvant_chemotherapy", "surgery")
    adjuvant_hormone_therapy = var_column("adjuvant_hormone_therapy", "surgery")
    adjuvant_anti_her2 = var_column("adjuvant_anti_her2", "surgery")

    patient: Mapped[Patient] = relationship(back_populates="surgery")


class FollowUp(Base):
    """One piece of news after the liver surgery (form 'followup')."""

    __tablename__ = "followup"
    __table_args__ = (
        Index("ix_followup_patient_date", "patient_id", "visit_date"),
        {"sqlite_autoincrement": True},
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    patient_id: Mapped[int] = mapped_column(
        ForeignKey("patient.id", ondelete="CASCADE"), nullable=False
    )
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, nullable=False, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, nullable=False, default=utcnow)

    visit_date = var_column("visit_date", "followup")
    vital_status = var_column("vital_status", "followup")
    recurrence = var_column("recurrence", "followup")
    recurrence_date = var_column("recurrence_date", "followup")
    recurrence_sites = var_column("recurrence_sites", "followup")
    recurrence_treatment = var_column("recurrence_treatment", "followup")
    death_date = var_column("death_date", "followup")
    cause_of_death = var_column("cause_of_death", "followup")
    notes = var_column("notes", "followup")

    patient: Mapped[Patient] = relationship(back_populates="followups")


class AuditEntry(Base):
    """One changed field (or one event such as an import) in the audit trail.

    Rows are only ever inserted: a database trigger refuses UPDATE and DELETE.
    ``patient_id`` is deliberately not a foreign key, so the trail outlives a deleted
    patient.
    """

    __tablename__ = "audit_log"
    __table_args__ = (Index("ix_audit_log_patient", "patient_id", "id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at_utc: Mapped[dt.datetime] = mapped_column(DateTime, nullable=False, default=utcnow)
    user: Mapped[str] = mapped_column(String(100), nullable=False)
    action: Mapped[str] = mapped_column(String(20), nullable=False)
    table_name: Mapped[str] = mapped_column(String(40), nullable=False, default="")
    record_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    patient_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    version: Mapped[int | None] = mapped_column(Integer, nullable=True)
    field: Mapped[str] = mapped_column(String(60), nullable=False, default="")
    old_value: Mapped[str | None] = mapped_column(Text, nullable=True)
    new_value: Mapped[str | None] = mapped_column(Text, nullable=True)
    reason: Mapped[str | None] = mapped_column(Text, nullable=True)


class AppSetting(Base):
    """Settings kept in the database itself (shared by every PC that opens it)."""

    __tablename__ = "app_setting"

    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    value: Mapped[str] = mapped_column(Text, nullable=False)


#: The model holding each patient form's variables.
FORM_MODELS = {
    "patient": Patient,
    "primary": BreastPrimary,
    "metastases": LiverMetastases,
    "surgery": LiverSurgery,
    "followup": FollowUp,
}
CLINICAL_TABLES = tuple(m.__tablename__ for m in FORM_MODELS.values())
