"""AnalysisService checks the user's role and keeps a limited surgeon to her own series."""

from __future__ import annotations

import pytest
from conftest import TODAY

from hepmeta_desktop.errors import PermissionDeniedError
from hepmeta_desktop.services.analysis_service import AnalysisService
from hepmeta_desktop.services.demo import create_demo
from hepmeta_desktop.services.permissions import ADMIN, SECRETARY, SURGEON, CurrentUser


def test_roles_and_series(db) -> None:  # type: ignore[no-untyped-def]
    create_demo(db, 24, today=TODAY)
    whole = AnalysisService(db, CurrentUser("chief", ADMIN)).analyse()
    assert whole.cohort.n_total == 24 and len(whole.surgeons) > 1
    by_surgeon = whole.cohort.data["surgeon"].astype(str).value_counts()
    for name in whole.surgeons:
        own = AnalysisService(db, CurrentUser("dr", SURGEON, surgeon_name=name))
        result = own.analyse()
        assert result.cohort.n_total == by_surgeon[name]
        assert result.surgeons == (name,)
        assert set(own.dataset()["surgeon"].astype(str)) == {name}
    # A surgeon who is not limited, and a trusted caller (a plain name), see everything.
    assert AnalysisService(db, CurrentUser("dr", SURGEON)).analyse().cohort.n_total == 24
    assert AnalysisService(db).analyse().cohort.n_total == 24
    secretary = AnalysisService(db, CurrentUser("sec", SECRETARY))
    with pytest.raises(PermissionDeniedError):
        secretary.analyse()
    with pytest.raises(PermissionDeniedError):
        secretary.dataset()  # the report writers read it directly
