"""Keeping what FFmpeg reads in a video or audio file out of the logs.

QtMultimedia decodes through FFmpeg, which prints a file's tags on stderr when it opens one (title,
comment, GPS position, device: ``av_dump_format``, behind Qt's ``qt.multimedia.*`` categories) and its
own warnings through its default log callback. Evidence content must never reach a log, so both are
turned off: Qt's multimedia categories by a filter rule, FFmpeg's own log by setting its level to
``AV_LOG_QUIET`` in the copy of libavutil that Qt's FFmpeg plugin loaded.
"""

from __future__ import annotations

import ctypes
import os
import sys

from PySide6.QtCore import QLoggingCategory

RULES = "qt.multimedia*=false"
AV_LOG_QUIET = -8
# libavutil's names as QtMultimedia 6.12 bundles it (FFmpeg 9), by platform
_NAMES = ("libavutil.so.61", "libavutil.61.dylib", "avutil-61.dll")


def quiet_qt_multimedia() -> None:
    """Before any media object exists: Qt's multimedia categories off (they carry FFmpeg's dump)."""
    QLoggingCategory.setFilterRules(RULES)


def _loaded_libavutil() -> ctypes.CDLL | None:
    """The libavutil already in this process (Qt's plugin loaded it), never another copy from disk."""
    if sys.platform.startswith("linux"):
        try:
            with open("/proc/self/maps", encoding="utf-8", errors="replace") as maps:
                paths = {line.split(None, 5)[-1].strip() for line in maps if "libavutil.so" in line}
        except OSError:
            paths = set()
        for path in sorted(p for p in paths if p.startswith("/")):
            try:
                return ctypes.CDLL(path, mode=getattr(os, "RTLD_NOLOAD", 0))
            except OSError:
                continue
    for name in _NAMES:
        try:
            return ctypes.CDLL(name, mode=getattr(os, "RTLD_NOLOAD", 0))
        except OSError:
            continue
    return None


def quiet_ffmpeg() -> bool:
    """Once a QMediaPlayer exists (FFmpeg is loaded then): FFmpeg's own log off. False when FFmpeg
    could not be found in the process (nothing of it is loaded, so it has nothing to print)."""
    library = _loaded_libavutil()
    if library is None:
        return False
    try:
        set_level = library.av_log_set_level
        get_level = library.av_log_get_level
    except AttributeError:
        return False
    set_level.argtypes = [ctypes.c_int]
    set_level.restype = None
    get_level.argtypes = []
    get_level.restype = ctypes.c_int
    set_level(AV_LOG_QUIET)
    return bool(get_level() == AV_LOG_QUIET)
