"""Shield against PySide6 6.12 dropping references to None/True/False on Python 3.11.

PySide6 6.12 returns ``None`` from every void method (``setText``, ``setChecked``...)
without taking a reference, which is harmless on Python 3.12+ where None is immortal but
lowers None's count on each call on 3.11 until the interpreter aborts ("none_dealloc:
deallocating None") after some tens of thousands of calls -- minutes of typing. Giving
these three singletons a huge count makes them as good as immortal, as on 3.12.

pyproject.toml keeps PySide6 below 6.12; this guard stays for installations that end up
with 6.12 anyway (a bundle built elsewhere, a user's own environment).
"""

from __future__ import annotations

import ctypes
import sys

_HEADROOM = 1 << 40


def make_singletons_immortal() -> None:
    """Raise the reference counts of None, True and False far out of reach (3.11 only)."""
    if sys.version_info >= (3, 12) or getattr(sys, "_hepmeta_singletons_guarded", False):
        return
    for obj in (None, True, False):
        count = ctypes.c_ssize_t.from_address(id(obj))
        count.value += _HEADROOM
    sys._hepmeta_singletons_guarded = True  # type: ignore[attr-defined]


make_singletons_immortal()
