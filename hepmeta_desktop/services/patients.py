"""Patients: create, read, update and delete a patient's file, with validation and audit."""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
from collections.abc import Callable, Iterator, Mapping
from typing import Any

from sqlalchemy import exc as sa_exc
from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session, joinedload, selectinload

from hepmeta_desktop import dictionary as dd
from hepmeta_desktop.db import Database
from hepmeta_desktop.errors import (
    ConflictError,
    DuplicateRecordNumberError,
    Message,
    NotFoundError,
    PossibleDuplicateError,
    ValidationError,
)
from hepmeta_desktop.models import (
    AuditEntry,
    BreastPrimary,
    FollowUp,
    LiverMetastases,
    LiverSurgery,
    Patient,
    utcnow,
)
from hepmeta_desktop.services import audit
from hepmeta_desktop.services.permissions import (
    Action,
    UserLike,
    require,
    require_series,
    series_filter,
    user_name,
)
from hepmeta_desktop.services.records import FollowupRecord, PatientRecord, PatientSummary
from hepmeta_desktop.services.validation import validate_patient

#: Load a patient's whole file in two queries rather than one per part.
WHOLE_FILE = (
    joinedload(Patient.primary),
    joinedload(Patient.metastases),
    joinedload(Patient.surgery),
    selectinload(Patient.followups),
)
log = logging.getLogger(__name__)  # ids only: never a name, a date or a typed value
#: Row lock of a write: the patient row only. PostgreSQL refuses a plain FOR UPDATE on the
#: nullable side of the outer joins that eager-load the file's parts; SQLite ignores it
#: (BEGIN IMMEDIATE already serialises writers).
LOCK_PATIENT = {"of": Patient}
PART_MODELS = {"primary": BreastPrimary, "metastases": LiverMetastases, "surgery": LiverSurgery}
PART_ATTR = {"primary": "primary", "metastases": "metastases", "surgery": "surgery"}


def required_reason(reason: str | None) -> str:
    """The reason for changing saved data, stripped; refused when empty."""
    if not (reason or "").strip():
        raise ValidationError({"reason": REASON_REQUIRED})
    return (reason or "").strip()


REASON_REQUIRED = Message(
    "Indiquez le motif de la modification.", "Give the reason for the change."
)


def name_key(last_name: str | None, first_name: str | None) -> str:
    """Folded 'last first' used by search and the duplicate check (accents, case ignored)."""
    return dd.fold(f"{last_name or ''} {first_name or ''}")


def _fold_record_number(text: str) -> str:
    # Record numbers are nearly always ASCII: skip the Unicode decomposition then.
    if text.isascii():
        return " ".join(text.lower().split())
    return dd.fold(text)


def form_values(obj: Any, form: str) -> dict[str, Any]:
    """The dictionary variables of one form read off a mapped object (None if absent)."""
    names = [
        v.name for v in dd.form_variables(form) if v.name != "record_number" or form != "followup"
    ]
    if obj is None:
        return dict.fromkeys(names)
    return {name: getattr(obj, name) for name in names}


def patient_values(p: Patient) -> dict[str, Any]:
    values = form_values(p, "patient")
    for form, attr in PART_ATTR.items():
        values.update(form_values(getattr(p, attr), form))
    return values


def followup_record(f: FollowUp) -> FollowupRecord:
    return FollowupRecord(f.id, f.patient_id, f.version, form_values(f, "followup"))


def to_record(p: Patient) -> PatientRecord:
    return PatientRecord(
        id=p.id,
        version=p.version,
        values=patient_values(p),
        followups=tuple(followup_record(f) for f in p.followups),
        created_at=p.created_at,
        updated_at=p.updated_at,
    )


