"""CLI commands for records."""

from __future__ import annotations

from typing import Any

Subparsers = Any


def register(sub: Subparsers) -> None:
    """Add this module's commands to the parser."""
