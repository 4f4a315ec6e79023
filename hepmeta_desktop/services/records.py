"""Plain, detached records that the services hand to the window, the CLI and the tests."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from hepmeta_desktop import derived


@dataclass(frozen=True)
class FollowupRecord:
    """One piece of news as stored."""

    id: int
    patient_id: int
    version: int
    values: Mapping[str, Any]

    def __getitem__(self, name: str) -> Any:
        return self.values[name]


@dataclass(frozen=True)
class PatientRecord:
    """A patient's whole file: identity, primary, metastases, surgery, and news."""

    id: int
    version: int
    values: Mapping[str, Any]
    followups: tuple[FollowupRecord, ...] = ()
    created_at: dt.datetime | None = None
    updated_at: dt.datetime | None = None

    def __getitem__(self, name: str) -> Any:
        return self.values[name]

    def get(self, name: str, default: Any = None) -> Any:
        return self.values.get(name, default)

    @property
    def record_number(self) -> str:
        return str(self.values["record_number"])

    def derived(self) -> DerivedValues:
        return DerivedValues.of(self)


@dataclass(frozen=True)
class DerivedValues:
    """Values computed from a patient's file, shown read-only."""

    age: int | None
    delay_months: float | None
    timing: str | None
    outcome: derived.Outcome

    @classmethod
    def of(cls, record: PatientRecord) -> DerivedValues:
        v = record.values
        return cls(
            age=derived.age_at(v.get("birth_date"), v.get("liver_surgery_date")),
            delay_months=derived.delay_to_metastases_months(
                v.get("breast_surgery_date"), v.get("liver_mets_diagnosis_date")
            ),
            timing=derived.timing(
                v.get("breast_diagnosis_date"),
                v.get("breast_surgery_date"),
                v.get("liver_mets_diagnosis_date"),
            ),
            outcome=derived.outcome(
                v.get("liver_surgery_date"), [f.values for f in record.followups]
            ),
        )


@dataclass(frozen=True, slots=True)
class PatientSummary:
    """One line of the patient list (slots: 100,000 of them stay in the window)."""

    id: int
    record_number: str
    last_name: str
    first_name: str
    birth_date: dt.date | None
    liver_surgery_date: dt.date | None
    surgeon: str | None
    latest_status: str | None
    latest_news_date: dt.date | None
    search_key: str = ""


@dataclass(frozen=True)
class AuditRecord:
    """One row of the audit trail."""

    id: int
    at_utc: dt.datetime
    user: str
    action: str
    table_name: str
    record_id: int | None
    patient_id: int | None
    field: str
    old_value: str | None
    new_value: str | None
    reason: str | None


@dataclass
class QualityIssue:
    """A data-quality problem found by ``check``."""

    record_number: str
    field: str
    message_fr: str
    message_en: str
    severity: str = "error"
    patient_id: int | None = field(default=None)

    def text(self, lang: str = "fr") -> str:
        return self.message_fr if lang == "fr" else self.message_en
