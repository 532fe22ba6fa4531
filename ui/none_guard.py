"""A guard against a reference-counting bug of PySide6 6.12.0 on CPython 3.11.

With that pairing, every call of a Qt method that returns nothing (``setText``, ``drawLine``,
``processEvents``…) releases one reference to ``None`` that it never took. CPython 3.12 and later make
``None`` immortal, so the stray releases do nothing there; on 3.11 they add up, and after a few thousand
calls ``None``'s count reaches zero and the interpreter aborts ("deallocating None"): a window that paints
the link chart a few dozen times, or a test that waits in a loop, would crash.

``protect_none()`` does for 3.11 what 3.12 does: it raises ``None``'s reference count so far (2**50)
that no session can drain it. ``None`` is never freed in a correct program, so this changes nothing else.
It is called before the QApplication is made (app/entry/gui.py), by the UI tests and by bench/gui.py.
"""

from __future__ import annotations

import ctypes
import sys

CUSHION = 1 << 50


def protect_none() -> None:
    """Make ``None`` effectively immortal on CPython before 3.12 (a no-op from 3.12 on)."""
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return
    refcount = ctypes.c_ssize_t.from_address(id(None))  # ob_refcnt: the first field of every object
    if refcount.value < CUSHION // 2:
        refcount.value += CUSHION
