"""Property tests: generated registries round-trip exactly; any generated sheet either imports
exactly or is refused with messages and leaves the registry untouched."""

from __future__ import annotations

import datetime as dt
import filecmp
import tempfile
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from ix_fixtures import sheet_values

from hepmeta_desktop import dictionary as dd
from hepmeta_desktop.db import Database, open_database
from hepmeta_desktop.services.audit import AuditService
from hepmeta_desktop.services.followups import FollowupService
from hepmeta_desktop.services.interchange import export_file, import_file
from hepmeta_desktop.services.interchange.xlsx import Sheet, write_workbook
from hepmeta_desktop.services.patients import PatientService
from tests.conftest import TODAY, sample_patient

SETTINGS = settings(
    max_examples=12,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
NAME_CHARS = "abcdeéèêëàâçîïôöùûüÿæœABCÉÈÀÇŒ' -"
TEXT = st.text(
    st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="\ufeff"), max_size=30
)
NAME = st.text(NAME_CHARS, min_size=1, max_size=20).filter(lambda s: s.strip() != "")


def _codes(name: str) -> st.SearchStrategy[str | None]:
    return st.one_of(st.none(), st.sampled_from(dd.var(name).codes()))


def _multi(name: str) -> st.SearchStrategy[str | None]:
    return st.lists(st.sampled_from(dd.var(name).codes()), max_size=3).map(
        lambda codes: dd.join_multi(dd.var(name), codes)
    )


@st.composite
def patient_files(draw: st.DrawFn, number: int) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    surgery = dt.date(2015, 11, 21) + dt.timedelta(days=draw(st.integers(0, 3000)))
    values = sample_patient(
        record_number=f"HYP-{number}-{draw(st.text('0123456789', min_size=1, max_size=4))}",
        last_name=draw(NAME),
        first_name=draw(NAME),
        phone=draw(st.one_of(st.none(), st.just("06 12 34 56 78"))),
        referring_centre=draw(st.one_of(st.none(), NAME)),
        notes=draw(st.one_of(st.none(), TEXT)),
        laterality=draw(_codes("laterality")),
        grade=draw(_codes("grade")),
        her2_status=draw(_codes("her2_status")),
        ki67_percent=draw(st.one_of(st.none(), st.floats(0, 100).map(lambda x: round(x, 3)))),
        primary_radiotherapy=draw(_codes("primary_radiotherapy")),
        segments_involved=draw(_multi("segments_involved")),
        segments_resected=draw(_multi("segments_resected")),
        performance_status=draw(_codes("performance_status")),
        ca15_3=draw(st.one_of(st.none(), st.floats(0, 100000).map(lambda x: round(x, 2)))),
        blood_loss_ml=draw(st.one_of(st.none(), st.integers(0, 20000))),
        transfusion=draw(_codes("transfusion")),
        liver_surgery_date=surgery,
    )
    values["extrahepatic_disease"] = draw(st.sampled_from(("yes", "no", "UNK")))
    news = []
    day = surgery
    for _ in range(draw(st.integers(0, 3))):
        day = day + dt.timedelta(days=draw(st.integers(1, 500)))
        if day > TODAY:
            break
        item: dict[str, Any] = {
            "visit_date": day,
            "vital_status": draw(st.sampled_from(("ALIVE_NED", "ALIVE_DISEASE", "LOST", "UNK"))),
            "notes": draw(st.one_of(st.none(), TEXT)),
            "recurrence": draw(st.sampled_from((None, "no", "UNK", "yes"))),
        }
        if item["recurrence"] == "yes":
            item["recurrence_date"] = day
            item["recurrence_sites"] = draw(_multi("recurrence_sites"))
            item["recurrence_treatment"] = draw(_multi("recurrence_treatment"))
        news.append(item)
    return values, news


def _fill(db: Database, files: list[tuple[dict[str, Any], list[dict[str, Any]]]]) -> None:
    patients = PatientService(db, today=lambda: TODAY)
    followups = FollowupService(db, today=lambda: TODAY)
    for values, news in files:
        record = patients.create_patient(values, allow_duplicate_name=True)
        for item in news:
            followups.add_followup(record.id, item)


@given(
    st.lists(st.integers(0, 10**6), min_size=1, max_size=4, unique=True).flatmap(
        lambda numbers: st.tuples(*(patient_files(n) for n in numbers))
    )
)
@SETTINGS
def test_generated_registries_round_trip(files: tuple) -> None:  # type: ignore[type-arg]
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        source = open_database(root / "source.db")
        copy = open_database(root / "copy.db")
        try:
            _fill(source, list(files))
            export_file(source, root / "a.xlsx", user="t")
            export_file(source, root / "a_csv", user="t")
            result = import_file(copy, root / "a.xlsx", user="t", today=lambda: TODAY)
            assert result.written, [p.line("en") for p in result.errors]
            export_file(copy, root / "b.xlsx", user="t")
            export_file(copy, root / "b_csv", user="t")
            assert sheet_values(root / "a.xlsx") == sheet_values(root / "b.xlsx")
            for name in ("patients.csv", "followups.csv"):
                assert filecmp.cmp(root / "a_csv" / name, root / "b_csv" / name, shallow=False)
            # the CSV folder imports to the same registry too
            third = open_database(root / "third.db")
            try:
                assert import_file(third, root / "a_csv", user="t", today=lambda: TODAY).written
                export_file(third, root / "c.xlsx", user="t")
            finally:
                third.dispose()
            assert (
                sheet_values(root / "c.xlsx")["patients"]
                == sheet_values(root / "a.xlsx")["patients"]
            )
        finally:
            source.dispose()
            copy.dispose()


