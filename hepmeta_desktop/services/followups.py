"""Follow-up news: add, edit and delete a piece of news, with validation and audit."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from hepmeta_desktop.db import Database
from hepmeta_desktop.errors import ConflictError, Message, NotFoundError, ValidationError
from hepmeta_desktop.models import FollowUp, Patient, utcnow
from hepmeta_desktop.services import audit
from hepmeta_desktop.services.patients import (
    LOCK_PATIENT,
    changes_since,
    followup_record,
    form_values,
    reachable_patient,
    required_reason,
)
from hepmeta_desktop.services.permissions import (
    Action,
    UserLike,
    require,
    require_series,
    user_name,
)
from hepmeta_desktop.services.records import FollowupRecord
from hepmeta_desktop.services.validation import validate_followup

NOT_FOUND = Message("Nouvelles introuvables.", "News item not found.")


class FollowupService:
    """The operations on a patient's news that the window and the command line call.

    ``user`` as in ``PatientService``: a ``CurrentUser`` is checked (reading needs
    VIEW_PATIENTS; adding, changing and deleting news need EDIT_PATIENTS, since correcting
    news is part of typing the file), a plain name is a trusted system caller.
    """

    def __init__(
        self, db: Database, user: UserLike = "system", today: Callable[[], dt.date] = dt.date.today
    ) -> None:
        self._db = db
        self.current_user = user
        self.user = user_name(user)
        self._today = today

    def _allow(self, action: Action, p: Patient) -> None:
        require(self.current_user, action)
        require_series(self.current_user, p.surgery.surgeon if p.surgery else None)

    def list_followups(self, patient_id: int) -> list[FollowupRecord]:
        require(self.current_user, Action.VIEW_PATIENTS)
        with self._db.read() as s:
            p = reachable_patient(s, self.current_user, patient_id)
            return [followup_record(f) for f in p.followups]

    def _validate(
        self, s: Session, p: Patient, values: Mapping[str, Any], exclude_id: int | None
    ) -> dict[str, Any]:
        others = [form_values(f, "followup") for f in p.followups if f.id != exclude_id]
        surgery_date = p.surgery.liver_surgery_date if p.surgery else None
        cleaned, errors = validate_followup(values, surgery_date, others, self._today())
        if errors:
            raise ValidationError(errors)
        return cleaned

    def _audit(
        self,
        s: Session,
        f: FollowUp,
        action: str,
        old: Mapping[str, Any],
        new: Mapping[str, Any],
        reason: str | None,
    ) -> None:
        audit.write_changes(
            s,
            user=self.user,
            action=action,
            table_name="followup",
            record_id=f.id,
            patient_id=f.patient_id,
            version=f.version,
            changes=audit.field_changes("followup", old, new),
            reason=reason,
        )

    @staticmethod
    def _locked_news(s: Session, followup_id: int) -> FollowUp:
        """The news item, its patient's row locked first.

        Every write to a patient's file queues on the patient row (patient, then news: one
        order everywhere, so no deadlock). The news rules are then checked against the news
        as saved: on PostgreSQL two PCs could otherwise each pass a rule that their two
        changes together break (a death typed on one, later 'alive' news on the other).
        """
        patient_id = s.scalar(select(FollowUp.patient_id).where(FollowUp.id == followup_id))
        if patient_id is not None:
            s.get(Patient, patient_id, with_for_update=LOCK_PATIENT)
            f = s.get(FollowUp, followup_id, with_for_update=True)
            if f is not None:  # not deleted while we waited
                return f
        raise NotFoundError(NOT_FOUND)

    def add_followup(self, patient_id: int, values: Mapping[str, Any]) -> FollowupRecord:
        """Record a new piece of news for a patient."""
        require(self.current_user, Action.EDIT_PATIENTS)
        with self._db.write() as s:
            p = reachable_patient(s, self.current_user, patient_id, lock=True)
            cleaned = self._validate(s, p, values, None)
            now = utcnow()
            f = FollowUp(patient_id=p.id, version=1, created_at=now, updated_at=now, **cleaned)
            s.add(f)
            s.flush()
            self._audit(s, f, audit.CREATE, {}, cleaned, None)
            return FollowupRecord(f.id, p.id, 1, cleaned)

    def _news_to_change(self, s: Session, followup_id: int, expected_version: int) -> FollowUp:
        """The piece of news, locked, that this user may change, still at the version seen."""
        f = self._locked_news(s, followup_id)
        self._allow(Action.EDIT_PATIENTS, f.patient)
        if f.version != expected_version:
            changes = changes_since(s, f.patient_id, expected_version, ("followup",), f.id)
            raise ConflictError(changes)
        return f

    def update_followup(
        self, followup_id: int, values: Mapping[str, Any], *, expected_version: int, reason: str
    ) -> FollowupRecord:
        """Change a saved piece of news; variables absent from ``values`` are kept."""
        reason = required_reason(reason)
        require(self.current_user, Action.EDIT_PATIENTS)
        with self._db.write() as s:
            f = self._news_to_change(s, followup_id, expected_version)
            old = form_values(f, "followup")
            cleaned = self._validate(s, f.patient, {**old, **values}, f.id)
            if audit.field_changes("followup", old, cleaned):
                for name, value in cleaned.items():
                    setattr(f, name, value)
                f.version += 1
                f.updated_at = utcnow()
                s.flush()
                self._audit(s, f, audit.UPDATE, old, cleaned, reason)
            return followup_record(f)

    def delete_followup(self, followup_id: int, *, expected_version: int, reason: str) -> None:
        """Delete a piece of news; its values go into the audit trail."""
        reason = required_reason(reason)
        require(self.current_user, Action.EDIT_PATIENTS)
        with self._db.write() as s:
            f = self._news_to_change(s, followup_id, expected_version)
            old = form_values(f, "followup")
            f.version += 1
            self._audit(s, f, audit.DELETE, old, {}, reason)
            s.delete(f)
