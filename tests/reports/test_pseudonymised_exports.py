"""No identifying value of the source survives a pseudonymised export, in any format."""

from __future__ import annotations

import datetime as dt
import html
import zipfile
from pathlib import Path

import pyreadstat
import pytest

from hepmeta_desktop.cli import main
from hepmeta_desktop.services.audit import AuditService
from hepmeta_desktop.services.pseudonym import pseudonym_key

EXCEL_EPOCH = dt.date(1899, 12, 30)


def _texts(path: Path) -> list[str]:
    """Every text an export holds: each XML part of a zip, or the bytes and values of a file."""
    if path.is_dir():  # the interchange CSV folder
        return [f.read_text(encoding="utf-8") for f in sorted(path.glob("*.csv"))]
    if path.suffix in (".docx", ".xlsx"):
        with zipfile.ZipFile(path) as z:
            parts = [z.read(name).decode("utf-8", "ignore") for name in z.namelist()]
        # openpyxl writes 'é' as '&#233;': compare the XML text both raw and unescaped.
        return parts + [html.unescape(p) for p in parts]
    raw = path.read_bytes()
    read = pyreadstat.read_sav if path.suffix == ".sav" else pyreadstat.read_dta
    df, meta = read(str(path))
    values = [str(v) for v in df.astype(str).to_numpy().ravel()]
    labels = [str(x) for x in meta.column_names_to_labels.values()]
    for mapping in meta.variable_value_labels.values():
        labels += [str(x) for x in mapping.values()]
    return [
        raw.decode("utf-8", "ignore"),
        raw.decode("latin-1"),
        "\n".join(values),
        "\n".join(labels),
    ]


def _found(texts: list[str], needles: list[str]) -> set[str]:
    folded = [t.casefold() for t in texts]
    return {n for n in needles if any(n.casefold() in t for t in folded)}


def _export(db_url: str, folder: Path, pseudonymise: bool) -> list[Path]:
    flag = ["--pseudonymise"] if pseudonymise else []
    out = []
    for name, command in (("report.docx", "report"), ("report.xlsx", "report"),
                          ("data.sav", "export"), ("data.dta", "export"),
                          ("interchange.xlsx", "export"), ("interchange_csv", "export")):  # fmt: skip
        path = folder / name
        extra = ["--raw"] if name == "report.xlsx" else []
        extra += ["--group-by", "margin_status"] if command == "report" else []
        argv = ["--db", db_url, "--user", "dr_test", command, str(path), *flag, *extra]
        assert main(argv) == 0
        out.append(path)
    return out


def test_pseudonymised_exports_hold_no_identifying_value(registry, db, tmp_path):
    files = _export(db.url, tmp_path, pseudonymise=True)
    key = pseudonym_key(registry.db).hex()
    serials = {str((b - EXCEL_EPOCH).days) for b in registry.birth_dates}
    for path in files:
        texts = _texts(path)
        assert _found(texts, registry.identifying) == set(), path.name
        assert _found(texts, [key]) == set(), path.name
        if path.suffix == ".xlsx":  # a birth date stored as an Excel date serial
            assert not any(f"<v>{s}</v>" in t for t in texts for s in serials)
    entries = [e for e in AuditService(registry.db).entries() if e.action == "export"]
    assert len(entries) == len(files)
    for path, entry in zip(files, entries, strict=True):  # a CSV folder names its files
        assert (path.name if not path.is_dir() else "patients.csv") in entry.new_value
    assert all("pseudonymised=yes" in e.new_value for e in entries)
    assert all(e.user == "dr_test" for e in entries)


def test_plain_exports_do_hold_them(registry, db, tmp_path):
    """The search above would find identifying values: the plain exports contain them."""
    docx, xlsx, sav, dta, interchange, csv_folder = _export(db.url, tmp_path, pseudonymise=False)
    # The patient with no news is listed by record number among those left out.
    assert _found(_texts(docx), ["IPP-91846-27"]) == {"IPP-91846-27"}
    assert _found(_texts(xlsx), registry.identifying) == set(registry.identifying) - {
        v
        for v in registry.identifying
        if "/" in v or v[:4].isdigit()  # dates are date cells
    }
    for path in (sav, dta):
        found = _found(
            _texts(path), registry.record_numbers + [d.isoformat() for d in registry.birth_dates]
        )
        assert found == set(registry.record_numbers) | {d.isoformat() for d in registry.birth_dates}
    for path in (interchange, csv_folder):
        assert "IPP-48213-07" in _found(_texts(path), registry.record_numbers)
    entries = [e for e in AuditService(registry.db).entries() if e.action == "export"]
    assert all("pseudonymised=no" in e.new_value for e in entries)


@pytest.mark.parametrize("name", ["report.pdf", "report.sav"])
def test_report_refuses_other_formats(registry, db_path, tmp_path, name, capsys):
    assert main(["--db", str(db_path), "--lang", "en", "report", str(tmp_path / name)]) == 2
    assert ".docx" in capsys.readouterr().err
    assert not (tmp_path / name).exists()
