"""Qt widgets of the window (never imported by the core)."""

from hepmeta_desktop.ui import qt_guard as _qt_guard  # noqa: F401 - see the module