def split_by_form(values: Mapping[str, Any]) -> dict[str, dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {form: {} for form in dd.PATIENT_FORMS}
    for variable in dd.patient_variables():
        if variable.name in values:
            out[variable.form][variable.name] = values[variable.name]
    return out


def apply_values(p: Patient, cleaned: Mapping[str, Any]) -> None:
    """Write a validated patient file onto the patient and its parts (and its name key)."""
    parts = split_by_form(cleaned)
    for name, value in parts["patient"].items():
        setattr(p, name, value)
    for form, attr in PART_ATTR.items():
        part = getattr(p, attr)
        if part is None:
            setattr(p, attr, PART_MODELS[form](**parts[form]))
        else:
            for name, value in parts[form].items():
                setattr(part, name, value)
    p.name_key = name_key(p.last_name, p.first_name)


def changes_since(
    session: Session,
    patient_id: int,
    version: int,
    tables: tuple[str, ...],
    record_id: int | None = None,
) -> list[tuple[str, str, str]]:
    """(field, user, time) of what others saved after ``version``: for the conflict message.

    ``record_id`` narrows it to one record (a piece of news: its siblings have their own
    versions, and their changes are not this conflict).
    """
    query = select(AuditEntry.field, AuditEntry.user, AuditEntry.at_utc).where(
        AuditEntry.patient_id == patient_id,
        AuditEntry.version > version,
        AuditEntry.table_name.in_(tables),
    )
    if record_id is not None:
        query = query.where(AuditEntry.record_id == record_id)
    rows = session.execute(query.order_by(AuditEntry.id))
    return [(f, u, t.isoformat(timespec="seconds")) for f, u, t in rows]


def next_patient_id(s: Session) -> int:
    """A patient id never used before, even by a deleted patient.

    SQLite would hand the highest id out again once its patient is deleted (the table has
    no AUTOINCREMENT), and the trail of the deleted patient would then read as the new
    one's history. The write lock is held, so the id is ours. (Both maxima use an index.)
    """
    in_table = s.scalar(select(func.max(Patient.id))) or 0
    in_trail = s.scalar(select(func.max(AuditEntry.patient_id))) or 0
    return max(in_table, in_trail) + 1


def _surgeon_of(p: Patient) -> str | None:
    return p.surgery.surgeon if p.surgery is not None else None


def reachable_patient(
    s: Session, user: UserLike, patient_id: int, *, lock: bool = False, **options: Any
) -> Patient:
    """The patient ``patient_id`` (locked for a change with ``lock``), refused when there is
    none or when it lies outside the series ``user`` is limited to."""
    p = s.get(Patient, patient_id, with_for_update=LOCK_PATIENT if lock else None, **options)
    if p is None:
        raise NotFoundError(Message("Dossier introuvable.", "Record not found."))
    require_series(user, _surgeon_of(p))
    return p


class PatientService:
    """The operations on a patient's file that the window and the command line call.

    ``user`` is a ``CurrentUser`` (each operation checks the role, and a surgeon limited
    to their series sees only it) or a plain name for trusted system callers (unchecked).
    """

    def __init__(
        self, db: Database, user: UserLike = "system", today: Callable[[], dt.date] = dt.date.today
    ) -> None:
        self._db = db
        self.current_user = user
        self.user = user_name(user)
        self._today = today

    def _allow(self, action: Action, surgeon: str | None = None, check_series: bool = True) -> None:
        require(self.current_user, action)
        if check_series:
            require_series(self.current_user, surgeon)

    # ------------------------------------------------------------------ reading
    def get_patient(self, patient_id: int) -> PatientRecord:
        require(self.current_user, Action.VIEW_PATIENTS)
        with self._db.read() as s:
            p = reachable_patient(s, self.current_user, patient_id, options=WHOLE_FILE)
            return to_record(p)

    def find_by_record_number(self, record_number: str) -> PatientRecord | None:
        require(self.current_user, Action.VIEW_PATIENTS)
        with self._db.read() as s:
            p = s.scalar(select(Patient).where(Patient.record_number == record_number.strip()))
            if p is not None:
                require_series(self.current_user, _surgeon_of(p))
            return to_record(p) if p else None

    def count(self) -> int:
        require(self.current_user, Action.VIEW_PATIENTS)
        query = select(func.count(Patient.id))
        own = series_filter(self.current_user)
        if own is not None:
            query = query.select_from(Patient).join(LiverSurgery).where(LiverSurgery.surgeon == own)
        with self._db.read() as s:
            return int(s.scalar(query) or 0)

    def list_patients(self, limit: int | None = None) -> list[PatientSummary]:
        """Every patient with their latest news, in one query, by name (accents ignored).

        The latest news come from two correlated look-ups on the (patient, date) index,
        several times faster at 100,000 patients than a window over every piece of news.
        ``limit`` gives the first rows only (the window shows them while the rest loads).
        """
        newest = (
            select(FollowUp.vital_status)
            .where(FollowUp.patient_id == Patient.id)
            .order_by(FollowUp.visit_date.desc(), FollowUp.id.desc())
            .limit(1)
            .scalar_subquery()
        )
        latest_date = (
            select(func.max(FollowUp.visit_date))
            .where(FollowUp.patient_id == Patient.id)
            .scalar_subquery()
        )
        query = select(
            Patient.id,
            Patient.record_number,
            Patient.last_name,
            Patient.first_name,
            Patient.birth_date,
            LiverSurgery.liver_surgery_date,
            LiverSurgery.surgeon,
            newest,
            latest_date,
            Patient.name_key,
        ).outerjoin(LiverSurgery, LiverSurgery.patient_id == Patient.id)
        require(self.current_user, Action.VIEW_PATIENTS)
        own = series_filter(self.current_user)
        if own is not None:
            query = query.where(LiverSurgery.surgeon == own)
        if limit is not None:
            # The name index gives the first rows at once.
            query = query.order_by(Patient.name_key, Patient.id).limit(limit)
        # Names, surgeons, statuses and dates repeat across 100,000 lines: one object each,
        # and the lines are built while the rows stream in (no list of every Row at once):
        # the list stays in the window's memory beside the analysis.
        shared: dict[Any, Any] = {}
        one = shared.setdefault
        summaries: list[PatientSummary] = []
        names: list[str] = []
        with self._db.read() as s:
            for row in s.connection().execute(query):
                names.append(row[9])
                summaries.append(
                    PatientSummary(
                        id=row[0],
                        record_number=row[1],
                        last_name=one(row[2], row[2]),
                        first_name=one(row[3], row[3]),
                        birth_date=one(row[4], row[4]),
                        liver_surgery_date=one(row[5], row[5]),
                        surgeon=one(row[6], row[6]),
                        latest_status=one(row[7], row[7]),
                        latest_news_date=one(row[8], row[8]),
                        search_key=f"{_fold_record_number(row[1])} {row[9]}",
                    )
                )
        if limit is None:
            # The folded name ("Émery" between "abadie" and "Martin", as a person sorts);
            # sorting here is faster than walking the name index to every row.
            order = sorted(range(len(summaries)), key=lambda i: (names[i], summaries[i].id))
            summaries = [summaries[i] for i in order]
        return summaries

    def surgeons(self) -> list[str]:
        """The department's surgeons as typed so far (for the pick list and the filters)."""
        require(self.current_user, Action.VIEW_PATIENTS)
        with self._db.read() as s:
            rows = s.scalars(
                select(LiverSurgery.surgeon)
                .where(LiverSurgery.surgeon.is_not(None))
                .distinct()
                .order_by(LiverSurgery.surgeon)
            )
            return list(rows)

    def find_possible_duplicates(
        self,
        last_name: str,
        first_name: str,
        birth_date: dt.date | None,
        exclude_id: int | None = None,
    ) -> list[tuple[int, str]]:
        """Patients with the same name and birth date (accents and case ignored)."""
        require(self.current_user, Action.VIEW_PATIENTS)
        with self._db.read() as s:
            return self._duplicates(s, name_key(last_name, first_name), birth_date, exclude_id)

    @staticmethod
    def _duplicates(
        s: Session, key: str, birth_date: dt.date | None, exclude_id: int | None
    ) -> list[tuple[int, str]]:
        query = select(Patient.id, Patient.record_number).where(
            Patient.name_key == key, Patient.birth_date == birth_date
        )
        if exclude_id is not None:
            query = query.where(Patient.id != exclude_id)
        return [(int(i), str(rn)) for i, rn in s.execute(query)]

    # ------------------------------------------------------------------ writing
    def create_patient(
        self,
        values: Mapping[str, Any],
        *,
        allow_duplicate_name: bool = False,
        reason: str | None = None,
    ) -> PatientRecord:
        """Save a new patient; refuses invalid values, an existing record number, and
        (unless allowed) a namesake born the same day."""
        self._allow(Action.EDIT_PATIENTS, values.get("surgeon"))
        cleaned, errors = validate_patient(values, (), self._today())
        if errors:
            raise ValidationError(errors)
        with self._record_number_guard(cleaned["record_number"]), self._db.write() as s:
            record = self._insert(s, cleaned, allow_duplicate_name, reason)
        log.info("patient id %s created", record.id)
        return record

    @contextlib.contextmanager
    def _record_number_guard(self, record_number: str) -> Iterator[None]:
        """Report a record number taken at the same moment by another PC as a duplicate.

        On PostgreSQL (READ COMMITTED) two PCs can both pass the "already exists?" check
        and insert; the unique index then refuses the second one with an IntegrityError.
        (SQLite's BEGIN IMMEDIATE serialises the two saves, so there the check suffices.)
        """
        try:
            yield
        except sa_exc.IntegrityError as exc:
            with self._db.read() as s:
                other = s.scalar(select(Patient.id).where(Patient.record_number == record_number))
            if other is None:
                raise
            raise DuplicateRecordNumberError(record_number, other) from exc

    def _insert(
        self, s: Session, cleaned: dict[str, Any], allow_duplicate_name: bool, reason: str | None
    ) -> PatientRecord:
        existing = s.scalar(
            select(Patient.id).where(Patient.record_number == cleaned["record_number"])
        )
        if existing is not None:
            raise DuplicateRecordNumberError(cleaned["record_number"], existing)
        key = name_key(cleaned["last_name"], cleaned["first_name"])
        if not allow_duplicate_name:
            matches = self._duplicates(s, key, cleaned.get("birth_date"), None)
            if matches:
                raise PossibleDuplicateError(matches)
        parts = split_by_form(cleaned)
        now = utcnow()
        # Core inserts: four rows, none of the unit-of-work bookkeeping a new object costs.
        conn = s.connection()
        row = {"version": 1, "name_key": key, "created_at": now, "updated_at": now}
        if conn.dialect.name == "sqlite":
            row["id"] = next_patient_id(s)
        patient_id = conn.execute(insert(Patient.__table__), [{**row, **parts["patient"]}])
        patient_id = patient_id.inserted_primary_key[0]
        for form, model in PART_MODELS.items():
            conn.execute(insert(model.__table__), [{"patient_id": patient_id, **parts[form]}])
        self._audit_forms(s, patient_id, 1, audit.CREATE, {}, cleaned, reason)
        return PatientRecord(patient_id, 1, cleaned, (), now, now)

    def _audit_forms(
        self,
        s: Session,
        patient_id: int,
        version: int,
        action: str,
        old: Mapping[str, Any],
        new: Mapping[str, Any],
        reason: str | None,
    ) -> None:
        for form in dd.PATIENT_FORMS:
            table = "patient" if form == "patient" else PART_MODELS[form].__tablename__
            audit.write_changes(
                s,
                user=self.user,
                action=action,
                table_name=table,
                record_id=patient_id,
                patient_id=patient_id,
                version=version,
                changes=audit.field_changes(form, old, new),
                reason=reason,
            )

    def update_patient(
        self,
        patient_id: int,
        values: Mapping[str, Any],
        *,
        expected_version: int,
        reason: str,
        allow_duplicate_name: bool = True,
    ) -> PatientRecord:
        """Change a saved patient. Variables absent from ``values`` are kept as they are.

        Raises ``ConflictError`` when someone saved the patient after ``expected_version``.
        """
        reason = required_reason(reason)
        require(self.current_user, Action.EDIT_PATIENTS)
        wanted = values.get("record_number")
        guard = (
            self._record_number_guard(wanted.strip())
            if isinstance(wanted, str)
            else contextlib.nullcontext()
        )
        with guard, self._db.write() as s:
            p = reachable_patient(s, self.current_user, patient_id, lock=True, options=WHOLE_FILE)
            if p.version != expected_version:
                raise ConflictError(changes_since(s, p.id, expected_version, PATIENT_TABLES))
            old = patient_values(p)
            if "surgeon" in values:
                require_series(self.current_user, values["surgeon"])
            merged = {**old, **values}
            cleaned, errors = validate_patient(
                merged, [form_values(f, "followup") for f in p.followups], self._today()
            )
            if errors:
                raise ValidationError(errors)
            if cleaned["record_number"] != old["record_number"]:
                other = s.scalar(
                    select(Patient.id).where(Patient.record_number == cleaned["record_number"])
                )
                if other is not None:
                    raise DuplicateRecordNumberError(cleaned["record_number"], other)
            key = name_key(cleaned["last_name"], cleaned["first_name"])
            if not allow_duplicate_name and (key, cleaned["birth_date"]) != (
                p.name_key,
                old["birth_date"],
            ):
                matches = self._duplicates(s, key, cleaned.get("birth_date"), p.id)
                if matches:
                    raise PossibleDuplicateError(matches)
            if all(
                dd.format_plain(dd.var(k), old[k]) == dd.format_plain(dd.var(k), cleaned[k])
                for k in cleaned
            ):
                return to_record(p)
            apply_values(p, cleaned)
            p.version += 1
            p.updated_at = utcnow()
            s.flush()
            self._audit_forms(s, p.id, p.version, audit.UPDATE, old, cleaned, reason)
            log.info("patient id %s updated to version %s", p.id, p.version)
            return to_record(p)

    def delete_patient(self, patient_id: int, *, expected_version: int, reason: str) -> None:
        """Delete a patient and their news; every value goes into the audit trail."""
        reason = required_reason(reason)
        require(self.current_user, Action.DELETE_PATIENTS)
        with self._db.write() as s:
            p = reachable_patient(s, self.current_user, patient_id, lock=True)
            if p.version != expected_version:
                raise ConflictError(changes_since(s, p.id, expected_version, PATIENT_TABLES))
            old = patient_values(p)
            for f in p.followups:
                audit.write_changes(
                    s,
                    user=self.user,
                    action=audit.DELETE,
                    table_name="followup",
                    record_id=f.id,
                    patient_id=p.id,
                    version=f.version + 1,
                    changes=audit.field_changes("followup", form_values(f, "followup"), {}),
                    reason=reason,
                )
            p.version += 1
            self._audit_forms(s, p.id, p.version, audit.DELETE, old, {}, reason)
            s.delete(p)
        log.info("patient id %s deleted", patient_id)


PATIENT_TABLES = ("patient", "breast_primary", "liver_metastases", "liver_surgery")
