"""Tolerant reading of headers and cells, one rule at a time."""

from __future__ import annotations

import datetime as dt

import pytest

from hepmeta_desktop import dictionary as dd
from hepmeta_desktop.services.interchange.layout import followup_columns, patient_columns
from hepmeta_desktop.services.interchange.parse import (
    map_columns,
    parse_cell,
    parser_for,
)
from hepmeta_desktop.services.interchange.reader import decode
from hepmeta_desktop.services.validation import normalise


def read(name: str, cell: object) -> object:
    return parse_cell(parser_for(dd.var(name)), cell)


def test_headers_match_names_and_labels_folded() -> None:
    header = [
        "Record number",
        "  DATE DE NAISSANCE ",
        "Taille de la plus grande metastase (cm)",
        "ki67 percent",
        "Sexe",
        "sexe",
        "Commentaire",
        None,
    ]
    mapped = map_columns(header, patient_columns())
    assert mapped.index == {
        "record_number": 0,
        "birth_date": 1,
        "largest_size_cm": 2,
        "ki67_percent": 3,
        "sex": 4,
    }
    assert mapped.extra == [(6, "Commentaire")]
    assert mapped.duplicate == [(5, "sexe", "sex")]
    news = map_columns(["Numéro de dossier", "Remarques", "Notes"], followup_columns())
    assert news.index == {"record_number": 0, "notes": 1}


@pytest.mark.parametrize(
    ("name", "cell", "value"),
    [
        ("birth_date", "17/05/1964", dt.date(1964, 5, 17)),
        ("birth_date", "7/5/1964", dt.date(1964, 5, 7)),
        ("birth_date", "1964-05-17", dt.date(1964, 5, 17)),
        ("birth_date", "1964-05-17 00:00:00", dt.date(1964, 5, 17)),
        ("birth_date", dt.datetime(1964, 5, 17), dt.date(1964, 5, 17)),
        ("birth_date", "31/02/1964", "31/02/1964"),  # handed on: the validator refuses it
        ("largest_size_cm", "3,5", 3.5),
        ("largest_size_cm", " 3.5 cm ", 3.5),
        ("ca15_3", "1 234,5", 1234.5),
        ("ca15_3", "1.234,5", 1234.5),
        ("number_of_metastases", "2", 2),
        ("number_of_metastases", 2.0, 2.0),
        ("number_of_metastases", "deux", "deux"),
        ("extrahepatic_disease", "oui", "yes"),
        ("extrahepatic_disease", "NON", "no"),
        ("extrahepatic_disease", "1", "yes"),
        ("extrahepatic_disease", 0, "no"),
        ("extrahepatic_disease", True, "yes"),
        ("extrahepatic_disease", "false", "no"),
        ("extrahepatic_disease", "Inconnu", "UNK"),
        ("extrahepatic_disease", "unknown", "UNK"),
        ("sex", "femme", "F"),
        ("sex", "Male", "M"),
        ("breast_surgery_type", "Mastectomie totale", "TM"),
        ("performance_status", 1.0, "1"),
        ("grade", "SBR II", "2"),
        ("clavien_dindo", "iiia", "IIIa"),
        ("segments_involved", "iv; v", "IV,V"),
        ("segments_involved", "IV,IX", "IV,IX"),
        ("record_number", 20160042.0, "20160042"),
        ("last_name", "  Lefèvre ", "Lefèvre"),
        ("last_name", "   ", None),
        ("phone", None, None),
    ],
)
def test_cells(name: str, cell: object, value: object) -> None:
    assert read(name, cell) == value


def test_unreadable_cells_get_the_forms_messages() -> None:
    with pytest.raises(ValueError) as caught:
        normalise(dd.var("segments_involved"), read("segments_involved", "IV,IX"))
    assert caught.value.args[0].en.startswith("Unexpected value(s): IX")


def test_decode_utf8_bom_and_windows_1252() -> None:
    text = "Numéro de dossier;Prénom\r\n"
    assert decode(text.encode("utf-8")) == text
    assert decode(b"\xef\xbb\xbf" + text.encode("utf-8")) == text
    assert decode(text.encode("cp1252")) == text