# ------------------------------------------------------------------ any generated sheet
GARBAGE = object()  # a cell that must be refused


def _cell(name: str, value: Any) -> st.SearchStrategy[tuple[Any, Any]]:
    """(cell as written in the sheet, value that must be stored) for one variable; now and
    then a cell that must be refused."""
    variable = dd.var(name)
    if value is None:
        return st.just((None, None))
    valid: list[tuple[Any, Any]] = [(value, value)]
    garbage: list[str] = []
    if variable.type == dd.DATE:
        valid += [(value.strftime("%d/%m/%Y"), value), (value.isoformat(), value)]
        garbage += ["31/02/2019", "2019-13-01", "hier"]
    elif variable.numeric:
        valid.append((str(value).replace(".", ","), value))
        garbage.append("abc")
    elif variable.type in (dd.CHOICE, dd.BOOL):
        choice = variable.choice(value)
        assert choice is not None
        valid += [(choice.label_fr, value), (choice.label_en.upper(), value)]
        garbage.append("ZZZ")
    elif variable.type == dd.TEXT:
        valid.append((f" {value} ", value))
        if variable.required:
            garbage.append("  ")
    good = st.sampled_from(valid)
    if not garbage:
        return good
    bad = st.sampled_from(garbage).map(lambda g: (g, GARBAGE))
    return st.integers(0, 60).flatmap(lambda k: bad if k == 0 else good)


@st.composite
def sheets(draw: st.DrawFn) -> tuple[list[list[Any]], list[list[Any]], list, list]:  # type: ignore[type-arg]
    base_values, _ = draw(patient_files(1))
    names = [v.name for v in dd.patient_variables()]
    fnames = [v.name for v in dd.followup_variables(include_link=True)]
    rows, intended, news, intended_news = [], [], [], []
    for i in range(draw(st.integers(1, 3))):
        rn = f"R{draw(st.integers(0, 3 if i else 0))}"
        values = {**base_values, "record_number": rn}
        cells, wanted = [], {}
        for name in names:
            shown, value = draw(_cell(name, values.get(name)))
            cells.append(shown)
            wanted[name] = value
        rows.append(cells)
        intended.append(wanted)
        for _ in range(draw(st.integers(0, 2))):
            days = draw(st.integers(1, 3000))
            item = {
                "visit_date": min(values["liver_surgery_date"] + dt.timedelta(days=days), TODAY),
                "vital_status": draw(
                    st.sampled_from(("ALIVE_NED", "ALIVE_DISEASE", "LOST", "UNK"))
                ),
                "notes": draw(st.one_of(st.none(), TEXT)),
            }
            cells, wanted = [rn], {}
            for name in fnames[1:]:
                shown, value = draw(_cell(name, item.get(name)))
                cells.append(shown)
                wanted[name] = value
            news.append(cells)
            intended_news.append((rn, wanted))
    return rows, news, intended, intended_news


@given(sheets())
@settings(SETTINGS, max_examples=40)
def test_any_sheet_imports_exactly_or_is_refused_untouched(generated: tuple) -> None:  # type: ignore[type-arg]
    rows, news, intended, intended_news = generated
    names = [v.name for v in dd.patient_variables()]
    fnames = [v.name for v in dd.followup_variables(include_link=True)]
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "sheet.xlsx"
        write_workbook(path, [Sheet("patients", names, rows), Sheet("followups", fnames, news)])
        db = open_database(Path(tmp) / "r.db")
        try:
            before = len(AuditService(db).entries())
            result = import_file(db, path, user="t", today=lambda: TODAY)
            service = PatientService(db)
            event("written" if result.written else "refused")
            if result.written:
                assert not result.errors
                assert service.count() == len(rows)
                for wanted in intended:
                    assert GARBAGE not in wanted.values()
                    stored = service.find_by_record_number(wanted["record_number"])
                    assert stored is not None
                    for name, value in wanted.items():
                        variable = dd.var(name)
                        assert dd.format_plain(variable, stored[name]) == dd.format_plain(
                            variable, value.strip() if isinstance(value, str) else value
                        ), name
                    expected = sorted(
                        (w for rn, w in intended_news if rn == wanted["record_number"]),
                        key=lambda w: w["visit_date"],
                    )
                    assert len(stored.followups) == len(expected)
                    for got, want in zip(stored.followups, expected, strict=True):
                        assert GARBAGE not in want.values()
                        for name, value in want.items():
                            variable = dd.var(name, "followup")
                            if isinstance(value, str):
                                value = value.strip() or None
                            assert dd.format_plain(variable, got[name]) == dd.format_plain(
                                variable, value
                            ), name
            else:
                assert result.errors
                for problem in result.errors:
                    assert problem.text("fr") and problem.text("en")
                    assert 1 <= problem.row <= max(len(rows), len(news)) + 1
                assert service.count() == 0
                assert len(AuditService(db).entries()) == before
                has_fault = any(GARBAGE in w.values() for w in intended) or any(
                    GARBAGE in w.values() for _, w in intended_news
                )
                repeated = len({w["record_number"] for w in intended}) < len(intended)
                assert has_fault or repeated, [p.line("en") for p in result.errors]
        finally:
            db.dispose()
