"""Low-level python-docx helpers: page set-up, fonts, three-rule tables, fields in the footer."""

from __future__ import annotations

from collections.abc import Sequence

from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

#: Arial is metric-compatible with Liberation Sans: the layout checked with LibreOffice
#: here is the layout Word shows on the department's PCs.
FONT = "Arial"
BODY_PT = 10
TABLE_PT = 9
NOTE_PT = 8
RULE = "8"  # eighths of a point: 1 pt rules above and below a table
THIN = "4"
PAGE_WIDTH_CM = 21.0
MARGIN_CM = 2.0
TEXT_WIDTH_CM = PAGE_WIDTH_CM - 2 * MARGIN_CM


def set_font(style, size_pt: float, bold: bool | None = None, color: RGBColor | None = None):
    style.font.name = FONT
    style.font.size = Pt(size_pt)
    if bold is not None:
        style.font.bold = bold
    if color is not None:
        style.font.color.rgb = color
    rpr = style.element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(attr), FONT)
    # Headings inherit theme fonts; drop them so that the one font is used everywhere.
    for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:cstheme", "w:eastAsiaTheme"):
        fonts.attrib.pop(qn(attr), None)


def setup_document(doc) -> None:
    """A4 portrait, 2 cm margins, one font in every style the report uses."""
    section = doc.sections[0]
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Cm(PAGE_WIDTH_CM), Cm(29.7)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Cm(MARGIN_CM))
    styles = doc.styles
    set_font(styles["Normal"], BODY_PT)
    styles["Normal"].paragraph_format.space_after = Pt(4)
    dark = RGBColor(0x1F, 0x3A, 0x5F)
    set_font(styles["Title"], 18, True, dark)
    set_font(styles["Heading 1"], 13, True, dark)
    set_font(styles["Heading 2"], 11, True, dark)
    for name in ("Title", "Heading 1", "Heading 2"):
        styles[name].paragraph_format.keep_with_next = True
    styles["Heading 1"].paragraph_format.space_before = Pt(14)
    styles["Heading 1"].paragraph_format.space_after = Pt(6)
    # The template's title has a coloured bottom border: a plain title looks more sober.
    ppr = styles["Title"].element.get_or_add_pPr()
    for border in ppr.findall(qn("w:pBdr")):
        ppr.remove(border)


def add_field(run, instruction: str) -> None:
    """A Word field (PAGE, NUMPAGES) inside ``run``."""
    begin, text, end = (
        OxmlElement("w:fldChar"),
        OxmlElement("w:instrText"),
        OxmlElement("w:fldChar"),
    )
    begin.set(qn("w:fldCharType"), "begin")
    text.set(qn("xml:space"), "preserve")
    text.text = f" {instruction} "
    end.set(qn("w:fldCharType"), "end")
    run._r.append(begin)
    run._r.append(text)
    run._r.append(end)


def add_footer(doc, left: str, page_word: str, of_word: str) -> None:
    """'HepMeta Desktop – date' on the left, 'Page n of N' on the right, on every page."""
    # The template's footer style has centre and right tabs for a 16.5 cm line: replace them.
    style_tabs = doc.styles["Footer"].paragraph_format.tab_stops
    style_tabs.clear_all()
    style_tabs.add_tab_stop(Cm(TEXT_WIDTH_CM), WD_TAB_ALIGNMENT.RIGHT)
    footer = doc.sections[0].footer
    p = footer.paragraphs[0]
    p.text = ""
    run = p.add_run(f"{left}\t{page_word} ")
    run.font.size = Pt(NOTE_PT)
    for instruction, after in (("PAGE", f" {of_word} "), ("NUMPAGES", "")):
        r = p.add_run()
        r.font.size = Pt(NOTE_PT)
        add_field(r, instruction)
        if after:
            tail = p.add_run(after)
            tail.font.size = Pt(NOTE_PT)


def _border(parent, edge: str, size: str) -> None:
    el = OxmlElement(f"w:{edge}")
    el.set(qn("w:val"), "single" if size != "0" else "nil")
    el.set(qn("w:sz"), size)
    el.set(qn("w:space"), "0")
    el.set(qn("w:color"), "000000")
    parent.append(el)


