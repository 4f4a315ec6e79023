"""SQLAlchemy mapped classes of the registry (no logic: see ``services``)."""

from hepmeta_desktop.models.base import Base, utcnow
from hepmeta_desktop.models.registry import (
    CLINICAL_TABLES,
    FORM_MODELS,
    AppSetting,
    AuditEntry,
    BreastPrimary,
    FollowUp,
    LiverMetastases,
    LiverSurgery,
    Patient,
)
from hepmeta_desktop.models.users import OpenSession, User

__all__ = [
    "Base",
    "utcnow",
    "Patient",
    "BreastPrimary",
    "LiverMetastases",
    "LiverSurgery",
    "FollowUp",
    "AuditEntry",
    "AppSetting",
    "User",
    "OpenSession",
    "FORM_MODELS",
    "CLINICAL_TABLES",
]
