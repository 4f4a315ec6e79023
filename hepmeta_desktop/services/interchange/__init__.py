"""Import and export of the interchange file (Excel workbook or CSV files); no Qt here."""

from hepmeta_desktop.services.interchange.exporter import (
    ExportResult,
    export_file,
    format_for,
    register_format,
)
from hepmeta_desktop.services.interchange.importer import import_file, plan_import
from hepmeta_desktop.services.interchange.layout import (
    CHECK,
    READ,
    WRITE,
    Cancelled,
    InterchangeFileError,
    NullProgress,
    Problem,
    Progress,
)
from hepmeta_desktop.services.interchange.plan import ImportResult
from hepmeta_desktop.services.interchange.reader import read_interchange
from hepmeta_desktop.services.interchange.report import report_rows, write_report

__all__ = [
    "CHECK",
    "READ",
    "WRITE",
    "Cancelled",
    "ExportResult",
    "ImportResult",
    "InterchangeFileError",
    "NullProgress",
    "Problem",
    "Progress",
    "export_file",
    "format_for",
    "import_file",
    "plan_import",
    "read_interchange",
    "register_format",
    "report_rows",
    "write_report",
]