def _table_borders(table) -> None:
    tblpr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge, size in (("top", RULE), ("left", "0"), ("bottom", RULE), ("right", "0"),
                       ("insideH", "0"), ("insideV", "0")):  # fmt: skip
        _border(borders, edge, size)
    tblpr.append(borders)
    layout = OxmlElement("w:tblLayout")
    layout.set(qn("w:type"), "fixed")
    tblpr.append(layout)


def _row_flags(row, header: bool) -> None:
    trpr = row._tr.get_or_add_trPr()
    trpr.append(OxmlElement("w:cantSplit"))  # a row never breaks across two pages
    if header:
        trpr.append(OxmlElement("w:tblHeader"))  # repeated at the top of every page


def _cell_text(cell, text: str, width, align, bold: bool, indent: bool, keep: bool, size: float):
    cell.width = width
    p = cell.paragraphs[0]
    p.alignment = align
    pf = p.paragraph_format
    pf.space_after = Pt(0)
    pf.space_before = Pt(1)
    if indent:
        pf.left_indent = Cm(0.4)
    if keep:
        pf.keep_with_next = True
    run = p.add_run(text)
    run.font.size = Pt(size)
    if bold:
        run.bold = True


def add_table(
    doc,
    header: Sequence[str],
    rows: Sequence[Sequence[str]],
    widths_cm: Sequence[float],
    *,
    numeric_from: int = 1,
    bold_rows: Sequence[bool] = (),
    indent_rows: Sequence[bool] = (),
    keep_rows: Sequence[bool] = (),
    span_rows: Sequence[bool] = (),
    size: float = TABLE_PT,
):
    """A three-rule table: rules above, below and under the header; numbers right-aligned.

    Columns from ``numeric_from`` on hold numbers and are right-aligned.  ``keep_rows``
    marks rows kept on the same page as the next one (a variable and its levels);
    ``span_rows`` rows are one cell across the table (a sub-heading).
    """
    table = doc.add_table(rows=1, cols=len(header))
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    _table_borders(table)
    widths = [Cm(w) for w in widths_cm]
    for col, w in zip(table.columns, widths, strict=True):
        col.width = w
    hdr = table.rows[0]
    _row_flags(hdr, header=True)
    for i, (cell, text) in enumerate(zip(hdr.cells, header, strict=True)):
        align = WD_ALIGN_PARAGRAPH.RIGHT if i >= numeric_from else WD_ALIGN_PARAGRAPH.LEFT
        _cell_text(cell, text, widths[i], align, True, False, True, size)
        tcpr = cell._tc.get_or_add_tcPr()
        borders = OxmlElement("w:tcBorders")
        _border(borders, "bottom", THIN)
        tcpr.append(borders)
    for r, values in enumerate(rows):
        row = table.add_row()
        _row_flags(row, header=False)
        bold = bold_rows[r] if r < len(bold_rows) else False
        indent = indent_rows[r] if r < len(indent_rows) else False
        keep = keep_rows[r] if r < len(keep_rows) else False
        if r < len(span_rows) and span_rows[r]:
            cell = row.cells[0].merge(row.cells[-1])
            _cell_text(cell, values[0], sum(widths, Cm(0)), WD_ALIGN_PARAGRAPH.LEFT, bold, False,
                       keep, size)  # fmt: skip
            continue
        for i, (cell, text) in enumerate(zip(row.cells, values, strict=True)):
            align = WD_ALIGN_PARAGRAPH.RIGHT if i >= numeric_from else WD_ALIGN_PARAGRAPH.LEFT
            _cell_text(cell, text, widths[i], align, bold and i == 0, indent and i == 0, keep, size)
    return table


def add_note(doc, text: str, italic: bool = False, keep: bool = False):
    p = doc.add_paragraph()
    p.paragraph_format.space_after = Pt(0)
    p.paragraph_format.keep_with_next = keep
    run = p.add_run(text)
    run.font.size = Pt(NOTE_PT)
    run.italic = italic
    return p


def caption(doc, text: str):
    """A table or figure title kept on the page of what it announces."""
    p = doc.add_paragraph()
    p.paragraph_format.keep_with_next = True
    p.paragraph_format.space_before = Pt(8)
    p.paragraph_format.space_after = Pt(3)
    run = p.add_run(text)
    run.bold = True
    return p
