"""Low-level python-docx helpers: page set-up, fonts, three-rule tables, fields in the footer."""

from __future__ import annotations

from collections.abc import Sequence
from xml.sax.saxutils import escape

from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
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


def _twips(cm: float) -> int:
    return round(cm / 2.54 * 1440)


def _cell_xml(text: str, width: int, *, right: bool, bold: bool, indent: bool, keep: bool,
              half_points: int, span: int = 1, rule_below: bool = False) -> str:  # fmt: skip
    """One ``w:tc``, written as text: python-docx's API costs ~1 ms a cell, this ~10 µs."""
    span_xml = f'<w:gridSpan w:val="{span}"/>' if span > 1 else ""
    rule = (f'<w:tcBorders><w:bottom w:val="single" w:sz="{THIN}" w:space="0" '
            'w:color="000000"/></w:tcBorders>') if rule_below else ""  # fmt: skip
    keep_xml = "<w:keepNext/>" if keep else ""
    indent_xml = f'<w:ind w:left="{_twips(0.4)}"/>' if indent else ""
    bold_xml = "<w:b/>" if bold else ""
    return (
        f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/>{span_xml}{rule}</w:tcPr>'
        f'<w:p><w:pPr>{keep_xml}<w:spacing w:before="20" w:after="0"/>{indent_xml}'
        f'<w:jc w:val="{"right" if right else "left"}"/></w:pPr>'
        f'<w:r><w:rPr>{bold_xml}<w:sz w:val="{half_points}"/><w:szCs w:val="{half_points}"/>'
        f'</w:rPr><w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:p></w:tc>'
    )


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

    Columns from ``numeric_from`` on hold numbers and are right-aligned.  Every row is
    kept whole on a page (cantSplit) and the header row is repeated on each page;
    ``keep_rows`` marks rows kept on the same page as the next one (a variable and its
    levels); ``span_rows`` rows are one cell across the table (a sub-heading).
    """
    table = doc.add_table(rows=0, cols=len(header))
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    _table_borders(table)
    widths = [_twips(w) for w in widths_cm]
    for col, w in zip(table.columns, widths_cm, strict=True):
        col.width = Cm(w)
    hp = round(size * 2)

    def flag(i: int, flags: Sequence[bool]) -> bool:
        return flags[i] if i < len(flags) else False

    out = ["<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>"]
    out += [_cell_xml(t, widths[i], right=i >= numeric_from, bold=True, indent=False, keep=True,
                      half_points=hp, rule_below=True) for i, t in enumerate(header)]  # fmt: skip
    out.append("</w:tr>")
    for r, values in enumerate(rows):
        bold, keep = flag(r, bold_rows), flag(r, keep_rows)
        out.append("<w:tr><w:trPr><w:cantSplit/></w:trPr>")
        if flag(r, span_rows):
            out.append(_cell_xml(values[0], sum(widths), right=False, bold=bold, indent=False,
                                 keep=keep, half_points=hp, span=len(header)))  # fmt: skip
        else:
            out += [
                _cell_xml(t, widths[i], right=i >= numeric_from, bold=bold and i == 0,
                          indent=i == 0 and flag(r, indent_rows), keep=keep, half_points=hp)
                for i, t in enumerate(values)
            ]  # fmt: skip
        out.append("</w:tr>")
    tbl = table._tbl
    for tr in parse_xml(f"<w:tbl {nsdecls('w')}>{''.join(out)}</w:tbl>"):
        tbl.append(tr)
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
