"""``hepmeta stats --json`` on a real registry file: schema, figures and determinism."""

from __future__ import annotations

import json

import pytest

from hepmeta_desktop.cli import main

from .conftest import D, add_abstract_series, add_patient, alive, dead


def _stats(capsys, db_path, *args):
    code = main(["--lang", "en", "--db", str(db_path), "stats", "--json", *args])
    out = capsys.readouterr().out
    assert code == 0
    return out, json.loads(out)


def test_json_of_the_abstract_series(database, capsys):
    add_abstract_series(database.engine)
    text, data = _stats(capsys, database.path, "--from", "2013-01-01", "--to", "2020-12-31",
                        "--criteria", "metachronous,liver_only,solitary,response,good_state,r0",
                        "--claim-only")  # fmt: skip
    assert data["n_patients"] == 6 and data["excluded"] == []
    age = data["continuous"]["age"]
    assert (age["n"], age["mean"], age["min"], age["max"], age["missing"]) == (6, 52.5, 48, 75, 0)
    assert data["continuous"]["number_of_metastases"]["max"] == 2
    assert data["categorical"]["procedure"] == {"METASTASECTOMY": 4, "SEGMENTECTOMY": 2, "null": 0}
    assert data["categorical"]["distribution"]["UNILOBAR"] == 6
    assert data["outcomes"]["deaths_n"] == 2 and data["outcomes"]["r0_n"] == 6
    assert data["outcomes"]["recurrences_n"] == 3 and data["outcomes"]["morbidity_n"] == 0
    os_ = data["overall_survival"]
    assert os_["n"] == 6 and os_["events"] == 2 and os_["ci_method"] == "log-log"
    assert os_["median_days"] is None  # not reached: 4 of 6 alive
    # 2 deaths among 6 at 749 and 758 days; nobody censored before: S(36 months) = 4/6.
    assert os_["at_months"]["36"]["survival"] == pytest.approx(4 / 6)
    assert os_["at_months"]["12"]["at_risk"] == 6
    assert "1 to 2 liver metastases" in data["results_paragraph"]["en"]
    assert any("solitary" in m for m in data["inconsistencies"])
    again, _ = _stats(capsys, database.path, "--from", "2013-01-01", "--to", "2020-12-31",
                      "--criteria", "metachronous,liver_only,solitary,response,good_state,r0",
                      "--claim-only")  # fmt: skip
    assert again == text  # deterministic output


def test_group_by_and_filters(database, capsys):
    add_abstract_series(database.engine)
    add_patient(database.engine, "B1", surgeon="Dr B", margin_status="R1",
                followups=[alive(D(2015, 1, 1)), dead(D(2015, 6, 1))])  # fmt: skip
    _, data = _stats(capsys, database.path, "--group-by", "margin_status", "--ci", "log")
    g = data["groups"]
    assert g["variable"] == "margin_status" and list(g["levels"]) == ["R0", "R1"]
    assert g["levels"]["R1"]["n"] == 1
    assert g["logrank_chi2"] is not None and 0 <= g["logrank_p"] <= 1
    assert data["overall_survival"]["ci_method"] == "log"
    _, data = _stats(capsys, database.path, "--surgeon", "Dr B")
    assert data["n_patients"] == 1
    assert {e["reason"] for e in data["excluded"]} == {"surgeon"} and len(data["excluded"]) == 6


def test_unknown_group_variable_is_a_clean_error(database, capsys):
    code = main(["--lang", "en", "--db", str(database.path), "stats", "--group-by", "shoe_size"])
    assert code == 2
    assert "Unknown variable: shoe_size" in capsys.readouterr().err
