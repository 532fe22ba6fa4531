"""Showing the vault's timestamps: hybrid logical clock values as dates a person reads."""

from __future__ import annotations

import re
from datetime import UTC, datetime

_HLC = re.compile(r"^(\d{13,15})\.\d+$")


def readable(stamp: str) -> str:
    """``2026-11-24 13:28 UTC`` for an HLC value (milliseconds.counter) or an ISO time; else as given."""
    match = _HLC.match(stamp)
    try:
        if match:
            moment = datetime.fromtimestamp(int(match.group(1)) / 1000, UTC)
        else:
            moment = datetime.fromisoformat(stamp.replace("Z", "+00:00"))
    except (ValueError, OverflowError, OSError):
        return stamp
    return moment.strftime("%Y-%m-%d %H:%M UTC")
