"""A small, fast .xlsx writer: typed cells, real dates (yyyy-mm-dd), bold frozen header.

openpyxl's write-only mode takes about 5 s for a 10,000-patient registry; writing the
sheet XML directly takes well under one, and every reader (Excel, LibreOffice, openpyxl,
calamine, pandas) opens the result.
"""

from __future__ import annotations

import datetime as dt
import re
import zipfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape, quoteattr

EXCEL_EPOCH = dt.date(1899, 12, 30)
_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
# Excel reads '_x0041_' in a string as 'A': such text is escaped so it reads back as typed.
_EXCEL_ESCAPE = re.compile(r"_(x[0-9A-Fa-f]{4})_")
HEADER_STYLE, DATE_STYLE = 1, 2

_CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
    '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
    "{sheets}</Types>"
)
_SHEET_TYPE = (
    '<Override PartName="/xl/worksheets/sheet{n}.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
)
_ROOT_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>'
)
_STYLES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
    '<numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy-mm-dd"/></numFmts>'
    '<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font>'
    '<font><b/><sz val="11"/><name val="Calibri"/></font></fonts>'
    '<fills count="2"><fill><patternFill patternType="none"/></fill>'
    '<fill><patternFill patternType="gray125"/></fill></fills>'
    '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
    '<cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
    '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>'
    '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
    "</cellXfs>"
    '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>'
    "</styleSheet>"
)
_NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
_R_NS = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'


@dataclass
class Sheet:
    """One sheet to write: its name, header and rows of Python values (None = empty)."""

    name: str
    header: Sequence[str]
    rows: Iterable[Sequence[Any]]


def column_letter(index: int) -> str:
    """'A' for 1, 'AA' for 27."""
    out = ""
    while index:
        index, rest = divmod(index - 1, 26)
        out = chr(65 + rest) + out
    return out


def clean_text(text: str) -> str:
    """Text as the sheet can hold it (control characters dropped, Excel escapes kept literal)."""
    if _ILLEGAL.search(text):
        text = _ILLEGAL.sub("", text)
    if "_x" in text:
        text = _EXCEL_ESCAPE.sub(r"_x005F_\1_", text)
    return text


def _string_tail(text: str) -> str:
    """What follows ``<c r="A1"`` for a text cell."""
    text = clean_text(text)
    space = ' xml:space="preserve"' if text != text.strip() else ""
    return f' t="inlineStr"><is><t{space}>{escape(text)}</t></is></c>'


def _string_cell(ref: str, text: str) -> str:
    return f'<c r="{ref}"{_string_tail(text)}'


def _sheet_xml(sheet: Sheet) -> Iterable[str]:
    width = len(sheet.header)
    letters = [column_letter(i + 1) for i in range(width)]
    yield f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet {_NS}>'
    yield (
        '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" '
        'activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>'
    )
    cols = "".join(
        f'<col min="{i}" max="{i}" width="{min(max(len(h) + 3, 11), 40)}" customWidth="1"/>'
        for i, h in enumerate(sheet.header, 1)
    )
    yield f"<cols>{cols}</cols><sheetData>" if width else "<sheetData>"
    head = "".join(
        _string_cell(f"{c}1", str(h)).replace("<c ", f'<c s="{HEADER_STYLE}" ', 1)
        for c, h in zip(letters, sheet.header, strict=True)
    )
    yield f'<row r="1">{head}</row>'
    date_type, str_type, datetime_type = dt.date, str, dt.datetime
    # Codes, surgeons' names and yes/no repeat: each distinct text is escaped once.
    tails: dict[str, str] = {}
    for n, row in enumerate(sheet.rows, 2):
        cells = []
        for c, value in zip(letters, row, strict=False):
            if value is None:
                continue
            kind = type(value)
            if kind is str_type:
                if value:
                    tail = tails.get(value)
                    if tail is None:
                        tail = tails[value] = _string_tail(value)
                    cells.append(f'<c r="{c}{n}"{tail}')
            elif kind is date_type:
                cells.append(
                    f'<c r="{c}{n}" s="{DATE_STYLE}"><v>{(value - EXCEL_EPOCH).days}</v></c>'
                )
            elif kind is datetime_type:
                cells.append(
                    f'<c r="{c}{n}" s="{DATE_STYLE}"><v>{(value.date() - EXCEL_EPOCH).days}</v></c>'
                )
            elif kind is bool:
                cells.append(f'<c r="{c}{n}" t="b"><v>{int(value)}</v></c>')
            else:  # int or float: repr() keeps every digit of a float
                cells.append(f'<c r="{c}{n}"><v>{value!r}</v></c>')
        yield f'<row r="{n}">{"".join(cells)}</row>'
    yield "</sheetData></worksheet>"


def write_workbook(path: Path, sheets: Sequence[Sheet]) -> None:
    """Write the sheets to ``path`` (through a temporary file, so a crash leaves no half file)."""
    path = Path(path)
    tmp = path.with_name(f".{path.name}.tmp")
    names = [s.name for s in sheets]
    workbook = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook {_NS} {_R_NS}><sheets>'
        + "".join(
            f'<sheet name={quoteattr(name)} sheetId="{i}" r:id="rId{i}"/>'
            for i, name in enumerate(names, 1)
        )
        + "</sheets></workbook>"
    )
    rels = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        + "".join(
            f'<Relationship Id="rId{i}" Type="http://schemas.openxmlformats.org/officeDocument/'
            f'2006/relationships/worksheet" Target="worksheets/sheet{i}.xml"/>'
            for i in range(1, len(names) + 1)
        )
        + f'<Relationship Id="rId{len(names) + 1}" Type="http://schemas.openxmlformats.org/'
        'officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>'
    )
    types = _CONTENT_TYPES.format(
        sheets="".join(_SHEET_TYPE.format(n=i) for i in range(1, len(names) + 1))
    )
    try:
        # Level 1 deflate: three times faster than the default for a file barely larger.
        with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as zf:
            zf.writestr("[Content_Types].xml", types)
            zf.writestr("_rels/.rels", _ROOT_RELS)
            zf.writestr("xl/workbook.xml", workbook)
            zf.writestr("xl/_rels/workbook.xml.rels", rels)
            zf.writestr("xl/styles.xml", _STYLES)
            for i, sheet in enumerate(sheets, 1):
                with zf.open(f"xl/worksheets/sheet{i}.xml", "w") as fh:
                    buffer: list[str] = []
                    for part in _sheet_xml(sheet):
                        buffer.append(part)
                        if len(buffer) >= 2000:
                            fh.write("".join(buffer).encode("utf-8"))
                            buffer.clear()
                    fh.write("".join(buffer).encode("utf-8"))
        tmp.replace(path)
    finally:
        tmp.unlink(missing_ok=True)
